import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { resolveSettings } from '../src/settings/index.ts';
import { SOURCES } from '../src/sources/index.ts';

const root = path.resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const schema = JSON.parse(read('config.schema.json')) as Record<string, unknown>;
// strict: an unknown keyword or a keyword without its type in the generated schema is an error here.
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

function schemaErrors(config: unknown): string {
  return validate(config) ? '' : JSON.stringify(validate.errors);
}

/** The config as the action reads it: '' when accepted, else the one-line error. */
async function actionError(config: Record<string, unknown>): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'jm-schema-'));
  writeFileSync(path.join(dir, 'resume.md'), '# Ada Lovelace\n\n## Skills\nTypeScript, PostgreSQL\n');
  writeFileSync(path.join(dir, 'c.json'), JSON.stringify({ resume: 'resume.md', ...config }));
  try {
    await resolveSettings({ inputs: { config: 'c.json' }, cwd: dir });
    return '';
  } catch (err) {
    return (err as Error).message;
  }
}

const greenhouse = { name: 'Vercel', source: 'greenhouse', board: 'vercel' };

describe('config.schema.json', () => {
  const configs: [string, unknown][] = [
    ['config.json', JSON.parse(read('config.json'))],
    ['config.fast.json', JSON.parse(read('config.fast.json'))],
    ['examples/job-matcher.json', JSON.parse(read('examples/job-matcher.json'))],
    ['examples/demo/config.json', JSON.parse(read('examples/demo/config.json'))],
    ...[...read('README.md').matchAll(/```json\n([\s\S]*?)```/g)].map((m, i): [string, unknown] => [
      `README.md json block ${i + 1}`,
      JSON.parse(m[1]),
    ]),
  ];

  it('finds the configs to check, the README quick start among them', () => {
    assert.ok(configs.some(([name]) => name.startsWith('README.md')));
  });

  for (const [name, config] of configs) {
    it(`accepts ${name}`, () => assert.equal(schemaErrors(config), ''));
  }

  it("accepts every example company of the README's Sources table", () => {
    const examples = [...read('README.md').matchAll(/^\| `[a-z]+` \|.*`(\{ .* \})`/gm)].map((m) =>
      JSON.parse(m[1]),
    );
    assert.equal(examples.length, SOURCES.size);
    for (const company of examples) assert.equal(schemaErrors({ companies: [company] }), '', company);
  });

  it('suggests the keys of each source (if/then on `source`)', () => {
    const items = (schema.properties as Record<string, { items: { allOf: unknown[] } }>).companies.items;
    const lever = JSON.stringify(items.allOf.find((s) => JSON.stringify(s).includes('"const":"lever"')));
    assert.match(lever, /"site":\{"description":"The site name in jobs\.lever\.co\/<site>\."/);
    assert.match(lever, /"required":\["site"\]/);
  });

  // Each case is a config file the action rejects (with the error shown) and the schema must reject too,
  // or one both accept.
  const cases: [string, Record<string, unknown>, RegExp | ''][] = [
    ['greenhouse without board', { companies: [{ source: 'greenhouse' }] }, /board: required/],
    ['a misspelt company key', { companies: [{ ...greenhouse, bord: 'x' }] }, /unknown key "bord"/],
    ['a board given as a URL', { companies: [{ ...greenhouse, board: 'https://x.example/b' }] }, /board: /],
    ['an empty company list', { companies: [] }, /no companies given/],
    ['an unknown source', { companies: [{ source: 'leverr', site: 'x' }] }, /unknown source "leverr"/],
    ['a key of another source', { companies: [{ ...greenhouse, site: 'x' }] }, /unknown key "site"/],
    ['lever region', { companies: [{ source: 'lever', site: 's', region: 'asia' }] }, /region: "asia"/],
    ['url without urls', { companies: [{ source: 'url', urls: [] }] }, /urls: required/],
    ['url with ftp', { companies: [{ source: 'url', urls: ['ftp://x'] }] }, /urls: "ftp:\/\/x"/],
    ['max_pages 0', { companies: [{ ...greenhouse, max_pages: 0 }] }, /max_pages: "0"/],
    ['an empty name', { companies: [{ ...greenhouse, name: ' ' }] }, /name: /],
    [
      'sitemap pattern empty',
      { companies: [{ source: 'sitemap', sitemap: 'https://a.example/s.xml', pattern: '' }] },
      /pattern: must not be empty/,
    ],
    ['min_score 170', { companies: [greenhouse], min_score: 170 }, /min_score: "170"/],
    ['"maybe" as a boolean', { companies: [greenhouse], top_per_company: 'maybe' }, /true or false/],
    ['an unknown top-level key', { companies: [greenhouse], min_scor: 70 }, /unknown key "min_scor"/],
    ['an unknown profile key', { companies: [greenhouse], profile: { title: ['x'] } }, /unknown key "title"/],
    ['a format misspelt', { companies: [greenhouse], formats: ['pdff'] }, /formats: "pdff"/],
    ['no formats', { companies: [greenhouse], formats: [] }, /formats: empty/],
    ['a model id with spaces', { companies: [greenhouse], model: 'bad name!' }, /input model: /],
    ['base_url ftp', { companies: [greenhouse], base_url: 'ftp://x' }, /input base_url: /],
    ['artifact_name with / and :', { companies: [greenhouse], artifact_name: 'a/b:c' }, /artifact_name: /],
    ['a blank artifact_name', { companies: [greenhouse], artifact_name: '  ' }, /artifact_name: /],
    [
      'a local model server and its model',
      { companies: [greenhouse], base_url: 'HTTP://localhost:11434/v1', model: 'llama3.1:8b' },
      '',
    ],
    ['an artifact name with spaces', { companies: [greenhouse], artifact_name: 'my job apps (Dec)' }, ''],
    ['"yes" as a boolean', { companies: [greenhouse], top_per_company: 'yes' }, ''],
    ['"Off" as a boolean', { companies: [greenhouse], fail_on_error: 'Off' }, ''],
    ['a single-employer source without keys', { companies: [{ source: 'amazon' }] }, ''],
    [
      'sitemap with pattern and max_urls',
      {
        companies: [
          { source: 'sitemap', sitemap: 'https://a.example/s.xml', pattern: '/jobs/', max_urls: 20 },
        ],
      },
      '',
    ],
  ];
  for (const [name, config, error] of cases) {
    it(`${error ? 'rejects' : 'accepts'} ${name}, as the action does`, async () => {
      const actual = await actionError(config);
      if (error) assert.match(actual, error);
      else assert.equal(actual, '');
      if (error) assert.notEqual(schemaErrors(config), '', 'the schema accepts it');
      else assert.equal(schemaErrors(config), '');
    });
  }

  it('names the resume file kinds the action reads', () => {
    for (const bad of ['resume.doc', 'cv.png', 'resume.pages'])
      assert.notEqual(schemaErrors({ resume: bad }), '', bad);
    for (const ok of ['resume.md', 'cv.JSON', 'resume.txt', 'me.markdown', 'cv.pdf', 'Resume.DOCX'])
      assert.equal(schemaErrors({ resume: ok }), '', ok);
  });
});
