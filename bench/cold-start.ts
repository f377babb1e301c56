/**
 * Cold start of the committed bundle: spawn `dist/index.js` as the runner does (INPUT_* variables, a
 * tiny config against the bench's board server, template generator, md only) and time its first
 * stdout line and its exit; a bare `node -e` spawn is the floor no bundle can beat.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BenchServers } from './servers.ts';
import { median, round } from './stats.ts';

const root = path.resolve(import.meta.dirname, '..');
const bundle = path.join(root, 'dist/index.js');

export interface ColdStartResult {
  runs: number;
  nodeBaselineMs: number;
  firstLineMs: number;
  exitMs: number;
  exitCode: number | null;
  firstLine: string;
  bundleBytes: number;
  distBytes: number;
}

function timeSpawn(args: string[], env: NodeJS.ProcessEnv, cwd: string) {
  return new Promise<{
    firstLineMs: number;
    exitMs: number;
    code: number | null;
    firstLine: string;
    stdout: string;
  }>((resolve) => {
    const started = performance.now();
    let firstLineMs = NaN;
    let stdout = '';
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => {
      if (Number.isNaN(firstLineMs)) firstLineMs = performance.now() - started;
      stdout += d.toString();
    });
    child.stderr.resume();
    child.on('close', (code) =>
      resolve({
        firstLineMs,
        exitMs: performance.now() - started,
        code,
        firstLine: stdout.split('\n')[0],
        stdout,
      }),
    );
  });
}

export async function benchColdStart(servers: BenchServers, repeats: number): Promise<ColdStartResult> {
  servers.addBoard({ id: 'cold', company: 'Coldco', count: 3, descBytes: 2000, latencyMs: 0 });
  const workspace = mkdtempSync(path.join(tmpdir(), 'jm-bench-cold-'));
  try {
    writeFileSync(path.join(workspace, 'resume.md'), '# Pat Doe\n\n## Skills\n\n- TypeScript, Go\n');
    writeFileSync(
      path.join(workspace, 'job-matcher.json'),
      JSON.stringify({
        profile: { titles: ['Engineer'], skills: ['TypeScript'], locations: [], exclude: [] },
        companies: [{ name: 'Coldco', source: 'greenhouse', board: 'cold', base_url: servers.boardUrl }],
      }),
    );
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH ?? '',
      HOME: workspace,
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: path.join(workspace, 'summary.md'),
      GITHUB_OUTPUT: path.join(workspace, 'output'),
      RUNNER_TEMP: workspace,
      INPUT_CONFIG: 'job-matcher.json',
      INPUT_RESUME: 'resume.md',
      INPUT_FORMATS: 'md',
      INPUT_MIN_SCORE: '0',
      INPUT_LLM: 'off',
      INPUT_GITHUB_TOKEN: '',
    };
    writeFileSync(env.GITHUB_STEP_SUMMARY!, '');
    writeFileSync(env.GITHUB_OUTPUT!, '');
    const baseline: number[] = [];
    const firstLine: number[] = [];
    const exit: number[] = [];
    let last: Awaited<ReturnType<typeof timeSpawn>> | undefined;
    await timeSpawn([bundle], env, workspace); // fills the OS file cache, as a runner's checkout has
    for (let i = 0; i < repeats; i++) {
      baseline.push((await timeSpawn(['-e', 'console.log(1)'], env, workspace)).firstLineMs);
      last = await timeSpawn([bundle], env, workspace);
      firstLine.push(last.firstLineMs);
      exit.push(last.exitMs);
    }
    const distBytes = readdirSync(path.join(root, 'dist')).reduce(
      (n, f) => n + statSync(path.join(root, 'dist', f)).size,
      0,
    );
    return {
      runs: repeats,
      nodeBaselineMs: round(median(baseline), 1),
      firstLineMs: round(median(firstLine), 1),
      exitMs: round(median(exit), 1),
      exitCode: last?.code ?? null,
      firstLine: last?.firstLine.slice(0, 120) ?? '',
      bundleBytes: statSync(bundle).size,
      distBytes,
    };
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}
