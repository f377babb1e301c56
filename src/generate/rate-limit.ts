/** Time as the limiter sees it; tests pass a fake one instead of waiting for real minutes. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Requests-per-minute limiter over a sliding 60 s window: at most `rpm` starts in any 60 s.
 * Callers are served in arrival order. rpm <= 0 means unlimited.
 */
export class RpmLimiter {
  private readonly rpm: number;
  private readonly clock: Clock;
  private readonly starts: number[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(rpm: number, clock: Clock = systemClock) {
    this.rpm = rpm;
    this.clock = clock;
  }

  /** Resolves when one more request may start (and counts it as started). */
  acquire(): Promise<void> {
    if (this.rpm <= 0) return Promise.resolve();
    const turn = this.queue.then(() => this.waitForSlot());
    this.queue = turn.catch(() => {});
    return turn;
  }

  private async waitForSlot(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      while (this.starts.length && this.starts[0] <= now - 60_000) this.starts.shift();
      if (this.starts.length < this.rpm) {
        this.starts.push(now);
        return;
      }
      await this.clock.sleep(this.starts[0] + 60_000 - now);
    }
  }
}
