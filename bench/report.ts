/** Turns the bench's figures into results.md (tables) beside results.json. */
import type { ColdStartResult } from './cold-start.ts';
import type { EndToEndRow } from './end-to-end.ts';
import type { FetchCell } from './fetch-stage.ts';
import type { MemoryRow } from './memory.ts';
import type { ScoringResult } from './scoring.ts';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
}

export interface BenchResults {
  date: string;
  machine: Machine;
  command: string;
  fetchStage: FetchCell[];
  endToEnd: EndToEndRow[];
  memory: MemoryRow[];
  scoring: ScoringResult;
  coldStart: ColdStartResult;
  goals: { name: string; goal: string; value: string; met: boolean }[];
}

const s = (ms: number) => (ms / 1000).toFixed(2);
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

export function renderResultsMarkdown(r: BenchResults): string {
  const lines: string[] = [];
  const m = r.machine;
  lines.push(
    `# Benchmark results`,
    '',
    `${r.date} — ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}, Node ${m.node}. Command: \`${r.command}\`.`,
    '',
    '## Goals',
    '',
    '| Figure | Goal | Measured | Met |',
    '|---|---|---|---|',
    ...r.goals.map((g) => `| ${g.name} | ${g.goal} | ${g.value} | ${g.met ? 'yes' : '**no**'} |`),
    '',
    '## Describe stage (fetch) efficiency',
    '',
    'Ideal ceil(N/W) × Lf over the median measured stage time (barrier mode, template generator, md only).',
    '',
    '| N | W | Lf (ms) | per-host cap | runs | median (s) | bound (s) | efficiency | note |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...r.fetchStage.map(
      (c) =>
        `| ${c.jobs} | ${c.workers} | ${c.latencyMs} | ${c.perHostCap} | ${c.runs} | ${c.medianMs === null ? '—' : s(c.medianMs)} | ${s(c.boundMs)} | ${c.efficiency === null ? '—' : c.efficiency.toFixed(3)} | ${c.note ?? ''} |`,
    ),
    '',
    '## End to end (discover + describe + generate letter and resume per job)',
    '',
    'Medians; W job workers, C LLM requests in flight (src/run.ts passes C = 2W: letter and resume together), Lf page latency, Lg LLM latency.',
    '',
    '| N | W | C | Lf/Lg (ms) | runs | pipelined (s) | pipelined bound (s) | efficiency | barrier (s) | barrier bound (s) | speedup vs barrier | CPU/job (ms) | note |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...r.endToEnd.map(
      (e) =>
        `| ${e.jobs} | ${e.workers} | ${e.llmSlots} | ${e.fetchMs}/${e.llmMs} | ${e.runs} | ${s(e.pipelinedMs)} | ${s(e.pipelinedBoundMs)} | ${e.efficiency.toFixed(3)} | ${s(e.barrierMs)} | ${s(e.barrierBoundMs)} | ${e.speedup.toFixed(2)}x | ${e.cpuPerJobMs} | ${e.note ?? ''} |`,
    ),
    '',
    '## Peak memory (fresh child process per run)',
    '',
    '| postings | applications | description | W | generator | formats | runs | RSS at start (MB) | peak RSS (MB) | peak heap used (MB) | run time (s) | note |',
    '|---:|---:|---:|---:|---|---|---:|---:|---:|---:|---:|---|',
    ...r.memory.map(
      (x) =>
        `| ${x.jobs} | ${x.applications ?? x.jobs} | ${x.descBytes / 1000} KB | ${x.workers} | ${x.template ? 'template' : 'LLM'} | ${x.formats.join(', ')} | ${x.runs} | ${x.startRssMb.toFixed(1)} | ${x.maxRssMb.toFixed(1)} | ${x.peakHeapMb.toFixed(1)} | ${s(x.totalMs)} | ${x.note ?? ''} |`,
    ),
    '',
    '## Scoring throughput',
    '',
    `${r.scoring.listings} seeded listings (title, company, locations): median ${r.scoring.medianMs} ms over ${r.scoring.runs} runs ` +
      `(first, cold run ${r.scoring.firstRunMs} ms), ${r.scoring.listingsPerSecond.toLocaleString('en-US')} listings/s; ` +
      `${r.scoring.matchedAt60} scored >= 60.`,
    '',
    '## Cold start of dist/index.js',
    '',
    `Median of ${r.coldStart.runs}: first stdout line after ${r.coldStart.firstLineMs} ms, exit after ${r.coldStart.exitMs} ms ` +
      `(exit code ${r.coldStart.exitCode}); bare \`node -e\` spawn ${r.coldStart.nodeBaselineMs} ms. ` +
      `Bundle dist/index.js ${mb(r.coldStart.bundleBytes)} MiB, dist/ ${mb(r.coldStart.distBytes)} MiB. ` +
      `First line: \`${r.coldStart.firstLine.replace(/`/g, "'")}\``,
    '',
  );
  return lines.join('\n');
}
