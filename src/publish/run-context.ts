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

/** An Octokit client for the REST API at `apiUrl` (default GITHUB_API_URL), loaded on use: it is large. */
export async function githubRest(token: string, apiUrl?: string) {
  const baseUrl = (apiUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const { getOctokit } = await import('@actions/github');
  return getOctokit(token, { baseUrl });
}
