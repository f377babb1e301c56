import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { resolveSettings, SettingsError } from '../src/settings/index.ts';
import { resolveMode } from '../src/settings/mode.ts';

function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'jm-settings-'));
  const all = { 'resume.md': '# Ada Lovelace\n\n## Skills\nTypeScript, PostgreSQL\n', ...files };
  for (const [name, text] of Object.entries(all)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const base = { resume: 'resume.md', companies: 'greenhouse:vercel' };

function resolve(inputs: Record<string, string>, files?: Record<string, string>) {
  return resolveSettings({ inputs, cwd: workspace(files) });
}

describe('settings precedence', () => {
  it('uses the default preset when nothing is set', async () => {
    const s = await resolve(base);
    assert.equal(s.preset, 'default');
    assert.equal(s.parallelWorkers, 5);
    assert.equal(s.minScore, 60);
    assert.equal(s.topPerCompany, true);
    assert.deepEqual(s.formats, ['md', 'pdf']);
  });

  it('the fast preset sets 7 workers and min score 65', async () => {
    const s = await resolve({ ...base, preset: 'fast' });
    assert.equal(s.parallelWorkers, 7);
    assert.equal(s.minScore, 65);
  });

  it('config file beats preset, input beats config file', async () => {
    const files = {
      'jm.json': JSON.stringify({ preset: 'fast', min_score: 70, parallel_workers: 3, max_jobs: 4 }),
    };
    const fromFile = await resolve({ ...base, config: 'jm.json' }, files);
    assert.equal(fromFile.preset, 'fast');
    assert.equal(fromFile.minScore, 70);
    assert.equal(fromFile.parallelWorkers, 3);
    const fromInput = await resolve(
      { ...base, config: 'jm.json', min_score: '80', top_per_company: 'false' },
      files,
    );
    assert.equal(fromInput.minScore, 80);
    assert.equal(fromInput.parallelWorkers, 3);
    assert.equal(fromInput.topPerCompany, false);
  });

  it('input preset beats the config file preset, and the config file still beats the preset', async () => {
    const files = { 'jm.json': JSON.stringify({ preset: 'fast', min_score: 50 }) };
    const s = await resolve({ ...base, config: 'jm.json', preset: 'default' }, files);
    assert.equal(s.preset, 'default');
    assert.equal(s.parallelWorkers, 5);
    assert.equal(s.minScore, 50);
  });

  it('merges config companies with the input shorthand, dropping duplicates', async () => {
    const files = {
      'jm.json': JSON.stringify({ companies: [{ name: 'Vercel', source: 'greenhouse', board: 'vercel' }] }),
    };
    const s = await resolve(
      { ...base, config: 'jm.json', companies: 'greenhouse:vercel\nlever:spotify\nPalantir=lever:palantir' },
      files,
    );
    assert.deepEqual(
      s.companies.map((c) => [c.name, c.source]),
      [
        ['Vercel', 'greenhouse'],
        ['spotify', 'lever'],
        ['Palantir', 'lever'],
      ],
    );
    assert.equal(s.companies[1].site, 'spotify');
  });

  it('profile from the config file, each field overridden by its input', async () => {
    const files = {
      'jm.json': JSON.stringify({
        profile: { titles: ['Backend Engineer'], skills: ['Go'], exclude: ['Manager'] },
      }),
    };
    const s = await resolve({ ...base, config: 'jm.json', skills: 'TypeScript, Node.js' }, files);
    assert.deepEqual(s.profile.titles, ['Backend Engineer']);
    assert.deepEqual(s.profile.skills, ['TypeScript', 'Node.js']);
    assert.deepEqual(s.profile.exclude, ['Manager']);
  });

  it('a resume named in the config file is found relative to that file', async () => {
    const dir = workspace();
    const sub = mkdtempSync(path.join(dir, 'cfg-'));
    writeFileSync(path.join(sub, 'cv.md'), '# Ada\n\n## Skills\nGo\n');
    writeFileSync(
      path.join(sub, 'jm.json'),
      JSON.stringify({ resume: 'cv.md', companies: [{ source: 'greenhouse', board: 'x' }] }),
    );
    const s = await resolveSettings({
      inputs: { config: path.relative(dir, path.join(sub, 'jm.json')) },
      cwd: dir,
    });
    assert.equal(s.resumePath, path.join(sub, 'cv.md'));
  });

  it('accepts yes/no/on/off booleans and list inputs separated by commas or lines', async () => {
    const s = await resolve({
      ...base,
      top_per_company: 'no',
      fail_on_error: 'on',
      formats: 'md\nhtml, docx',
    });
    assert.equal(s.topPerCompany, false);
    assert.equal(s.failOnError, true);
    assert.deepEqual(s.formats, ['md', 'html', 'docx']);
  });
});

/** Each bad input: [label, inputs, extra files, pattern the one-line error must match]. */
const CATALOGUE: [string, Record<string, string>, Record<string, string>, RegExp][] = [
  [
    'workers 0',
    { parallel_workers: '0' },
    {},
    /^input parallel_workers: "0" is not valid; allowed: a whole number from 1 to 32$/,
  ],
  ['workers -1', { parallel_workers: '-1' }, {}, /^input parallel_workers: "-1" .*1 to 32/],
  ['workers 1.5', { parallel_workers: '1.5' }, {}, /^input parallel_workers: "1.5" .*whole number/],
  ['workers 1000', { parallel_workers: '1000' }, {}, /^input parallel_workers: "1000" .*1 to 32/],
  ['workers abc', { parallel_workers: 'abc' }, {}, /^input parallel_workers: "abc" .*whole number/],
  ['min_score 101', { min_score: '101' }, {}, /^input min_score: "101" .*0 to 100/],
  ['min_score -5', { min_score: '-5' }, {}, /^input min_score: "-5" .*0 to 100/],
  ['min_score text', { min_score: 'high' }, {}, /^input min_score: "high"/],
  ['max_jobs 0', { max_jobs: '0' }, {}, /^input max_jobs: "0" .*1 to 500/],
  ['max_age_days -1', { max_age_days: '-1' }, {}, /^input max_age_days: "-1"/],
  [
    'top_per_company maybe',
    { top_per_company: 'maybe' },
    {},
    /^input top_per_company: "maybe" is not valid; allowed: true or false$/,
  ],
  ['fail_on_error 2', { fail_on_error: '2' }, {}, /^input fail_on_error: "2" .*true or false/],
  ['preset turbo', { preset: 'turbo' }, {}, /^input preset: "turbo" .*allowed: default, fast$/],
  ['retention 0', { retention_days: '0' }, {}, /^input retention_days: "0" .*1 to 90/],
  ['retention 91', { retention_days: '91' }, {}, /^input retention_days: "91" .*1 to 90/],
  ['retention week', { retention_days: 'week' }, {}, /^input retention_days: "week"/],
  [
    'formats pdff',
    { formats: 'md,pdff' },
    {},
    /^input formats: "pdff" is not valid; allowed: md, html, pdf, docx$/,
  ],
  ['formats empty list', { formats: ' , ' }, {}, /^input formats: empty/],
  ['letter_words 5', { letter_words: '5' }, {}, /^input letter_words: "5" .*80 to 1000/],
  ['llm maybe', { llm: 'maybe' }, {}, /^input llm: "maybe" .*auto, off/],
  [
    'unknown source',
    { companies: 'greenhose:vercel' },
    {},
    /^input companies: unknown source "greenhose" .*did you mean "greenhouse"/,
  ],
  [
    'shorthand without colon',
    { companies: 'vercel' },
    {},
    /^input companies: "vercel" is not valid; allowed: one "source:id" per line/,
  ],
  ['shorthand empty id', { companies: 'greenhouse:' }, {}, /^input companies: "greenhouse:" is not valid/],
  ['no companies', { companies: '' }, {}, /^input companies: no companies given/],
  ['resume missing file', { resume: 'nope.md' }, {}, /^input resume: file ".*nope\.md" not found/],
  [
    'resume empty',
    { resume: 'empty.md' },
    { 'empty.md': '  \n' },
    /^input resume: file ".*empty\.md" is empty$/,
  ],
  ['resume not given', { resume: '' }, {}, /^input resume: required/],
  ['config missing', { config: 'missing.json' }, {}, /^input config: file ".*missing\.json" not found/],
  [
    'config not JSON',
    { config: 'bad.json' },
    { 'bad.json': '{ "min_score": 60,, }' },
    /^input config: ".*bad\.json" is not valid JSON/,
  ],
  [
    'config is an array',
    { config: 'arr.json' },
    { 'arr.json': '[]' },
    /^input config: ".*arr\.json" must hold a JSON object$/,
  ],
  [
    'config unknown key',
    { config: 'c.json' },
    { 'c.json': '{"min_scor": 70}' },
    /^c\.json: unknown key "min_scor" \(did you mean "min_score"\?\)/,
  ],
  [
    'config value out of range',
    { config: 'c.json' },
    { 'c.json': '{"min_score": 170}' },
    /^c\.json: min_score: "170" .*0 to 100/,
  ],
  [
    'config bool as string',
    { config: 'c.json' },
    { 'c.json': '{"top_per_company": "perhaps"}' },
    /^c\.json: top_per_company: "perhaps" .*true or false/,
  ],
  [
    'config profile unknown key',
    { config: 'c.json' },
    { 'c.json': '{"profile": {"title": ["x"]}}' },
    /^c\.json: profile: unknown key "title" \(did you mean "titles"\?\)/,
  ],
  [
    'config profile not a list',
    { config: 'c.json' },
    { 'c.json': '{"profile": {"skills": "Go"}}' },
    /^c\.json: profile\.skills: must be a list of strings$/,
  ],
  [
    'company missing board',
    { config: 'c.json' },
    { 'c.json': '{"companies": [{"name": "Acme", "source": "greenhouse"}]}' },
    /^c\.json: companies\[0\] \("Acme"\): .*board/,
  ],
  [
    'company unknown source',
    { config: 'c.json' },
    { 'c.json': '{"companies": [{"source": "leverr", "site": "x"}]}' },
    /^c\.json: companies\[0\]: unknown source "leverr" \(did you mean "lever"\?\)/,
  ],
  [
    'company unknown key',
    { config: 'c.json' },
    { 'c.json': '{"companies": [{"source": "greenhouse", "bord": "x"}]}' },
    /^c\.json: companies\[0\]: unknown key "bord" \(did you mean "board"\?\)/,
  ],
  [
    'company bad base_url',
    { config: 'c.json' },
    { 'c.json': '{"companies": [{"source": "greenhouse", "board": "x", "base_url": "ftp//nope"}]}' },
    /^c\.json: companies\[0\]: base_url: "ftp\/\/nope" is not valid; allowed: an http\(s\) URL/,
  ],
  [
    'companies not a list',
    { config: 'c.json' },
    { 'c.json': '{"companies": {"source": "greenhouse"}}' },
    /^c\.json: companies must be a list/,
  ],
  [
    'base_url malformed',
    { base_url: 'localhost:11434' },
    {},
    /^input base_url: "localhost:11434" is not valid; allowed: an http\(s\) URL/,
  ],
  [
    'model with spaces',
    { model: 'bad name!' },
    {},
    /^input model: "bad name!" is not a model name; allowed: /,
  ],
  [
    'base_url with credentials',
    { base_url: 'https://bob:hunter2@llm.example/v1' },
    {},
    /^input base_url: credentials in the URL are not supported/,
  ],
  [
    'no titles and a resume without skills',
    { resume: 'bare.md' },
    { 'bare.md': '# Ada\n\nI write software.\n' },
    /^input titles: the profile has no titles and no skills/,
  ],
  ['mode unknown', { mode: 'merg' }, {}, /^input mode: "merg"/],
  ['artifact name with slash', { artifact_name: 'a/b' }, {}, /^input artifact_name: .*forward slash/],
  ['timeout 0', { request_timeout_seconds: '0' }, {}, /^input request_timeout_seconds: "0"/],
];

describe('bad input catalogue: one line naming the input, the value and what is allowed', () => {
  for (const [label, inputs, files, pattern] of CATALOGUE) {
    it(label, async () => {
      const cwd = workspace(files);
      await assert.rejects(
        async () => {
          const source = { inputs: { ...base, ...inputs }, cwd };
          resolveMode(source);
          await resolveSettings(source);
        },
        (err: unknown) => {
          assert.ok(err instanceof SettingsError, `expected SettingsError, got ${String(err)}`);
          assert.ok(!err.message.includes('\n'), `error must be one line: ${err.message}`);
          assert.match(err.message, pattern);
          return true;
        },
      );
    });
  }

  it('never prints the password of a URL in an error', async () => {
    const files = {
      'c.json': JSON.stringify({
        companies: [{ source: 'greenhouse', board: 'x', base_url: 'ftp://me:s3cret@mirror' }],
      }),
    };
    for (const inputs of [{ base_url: 'ftp://me:s3cret@llm.example' }, { config: 'c.json' }]) {
      await assert.rejects(
        resolveSettings({ inputs: { ...base, ...inputs }, cwd: workspace(files) }),
        (err: Error) => /base_url:? "ftp:\/\/\*\*\*@/.test(err.message) && !err.message.includes('s3cret'),
      );
    }
  });

  it('never prints a secret input in an error', async () => {
    const cwd = workspace();
    const key = 'sk-test-SECRET-1234567890';
    const token = 'ghs_test-SECRET-0987654321';
    await assert.rejects(
      resolveSettings({
        inputs: { ...base, openai_api_key: key, github_token: token, parallel_workers: 'x' },
        cwd,
      }),
      (err: unknown) => {
        assert.ok(
          err instanceof SettingsError,
          `expected the SettingsError of parallel_workers, got ${String(err)}`,
        );
        assert.equal(
          err.message,
          'input parallel_workers: "x" is not valid; allowed: a whole number from 1 to 32',
        );
        assert.ok(!err.message.includes(key) && !err.message.includes(token));
        return true;
      },
    );
  });
});

describe('a config file that is not valid JSON', () => {
  const cases: [string, string, RegExp][] = [
    [
      'a doubled comma',
      '{\n  "resume": "resume.md",\n  "min_score": 60,,\n  "max_jobs": 5\n}\n',
      /is not valid JSON: line 3, column 19: expected a "quoted" key .*; near: …[^;]*"min_score": 60,, "max_jobs"/,
    ],
    ['a trailing comma', '{\n  "min_score": 60,\n}\n', /line 3, column 1: expected a "quoted" key/],
    ['a misspelt true', '{\n  "top_per_company": ture\n}', /line 2, column 22: unexpected text/],
    ['a comment', '{\n  // my config\n  "min_score": 60\n}', /line 2, column 3: comments are not allowed/],
    ['a missing brace', '{\n  "min_score": 60\n', /line 3, column 1: expected } \(an object is not closed\)/],
  ];
  for (const [name, text, pattern] of cases) {
    it(`names the line and column of ${name}, with the text around it`, async () => {
      await assert.rejects(resolve({ ...base, config: 'c.json' }, { 'c.json': text }), (err: Error) => {
        assert.ok(err instanceof SettingsError);
        assert.match(err.message, /^input config: ".*c\.json" is not valid JSON: /);
        assert.match(err.message, pattern);
        assert.ok(!err.message.includes('\n'), err.message);
        return true;
      });
    });
  }
});
