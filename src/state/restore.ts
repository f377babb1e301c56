/**
 * Restores run-to-run state from the state artifact of the latest successful earlier run of the same
 * workflow. Never throws: anything missing means "no memory", said in one sentence.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { errorLine, type Logger } from '../log.ts';
import { githubRest } from '../publish/run-context.ts';
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
  /**
   * REST API origin for finding runs; default GITHUB_API_URL. The download itself goes through
   * @actions/github's client, which reads GITHUB_API_URL when it is first loaded.
   */
  apiUrl?: string;
  /** How many recent successful runs to look through for the artifact (default 10). */
  maxRuns?: number;
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
const FRESH = 'every posting is treated as new';

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
  const { owner, repo } = opts;
  try {
    const octokit = await githubRest(opts.token, opts.apiUrl);
    const workflowId =
      opts.workflow && opts.workflow.trim()
        ? workflowIdentifier(opts.workflow)
        : (await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: opts.runId })).data.workflow_id;

    const { data } = await octokit.rest.actions.listWorkflowRuns({
      owner,
      repo,
      workflow_id: workflowId,
      status: 'success',
      exclude_pull_requests: true,
      per_page: opts.maxRuns ?? 10,
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
      return await downloadState(opts, run.id, artifact.id);
    }
    return {
      state: null,
      note: `None of the last ${earlier.length} successful runs saved a state artifact "${opts.artifactName}"; ${FRESH}.`,
    };
  } catch (err) {
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
    return { state: null, note: `Earlier state could not be read (${errorLine(err)}); ${FRESH}.` };
  }
}

async function downloadState(
  opts: RestoreStateOptions,
  runId: number,
  artifactId: number,
): Promise<RestoredState> {
  const dir = await mkdtemp(path.join(tmpdir(), 'job-matcher-restore-'));
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    await new DefaultArtifactClient().downloadArtifact(artifactId, {
      path: dir,
      findBy: {
        token: opts.token!,
        workflowRunId: runId,
        repositoryOwner: opts.owner,
        repositoryName: opts.repo,
      },
    });
    const file = path.join(dir, STATE_FILE);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) {
      return { state: null, note: `The state artifact of run ${runId} holds no ${STATE_FILE}; ${FRESH}.` };
    }
    if (info.size > MAX_STATE_BYTES) {
      return {
        state: null,
        note: `The state file of run ${runId} is larger than 20 MB and was ignored; ${FRESH}.`,
      };
    }
    let state: RunState;
    try {
      state = parseState(await readFile(file, 'utf8'));
    } catch (err) {
      return {
        state: null,
        note: `The state file of run ${runId} is corrupt (${errorLine(err)}) and was ignored; ${FRESH}.`,
      };
    }
    const count = Object.keys(state.seen).length;
    opts.log.info(`[state] Restored ${count} seen postings from run ${runId}`);
    return { state, note: `Restored ${count} seen postings from run ${runId}.`, fromRunId: runId };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
