/**
 * Pauses between the pages of a paged listing for hosts known to throttle bursts of page requests.
 * The HTTP client's per-host delay matches exact hostnames only; Workday has a host per tenant, so the
 * paging adapters wait here instead, by host pattern.
 */
import { sleep } from '../http/abort.ts';
import { HttpError } from '../http/types.ts';
import type { CompanyConfig, SourceContext } from './types.ts';

/** Hosts that throttle bursts of page requests, and the pause between two pages of one listing. */
export const PAGE_DELAYS: readonly { host: RegExp; ms: number }[] = [
  { host: /(^|\.)myworkdayjobs\.com$/, ms: 300 },
  { host: /(^|\.)myworkdaysite\.com$/, ms: 300 },
  { host: /^api\.smartrecruiters\.com$/, ms: 200 },
  { host: /^api(\.eu)?\.lever\.co$/, ms: 100 },
];

/**
 * The pause before the next page of `requestUrl`, in ms: 0 when the company has a `base_url`
 * (tests, proxies and mirrors are not the throttling host) or the host is not a known throttler.
 */
export function pageDelayMs(company: CompanyConfig, requestUrl: string): number {
  if (typeof company.base_url === 'string' && company.base_url.trim()) return 0;
  let host: string;
  try {
    host = new URL(requestUrl).hostname.toLowerCase();
  } catch {
    return 0;
  }
  return PAGE_DELAYS.find((d) => d.host.test(host))?.ms ?? 0;
}

/**
 * Waits before fetching another page of `requestUrl` (see pageDelayMs). When the company's deadline
 * (`ctx.signal`) fires during the wait, rejects at once with the HttpError('deadline') the client
 * would have thrown for the request itself.
 */
export async function pauseBetweenPages(
  company: CompanyConfig,
  requestUrl: string,
  ctx: Pick<SourceContext, 'signal'>,
): Promise<void> {
  const ms = pageDelayMs(company, requestUrl);
  const deadline = () =>
    new HttpError(
      'deadline',
      requestUrl,
      `${requestUrl} -> cancelled by the caller's deadline while waiting ${ms} ms between pages`,
    );
  if (ctx.signal?.aborted) throw deadline();
  if (ms <= 0) return;
  try {
    await sleep(ms, ctx.signal);
  } catch (err) {
    if (ctx.signal?.aborted) throw deadline();
    throw err;
  }
}
