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
  /** LLM requests in flight; src/run.ts passes 2 x parallel_workers (letter and resume together). */
  llmSlots: number;
}

export interface EndToEndRow extends EndToEndCase {
  runs: number;
  pipelinedMs: number;
  barrierMs: number;
  /** Lower bounds: see boundsFor. */
  pipelinedBoundMs: number;
  barrierBoundMs: number;
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
 * then two LLM calls (letter and resume) issued together; W describe workers, W generate workers and
 * C LLM slots, so generation takes R = max(ceil(N/W), ceil(2N/C)) rounds of Lg:
 * - pipelined (src/pipeline.ts: separate describe and generate pools, a job's generation starting when
 *   its description is ready): Lf + max(ceil(N/W) Lf + Lg, Lf + R Lg);
 * - barrier (the original design: every description, then all generation): Lf + ceil(N/W) Lf + R Lg.
 * With Lf = Lg = L and N >> W the ratio tends to 2; at N <= W both are 3L and nothing can beat barrier.
 */
export function boundsFor(c: EndToEndCase): { pipelined: number; barrier: number } {
  const { jobs: n, workers: w, fetchMs: f, llmMs: g, llmSlots: slots } = c;
  const fetchWaves = Math.ceil(n / w);
  // Generation rounds: W jobs at a time, and the C slots serve 2N requests (letter + resume per job).
  const genWaves = Math.max(Math.ceil(n / w), Math.ceil((2 * n) / slots));
  return {
    pipelined: f + Math.max(fetchWaves * f + g, f + genWaves * g),
    barrier: f + fetchWaves * f + genWaves * g,
  };
}

export const END_TO_END_CASES: (EndToEndCase & { note?: string })[] = [
  {
    jobs: 7,
    workers: 7,
    fetchMs: 100,
    llmMs: 100,
    llmSlots: 14,
    note: 'N <= W: one wave, the bounds are equal',
  },
  { jobs: 25, workers: 5, fetchMs: 100, llmMs: 100, llmSlots: 10 },
  { jobs: 100, workers: 7, fetchMs: 100, llmMs: 100, llmSlots: 14 },
  {
    jobs: 100,
    workers: 7,
    fetchMs: 100,
    llmMs: 100,
    llmSlots: 7,
    note: 'C = W: half the jobs wait an extra LLM round',
  },
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
