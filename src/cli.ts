/**
 * Local entry: the same pipeline as the action, writing files and summary.md to disk (no artifact
 * service). `npm start` runs the offline demo; `npm start -- --config FILE` runs a real config.
 * Any other `--name value` sets the input of that name (`--min-score 70` = min_score).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startDemoServer } from './demo/server.ts';
import { configureProxyFromEnv, createHttpClient } from './http/client.ts';
import { lineLogger } from './log.ts';
import { executeRun } from './run.ts';
import { checkResumeCommand } from './resume/check-command.ts';
import { loadSettings, SettingsError, type Settings } from './settings/index.ts';
import { SETTINGS } from './settings/spec.ts';
import { plural } from './text/plural.ts';

const root = path.resolve(import.meta.dirname, '..');
const demoDir = path.join(root, 'examples/demo');

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: Object.fromEntries(
      SETTINGS.map((s) => [s.name.replace(/_/g, '-'), { type: 'string' as const }]),
    ),
    allowPositionals: false,
    strict: true,
  });
  const inputs: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) if (typeof v === 'string') inputs[k.replace(/-/g, '_')] = v;
  inputs.openai_api_key ??= process.env.OPENAI_API_KEY ?? '';
  inputs.github_token ??= process.env.GITHUB_TOKEN ?? '';

  const demo = !inputs.config && !inputs.companies;
  const log = lineLogger((line) => process.stdout.write(`${line}\n`));
  let server: Awaited<ReturnType<typeof startDemoServer>> | undefined;
  try {
    let settings: Settings;
    if (demo) {
      server = await startDemoServer(path.join(demoDir, 'boards'));
      settings = await loadSettings({
        inputs: { config: path.join(demoDir, 'config.json'), output_dir: 'job-matcher-output', ...inputs },
        cwd: process.cwd(),
      });
      // The demo's companies point at the recorded boards served on loopback.
      settings.companies = settings.companies.map((c) => ({ ...c, base_url: server!.url }));
      log.info(
        `[demo] Serving recorded job boards on ${server.url} (offline demo; use --config FILE for a real run)`,
      );
    } else {
      settings = await loadSettings({ inputs, cwd: process.cwd() });
    }
    const proxy = configureProxyFromEnv(process.env);
    if (proxy) log.info(`[http] Using proxy from ${proxy}`);
    const outcome = await executeRun(settings, {
      http: createHttpClient({ timeoutMs: settings.requestTimeoutMs, logger: log }),
      log,
      now: () => new Date(),
    });
    const rel = path.relative(process.cwd(), settings.outputDir) || '.';
    log.info('');
    log.info(`Wrote ${plural(outcome.counts.generated, 'application')} (letters + resumes) to ${rel}/`);
    log.info(`  summary:  ${path.join(rel, 'summary.md')}`);
    log.info(`  results:  ${path.join(rel, 'results.json')}`);
    return outcome.result.companies.some((c) => c.status === 'ok' || c.status === 'empty') ? 0 : 1;
  } catch (err) {
    if (err instanceof SettingsError) {
      process.stderr.write(`error: ${err.message}\n`);
      return 2;
    }
    throw err;
  } finally {
    await server?.close();
  }
}

/** `--check-resume FILE` (or `--check-resume=FILE`): show what the resume parser understood, then exit. */
function checkResumeArg(argv: string[]): { file: string | undefined } | null {
  const at = argv.findIndex((a) => a === '--check-resume' || a.startsWith('--check-resume='));
  if (at < 0) return null;
  const arg = argv[at];
  return { file: arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[at + 1] };
}

const check = checkResumeArg(process.argv.slice(2));
process.exitCode = check
  ? await checkResumeCommand(
      check.file,
      (l) => process.stdout.write(`${l}\n`),
      (l) => process.stderr.write(`${l}\n`),
    )
  : await main();
