import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { marked } from 'marked';
import type { Application } from '../src/model.ts';
import type { PipelineResult } from '../src/model.ts';
import { renderSummary, truncateSummary } from '../src/report/summary.ts';
import { decodeEntities } from '../src/html/text.ts';

/** Each table of rendered HTML as its rows of cell texts (tags dropped, entities decoded). */
function htmlTables(html: string): string[][][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([, table]) =>
    [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
      [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) =>
        decodeEntities(cell.replace(/<[^>]+>/g, '')).trim(),
      ),
    ),
  );
}

function app(i: number): Application {
  return {
    match: {
      posting: {
        key: `greenhouse:acme:${i}`,
        id: String(i),
        source: 'greenhouse',
        company: `Company ${i}`,
        title: `Backend Engineer ${i}`,
        locations: ['Remote'],
        remote: true,
        url: `https://example.com/jobs/${i}`,
      },
      score: 60 + (i % 40),
      reasons: {
        bestTitle: 'Backend Engineer',
        titleScore: 1,
        matchedSkills: ['TypeScript'],
        missingSkills: ['Go'],
        location: 'remote',
        locationFit: true,
        excludedBy: [],
      },
    },
    letter: { markdown: `Dear team,\n\n${'I build reliable systems. '.repeat(30)}`, by: 'llm' },
    resume: { markdown: '# Name', by: 'template', fallbackReason: 'HTTP 500 after 3 retries' },
    usage: { prompt: 1000, completion: 500, total: 1500 },
    costUsd: 0.0012,
    grounding: [{ kind: 'employer', value: 'Umbrella Corp' }],
    folder: `company-${i}`,
    status: 'generated',
  };
}

function result(n: number): PipelineResult {
  const applications = Array.from({ length: n }, (_, i) => app(i));
  return {
    novelty: { new: n, changed: 0, seen: 0 },
    seen: [],
    companies: [{ name: 'Company 0', source: 'greenhouse', status: 'ok', postings: n, ms: 1200 }],
    totalPostings: n,
    applications,
    records: applications.map((a) => ({
      key: a.match.posting.key,
      company: a.match.posting.company,
      source: 'greenhouse',
      title: a.match.posting.title,
      url: a.match.posting.url,
      locations: [],
      remote: true,
      score: a.match.score,
      status: 'generated' as const,
    })),
    workers: 5,
    timings: { discoverMs: 1000, scoreMs: 10, jobsMs: 5000 },
  };
}

const settings = { preset: 'default', minScore: 60, topPerCompany: true, parallelWorkers: 5, maxJobs: 25 };
const llm = {
  provider: 'github-models',
  model: 'openai/gpt-4.1-mini',
  calls: 4,
  tokens: 6000,
  costUsd: 0.0048,
  budgetExhausted: true,
  fallbacks: 1,
};

describe('job summary', () => {
  it('shows per job the provider usage, tokens, cost, grounding removals and fallbacks', () => {
    const r = result(2);
    r.applications[1].description = { text: 'Short posting.', method: 'llm' };
    const md = renderSummary({
      result: r,
      durationMs: 6000,
      settings,
      llm,
      outputDir: 'out',
      notices: [],
    });
    assert.match(
      md,
      /Generator: github-models \(`openai\/gpt-4\.1-mini`\), 4 requests, 6000 tokens, ~\$0\.0048, 1 template fallback/,
    );
    assert.match(md, /max_llm_tokens` budget ran out/);
    assert.match(md, /- Tokens: 1500 \(~\$0\.0012\)/);
    assert.match(md, /Grounding removed \(not in your resume\): employer Umbrella Corp/);
    assert.match(md, /Resume: template \(fallback: HTTP 500 after 3 retries\)/);
    assert.match(md, /- Letter: github-models `openai\/gpt-4\.1-mini`/);
    assert.match(md, /Time: discover 1\.0 s, score 0\.0 s, describe \+ generate 5\.0 s/);
    assert.match(md, /so the LLM picked the description out of the page: Company 1 — Backend Engineer 1\./);
    assert.match(md, /^## 🎯 job-matcher: 2 matches out of 2 postings from 1 company in 6\.0 s\n/);
    const daily = renderSummary({
      result: r,
      durationMs: 6000,
      settings,
      outputDir: 'out',
      notices: [],
      memory: { note: 'Restored.', restored: true, onlyNew: true },
    });
    assert.match(daily, /^## 🎯 job-matcher: 2 new matches out of 2 postings/);
    const html = marked.parse(md, { async: false, gfm: true });
    assert.equal((html.match(/<details>/g) ?? []).length, 2);
    assert.equal((html.match(/<\/details>/g) ?? []).length, 2);
  });

  it("says where a posting's location stands with the location gate: matched, or not checked", () => {
    const r = result(2);
    r.applications[1].match.reasons = { ...r.applications[1].match.reasons, location: null };
    const md = renderSummary({ result: r, durationMs: 1000, settings, outputDir: 'out', notices: [] });
    assert.match(md, /- Location: remote\n/);
    // A kept posting always passed the gate: with no location of the profile to match it is not "no match".
    assert.doesNotMatch(md, /Location: no match/);
    assert.match(md, /- Location: any \(your profile names no locations, or the posting no place\)\n/);
  });

  it('stays under the 1 MiB cap with a note, and never cuts inside an open <details>', () => {
    const md = renderSummary({
      result: result(3000),
      durationMs: 1,
      settings,
      llm,
      outputDir: 'out',
      notices: [],
    });
    assert.ok(Buffer.byteLength(md) < 1024 * 1024, `${Buffer.byteLength(md)} bytes`);
    assert.match(md, /The summary was cut to stay under GitHub's 1 MiB limit/);
    assert.equal((md.match(/<details>/g) ?? []).length, (md.match(/<\/details>/g) ?? []).length);
  });

  it('keeps a hostile title inside its <details> line and shows code spans without backslashes', () => {
    const r = result(1);
    r.applications[0].match.posting.title = 'Engineer\n\n[claim your prize](https://evil.example/)\u202e';
    const md = renderSummary({
      result: r,
      durationMs: 1,
      settings,
      llm: { ...llm, model: 'my_org/llama_3' },
      artifact: { name: 'job_apps', error: 'HTTP 500' },
      outputDir: '/home/runner/work/my_repo/out',
      notices: [],
    });
    const html = marked.parse(md, { async: false, gfm: true });
    assert.doesNotMatch(html, /<a href="https:\/\/evil/);
    assert.match(
      md,
      /<summary>Company 0 — Engineer \[claim your prize\]\(https:\/\/evil\.example\/\) \(60\)<\/summary>/,
    );
    assert.match(md, /on the runner in `\/home\/runner\/work\/my_repo\/out`\./);
    assert.match(md, /Generator: github-models \(`my_org\/llama_3`\)/);
    assert.match(html, /<code>\/home\/runner\/work\/my_repo\/out<\/code>/);
  });

  it('a "|" in a title, company, location, salary or skill stays inside its own cell of the matches table', () => {
    const r = result(1);
    const { match } = r.applications[0];
    match.posting.title = 'Backend | Platform Engineer';
    match.posting.company = 'Pipe|Line Labs';
    match.posting.locations = ['Berlin | Remote'];
    match.posting.salary = { text: '€80k | €100k' };
    match.reasons.matchedSkills = ['TypeScript', 'C|C++'];
    const md = renderSummary({ result: r, durationMs: 1, settings, llm, outputDir: 'out', notices: [] });
    const matches = htmlTables(marked.parse(md, { async: false, gfm: true })).find(
      (t) => t[0][0] === 'Score',
    );
    assert.ok(matches, md);
    // Each cell's content, not a count: a GitHub table pads or cuts a split row to the header's width.
    assert.deepEqual(matches, [
      [
        'Score',
        'Company',
        'Role',
        'Location',
        'Salary',
        'Matched skills',
        'Missing skills',
        'Result',
        'Files',
      ],
      [
        '60',
        'Pipe|Line Labs',
        'Backend | Platform Engineer',
        'Berlin | Remote',
        '€80k | €100k',
        'TypeScript, C|C++',
        'Go',
        '✅ LLM · 1 removed',
        'company-0/',
      ],
    ]);
  });

  it('charts every scored posting: a perfect 100 falls in the last bar, labelled 90-100', () => {
    const r = result(2);
    r.records[0].score = 100;
    r.records[1].score = 5;
    const md = renderSummary({ result: r, durationMs: 1000, settings, outputDir: 'out', notices: [] });
    assert.match(md, /x-axis \["0-9", .*"80-89", "90-100"\]/);
    assert.match(md, /bar \[1, 0, 0, 0, 0, 0, 0, 0, 0, 1\]/);
  });

  it('leaves a short summary untouched', () => {
    assert.equal(truncateSummary('short'), 'short');
  });
});
