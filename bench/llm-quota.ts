/**
 * `node bench/llm-quota.ts`: the issue's case as the runner runs it — a scheduled run of 8 jobs
 * (dist/index.js) against a model that answers 6 requests and then sends GitHub Models' daily-limit
 * 429 with `retry-after: 40000`. Prints how long the run took, the requests sent and what became of
 * the jobs. Loopback servers only.
 */
import { readFileSync } from 'node:fs';
import { startBoardServer } from '../__tests__/helpers/board-server.ts';
import { dailyLimitReply, startLlmServer } from '../__tests__/helpers/llm-server.ts';
import { demoResume, runAction } from '../__tests__/helpers/run-action.ts';

const jobs = Array.from({ length: 8 }, (_, i) => ({
  id: 5000 + i,
  title: `Backend Engineer ${i + 1}`,
  absolute_url: `https://boards.greenhouse.io/acme/jobs/${5000 + i}`,
  location: { name: 'Remote' },
  updated_at: '2026-11-20T10:00:00Z',
  content: '&lt;p&gt;Build TypeScript services on PostgreSQL and Kubernetes.&lt;/p&gt;'.repeat(8),
}));
const boards = await startBoardServer({ '/v1/boards/acme/jobs': () => ({ json: { jobs } }) });
const llm = await startLlmServer((call) => (call.index >= 6 ? dailyLimitReply(40000) : undefined));
try {
  const config = {
    profile: { titles: ['Backend Engineer'], skills: ['TypeScript'], locations: ['Remote'], exclude: [] },
    top_per_company: false,
    companies: [{ name: 'Acme', source: 'greenhouse', board: 'acme', base_url: boards.url }],
  };
  const started = Date.now();
  const run = await runAction({
    files: { 'resume.md': demoResume, 'jm.json': JSON.stringify(config) },
    inputs: {
      config: 'jm.json',
      resume: 'resume.md',
      openai_api_key: 'sk-bench',
      base_url: llm.baseUrl,
      formats: 'md',
      github_token: '',
    },
    env: { GITHUB_EVENT_NAME: 'schedule' },
  });
  const ms = Date.now() - started;
  const results = JSON.parse(readFileSync(run.outputs.results, 'utf8')) as {
    counts: { generated: number; deferred: number };
  };
  console.log(`exit code ${run.code}, ${(ms / 1000).toFixed(1)} s`);
  console.log(`LLM requests: ${llm.requests.length} (6 answered, then the 429)`);
  console.log(`jobs: ${results.counts.generated} written by the model, ${results.counts.deferred} deferred`);
  console.log(`summary: ${/LLM quota reached[^\n]*/.exec(run.summary)?.[0]}`);
} finally {
  await Promise.all([boards.close(), llm.close()]);
}
