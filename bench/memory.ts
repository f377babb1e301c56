/**
 * Peak memory of a whole run, each case in a fresh child process (so neither the bench's servers nor
 * earlier runs count): process.resourceUsage().maxRSS at the end, and the largest sampled heapUsed.
 */
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startPipelineChild } from './child.ts';
import type { BenchServers } from './servers.ts';
import type { Format } from '../src/render/index.ts';
import { median, round } from './stats.ts';

export interface MemoryCase {
  /** Postings on the board. */
  jobs: number;
  /** Applications written (max_jobs); all postings when absent. */
  applications?: number;
  /** The template generator (no LLM) instead of the loopback LLM. */
  template?: boolean;
  descBytes: number;
  workers: number;
  formats: Format[];
  /** NODE_OPTIONS for the child, as a user can set them in the step's `env`. */
  nodeOptions?: string;
  note?: string;
}

export interface MemoryRow extends MemoryCase {
  runs: number;
  /** RSS once the bundle is loaded, before the run. */
  startRssMb: number;
  maxRssMb: number;
  peakHeapMb: number;
  totalMs: number;
}

/** The note marking the md / md+pdf pair the PDF goal compares. */
export const PDF_PAIR = '1,000 postings, 50 applications, template generator';

/** The heap settings README suggests for memory-tight runners (V8 then collects garbage sooner). */
export const CAPPED_NODE_OPTIONS = '--max-old-space-size=96 --max-semi-space-size=2';

export const MEMORY_CASES: MemoryCase[] = [
  { jobs: 1000, descBytes: 10_000, workers: 7, formats: ['md', 'html'] },
  {
    jobs: 1000,
    descBytes: 10_000,
    workers: 7,
    formats: ['md', 'html'],
    nodeOptions: CAPPED_NODE_OPTIONS,
    note: `step env NODE_OPTIONS="${CAPPED_NODE_OPTIONS}"`,
  },
  // What PDFs cost: the same run (issue 13's case) with and without them, with Node's defaults and
  // with the capped heap README suggests.
  ...[undefined, CAPPED_NODE_OPTIONS].flatMap((nodeOptions) =>
    (['md', 'md+pdf'] as const).map((f): MemoryCase => ({
      jobs: 1000,
      applications: 50,
      template: true,
      descBytes: 10_000,
      workers: 7,
      formats: f === 'md' ? ['md'] : ['md', 'pdf'],
      nodeOptions,
      note: nodeOptions ? `${PDF_PAIR}; step env NODE_OPTIONS="${nodeOptions}"` : PDF_PAIR,
    })),
  ),
];
/** Small latencies: the run's memory, not its waiting, is measured here. */
const LATENCY_MS = 5;

/**
 * Builds bench/pipeline-child.ts with ncc into the temp folder: the memory of a run is measured on
 * plain bundled JS, as the action runs, not on .ts sources under Node's type stripping.
 */
export function buildBundledChild(): string {
  const out = path.join(tmpdir(), 'jm-bench-child');
  const root = path.resolve(import.meta.dirname, '..');
  execFileSync(
    path.join(root, 'node_modules/.bin/ncc'),
    ['build', 'bench/pipeline-child.ts', '-o', out, '-q'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return path.join(out, 'index.js');
}

export async function benchMemory(opts: {
  servers: BenchServers;
  repeats: number;
  progress: (line: string) => void;
}): Promise<MemoryRow[]> {
  const rows: MemoryRow[] = [];
  opts.progress('  (building the pipeline child with ncc into the temp folder...)');
  const bundled = buildBundledChild();
  opts.servers.setLlmLatency(LATENCY_MS);
  for (const c of MEMORY_CASES) {
    const board = `mem-${c.jobs}`;
    opts.servers.addBoard({
      id: board,
      company: 'Memco',
      count: c.jobs,
      descBytes: c.descBytes,
      latencyMs: LATENCY_MS,
    });
    const rss: number[] = [];
    const startRss: number[] = [];
    const heap: number[] = [];
    const total: number[] = [];
    for (let i = 0; i < opts.repeats; i++) {
      const child = await startPipelineChild(bundled, c.nodeOptions);
      try {
        const r = await child.run({
          boardUrl: opts.servers.boardUrl,
          board,
          company: 'Memco',
          jobs: c.jobs,
          applications: c.applications,
          workers: c.workers,
          barrier: false,
          llm: c.template ? null : { baseUrl: opts.servers.llmUrl, concurrency: c.workers },
          formats: c.formats,
          perHostConcurrency: c.workers,
        });
        const wanted = c.applications ?? c.jobs;
        if (r.generated !== wanted)
          throw new Error(
            `memory N=${c.jobs}: ${r.generated}/${wanted} generated (${r.firstError ?? 'no error'})`,
          );
        rss.push(r.maxRssMb);
        startRss.push(r.startRssMb);
        heap.push(r.peakHeapMb);
        total.push(r.totalMs);
      } finally {
        child.close();
      }
    }
    const row: MemoryRow = {
      ...c,
      runs: opts.repeats,
      startRssMb: round(median(startRss), 1),
      maxRssMb: round(median(rss), 1),
      peakHeapMb: round(median(heap), 1),
      totalMs: round(median(total), 0),
    };
    rows.push(row);
    opts.progress(
      `  memory N=${String(c.jobs).padStart(4)}${c.applications ? ` A=${c.applications}` : ''} ${c.descBytes / 1000} KB W=${c.workers} ${c.template ? 'template ' : ''}${c.formats.join('+')}${c.nodeOptions ? ' (capped heap)' : ''}  ` +
        `RSS at start ${row.startRssMb.toFixed(0)} MB, peak RSS ${row.maxRssMb.toFixed(0)} MB, peak heap ${row.peakHeapMb.toFixed(0)} MB (${(row.totalMs / 1000).toFixed(1)} s)`,
    );
  }
  return rows;
}
