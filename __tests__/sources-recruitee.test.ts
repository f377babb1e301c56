import assert from 'node:assert/strict';
import { sourceContext } from './helpers/source-context.ts';
import { after, before, test } from 'node:test';
import { SourceError } from '../src/sources/errors.ts';
import { recruitee } from '../src/sources/recruitee.ts';
import { fixtureJson, startBoardServer } from './helpers/board-server.ts';
import type { Loopback } from './helpers/loopback.ts';

let server: Loopback;
const ctx = () => sourceContext(new Date('2026-10-01T00:00:00Z'));

before(async () => {
  server = await startBoardServer({ 'GET /api/offers/': { json: fixtureJson('recruitee-channable.json') } });
});
after(() => server.close());

test('recruitee lists offers with salary, hybrid flag and description + requirements', async () => {
  const company = { name: 'Channable', source: 'recruitee', subdomain: 'channable', base_url: server.url };
  const postings = await recruitee.list(company, ctx());
  assert.equal(server.requests[0].path, '/api/offers/');
  assert.equal(postings.length, 2);
  const p = postings[0];
  assert.equal(p.key, 'recruitee:channable:2751915');
  assert.equal(p.title, 'Customer Success Manager Benelux - Dutch speaking');
  assert.deepEqual(p.locations, ['Utrecht, Netherlands']);
  assert.equal(p.remote, false, 'hybrid: true');
  assert.equal(p.department, 'Customer Success');
  assert.equal(p.url, 'https://jobs.channable.com/o/customer-success-manager-benelux-dutch-speaking-3');
  assert.equal(
    p.applyUrl,
    'https://jobs.channable.com/o/customer-success-manager-benelux-dutch-speaking-3/c/new',
  );
  assert.equal(p.postedAt, '2026-09-18T13:27:28.000Z');
  assert.deepEqual(p.salary, {
    min: 3750,
    max: 5250,
    currency: 'EUR',
    period: 'month',
    text: 'EUR 3,750–5,250 / month',
  });
  assert.match(p.description!, /^Channable is a fast-growing B2B SaaS platform/);
  assert.match(p.description!, /Your role/, 'requirements are appended');
  assert.doesNotMatch(p.description!, /<[a-z/][^>]*>|&(lt|gt|amp|quot|nbsp);/i);
});

test('an unknown recruitee company is a SourceError', async () => {
  const company = { name: 'X', source: 'recruitee', subdomain: 'nobody', base_url: `${server.url}/missing` };
  await assert.rejects(recruitee.list(company, ctx()), (err: unknown) => {
    assert.ok(err instanceof SourceError);
    assert.equal(
      err.message,
      'Recruitee company "nobody" not found (404) — check the <subdomain> in <subdomain>.recruitee.com',
    );
    return true;
  });
});
