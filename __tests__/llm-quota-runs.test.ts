/**
 * A scheduled run that meets the LLM's daily limit, as the runner runs it (dist/index.js with the
 * state artifact between runs): it stops asking at once, defers the postings it could not write, says
 * so, and the next run writes exactly those with the model.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { startArtifactServer, type ArtifactServer } from './helpers/artifact-server.ts';
import { startBoardServer } from './helpers/board-server.ts';
import type { Loopback } from './helpers/loopback.ts';
import { dailyLimitReply, defaultLetter, startLlmServer, type LlmServer } from './helpers/llm-server.ts';
import { demoBoardsDir, demoResume, runAction } from './helpers/run-action.ts';

let boards: Loopback;
let llm: LlmServer;
let artifacts: ArtifactServer;

before(async () => {
  boards = await startBoardServer({
    '/v1/boards/acme/jobs': {
      body: readFileSync(path.join(demoBoardsDir, 'greenhouse-acme.json')),
      headers: { 'content-type': 'application/json' },
    },
    '/v0/postings/nimbus': {
      body: readFileSync(path.join(demoBoardsDir, 'lever-nimbus.json')),
      headers: { 'content-type': 'application/json' },
    },
  });
  llm = await startLlmServer();
  artifacts = await startArtifactServer();
});
after(() => Promise.all([boards?.close(), llm?.close(), artifacts?.close()]));

async function scheduledRun(event = 'schedule', formats = 'md') {
  const config = {
    profile: {
      titles: ['Backend Engineer', 'Platform Engineer'],
      skills: ['TypeScript', 'Go', 'Kubernetes'],
      locations: ['New York', 'Remote'],
      exclude: ['Manager'],
    },
    top_per_company: false,
    parallel_workers: 1,
    companies: [
      { name: 'Acme Robotics', source: 'greenhouse', board: 'acme', base_url: boards.url },
      { name: 'Nimbus Health', source: 'lever', site: 'nimbus', base_url: boards.url },
    ],
  };
  const started = Date.now();
  const run = await runAction({
    files: { 'resume.md': demoResume, 'jm.json': JSON.stringify(config) },
    inputs: {
      config: 'jm.json',
      resume: 'resume.md',
      openai_api_key: 'sk-quota-test',
      base_url: llm.baseUrl,
      formats,
      github_token: artifacts.token,
    },
    env: { ...artifacts.env, GITHUB_RUN_ID: String(artifacts.currentRunId()), GITHUB_EVENT_NAME: event },
  });
  artifacts.finishRun(run.code === 0 ? 'success' : 'failure');
  const results = JSON.parse(readFileSync(run.outputs.results, 'utf8')) as {
    counts: { generated: number; deferred: number };
    postings: { key: string; status: string; reason?: string; folder?: string }[];
  };
  return { run, results, ms: Date.now() - started };
}

test('the daily limit (429, retry-after: 40000) defers the rest; the next scheduled run writes them', async () => {
  // Three answers, then GitHub Models' daily-limit error for every request.
  llm.setScript((call) => (call.index >= 3 ? dailyLimitReply(40000) : undefined));
  const first = await scheduledRun();
  assert.equal(first.run.code, 0, first.run.stdout + first.run.stderr);
  assert.ok(first.ms < 60_000, `the run ended ${first.ms} ms after it started, not after 11 hours`);
  assert.equal(llm.requests.length, 4, 'not one request after the 429');
  const deferred = first.results.postings.filter((p) => p.status === 'deferred');
  assert.ok(deferred.length >= 2, `deferred: ${deferred.length}`);
  assert.equal(first.results.counts.deferred, deferred.length);
  assert.equal(first.results.counts.generated, 1);
  assert.match(
    first.run.summary,
    new RegExp(
      `LLM quota reached after 3 requests; ${deferred.length} postings deferred to the next run \\(or set \`on_quota: template\`\\)`,
    ),
  );
  assert.match(first.run.stdout, /::warning title=LLM daily limit::.*deferred to the next run/);
  assert.equal((first.run.stdout.match(/title=LLM daily limit/g) ?? []).length, 1);
  assert.match(first.run.stdout, /\[llm\] 4 requests used/);

  llm.setScript(undefined);
  const before = llm.requests.length;
  const second = await scheduledRun();
  assert.equal(second.run.code, 0, second.run.stdout + second.run.stderr);
  const written = second.results.postings.filter((p) => p.status === 'generated').map((p) => p.key);
  assert.deepEqual(written.sort(), deferred.map((p) => p.key).sort(), 'exactly the deferred postings');
  assert.equal(llm.requests.length - before, 2 * deferred.length, 'each written with the model');
  assert.doesNotMatch(second.run.summary, /deferred/);
});

test('a model answer the renderer cannot take: the job gets the template documents instead of failing', async () => {
  // 10,000 nested block quotes pass the size cap and the fact check, and overflow the Markdown parser.
  llm.setScript((call) =>
    call.kind === 'letter'
      ? { content: `${defaultLetter(call.user)}\n\n${'>'.repeat(10_000)} Thanks.` }
      : undefined,
  );
  const { run, results } = await scheduledRun('workflow_dispatch', 'md,html');
  llm.setScript(undefined);
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.ok(results.counts.generated >= 2);
  assert.equal(results.postings.filter((p) => p.status === 'failed').length, 0);
  assert.match(
    run.stdout,
    /::warning title=Rendering failed::.*render: Maximum call stack size exceeded.*template generator's documents were written instead/,
  );
  const job = JSON.parse(
    readFileSync(
      path.join(run.workspace, 'job-matcher-output', results.postings[0].folder!, 'job.json'),
      'utf8',
    ),
  );
  assert.match(JSON.stringify(job), /render: Maximum call stack size exceeded/);
});
