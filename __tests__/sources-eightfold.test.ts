import assert from 'node:assert/strict';
import { sourceContext } from './helpers/source-context.ts';
import { after, before, test } from 'node:test';
import { SourceError } from '../src/sources/errors.ts';
import { microsoft } from '../src/sources/microsoft.ts';
import { netflix } from '../src/sources/netflix.ts';
import { fixtureJson, startBoardServer } from './helpers/board-server.ts';
import type { Loopback } from './helpers/loopback.ts';

interface PcsxBody {
  data: { positions: Record<string, unknown>[]; count: number };
}

let server: Loopback;
const ctx = () => sourceContext(new Date('2026-10-01T00:00:00Z'));

/** Page 2 of the Microsoft search: two more positions, one repeating page 1. */
function microsoftPage2(): PcsxBody {
  const page1 = fixtureJson<PcsxBody>('microsoft-search-page1.json');
  const repeat = page1.data.positions[0];
  const fresh = {
    ...page1.data.positions[1],
    id: 1970393556699999,
    name: 'Software Engineer II - Azure Storage',
  };
  return { ...page1, data: { ...page1.data, positions: [repeat, fresh] } };
}

before(async () => {
  server = await startBoardServer({
    'GET /api/pcsx/search': (_req, url) => ({
      json:
        url.searchParams.get('start') === '0' ? fixtureJson('microsoft-search-page1.json') : microsoftPage2(),
    }),
    'GET /api/pcsx/position_details': {
      json: fixtureJson('microsoft-position-details-documented-shape.json'),
    },
    'GET /api/apply/v2/jobs': { json: fixtureJson('netflix-documented-shape.json') },
    'GET /api/apply/v2/jobs/790298765432': { json: fixtureJson('netflix-detail-documented-shape.json') },
  });
});
after(() => server.close());

test('microsoft pages the PCSX search by start (10 a page) with domain/query/location', async () => {
  const company = {
    name: 'Microsoft',
    source: 'microsoft',
    search: 'software engineer',
    location: 'Redmond',
    base_url: server.url,
  };
  const postings = await microsoft.list(company, ctx());

  const reqs = server.requests.filter((r) => r.path.startsWith('/api/pcsx/search'));
  assert.equal(reqs.length, 2);
  const [q1, q2] = reqs.map((r) => new URL(r.path, server.url).searchParams);
  assert.equal(q1.get('domain'), 'microsoft.com');
  assert.equal(q1.get('query'), 'software engineer');
  assert.equal(q1.get('location'), 'Redmond');
  assert.equal(q1.get('start'), '0');
  assert.equal(q2.get('start'), '10');

  assert.equal(postings.length, 11, '10 from page 1, 1 new from page 2 (the repeat is dropped)');
  const p = postings[0];
  assert.equal(p.key, 'microsoft:microsoft:1970393556641220');
  assert.equal(
    p.title,
    'Senior Software Engineer and Software Engineer II (Multiple Positions) OneDrive and SharePoint Team',
  );
  assert.deepEqual(p.locations, ['United States, Washington, Redmond']);
  assert.equal(p.remote, false, 'workLocationOption "onsite"');
  assert.equal(p.department, 'Software Engineering');
  assert.equal(p.postedAt, new Date(1767143112 * 1000).toISOString());
  assert.equal(p.url, 'https://apply.careers.microsoft.com/careers/job/1970393556641220');
  assert.equal(p.description, undefined, 'the search carries no description');
  assert.equal(postings[4].locations.length, 5);
});

test('microsoft describe() reads position_details into plain text', async () => {
  const company = { name: 'Microsoft', source: 'microsoft', base_url: server.url };
  const [first] = await microsoft.list({ ...company, max_pages: 1 }, ctx());
  const detail = await microsoft.describe!(first, company, ctx());

  const req = server.requests.at(-1)!;
  const q = new URL(req.path, server.url).searchParams;
  assert.equal(q.get('position_id'), '1970393556641220');
  assert.equal(q.get('domain'), 'microsoft.com');
  assert.equal(detail?.method, 'api');
  assert.match(detail.text, /OneDrive & SharePoint serve/);
  assert.match(detail.text, /- Design and build distributed storage services/);
  assert.doesNotMatch(detail.text, /<[a-z/]|&amp;|&#/);
});

test('netflix uses apply v2 (num=10), reads workplace, and describes from the job detail', async () => {
  const company = { name: 'Netflix', source: 'netflix', search: 'engineer', base_url: server.url };
  const postings = await netflix.list(company, ctx());

  const req = server.requests.filter((r) => r.path.startsWith('/api/apply/v2/jobs?')).at(-1)!;
  const q = new URL(req.path, server.url).searchParams;
  assert.equal(q.get('domain'), 'netflix.com');
  assert.equal(q.get('query'), 'engineer');
  assert.equal(q.get('num'), '10');
  assert.equal(q.get('start'), '0');

  assert.equal(postings.length, 2, 'a short page ends the listing');
  const [swe, de] = postings;
  assert.equal(swe.key, 'netflix:netflix:790298765432');
  assert.equal(swe.remote, true);
  assert.equal(de.remote, false);
  assert.deepEqual(swe.locations, ['Los Gatos,California,United States of America', 'Remote, United States']);
  assert.equal(swe.postedAt, new Date(1759363200 * 1000).toISOString());
  assert.equal(swe.url, 'https://explore.jobs.netflix.net/careers/job/790298765432');

  const detail = await netflix.describe!(swe, company, ctx());
  assert.equal(new URL(server.requests.at(-1)!.path, server.url).pathname, '/api/apply/v2/jobs/790298765432');
  assert.match(detail!.text, /world's leading entertainment services/);
  assert.match(detail!.text, /- Build the playback control plane in Java\./);
});

test('an unknown Eightfold endpoint (404) is a SourceError naming the site; a closed position too', async () => {
  await assert.rejects(
    netflix.list({ name: 'Netflix', source: 'netflix', base_url: `${server.url}/gone` }, ctx()),
    (e) => e instanceof SourceError && /^Netflix careers search not found \(404\)/.test(e.message),
  );
  const company = { name: 'Netflix', source: 'netflix', base_url: server.url };
  const [, closed] = await netflix.list(company, ctx());
  await assert.rejects(
    netflix.describe!(closed, company, ctx()),
    (e) => e instanceof SourceError && /Netflix position 790298765433 not found/.test(e.message),
  );
});
