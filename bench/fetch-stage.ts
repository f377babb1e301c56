/**
 * Describe-stage efficiency: ideal ceil(N/W) * Lf over the measured stage time. Runs in barrier mode
 * with the template generator and md only, so the stage is timed alone, between its two log lines.
 */
import type { PipelineChild } from './child.ts';
import type { BenchServers } from './servers.ts';
import { median, round } from './stats.ts';

export interface FetchCell {
  jobs: number;
  workers: number;
  latencyMs: number;
  /** Per-host request cap the HTTP client was given. */
  perHostCap: number;
  runs: number;
  medianMs: number | null;
  boundMs: number;
  efficiency: number | null;
  note?: string;
}

export interface FetchStageOptions {
  servers: BenchServers;
  child: PipelineChild;
  repeats: number;
  /** Include the long N=1000, W=1 cell. */
  full: boolean;
  progress: (line: string) => void;
}

export const FETCH_JOBS = [7, 100, 1000];
export const FETCH_WORKERS = [1, 5, 7, 16];
/** Page latency per N: 100 ms like a slow career site; 50 ms for N=1000 to fit the time budget. */
export const FETCH_LATENCY_MS: Record<number, number> = { 7: 100, 100: 100, 1000: 50 };
const DESCRIPTION_BYTES = 4000;

async function measure(
  opts: FetchStageOptions,
  jobs: number,
  workers: number,
  perHostCap: number,
  repeats: number,
): Promise<number[]> {
  const board = `fetch-${jobs}`;
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    opts.servers.resetCounts();
    const r = await opts.child.run({
      boardUrl: opts.servers.boardUrl,
      board,
      company: 'Fetchco',
      jobs,
      workers,
      barrier: true,
      llm: null,
      formats: ['md'],
      perHostConcurrency: perHostCap,
    });
    const pages = opts.servers.counts().pages;
    if (r.generated !== jobs || pages !== jobs)
      throw new Error(
        `fetch N=${jobs} W=${workers}: expected ${jobs} jobs from ${jobs} page fetches, got ${r.generated} jobs, ${pages} fetches (${r.firstError ?? 'no error'})`,
      );
    times.push(r.describeMs);
  }
  return times;
}

export async function benchFetchStage(opts: FetchStageOptions): Promise<FetchCell[]> {
  for (const jobs of FETCH_JOBS)
    opts.servers.addBoard({
      id: `fetch-${jobs}`,
      company: 'Fetchco',
      count: jobs,
      descBytes: DESCRIPTION_BYTES,
      latencyMs: FETCH_LATENCY_MS[jobs],
    });
  await measure(opts, 7, 7, 7, 2); // warm-up: JIT, connections

  const cells: FetchCell[] = [];
  const cell = async (jobs: number, workers: number, perHostCap: number, note?: string) => {
    const latencyMs = FETCH_LATENCY_MS[jobs];
    const boundMs = Math.ceil(jobs / workers) * latencyMs;
    const skip = jobs === 1000 && workers === 1 && !opts.full;
    const repeats = skip ? 0 : jobs === 1000 && workers === 1 ? 1 : opts.repeats;
    const times = repeats ? await measure(opts, jobs, workers, perHostCap, repeats) : [];
    const medianMs = times.length ? median(times) : null;
    const c: FetchCell = {
      jobs,
      workers,
      latencyMs,
      perHostCap,
      runs: times.length,
      medianMs: medianMs === null ? null : round(medianMs, 1),
      boundMs,
      efficiency: medianMs === null ? null : round(boundMs / medianMs, 3),
      note: skip ? `skipped (${(boundMs / 1000).toFixed(0)} s; run with --full)` : note,
    };
    cells.push(c);
    opts.progress(
      `  fetch N=${String(jobs).padStart(4)} W=${String(workers).padStart(2)} cap=${String(perHostCap).padStart(2)}  ` +
        (medianMs === null
          ? c.note!
          : `${(medianMs / 1000).toFixed(2)} s vs bound ${(boundMs / 1000).toFixed(2)} s  efficiency ${c.efficiency!.toFixed(3)}`),
    );
  };
  for (const jobs of FETCH_JOBS) for (const workers of FETCH_WORKERS) await cell(jobs, workers, workers);
  // What the default per-host cap (6) does to 16 workers on one host: the bound stays W=16's.
  await cell(100, 16, 6, 'default per-host cap of 6: one host never has more than 6 requests in flight');
  return cells;
}
