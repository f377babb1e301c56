import pLimit, { type LimitFunction } from 'p-limit';
import { abortable, sleep } from './abort.ts';

/** Gives out request slots per host: at most N in flight, optionally spaced by a minimum delay. */
export interface HostLimiter {
  /** Waits for a slot (and the host's spacing); resolves to the function that frees it. */
  acquire(url: URL, signal?: AbortSignal): Promise<() => void>;
}

export interface HostLimiterOptions {
  perHostConcurrency: number;
  /** By hostname or host:port (lower case). */
  hostLimits: Record<string, number>;
  hostDelayMs: Record<string, number>;
}

export function createHostLimiter(options: HostLimiterOptions): HostLimiter {
  const limits = new Map<string, LimitFunction>();
  const nextStartAt = new Map<string, number>();

  const setting = (map: Record<string, number>, url: URL): number | undefined =>
    map[url.host.toLowerCase()] ?? map[url.hostname.toLowerCase()];

  const limitFor = (url: URL): LimitFunction => {
    const key = url.host.toLowerCase();
    let limit = limits.get(key);
    if (!limit) {
      limit = pLimit(setting(options.hostLimits, url) ?? options.perHostConcurrency);
      limits.set(key, limit);
    }
    return limit;
  };

  // Reserves the next start time synchronously, so concurrent callers queue up one delay apart.
  const spacing = (url: URL): number => {
    const delay = setting(options.hostDelayMs, url) ?? 0;
    if (delay <= 0) return 0;
    const key = url.host.toLowerCase();
    const now = Date.now();
    const startAt = Math.max(now, nextStartAt.get(key) ?? 0);
    nextStartAt.set(key, startAt + delay);
    return startAt - now;
  };

  return {
    async acquire(url, signal) {
      let abandoned = false;
      // The slot is held by a p-limit task that stays pending until release() is called.
      const slot = new Promise<() => void>((resolveSlot) => {
        void limitFor(url)(
          () =>
            new Promise<void>((release) => {
              if (abandoned) release();
              else resolveSlot(release);
            }),
        );
      });
      let release: () => void;
      try {
        release = await abortable(slot, signal);
      } catch (err) {
        abandoned = true;
        void slot.then((free) => free()); // if it was granted meanwhile, hand it back
        throw err;
      }
      try {
        await sleep(spacing(url), signal);
      } catch (err) {
        release();
        throw err;
      }
      let released = false;
      return () => {
        if (released) return;
        released = true;
        release();
      };
    },
  };
}
