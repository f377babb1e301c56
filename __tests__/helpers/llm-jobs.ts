/** A job, a provider and a generator pointed at a loopback LLM server, for the generator tests. */
import { fixture } from './board-server.ts';
import type { LlmServer } from './llm-server.ts';
import { createGenerator, type GeneratorOptions } from '../../src/generate/index.ts';
import type { Provider } from '../../src/generate/llm.ts';
import { lineLogger, silentLogger } from '../../src/log.ts';
import type { Description, Match } from '../../src/model.ts';
import { parseResume } from '../../src/resume/index.ts';

export const janeResume = parseResume(fixture('resumes/jane.md'), 'jane.md');

export function job(
  company = 'Vercel',
  title = 'Backend Engineer',
  text = 'You will build APIs in TypeScript and PostgreSQL.',
): [Match, Description] {
  return [
    {
      posting: {
        key: `greenhouse:${company}:1`,
        id: '1',
        source: 'greenhouse',
        company,
        title,
        locations: ['Remote'],
        remote: true,
        url: 'https://example.test/1',
      },
      score: 80,
      reasons: {
        bestTitle: title,
        titleScore: 1,
        matchedSkills: ['TypeScript', 'PostgreSQL'],
        missingSkills: [],
        location: 'remote',
        locationFit: true,
        excludedBy: [],
      },
    },
    { text, method: 'api' },
  ];
}

/** provider() and generator() for one server; generator() never retries unless asked. */
export function llmKit(srv: () => LlmServer) {
  const provider = (extra: Partial<Provider> = {}): Provider => ({
    kind: 'openai-compatible',
    baseUrl: srv().baseUrl,
    model: 'gpt-4.1-mini',
    apiKey: 'sk-test-secret',
    ...extra,
  });
  const generator = (opts: Partial<GeneratorOptions> = {}, logLines?: string[]) =>
    createGenerator({
      provider: provider(),
      resume: janeResume,
      log: logLines ? lineLogger((l) => logLines.push(l)) : silentLogger,
      ...opts,
      llm: { maxRetries: 0, timeoutMs: 5000, ...opts.llm },
    });
  return { provider, generator };
}
