import assert from 'node:assert/strict';
import { sourceContext } from './helpers/source-context.ts';
import { after, before, test } from 'node:test';
import { SourceError } from '../src/sources/errors.ts';
import { lever } from '../src/sources/lever.ts';
import { fixtureJson, startBoardServer } from './helpers/board-server.ts';
import type { Loopback } from './helpers/loopback.ts';
import { companyProblems } from '../src/settings/companies.ts';

type LeverPosting = { id: string; text: string } & Record<string, unknown>;

let server: Loopback;
const spotify = fixtureJson<LeverPosting[]>('lever-spotify.json');
/** 100 distinct postings for a full first page, then the two real ones on page two. */
const firstPage = Array.from({ length: 100 }, (_, i) => ({
  ...spotify[0],
  id: `filler-${i}`,
  text: `Filler ${i}`,
}));
const ctx = () => sourceContext(new Date('2026-10-01T00:00:00Z'));

before(async () => {
  server = await startBoardServer({
    '/v0/postings/spotify': (_req, url) => ({
      json:
        url.searchParams.get('skip') === '0'
          ? firstPage
          : url.searchParams.get('skip') === '100'
            ? spotify
            : [],
    }),
    '/v0/postings/acme': { json: fixtureJson('lever-documented-shape.json') },
    '/v0/postings/nope': { status: 404, json: { ok: false, error: 'Document not found' } },
  });
});
after(() => server.close());

test('lever pages with limit/skip until a short page and normalizes postings', async () => {
  const company = { name: 'Spotify', source: 'lever', site: 'spotify', base_url: server.url };
  const postings = await lever.list(company, ctx());

  const pages = server.requests
    .filter((r) => r.path.startsWith('/v0/postings/spotify'))
    .map((r) => Object.fromEntries(new URL(r.path, server.url).searchParams));
  assert.deepEqual(pages, [
    { mode: 'json', limit: '100', skip: '0' },
    { mode: 'json', limit: '100', skip: '100' },
  ]);
  assert.equal(postings.length, 102);

  const p = postings.find((x) => x.id === '2193db3f-77c5-43b8-b030-8f92c9882bf1')!;
  assert.equal(p.key, 'lever:spotify:2193db3f-77c5-43b8-b030-8f92c9882bf1');
  assert.equal(p.title, 'Android Engineer - Experience');
  assert.deepEqual(p.locations, ['London', 'Stockholm']);
  assert.equal(p.remote, false, 'workplaceType "hybrid" is not remote');
  assert.equal(p.department, 'Engineering');
  assert.equal(p.url, 'https://jobs.lever.co/spotify/2193db3f-77c5-43b8-b030-8f92c9882bf1');
  assert.equal(p.applyUrl, 'https://jobs.lever.co/spotify/2193db3f-77c5-43b8-b030-8f92c9882bf1/apply');
  assert.equal(p.postedAt, '2026-06-23T11:29:45.805Z');
  assert.match(
    p.description!,
    /What You'll Do\n+-\s*Develop and maintain mobile client/,
    'lists keep heading + items',
  );
  assert.match(p.description!, /Spotify is an equal opportunity employer/, 'additional text is kept');
  assert.doesNotMatch(p.description!, /<[a-z/][^>]*>|&(lt|gt|amp|quot|nbsp);/i);
});

test('max_pages caps the pages fetched', async () => {
  const before = server.requests.length;
  const company = { name: 'Spotify', source: 'lever', site: 'spotify', base_url: server.url, max_pages: 1 };
  const postings = await lever.list(company, ctx());
  assert.equal(server.requests.length - before, 1);
  assert.equal(postings.length, 100);
});

test('lever reads salaryRange, remote workplaceType and sends the location filter', async () => {
  const company = {
    name: 'Acme',
    source: 'lever',
    site: 'acme',
    base_url: server.url,
    location: 'Remote - US',
  };
  const [p] = await lever.list(company, ctx());
  const req = server.requests.findLast((r) => r.path.startsWith('/v0/postings/acme'))!;
  assert.equal(new URL(req.path, server.url).searchParams.get('location'), 'Remote - US');
  assert.equal(p.remote, true);
  assert.deepEqual(p.salary, {
    min: 160000,
    max: 210000,
    currency: 'USD',
    period: 'year',
    text: 'USD 160,000–210,000 / year',
  });
  assert.match(
    p.description!,
    /^Join the payments team\.\n\nRequirements\n+- TypeScript & Node\.js\n+- PostgreSQL\n\nWe offer equity\.$/,
  );
});

test('an unknown lever site is a SourceError that mentions the EU region', async () => {
  const company = { name: 'Nope', source: 'lever', site: 'nope', base_url: server.url };
  await assert.rejects(lever.list(company, ctx()), (err: unknown) => {
    assert.ok(err instanceof SourceError);
    assert.match(
      err.message,
      /^Lever site "nope" not found \(404\) — check the site name in jobs\.lever\.co\/<site>/,
    );
    assert.match(err.message, /"region": "eu"/);
    return true;
  });
});

test('lever validates region', () => {
  assert.deepEqual(companyProblems(lever, { name: 'S', source: 'lever', site: 'spotify', region: 'eu' }), []);
  assert.match(
    companyProblems(lever, { name: 'S', source: 'lever', site: 'spotify', region: 'asia' })[0],
    /^region: "asia" is not valid for source "lever"; allowed: global, eu/,
  );
});
