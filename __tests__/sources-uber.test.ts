import assert from 'node:assert/strict';
import { sourceContext } from './helpers/source-context.ts';
import { after, before, test } from 'node:test';
import { SourceError } from '../src/sources/errors.ts';
import { uber } from '../src/sources/uber.ts';
import { fixtureJson, startBoardServer } from './helpers/board-server.ts';
import type { Loopback } from './helpers/loopback.ts';

let server: Loopback;
const ctx = () => sourceContext(new Date('2026-10-01T00:00:00Z'));

/** 50 filler results (a full page); page 1 is the documented-shape fixture (total 52). */
function fullPage() {
  const results = Array.from({ length: 50 }, (_, i) => ({
    id: 100000 + i,
    title: `Filler ${i}`,
    location: { city: 'Chicago', region: 'Illinois', countryName: 'United States' },
    creationDate: '2026-09-01T00:00:00.000Z',
  }));
  return { status: 'success', data: { results, totalResults: { low: 52, high: 0, unsigned: false } } };
}

before(async () => {
  server = await startBoardServer({
    'POST /api/loadSearchJobsResults': (req) => {
      if (req.headers['x-csrf-token'] !== 'x') return { status: 403, json: { error: 'Missing csrf token.' } };
      const body = JSON.parse(req.body) as { page: number };
      return { json: body.page === 0 ? fullPage() : fixtureJson('uber-documented-shape.json') };
    },
  });
});
after(() => server.close());

test('uber POSTs the search with the csrf header, query and location, and pages from 0', async () => {
  const company = {
    name: 'Uber',
    source: 'uber',
    search: 'backend',
    location: 'New York, New York, USA',
    base_url: server.url,
  };
  const postings = await uber.list(company, ctx());

  assert.equal(server.requests.length, 2);
  const [r0, r1] = server.requests;
  assert.equal(r0.method, 'POST');
  assert.equal(r0.path, '/api/loadSearchJobsResults?localeCode=en');
  assert.match(String(r0.headers['content-type']), /application\/json/);
  assert.deepEqual(JSON.parse(r0.body), {
    limit: 50,
    page: 0,
    params: { query: 'backend', location: [{ city: 'New York', region: 'New York', country: 'USA' }] },
  });
  assert.equal(JSON.parse(r1.body).page, 1);

  assert.equal(postings.length, 52);
  const swe = postings.find((p) => p.id === '148901')!;
  assert.equal(swe.key, 'uber:uber:148901');
  assert.equal(swe.title, 'Senior Software Engineer, Marketplace');
  assert.deepEqual(swe.locations, ['New York, United States', 'San Francisco, California, United States']);
  assert.equal(swe.remote, null);
  assert.equal(swe.department, 'Engineering');
  assert.equal(swe.postedAt, '2026-09-15T18:04:12.000Z');
  assert.equal(swe.url, 'https://www.uber.com/global/en/careers/list/148901/');
  assert.match(swe.description!, /Build the pricing engine in Go\./);
  const payments = postings.find((p) => p.id === '148902')!;
  assert.equal(payments.description, 'Move money reliably & safely.');
});

test('uber stops at max_pages and a wrong origin is a SourceError', async () => {
  const before = server.requests.length;
  await uber.list({ name: 'Uber', source: 'uber', max_pages: 1, base_url: server.url }, ctx());
  assert.equal(server.requests.length - before, 1);
  await assert.rejects(
    uber.list({ name: 'Uber', source: 'uber', base_url: `${server.url}/x` }, ctx()),
    (e) => e instanceof SourceError && /Uber jobs search not found \(404\)/.test(e.message),
  );
});
