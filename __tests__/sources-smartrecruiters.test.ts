import assert from 'node:assert/strict';
import { sourceContext } from './helpers/source-context.ts';
import { after, before, test } from 'node:test';
import { SourceError } from '../src/sources/errors.ts';
import { smartrecruiters } from '../src/sources/smartrecruiters.ts';
import { fixtureJson, startBoardServer } from './helpers/board-server.ts';
import type { Loopback } from './helpers/loopback.ts';

type SrPage = { totalFound: number; content: { id: string; name: string }[] } & Record<string, unknown>;

let server: Loopback;
const real = fixtureJson<SrPage>('smartrecruiters-ubisoft.json');
const filler = Array.from({ length: 100 }, (_, i) => ({
  ...real.content[0],
  id: `9000${i}`,
  name: `Filler ${i}`,
}));
const ctx = () => sourceContext(new Date('2026-10-01T00:00:00Z'));

before(async () => {
  server = await startBoardServer({
    'GET /v1/companies/Ubisoft2/postings': (_req, url) => {
      const offset = Number(url.searchParams.get('offset'));
      // totalFound says 102: one full page of 100, then the two real postings.
      return { json: { offset, limit: 100, totalFound: 102, content: offset === 0 ? filler : real.content } };
    },
    'GET /v1/companies/Ubisoft2/postings/744000151912444': {
      json: fixtureJson('smartrecruiters-ubisoft-detail.json'),
    },
    'GET /v1/companies/Nobody/postings': { json: { offset: 0, limit: 100, totalFound: 0, content: [] } },
  });
});
after(() => server.close());

test('smartrecruiters pages by offset up to totalFound and normalizes postings', async () => {
  const company = {
    name: 'Ubisoft',
    source: 'smartrecruiters',
    company_id: 'Ubisoft2',
    base_url: server.url,
  };
  const postings = await smartrecruiters.list(company, ctx());
  const pages = server.requests
    .filter((r) => r.path.startsWith('/v1/companies/Ubisoft2/postings?'))
    .map((r) => Object.fromEntries(new URL(r.path, server.url).searchParams));
  assert.deepEqual(pages, [
    { limit: '100', offset: '0' },
    { limit: '100', offset: '100' },
  ]);
  assert.equal(postings.length, 102);

  const p = postings.find((x) => x.id === '744000151912444')!;
  assert.equal(p.key, 'smartrecruiters:ubisoft2:744000151912444');
  assert.equal(p.title, 'Spécialiste Fiabilité outils et infrastructures - TGQF');
  assert.deepEqual(p.locations, ['Montreal, QC, Canada']);
  assert.equal(p.remote, false);
  assert.equal(p.url, 'https://jobs.smartrecruiters.com/Ubisoft2/744000151912444');
  assert.equal(p.postedAt, '2026-09-25T18:18:52.891Z');
  assert.equal(p.description, undefined, 'the list carries no description; describe() fetches it');
});

test('smartrecruiters sends q, city and country narrowing', async () => {
  const base = { name: 'Ubisoft', source: 'smartrecruiters', company_id: 'Ubisoft2', base_url: server.url };
  await smartrecruiters.list({ ...base, search: 'engineer', location: 'Montreal', max_pages: 1 }, ctx());
  let q = new URL(server.requests.at(-1)!.path, server.url).searchParams;
  assert.equal(q.get('q'), 'engineer');
  assert.equal(q.get('city'), 'Montreal');
  await smartrecruiters.list({ ...base, location: 'CA', max_pages: 1 }, ctx());
  q = new URL(server.requests.at(-1)!.path, server.url).searchParams;
  assert.equal(q.get('country'), 'ca');
  assert.equal(q.get('city'), null);
});

test('smartrecruiters describe() joins the job ad sections as plain text', async () => {
  const company = {
    name: 'Ubisoft',
    source: 'smartrecruiters',
    company_id: 'Ubisoft2',
    base_url: server.url,
  };
  const postings = await smartrecruiters.list({ ...company, max_pages: 2 }, ctx());
  const detail = await smartrecruiters.describe!(
    postings.find((p) => p.id === '744000151912444')!,
    company,
    ctx(),
  );
  assert.ok(detail);
  assert.equal(detail.method, 'api');
  assert.match(detail.text, /^Company Description\n+Ubisoft is a global leader/);
  assert.match(detail.text, /\n\nQualifications\n/);
  assert.match(detail.text, /- You’ve already worked in a Technical Artist capacity/);
  assert.doesNotMatch(detail.text, /<[a-z/][^>]*>|&(lt|gt|amp|quot|nbsp|#xa0);/i);
  assert.match(
    detail.patch?.applyUrl ?? '',
    /^https:\/\/jobs\.smartrecruiters\.com\/Ubisoft2\/744000151103220/,
  );
});

test('an unknown smartrecruiters company (200, empty) is a SourceError; a 404 too', async () => {
  const nobody = { name: 'N', source: 'smartrecruiters', company_id: 'Nobody', base_url: server.url };
  await assert.rejects(smartrecruiters.list(nobody, ctx()), (err: unknown) => {
    assert.ok(err instanceof SourceError);
    assert.match(err.message, /^SmartRecruiters company "Nobody" has no public postings/);
    return true;
  });
  const missing = { ...nobody, company_id: 'Missing' };
  await assert.rejects(smartrecruiters.list(missing, ctx()), SourceError);
});
