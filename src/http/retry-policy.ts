/** Statuses worth another attempt: the server (or something in front of it) says "not now". */
const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

/**
 * Network failures that another attempt cannot fix: the name does not resolve (EAI_AGAIN, a
 * temporary DNS failure, stays retryable), the certificate is bad, fetch refuses the port.
 */
export function isPermanentNetworkError(reason: string): boolean {
  return (
    reason === 'ENOTFOUND' ||
    reason === 'bad port' ||
    /^(CERT_|ERR_TLS_)|SELF_SIGNED|UNABLE_TO_VERIFY/.test(reason)
  );
}

/** Exponential backoff with full jitter: a random wait in [0, min(max, base * 2^(attempt-1))). */
export function backoffDelayMs(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

/**
 * Retry-After as milliseconds from now: delta-seconds or an HTTP date.
 * Missing or unparseable -> undefined (the caller falls back to backoff).
 */
export function parseRetryAfterMs(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
