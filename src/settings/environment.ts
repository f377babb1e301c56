/**
 * Everything the action reads from its process environment, in one place: its inputs (INPUT_*,
 * through @actions/core) and the variables the runner sets (GITHUB_*, ACTIONS_*). Each input is then
 * validated by one function; the table is in settings/index.ts.
 */
import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { registerSecret } from '../log.ts';
import { SETTINGS } from './spec.ts';

/**
 * Every input by name, as core.getInput gives it ('' when not given). Secret inputs are masked first
 * (the runner's ::add-mask:: and our own redaction), before anything can log them.
 */
export function readActionInputs(): Record<string, string> {
  for (const spec of SETTINGS) {
    if (spec.type !== 'secret') continue;
    const value = core.getInput(spec.name);
    if (value) core.setSecret(value);
    registerSecret(value);
  }
  return Object.fromEntries(SETTINGS.map((s) => [s.name, core.getInput(s.name)]));
}

/** What the runner tells this workflow run through its variables. */
export interface RunContext {
  /** GITHUB_WORKSPACE (else the process's folder): relative paths in inputs are read from here. */
  workspace: string;
  /** GITHUB_EVENT_NAME: `only_new: auto` is on for `schedule`. */
  eventName?: string;
  /** GITHUB_REPOSITORY, split; '' outside Actions. */
  owner: string;
  repo: string;
  /** The event that started the workflow (the JSON at GITHUB_EVENT_PATH), or undefined. */
  eventPayload?: unknown;
  /** GITHUB_RUN_ID: this run, never restored from. */
  runId?: number;
  /** GITHUB_WORKFLOW_REF: whose earlier runs hold the state. */
  workflowRef?: string;
  /** GITHUB_API_URL, for the REST calls (state, repository visibility). */
  apiUrl: string;
  /** This run's page (GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID), for artifact links. */
  runUrl?: string;
  /** ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are set: this step may upload artifacts. */
  artifactService: boolean;
}

/**
 * The run context from the runner's variables (what @actions/github's `context` reads, without loading
 * Octokit at start-up). The artifact SDK reads ACTIONS_* itself again when it uploads.
 */
export function readRunContext(env: NodeJS.ProcessEnv, cwd = process.cwd()): RunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const runId = Number(env.GITHUB_RUN_ID) || undefined;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return {
    workspace: env.GITHUB_WORKSPACE || cwd,
    eventName: env.GITHUB_EVENT_NAME || undefined,
    ...(repo ? { owner, repo } : { owner: '', repo: '' }),
    eventPayload: eventPayload(env.GITHUB_EVENT_PATH),
    runId,
    workflowRef: env.GITHUB_WORKFLOW_REF || undefined,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    runUrl: repo && runId ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${runId}` : undefined,
    artifactService: Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL),
  };
}

function eventPayload(file: string | undefined): unknown {
  if (!file) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
