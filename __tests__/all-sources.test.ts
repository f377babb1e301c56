/**
 * Every source end to end: one company per source, one loopback board server, one in-process run
 * (settings -> discover -> score -> filter -> describe -> template generation -> files).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createHttpClient } from '../src/http/client.ts';
import { HttpError, type HttpClient } from '../src/http/types.ts';
import { lineLogger } from '../src/log.ts';
import type { PostingRecord } from '../src/model.ts';
import type { ResultsFile } from '../src/report/results.ts';
import { executeRun, type RunOutcome } from '../src/run.ts';
import { resolveSettings } from '../src/settings/index.ts';
import { SOURCE_NAMES } from '../src/sources/index.ts';
import { fixture, fixtureJson, startBoardServer, type Route } from './helpers/board-server.ts';
import type { Loopback } from './helpers/loopback.ts';

const WORKDAY_CAREERS = 'https://nvidia.wd5.myworkdayjobs.com/NVIDIAExternalCareerSite';
const WORKDAY_API = '/wday/cxs/nvidia/NVIDIAExternalCareerSite';
const ACME_JOB = 'https://careers.acme.example/jobs/backend-engineer-42';
const GLOBEX_SITEMAP = 'https://jobs.globex.example/sitemap.xml';

/**
 * One company per source. The names differ from the board/site tokens on purpose: posting keys must
 * come from the token (or the source, or the host), never from the name the user may change.
 */
const COMPANIES: { company: Record<string, unknown>; keyPrefix: string }[] = [
  {
    company: { name: 'Vercel Inc.', source: 'greenhouse', board: 'vercel' },
    keyPrefix: 'greenhouse:vercel:',
  },
  { company: { name: 'Spotify AB', source: 'lever', site: 'spotify' }, keyPrefix: 'lever:spotify:' },
  { company: { name: 'Notion Labs', source: 'ashby', board: 'notion' }, keyPrefix: 'ashby:notion:' },
  {
    company: { name: 'Ubisoft', source: 'smartrecruiters', company_id: 'Ubisoft2' },
    keyPrefix: 'smartrecruiters:ubisoft2:',
  },
  {
    company: { name: 'Hugging Face', source: 'workable', account: 'huggingface' },
    keyPrefix: 'workable:huggingface:',
  },
  {
    company: { name: 'Channable BV', source: 'recruitee', subdomain: 'channable' },
    keyPrefix: 'recruitee:channable:',
  },
  {
    company: { name: 'NVIDIA Corp', source: 'workday', url: WORKDAY_CAREERS },
    keyPrefix: 'workday:nvidia/nvidiaexternalcareersite:',
  },
  { company: { name: 'Amazon.com', source: 'amazon' }, keyPrefix: 'amazon:amazon:' },
  { company: { name: 'Microsoft Corp', source: 'microsoft' }, keyPrefix: 'microsoft:microsoft:' },
  { company: { name: 'Netflix Inc.', source: 'netflix' }, keyPrefix: 'netflix:netflix:' },
  { company: { name: 'Apple Inc.', source: 'apple' }, keyPrefix: 'apple:apple:' },
  { company: { name: 'Alphabet', source: 'google' }, keyPrefix: 'google:google:' },
  { company: { name: 'Uber Technologies', source: 'uber' }, keyPrefix: 'uber:uber:' },
  {
    company: { name: 'Acme Payments', source: 'url', urls: [ACME_JOB] },
    keyPrefix: 'url:careers.acme.example:',
  },
  {
    company: { name: 'Globex', source: 'sitemap', sitemap: GLOBEX_SITEMAP, pattern: '/openings/' },
    keyPrefix: 'sitemap:jobs.globex.example:',
  },
];

const xml = (name: string): Route => ({
  body: fixture(name),
  headers: { 'content-type': 'application/xml' },
});
const html = (name: string): Route => ({ body: fixture(name) });

/** Every source's API paths (as base_url + path), answered from the fixtures. */
function boardRoutes(): Record<string, Route> {
  const routes: Record<string, Route> = {
    'GET /v1/boards/vercel/jobs': { json: fixtureJson('greenhouse-vercel.json') },
    'GET /v0/postings/spotify': { json: fixtureJson('lever-spotify.json') },
    'GET /posting-api/job-board/notion': { json: fixtureJson('ashby-notion.json') },
    'GET /v1/companies/Ubisoft2/postings': { json: fixtureJson('smartrecruiters-ubisoft.json') },
    'GET /api/v1/widget/accounts/huggingface': { json: fixtureJson('workable-huggingface.json') },
    'GET /api/offers/': { json: fixtureJson('recruitee-channable.json') },
    [`POST ${WORKDAY_API}/jobs`]: { json: fixtureJson('workday-nvidia.json') },
    'GET /en/search.json': { json: fixtureJson('amazon-documented-shape.json') },
    // Microsoft's first page is full (10 of 1449); the next page is empty so the listing ends there.
    'GET /api/pcsx/search': (_req, url) =>
      url.searchParams.get('start') === '0'
        ? { json: fixtureJson('microsoft-search-page1.json') }
        : { json: { status: 200, error: {}, data: { positions: [], count: 10 } } },
    'GET /api/pcsx/position_details': {
      json: fixtureJson('microsoft-position-details-documented-shape.json'),
    },
    'GET /api/apply/v2/jobs': { json: fixtureJson('netflix-documented-shape.json') },
    'GET /api/v1/CSRFToken': {
      body: '',
      headers: { 'x-apple-csrf-token': 'tok-all', 'set-cookie': 'jssid=all; Path=/; HttpOnly' },
    },
    'POST /api/v1/search': { json: fixtureJson('apple-documented-shape.json') },
    'GET /about/careers/applications/jobs/feed.xml': xml('google-documented-shape.xml'),
    'POST /api/loadSearchJobsResults': { json: fixtureJson('uber-documented-shape.json') },
    'GET /jobs/backend-engineer-42': html('all-sources/acme-backend-engineer.html'),
    'GET /sitemap.xml': xml('all-sources/globex-sitemap.xml'),
    'GET /openings/platform-engineer-7': html('all-sources/globex-platform-engineer.html'),
  };
  // Detail endpoints, one per listed posting (the describe stage asks for them).
  for (const p of fixtureJson<{ content: { id: string }[] }>('smartrecruiters-ubisoft.json').content)
    routes[`GET /v1/companies/Ubisoft2/postings/${p.id}`] = {
      json: fixtureJson('smartrecruiters-ubisoft-detail.json'),
    };
  for (const p of fixtureJson<{ jobPostings: { externalPath: string }[] }>('workday-nvidia.json').jobPostings)
    routes[`GET ${WORKDAY_API}${p.externalPath}`] = { json: fixtureJson('workday-nvidia-detail.json') };
  for (const p of fixtureJson<{ positions: { id: number }[] }>('netflix-documented-shape.json').positions)
    routes[`GET /api/apply/v2/jobs/${p.id}`] = { json: fixtureJson('netflix-detail-documented-shape.json') };
  for (const r of fixtureJson<{ res: { searchResults: { positionId: string }[] } }>(
    'apple-documented-shape.json',
  ).res.searchResults)
    routes[`GET /api/v1/jobDetails/${r.positionId}`] = {
      json: fixtureJson('apple-detail-documented-shape.json'),
    };
  return routes;
}

/**
 * The run's HTTP client, kept on loopback: the describe stage may try a posting's public page
 * (https://jobs.apple.com/...), which must fail like an unreachable host instead of leaving the machine.
 */
function loopbackOnly(offLoopback: string[]): HttpClient {
  const real = createHttpClient({ retries: 0, timeoutMs: 5_000 });
  const guard = (url: string) => {
    if (new URL(url).hostname !== '127.0.0.1') {
      offLoopback.push(url);
      throw new HttpError('network', url, `${url} -> not reachable from the test`);
    }
  };
  return {
    request: async (url, opts) => (guard(url), real.request(url, opts)),
    json: async (url, opts) => (guard(url), real.json(url, opts)),
    stream: async (url, opts) => (guard(url), real.stream(url, opts)),
  };
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;
const PERIODS = ['year', 'month', 'week', 'day', 'hour'];

function assertNormalized(p: PostingRecord, expectedCompany: string): void {
  const where = `${p.source} ${p.key}`;
  assert.equal(typeof p.title, 'string', where);
  assert.ok(
    p.title.trim().length > 0 && p.title === p.title.trim(),
    `${where}: title ${JSON.stringify(p.title)}`,
  );
  assert.equal(p.company, expectedCompany, `${where}: company is the configured name`);
  assert.match(p.url, /^https?:\/\/[^\s/]+/, `${where}: url`);
  assert.doesNotThrow(() => new URL(p.url), `${where}: url parses`);
  assert.ok(Array.isArray(p.locations), `${where}: locations is a list`);
  for (const l of p.locations)
    assert.ok(
      typeof l === 'string' && l.trim().length > 0 && l === l.trim(),
      `${where}: location ${JSON.stringify(l)}`,
    );
  assert.ok(p.remote === null || typeof p.remote === 'boolean', `${where}: remote ${String(p.remote)}`);
  if (p.postedAt !== undefined) {
    assert.match(p.postedAt, ISO_DATE_TIME, `${where}: postedAt`);
    assert.ok(!Number.isNaN(Date.parse(p.postedAt)), `${where}: postedAt is a real date`);
  }
  if (p.salary !== undefined) {
    const s = p.salary;
    assert.ok(s.min !== undefined || s.max !== undefined || s.text, `${where}: salary has an amount or text`);
    for (const n of [s.min, s.max])
      if (n !== undefined) assert.ok(Number.isFinite(n) && n > 0, `${where}: amount ${n}`);
    if (s.min !== undefined && s.max !== undefined) assert.ok(s.min <= s.max, `${where}: min <= max`);
    if (s.currency !== undefined) assert.match(s.currency, /^[A-Z]{3}$/, `${where}: currency`);
    if (s.period !== undefined) assert.ok(PERIODS.includes(s.period), `${where}: period ${s.period}`);
    if (s.text !== undefined) assert.ok(s.text.trim().length > 0, `${where}: salary text`);
  }
}

describe('every source, end to end through one run', () => {
  let server: Loopback;
  let cwd: string;
  let outcome: RunOutcome;
  let results: ResultsFile;
  const lines: string[] = [];
  const offLoopback: string[] = [];

  before(async () => {
    server = await startBoardServer(boardRoutes());
    cwd = mkdtempSync(path.join(tmpdir(), 'jm-all-sources-'));
    writeFileSync(path.join(cwd, 'resume.md'), fixture('resumes/jane.md'));
    const config = {
      // No locations: they are a gate, and every posting should get through.
      profile: { titles: ['Software Engineer', 'Backend Engineer'] },
      companies: COMPANIES.map((c) => ({ ...c.company, base_url: server.url })),
    };
    writeFileSync(path.join(cwd, 'job-matcher.json'), JSON.stringify(config));
    const settings = await resolveSettings({
      inputs: {
        config: 'job-matcher.json',
        resume: 'resume.md',
        llm: 'off',
        formats: 'md',
        min_score: '0',
        top_per_company: 'false',
        max_jobs: '500',
      },
      cwd,
    });
    outcome = await executeRun(settings, {
      http: loopbackOnly(offLoopback),
      log: lineLogger((l) => lines.push(l)),
      now: () => new Date('2026-10-01T00:00:00Z'),
    });
    results = JSON.parse(readFileSync(outcome.resultsPath, 'utf8')) as ResultsFile;
  });

  after(async () => {
    await server?.close();
    if (cwd) rmSync(cwd, { recursive: true, force: true });
  });

  it('configures one company for every registered source', () => {
    assert.deepEqual(
      COMPANIES.map((c) => c.company.source).sort(),
      [...SOURCE_NAMES].sort(),
      'a new source needs a company (and routes) here',
    );
  });

  it('lists every company successfully', () => {
    const notOk = results.companies.filter((c) => c.status !== 'ok');
    assert.deepEqual(notOk, [], `log:\n${lines.join('\n')}`);
    assert.equal(results.companies.length, COMPANIES.length);
  });

  it('records every posting in results.json, each source contributing', () => {
    assert.equal(results.postings.length, results.counts.postings);
    assert.equal(results.postings.length, outcome.result.totalPostings);
    for (const { company } of COMPANIES) {
      const n = results.postings.filter((p) => p.source === company.source).length;
      assert.ok(n >= 1, `${String(company.source)}: no postings in results.json`);
    }
  });

  it('normalizes every posting: title, company, url, locations, remote, date, salary', () => {
    const nameBySource = new Map(COMPANIES.map((c) => [c.company.source, c.company.name as string]));
    for (const p of results.postings) assertNormalized(p, nameBySource.get(p.source)!);
    // The shapes are exercised, not just allowed: some postings carry each optional field.
    assert.ok(
      results.postings.some((p) => p.postedAt),
      'some postings have a date',
    );
    assert.ok(
      results.postings.some((p) => p.salary),
      'some postings have a salary',
    );
    assert.ok(
      results.postings.some((p) => p.locations.length > 0),
      'some postings have locations',
    );
    assert.ok(
      results.postings.some((p) => typeof p.remote === 'boolean'),
      'some postings know remote',
    );
  });

  it('keys postings by board/site token, source or host — never by the configured name', () => {
    const prefixBySource = new Map(COMPANIES.map((c) => [c.company.source, c.keyPrefix]));
    for (const p of results.postings)
      assert.ok(
        p.key.startsWith(prefixBySource.get(p.source)!),
        `${p.key} starts with ${prefixBySource.get(p.source)}`,
      );
    const keys = results.postings.map((p) => p.key);
    assert.equal(new Set(keys).size, keys.length, 'keys are unique');
    assert.ok(keys.includes('url:careers.acme.example:ACME-42'));
    assert.ok(
      keys.includes('sitemap:jobs.globex.example:https://jobs.globex.example/openings/platform-engineer-7'),
    );
  });

  it('writes a template letter and resume for every kept posting', () => {
    assert.equal(
      results.counts.failed,
      0,
      JSON.stringify(results.postings.filter((p) => p.status === 'failed')),
    );
    assert.equal(results.counts.filtered, 0, 'min_score 0 and no exclusions keep everything');
    assert.equal(outcome.result.applications.length, results.postings.length);
    for (const app of outcome.result.applications) {
      assert.equal(app.status, 'generated');
      assert.equal(app.letter?.by, 'template');
      const dir = path.join(outcome.resultsPath, '..', app.folder!);
      const letter = readFileSync(path.join(dir, 'cover-letter.md'), 'utf8');
      const resume = readFileSync(path.join(dir, 'resume.md'), 'utf8');
      assert.ok(letter.includes(app.match.posting.company), `${app.folder}: letter names the company`);
      assert.match(resume, /Jane Doe/);
    }
    for (const source of SOURCE_NAMES)
      assert.ok(
        results.postings.some((p) => p.source === source && p.status === 'generated'),
        `${source}: at least one application`,
      );
  });

  it('sends every API call to base_url; only public posting pages are left to the describe fallback', () => {
    const postingUrls = new Set(results.postings.map((p) => p.url));
    const apiCalls = offLoopback.filter((u) => !postingUrls.has(u));
    assert.deepEqual(apiCalls, [], 'these requests ignored base_url');
  });
});

describe('company names for single-employer sources', () => {
  let cwd: string;
  before(() => {
    cwd = mkdtempSync(path.join(tmpdir(), 'jm-all-sources-names-'));
    writeFileSync(path.join(cwd, 'resume.md'), fixture('resumes/jane.md'));
  });
  after(() => rmSync(cwd, { recursive: true, force: true }));

  it('"amazon:backend" searches Amazon for "backend" and names the company Amazon', async () => {
    const settings = await resolveSettings({
      inputs: {
        resume: 'resume.md',
        titles: 'Backend Engineer',
        companies:
          'amazon:backend\nmicrosoft:azure\nnetflix:data\napple:swift\ngoogle:go\nuber:maps\ngreenhouse:vercel',
      },
      cwd,
    });
    assert.deepEqual(
      settings.companies.map((c) => [c.name, c.source, c.search ?? c.board]),
      [
        ['Amazon', 'amazon', 'backend'],
        ['Microsoft', 'microsoft', 'azure'],
        ['Netflix', 'netflix', 'data'],
        ['Apple', 'apple', 'swift'],
        ['Google', 'google', 'go'],
        ['Uber', 'uber', 'maps'],
        ['vercel', 'greenhouse', 'vercel'],
      ],
    );
  });

  it('a config entry without a name gets the brand too; an explicit name wins', async () => {
    writeFileSync(
      path.join(cwd, 'names.json'),
      JSON.stringify({
        companies: [
          { source: 'google', search: 'site reliability' },
          { name: 'AWS', source: 'amazon', search: 'backend' },
        ],
      }),
    );
    const settings = await resolveSettings({
      inputs: { config: 'names.json', resume: 'resume.md', titles: 'Backend Engineer' },
      cwd,
    });
    assert.deepEqual(
      settings.companies.map((c) => c.name),
      ['Google', 'AWS'],
    );
  });
});
