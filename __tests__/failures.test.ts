import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { marked } from 'marked';
import { startArtifactServer, type ArtifactServer } from './helpers/artifact-server.ts';
import { startBoardServer } from './helpers/board-server.ts';
import type { Loopback } from './helpers/loopback.ts';
import { demoBoardsDir, demoResume, runAction } from './helpers/run-action.ts';

const acme = readFileSync(path.join(demoBoardsDir, 'greenhouse-acme.json'), 'utf8');
const profile = {
  titles: ['Backend Engineer'],
  skills: ['TypeScript'],
  locations: ['Remote', 'New York'],
  exclude: [],
};
const HOSTILE =
  'Backend Engineer | x ![pwn](http://evil.example/i.png) <script>alert(1)</script> [click](javascript:alert(1))';

describe('a hostile web and careless input, as the runner sees it', () => {
  let boards: Loopback;
  let artifacts: ArtifactServer;

  before(async () => {
    const hostile = JSON.parse(acme);
    hostile.jobs[0].title = HOSTILE;
    boards = await startBoardServer({
      '/v1/boards/acme/jobs': { body: acme, headers: { 'content-type': 'application/json' } },
      '/v1/boards/hostile/jobs': { json: hostile },
      '/v1/boards/gone/jobs': { status: 404, json: { status: 404, error: 'Job board not found' } },
      '/v1/boards/busy/jobs': { status: 429, headers: { 'retry-after': '3600' }, json: {} },
    });
    artifacts = await startArtifactServer();
  });
  after(() => Promise.all([boards?.close(), artifacts?.close()]));

  const run = (
    boardsToUse: string[],
    inputs: Record<string, string> = {},
    env: Record<string, string> = {},
  ) => {
    const config = {
      profile,
      companies: boardsToUse.map((b) => ({
        name: `Co ${b}`,
        source: 'greenhouse',
        board: b,
        base_url: boards.url,
      })),
    };
    // Each run is a new workflow run: artifact names are unique within a run.
    const runId = String(artifacts.finishRun('success'));
    return runAction({
      files: { 'resume.md': demoResume, 'jm.json': JSON.stringify(config) },
      inputs: {
        config: 'jm.json',
        resume: 'resume.md',
        llm: 'off',
        formats: 'md',
        github_token: '',
        ...inputs,
      },
      env: { ...artifacts.env, GITHUB_RUN_ID: runId, ...env },
    });
  };

  it('invalid settings fail the step with the one-line error and write nothing', async () => {
    const r = await run(['acme'], { parallel_workers: '0' });
    assert.equal(r.code, 1);
    assert.match(
      r.stdout,
      /^::error::input parallel_workers: "0" is not valid; allowed: a whole number from 1 to 32$/m,
    );
    assert.equal(existsSync(path.join(r.workspace, 'job-matcher-output')), false);
  });

  it('one failing company is a warning; the others are written and the step succeeds', async () => {
    const r = await run(['acme', 'gone', 'busy']);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /::warning title=Company failed::Co gone \(greenhouse\): .*not found/);
    assert.match(r.stdout, /::warning title=Company throttled::Co busy \(greenhouse\): /);
    assert.ok(Number(r.outputs.generated) >= 1);
    const results = JSON.parse(readFileSync(r.outputs.results, 'utf8'));
    assert.deepEqual(
      results.companies.map((c: { name: string; status: string }) => [c.name, c.status]),
      [
        ['Co acme', 'ok'],
        ['Co gone', 'not_found'],
        ['Co busy', 'throttled'],
      ],
    );
    assert.match(r.summary, /### Failures/);
  });

  it('fail_on_error makes any failure fatal', async () => {
    const r = await run(['acme', 'gone'], { fail_on_error: 'true' });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /::error::fail_on_error: /);
  });

  it('no company listed fails the step', async () => {
    const r = await run(['gone']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /::error::No company could be listed/);
  });

  it('an upload failure leaves the files on disk, says where, and fails the step', async () => {
    artifacts.failTwirp('CreateArtifact', 403, 'artifact storage quota exceeded', 1);
    const r = await run(['acme']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /::error::Artifact upload failed: .*The files are in .*job-matcher-output/);
    assert.match(r.summary, /Artifact upload failed/);
    const out = path.join(r.workspace, 'job-matcher-output');
    assert.ok(existsSync(path.join(out, 'results.json')));
    const results = JSON.parse(readFileSync(path.join(out, 'results.json'), 'utf8'));
    const generated = results.postings.find((p: { status: string }) => p.status === 'generated');
    assert.ok(existsSync(path.join(out, generated.folder, 'cover-letter.md')));
  });

  it('hostile job titles are escaped in the summary and sanitised in folder names', async () => {
    const r = await run(['hostile']);
    assert.equal(r.code, 0, r.stdout);
    const html = marked.parse(r.summary, { async: false, gfm: true });
    assert.doesNotMatch(html, /<script|<img|href="javascript:|href="http:\/\/evil/i);
    assert.match(html, /&lt;script&gt;/);
    const results = JSON.parse(readFileSync(r.outputs.results, 'utf8'));
    for (const p of results.postings) if (p.folder) assert.match(p.folder, /^[a-z0-9-]+$/);
  });

  it('a public repository gets a privacy warning in the log and the summary', async () => {
    const eventPath = path.join(process.env.TMPDIR ?? '/tmp', `jm-event-${process.pid}.json`);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(eventPath, JSON.stringify({ repository: { private: false, visibility: 'public' } }));
    const r = await run(['acme'], { retention_days: '3' }, { GITHUB_EVENT_PATH: eventPath });
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /::warning title=Artifacts are readable by others::This repository is public/);
    assert.match(r.summary, /\[!WARNING\][\s\S]*This repository is public/);
  });
});
