import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { after, before, test } from 'node:test';
import { createHttpClient } from '../src/http/client.ts';
import { HttpError, type HttpClient } from '../src/http/types.ts';
import { silentLogger } from '../src/log.ts';
import { lever } from '../src/sources/lever.ts';
import { pageDelayMs } from '../src/sources/paging.ts';
import { smartrecruiters } from '../src/sources/smartrecruiters.ts';
import type { SourceContext } from '../src/sources/types.ts';
import { workday } from '../src/sources/workday.ts';
import { startBoardServer } from './helpers/board-server.ts';
import type { Loopback } from './helpers/loopback.ts';

const now = new Date('2026-10-01T00:00:00Z');
const CAREERS = 'https://nvidia.wd5.myworkdayjobs.com/NVIDIAExternalCareerSite';

const workdayJobs = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => ({
    title: `Engineer ${from + i}`,
    externalPath: `/job/US-CA-Santa-Clara/Engineer_JR${from + i}`,
    locationsText: 'US, CA, Santa Clara',
    postedOn: 'Posted Today',
  }));
const leverPostings = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => ({ id: `lever-${from + i}`, text: `Engineer ${from + i}` }));
const srPostings = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => ({ id: `${from + i}`, name: `Engineer ${from + i}` }));

let server: Loopback;

before(async () => {
  server = await startBoardServer({
    'POST /wday/cxs/nvidia/NVIDIAExternalCareerSite/jobs': (req) => {
      const { offset } = JSON.parse(req.body) as { offset: number };
      return { json: { total: 25, jobPostings: offset === 0 ? workdayJobs(20) : workdayJobs(5, 20) } };
    },
    'GET /v0/postings/spotify': (_req, url) => ({
      json: url.searchParams.get('skip') === '0' ? leverPostings(100) : leverPostings(3, 100),
    }),
    'GET /v1/companies/Ubisoft2/postings': (_req, url) => ({
      json: {
        totalFound: 103,
        content: url.searchParams.get('offset') === '0' ? srPostings(100) : srPostings(3, 100),
      },
    }),
  });
});
after(() => server.close());

interface Sent {
  host: string;
  at: number;
}

/**
 * The client a source gets, answering requests for the real API hosts from the loopback board server
 * (no base_url, so the adapters see their own hosts), recording which host was asked and when.
 */
function relayClient(sent: Sent[], onResponse?: () => void): HttpClient {
  const real = createHttpClient({ retries: 0 });
  const relay = (url: string) => {
    const u = new URL(url);
    sent.push({ host: u.hostname, at: performance.now() });
    return `${server.url}${u.pathname}${u.search}`;
  };
  return {
    request: (url, opts) => real.request(relay(url), opts),
    json: async (url, opts) => {
      const out = await real.json(relay(url), opts);
      onResponse?.();
      return out as never;
    },
    stream: (url, opts) => real.stream(relay(url), opts),
  };
}

const ctx = (http: HttpClient, signal?: AbortSignal): SourceContext => ({
  http,
  log: silentLogger,
  now,
  signal,
});

/** Milliseconds between consecutive requests. */
const gaps = (sent: Sent[]) => sent.slice(1).map((s, i) => s.at - sent[i].at);

test('page delays: Workday tenants, SmartRecruiters and Lever hosts wait between pages; others and base_url do not', () => {
  const c = { name: 'X', source: 'any' };
  const delay = (url: string) => pageDelayMs(c, url);
  assert.equal(delay('https://nvidia.wd5.myworkdayjobs.com/wday/cxs/nvidia/site/jobs'), 300);
  assert.equal(delay('https://wd3.myworkdaysite.com/wday/cxs/acme/site/jobs'), 300);
  assert.equal(delay('https://api.smartrecruiters.com/v1/companies/Ubisoft2/postings?offset=100'), 200);
  assert.equal(delay('https://api.lever.co/v0/postings/spotify?skip=100'), 100);
  assert.equal(delay('https://api.eu.lever.co/v0/postings/acme?skip=100'), 100);
  assert.equal(delay('https://boards-api.greenhouse.io/v1/boards/vercel/jobs'), 0);
  assert.equal(delay('https://myworkdayjobs.com.evil.example/jobs'), 0, 'suffix match, not substring');
  assert.equal(
    pageDelayMs({ ...c, base_url: 'http://127.0.0.1:8080' }, 'https://api.lever.co/v0/postings/x'),
    0,
    'a base_url (test server, mirror) is not the throttling host',
  );
});

test('workday waits ~300 ms between pages of a myworkdayjobs.com tenant, not before the first', async () => {
  const sent: Sent[] = [];
  const postings = await workday.list(
    { name: 'NVIDIA', source: 'workday', url: CAREERS },
    ctx(relayClient(sent)),
  );
  assert.equal(postings.length, 25);
  assert.deepEqual(
    sent.map((s) => s.host),
    ['nvidia.wd5.myworkdayjobs.com', 'nvidia.wd5.myworkdayjobs.com'],
  );
  assert.ok(gaps(sent)[0] >= 295, `gap between pages: ${gaps(sent)[0]} ms`);
});

test('smartrecruiters (~200 ms) and lever (~100 ms) wait between pages of their public APIs', async () => {
  const srSent: Sent[] = [];
  const sr = await smartrecruiters.list(
    { name: 'Ubisoft', source: 'smartrecruiters', company_id: 'Ubisoft2' },
    ctx(relayClient(srSent)),
  );
  assert.equal(sr.length, 103);
  assert.equal(srSent.length, 2);
  assert.ok(gaps(srSent)[0] >= 195, `smartrecruiters gap: ${gaps(srSent)[0]} ms`);

  const leverSent: Sent[] = [];
  const lv = await lever.list(
    { name: 'Spotify', source: 'lever', site: 'spotify' },
    ctx(relayClient(leverSent)),
  );
  assert.equal(lv.length, 103);
  assert.equal(leverSent.length, 2);
  assert.ok(gaps(leverSent)[0] >= 95, `lever gap: ${gaps(leverSent)[0]} ms`);
});

test("the company's deadline firing during the pause ends the listing at once with a deadline error", async () => {
  const sent: Sent[] = [];
  const deadline = new AbortController();
  // The deadline fires as soon as the first page has arrived, i.e. during the pause before page two.
  const http = relayClient(sent, () => deadline.abort(new Error('company deadline')));
  await assert.rejects(
    workday.list({ name: 'NVIDIA', source: 'workday', url: CAREERS }, ctx(http, deadline.signal)),
    (err) => err instanceof HttpError && err.kind === 'deadline' && /between pages/.test(err.message),
  );
  assert.equal(sent.length, 1, 'page two was never requested');
});
