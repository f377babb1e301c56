/**
 * Discover + describe + generate (letter and resume per job, through the real LLM client) timed in
 * pipelined mode against its bound and against barrier mode (the original tool's design: describe
 * every job before generating any), both in the same child on the same servers, runs interleaved.
 */
import type { PipelineChild } from './child.ts';
import type { RunSpec } from './pipeline-child.ts';
import type { BenchServers } from './servers.ts';
import { median, round } from './stats.ts';

export interface EndToEndCase {
  jobs: number;
  workers: number;
  fetchMs: number;
  llmMs: number;
  /** LLM requests in flight; src/run.ts passes parallel_workers. */
  llmSlots: number;
}

export interface EndToEndRow extends EndToEndCase {
  runs: number;
  pipelinedMs: number;
  barrierMs: number;
  /** Lower bounds: see boundsFor. */
  pipelinedBoundMs: number;
  barrierBoundMs: number;
  overlapBoundMs: number;
  /** pipelinedBound / pipelined measured. */
  efficiency: number;
  /** barrier measured / pipelined measured. */
  speedup: number;
  /** Median CPU time of the pipeline process per job (pipelined runs). */
  cpuPerJobMs: number;
  note?: string;
}

/**
 * Lower bounds in latencies, with discover = one listing request (Lf), each job = one page fetch (Lf)
 * then two LLM calls (letter and resume) issued together, W job workers and C LLM slots:
 * - pipelined (one worker carries a job from describe through generate):
 *   Lf + max(ceil(N/W)(Lf+Lg), Lf + ceil(2N/C) Lg)  — the per-worker chain, or the LLM slots' throughput;
 * - barrier: Lf + ceil(N/W) Lf + max(ceil(N/W), ceil(2N/C)) Lg;
 * - overlap (fetching and generating on separate pools, W each, C >= 2W): Lf + min(Lf,Lg) + ceil(N/W) max(Lf,Lg).
 */
export function boundsFor(c: EndToEndCase): { pipelined: number; barrier: number; overlap: number } {
  const { jobs: n, workers: w, fetchMs: f, llmMs: g, llmSlots: slots } = c;
  const waves = Math.ceil(n / w);
  const llmRounds = Math.ceil((2 * n) / slots);
  return {
    pipelined: f + Math.max(waves * (f + g), f + llmRounds * g),
    barrier: f + waves * f + Math.max(waves, llmRounds) * g,
    overlap: f + Math.min(f, g) + waves * Math.max(f, g),
  };
}

export const END_TO_END_CASES: (EndToEndCase & { note?: string })[] = [
  { jobs: 7, workers: 7, fetchMs: 100, llmMs: 100, llmSlots: 7 },
  { jobs: 25, workers: 5, fetchMs: 100, llmMs: 100, llmSlots: 5 },
  { jobs: 100, workers: 7, fetchMs: 100, llmMs: 100, llmSlots: 7 },
  // What-if: two LLM slots per worker (each job sends its letter and resume requests together).
  { jobs: 7, workers: 7, fetchMs: 100, llmMs: 100, llmSlots: 14, note: 'what-if: 2 LLM slots per worker' },
  { jobs: 100, workers: 7, fetchMs: 100, llmMs: 100, llmSlots: 14, note: 'what-if: 2 LLM slots per worker' },
];

export async function benchEndToEnd(opts: {
  servers: BenchServers;
  child: PipelineChild;
  repeats: number;
  progress: (line: string) => void;
}): Promise<EndToEndRow[]> {
  const rows: EndToEndRow[] = [];
  for (const c of END_TO_END_CASES) {
    const board = `e2e-${c.jobs}-${c.fetchMs}`;
    opts.servers.addBoard({
      id: board,
      company: 'Endco',
      count: c.jobs,
      descBytes: 4000,
      latencyMs: c.fetchMs,
    });
    opts.servers.setLlmLatency(c.llmMs);
    const spec = (barrier: boolean): RunSpec => ({
      boardUrl: opts.servers.boardUrl,
      board,
      company: 'Endco',
      jobs: c.jobs,
      workers: c.workers,
      barrier,
      llm: { baseUrl: opts.servers.llmUrl, concurrency: c.llmSlots },
      formats: ['md'],
      perHostConcurrency: c.workers,
    });
    const times: Record<'pipelined' | 'barrier', number[]> = { pipelined: [], barrier: [] };
    const cpu: number[] = [];
    if (rows.length === 0) await opts.child.run(spec(false)); // warm-up: JIT of the LLM path
    for (let i = 0; i < opts.repeats; i++) {
      for (const mode of i % 2 ? (['barrier', 'pipelined'] as const) : (['pipelined', 'barrier'] as const)) {
        const r = await opts.child.run(spec(mode === 'barrier'));
        if (r.generated !== c.jobs || r.llmDocs !== 2 * c.jobs)
          throw new Error(
            `end to end N=${c.jobs} ${mode}: ${r.generated}/${c.jobs} generated, ${r.llmDocs} LLM documents (${r.firstError ?? 'no error'})`,
          );
        times[mode].push(r.totalMs);
        if (mode === 'pipelined') cpu.push(r.cpuMs / c.jobs);
      }
    }
    const bounds = boundsFor(c);
    const pipelinedMs = median(times.pipelined);
    const barrierMs = median(times.barrier);
    const row: EndToEndRow = {
      ...c,
      runs: opts.repeats,
      pipelinedMs: round(pipelinedMs, 1),
      barrierMs: round(barrierMs, 1),
      pipelinedBoundMs: bounds.pipelined,
      barrierBoundMs: bounds.barrier,
      overlapBoundMs: bounds.overlap,
      efficiency: round(bounds.pipelined / pipelinedMs, 3),
      speedup: round(barrierMs / pipelinedMs, 3),
      cpuPerJobMs: round(median(cpu), 1),
    };
    rows.push(row);
    opts.progress(
      `  e2e N=${String(c.jobs).padStart(3)} W=${c.workers} C=${String(c.llmSlots).padStart(2)} Lf=Lg=${c.fetchMs}ms  ` +
        `pipelined ${(pipelinedMs / 1000).toFixed(2)} s (bound ${(bounds.pipelined / 1000).toFixed(2)}, eff ${row.efficiency.toFixed(3)})  ` +
        `barrier ${(barrierMs / 1000).toFixed(2)} s  speedup ${row.speedup.toFixed(2)}x  cpu/job ${row.cpuPerJobMs} ms`,
    );
  }
  return rows;
}
