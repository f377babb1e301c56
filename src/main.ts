import * as core from '@actions/core';
import * as github from '@actions/github';
import { configureProxyFromEnv, createHttpClient } from './http/client.ts';
import type { Logger } from './log.ts';
import { isArtifactServiceAvailable, uploadOutputs } from './publish/artifact.ts';
import { privacyWarning, repoVisibility } from './publish/privacy.ts';
import { matchesJson } from './report/results.ts';
import { executeRun } from './run.ts';
import { resolveSettings, SettingsError } from './settings/index.ts';
import { SETTINGS } from './settings/spec.ts';

/** Logger on @actions/core: warnings become annotations, stages become collapsible groups. */
export const actionsLogger: Logger = {
  info: (m) => core.info(m),
  debug: (m) => core.debug(m),
  warning: (m, title) => core.warning(m, title ? { title } : undefined),
  error: (m, title) => core.error(m, title ? { title } : undefined),
  notice: (m, title) => core.notice(m, title ? { title } : undefined),
  group: (name, fn) => core.group(name, fn),
};

/** The action: settings -> ports -> pipeline -> publish -> summary and outputs. */
export async function run(): Promise<void> {
  // Mask secrets before anything can log them.
  for (const spec of SETTINGS) {
    if (spec.type === 'secret') {
      const value = core.getInput(spec.name);
      if (value) core.setSecret(value);
    }
  }
  const log = actionsLogger;
  const inputs = Object.fromEntries(SETTINGS.map((s) => [s.name, core.getInput(s.name)]));
  const cwd = process.env.GITHUB_WORKSPACE || process.cwd();

  let settings;
  try {
    settings = resolveSettings({ inputs, cwd });
  } catch (err) {
    if (err instanceof SettingsError) {
      core.setFailed(err.message);
      return;
    }
    throw err;
  }

  const proxy = configureProxyFromEnv(process.env);
  if (proxy) log.info(`[http] Using proxy from ${proxy}`);

  const notices: string[] = [];
  const { owner, repo } = process.env.GITHUB_REPOSITORY?.includes('/')
    ? github.context.repo
    : { owner: '', repo: '' };
  const visibility = await repoVisibility({
    eventPayload: github.context.payload,
    token: settings.llm.githubToken,
    owner,
    repo,
  });
  const warning = privacyWarning(visibility, settings.retentionDays);
  if (warning) {
    log.warning(warning, 'Artifacts are readable by others');
    notices.push(warning);
  }

  const publishAvailable = isArtifactServiceAvailable(process.env);
  if (!publishAvailable)
    log.info('[artifact] No artifact service in this environment; files stay in the output folder.');

  let outcome;
  try {
    outcome = await executeRun(settings, {
      http: createHttpClient({ timeoutMs: settings.requestTimeoutMs, logger: log }),
      log,
      now: () => new Date(),
      notices,
      publish: publishAvailable
        ? (files) =>
            uploadOutputs({
              rootDir: settings.outputDir,
              files,
              name: settings.artifactName,
              retentionDays: settings.retentionDays,
              log,
            })
        : undefined,
    });
  } catch (err) {
    if (err instanceof SettingsError) {
      core.setFailed(err.message);
      return;
    }
    throw err;
  }

  await core.summary.addRaw(outcome.summary, true).write();
  core.setOutput('matched', outcome.counts.matched);
  core.setOutput('generated', outcome.counts.generated);
  core.setOutput('failed', outcome.counts.failed);
  core.setOutput('results', outcome.resultsPath);
  core.setOutput('output-dir', settings.outputDir);
  core.setOutput('matches-json', matchesJson(outcome.result));
  if (outcome.artifact?.id !== undefined) core.setOutput('artifact-id', outcome.artifact.id);
  if (outcome.artifact?.url) core.setOutput('artifact-url', outcome.artifact.url);

  const companies = outcome.result.companies;
  const companiesOk = companies.filter((c) => c.status === 'ok' || c.status === 'empty').length;
  const anyFailure = outcome.counts.failed > 0 || companiesOk < companies.length;
  const line = `${outcome.counts.generated} applications written from ${outcome.counts.postings} postings (${outcome.counts.matched} matched, ${outcome.counts.failed} failed); ${companiesOk}/${companies.length} companies listed.`;
  if (outcome.artifact?.error)
    core.setFailed(
      `Artifact upload failed: ${outcome.artifact.error}. The files are in ${settings.outputDir}.`,
    );
  else if (companiesOk === 0) core.setFailed(`No company could be listed. ${line}`);
  else if (settings.failOnError && anyFailure) core.setFailed(`fail_on_error: ${line}`);
  else log.info(`[done] ${line}`);
}
