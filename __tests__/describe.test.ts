import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { describePosting, MIN_DESCRIPTION_CHARS } from '../src/describe/index.ts';
import { createGenerator } from '../src/generate/index.ts';
import { parseResume } from '../src/resume/index.ts';
import { createHttpClient } from '../src/http/client.ts';
import { silentLogger } from '../src/log.ts';
import type { Posting } from '../src/model.ts';
import { getSource } from '../src/sources/index.ts';
import type { SourceAdapter } from '../src/sources/types.ts';
import { startBoardServer } from './helpers/board-server.ts';
import { startLlmServer, type LlmServer } from './helpers/llm-server.ts';
import type { Loopback } from './helpers/loopback.ts';

const long = 'We build TypeScript services on PostgreSQL for hospitals across Europe. '.repeat(10);
const jsonLd = {
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Backend Engineer',
  description: `<p>${long}</p>`,
  hiringOrganization: { name: 'Acme' },
};
const html = (body: string, head = '') =>
  `<html><head><title>Job</title>${head}</head><body>${body}</body></html>`;

describe('describe: the best description method first', () => {
  let server: Loopback;
  let llm: LlmServer;
  const http = createHttpClient({ retries: 0 });
  const greenhouse = getSource('greenhouse')!;
  const company = { name: 'Acme', source: 'greenhouse', board: 'acme' };
  const posting = (path: string, description?: string): Posting => ({
    key: `greenhouse:acme:${path}`,
    id: path,
    source: 'greenhouse',
    company: 'Acme',
    title: 'Backend Engineer',
    locations: [],
    remote: null,
    url: `${server.url}${path}`,
    description,
  });
  const opts = (
    adapter: SourceAdapter = greenhouse,
    extract?: Parameters<typeof describePosting>[1]['extract'],
  ) => ({
    adapter,
    company,
    ctx: { http, log: silentLogger, now: new Date() },
    http,
    extract,
  });

  before(async () => {
    server = await startBoardServer({
      '/jsonld': {
        body: html(
          '<main><h1>Backend Engineer</h1><p>Apply now.</p></main>',
          `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`,
        ),
      },
      '/plain': {
        body: html(`<nav>Home</nav><main><h1>Backend Engineer</h1><p>${long}</p></main><footer>(c)</footer>`),
      },
      // A short posting among site clutter: too little text for the heuristics to trust.
      '/short': {
        body: html(
          '<nav>Home Careers Blog</nav><div><h2>Backend Engineer</h2><p>We build TypeScript services for hospitals across Europe.</p></div><footer>Cookie settings</footer>',
        ),
      },
      '/gone': { status: 404, body: 'gone' },
    });
    llm = await startLlmServer();
  });
  after(() => Promise.all([server.close(), llm.close()]));

  it('keeps the listing text when it is long enough, fetching nothing', async () => {
    const before = server.requests.length;
    const { description } = await describePosting(posting('/gone', long), opts());
    assert.equal(description.method, 'listing');
    assert.equal(server.requests.length, before);
  });

  it(`a listing text of exactly ${MIN_DESCRIPTION_CHARS} characters is enough; one fewer is not`, async () => {
    const listing = (chars: number) => `${'We build services. '.repeat(30).slice(0, chars - 1)}.`;
    assert.equal(listing(MIN_DESCRIPTION_CHARS).length, MIN_DESCRIPTION_CHARS);
    const before = server.requests.length;
    const enough = await describePosting(posting('/gone', listing(MIN_DESCRIPTION_CHARS)), opts());
    assert.equal(enough.description.method, 'listing');
    assert.equal(server.requests.length, before, 'nothing fetched');
    const short = await describePosting(posting('/plain', listing(MIN_DESCRIPTION_CHARS - 1)), opts());
    assert.equal(short.description.method, 'html', 'one character fewer: the page is read');
    assert.equal(server.requests.length, before + 1);
  });

  it('uses the API detail of sources that have one', async () => {
    const adapter: SourceAdapter = {
      ...greenhouse,
      describe: async () => ({ text: long, method: 'api', patch: { applyUrl: 'https://x.example/apply' } }),
    };
    const { description, patch } = await describePosting(posting('/gone'), opts(adapter));
    assert.equal(description.method, 'api');
    assert.equal(patch?.applyUrl, 'https://x.example/apply');
  });

  it('prefers the page JSON-LD, then its main content without navigation', async () => {
    assert.equal((await describePosting(posting('/jsonld'), opts())).description.method, 'json-ld');
    const { description } = await describePosting(posting('/plain'), opts());
    assert.equal(description.method, 'html');
    assert.doesNotMatch(description.text, /Home|\(c\)/);
  });

  it(`asks the LLM to pick the posting out of a page whose heuristics yield under ${MIN_DESCRIPTION_CHARS} characters`, async () => {
    const resume = parseResume('# Ada\n\n## Skills\nTypeScript\n', 'resume.md');
    const generator = createGenerator({
      provider: { kind: 'openai-compatible', baseUrl: llm.baseUrl, model: 'm', apiKey: 'k' },
      resume,
      log: silentLogger,
    });
    llm.setScript(() => ({
      content: JSON.stringify({
        is_job_posting: true,
        title: 'Backend Engineer',
        company: 'Acme',
        location: 'Remote',
        description_starts_with: 'We build TypeScript services',
        description_ends_with: 'hospitals across Europe.',
      }),
    }));
    const extract = (text: string, url: string) => generator.extractPosting(text, url);
    const withLlm = await describePosting(posting('/short'), opts(greenhouse, extract));
    assert.equal(withLlm.description.method, 'llm');
    assert.equal(withLlm.description.text, 'We build TypeScript services for hospitals across Europe.');
    assert.doesNotMatch(withLlm.description.text, /Home Careers|Cookie settings/);
    assert.match(llm.requests.at(-1)!.user, /hospitals across Europe/);

    // Without an LLM, the page's plain text stands.
    const plain = await describePosting(posting('/short'), opts());
    assert.equal(plain.description.method, 'text');
    assert.match(plain.description.text, /Cookie settings/);
  });

  it('fetches a url-source page through the company base_url, as its listing did', async () => {
    const company = {
      name: 'Acme',
      source: 'url',
      urls: ['http://acme.invalid/jsonld'],
      base_url: server.url,
    };
    const short: Posting = {
      ...posting('/jsonld', 'Backend Engineer at Acme.'),
      key: 'url:acme.invalid:http://acme.invalid/jsonld',
      source: 'url',
      url: 'http://acme.invalid/jsonld',
    };
    const before = server.requests.length;
    const { description } = await describePosting(short, { ...opts(getSource('url')), company });
    assert.equal(description.method, 'json-ld');
    assert.equal(server.requests.length, before + 1);
  });

  it('fails with the page error when nothing at all can be had', async () => {
    await assert.rejects(describePosting(posting('/gone'), opts()), /404/);
  });
});
