import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { redactSecrets } from '../src/log.ts';
import { readActionInputs, readRunContext } from '../src/settings/environment.ts';
import { SETTINGS } from '../src/settings/spec.ts';
import { quietRunnerOutput } from './helpers/quiet-runner.ts';

const runnerOutput = quietRunnerOutput();

test('secret inputs are masked for the runner and redacted by the action as they are read', () => {
  const key = 'sk-unit-SECRET-5566778899';
  const token = 'ghs_unit-SECRET-1122334455';
  const env = { INPUT_OPENAI_API_KEY: key, INPUT_GITHUB_TOKEN: token, INPUT_MODEL: 'openai/gpt-4.1' };
  Object.assign(process.env, env);
  try {
    const inputs = readActionInputs();
    assert.equal(inputs.openai_api_key, key);
    assert.equal(inputs.github_token, token);
    assert.equal(inputs.model, 'openai/gpt-4.1');
    assert.equal(inputs.min_score, '', 'an input not given reads as empty');
    const masks = runnerOutput()
      .split(/\r?\n/)
      .filter((line) => line.startsWith('::add-mask::'));
    assert.deepEqual(masks.sort(), [`::add-mask::${key}`, `::add-mask::${token}`].sort());
    assert.equal(
      redactSecrets(`key ${key}, token ${token}, model openai/gpt-4.1`),
      'key ***, token ***, model openai/gpt-4.1',
    );
  } finally {
    for (const name of Object.keys(env)) delete process.env[name];
  }
});

test('the run context: workspace, event, repository, run page and artifact service from the runner', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'jm-context-'));
  const event = path.join(dir, 'event.json');
  writeFileSync(event, JSON.stringify({ repository: { visibility: 'private' } }));
  const context = readRunContext({
    GITHUB_WORKSPACE: dir,
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'octo/job-search',
    GITHUB_RUN_ID: '9',
    GITHUB_WORKFLOW_REF: 'octo/job-search/.github/workflows/daily.yml@refs/heads/main',
    GITHUB_SERVER_URL: 'https://ghe.example/',
    GITHUB_API_URL: 'https://ghe.example/api/v3',
    ACTIONS_RUNTIME_TOKEN: 't',
    ACTIONS_RESULTS_URL: 'http://results.example/',
  });
  assert.deepEqual(context, {
    workspace: dir,
    eventName: 'schedule',
    owner: 'octo',
    repo: 'job-search',
    eventPayload: { repository: { visibility: 'private' } },
    runId: 9,
    workflowRef: 'octo/job-search/.github/workflows/daily.yml@refs/heads/main',
    apiUrl: 'https://ghe.example/api/v3',
    runUrl: 'https://ghe.example/octo/job-search/actions/runs/9',
    artifactService: true,
  });

  // Outside Actions: the process's folder, github.com's API, no run page, no artifact service.
  const local = readRunContext({ ACTIONS_RUNTIME_TOKEN: 't', GITHUB_REPOSITORY: 'o/r' }, dir);
  assert.equal(local.workspace, dir);
  assert.equal(local.apiUrl, 'https://api.github.com');
  assert.equal(local.runUrl, undefined, 'the run page needs the repository and the run');
  assert.equal(local.artifactService, false, 'the artifact service needs both ACTIONS_ variables');
  assert.equal(readRunContext({ GITHUB_EVENT_PATH: path.join(dir, 'missing.json') }).eventPayload, undefined);
});

test('the table in settings/index.ts names every input, every runner variable read, and functions that exist', () => {
  const src = path.join(import.meta.dirname, '..', 'src');
  const read = (file: string) => readFileSync(path.join(src, file), 'utf8');
  const index = read('settings/index.ts');
  const notes = index.slice(index.indexOf(' * | input'), index.indexOf('*/', index.indexOf(' * | input')));
  const named = new Set([...notes.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]));
  for (const spec of SETTINGS) if (spec.input !== false) assert.ok(named.has(spec.name), spec.name);
  const sources = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map(read)
    .join('\n');
  const checkers = notes
    .split('\n')
    .filter((line) => line.startsWith(' * | '))
    .flatMap((line) => [...(line.split('|')[2] ?? '').matchAll(/\b[a-z]+[A-Z]\w*/g)].map((m) => m[0]));
  assert.ok(checkers.length >= 12, checkers.join(' '));
  for (const name of checkers) assert.match(sources, new RegExp(`function ${name}\\b`), name);
  for (const [variable] of read('settings/environment.ts').matchAll(/\b(?:GITHUB|ACTIONS)_[A-Z_]+/g))
    assert.ok(notes.includes(variable), `${variable} is read in readRunContext but not listed`);
});
