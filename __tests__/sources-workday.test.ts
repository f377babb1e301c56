import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createHttpClient } from '../src/http/client.ts';
import { silentLogger } from '../src/log.ts';
import { SourceError } from '../src/sources/errors.ts';
import type { SourceContext } from '../src/sources/types.ts';
import { parseWorkdayUrl, workday } from '../src/sources/workday.ts';
import { fixtureJson, startBoardServer } from './helpers/board-server.ts';
import type { Loopback } from './helpers/loopback.ts';
import { companyProblems } from '../src/settings/companies.ts';

type WdPage = { total: number; jobPostings: { title: string; externalPath: string }[] };

const CAREERS = 'https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite';
const API = '/wday/cxs/nvidia/NVIDIAExternalCareerSite';
const now = new Date('2026-10-01T00:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();

let server: Loopback;
const real = fixtureJson<WdPage>('workday-nvidia.json');
const filler = Array.from({ length: 20 }, (_, i) => ({
  title: `Filler ${i}`,
  externalPath: `/job/Poland-Remote/Filler_JR9${i}`,
  locationsText: '2 Locations',
  postedOn: 'Posted Today',
  bulletFields: [`JR9${i}`],
}));
const ctx = (): SourceContext => ({ http: createHttpClient({ retries: 0 }), log: silentLogger, now });

before(async () => {
  server = await startBoardServer({
    [`POST ${API}/jobs`]: (req) => {
      const { offset } = JSON.parse(req.body) as { offset: number };
      // Workday reports the total on the first page only; later pages say 0.
      return offset === 0
        ? { json: { total: 23, jobPostings: filler } }
        : { json: { total: 0, jobPostings: real.jobPostings } };
    },
    [`GET ${API}/job/China-Shanghai/Custom-SOC-Intern---2027_JR2024692`]: {
      json: fixtureJson('workday-nvidia-detail.json'),
    },
  });
});
after(() => server.close());

test('parseWorkdayUrl reads tenant, wdN host and site, with or without a locale', () => {
  assert.deepEqual(parseWorkdayUrl(CAREERS), {
    origin: 'https://nvidia.wd5.myworkdayjobs.com',
    tenant: 'nvidia',
    site: 'NVIDIAExternalCareerSite',
  });
  assert.equal(
    parseWorkdayUrl('https://nvidia.wd5.myworkdayjobs.com/NVIDIAExternalCareerSite').site,
    'NVIDIAExternalCareerSite',
  );
  assert.deepEqual(parseWorkdayUrl('https://wd3.myworkdaysite.com/en-US/recruiting/acme/Careers/job/x'), {
    origin: 'https://wd3.myworkdaysite.com',
    tenant: 'acme',
    site: 'Careers',
  });
  assert.throws(
    () => parseWorkdayUrl('https://boards.greenhouse.io/vercel'),
    /is not a Workday careers URL — use/,
  );
  assert.throws(() => parseWorkdayUrl('https://nvidia.wd5.myworkdayjobs.com/'), SourceError);
  assert.throws(() => parseWorkdayUrl('nvidia'), /is not a URL/);
  assert.match(
    companyProblems(workday, { name: 'N', source: 'workday', url: 'https://example.com/jobs' })[0],
    /^url: "https:\/\/example.com\/jobs" is not a Workday careers URL/,
  );
  assert.deepEqual(companyProblems(workday, { name: 'N', source: 'workday', url: CAREERS }), []);
});

test('workday POSTs the search by offset until the first page total, with searchText', async () => {
  const company = { name: 'NVIDIA', source: 'workday', url: CAREERS, base_url: server.url, search: 'intern' };
  const postings = await workday.list(company, ctx());
  const searches = server.requests.filter((r) => r.path === `${API}/jobs`);
  assert.equal(searches.length, 2);
  for (const r of searches) {
    assert.equal(r.method, 'POST');
    assert.match(String(r.headers['content-type']), /application\/json/);
  }
  assert.deepEqual(
    searches.map((r) => JSON.parse(r.body)),
    [
      { appliedFacets: {}, limit: 20, offset: 0, searchText: 'intern' },
      { appliedFacets: {}, limit: 20, offset: 20, searchText: 'intern' },
    ],
  );
  assert.equal(postings.length, 23);

  const filler0 = postings[0];
  assert.deepEqual(filler0.locations, ['Poland Remote'], '"2 Locations" falls back to the path');
  assert.equal(filler0.remote, true);

  const p = postings.find((x) => x.title === 'Custom SOC Intern - 2027')!;
  assert.equal(p.id, 'Custom-SOC-Intern---2027_JR2024692');
  assert.equal(p.key, 'workday:nvidia/nvidiaexternalcareersite:Custom-SOC-Intern---2027_JR2024692');
  assert.deepEqual(p.locations, ['China, Shanghai']);
  assert.equal(p.remote, null);
  assert.equal(p.postedAt, daysAgo(6), '"Posted 6 Days Ago" from the run start');
  assert.equal(postings.find((x) => x.id.endsWith('_JR2012398'))!.postedAt, daysAgo(30), '"30+ Days Ago"');
  assert.equal(
    p.url,
    'https://nvidia.wd5.myworkdayjobs.com/NVIDIAExternalCareerSite/job/China-Shanghai/Custom-SOC-Intern---2027_JR2024692',
  );
});

test('workday describe() fetches the detail and returns plain text', async () => {
  const company = { name: 'NVIDIA', source: 'workday', url: CAREERS, base_url: server.url };
  const postings = await workday.list({ ...company, max_pages: 2 }, ctx());
  const p = postings.find((x) => x.title === 'Custom SOC Intern - 2027')!;
  const detail = await workday.describe!(p, company, ctx());
  assert.ok(detail);
  assert.equal(detail.method, 'api');
  assert.match(detail.text, /^NVIDIA NVLink™ Fusion delivers/);
  assert.doesNotMatch(detail.text, /<[a-z/][^>]*>|&(lt|gt|amp|quot|nbsp);/i);
  assert.equal(detail.patch?.url, p.url);
  assert.deepEqual(detail.patch?.locations, ['China, Shanghai']);
});

test('max_pages stops workday paging', async () => {
  const before = server.requests.length;
  const company = { name: 'NVIDIA', source: 'workday', url: CAREERS, base_url: server.url, max_pages: 1 };
  assert.equal((await workday.list(company, ctx())).length, 20);
  assert.equal(server.requests.length - before, 1);
});

test('an unknown workday site is a SourceError', async () => {
  const company = {
    name: 'X',
    source: 'workday',
    url: 'https://nobody.wd1.myworkdayjobs.com/External',
    base_url: server.url,
  };
  await assert.rejects(workday.list(company, ctx()), (err: unknown) => {
    assert.ok(err instanceof SourceError);
    assert.match(err.message, /^Workday site "nobody\/External" not found \(404\)/);
    return true;
  });
});

test('location narrows by the location facets the first answer lists; no match lists every location', async () => {
  const facets = [
    {
      facetParameter: 'locationMainGroup',
      descriptor: 'Locations',
      values: [
        {
          facetParameter: 'locations',
          descriptor: 'Locations',
          values: [
            { descriptor: 'USA, New York, NY', id: 'loc-ny', count: 3 },
            { descriptor: 'USA, Santa Clara, CA', id: 'loc-sc', count: 9 },
          ],
        },
      ],
    },
    {
      facetParameter: 'jobFamilyGroup',
      descriptor: 'Job Category',
      values: [{ descriptor: 'New York Ops', id: 'fam-1' }],
    },
  ];
  const bodies: { appliedFacets: Record<string, string[]> }[] = [];
  const site = await startBoardServer({
    'POST /wday/cxs/acme/Careers/jobs': (req) => {
      const body = JSON.parse(req.body) as { appliedFacets: Record<string, string[]> };
      bodies.push(body);
      const narrowed = Object.keys(body.appliedFacets).length > 0;
      const postings = narrowed ? real.jobPostings.slice(0, 1) : real.jobPostings;
      return { json: { total: postings.length, jobPostings: postings, facets } };
    },
  });
  try {
    const company = {
      name: 'Acme',
      source: 'workday',
      url: 'https://acme.wd1.myworkdayjobs.com/Careers',
      base_url: site.url,
    };
    const narrowed = await workday.list({ ...company, location: 'new york' }, ctx());
    assert.deepEqual(bodies.at(-1)!.appliedFacets, { locations: ['loc-ny'] });
    assert.equal(narrowed.length, 1);

    const lines: string[] = [];
    const log = { ...silentLogger, info: (l: string) => lines.push(l) };
    const everywhere = await workday.list({ ...company, location: 'Berlin' }, { ...ctx(), log });
    assert.deepEqual(bodies.at(-1)!.appliedFacets, {});
    assert.equal(everywhere.length, real.jobPostings.length);
    assert.match(lines.join('\n'), /no location filter matches "Berlin"; listing every location/);
  } finally {
    await site.close();
  }
});

test('workday describe() finds the detail of a site whose name needs percent-encoding', async () => {
  const site = await startBoardServer({
    'POST /wday/cxs/acme/Acme%20Careers/jobs': {
      json: {
        total: 1,
        jobPostings: [{ title: 'Backend Engineer', externalPath: '/job/Berlin/Backend_JR1' }],
      },
    },
    'GET /wday/cxs/acme/Acme%20Careers/job/Berlin/Backend_JR1': {
      json: { jobPostingInfo: { jobDescription: '<p>Build the payments backend.</p>' } },
    },
  });
  try {
    const company = {
      name: 'Acme',
      source: 'workday',
      url: 'https://acme.wd1.myworkdayjobs.com/Acme%20Careers',
      base_url: site.url,
    };
    const [p] = await workday.list(company, ctx());
    assert.equal(p.url, 'https://acme.wd1.myworkdayjobs.com/Acme%20Careers/job/Berlin/Backend_JR1');
    const detail = await workday.describe!(p, company, ctx());
    assert.equal(detail?.text, 'Build the payments backend.');
  } finally {
    await site.close();
  }
});
