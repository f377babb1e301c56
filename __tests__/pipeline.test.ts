import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { createGenerator } from '../src/generate/index.ts';
import { parseResume } from '../src/resume/index.ts';
import { createHttpClient } from '../src/http/client.ts';
import { silentLogger } from '../src/log.ts';
import { runPipeline } from '../src/pipeline.ts';
import { startBoardServer, type Route } from './helpers/board-server.ts';
import { startLlmServer } from './helpers/llm-server.ts';

const resume = parseResume(
  readFileSync(new URL('../examples/demo/resume.md', import.meta.url), 'utf8'),
  'resume.md',
);
const text = 'We build TypeScript services on PostgreSQL and Kubernetes. '.repeat(12);

/**
 * A Greenhouse board "acme" of `count` postings without listing text, each with a description page at
 * /jobs/<i> (`pages` replaces some of them).
 */
async function startJobBoard(count: number, pages: Record<string, Route> = {}) {
  let origin = '';
  const routes: Record<string, Route> = {
    '/v1/boards/acme/jobs': () => ({
      json: {
        jobs: Array.from({ length: count }, (_, i) => ({
          id: i,
          title: `Backend Engineer ${i}`,
          absolute_url: `${origin}/jobs/${i}`,
          location: { name: 'Remote' },
        })),
      },
    }),
  };
  for (let i = 0; i < count; i++) routes[`/jobs/${i}`] = { body: `<main>${text}</main>` };
  const boards = await startBoardServer({ ...routes, ...pages });
  origin = boards.url;
  return boards;
}

/** Runs 3 jobs whose third description page answers late; returns when the LLM was first asked and when the slow page was served. */
async function firstLlmCallVsSlowPage(barrier: boolean) {
  let slowServedAt = 0;
  const boards = await startJobBoard(3, {
    '/jobs/2': async () => {
      await new Promise((r) => setTimeout(r, 800));
      slowServedAt = Date.now();
      return { body: `<main>${text}</main>` };
    },
  });
  const llm = await startLlmServer();
  let firstCallAt = 0;
  llm.setScript(() => {
    firstCallAt ||= Date.now();
    return undefined;
  });
  try {
    const result = await runPipeline(
      {
        companies: [{ name: 'Acme', source: 'greenhouse', board: 'acme', base_url: boards.url }],
        profile: { titles: ['Backend Engineer'], skills: [], locations: [], exclude: [] },
        parallelWorkers: 3,
        minScore: 0,
        topPerCompany: false,
        maxJobs: 10,
        maxAgeDays: 0,
        formats: ['md'],
        outputDir: mkdtempSync(path.join(tmpdir(), 'jm-pipeline-')),
        candidateName: resume.name,
        companyDeadlineMs: 10_000,
        barrier,
      },
      {
        http: createHttpClient({ retries: 0 }),
        log: silentLogger,
        generator: createGenerator({
          provider: { kind: 'openai-compatible', baseUrl: llm.baseUrl, model: 'm', apiKey: 'k' },
          resume,
          log: silentLogger,
        }),
        now: () => new Date(),
      },
    );
    assert.equal(result.applications.filter((a) => a.status === 'generated').length, 3);
    return { firstCallAt, slowServedAt };
  } finally {
    await Promise.all([boards.close(), llm.close()]);
  }
}

describe('pipelining', () => {
  it('a job is generated as soon as its description is ready, not after every description', async () => {
    const { firstCallAt, slowServedAt } = await firstLlmCallVsSlowPage(false);
    assert.ok(
      firstCallAt > 0 && firstCallAt < slowServedAt,
      'the LLM was asked while the slow page was still loading',
    );
  });

  it('barrier mode (the original design, kept for the benchmark) waits for every description', async () => {
    const { firstCallAt, slowServedAt } = await firstLlmCallVsSlowPage(true);
    assert.ok(firstCallAt >= slowServedAt);
  });
});

/** Two postings through the pipeline with a stub generator that fails the ids it is told to. */
async function memoryRun(opts: { maxJobs: number; failIds: string[]; skills?: string[] }) {
  const boards = await startJobBoard(2);
  const doc = { markdown: 'Hello', by: 'template' as const };
  try {
    return await runPipeline(
      {
        companies: [{ name: 'Acme', source: 'greenhouse', board: 'acme', base_url: boards.url }],
        profile: { titles: ['Backend Engineer'], skills: opts.skills ?? [], locations: [], exclude: [] },
        parallelWorkers: 2,
        minScore: 0,
        topPerCompany: false,
        maxJobs: opts.maxJobs,
        maxAgeDays: 0,
        formats: ['md'],
        outputDir: mkdtempSync(path.join(tmpdir(), 'jm-pipeline-')),
        candidateName: resume.name,
        companyDeadlineMs: 10_000,
      },
      {
        http: createHttpClient({ retries: 0 }),
        log: silentLogger,
        generator: {
          generate: async (match) => {
            if (opts.failIds.includes(match.posting.id)) throw new Error('LLM and template both failed');
            return { letter: doc, resume: doc, grounding: [] };
          },
        },
        now: () => new Date(),
      },
    );
  } finally {
    await boards.close();
  }
}

describe('run-to-run memory', () => {
  it('a posting whose generation failed is not remembered as seen, so a later only_new run retries it', async () => {
    const result = await memoryRun({ maxJobs: 10, failIds: ['1'] });
    const byId = (id: string) => result.applications.find((a) => a.match.posting.id === id)!;
    assert.equal(byId('0').status, 'generated');
    assert.equal(byId('1').status, 'failed');
    assert.deepEqual(
      result.seen.map((e) => e.key),
      [byId('0').match.posting.key],
    );
  });

  it('a posting dropped only for room (beyond max_jobs) is not remembered as seen either', async () => {
    const result = await memoryRun({ maxJobs: 1, failIds: [] });
    const deferred = result.records.find((r) => r.reason === 'beyond max_jobs 1')!;
    assert.ok(deferred, 'one posting was beyond max_jobs');
    assert.deepEqual(
      result.seen.map((e) => e.key),
      [result.applications[0].match.posting.key],
    );
    assert.ok(!result.seen.some((e) => e.key === deferred.key));
  });
});

describe('reasons after the description', () => {
  it("matched and missing skills are the posting's own, read from the full description the letter is written from", async () => {
    const result = await memoryRun({
      maxJobs: 10,
      failIds: [],
      skills: ['TypeScript', 'Kubernetes', 'Rust'],
    });
    const app = result.applications[0];
    // The listing had no text; the page names TypeScript, PostgreSQL and Kubernetes. Rust is yours but
    // the posting does not ask for it, so it is neither.
    assert.deepEqual(app.match.reasons.matchedSkills, ['TypeScript', 'Kubernetes']);
    assert.deepEqual(app.match.reasons.missingSkills, ['PostgreSQL']);
  });
});
