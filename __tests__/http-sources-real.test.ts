import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createGenerator } from '../src/generate/index.ts';
import { extractJobPostings } from '../src/html/jsonld.ts';
import { silentLogger } from '../src/log.ts';
import { parseResume } from '../src/resume/index.ts';
import { apple } from '../src/sources/apple.ts';
import { url } from '../src/sources/url.ts';
import { fixture, startBoardServer } from './helpers/board-server.ts';
import type { Loopback } from './helpers/loopback.ts';
import { startLlmServer, type LlmServer } from './helpers/llm-server.ts';
import { sourceContext } from './helpers/source-context.ts';

const ctx = () => sourceContext(new Date('2026-10-01T00:00:00Z'));

describe('sources on the shapes real sites send', () => {
  let server: Loopback;
  before(async () => {
    server = await startBoardServer({
      'GET /api/v1/CSRFToken': { status: 200, body: '', headers: { 'x-apple-csrf-token': 't' } },
      // As Apple answers: the city empty with the place in `name`, and a position listed in several
      // places coming back once per place (same positionId, different ids).
      'POST /api/v1/search': {
        json: {
          res: {
            totalRecords: 3,
            searchResults: [
              {
                id: 'PIPE-200600001',
                positionId: '200600001',
                postingTitle: 'Software Engineer',
                locations: [{ name: 'Shanghai', city: '', stateProvince: '', countryName: 'China' }],
              },
              {
                id: 'PIPE-200600001-1',
                positionId: '200600001',
                postingTitle: 'Software Engineer',
                locations: [{ name: 'Beijing', city: '', countryName: 'China' }],
              },
              {
                id: 'PIPE-200600002',
                positionId: '200600002',
                postingTitle: 'iOS Engineer',
                locations: [
                  {
                    name: 'Cupertino',
                    city: 'Cupertino',
                    stateProvince: 'California',
                    countryName: 'United States of America',
                  },
                ],
              },
            ],
          },
        },
      },
      '/jobs/81926': {
        body: `<!doctype html><html><head><title>Forward Deployed Engineer - - 81926</title>
          <meta property="og:title" content="Forward Deployed Engineer"></head><body><main><p>${'You will deploy our platform at customer sites and own their success. '.repeat(6)}</p></main></body></html>`,
      },
    });
  });
  after(() => server.close());

  it('Apple: the place in `name` when the city is empty, and every location of a position', async () => {
    const postings = await apple.list({ name: 'Apple', source: 'apple', base_url: server.url }, ctx());
    assert.equal(postings.length, 2);
    const swe = postings.find((p) => p.id === '200600001')!;
    assert.deepEqual(swe.locations, ['Shanghai, China', 'Beijing, China']);
    assert.deepEqual(postings.find((p) => p.id === '200600002')!.locations, [
      'Cupertino, California, United States of America',
    ]);
  });

  it('a page without JSON-LD or <h1> is titled from og:title, not the decorated <title>', async () => {
    const postings = await url.list(
      { name: 'Acme', source: 'url', urls: [`${server.url}/jobs/81926`] },
      ctx(),
    );
    assert.equal(postings.length, 1);
    assert.equal(postings[0].title, 'Forward Deployed Engineer');
  });

  it('JSON-LD: responsibilities, qualifications, skills, education and experience join the description', () => {
    const job = {
      '@type': 'JobPosting',
      title: 'Software Engineer, Infrastructure',
      description: '<p>Meta is seeking an infrastructure engineer to build the systems behind our apps.</p>',
      responsibilities: ['Design and operate distributed storage', 'Lead incident reviews'],
      qualifications: '<ul><li>Experience with C++ or Rust</li><li>Experience with Linux internals</li></ul>',
      skills: [{ '@type': 'DefinedTerm', name: 'Distributed systems' }, 'Kubernetes'],
      educationRequirements: {
        '@type': 'EducationalOccupationalCredential',
        credentialCategory: 'bachelor degree',
      },
      experienceRequirements: { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: 48 },
    };
    const html = `<script type="application/ld+json">${JSON.stringify(job)}</script>`;
    const [found] = extractJobPostings(html, 'https://www.metacareers.com/jobs/1');
    for (const part of [
      'Meta is seeking an infrastructure engineer',
      'Responsibilities\nDesign and operate distributed storage\nLead incident reviews',
      'Qualifications\n- Experience with C++ or Rust',
      'Skills\nDistributed systems\nKubernetes',
      'Education\nbachelor degree',
      'Experience\n48 months of experience',
    ])
      assert.ok(found.description.includes(part), `${part}\n---\n${found.description}`);
  });

  it('JSON-LD: a section the description already holds is not repeated', () => {
    const job = {
      '@type': 'JobPosting',
      title: 'X',
      description: 'Own the API. Lead incident reviews.',
      responsibilities: 'Lead incident reviews.',
    };
    const [found] = extractJobPostings(
      `<script type="application/ld+json">${JSON.stringify(job)}</script>`,
      'https://x.test/1',
    );
    assert.equal(found.description, 'Own the API. Lead incident reviews.');
  });

  describe('LLM extraction', () => {
    let llm: LlmServer;
    before(async () => {
      llm = await startLlmServer(() => ({
        content: JSON.stringify({
          is_job_posting: true,
          title: 'Platform Engineer',
          company: 'Acme',
          location: '',
          description_starts_with: 'a sentence the page never had in it',
          description_ends_with: 'nor this one',
        }),
      }));
    });
    after(() => llm.close());

    it('returns nothing when the quoted start is not on the page (not the whole page with its navigation)', async () => {
      const generator = createGenerator({
        provider: {
          kind: 'openai-compatible',
          baseUrl: llm.baseUrl,
          model: 'gpt-4.1-mini',
          apiKey: 'sk-test',
        },
        resume: parseResume(fixture('resumes/jane.md'), 'jane.md'),
        log: silentLogger,
        llm: { maxRetries: 0, timeoutMs: 5000 },
      });
      const page =
        'Home | Careers | Blog\nPlatform Engineer\nRun our build farm.\n© Acme 2026 · Privacy · Cookies';
      assert.equal(await generator.extractPosting(page, 'https://acme.test/jobs/7'), null);
    });
  });
});
