/**
 * Artifacts hold a resume and letters. Whoever can read the repository's Actions runs can download
 * them: on a public repository that is every signed-in GitHub user.
 */
import { abortable } from '../http/abort.ts';
import { githubRest } from './github-rest.ts';
import { plural } from '../text/plural.ts';

export type RepoVisibility = 'public' | 'private' | 'internal' | 'unknown';

export interface RepoVisibilityOptions {
  /** The workflow event payload (github.context.payload); its `repository` answers without a request. */
  eventPayload?: unknown;
  token?: string;
  owner?: string;
  repo?: string;
  /** The run context's GITHUB_API_URL; default https://api.github.com. */
  apiUrl?: string;
  /** How long the API may take before the answer is 'unknown'; default VISIBILITY_DEADLINE_MS. */
  deadlineMs?: number;
}

/** The visibility only decides a warning: a slow or hung API must not hold the run for it. */
export const VISIBILITY_DEADLINE_MS = 10_000;

function fromRepository(repository: unknown): RepoVisibility {
  if (typeof repository !== 'object' || repository === null) return 'unknown';
  const r = repository as { visibility?: unknown; private?: unknown };
  if (r.visibility === 'public' || r.visibility === 'private' || r.visibility === 'internal')
    return r.visibility;
  if (r.private === true) return 'private';
  if (r.private === false) return 'public';
  return 'unknown';
}

/** The repository's visibility from the event payload, else the REST API; 'unknown' on any failure. */
export async function repoVisibility(opts: RepoVisibilityOptions): Promise<RepoVisibility> {
  const payload = opts.eventPayload as { repository?: unknown } | undefined;
  const fromPayload = fromRepository(payload?.repository);
  if (fromPayload !== 'unknown') return fromPayload;
  if (!opts.token || !opts.owner || !opts.repo) return 'unknown';
  try {
    const signal = AbortSignal.timeout(opts.deadlineMs ?? VISIBILITY_DEADLINE_MS);
    const octokit = await githubRest(opts.token, opts.apiUrl);
    const request = octokit.rest.repos.get({ owner: opts.owner, repo: opts.repo, request: { signal } });
    const { data } = await abortable(request, signal);
    return fromRepository(data);
  } catch {
    return 'unknown';
  }
}

/** One sentence when the artifacts of this run are readable beyond the user, else null. */
export function privacyWarning(visibility: RepoVisibility, retentionDays?: number): string | null {
  const kept = retentionDays
    ? `for ${plural(retentionDays, 'day')}`
    : 'for the repository default retention (up to 90 days)';
  if (visibility === 'public') {
    return `This repository is public, so the uploaded resume and cover letters can be downloaded by any signed-in GitHub user ${kept}; run the action in a private repository or set a short retention_days.`;
  }
  if (visibility === 'internal') {
    return `This repository is internal, so the uploaded resume and cover letters can be downloaded by every member of the enterprise ${kept}; run the action in a private repository or set a short retention_days.`;
  }
  return null;
}
