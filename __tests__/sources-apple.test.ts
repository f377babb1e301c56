import assert from 'node:assert/strict';
import { sourceContext } from './helpers/source-context.ts';
import { after, before, test } from 'node:test';
import { apple } from '../src/sources/apple.ts';
import { SourceError } from '../src/sources/errors.ts';
import { fixtureJson, startBoardServer } from './helpers/board-server.ts';
import type { Loopback } from './helpers/loopback.ts';

interface AppleBody {
  res: { totalRecords: number; searchResults: Record<string, unknown>[] };
}

let server: Loopback;
const ctx = () => sourceContext(new Date('2026-10-01T00:00:00Z'));

/** 20 filler results so page 1 is full; page 2 is the documented-shape fixture. */
function fullPage(): AppleBody {
  const searchResults = Array.from({ length: 20 }, (_, i) => ({
    id: `PIPE-1000${i}`,
    positionId: `1000${i}`,
    postingTitle: `Filler ${i}`,
    postDateInGMT: '2026-09-01T00:00:00Z',
    locations: [{ name: 'Cupertino', countryName: 'United States of America' }],
  }));
  return { res: { totalRecords: 22, searchResults } };
}

before(async () => {
  server = await startBoardServer({
    'GET /api/v1/CSRFToken': {
      status: 200,
      body: '',
      headers: { 'x-apple-csrf-token': 'tok-123', 'set-cookie': 'jssid=abc; Path=/; HttpOnly' },
    },
    'POST /api/v1/search': (req) => {
      if (
        req.headers['x-apple-csrf-token'] !== 'tok-123' ||
        !String(req.headers.cookie).includes('jssid=abc')
      ) {
        return { status: 403, json: { error: 'csrf' } };
      }
      const body = JSON.parse(req.body) as { query: string; page: number };
      if (body.query === 'paged' && body.page === 1) return { json: fullPage() };
      return { json: fixtureJson('apple-documented-shape.json') };
    },
    'GET /api/v1/jobDetails/200625001': { json: fixtureJson('apple-detail-documented-shape.json') },
  });
});
after(() => server.close());

test('apple gets a CSRF token, then POSTs the search with token, cookie and filters', async () => {
  const before = server.requests.length;
  const company = {
    name: 'Apple',
    source: 'apple',
    search: 'backend',
    location: 'United States',
    base_url: server.url,
  };
  const postings = await apple.list(company, ctx());

  const [tokenReq, searchReq] = server.requests.slice(before);
  assert.equal(tokenReq.method, 'GET');
  assert.equal(tokenReq.path, '/api/v1/CSRFToken');
  assert.equal(searchReq.method, 'POST');
  assert.equal(searchReq.headers['x-apple-csrf-token'], 'tok-123');
  assert.equal(searchReq.headers.cookie, 'jssid=abc');
  assert.match(String(searchReq.headers['content-type']), /application\/json/);
  const sent = JSON.parse(searchReq.body);
  assert.deepEqual(sent, {
    query: 'backend',
    filters: { locations: ['postLocation-USA'] },
    page: 1,
    locale: 'en-us',
    sort: 'newest',
  });

  assert.equal(postings.length, 2);
  const [swe, advisor] = postings;
  assert.equal(swe.key, 'apple:apple:200625001');
  assert.equal(swe.title, 'Software Engineer, iCloud Backend');
  assert.deepEqual(swe.locations, ['Cupertino, California, United States of America']);
  assert.equal(swe.remote, false);
  assert.equal(swe.department, 'Software and Services');
  assert.equal(swe.postedAt, '2026-09-28T23:39:49.358Z');
  assert.equal(
    swe.url,
    'https://jobs.apple.com/en-us/details/PIPE-200625001/software-engineer-icloud-backend',
  );
  assert.equal(advisor.remote, true, 'homeOffice');
  assert.equal(advisor.postedAt, '2026-09-20T00:00:00.000Z', 'from "Sep 20, 2026"');
});

test('apple pages (20 a page, 1-based) until totalRecords, and filters a city client-side', async () => {
  const before = server.requests.length;
  const postings = await apple.list(
    { name: 'Apple', source: 'apple', search: 'paged', location: 'Austin', base_url: server.url },
    ctx(),
  );
  const pages = server.requests
    .slice(before)
    .filter((r) => r.method === 'POST')
    .map((r) => JSON.parse(r.body) as { page: number; filters: unknown });
  assert.deepEqual(
    pages.map((p) => p.page),
    [1, 2],
  );
  assert.deepEqual(pages[0].filters, {}, 'a city has no Apple filter id');
  assert.deepEqual(
    postings.map((p) => p.title),
    ['AppleCare Advisor - Work from Home'],
  );
});

test('apple describe() joins the job detail sections as plain text', async () => {
  const company = { name: 'Apple', source: 'apple', base_url: server.url };
  const [swe] = await apple.list(company, ctx());
  const detail = await apple.describe!(swe, company, ctx());
  assert.equal(server.requests.at(-1)!.path, '/api/v1/jobDetails/200625001?locale=en-us');
  assert.equal(detail?.method, 'api');
  assert.match(detail.text, /You will design & run storage services\./);
  assert.match(detail.text, /Minimum qualifications\n- 3\+ years with Java or Go/);
  assert.doesNotMatch(detail.text, /<[a-z/]|&amp;/);
});

test('apple without a CSRF token, or at a wrong origin, fails with one clear SourceError', async () => {
  await assert.rejects(
    apple.list({ name: 'Apple', source: 'apple', base_url: `${server.url}/x` }, ctx()),
    (e) => e instanceof SourceError && /Apple CSRF token endpoint not found \(404\)/.test(e.message),
  );
});
