import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { resolveSettings } from '../src/settings/index.ts';
import { getSource, SOURCE_NAMES } from '../src/sources/index.ts';

const root = path.resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const readme = read('README.md');

const COMMON_KEYS = ['name', 'source', 'base_url', 'search', 'location', 'max_pages'];

/** The text of one `## ` section of a Markdown document, without its heading. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  assert.ok(start >= 0, `README has no "## ${heading}" section`);
  const rest = markdown.slice(start + heading.length + 5);
  const end = rest.search(/\n## /);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Names of the inputs action.yml declares. */
function actionInputs(): Set<string> {
  const yml = read('action.yml');
  const block = yml.slice(yml.indexOf('\ninputs:\n'), yml.indexOf('\noutputs:\n'));
  return new Set([...block.matchAll(/^ {2}([a-z_][a-z0-9_-]*):\s*$/gm)].map((m) => m[1]));
}

/** The ```yaml blocks of a Markdown document. */
function yamlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]);
}

/**
 * The `with:` keys of every step that uses this action (`org/job-matcher@...` or `./`), found by
 * indentation: a step starts at its `- `, its `with:` children are the next, deeper-indented keys.
 */
function jobMatcherWithKeys(yaml: string): { step: number; keys: string[] }[] {
  const lines = yaml.split('\n');
  const indent = (l: string) => l.length - l.trimStart().length;
  const found: { step: number; keys: string[] }[] = [];
  lines.forEach((line, i) => {
    if (!/^\s*with:\s*$/.test(line)) return;
    const withIndent = indent(line);
    let j = i - 1;
    while (j >= 0 && !(/^\s*- /.test(lines[j]) && indent(lines[j]) < withIndent)) j--;
    const step = lines.slice(Math.max(j, 0), i).join('\n');
    if (!/uses:\s*(org\/job-matcher@|\.\/?\s*$)/m.test(step)) return;
    const keys: string[] = [];
    let childIndent: number | undefined;
    for (let k = i + 1; k < lines.length; k++) {
      const l = lines[k];
      if (!l.trim() || l.trim().startsWith('#')) continue;
      if (indent(l) <= withIndent) break;
      childIndent ??= indent(l);
      const key = indent(l) === childIndent ? /^\s*([A-Za-z0-9_-]+):/.exec(l) : null;
      if (key) keys.push(key[1]);
    }
    found.push({ step: i + 1, keys });
  });
  return found;
}

describe('README sources table', () => {
  const table = section(readme, 'Sources')
    .split('\n')
    .filter((l) => l.startsWith('| `'));

  for (const name of SOURCE_NAMES) {
    it(`documents source "${name}" with each of its config keys`, () => {
      const row = table.find((l) => l.startsWith(`| \`${name}\` |`));
      assert.ok(row, `no row for source "${name}" in the README's Sources table`);
      for (const key of Object.keys(getSource(name)!.keys)) {
        assert.ok(row.includes(`\`${key}\``), `the "${name}" row does not name its key "${key}"`);
      }
      assert.ok(row.includes(`"source": "${name}"`), `the "${name}" row has no config example`);
      assert.ok(row.includes(`\`${name}:`), `the "${name}" row has no shorthand example`);
    });
  }

  it('names the common company keys', () => {
    for (const key of COMMON_KEYS) assert.ok(section(readme, 'Sources').includes(`\`${key}\``), key);
  });

  it("every row's examples resolve to the company they show", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jm-readme-'));
    writeFileSync(path.join(dir, 'resume.md'), '# Ada Lovelace\n\n## Skills\nTypeScript\n');
    const resolved = async (inputs: Record<string, string>) =>
      (await resolveSettings({ inputs: { resume: 'resume.md', ...inputs }, cwd: dir })).companies;
    for (const row of table) {
      const name = /^\| `([a-z]+)` \|/.exec(row)![1];
      const example = /`(\{ .* \})`/.exec(row);
      assert.ok(example, `row without a JSON example: ${row}`);
      const company = JSON.parse(example[1]) as Record<string, unknown>;
      // The config example resolves to itself: every key kept as written, only a default name added.
      writeFileSync(path.join(dir, 'c.json'), JSON.stringify({ companies: [company] }));
      const [fromConfig] = await resolved({ config: 'c.json' });
      assert.deepEqual(
        { ...fromConfig, name: company.name ?? fromConfig.name },
        { ...company, name: fromConfig.name },
      );
      assert.equal(company.source, name, `the "${name}" row's example is for another source`);
      // The shorthand fills the source's shorthand key with the text after the colon (and says so).
      const shorthand = new RegExp(`\\| \`(${name}):([^\`]+)\`( \\(fills \`([a-z_]+)\`\\))? \\|`).exec(row);
      assert.ok(shorthand, `the "${name}" row has no shorthand example`);
      const key = getSource(name)!.shorthandKey;
      if (shorthand[4])
        assert.equal(shorthand[4], key, `the "${name}" row says the shorthand fills another key`);
      const [fromShorthand] = await resolved({ companies: `${name}:${shorthand[2]}` });
      assert.equal(fromShorthand.source, name);
      assert.deepEqual([fromShorthand[key]].flat(), [shorthand[2]], `${name}:${shorthand[2]} sets ${key}`);
    }
  });
});

describe('workflow snippets use only inputs the action declares', () => {
  const inputs = actionInputs();
  const sources: [string, string[]][] = [
    ['README.md', yamlBlocks(readme)],
    ...readdirSync(path.join(root, 'examples'))
      .filter((f) => f.endsWith('.yml'))
      .map((f): [string, string[]] => [`examples/${f}`, [read(`examples/${f}`)]]),
  ];

  it('finds the action inputs and the snippets to check', () => {
    assert.ok(inputs.has('config') && inputs.has('shard') && inputs.has('mode'));
    assert.ok(sources.some(([f]) => f === 'examples/daily.yml'));
    assert.ok(sources.some(([f]) => f === 'examples/matrix.yml'));
  });

  for (const [file, blocks] of sources) {
    it(`${file}: every \`with:\` key of a job-matcher step is an input of action.yml`, () => {
      const steps = blocks.flatMap(jobMatcherWithKeys);
      assert.ok(steps.length > 0, `${file} has no job-matcher step with inputs`);
      for (const { step, keys } of steps) {
        assert.ok(keys.length > 0, `${file}: empty with: block at line ${step}`);
        for (const key of keys) {
          assert.ok(
            inputs.has(key),
            `${file}: "${key}" (with: at line ${step}) is not an input of action.yml`,
          );
        }
      }
    });
  }

  it('the matrix example shards by the matrix and merges the shard artifacts', () => {
    const matrix = read('examples/matrix.yml');
    assert.match(matrix, /shard: \$\{\{ matrix\.shard \}\}\/\$\{\{ strategy\.job-total \}\}/);
    assert.match(matrix, /pattern: job-applications-shard-\*/);
    assert.match(matrix, /mode: merge/);
    assert.match(matrix, /actions: read/);
  });

  for (const [file, blocks] of sources) {
    it(`${file}: a manual run's inputs default to empty, so they never override the config file`, () => {
      for (const block of blocks) {
        const dispatch = /workflow_dispatch:[^\n]*\n((?:[ \t]+[^\n]*\n|\n)*)/.exec(block)?.[1] ?? '';
        for (const line of dispatch.split('\n').filter((l) => /^\s+default:/.test(l)))
          assert.match(line, /default: ''$/, `${file}: ${line.trim()}`);
      }
    });
  }

  it('the daily example grants what GitHub Models and the run memory need', () => {
    const daily = read('examples/daily.yml');
    for (const p of ['contents: read', 'models: read', 'actions: read']) assert.ok(daily.includes(p), p);
  });
});

describe('examples/job-matcher.json', () => {
  it('passes settings validation', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jm-example-'));
    copyFileSync(path.join(root, 'examples/job-matcher.json'), path.join(dir, 'job-matcher.json'));
    writeFileSync(path.join(dir, 'resume.md'), '# Ada Lovelace\n\n## Skills\nTypeScript, PostgreSQL\n');
    const settings = await resolveSettings({ inputs: { config: 'job-matcher.json' }, cwd: dir });
    const config = JSON.parse(read('examples/job-matcher.json')) as { companies: unknown[] };
    assert.equal(settings.companies.length, config.companies.length);
    assert.ok(new Set(settings.companies.map((c) => c.source)).size >= 4, 'shows several sources');
    assert.equal(config.companies.length, settings.allCompanies);
  });

  it("points its $schema at the released schema, as the README's quick start does", () => {
    // A relative path would break once the file is copied to a repository's root.
    const config = JSON.parse(read('examples/job-matcher.json')) as Record<string, unknown>;
    const url = String(config.$schema);
    assert.match(url, /^https:\/\/raw\.githubusercontent\.com\/org\/job-matcher\/v1\/config\.schema\.json$/);
    assert.ok(readme.includes(`"$schema": "${url}"`), 'the README quick start uses the same URL');
    readFileSync(path.join(root, url.slice(url.lastIndexOf('/') + 1)));
  });
});
