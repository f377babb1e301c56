import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { createGenerator } from '../src/generate/index.ts';
import { createHttpClient } from '../src/http/client.ts';
import { lineLogger } from '../src/log.ts';
import { runPipeline } from '../src/pipeline.ts';
import { countRecords } from '../src/report/results.ts';
import { renderSummary } from '../src/report/summary.ts';
import { runVerdict } from '../src/report/verdict.ts';
import { parseResume } from '../src/resume/index.ts';
import { startBoardServer } from './helpers/board-server.ts';

const resume = parseResume(
  readFileSync(new URL('../examples/demo/resume.md', import.meta.url), 'utf8'),
  'resume.md',
);

/** One run of the real pipeline against a loopback Greenhouse board of `count` postings in Seoul. */
async function run(count: number) {
  const boards = await startBoardServer({
    '/v1/boards/acme/jobs': () => ({
      json: {
        jobs: Array.from({ length: count }, (_, i) => ({
          id: i,
          title: `Backend Engineer ${i}`,
          absolute_url: `https://acme.test/jobs/${i}`,
          location: { name: '서울' },
          content: '&lt;p&gt;We build TypeScript services on PostgreSQL.&lt;/p&gt;',
        })),
      },
    }),
  });
  const lines: string[] = [];
  const log = lineLogger((l) => lines.push(l));
  try {
    const result = await runPipeline(
      {
        companies: [{ name: 'Acme', source: 'greenhouse', board: 'acme', base_url: boards.url }],
        profile: { titles: ['Backend Engineer'], skills: [], locations: [], exclude: [] },
        parallelWorkers: 5,
        minScore: 0,
        topPerCompany: false,
        maxJobs: 10,
        maxAgeDays: 0,
        formats: ['md', 'pdf'],
        outputDir: mkdtempSync(path.join(tmpdir(), 'jm-plurals-')),
        candidateName: resume.name,
        candidateContact: resume.sections.contact,
        companyDeadlineMs: 10_000,
      },
      {
        http: createHttpClient({ timeoutMs: 5000 }),
        log,
        generator: createGenerator({ resume, log }),
        now: () => new Date('2026-03-14T12:00:00Z'),
      },
    );
    return { result, lines };
  } finally {
    await boards.close();
  }
}

test('one posting: logs, summary and the final line say "1 worker", "1 application", "1 company"', async () => {
  const { result, lines } = await run(1);
  assert.ok(lines.includes('[filter] Processing 1 job (out of 1 total)'), lines.join('\n'));
  assert.ok(lines.includes('[parallel] Pre-fetching job descriptions with 1 worker...'));
  assert.ok(lines.some((l) => /^ {2}\[discover\] Acme \(greenhouse\): 1 open posting$/.test(l)));
  const summary = renderSummary({
    result,
    durationMs: 1000,
    settings: { preset: 'default', minScore: 0, topPerCompany: false, parallelWorkers: 5, maxJobs: 10 },
    llm: { provider: 'github-models', calls: 1, tokens: 1, budgetExhausted: false, fallbacks: 1 },
    outputDir: 'out',
    notices: [],
  });
  assert.match(summary, /1 match out of 1 posting from 1 company in/);
  assert.match(summary, /1 application written .*, 1\/1 company listed, 1 worker\./);
  assert.match(summary, /1 request, 1 token, 1 template fallback/);
  const verdict = runVerdict({
    counts: countRecords(result),
    companies: result.companies,
    outputDir: 'out',
    failOnError: false,
  });
  assert.equal(
    verdict.line,
    '1 application written from 1 posting (1 matched, 0 failed); 1/1 company listed.',
  );
});

test('two postings whose PDFs need characters no font has: one warning for the whole run', async () => {
  const { result, lines } = await run(2);
  assert.ok(lines.includes('[parallel] Pre-fetching job descriptions with 2 workers...'));
  assert.equal(result.applications.filter((a) => a.status === 'generated').length, 2);
  const warnings = lines.filter((l) => l.includes('no font can draw'));
  assert.equal(warnings.length, 1, lines.join('\n'));
  assert.match(
    warnings[0],
    /no font can draw 서 울, so they were left out of the PDFs; give a font file .* pdf_font/,
  );
});
