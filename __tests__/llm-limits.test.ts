/**
 * The LLM as users have it: daily limits, a model that hangs or trickles, huge or secret-echoing
 * answers, reasoning models, unknown models, one request per job, GitHub Models' per-model limits.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, beforeEach, test } from 'node:test';
import { job, llmKit } from './helpers/llm-jobs.ts';
import {
  dailyLimitReply,
  defaultContent,
  defaultResumeJson,
  reasoningModelRules,
  startLlmServer,
  unknownModelReply,
  type LlmServer,
} from './helpers/llm-server.ts';
import { JobDeferred } from '../src/generate/index.ts';
import { githubModelLimits, githubModelsTable } from '../src/generate/github-models.ts';
import { LlmClient } from '../src/generate/llm.ts';
import { isReasoningModel, judgeStatus } from '../src/generate/llm-policy.ts';
import { silentLogger } from '../src/log.ts';
import { llmFitJudge } from '../src/match/llm-rank.ts';
import { llmStopLine, type LlmTotalsView } from '../src/report/summary.ts';

let srv: LlmServer;
const { provider, generator } = llmKit(() => srv);
const CATALOG = ['openai/gpt-4.1-mini', 'openai/gpt-5-mini'];

before(async () => {
  srv = await startLlmServer(undefined, { catalog: CATALOG });
});
after(() => srv.close());
beforeEach(() => {
  srv.setScript(undefined);
  srv.requests.length = 0;
});

/** Answers `answered` requests, then GitHub Models' daily-limit 429 (retry-after: 40000) forever. */
const dailyLimitAfter = (answered: number) => (call: { index: number }) =>
  call.index >= answered ? dailyLimitReply(40000) : undefined;

test('daily limit: no sleep on retry-after 40000, no request after it, the remaining jobs are deferred', async () => {
  srv.setScript(dailyLimitAfter(3));
  const logs: string[] = [];
  const gen = generator({ concurrency: 1, llm: { maxRetries: 3 } }, logs);
  const started = Date.now();
  const first = await gen.generate(...job('Vercel'));
  assert.equal(first.letter.by, 'llm');
  for (const company of ['Stripe', 'Linear', 'Figma'])
    await assert.rejects(gen.generate(...job(company)), (err: Error) => {
      assert.ok(err instanceof JobDeferred, String(err));
      assert.match(err.message, /^deferred to the next run: GitHub Models daily limit|LLM quota/);
      return true;
    });
  const elapsed = Date.now() - started;
  assert.ok(elapsed < 5000, `the run went on at once (${elapsed} ms), not after the server's 11 hours`);
  assert.equal(srv.requests.length, 4, 'three answers, one 429, then not a single request more');
  const totals = gen.totals();
  assert.equal(totals.stop?.kind, 'quota');
  assert.equal(totals.stop?.afterRequests, 3);
  assert.match(
    totals.stop.reason,
    /reached after 3 requests: 429 Rate limit of 150 per 86400s .*wait 11\.1 h/,
  );
  assert.equal(totals.stoppedJobs, 3);
  const said = logs.filter((l) => /LLM daily limit/.test(l));
  assert.equal(said.length, 1, logs.join('\n'));
  assert.match(said[0], /the remaining jobs are deferred to the next run \(on_quota: defer\)/);
});

test("the daily limit is known from the error body alone, even with a short wait; so is OpenAI's insufficient_quota", async () => {
  const replies = {
    'GitHub Models, body only, retry-after 1 s': { ...dailyLimitReply(1), headers: { 'retry-after': '1' } },
    'OpenAI insufficient_quota, no retry-after': {
      status: 429,
      json: {
        error: {
          type: 'insufficient_quota',
          code: 'insufficient_quota',
          message: 'You exceeded your current quota, please check your plan and billing details.',
        },
      },
    },
  };
  for (const [name, reply] of Object.entries(replies)) {
    srv.requests.length = 0;
    srv.setScript((call) => (call.index >= 2 ? reply : undefined));
    const gen = generator({ concurrency: 1, llm: { maxRetries: 3 } });
    assert.equal((await gen.generate(...job('Vercel'))).letter.by, 'llm', name);
    await assert.rejects(gen.generate(...job('Stripe')), JobDeferred, name);
    await assert.rejects(gen.generate(...job('Linear')), JobDeferred, name);
    assert.equal(srv.requests.length, 3, `${name}: the 429 is not retried and nothing is asked after it`);
    assert.equal(gen.totals().stop?.kind, 'quota', name);
  }
});

test('a plain 429 asking for longer than the cap is a quota too; a short one is retried', async () => {
  srv.setScript((call) =>
    call.index === 0
      ? { status: 429, headers: { 'retry-after': '3600' }, json: { error: { message: 'Too many requests' } } }
      : undefined,
  );
  const gen = generator({ concurrency: 1, onQuota: 'template', llm: { maxRetries: 3 } });
  const started = Date.now();
  const res = await gen.generate(...job());
  assert.ok(Date.now() - started < 5000);
  assert.equal(res.letter.by, 'template');
  assert.equal(res.resume.by, 'template');
  assert.match(res.letter.fallbackReason ?? '', /LLM quota reached after 0 requests: .*Too many requests/);
  assert.equal(srv.requests.length, 1);
  assert.equal(
    judgeStatus(
      { status: 429, message: 'x', headers: new Headers({ 'retry-after': '30' }) },
      {
        capMs: 60_000,
        retriesLeft: 1,
        backoffMs: 5,
      },
    ).action,
    'retry',
  );
});

test('on_quota: template writes the remaining jobs with the template generator, said once', async () => {
  srv.setScript(dailyLimitAfter(2));
  const logs: string[] = [];
  const gen = generator({ concurrency: 1, onQuota: 'template' }, logs);
  const results = [];
  for (const company of ['Vercel', 'Stripe', 'Linear']) results.push(await gen.generate(...job(company)));
  assert.deepEqual(
    results.map((r) => [r.letter.by, r.resume.by]),
    [
      ['llm', 'llm'],
      ['template', 'template'],
      ['template', 'template'],
    ],
  );
  assert.match(results[2].resume.fallbackReason ?? '', /GitHub Models daily limit|LLM quota/);
  assert.equal(srv.requests.length, 3);
  assert.equal(logs.filter((l) => /on_quota: template/.test(l)).length, 1);
  assert.equal(logs.filter((l) => /LLM fallback/.test(l)).length, 0, 'no per-job warnings');
});

test('a hung model: each request gives up at its deadline, and after repeated timeouts the rest go to the template at once', async () => {
  srv.setScript(() => ({ hang: true }));
  const logs: string[] = [];
  const gen = generator(
    { concurrency: 1, llm: { timeoutMs: 300, timeoutsBeforeStop: 2, maxRetries: 3 } },
    logs,
  );
  const started = Date.now();
  const results = [];
  for (const company of ['Vercel', 'Stripe', 'Linear', 'Figma'])
    results.push(await gen.generate(...job(company)));
  const elapsed = Date.now() - started;
  assert.ok(elapsed < 3000, `4 jobs in ${elapsed} ms: two deadlines, then no more waiting`);
  assert.equal(srv.requests.length, 2, 'timed-out requests are not retried; the third is never sent');
  assert.ok(results.every((r) => r.letter.by === 'template' && r.resume.by === 'template'));
  assert.match(
    results[3].letter.fallbackReason ?? '',
    /stopped answering: 2 requests got no complete answer/,
  );
  assert.equal(gen.totals().stop?.kind, 'timeouts');
  assert.equal(logs.filter((l) => /LLM timed out/.test(l)).length, 1);
});

test('a 200 whose body trickles in one byte at a time is cut at the deadline', async () => {
  srv.setScript((call) => (call.index === 0 ? { trickleMs: 100 } : undefined));
  const gen = generator({ concurrency: 1, llm: { timeoutMs: 600 } });
  const started = Date.now();
  const res = await gen.generate(...job());
  assert.ok(Date.now() - started < 3000);
  assert.equal(res.letter.by, 'template');
  assert.match(res.letter.fallbackReason ?? '', /no complete answer within 1 s/);
  assert.equal(res.resume.by, 'llm', 'one timeout alone does not stop the run');
});

test('a 10 MB answer is refused at the size cap and the job falls back to the template', async () => {
  const huge = 'spam '.repeat(2_000_000);
  srv.setScript((call) => (call.kind === 'letter' ? { content: huge } : undefined));
  const res = await generator().generate(...job());
  assert.equal(res.letter.by, 'template');
  assert.match(res.letter.fallbackReason ?? '', /answer was larger than 2097152 bytes/);
  assert.equal(res.resume.by, 'llm');
  // Under the byte cap but far past what the output cap allows: not an answer either.
  srv.setScript((call) => (call.kind === 'letter' ? { content: 'word '.repeat(60_000) } : undefined));
  const long = await generator({ llm: { maxOutputTokens: 1000 } }).generate(...job());
  assert.match(long.letter.fallbackReason ?? '', /far past its output cap/);
});

test('a model that echoes the API key and the workflow token never puts them into a document', async () => {
  srv.setScript((call) => {
    const echo = `My key is ${call.headers.authorization} and ghs_workflowtoken123.`;
    if (call.kind === 'letter') return { content: `${defaultContent(call)}\n\n${echo}` };
    const resume = defaultResumeJson(call.user);
    resume.summary = `${resume.summary} ${echo}`;
    return { content: JSON.stringify(resume) };
  });
  const res = await generator({ secrets: ['ghs_workflowtoken123'] }).generate(...job());
  assert.equal(res.letter.by, 'llm');
  assert.equal(res.resume.by, 'llm');
  for (const doc of [res.letter.markdown, res.resume.markdown]) {
    assert.ok(!doc.includes('sk-test-secret'), doc);
    assert.ok(!doc.includes('ghs_workflowtoken123'), doc);
  }
  assert.match(res.letter.markdown, /Bearer \*\*\*/);
});

test('a key spelled with JSON escapes in a structured answer never reaches a document or a judgement', async () => {
  // `\u0073k-test-secret` is not the key as text, so the client's scrub misses it; JSON.parse makes it the key.
  const escaped = (s: string) => s.replace('@KEY@', '\\u0073k-test-secret');
  srv.setScript((call) => {
    if (call.kind === 'resume') {
      const resume = defaultResumeJson(call.user);
      resume.summary = `${resume.summary} Key: @KEY@`;
      return { content: escaped(JSON.stringify(resume)) };
    }
    if (call.kind === 'application') {
      const answer = JSON.parse(defaultContent(call)) as { letter: string };
      answer.letter += ' My key is @KEY@.';
      return { content: escaped(JSON.stringify(answer)) };
    }
    if (call.body.response_format?.json_schema?.name === 'fit_judgements')
      return {
        content: escaped(JSON.stringify({ judgements: [{ id: 'p1', fit: 70, reason: 'Key @KEY@' }] })),
      };
    return undefined;
  });
  for (const requestsPerJob of [2, 1] as const) {
    const res = await generator({ requestsPerJob }).generate(...job());
    assert.equal(res.resume.by, 'llm');
    for (const doc of [res.letter.markdown, res.resume.markdown])
      assert.ok(!doc.includes('sk-test-secret'), `llm_requests_per_job ${requestsPerJob}: ${doc}`);
  }
  const client = new LlmClient({ provider: provider(), maxRetries: 0 });
  const [match] = job();
  const fits = await llmFitJudge(client, silentLogger)(
    { titles: ['Backend Engineer'], skills: [], locations: [], exclude: [] },
    [match],
  );
  assert.equal(fits.get(match)?.reason, 'Key ***');
});

test('reasoning model by id: max_completion_tokens, no temperature, the whole output cap; reasoning tokens counted', async () => {
  srv.setScript((call) => reasoningModelRules(call) ?? { reasoningTokens: 700 });
  const gen = generator({
    provider: provider({ model: 'openai/gpt-5-mini' }),
    llm: { maxOutputTokens: 4000 },
  });
  const res = await gen.generate(...job());
  assert.equal(res.letter.by, 'llm');
  assert.equal(res.resume.by, 'llm');
  assert.equal(srv.requests.length, 2, 'no request was refused');
  for (const call of srv.requests) {
    assert.equal(call.body.max_tokens, undefined);
    assert.equal(call.body.temperature, undefined);
    assert.equal(call.body.max_completion_tokens, 4000);
  }
  assert.equal(res.usage?.reasoning, 1400);
  assert.ok(res.usage.completion >= 1400, 'reasoning tokens are part of completion and of the budget');
  assert.equal(gen.totals().usage.reasoning, 1400);
  assert.ok(isReasoningModel('o4-mini') && isReasoningModel('openai/o3') && isReasoningModel('gpt-5'));
  assert.ok(!isReasoningModel('openai/gpt-4.1-mini') && !isReasoningModel('gpt-4o'));
});

test("an unrecognised reasoning model is learnt from the server's 400s once per run", async () => {
  srv.setScript((call) => reasoningModelRules(call));
  const logs: string[] = [];
  const gen = generator({ provider: provider({ model: 'acme-thinker' }), concurrency: 1 }, logs);
  const first = await gen.generate(...job('Vercel'));
  assert.equal(first.letter.by, 'llm');
  assert.equal(first.resume.by, 'llm');
  const rejected = srv.requests.length - 2;
  assert.equal(rejected, 2, 'one 400 for max_tokens, one for temperature');
  await gen.generate(...job('Stripe'));
  assert.equal(srv.requests.length - 2, 4, 'the second job is sent right at once');
  assert.equal(logs.filter((l) => /does not take max_tokens/.test(l)).length, 1);
  assert.equal(logs.filter((l) => /does not take a temperature/.test(l)).length, 1);
});

test('unknown model: GitHub Models says it before the jobs from the catalog and spends no request', async () => {
  const logs: string[] = [];
  const gen = generator(
    {
      provider: provider({
        kind: 'github-models',
        baseUrl: `${srv.baseUrl.replace(/\/v1$/, '')}/inference`,
        model: 'openai/gpt-9',
      }),
    },
    logs,
  );
  await gen.checkModel();
  const warned = logs.filter((l) => /Unknown model/.test(l));
  assert.equal(warned.length, 1);
  assert.match(
    warned[0],
    /does not know the model "openai\/gpt-9" .*models catalog, https:\/\/github\.com\/marketplace\?type=models/,
  );
  const res = await gen.generate(...job());
  assert.equal(res.letter.by, 'template');
  assert.equal(srv.requests.length, 0);

  const known = generator({
    provider: provider({
      kind: 'github-models',
      baseUrl: `${srv.baseUrl.replace(/\/v1$/, '')}/inference`,
      model: 'openai/gpt-4.1-mini',
    }),
  });
  await known.checkModel();
  assert.equal((await known.generate(...job())).letter.by, 'llm');
});

test('unknown model on an OpenAI-compatible server: the first 404 is said once, the rest use the template', async () => {
  srv.setScript((call) => unknownModelReply(call.body.model));
  const logs: string[] = [];
  const gen = generator({ provider: provider({ model: 'llama9' }), concurrency: 1 }, logs);
  const a = await gen.generate(...job('Vercel'));
  const b = await gen.generate(...job('Stripe'));
  assert.ok([a, b].every((r) => r.letter.by === 'template' && r.resume.by === 'template'));
  assert.equal(srv.requests.length, 1);
  assert.equal(logs.filter((l) => /Unknown model/.test(l)).length, 1);
  assert.match(
    logs.join('\n'),
    /does not know the model "llama9" .*lists at http:\/\/127\.0\.0\.1:\d+\/v1\/models/,
  );
});

test('one request per job: letter and resume from one structured answer, both grounded', async () => {
  srv.setScript((call) => {
    const answer = JSON.parse(defaultContent(call)) as {
      letter: string;
      resume: ReturnType<typeof defaultResumeJson>;
    };
    answer.letter += '\n\nBefore that I was Chief Security Officer at Umbrella Corp.';
    answer.resume.experience.unshift({
      employer: 'Umbrella Corp',
      title: 'CSO',
      start: '2020',
      end: 'Present',
      bullets: ['x'],
    });
    return { content: JSON.stringify(answer) };
  });
  const gen = generator({ requestsPerJob: 1, concurrency: 1 });
  const results = [];
  for (const company of ['Vercel', 'Stripe', 'Linear']) results.push(await gen.generate(...job(company)));
  assert.equal(srv.requests.length, 3, 'one request per job');
  for (const call of srv.requests) {
    assert.equal(call.kind, 'application');
    assert.equal(call.body.response_format?.json_schema?.name, 'job_application');
  }
  for (const r of results) {
    assert.equal(r.letter.by, 'llm');
    assert.equal(r.resume.by, 'llm');
    assert.ok(!r.letter.markdown.includes('Umbrella') && !r.resume.markdown.includes('Umbrella'));
    assert.deepEqual(
      r.grounding.filter((g) => g.kind === 'employer').map((g) => g.value),
      ['Umbrella Corp', 'Umbrella Corp'],
    );
  }
  assert.match(results[1].letter.markdown, /^Dear Stripe hiring team,/);
  assert.match(results[1].resume.markdown, /### Senior Backend Engineer — Acme Corp/);

  // Same fallbacks: an unusable letter alone goes to the template, the resume stays the model's.
  srv.setScript((call) => ({
    content: JSON.stringify({ ...JSON.parse(defaultContent(call)), letter: 'Hi.' }),
  }));
  const partial = await gen.generate(...job('Figma'));
  assert.equal(partial.letter.by, 'template');
  assert.match(partial.letter.fallbackReason ?? '', /only 1 word left/);
  assert.equal(partial.resume.by, 'llm');
});

test("GitHub Models' per-model limits come from the model id; the README table is the code's", () => {
  assert.deepEqual(githubModelLimits('openai/gpt-4.1-mini'), {
    tier: 'low',
    rpm: 15,
    rpd: 150,
    concurrency: 5,
    maxInputTokens: 8000,
    maxOutputTokens: 4000,
  });
  assert.equal(githubModelLimits('openai/gpt-4.1').tier, 'high');
  assert.equal(githubModelLimits('some-lab/new-model').tier, 'high', 'unknown ids get the stricter tier');
  const mini = githubModelLimits('openai/gpt-5-mini');
  assert.deepEqual([mini.rpm, mini.rpd, mini.concurrency, mini.maxInputTokens], [2, 12, 1, 4000]);
  assert.equal(githubModelLimits('openai/o3').rpd, 8);
  const client = new LlmClient({ provider: provider({ kind: 'github-models', model: 'openai/gpt-5-mini' }) });
  assert.equal(client.maxInputTokens, 4000);
  assert.equal(client.reasoning, true);
  const readme = readFileSync(path.join(import.meta.dirname, '..', 'README.md'), 'utf8');
  for (const row of githubModelsTable()) assert.ok(readme.includes(row), `README lacks: ${row}`);
});

test('the summary line says why the run stopped asking and what became of the remaining jobs', () => {
  const view = (stop: NonNullable<LlmTotalsView['stop']>, provider = 'github-models'): LlmTotalsView => ({
    provider,
    calls: 7,
    tokens: 1000,
    budgetExhausted: false,
    fallbacks: 0,
    stop,
  });
  const quota = { kind: 'quota' as const, reason: 'x', afterRequests: 6 };
  assert.equal(
    llmStopLine(view({ ...quota, jobs: 2, deferred: 2 })),
    'GitHub Models daily limit reached after 6 requests; 2 postings deferred to the next run (or set `on_quota: template`).',
  );
  assert.equal(
    llmStopLine(view({ ...quota, jobs: 3, deferred: 0 }, 'openai-compatible')),
    'LLM quota reached after 6 requests; 3 jobs written by the template generator.',
  );
  assert.equal(
    llmStopLine(
      view({
        kind: 'timeouts',
        reason: 'the LLM stopped answering: 2 requests got no complete answer within 120 s',
        afterRequests: 0,
        jobs: 4,
        deferred: 0,
      }),
    ),
    'the LLM stopped answering: 2 requests got no complete answer within 120 s; 4 jobs written by the template generator.',
  );
  assert.equal(llmStopLine(view(undefined as never)), undefined);
});
