/**
 * `npm run bench`: the performance figures of docs/performance.md, measured on loopback servers with
 * injected latency, written to bench/results.json and bench/results.md.
 *
 *   --quick        one run per figure, nothing written (a smoke test of the bench itself)
 *   --full         also the N=1000, W=1 fetch cell (about 50 s more)
 *   --only=a,b     only these sections: fetch, e2e, memory, scoring, cold (nothing written)
 */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as prettier from 'prettier';
import { startPipelineChild } from './child.ts';
import { benchColdStart } from './cold-start.ts';
import { benchEndToEnd } from './end-to-end.ts';
import { benchFetchStage } from './fetch-stage.ts';
import { benchMemory, PDF_PAIR } from './memory.ts';
import { renderResultsMarkdown, type BenchResults, type Machine } from './report.ts';
import { benchScoring } from './scoring.ts';
import { startBenchServers } from './servers.ts';

const SECTIONS = ['fetch', 'e2e', 'memory', 'scoring', 'cold'] as const;
type Section = (typeof SECTIONS)[number];

function parseArgs(argv: string[]) {
  let quick = false;
  let full = false;
  let only: Section[] | undefined;
  for (const arg of argv) {
    if (arg === '--quick') quick = true;
    else if (arg === '--full') full = true;
    else if (arg.startsWith('--only=')) {
      only = arg
        .slice(7)
        .split(',')
        .map((s) => s.trim()) as Section[];
      const bad = only.find((s) => !SECTIONS.includes(s));
      if (bad) throw new Error(`bench: --only section "${bad}" is not one of ${SECTIONS.join(', ')}`);
    } else
      throw new Error(
        `bench: unknown argument "${arg}"; allowed: --quick, --full, --only=${SECTIONS.join(',')}`,
      );
  }
  return { quick, full, only };
}

function machine(): Machine {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.versions.node,
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const wanted = (s: Section) => !args.only || args.only.includes(s);
  const repeats = args.quick ? 1 : 3;
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const m = machine();
  log(`job-matcher bench — ${m.cpu}, ${m.cores} cores, Node ${m.node}${args.quick ? ' (quick)' : ''}`);
  const started = performance.now();

  const servers = await startBenchServers();
  const child = await startPipelineChild();
  const results: Partial<BenchResults> = {};
  try {
    if (wanted('fetch')) {
      log('Describe stage efficiency (ideal ceil(N/W)*Lf / measured):');
      results.fetchStage = await benchFetchStage({ servers, child, repeats, full: args.full, progress: log });
    }
    if (wanted('e2e')) {
      log('End to end, pipelined vs barrier:');
      results.endToEnd = await benchEndToEnd({ servers, child, repeats, progress: log });
    }
    child.close();
    if (wanted('memory')) {
      log('Peak memory (fresh child per run):');
      results.memory = await benchMemory({ servers, repeats, progress: log });
    }
    if (wanted('scoring')) {
      results.scoring = benchScoring(args.quick ? 1 : 5);
      const sc = results.scoring;
      log(
        `Scoring: ${sc.listings} listings in ${sc.medianMs} ms (median of ${sc.runs}; cold ${sc.firstRunMs} ms)`,
      );
    }
    if (wanted('cold')) {
      results.coldStart = await benchColdStart(servers, args.quick ? 1 : 5);
      const c = results.coldStart;
      log(
        `Cold start: first line ${c.firstLineMs} ms, exit ${c.exitMs} ms (node -e ${c.nodeBaselineMs} ms); ` +
          `dist/index.js ${(c.bundleBytes / 2 ** 20).toFixed(1)} MiB`,
      );
    }
  } finally {
    child.close();
    await servers.close();
  }
  log(`Done in ${((performance.now() - started) / 1000).toFixed(0)} s.`);

  if (args.quick || args.only) return;
  const full: BenchResults = {
    date: new Date().toISOString().slice(0, 10),
    machine: m,
    command: `npm run bench${args.full ? ' -- --full' : ''}`,
    ...(results as Omit<BenchResults, 'date' | 'machine' | 'command' | 'goals'>),
    goals: [],
  };
  full.goals = goals(full);
  // Written as `prettier --check` (part of npm test) wants them.
  const dir = import.meta.dirname;
  for (const [file, text] of [
    ['results.json', JSON.stringify(full, null, 2)],
    ['results.md', renderResultsMarkdown(full)],
  ]) {
    const filepath = path.join(dir, file);
    const config = await prettier.resolveConfig(filepath);
    await writeFile(filepath, await prettier.format(text, { ...config, filepath }));
  }
  log('Goals:');
  for (const g of full.goals)
    log(`  ${g.met ? 'met    ' : 'NOT MET'}  ${g.name}: ${g.value} (goal ${g.goal})`);
  log('Wrote bench/results.json and bench/results.md');
}

function goals(r: BenchResults): BenchResults['goals'] {
  const out: BenchResults['goals'] = [];
  const cells = r.fetchStage.filter((c) => c.efficiency !== null && c.perHostCap >= c.workers);
  const worst = cells.reduce((a, b) => (b.efficiency! < a.efficiency! ? b : a));
  out.push({
    name: 'Describe-stage efficiency, worst cell',
    goal: '>= 0.95',
    value: `${worst.efficiency!.toFixed(3)} (N=${worst.jobs}, W=${worst.workers}, Lf=${worst.latencyMs} ms)`,
    met: worst.efficiency! >= 0.95,
  });
  for (const e of r.endToEnd.filter((x) => !x.note)) {
    out.push({
      name: `End to end N=${e.jobs} W=${e.workers}: speedup vs barrier`,
      goal: '>= 1.5x',
      value: `${e.speedup.toFixed(2)}x (pipelined ${(e.pipelinedMs / 1000).toFixed(2)} s at ${e.efficiency.toFixed(2)} of its bound)`,
      met: e.speedup >= 1.5,
    });
  }
  for (const capped of [false, true]) {
    const pair = r.memory.filter((x) => x.note?.startsWith(PDF_PAIR) && Boolean(x.nodeOptions) === capped);
    const mdOnly = pair.find((x) => !x.formats.includes('pdf'));
    const withPdf = pair.find((x) => x.formats.includes('pdf'));
    if (!mdOnly || !withPdf) continue;
    const added = withPdf.maxRssMb - mdOnly.maxRssMb;
    out.push({
      name: `PDFs' share of peak RSS (${PDF_PAIR}, 7 workers${capped ? `, NODE_OPTIONS="${withPdf.nodeOptions}"` : ', Node defaults'})`,
      goal: '<= 50 MB',
      value: `+${added.toFixed(0)} MB (md ${mdOnly.maxRssMb.toFixed(0)} MB, md+pdf ${withPdf.maxRssMb.toFixed(0)} MB)`,
      met: added <= 50,
    });
  }
  for (const mem of r.memory.filter((x) => x.jobs === 1000 && !x.applications)) {
    out.push({
      name: `Peak RSS, 1,000 postings x 10 KB, 7 workers${mem.nodeOptions ? `, NODE_OPTIONS="${mem.nodeOptions}"` : ', Node defaults'}`,
      goal: '<= 150 MB',
      value: `${mem.maxRssMb.toFixed(0)} MB (heap ${mem.peakHeapMb.toFixed(0)} MB, ${(mem.totalMs / 1000).toFixed(1)} s)`,
      met: mem.maxRssMb <= 150,
    });
  }
  out.push({
    name: `Scoring ${r.scoring.listings} listings`,
    goal: '<= 1 s',
    value: `${r.scoring.medianMs} ms`,
    met: r.scoring.medianMs <= 1000,
  });
  out.push({
    name: 'Cold start to first log line',
    goal: '<= 250 ms',
    value: `${r.coldStart.firstLineMs} ms`,
    met: r.coldStart.firstLineMs <= 250,
  });
  return out;
}

await main();
