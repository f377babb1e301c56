import { readFileSync } from 'node:fs';

export interface RunContext {
  owner: string;
  repo: string;
  /** The event that started the workflow (GITHUB_EVENT_PATH), or undefined outside Actions. */
  eventPayload?: unknown;
}

/**
 * The repository and event of this workflow run, read from the runner's variables (what
 * @actions/github's `context` reads, without loading Octokit at start-up).
 */
export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  let eventPayload: unknown;
  if (env.GITHUB_EVENT_PATH) {
    try {
      eventPayload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch {
      eventPayload = undefined;
    }
  }
  return repo ? { owner, repo, eventPayload } : { owner: '', repo: '', eventPayload };
}
