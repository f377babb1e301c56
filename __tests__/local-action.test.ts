import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';

const root = path.resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/** `npm run local-action` = `local-action run <dir> <entrypoint> <env file>`. */
const script = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts[
  'local-action'
];
const [, entrypoint, envFile] = /@github\/local-action(?:@\S+)? run \. (\S+) (\S+)$/.exec(script) ?? [];

it('npm run local-action names an entrypoint that exports run(), as @github/local-action requires', async () => {
  assert.ok(entrypoint, script);
  const module = (await import(path.join(root, entrypoint))) as Record<string, unknown>;
  assert.equal(typeof module.run, 'function');
  assert.equal(envFile, '.env');
  assert.match(read('.gitignore'), /^\.env$/m, '.env holds keys: git ignores it');
});

it('.env.example sets the summary file and only inputs that action.yml declares', () => {
  const vars = new Map(
    [...read('.env.example').matchAll(/^#? ?([A-Z][A-Z0-9_]*)=(.*)$/gm)].map((m) => [m[1], m[2]]),
  );
  // local-action's core.summary fails without it.
  assert.ok(vars.get('GITHUB_STEP_SUMMARY'), 'GITHUB_STEP_SUMMARY');
  const yml = read('action.yml');
  const inputs = [...vars.keys()].filter((k) => k.startsWith('INPUT_'));
  for (const name of inputs) {
    const input = name.slice('INPUT_'.length).toLowerCase();
    assert.match(yml, new RegExp(`^  ${input}:$`, 'm'), `${name} is not an input of action.yml`);
  }
  for (const needed of ['INPUT_RESUME', 'INPUT_COMPANIES', 'INPUT_LLM']) assert.ok(vars.has(needed), needed);
});
