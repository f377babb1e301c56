import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { createGenerator } from '../src/generate/index.ts';
import { resolveProvider } from '../src/settings/provider.ts';
import { parseResume } from '../src/resume/index.ts';
import { createHttpClient } from '../src/http/client.ts';
import { silentLogger } from '../src/log.ts';
import { runPipeline } from '../src/pipeline.ts';
import { json, reply, startFaultServer, type Fault } from './helpers/fault-server.ts';

const resume = parseResume(
  readFileSync(new URL('../examples/demo/resume.md', import.meta.url), 'utf8'),
  'resume.md',
);
const page = (i: number) =>
  `<html><head><title>Backend Engineer ${i}</title></head><body><nav>Jobs</nav><main><h1>Backend Engineer ${i}</h1>` +
  `<p>${'We build TypeScript services on PostgreSQL and Kubernetes for our customers. '.repeat(12)}</p></main></body></html>`;

describe('the pipeline on a hostile web', () => {
  it('100 postings with 20% transient page failures: every posting generated, none lost; a hanging company ends at its deadline', async () => {
    const server = await startFaultServer();
    const jobs = Array.from({ length: 100 }, (_, i) => ({
      id: 1000 + i,
      title: `Backend Engineer ${i}`,
      absolute_url: server.url(`/jobs/${i}`),
      location: { name: 'Remote' },
      updated_at: '2026-11-20T10:00:00Z',
    }));
    server.route('/v1/boards/flaky/jobs', json({ jobs }));
    server.route('/v1/boards/stuck/jobs', { kind: 'hang' });
    for (let i = 0; i < 100; i++) {
      const ok = reply(200, page(i), { 'content-type': 'text/html; charset=utf-8' });
      // Every 5th page fails once: alternately a 503 and a dropped connection.
      const first: Fault = i % 10 === 0 ? reply(503, 'busy') : { kind: 'reset' };
      server.route(`/jobs/${i}`, i % 5 === 0 ? [first, ok] : ok);
    }
    const outputDir = mkdtempSync(path.join(tmpdir(), 'jm-faults-'));
    const started = Date.now();
    try {
      const result = await runPipeline(
        {
          companies: [
            { name: 'Flaky', source: 'greenhouse', board: 'flaky', base_url: server.origin },
            { name: 'Stuck', source: 'greenhouse', board: 'stuck', base_url: server.origin },
          ],
          profile: {
            titles: ['Backend Engineer'],
            skills: ['TypeScript'],
            locations: ['Remote'],
            exclude: [],
          },
          parallelWorkers: 7,
          minScore: 0,
          topPerCompany: false,
          maxJobs: 500,
          maxAgeDays: 0,
          formats: ['md'],
          outputDir,
          candidateName: resume.name,
          companyDeadlineMs: 1500,
        },
        {
          http: createHttpClient({ backoffBaseMs: 5, backoffMaxMs: 20, timeoutMs: 5000 }),
          log: silentLogger,
          generator: createGenerator({ provider: resolveProvider({}), resume, log: silentLogger }),
          now: () => new Date('2026-11-28T00:00:00Z'),
        },
      );
      const elapsed = Date.now() - started;
      const generated = result.records.filter((r) => r.status === 'generated');
      assert.equal(result.records.length, 100, 'every posting has a fate');
      assert.equal(
        generated.length,
        100,
        `lost: ${result.records
          .filter((r) => r.status !== 'generated')
          .map((r) => r.reason)
          .join(', ')}`,
      );
      assert.ok(result.applications.every((a) => a.description?.method === 'html'));
      const stuck = result.companies.find((c) => c.name === 'Stuck')!;
      assert.equal(stuck.status, 'failed');
      assert.match(stuck.error ?? '', /deadline|timed out|abort/i);
      assert.ok(elapsed < 10_000, `run took ${elapsed} ms`);
      const flakyHits = Array.from({ length: 100 }, (_, i) => server.hits(`/jobs/${i}`));
      assert.equal(
        flakyHits.reduce((a, b) => a + b, 0),
        120,
        '20 retried pages, each fetched twice',
      );
    } finally {
      await server.close();
    }
  });
});
