import type { Logger } from '../log.ts';
import packageJson from '../../package.json' with { type: 'json' };

/** What a caller learns when the client is about to retry (for debug logs). */
export interface RetryEvent {
  method: string;
  /** Short, credential-free form of the URL. */
  url: string;
  /** The attempt that just failed (1-based). */
  attempt: number;
  /** How long the client waits before the next attempt. */
  delayMs: number;
  /** Why: a status code ('503'), 'timeout' or a network error code ('ECONNRESET'). */
  reason: string;
}

export interface HttpClientOptions {
  /** Per-attempt timeout for headers and body (for stream(): for headers, then per chunk). */
  timeoutMs: number;
  /** Retries after the first attempt on network errors, timeouts, 408, 429, 500, 502, 503, 504. */
  retries: number;
  /** Exponential backoff with full jitter: random() * min(backoffMaxMs, backoffBaseMs * 2^(attempt-1)). */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** A Retry-After longer than this fails at once with kind 'throttled'. */
  maxRetryAfterMs: number;
  maxRedirects: number;
  /** Response size cap (decoded bytes). */
  maxBytes: number;
  userAgent: string;
  /** Requests in flight per host (hostname:port). */
  perHostConcurrency: number;
  /** Per-host overrides of perHostConcurrency, by hostname or host:port; merged over the built-in ones. */
  hostLimits: Record<string, number>;
  /** Minimum delay between request starts to a host, by hostname or host:port. */
  hostDelayMs: Record<string, number>;
  /** Source of jitter, [0, 1); tests inject a fixed one. */
  random: () => number;
  onRetry?: (event: RetryEvent) => void;
  /** Gets a debug line per retry. */
  logger?: Pick<Logger, 'debug'>;
}

export const USER_AGENT = `job-matcher/${packageJson.version} (+https://github.com/marketplace/actions/job-matcher)`;

/** Hosts known to throttle shared traffic hard (Workable answers 429 to parallel calls). */
export const BUILT_IN_HOST_LIMITS: Readonly<Record<string, number>> = Object.freeze({
  'apply.workable.com': 1,
});

export const DEFAULT_HTTP_OPTIONS: Readonly<HttpClientOptions> = Object.freeze({
  timeoutMs: 30_000,
  retries: 3,
  backoffBaseMs: 500,
  backoffMaxMs: 8_000,
  maxRetryAfterMs: 60_000,
  maxRedirects: 5,
  maxBytes: 10 * 1024 * 1024,
  userAgent: USER_AGENT,
  perHostConcurrency: 6,
  hostLimits: BUILT_IN_HOST_LIMITS,
  hostDelayMs: Object.freeze({}),
  random: Math.random,
});

/** Fills in defaults and rejects nonsense with a one-line error naming the option. */
export function resolveHttpOptions(partial: Partial<HttpClientOptions> = {}): HttpClientOptions {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined));
  const options: HttpClientOptions = {
    ...DEFAULT_HTTP_OPTIONS,
    ...defined,
    hostLimits: { ...BUILT_IN_HOST_LIMITS, ...lowerKeys(partial.hostLimits) },
    hostDelayMs: lowerKeys(partial.hostDelayMs),
  };
  const atLeast = (name: keyof HttpClientOptions, min: number) => {
    const value = options[name];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
      throw new RangeError(`http option ${name} must be an integer >= ${min}, got ${JSON.stringify(value)}`);
    }
  };
  atLeast('timeoutMs', 1);
  atLeast('retries', 0);
  atLeast('backoffBaseMs', 0);
  atLeast('backoffMaxMs', 0);
  atLeast('maxRetryAfterMs', 0);
  atLeast('maxRedirects', 0);
  atLeast('maxBytes', 1);
  atLeast('perHostConcurrency', 1);
  for (const [host, limit] of Object.entries(options.hostLimits)) {
    if (!Number.isInteger(limit) || limit < 1) {
      throw new RangeError(`http option hostLimits["${host}"] must be an integer >= 1, got ${String(limit)}`);
    }
  }
  for (const [host, delay] of Object.entries(options.hostDelayMs)) {
    if (!Number.isInteger(delay) || delay < 0) {
      throw new RangeError(
        `http option hostDelayMs["${host}"] must be an integer >= 0, got ${String(delay)}`,
      );
    }
  }
  if (!options.userAgent.trim()) throw new RangeError('http option userAgent must not be empty');
  return options;
}

function lowerKeys(map: Record<string, number> | undefined): Record<string, number> {
  return Object.fromEntries(Object.entries(map ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
}
