import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  workspace: string;
}

/** Parses a GITHUB_OUTPUT file (`name<<delimiter` heredoc blocks, as @actions/core writes them). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}

let bundle: string | undefined;

/**
 * The committed dist/ copied to a folder with no node_modules above it, as a runner checks out an
 * action: a module missing from the bundle fails here instead of resolving from the repository.
 */
function bundledAction(): string {
  if (!bundle) {
    const dir = mkdtempSync(path.join(tmpdir(), 'jm-action-'));
    cpSync(path.join(root, 'dist'), path.join(dir, 'dist'), { recursive: true });
    bundle = path.join(dir, 'dist/index.js');
  }
  return bundle;
}

/**
 * Runs the committed bundle `dist/index.js` as the runner does: a child process with INPUT_*
 * variables, GITHUB_STEP_SUMMARY and GITHUB_OUTPUT files, and whatever extra env is given.
 */
export async function runAction(opts: {
  inputs: Record<string, string>;
  env?: Record<string, string>;
  files?: Record<string, string>;
  workspace?: string;
  /** Lays out extra files in the workspace before the run. */
  prepare?: (workspace: string) => void;
}): Promise<ActionRun> {
  const workspace = opts.workspace ?? mkdtempSync(path.join(tmpdir(), 'jm-e2e-'));
  opts.prepare?.(workspace);
  for (const [name, text] of Object.entries(opts.files ?? {}))
    writeFileSync(path.join(workspace, name), text);
  const summaryFile = path.join(workspace, '.step-summary.md');
  const outputFile = path.join(workspace, '.github-output');
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? workspace,
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    RUNNER_TEMP: workspace,
    ...opts.env,
  };
  for (const [name, value] of Object.entries(opts.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(process.execPath, [bundledAction()], { cwd: workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    code,
    stdout,
    stderr,
    summary: readFileSync(summaryFile, 'utf8'),
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    workspace,
  };
}

export const demoBoardsDir = path.join(root, 'examples/demo/boards');

/** A board server route that answers with one of the demo's recorded JSON boards. */
export function demoBoard(file: string): { body: Buffer; headers: Record<string, string> } {
  return {
    body: readFileSync(path.join(demoBoardsDir, file)),
    headers: { 'content-type': 'application/json' },
  };
}
export const demoResume = readFileSync(path.join(root, 'examples/demo/resume.md'), 'utf8');
