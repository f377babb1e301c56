import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createHttpClient } from '../src/http/client.ts';
import { HttpError } from '../src/http/types.ts';
import { lineLogger } from '../src/log.ts';
import { SourceError } from '../src/sources/errors.ts';
import { sitemap, urlMatcher } from '../src/sources/sitemap.ts';
import type { SourceContext } from '../src/sources/types.ts';
import { url } from '../src/sources/url.ts';
import { startBoardServer } from './helpers/board-server.ts';
import type { Loopback } from './helpers/loopback.ts';
import { companyProblems } from '../src/settings/companies.ts';

const SITE = 'https://careers.acme.example';
const JOB_TEXT =
  'You will build our payments platform in TypeScript and PostgreSQL with a small team. '.repeat(4);

const TWO_POSTINGS = `<!doctype html><html><head><title>Acme jobs</title>
<script type="application/ld+json">${JSON.stringify({
  '@context': 'https://schema.org',
  '@graph': [
    {
      '@type': 'JobPosting',
      title: 'Backend Engineer',
      identifier: { '@type': 'PropertyValue', value: 'BE-1' },
      url: `${SITE}/jobs/1#backend`,
      description: '<p>APIs &amp; queues</p>',
      datePosted: '2026-09-20',
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: { '@type': 'Country', name: 'USA' },
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'USD',
        value: { minValue: 150000, maxValue: 180000, unitText: 'YEAR' },
      },
    },
    {
      '@type': 'JobPosting',
      title: 'Frontend Engineer',
      description: 'React',
      jobLocation: {
        '@type': 'Place',
        address: { addressLocality: 'Austin', addressRegion: 'TX', addressCountry: 'US' },
      },
    },
  ],
})}</script></head><body><h1>Jobs</h1></body></html>`;

const PLAIN_PAGE = `<html><head><title>Data Engineer | Acme</title></head><body>
<header><nav>Home Jobs</nav></header><main><h1>Data Engineer</h1><p>${JOB_TEXT}</p></main><footer>© Acme</footer></body></html>`;

const CHALLENGE =
  '<html><head><title>Just a moment...</title></head><body><script src="/cdn-cgi/challenge-platform/x.js"></script></body></html>';
const JS_SHELL =
  '<html><head><title>Acme</title></head><body><div id="root"></div><script src="/app.js"></script></body></html>';

const SITEMAP_INDEX = `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>${SITE}/sitemap-jobs.xml</loc></sitemap>
  <sitemap><loc>${SITE}/sitemap-blog.xml</loc></sitemap>
</sitemapindex>`;
const SITEMAP_JOBS = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>${SITE}/about</loc></url>
  <url><loc>${SITE}/jobs/1</loc><lastmod>2026-09-21</lastmod></url>
  <url><loc>${SITE}/jobs/2</loc><lastmod>2026-09-22T10:00:00Z</lastmod></url>
</urlset>`;
const SITEMAP_BLOG = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${SITE}/blog/jobs/hello</loc></url></urlset>`;
const SITEMAP_BLOCKED = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>${SITE}/jobs/challenge</loc></url><url><loc>${SITE}/jobs/shell</loc></url></urlset>`;

let server: Loopback;
let lines: string[];
const ctx = (): SourceContext => ({
  http: createHttpClient({ retries: 0 }),
  log: lineLogger((l) => lines.push(l)),
  now: new Date('2026-10-01T00:00:00Z'),
});

before(async () => {
  server = await startBoardServer({
    '/jobs/1': { body: TWO_POSTINGS },
    '/jobs/2': { body: PLAIN_PAGE },
    '/jobs/blocked': { status: 403, body: 'Forbidden' },
    '/jobs/challenge': { body: CHALLENGE },
    '/jobs/shell': { body: JS_SHELL },
    '/jobs/busy': { status: 429, headers: { 'retry-after': '3600' }, body: 'slow down' },
    '/sitemap.xml': { body: SITEMAP_INDEX, headers: { 'content-type': 'application/xml' } },
    '/sitemap-jobs.xml': { body: SITEMAP_JOBS, headers: { 'content-type': 'application/xml' } },
    '/sitemap-blog.xml': { body: SITEMAP_BLOG, headers: { 'content-type': 'application/xml' } },
    '/sitemap-blocked.xml': { body: SITEMAP_BLOCKED, headers: { 'content-type': 'application/xml' } },
    '/sitemap-challenge.xml': { body: CHALLENGE },
    '/sitemap-403.xml': { status: 403, body: 'Forbidden' },
  });
});
after(() => server.close());

const company = (extra: Record<string, unknown>) => ({
  name: 'Acme',
  source: 'url',
  base_url: server.url,
  ...extra,
});

test('url: JSON-LD pages give every posting on them; pages without JSON-LD give one from h1 + main text', async () => {
  lines = [];
  const postings = await url.list(company({ urls: [`${SITE}/jobs/1`, `${SITE}/jobs/2`] }), ctx());
  assert.deepEqual(
    server.requests
      .slice(-2)
      .map((r) => r.path)
      .sort(),
    ['/jobs/1', '/jobs/2'],
    'base_url replaced the origin',
  );
  assert.equal(postings.length, 3);
  const [be, fe, de] = postings;
  assert.equal(be.key, 'url:careers.acme.example:BE-1', 'keyed by the page host, not the company name');
  assert.equal(be.title, 'Backend Engineer');
  assert.equal(be.url, `${SITE}/jobs/1#backend`);
  assert.equal(be.remote, true);
  assert.deepEqual(be.locations, ['USA']);
  assert.equal(be.postedAt, '2026-09-20T00:00:00.000Z');
  assert.deepEqual(be.salary, { min: 150000, max: 180000, currency: 'USD', period: 'year' });
  assert.equal(be.description, 'APIs & queues');
  assert.equal(fe.url, `${SITE}/jobs/1`, 'a posting without url gets its page URL');
  assert.deepEqual(fe.locations, ['Austin, TX, US']);

  assert.equal(de.title, 'Data Engineer');
  assert.equal(de.id, `${SITE}/jobs/2`);
  assert.equal(de.key, `url:careers.acme.example:${SITE}/jobs/2`);
  assert.equal(de.url, `${SITE}/jobs/2`);
  assert.ok(de.description!.startsWith('Data Engineer\n'));
  assert.ok(de.description!.includes('payments platform'));
  assert.ok(!de.description!.includes('Home Jobs') && !de.description!.includes('©'));
  assert.deepEqual(lines, []);
});

test('url: one failing URL is logged and skipped; the others still count', async () => {
  lines = [];
  const postings = await url.list(company({ urls: [`${SITE}/jobs/blocked`, `${SITE}/jobs/2`] }), ctx());
  assert.deepEqual(
    postings.map((p) => p.title),
    ['Data Engineer'],
  );
  assert.equal(lines.length, 1);
  assert.match(
    lines[0],
    /^warning: Posting page skipped: Acme: https:\/\/careers\.acme\.example\/jobs\/blocked: careers\.acme\.example cannot be read without a browser \(HTTP 403\)/,
  );
});

test('url: when every URL fails the company fails with one clear line', async () => {
  lines = [];
  await assert.rejects(
    url.list(company({ urls: [`${SITE}/jobs/challenge`] }), ctx()),
    (e) =>
      e instanceof SourceError &&
      e.message.startsWith(
        'careers.acme.example cannot be read without a browser (a JavaScript challenge page)',
      ),
  );
  await assert.rejects(
    url.list(company({ urls: [`${SITE}/jobs/shell`, `${SITE}/jobs/missing`] }), ctx()),
    (e) =>
      e instanceof SourceError &&
      /^all 2 pages of "Acme" failed; the first: .*no job content/.test(e.message),
  );
  await assert.rejects(
    url.list(company({ urls: [`${SITE}/jobs/busy`] }), ctx()),
    (e) => e instanceof HttpError && e.kind === 'throttled',
    'throttling stays an HttpError',
  );
});

test('url: validate names the key and what is allowed', () => {
  assert.match(companyProblems(url, { name: 'A', source: 'url' })[0], /^urls: required for source "url"/);
  assert.match(
    companyProblems(url, { name: 'A', source: 'url', urls: ['ftp://x', 'https://ok.example/j'] })[0],
    /^urls: "ftp:\/\/x" is not valid for source "url"; allowed: a list of http\(s\) URLs/,
  );
});

test('sitemap: follows the index, keeps URLs matching the pattern, reads them as posting pages', async () => {
  lines = [];
  const before = server.requests.length;
  const postings = await sitemap.list(
    {
      name: 'Acme',
      source: 'sitemap',
      sitemap: `${SITE}/sitemap.xml`,
      pattern: '/jobs/\\d+$',
      base_url: server.url,
    },
    ctx(),
  );
  const paths = server.requests.slice(before).map((r) => r.path);
  assert.deepEqual(paths.slice(0, 3), ['/sitemap.xml', '/sitemap-jobs.xml', '/sitemap-blog.xml']);
  assert.ok(!paths.includes('/about') && !paths.includes('/blog/jobs/hello'));
  assert.deepEqual(
    postings.map((p) => [p.source, p.title]),
    [
      ['sitemap', 'Backend Engineer'],
      ['sitemap', 'Frontend Engineer'],
      ['sitemap', 'Data Engineer'],
    ],
  );
  assert.equal(postings[1].postedAt, '2026-09-21T00:00:00.000Z', 'lastmod when the page has no date');
  assert.equal(postings[0].postedAt, '2026-09-20T00:00:00.000Z', 'the page date wins');
  assert.equal(postings[0].key, 'sitemap:careers.acme.example:BE-1');
});

test('sitemap: max_urls caps the pages read; a substring pattern works', async () => {
  const before = server.requests.length;
  const postings = await sitemap.list(
    {
      name: 'Acme',
      source: 'sitemap',
      sitemap: `${SITE}/sitemap-jobs.xml`,
      pattern: '/jobs/',
      max_urls: 1,
      base_url: server.url,
    },
    ctx(),
  );
  assert.deepEqual(
    server.requests.slice(before).map((r) => r.path),
    ['/sitemap-jobs.xml', '/jobs/1'],
  );
  assert.equal(postings.length, 2);
  assert.equal(urlMatcher('jobs/(')('https://x/jobs/(1'), true, 'an invalid regex is a plain substring');
});

test('sitemap: a site that needs a browser gets one line naming the site', async () => {
  const sm = (file: string) => ({
    name: 'Acme',
    source: 'sitemap',
    sitemap: `${SITE}/${file}`,
    base_url: server.url,
  });
  for (const file of ['sitemap-403.xml', 'sitemap-challenge.xml', 'sitemap-blocked.xml']) {
    lines = [];
    await assert.rejects(
      sitemap.list(sm(file), ctx()),
      (e) =>
        e instanceof SourceError &&
        e.message.startsWith('careers.acme.example cannot be read without a browser ('),
      file,
    );
  }
});

test('sitemap: validate', () => {
  assert.match(
    companyProblems(sitemap, { name: 'A', source: 'sitemap' })[0],
    /^sitemap: required for source "sitemap"/,
  );
  assert.match(
    companyProblems(sitemap, {
      name: 'A',
      source: 'sitemap',
      sitemap: 'https://x.example/s.xml',
      max_urls: 0,
    })[0],
    /^max_urls: "0" is not valid for source "sitemap"; allowed: a whole number from 1 to 10000/,
  );
});
