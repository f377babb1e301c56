/**
 * `npm run bench:memory`: peak memory (maxRSS) of a default-sized run, as the README's FAQ quotes
 * it. The committed bundle runs as the runner runs it (`node dist/index.js`, INPUT_* variables) on the
 * demo's recorded boards (5 companies, 5 jobs, template generator), per `formats`, with the default
 * heap and with the capped heap the README suggests; `npm start` (the CLI on the same demo) too.
 * Each case runs in a fresh process, 3 times; the median is printed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDemoServer } from '../src/demo/server.ts';
import { CAPPED_NODE_OPTIONS } from './memory.ts';
import { median } from './stats.ts';

const root = path.resolve(import.meta.dirname, '..');
const RUNS = 3;

/** Loaded with --import into the measured process: prints its peak RSS (KiB) to a file at exit. */
const REPORTER = `import { writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(process.env.JM_MAXRSS_FILE, String(process.resourceUsage().maxRSS)));
`;

interface Case {
  label: string;
  args: string[];
  env: Record<string, string>;
}

function runOnce(c: Case, work: string, reporter: string): Promise<number> {
  const rssFile = path.join(work, 'maxrss');
  // The runner creates the summary and output files before the step starts.
  for (const file of ['summary.md', 'output.txt']) writeFileSync(path.join(work, file), '');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', reporter, ...c.args], {
      cwd: work,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, JM_MAXRSS_FILE: rssFile, ...c.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // The action reports a failure on stdout (::error::).
    child.stdout.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${c.label}: exit ${code}: ${stderr.slice(-800)}`));
      resolve(Number(readFileSync(rssFile, 'utf8')) / 1024);
    });
  });
}

const server = await startDemoServer(path.join(root, 'examples/demo/boards'));
const work = mkdtempSync(path.join(tmpdir(), 'jm-default-memory-'));
try {
  const reporter = path.join(work, 'report-max-rss.mjs');
  writeFileSync(reporter, REPORTER);
  const config = JSON.parse(readFileSync(path.join(root, 'examples/demo/config.json'), 'utf8')) as {
    companies: Record<string, unknown>[];
    [key: string]: unknown;
  };
  config.companies = config.companies.map((c) => ({ ...c, base_url: server.url }));
  config.resume = path.join(root, 'examples/demo/resume.md');
  delete config.$schema;
  delete config.formats;
  writeFileSync(path.join(work, 'job-matcher.json'), JSON.stringify(config));

  const action = (formats: string, nodeOptions?: string): Case => ({
    label: `dist/index.js, formats ${formats}${nodeOptions ? `, NODE_OPTIONS=${nodeOptions}` : ''}`,
    args: [path.join(root, 'dist/index.js')],
    env: {
      INPUT_CONFIG: 'job-matcher.json',
      INPUT_FORMATS: formats,
      INPUT_LLM: 'off',
      INPUT_OUTPUT_DIR: 'out',
      GITHUB_WORKSPACE: work,
      GITHUB_STEP_SUMMARY: path.join(work, 'summary.md'),
      GITHUB_OUTPUT: path.join(work, 'output.txt'),
      ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
    },
  });
  const cases: Case[] = [
    action('md'),
    action('md,pdf'),
    action('md,html,pdf,docx'),
    action('md,pdf', CAPPED_NODE_OPTIONS),
    {
      label: 'npm start (src/cli.ts, offline demo, formats md,html,pdf,docx)',
      args: [path.join(root, 'src/cli.ts'), '--output-dir', 'out-cli'],
      env: {},
    },
  ];
  console.log(`Peak RSS (maxRSS), median of ${RUNS} runs, Node.js ${process.version}:`);
  for (const c of cases) {
    const rss: number[] = [];
    for (let i = 0; i < RUNS; i++) rss.push(await runOnce(c, work, reporter));
    console.log(`  ${median(rss).toFixed(0).padStart(4)} MB  ${c.label}`);
  }
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
