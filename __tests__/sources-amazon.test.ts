import assert from 'node:assert/strict';
import { sourceContext } from './helpers/source-context.ts';
import { after, before, test } from 'node:test';
import { HttpError } from '../src/http/types.ts';
import { amazon } from '../src/sources/amazon.ts';
import { SourceError } from '../src/sources/errors.ts';
import { fixtureJson, startBoardServer } from './helpers/board-server.ts';
import type { Loopback } from './helpers/loopback.ts';

interface AmazonBody {
  hits: number;
  jobs: Record<string, unknown>[];
}

let server: Loopback;
const ctx = () => sourceContext(new Date('2026-10-01T00:00:00Z'));

/** 100 filler jobs so the first page is full and the adapter asks for the next one. */
function fullPage(): AmazonBody {
  const jobs = Array.from({ length: 100 }, (_, i) => ({
    id_icims: String(2000000 + i),
    title: `Filler Role ${i}`,
    job_path: `/en/jobs/${2000000 + i}/filler`,
    normalized_location: 'Seattle, Washington, USA',
    posted_date: 'September 1, 2026',
    description: 'Filler.',
  }));
  return { hits: 103, jobs };
}

before(async () => {
  server = await startBoardServer({
    'GET /en/search.json': (_req, url) => {
      if (url.searchParams.get('base_query') === 'paged') {
        return {
          json:
            url.searchParams.get('offset') === '0' ? fullPage() : fixtureJson('amazon-documented-shape.json'),
        };
      }
      if (url.searchParams.get('base_query') === 'busy')
        return { status: 429, headers: { 'retry-after': '3600' }, json: {} };
      return { json: fixtureJson('amazon-documented-shape.json') };
    },
  });
});
after(() => server.close());

test('amazon sends search/location server-side and normalizes each job', async () => {
  const company = {
    name: 'Amazon',
    source: 'amazon',
    search: 'software engineer',
    location: 'Seattle',
    base_url: server.url,
  };
  const postings = await amazon.list(company, ctx());

  const req = server.requests.at(-1)!;
  const q = new URL(req.path, server.url).searchParams;
  assert.equal(req.method, 'GET');
  assert.equal(q.get('base_query'), 'software engineer');
  assert.equal(q.get('loc_query'), 'Seattle');
  assert.equal(q.get('result_limit'), '100');
  assert.equal(q.get('offset'), '0');

  assert.equal(postings.length, 2, 'the repeated requisition 3001001 is kept once');
  const [sde, sa] = postings;
  assert.equal(sde.key, 'amazon:amazon:3001001');
  assert.equal(sde.title, 'Software Development Engineer, AWS Lambda');
  assert.deepEqual(sde.locations, ['Seattle, Washington, USA']);
  assert.equal(sde.remote, null);
  assert.equal(sde.postedAt, '2025-11-20T00:00:00.000Z');
  assert.equal(sde.url, 'https://www.amazon.jobs/en/jobs/3001001/software-development-engineer-aws-lambda');
  assert.equal(sde.department, 'Software Development');
  assert.match(sde.description!, /distributed systems & serverless/);
  assert.match(sde.description!, /Basic qualifications\n.*3\+ years/);
  assert.match(sde.description!, /Preferred qualifications\n.*Bachelor/);
  assert.doesNotMatch(sde.description!, /<[a-z/]|&amp;/);

  assert.equal(sa.remote, true, 'a "Virtual" location is remote');
  assert.equal(sa.postedAt, '2025-10-03T00:00:00.000Z');
});

test('amazon pages by offset until the hits are read', async () => {
  const before = server.requests.length;
  const postings = await amazon.list(
    { name: 'Amazon', source: 'amazon', search: 'paged', base_url: server.url },
    ctx(),
  );
  const offsets = server.requests
    .slice(before)
    .map((r) => new URL(r.path, server.url).searchParams.get('offset'));
  assert.deepEqual(offsets, ['0', '100']);
  assert.equal(postings.length, 102);
});

test('amazon stops at max_pages', async () => {
  const before = server.requests.length;
  await amazon.list(
    { name: 'Amazon', source: 'amazon', search: 'paged', max_pages: 1, base_url: server.url },
    ctx(),
  );
  assert.equal(server.requests.length - before, 1);
});

test('amazon: throttling stays an HttpError; a wrong origin (404) is a SourceError', async () => {
  await assert.rejects(
    amazon.list({ name: 'Amazon', source: 'amazon', search: 'busy', base_url: server.url }, ctx()),
    (e) => e instanceof HttpError && e.kind === 'throttled',
  );
  await assert.rejects(
    amazon.list({ name: 'Amazon', source: 'amazon', base_url: `${server.url}/nope` }, ctx()),
    (e) => e instanceof SourceError && /Amazon jobs search not found \(404\)/.test(e.message),
  );
});
