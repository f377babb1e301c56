/**
 * Runs the real pipeline (runPipeline + createHttpClient + createGenerator) in a child process, on
 * request over IPC, against the parent's servers. Kept apart from the servers so their CPU and memory
 * do not count; the memory figure comes from a fresh child's process.resourceUsage().maxRSS.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createGenerator } from '../src/generate/index.ts';
import { resolveProvider } from '../src/settings/provider.ts';
import { parseResume } from '../src/resume/index.ts';
import { createHttpClient } from '../src/http/client.ts';
import type { Logger } from '../src/log.ts';
import { runPipeline } from '../src/pipeline.ts';
import type { Format } from '../src/render/index.ts';
import { BENCH_PROFILE } from './synthetic.ts';

export interface RunSpec {
  boardUrl: string;
  /** The board token (scenario id) and the company's display name. */
  board: string;
  company: string;
  jobs: number;
  /** Applications to write (max_jobs); `jobs` when absent. */
  applications?: number;
  workers: number;
  barrier: boolean;
  /** LLM endpoint and requests in flight; null = template generator. */
  llm: { baseUrl: string; concurrency: number } | null;
  formats: Format[];
  perHostConcurrency: number;
}

export interface RunReport {
  totalMs: number;
  /** CPU time (user + system) of the child during the whole run. */
  cpuMs: number;
  /** From "[parallel] Pre-fetching" to "[parallel] Job description fetching complete!". */
  describeMs: number;
  discoverMs: number;
  /** CPU time (user + system) the child spent during the describe stage. */
  describeCpuMs: number;
  generated: number;
  failed: number;
  firstError?: string;
  llmDocs: number;
  maxRssMb: number;
  /** Largest heapUsed seen by a 20 ms sampler. */
  peakHeapMb: number;
  /** Largest `external` (Buffers, ArrayBuffers, native) seen by the sampler. */
  peakExternalMb: number;
  /** RSS when the child had loaded its modules, before its first run. */
  startRssMb: number;
}

// Given by the parent: a bundled copy of this file lives in /tmp, far from examples/.
const resumePath =
  process.env.JM_BENCH_RESUME ?? path.join(import.meta.dirname, '../examples/demo/resume.md');
const startRssMb = process.memoryUsage().rss / 2 ** 20;
const resume = parseResume(await readFile(resumePath, 'utf8'), 'resume.md');

async function runOnce(spec: RunSpec): Promise<RunReport> {
  const marks: Record<string, number> = {};
  let cpuAtStart: NodeJS.CpuUsage | undefined;
  const mark = (m: string) => {
    if (m.startsWith('[parallel] Pre-fetching')) {
      marks.describeStart = performance.now();
      cpuAtStart = process.cpuUsage();
    } else if (m.startsWith('[parallel] Job description fetching complete')) {
      marks.describeEnd = performance.now();
      const cpu = process.cpuUsage(cpuAtStart);
      marks.describeCpu = (cpu.user + cpu.system) / 1000;
    }
  };
  const log: Logger = {
    info: mark,
    debug: () => {},
    warning: () => {},
    error: () => {},
    notice: () => {},
    group: (_name, fn) => fn(),
  };
  const generator = createGenerator({
    provider: spec.llm ? resolveProvider({ baseUrl: spec.llm.baseUrl, model: 'gpt-4.1-mini' }) : undefined,
    resume,
    concurrency: spec.llm?.concurrency,
    log,
  });
  const http = createHttpClient({ perHostConcurrency: spec.perHostConcurrency });
  const outputDir = await mkdtemp(path.join(tmpdir(), 'jm-bench-'));
  let peakHeap = 0;
  let peakExternal = 0;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakExternal = Math.max(peakExternal, m.external);
  }, 20);
  try {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const result = await runPipeline(
      {
        companies: [{ name: spec.company, source: 'greenhouse', board: spec.board, base_url: spec.boardUrl }],
        profile: { ...BENCH_PROFILE, exclude: [] },
        parallelWorkers: spec.workers,
        minScore: 0,
        topPerCompany: false,
        maxJobs: spec.applications ?? spec.jobs,
        maxAgeDays: 0,
        formats: spec.formats,
        outputDir,
        candidateName: resume.name,
        candidateContact: resume.sections.contact,
        companyDeadlineMs: 600_000,
        barrier: spec.barrier,
      },
      { http, log, generator, now: () => new Date() },
    );
    const totalMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuStarted);
    const failed = result.applications.filter((a) => a.status === 'failed');
    return {
      totalMs,
      cpuMs: (cpu.user + cpu.system) / 1000,
      describeMs: (marks.describeEnd ?? NaN) - (marks.describeStart ?? NaN),
      discoverMs: result.timings.discoverMs,
      describeCpuMs: marks.describeCpu ?? NaN,
      generated: result.applications.length - failed.length,
      failed: failed.length,
      firstError: failed[0]?.error ?? result.companies.find((c) => c.error)?.error,
      llmDocs: result.applications.reduce(
        (n, a) => n + (a.letter?.by === 'llm' ? 1 : 0) + (a.resume?.by === 'llm' ? 1 : 0),
        0,
      ),
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      peakHeapMb: Math.max(peakHeap, process.memoryUsage().heapUsed) / 2 ** 20,
      peakExternalMb: peakExternal / 2 ** 20,
      startRssMb,
    };
  } finally {
    clearInterval(sampler);
    await rm(outputDir, { recursive: true, force: true });
  }
}

process.on('message', (spec: RunSpec) => {
  runOnce(spec).then(
    (report) => process.send!({ ok: true, report }),
    (err: unknown) => process.send!({ ok: false, error: String((err as Error)?.stack ?? err) }),
  );
});
process.send!({ ready: true });
