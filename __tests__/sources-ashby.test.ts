import assert from 'node:assert/strict';
import { sourceContext } from './helpers/source-context.ts';
import { after, before, test } from 'node:test';
import { ashby } from '../src/sources/ashby.ts';
import { SourceError } from '../src/sources/errors.ts';
import { fixtureJson, startBoardServer } from './helpers/board-server.ts';
import type { Loopback } from './helpers/loopback.ts';

let server: Loopback;
const ctx = () => sourceContext(new Date('2026-10-01T00:00:00Z'));

before(async () => {
  server = await startBoardServer({
    'GET /posting-api/job-board/notion': { json: fixtureJson('ashby-notion.json') },
    'GET /posting-api/job-board/linear': { json: fixtureJson('ashby-linear.json') },
    'GET /posting-api/job-board/acme': { json: fixtureJson('ashby-documented-shape.json') },
  });
});
after(() => server.close());

test('ashby asks for compensation and trusts workplaceType over isRemote', async () => {
  const company = { name: 'Notion', source: 'ashby', board: 'notion', base_url: server.url };
  const postings = await ashby.list(company, ctx());
  const req = server.requests.find((r) => r.path.startsWith('/posting-api/job-board/notion'))!;
  assert.equal(new URL(req.path, server.url).searchParams.get('includeCompensation'), 'true');

  assert.equal(postings.length, 3);
  const p = postings[0];
  assert.equal(p.key, 'ashby:notion:1fc309c8-da20-4ff2-84c7-8b863ece2b0a');
  assert.equal(p.title, 'Software Engineer, Developer Platform');
  assert.deepEqual(p.locations, ['San Francisco, California', 'New York, New York']);
  assert.equal(p.remote, false, 'workplaceType "Hybrid" wins over isRemote: true');
  assert.equal(p.department, 'Engineering');
  assert.equal(p.url, 'https://jobs.ashbyhq.com/notion/1fc309c8-da20-4ff2-84c7-8b863ece2b0a');
  assert.equal(
    p.applyUrl,
    'https://jobs.ashbyhq.com/notion/1fc309c8-da20-4ff2-84c7-8b863ece2b0a/application',
  );
  assert.equal(p.postedAt, '2026-08-24T14:44:49.699Z');
  assert.ok(p.description?.startsWith('WHO WE ARE'));
  assert.equal(p.salary, undefined);
});

test('ashby remote jobs and an empty compensation block', async () => {
  const company = { name: 'Linear', source: 'ashby', board: 'linear', base_url: server.url };
  const [p] = await ashby.list(company, ctx());
  assert.equal(p.remote, true);
  assert.deepEqual(p.locations, ['Europe']);
  assert.equal(p.salary, undefined, 'null summaries give no salary');
});

test('ashby compensation summary becomes a salary; unlisted jobs are dropped', async () => {
  const company = { name: 'Acme', source: 'ashby', board: 'acme', base_url: server.url };
  const postings = await ashby.list(company, ctx());
  assert.deepEqual(
    postings.map((p) => p.title),
    ['Senior Backend Engineer'],
  );
  assert.deepEqual(postings[0].salary, {
    min: 150000,
    max: 200000,
    currency: 'USD',
    period: 'year',
    text: '$150K – $200K',
  });
});

test('an unknown ashby board is a SourceError', async () => {
  const company = { name: 'X', source: 'ashby', board: 'nobody', base_url: server.url };
  await assert.rejects(ashby.list(company, ctx()), (err: unknown) => {
    assert.ok(err instanceof SourceError);
    assert.equal(
      err.message,
      'Ashby board "nobody" not found (404) — check the board name in jobs.ashbyhq.com/<board>',
    );
    return true;
  });
});
