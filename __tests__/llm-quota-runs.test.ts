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
import {
  dailyLimitReply,
  defaultLetter,
  defaultResumeJson,
  startLlmServer,
  type LlmServer,
} from './helpers/llm-server.ts';
import { demoBoard, demoResume, runAction } from './helpers/run-action.ts';

let boards: Loopback;
let llm: LlmServer;
let artifacts: ArtifactServer;

before(async () => {
  boards = await startBoardServer({
    '/v1/boards/acme/jobs': demoBoard('greenhouse-acme.json'),
    '/v0/postings/nimbus': demoBoard('lever-nimbus.json'),
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

test('deeply nested model Markdown is rendered bounded; what the renderer still cannot take gets the template documents', async () => {
  // Acme's letter ends in 10,000 nested block quotes (they overflowed marked's stack before the renderer
  // bounded nesting); Nimbus's resume summary is 2,000 levels of alternating emphasis, which marked
  // still cannot take.
  llm.setScript((call) => {
    const acme = call.user.includes('Acme Robotics');
    if (call.kind === 'letter' && acme)
      return { content: `${defaultLetter(call.user)}\n\n${'>'.repeat(10_000)} Thanks for reading.` };
    if (call.kind !== 'resume' || acme) return undefined;
    const resume = defaultResumeJson(call.user);
    resume.summary = `${'*a _b '.repeat(2000)}x${' b_ a*'.repeat(2000)}`;
    return { content: JSON.stringify(resume) };
  });
  const { run, results } = await scheduledRun('workflow_dispatch', 'md,html');
  llm.setScript(undefined);
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.equal(results.postings.filter((p) => p.status === 'failed').length, 0);
  const job = (company: string) => {
    const folder = results.postings.find((p) => p.status === 'generated' && p.key.includes(company))!.folder!;
    const dir = path.join(run.workspace, 'job-matcher-output', folder);
    return {
      json: JSON.parse(readFileSync(path.join(dir, 'job.json'), 'utf8')) as {
        letter: { by: string };
        resume: { by: string };
      },
      html: readFileSync(path.join(dir, 'cover-letter.html'), 'utf8'),
    };
  };
  const acme = job('acme');
  assert.equal(acme.json.letter.by, 'llm');
  assert.match(acme.html, /Thanks for reading\./);
  const nimbus = job('nimbus');
  assert.equal(nimbus.json.letter.by, 'template');
  assert.equal(nimbus.json.resume.by, 'template');
  assert.match(JSON.stringify(nimbus.json), /render: Maximum call stack size exceeded/);
  const failures = run.stdout.split('\n').filter((l) => l.includes('::warning title=Rendering failed::'));
  assert.ok(failures.length >= 1, run.stdout);
  for (const line of failures)
    assert.match(
      line,
      /::warning title=Rendering failed::Nimbus Health .*render: Maximum call stack size exceeded.*template generator's documents were written instead/,
    );
});
