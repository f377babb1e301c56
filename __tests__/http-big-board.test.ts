import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { describePosting } from '../src/describe/index.ts';
import { ashby } from '../src/sources/ashby.ts';
import { LISTING_MAX_BYTES } from '../src/sources/errors.ts';
import { greenhouse } from '../src/sources/greenhouse.ts';
import { recruitee } from '../src/sources/recruitee.ts';
import { workable } from '../src/sources/workable.ts';
import { fixtureJson } from './helpers/board-server.ts';
import { json, startFaultServer, type FaultServer } from './helpers/fault-server.ts';
import { sourceContext } from './helpers/source-context.ts';

interface Job {
  id: number;
  title: string;
  content?: string;
  [key: string]: unknown;
}

/** A board of `count` postings made from the recorded Vercel board, each with ~6.6 KB of content. */
function bigBoard(count: number): { jobs: Job[] } {
  const recorded = fixtureJson<{ jobs: Job[] }>('greenhouse-vercel.json').jobs;
  const paragraph =
    '&lt;p&gt;You will build and run TypeScript services on PostgreSQL for our platform.&lt;/p&gt;';
  return {
    jobs: Array.from({ length: count }, (_, i) => {
      const job = recorded[i % recorded.length];
      return {
        ...job,
        id: 7_000_000 + i,
        title: `${job.title} ${i}`,
        content: job.content + paragraph.repeat(65),
      };
    }),
  };
}

const ctx = () => sourceContext(new Date('2026-10-01T00:00:00Z'));

describe('a big Greenhouse board is not lost', () => {
  let server: FaultServer;
  let bodyBytes = 0;
  const small = bigBoard(3);

  before(async () => {
    const board = bigBoard(1800);
    const body = JSON.stringify(board);
    bodyBytes = Buffer.byteLength(body);
    server = await startFaultServer({
      '/v1/boards/big/jobs': {
        kind: 'reply',
        status: 200,
        body,
        headers: { 'content-type': 'application/json' },
      },
      // Past even the listing cap with descriptions: declared 40 MB, so the client refuses it unread.
      '/v1/boards/huge/jobs': (_hit, req) =>
        req.url?.includes('content=true')
          ? { kind: 'huge', bytes: 40 * 1024 * 1024, declareLength: true }
          : json({ jobs: small.jobs.map(({ content: _c, ...job }) => job) }),
    });
    for (const job of small.jobs) server.route(`/v1/boards/huge/jobs/${job.id}`, json(job));
  });
  after(() => server.close());

  it('a 12 MB board of 1,800 postings with content=true is listed whole, descriptions included', async () => {
    assert.ok(bodyBytes > 12_000_000, `board is ${bodyBytes} bytes`);
    const postings = await greenhouse.list(
      { name: 'Big', source: 'greenhouse', board: 'big', base_url: server.origin },
      ctx(),
    );
    assert.equal(postings.length, 1800);
    assert.ok(postings.every((p) => (p.description ?? '').length > 5000));
  });

  it(`a board over ${LISTING_MAX_BYTES / 1024 / 1024} MB is listed without descriptions and each kept posting is described by the detail call`, async () => {
    const company = { name: 'Huge', source: 'greenhouse', board: 'huge', base_url: server.origin };
    const c = ctx();
    const postings = await greenhouse.list(company, c);
    assert.equal(postings.length, 3);
    assert.ok(postings.every((p) => p.description === undefined));
    const { description } = await describePosting(postings[1], {
      adapter: greenhouse,
      company,
      ctx: c,
      http: c.http,
    });
    assert.equal(description.method, 'api');
    assert.match(description.text, /TypeScript services on PostgreSQL/);
    assert.equal(server.hits(`/v1/boards/huge/jobs/${small.jobs[1].id}`), 1);
  });
});

describe('a big one-call listing of Ashby, Workable or Recruitee is not lost', () => {
  /** `count` copies of a recorded posting, each with a unique id and ~7 KB of description. */
  function copies<T extends Record<string, unknown>>(
    recorded: T[],
    count: number,
    id: (i: number) => T[keyof T],
  ) {
    const idKey = Object.keys(recorded[0]).find((k) => ['id', 'shortcode'].includes(k))!;
    return Array.from({ length: count }, (_, i) => ({
      ...recorded[i % recorded.length],
      [idKey]: id(i),
      description: '<p>You will build and run TypeScript services on PostgreSQL.</p>'.repeat(110),
    }));
  }
  const cases = [
    {
      adapter: ashby,
      company: { name: 'Big', source: 'ashby', board: 'big' },
      path: '/posting-api/job-board/big',
      body: {
        jobs: copies(
          fixtureJson<{ jobs: Record<string, unknown>[] }>('ashby-linear.json').jobs,
          1800,
          (i) => `a-${i}`,
        ),
      },
    },
    {
      adapter: workable,
      company: { name: 'Big', source: 'workable', account: 'big' },
      path: '/api/v1/widget/accounts/big',
      body: {
        jobs: copies(
          fixtureJson<{ jobs: Record<string, unknown>[] }>('workable-huggingface.json').jobs,
          1800,
          (i) => `W${i}`,
        ),
      },
    },
    {
      adapter: recruitee,
      company: { name: 'Big', source: 'recruitee', subdomain: 'big' },
      path: '/api/offers/',
      body: {
        offers: copies(
          fixtureJson<{ offers: Record<string, unknown>[] }>('recruitee-channable.json').offers,
          1800,
          (i) => 9_000_000 + i,
        ),
      },
    },
  ];
  for (const c of cases) {
    it(`${c.company.source}: a 12 MB listing of 1,800 postings is read whole`, async () => {
      const body = JSON.stringify(c.body);
      assert.ok(Buffer.byteLength(body) > 12_000_000, `${Buffer.byteLength(body)} bytes`);
      const server = await startFaultServer({
        [c.path]: { kind: 'reply', status: 200, body, headers: { 'content-type': 'application/json' } },
      });
      try {
        const postings = await c.adapter.list({ ...c.company, base_url: server.origin }, ctx());
        assert.equal(postings.length, 1800);
      } finally {
        await server.close();
      }
    });
  }
});
