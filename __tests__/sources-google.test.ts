import assert from 'node:assert/strict';
import { sourceContext } from './helpers/source-context.ts';
import { after, before, test } from 'node:test';
import { createHttpClient } from '../src/http/client.ts';
import { SourceError } from '../src/sources/errors.ts';
import { google } from '../src/sources/google.ts';
import { fixture, startBoardServer } from './helpers/board-server.ts';
import type { Loopback } from './helpers/loopback.ts';

const FEED = '/about/careers/applications/jobs/feed.xml';
let server: Loopback;
let feedServer: Loopback;
const ctx = () => sourceContext(new Date('2026-10-01T00:00:00Z'));

/** A feed of `n` jobs, to check the cap stops reading early. */
function bigFeed(n: number): string {
  const job = (i: number) =>
    `<job><jobid>${i}</jobid><title>Software Engineer ${i}</title><published>2026-09-01T00:00:00Z</published>` +
    `<url>https://www.google.com/about/careers/applications/jobs/results/${i}</url><isRemote>no</isRemote>` +
    `<locations><location><city>Zurich</city><country>CH</country></location></locations>` +
    `<description><![CDATA[<p>Job ${i}</p>]]></description></job>`;
  return `<?xml version="1.0"?><jobs>${Array.from({ length: n }, (_, i) => job(i)).join('')}</jobs>`;
}

before(async () => {
  server = await startBoardServer({
    [`GET ${FEED}`]: {
      body: fixture('google-documented-shape.xml'),
      headers: { 'content-type': 'application/xml' },
    },
  });
  feedServer = await startBoardServer({
    [`GET ${FEED}`]: { body: bigFeed(600), headers: { 'content-type': 'application/xml' } },
    'GET /html/about/careers/applications/jobs/feed.xml': { body: '<html><body>Just a page</body></html>' },
  });
});
after(async () => {
  await server.close();
  await feedServer.close();
});

test('google reads the whole XML feed and normalizes each job', async () => {
  const postings = await google.list({ name: 'Google', source: 'google', base_url: server.url }, ctx());
  assert.equal(server.requests.at(-1)!.path, FEED);
  assert.equal(postings.length, 3);
  const [swe, am, android] = postings;
  assert.equal(swe.key, 'google:google:123456789012345678');
  assert.equal(swe.title, 'Software Engineer III, Infrastructure, Google Cloud');
  assert.deepEqual(swe.locations, ['Mountain View, CA, USA', 'New York, NY, USA']);
  assert.equal(swe.remote, false);
  assert.equal(swe.postedAt, '2026-09-17T09:00:15.503Z');
  assert.equal(
    swe.url,
    'https://www.google.com/about/careers/applications/jobs/results/123456789012345678-software-engineer-iii-infrastructure-google-cloud',
  );
  assert.equal(swe.department, 'Google, Software Engineering');
  assert.match(swe.description!, /- 2 years of experience with Go & Kubernetes\./);
  assert.match(swe.description!, /Bachelor's degree/);
  assert.doesNotMatch(swe.description!, /<[a-z/]|&amp;|&#39;/);
  assert.deepEqual(am.locations, ['London, UK']);
  assert.equal(android.remote, true);
});

test('google filters by search words (title) and location while streaming', async () => {
  const titles = async (extra: Record<string, string>) =>
    (await google.list({ name: 'Google', source: 'google', base_url: server.url, ...extra }, ctx())).map(
      (p) => p.title,
    );
  assert.deepEqual(await titles({ search: 'software engineer' }), [
    'Software Engineer III, Infrastructure, Google Cloud',
    'Senior Software Engineer, Android',
  ]);
  assert.deepEqual(await titles({ search: 'engineer', location: 'new york' }), [
    'Software Engineer III, Infrastructure, Google Cloud',
  ]);
  assert.deepEqual(await titles({ location: 'remote' }), ['Senior Software Engineer, Android']);
});

test('google keeps at most max_pages × 100 postings', async () => {
  const postings = await google.list(
    { name: 'Google', source: 'google', max_pages: 2, base_url: feedServer.url },
    ctx(),
  );
  assert.equal(postings.length, 200);
  assert.equal(postings[199].id, '199');
});

test('google raises the size cap for the feed (the real one is ~20 MB, over the client default)', async () => {
  const small = { ...ctx(), http: createHttpClient({ retries: 0, maxBytes: 1024 }) };
  const postings = await google.list({ name: 'Google', source: 'google', base_url: server.url }, small);
  assert.equal(postings.length, 3);
});

test('google: a feed URL that answers HTML, or 404, is a SourceError', async () => {
  await assert.rejects(
    google.list({ name: 'Google', source: 'google', base_url: `${feedServer.url}/html` }, ctx()),
    (e) => e instanceof SourceError && /has no <job> entries/.test(e.message),
  );
  await assert.rejects(
    google.list({ name: 'Google', source: 'google', base_url: `${feedServer.url}/missing` }, ctx()),
    (e) => e instanceof SourceError && /Google careers feed not found \(404\)/.test(e.message),
  );
});
