import assert from 'node:assert/strict';
import { sourceContext } from './helpers/source-context.ts';
import { after, before, test } from 'node:test';
import { HttpError } from '../src/http/types.ts';
import { SourceError } from '../src/sources/errors.ts';
import { greenhouse } from '../src/sources/greenhouse.ts';
import { fixtureJson, startBoardServer } from './helpers/board-server.ts';
import type { Loopback } from './helpers/loopback.ts';
import { companyProblems } from '../src/settings/companies.ts';

let server: Loopback;
const ctx = () => sourceContext(new Date('2026-10-01T00:00:00Z'));

before(async () => {
  server = await startBoardServer({
    'GET /v1/boards/vercel/jobs': { json: fixtureJson('greenhouse-vercel.json') },
    'GET /v1/boards/busy/jobs': {
      status: 429,
      headers: { 'retry-after': '3600' },
      json: { error: 'slow down' },
    },
  });
});
after(() => server.close());

test('greenhouse lists the board with content and normalizes each job', async () => {
  const company = { name: 'Vercel', source: 'greenhouse', board: 'vercel', base_url: server.url };
  const postings = await greenhouse.list(company, ctx());

  const req = server.requests.find((r) => r.path.startsWith('/v1/boards/vercel/jobs'))!;
  assert.equal(req.method, 'GET');
  assert.equal(new URL(req.path, server.url).searchParams.get('content'), 'true');

  assert.equal(postings.length, 2);
  const p = postings[0];
  assert.equal(p.key, 'greenhouse:vercel:6136160004');
  assert.equal(p.id, '6136160004');
  assert.equal(p.company, 'Vercel');
  assert.equal(p.title, 'Account Executive, Commercial');
  assert.deepEqual(p.locations, ['Hybrid - London', 'London, England, United Kingdom']);
  assert.equal(p.remote, false, '"Hybrid - London" is not remote');
  assert.equal(p.department, 'Account Executive');
  assert.equal(p.url, 'https://job-boards.greenhouse.io/vercel/jobs/6136160004');
  assert.equal(p.postedAt, '2026-08-06T16:50:10.000Z');
  assert.ok(p.description?.startsWith('About Vercel:'), p.description?.slice(0, 80));
  assert.doesNotMatch(p.description!, /<[a-z/][^>]*>|&(lt|gt|amp|quot|nbsp);/i);
});

test('an unknown greenhouse board is a SourceError naming the board and where to find it', async () => {
  const company = { name: 'Vercel', source: 'greenhouse', board: 'vercl', base_url: server.url };
  await assert.rejects(greenhouse.list(company, ctx()), (err: unknown) => {
    assert.ok(err instanceof SourceError);
    assert.equal(
      err.message,
      'Greenhouse board "vercl" not found (404) — check the board token in boards.greenhouse.io/<board>',
    );
    return true;
  });
});

test('throttling is not reported as a missing board', async () => {
  const company = { name: 'Busy', source: 'greenhouse', board: 'busy', base_url: server.url };
  await assert.rejects(greenhouse.list(company, ctx()), (err: unknown) => {
    assert.ok(err instanceof HttpError, String(err));
    assert.equal(err.kind, 'throttled');
    return true;
  });
});

test('greenhouse config needs a bare board token', () => {
  assert.deepEqual(companyProblems(greenhouse, { name: 'V', source: 'greenhouse', board: 'vercel' }), []);
  assert.match(companyProblems(greenhouse, { name: 'V', source: 'greenhouse' })[0], /^board: required/);
});
