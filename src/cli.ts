/**
 * Local entry: the same pipeline as the action, writing files and summary.md to disk (no artifact
 * service). `npm start` runs the offline demo; `npm start -- --config FILE` runs a real config.
 * Every action input is an option (`--min-score 70` = `--min_score 70`); `--help` lists them.
 */
import path from 'node:path';
import packageJson from '../package.json' with { type: 'json' };
import { helpText, parseCliArgs, UsageError } from './cli-args.ts';
import { startDemoServer } from './demo/server.ts';
import { configureProxyFromEnv, createHttpClient } from './http/client.ts';
import { lineLogger } from './log.ts';
import { runVerdict } from './report/verdict.ts';
import { executeRun } from './run.ts';
import { checkResumeCommand } from './resume/check-command.ts';
import { resolveSettings, SettingsError, type Settings } from './settings/index.ts';
import { plural } from './text/plural.ts';

const root = path.resolve(import.meta.dirname, '..');
const demoDir = path.join(root, 'examples/demo');

/** Exit code of a wrong command line or bad settings. */
const USAGE = 2;

// `npm start -- --help | head` closes the pipe early: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

async function main(argv: readonly string[]): Promise<number> {
  let command;
  try {
    command = parseCliArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`error: ${err.message}; see --help\n`);
    return USAGE;
  }
  if ('help' in command.options) {
    process.stdout.write(helpText(process.stdout.columns ? Math.min(process.stdout.columns, 110) : 100));
    return 0;
  }
  if ('check_resume' in command.options) {
    return checkResumeCommand(
      command.options.check_resume,
      (l) => process.stdout.write(`${l}\n`),
      (l) => process.stderr.write(`${l}\n`),
    );
  }
  if ('version' in command.options) {
    process.stdout.write(`job-matcher ${packageJson.version}\n`);
    return 0;
  }
  const inputs = command.inputs;
  inputs.openai_api_key ??= process.env.OPENAI_API_KEY ?? '';
  inputs.github_token ??= process.env.GITHUB_TOKEN ?? '';

  const demo = !inputs.config && !inputs.companies;
  const log = lineLogger((line) => process.stdout.write(`${line}\n`));
  let server: Awaited<ReturnType<typeof startDemoServer>> | undefined;
  try {
    let settings: Settings;
    if (demo) {
      server = await startDemoServer(path.join(demoDir, 'boards'));
      settings = await resolveSettings({
        inputs: { config: path.join(demoDir, 'config.json'), output_dir: 'job-matcher-output', ...inputs },
        cwd: process.cwd(),
      });
      // The demo's companies point at the recorded boards served on loopback.
      settings.companies = settings.companies.map((c) => ({ ...c, base_url: server!.url }));
      log.info(
        `[demo] Serving recorded job boards on ${server.url} (offline demo; use --config FILE for a real run)`,
      );
    } else {
      settings = await resolveSettings({ inputs, cwd: process.cwd() });
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
    const verdict = runVerdict({
      counts: outcome.counts,
      companies: outcome.result.companies,
      outputDir: settings.outputDir,
      failOnError: settings.failOnError,
    });
    log.info(verdict.line);
    return verdict.failed ? 1 : 0;
  } catch (err) {
    if (err instanceof SettingsError) {
      process.stderr.write(`error: ${err.message}\n`);
      return USAGE;
    }
    throw err;
  } finally {
    await server?.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
