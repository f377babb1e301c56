import { attemptTimer, sleep } from './abort.ts';
import { hostRefusal, scopeOfUrl, type NetworkScope } from './address-policy.ts';
import { cappedBody, readAll } from './body.ts';
import { decodeBody } from './charset.ts';
import { createHostLimiter } from './host-limiter.ts';
import { addressRefusedIn, guardedDispatcher } from './network-guard.ts';
import { resolveHttpOptions, type HttpClientOptions } from './options.ts';
import {
  backoffDelayMs,
  isPermanentNetworkError,
  isRetryableStatus,
  parseRetryAfterMs,
} from './retry-policy.ts';
import {
  HttpError,
  type HttpClient,
  type HttpErrorKind,
  type HttpRequestOptions,
  type HttpResponse,
} from './types.ts';

export { DEFAULT_HTTP_OPTIONS, USER_AGENT, type HttpClientOptions, type RetryEvent } from './options.ts';
export { configureProxyFromEnv } from './proxy.ts';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Headers that must not follow a redirect to another origin. */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];
const MAX_URL_IN_MESSAGE = 160;

/** A URL as it appears in messages: no credentials, not too long. */
export function displayUrl(url: URL | string): string {
  let text: string;
  if (typeof url === 'string') {
    text = url;
  } else {
    const clean = new URL(url.href);
    clean.username = '';
    clean.password = '';
    clean.hash = '';
    text = clean.href;
  }
  return text.length > MAX_URL_IN_MESSAGE ? `${text.slice(0, MAX_URL_IN_MESSAGE - 1)}…` : text;
}

const attemptsNote = (attempts: number) => (attempts > 1 ? ` after ${attempts} attempts` : '');

/** A failure worth another attempt, if the budget allows. */
interface RetryableFailure {
  kind: HttpErrorKind;
  /** For logs: '503', 'timeout', 'ECONNRESET'. */
  reason: string;
  status?: number;
  retryAfterMs?: number;
}

type AttemptOutcome =
  | { type: 'ok'; value: Delivered }
  | { type: 'redirect'; status: number; location: string }
  | { type: 'retry'; failure: RetryableFailure };

interface Delivered {
  url: URL;
  response: Response;
  bytes?: Uint8Array;
  body?: AsyncIterable<Uint8Array>;
}

type Mode = 'buffer' | 'stream';

export function createHttpClient(partial: Partial<HttpClientOptions> = {}): HttpClient {
  const options = resolveHttpOptions(partial);
  const limiter = createHostLimiter(options);

  async function send(rawUrl: string, opts: HttpRequestOptions, mode: Mode): Promise<Delivered> {
    let url = parseHttpUrl(rawUrl);
    let method: string = opts.method ?? 'GET';
    let body = opts.body;
    const headers = new Headers({ 'user-agent': options.userAgent, accept: '*/*' });
    for (const [name, value] of Object.entries(opts.headers ?? {})) headers.set(name, value);
    const retries = opts.retries ?? options.retries;
    const timeoutMs = opts.timeoutMs ?? options.timeoutMs;
    const maxBytes = opts.maxBytes ?? options.maxBytes;
    const signal = opts.signal;
    const scope = opts.scope ?? scopeOfUrl(url);
    let from: URL | undefined;

    for (let redirects = 0; ; redirects++) {
      const what = `${method} ${displayUrl(url)}`;
      const fail = (kind: HttpErrorKind, detail: string, status?: number) =>
        new HttpError(kind, displayUrl(url), `${what} -> ${detail}`, status);
      const refused = (reason: string) =>
        new HttpError(
          'refused',
          displayUrl(url),
          `${what} refused: ${reason}${from ? ` (redirected from ${displayUrl(from)})` : ''}`,
        );
      const byName = hostRefusal(url.hostname, scope);
      if (byName) throw refused(byName);

      let outcome: AttemptOutcome | undefined;
      for (let attempt = 1; ; attempt++) {
        outcome = await attemptOnce({
          url,
          method,
          headers,
          body,
          timeoutMs,
          maxBytes,
          signal,
          mode,
          fail,
          refused,
          scope,
          attempt,
        });
        if (outcome.type !== 'retry') break;
        const { failure } = outcome;
        if (failure.retryAfterMs !== undefined && failure.retryAfterMs > options.maxRetryAfterMs) {
          throw fail(
            'throttled',
            `${failure.reason} with Retry-After ${Math.ceil(failure.retryAfterMs / 1000)}s, over the ${Math.ceil(options.maxRetryAfterMs / 1000)}s cap`,
            failure.status,
          );
        }
        if (attempt > retries) throw exhausted(failure, attempt, fail, timeoutMs);
        const delayMs =
          failure.retryAfterMs ??
          backoffDelayMs(attempt, options.backoffBaseMs, options.backoffMaxMs, options.random);
        options.onRetry?.({ method, url: displayUrl(url), attempt, delayMs, reason: failure.reason });
        options.logger?.debug(`retrying ${what} after ${(delayMs / 1000).toFixed(1)}s (${failure.reason})`);
        try {
          await sleep(delayMs, signal);
        } catch {
          throw fail('deadline', `cancelled by the caller's deadline${attemptsNote(attempt)}`);
        }
      }

      if (outcome.type === 'ok') return outcome.value;

      if (redirects >= options.maxRedirects)
        throw fail('redirects', `more than ${options.maxRedirects} redirects`);
      let next: URL;
      try {
        next = new URL(outcome.location, url);
      } catch {
        throw fail('redirects', `${outcome.status} to an invalid Location`);
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        throw fail('redirects', `${outcome.status} to unsupported scheme ${next.protocol}`);
      }
      if (hasCredentials(next)) throw fail('redirects', `${outcome.status} to a URL with credentials`);
      if (
        outcome.status === 303 ||
        ((outcome.status === 301 || outcome.status === 302) && method === 'POST')
      ) {
        method = 'GET';
        body = undefined;
        headers.delete('content-type');
      }
      if (next.origin !== url.origin) for (const name of CREDENTIAL_HEADERS) headers.delete(name);
      from = url;
      url = next;
    }
  }

  interface AttemptInput {
    url: URL;
    method: string;
    headers: Headers;
    body: string | undefined;
    timeoutMs: number;
    maxBytes: number;
    signal: AbortSignal | undefined;
    mode: Mode;
    fail: (kind: HttpErrorKind, detail: string, status?: number) => HttpError;
    refused: (reason: string) => HttpError;
    scope: NetworkScope;
    attempt: number;
  }

  /** One HTTP exchange with one host, holding one of its slots. */
  async function attemptOnce(input: AttemptInput): Promise<AttemptOutcome> {
    const { url, signal, fail, attempt, timeoutMs, maxBytes } = input;
    const deadline = () => fail('deadline', `cancelled by the caller's deadline${attemptsNote(attempt)}`);
    if (signal?.aborted) throw deadline();
    let release: () => void;
    try {
      release = await limiter.acquire(url, signal);
    } catch {
      throw deadline();
    }
    const timer = attemptTimer(timeoutMs);
    const fetchSignal = signal ? AbortSignal.any([signal, timer.signal]) : timer.signal;
    // Maps whatever fetch or a body read threw onto deadline (final), HttpError (final) or retryable.
    const classify = (err: unknown): RetryableFailure | HttpError => {
      if (signal?.aborted) return deadline();
      if (err instanceof HttpError) return err;
      const refusal = addressRefusedIn(err);
      if (refusal) return input.refused(refusal.reason);
      if (timer.timedOut) return { kind: 'timeout', reason: 'timeout' };
      const reason = networkCode(err);
      if (isPermanentNetworkError(reason))
        return fail('network', `network error ${reason}${attemptsNote(attempt)}`);
      return { kind: 'network', reason };
    };
    let handedOver = false;
    try {
      timer.start();
      let response: Response;
      try {
        // `dispatcher` is undici's extension of RequestInit: the guard checks each address at connect time.
        const init = {
          method: input.method,
          headers: input.headers,
          body: input.body,
          redirect: 'manual',
          signal: fetchSignal,
          dispatcher: await guardedDispatcher(input.scope),
        } as RequestInit;
        response = await fetch(url, init);
      } catch (err) {
        const failure = classify(err);
        if (failure instanceof HttpError) throw failure;
        return { type: 'retry', failure };
      }

      const location = response.headers.get('location');
      if (REDIRECT_STATUSES.has(response.status) && location) {
        await discard(response);
        return { type: 'redirect', status: response.status, location };
      }
      if (response.status < 200 || response.status > 299) {
        await discard(response);
        if (!isRetryableStatus(response.status))
          throw fail('status', String(response.status), response.status);
        const retryAfterMs = parseRetryAfterMs(response.headers.get('retry-after'));
        return {
          type: 'retry',
          failure: { kind: 'status', reason: String(response.status), status: response.status, retryAfterMs },
        };
      }

      const tooLarge = () => fail('too_large', `body larger than ${maxBytes} bytes (maxBytes)`);
      const declaredLength = Number(response.headers.get('content-length') ?? '');
      if (Number.isFinite(declaredLength) && declaredLength > maxBytes) {
        await discard(response);
        throw tooLarge();
      }

      // stream(): the caller reads at its own pace, so each read is timed on its own, a failed read
      // ends the request, and the host's slot is held until the body ends. Buffered: the attempt's
      // timer covers the whole read, and a failed read is retried.
      const streaming = input.mode === 'stream';
      if (streaming) timer.stop();
      const body = cappedBody(response, {
        maxBytes,
        timer,
        timeEachRead: streaming,
        tooLarge,
        mapError: (err) => {
          const failure = classify(err);
          if (failure instanceof HttpError) return failure;
          if (!streaming) return new BodyReadFailure(failure);
          const detail = failure.kind === 'timeout' ? `body stalled for ${timeoutMs} ms` : failure.reason;
          return fail(failure.kind, `body interrupted: ${detail}`);
        },
        onDone: streaming ? release : () => {},
      });
      if (streaming) {
        handedOver = true;
        return { type: 'ok', value: { url, response, body } };
      }
      try {
        return { type: 'ok', value: { url, response, bytes: await readAll(body) } };
      } catch (err) {
        if (err instanceof BodyReadFailure) return { type: 'retry', failure: err.failure };
        throw err;
      }
    } finally {
      if (!handedOver) {
        timer.stop();
        release();
      }
    }
  }

  async function request(url: string, opts: HttpRequestOptions = {}): Promise<HttpResponse> {
    const { url: finalUrl, response, bytes } = await send(url, opts, 'buffer');
    return {
      status: response.status,
      url: finalUrl.href,
      headers: response.headers,
      text: decodeBody(bytes ?? new Uint8Array(), response.headers.get('content-type')),
    };
  }

  return {
    request,

    async json<T = unknown>(url: string, opts: HttpRequestOptions = {}): Promise<T> {
      const hasAccept = Object.keys(opts.headers ?? {}).some((name) => name.toLowerCase() === 'accept');
      const headers = hasAccept ? opts.headers : { ...opts.headers, accept: 'application/json' };
      const response = await request(url, { ...opts, headers });
      try {
        return JSON.parse(response.text) as T;
      } catch {
        // The parser's message quotes the body; ours names only what came back.
        const type = response.headers.get('content-type')?.split(';')[0] || 'no content-type';
        throw new HttpError(
          'parse',
          displayUrl(response.url),
          `${opts.method ?? 'GET'} ${displayUrl(response.url)} -> response is not valid JSON (${type}, ${response.text.length} chars)`,
          response.status,
        );
      }
    },

    // The body holds its host slot until it ends, fails or the consumer breaks out of for-await:
    // a caller that gets a stream must iterate it (or call return() on its iterator).
    async stream(url: string, opts: HttpRequestOptions = {}): Promise<AsyncIterable<Uint8Array>> {
      const { body } = await send(url, opts, 'stream');
      return body!;
    },
  };
}

/** A body read that failed in a way worth retrying (the whole exchange is repeated). */
class BodyReadFailure extends Error {
  readonly failure: RetryableFailure;
  constructor(failure: RetryableFailure) {
    super(failure.reason);
    this.failure = failure;
  }
}

function exhausted(
  failure: RetryableFailure,
  attempts: number,
  fail: (kind: HttpErrorKind, detail: string, status?: number) => HttpError,
  timeoutMs: number,
): HttpError {
  const note = attemptsNote(attempts);
  if (failure.kind === 'timeout') return fail('timeout', `timed out after ${timeoutMs} ms${note}`);
  if (failure.kind === 'network') return fail('network', `network error ${failure.reason}${note}`);
  const throttled = failure.status === 429 || (failure.status === 503 && failure.retryAfterMs !== undefined);
  return fail(throttled ? 'throttled' : 'status', `${failure.reason}${note}`, failure.status);
}

function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new HttpError(
      'network',
      displayUrl(raw),
      `invalid URL "${displayUrl(raw)}": must be an absolute http(s) URL`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new HttpError(
      'network',
      displayUrl(url),
      `invalid URL "${displayUrl(url)}": only http and https are allowed`,
    );
  }
  // fetch() refuses such a URL with a bare TypeError, which would be retried as a network error.
  if (hasCredentials(url)) {
    throw new HttpError(
      'network',
      displayUrl(url),
      `invalid URL "${displayUrl(url)}": user name and password in the URL are not supported`,
    );
  }
  return url;
}

function hasCredentials(url: URL): boolean {
  return url.username !== '' || url.password !== '';
}

/** Frees the connection of a response whose body we do not want. */
async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => {});
}

/** ECONNRESET, ECONNREFUSED, UND_ERR_SOCKET...: undici hides the code in `cause`. */
function networkCode(err: unknown): string {
  const withCode = (value: unknown): string | undefined => {
    if (value && typeof value === 'object' && 'code' in value && typeof value.code === 'string')
      return value.code;
    return undefined;
  };
  const cause = err && typeof err === 'object' && 'cause' in err ? err.cause : undefined;
  const causeMessage = cause instanceof Error && cause.message.length <= 60 ? cause.message : undefined;
  return withCode(cause) ?? withCode(err) ?? causeMessage ?? (err instanceof Error ? err.name : 'error');
}
