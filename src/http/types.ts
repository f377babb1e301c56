/** The one HTTP client every source and the describe stage use. */
import type { NetworkScope } from './address-policy.ts';

export interface HttpRequestOptions {
  method?: 'GET' | 'POST' | 'HEAD';
  headers?: Record<string, string>;
  /** A string body (JSON callers stringify and set content-type). */
  body?: string;
  /** Per-request timeout; default from the client options. */
  timeoutMs?: number;
  /** Response size cap in bytes; default from the client options. */
  maxBytes?: number;
  /** Cancels the request (and its retries), e.g. a company's total deadline. */
  signal?: AbortSignal;
  /** Retries on network errors/408/429/5xx; default from the client options. 0 disables. */
  retries?: number;
  /**
   * Which addresses every hop may reach: the scope of the configured origin this request serves (see
   * address-policy.ts). Without it, the request's own first URL counts as configured: callers fetching
   * a URL taken from a response (a posting's link, a sitemap entry) must pass their company's scope.
   */
  scope?: NetworkScope;
}

export interface HttpResponse {
  status: number;
  /** Final URL after redirects. */
  url: string;
  headers: Headers;
  /** Body decoded with the charset from the header or <meta charset> (default UTF-8). */
  text: string;
}

export type HttpErrorKind =
  | 'status' // a non-2xx status that is not retried (e.g. 404) or retries ran out on 5xx
  | 'throttled' // 429 (or 503 with Retry-After) past the retry budget or the Retry-After cap
  | 'timeout' // request timeout
  | 'deadline' // the caller's signal fired (company deadline)
  | 'network' // connection refused/reset, DNS
  | 'too_large' // body exceeded maxBytes
  | 'redirects' // redirect limit
  | 'refused' // a hop into the runner's own network (link-local, metadata, or private from a public origin)
  | 'parse'; // body is not the JSON the caller asked for

export class HttpError extends Error {
  readonly kind: HttpErrorKind;
  readonly url: string;
  readonly status?: number;
  constructor(kind: HttpErrorKind, url: string, message: string, status?: number) {
    super(message);
    this.name = 'HttpError';
    this.kind = kind;
    this.url = url;
    this.status = status;
  }
}

export interface HttpClient {
  /** Any 2xx resolves; other statuses throw HttpError after the retry policy. */
  request(url: string, opts?: HttpRequestOptions): Promise<HttpResponse>;
  /** request() + JSON.parse; a body that is not JSON throws HttpError('parse'). */
  json<T = unknown>(url: string, opts?: HttpRequestOptions): Promise<T>;
  /** Streams a large body chunk by chunk (e.g. a 20 MB XML feed) without buffering it whole. */
  stream(url: string, opts?: HttpRequestOptions): Promise<AsyncIterable<Uint8Array>>;
}
