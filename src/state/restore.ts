/**
 * Restores run-to-run state from the state artifact of the latest successful earlier run of the same
 * workflow. Never throws: anything missing means "no memory", said in one sentence.
 */
import { abortable } from '../http/abort.ts';
import { createHttpClient } from '../http/client.ts';
import type { HttpClient } from '../http/types.ts';
import { errorLine, type Logger } from '../log.ts';
import { githubRest } from '../publish/github-rest.ts';
import { STATE_FILE, parseState } from './run-state.ts';
import type { RunState } from './run-state.ts';

export interface RestoreStateOptions {
  /** GITHUB_TOKEN (needs `actions: read`). */
  token?: string;
  owner: string;
  repo: string;
  /** The current run (GITHUB_RUN_ID); never restored from. */
  runId: number;
  /**
   * Which workflow's runs to look in: GITHUB_WORKFLOW_REF, a workflow file name ("daily.yml") or a
   * numeric workflow id. Unset: looked up from the current run.
   */
  workflow?: string;
  artifactName: string;
  /** REST API origin (the run context's GITHUB_API_URL); default https://api.github.com. */
  apiUrl?: string;
  /** How many recent successful runs to look through for the artifact (default 10). */
  maxRuns?: number;
  /** The whole restore, API calls and download, ends by then with "no memory" (default 60 s). */
  deadlineMs?: number;
  /** Client for the artifact's blob download (default: the action's client, 30 s per attempt). */
  http?: HttpClient;
  log: Logger;
}

export interface RestoredState {
  state: RunState | null;
  /** One sentence for the log and the summary: where the state came from, or why there is none. */
  note: string;
  /** The run the state came from. */
  fromRunId?: number;
}

const MAX_STATE_BYTES = 20 * 1024 * 1024;
/** The zip of a state artifact: state.json deflated, so well under the file's own cap. */
const MAX_ZIP_BYTES = MAX_STATE_BYTES + 1024 * 1024;
export const RESTORE_DEADLINE_MS = 60_000;
const FRESH = 'every posting is treated as new';

/** The text with the token replaced: servers quote it back in error messages ("Bad credentials: ..."). */
function withoutToken(text: string, token: string): string {
  return token.length >= 4 ? text.split(token).join('***') : text;
}

/** "daily.yml" from GITHUB_WORKFLOW_REF, a workflow path or a file name; a numeric id as a number. */
export function workflowIdentifier(workflow: string): string | number {
  const trimmed = workflow.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const withoutRef = trimmed.replace(/@.*$/, '');
  return withoutRef.split('/').pop() ?? withoutRef;
}

function httpStatus(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

export async function restoreState(opts: RestoreStateOptions): Promise<RestoredState> {
  if (!opts.token) {
    return { state: null, note: `No GitHub token was given, so earlier state cannot be read; ${FRESH}.` };
  }
  const deadlineMs = opts.deadlineMs ?? RESTORE_DEADLINE_MS;
  const signal = AbortSignal.timeout(deadlineMs);
  try {
    // Every request gets the signal, so nothing of the restore is left running after the deadline.
    return await abortable(findState(opts, signal), signal);
  } catch (err) {
    if (signal.aborted) {
      return {
        state: null,
        note: `Earlier state could not be read within ${Math.round(deadlineMs / 1000)} s (the GitHub API or the artifact download did not answer in time); ${FRESH}.`,
      };
    }
    const status = httpStatus(err);
    if (status === 403) {
      return {
        state: null,
        note: `The workflow token may not read earlier runs' artifacts (403); add "permissions: actions: read" to the workflow to remember postings between runs; ${FRESH}.`,
      };
    }
    if (status === 404) {
      return {
        state: null,
        note: `The workflow or its runs were not found (404), so earlier state cannot be read; ${FRESH}.`,
      };
    }
    return {
      state: null,
      note: `Earlier state could not be read (${withoutToken(errorLine(err), opts.token)}); ${FRESH}.`,
    };
  }
}

async function findState(opts: RestoreStateOptions, signal: AbortSignal): Promise<RestoredState> {
  const { owner, repo } = opts;
  const request = { signal };
  const octokit = await githubRest(opts.token!, opts.apiUrl);
  const workflowId =
    opts.workflow && opts.workflow.trim()
      ? workflowIdentifier(opts.workflow)
      : (await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: opts.runId, request })).data
          .workflow_id;

  const { data } = await octokit.rest.actions.listWorkflowRuns({
    owner,
    repo,
    workflow_id: workflowId,
    status: 'success',
    exclude_pull_requests: true,
    per_page: opts.maxRuns ?? 10,
    request,
  });
  const earlier = data.workflow_runs.filter((run) => run.id !== opts.runId);
  if (earlier.length === 0) {
    return {
      state: null,
      note: `No earlier successful run of this workflow was found (first run); ${FRESH}.`,
    };
  }

  for (const run of earlier) {
    const { data: list } = await octokit.rest.actions.listWorkflowRunArtifacts({
      owner,
      repo,
      run_id: run.id,
      name: opts.artifactName,
      per_page: 10,
      request,
    });
    const candidates = list.artifacts.filter((a) => a.name === opts.artifactName);
    const artifact = candidates.filter((a) => !a.expired).sort((a, b) => b.id - a.id)[0];
    if (!artifact) {
      if (candidates.length > 0) {
        return {
          state: null,
          note: `The state artifact "${opts.artifactName}" of run ${run.id} has expired; ${FRESH}.`,
        };
      }
      opts.log.debug(`[state] run ${run.id} has no artifact "${opts.artifactName}"`);
      continue;
    }
    const zip = await downloadArtifactZip(octokit, opts, artifact.id, signal);
    return await readState(opts, run.id, zip);
  }
  return {
    state: null,
    note: `None of the last ${earlier.length} successful runs saved a state artifact "${opts.artifactName}"; ${FRESH}.`,
  };
}

type Octokit = Awaited<ReturnType<typeof githubRest>>;

/**
 * The artifact's zip: the API answers with a redirect to a signed blob URL, fetched with the action's
 * client (size cap, timeouts, the caller's signal) rather than the artifact SDK, whose download retries
 * for minutes and cannot be cancelled.
 */
async function downloadArtifactZip(
  octokit: Octokit,
  opts: RestoreStateOptions,
  artifactId: number,
  signal: AbortSignal,
): Promise<Uint8Array> {
  const { headers, status } = await octokit.rest.actions.downloadArtifact({
    owner: opts.owner,
    repo: opts.repo,
    artifact_id: artifactId,
    archive_format: 'zip',
    request: { redirect: 'manual', signal },
  });
  const location = headers.location;
  if (status !== 302 || !location) throw new Error(`the artifact download answered ${status} without a link`);
  const http = opts.http ?? createHttpClient({ retries: 2 });
  const chunks: Uint8Array[] = [];
  for await (const chunk of await http.stream(location, { signal, maxBytes: MAX_ZIP_BYTES }))
    chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function readState(opts: RestoreStateOptions, runId: number, zip: Uint8Array): Promise<RestoredState> {
  // Only state.json is read, in memory: no path from the zip ever reaches the file system.
  const { unzipSync } = await import('fflate');
  let tooLarge = false;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip, {
      filter: (file) => {
        if (file.name !== STATE_FILE) return false;
        tooLarge = file.originalSize > MAX_STATE_BYTES;
        return !tooLarge;
      },
    });
  } catch (err) {
    return {
      state: null,
      note: `The state artifact of run ${runId} is not a readable zip (${errorLine(err)}); ${FRESH}.`,
    };
  }
  if (tooLarge) {
    return {
      state: null,
      note: `The state file of run ${runId} is larger than 20 MB and was ignored; ${FRESH}.`,
    };
  }
  const bytes = entries[STATE_FILE];
  if (!bytes) {
    return { state: null, note: `The state artifact of run ${runId} holds no ${STATE_FILE}; ${FRESH}.` };
  }
  let state: RunState;
  try {
    state = parseState(new TextDecoder().decode(bytes));
  } catch (err) {
    return {
      state: null,
      note: `The state file of run ${runId} is corrupt (${errorLine(err)}) and was ignored; ${FRESH}.`,
    };
  }
  const count = Object.keys(state.seen).length;
  opts.log.info(`[state] Restored ${count} seen postings from run ${runId}`);
  return { state, note: `Restored ${count} seen postings from run ${runId}.`, fromRunId: runId };
}
