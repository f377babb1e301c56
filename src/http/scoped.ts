import type { NetworkScope } from './address-policy.ts';
import type { HttpClient, HttpRequestOptions } from './types.ts';

/** The client with every request (and each of its redirects) held to `scope`, whatever the caller asks. */
export function withScope(http: HttpClient, scope: NetworkScope): HttpClient {
  const scoped = (opts?: HttpRequestOptions): HttpRequestOptions => ({ ...opts, scope });
  return {
    request: (url, opts) => http.request(url, scoped(opts)),
    json: (url, opts) => http.json(url, scoped(opts)),
    stream: (url, opts) => http.stream(url, scoped(opts)),
  };
}
