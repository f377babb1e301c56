import * as core from '@actions/core';
import { configureProxyFromEnv, createHttpClient } from './http/client.ts';
import { errorLine, type Logger } from './log.ts';
import { isArtifactServiceAvailable, uploadOutputs } from './publish/artifact.ts';
import { privacyWarning, repoVisibility } from './publish/privacy.ts';
import { readRunContext } from './publish/run-context.ts';
import { matchesJson } from './report/results.ts';
import { executeRun } from './run.ts';
import { resolveSettings, SettingsError } from './settings/index.ts';
import { SETTINGS } from './settings/spec.ts';
import { mergeShards } from './merge.ts';
import { restoreState } from './state/restore.ts';
import { saveStateArtifact } from './state/save.ts';
import { stateArtifactName } from './state/artifact-name.ts';
import path from 'node:path';

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

  const mode = (inputs.mode || 'run').trim();
  if (mode !== 'run' && mode !== 'merge') {
    core.setFailed(`input mode: ${JSON.stringify(mode)} is not valid; allowed: run, merge`);
    return;
  }
  if (mode === 'merge') return runMerge(inputs, cwd, log);

  let settings;
  try {
    settings = resolveSettings({ inputs, cwd, eventName: process.env.GITHUB_EVENT_NAME });
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
  const { owner, repo, eventPayload } = readRunContext(process.env);
  const visibility = await repoVisibility({
    eventPayload,
    token: settings.llm.githubToken,
    owner,
    repo,
  });
  const warning = privacyWarning(visibility, settings.retentionDays);
  if (warning) {
    log.warning(warning, 'Artifacts are readable by others');
    notices.push(warning);
  }

  if (settings.companies.length === 0 && settings.shard) {
    log.notice(
      `Shard ${settings.shard.index}/${settings.shard.count} has no companies (${settings.allCompanies} in all); nothing to do.`,
    );
    core.setOutput('matched', 0);
    core.setOutput('generated', 0);
    core.setOutput('failed', 0);
    return;
  }

  const publishAvailable = isArtifactServiceAvailable(process.env);
  if (!publishAvailable)
    log.info('[artifact] No artifact service in this environment; files stay in the output folder.');

  const stateName = stateArtifactName(settings.shard?.label);
  const memory = await log.group('Restore memory of earlier runs', async () => {
    if (!publishAvailable || !owner || !process.env.GITHUB_RUN_ID) {
      return {
        state: null,
        note: 'No Actions run context, so there is no memory of earlier runs; every posting is treated as new.',
      };
    }
    const restored = await restoreState({
      token: settings.llm.githubToken,
      owner,
      repo,
      runId: Number(process.env.GITHUB_RUN_ID),
      workflow: process.env.GITHUB_WORKFLOW_REF,
      artifactName: stateName,
      log,
    });
    log.info(`[state] ${restored.note}`);
    return restored;
  });
  if (!memory.state && settings.onlyNew)
    log.notice(`only_new: ${memory.note} This run processes every posting.`, 'No earlier state');

  let outcome;
  try {
    outcome = await executeRun(settings, {
      http: createHttpClient({ timeoutMs: settings.requestTimeoutMs, logger: log }),
      log,
      now: () => new Date(),
      notices,
      memory,
      publish: publishAvailable
        ? (files) =>
            uploadOutputs({
              rootDir: settings.artifactRoot,
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

  if (publishAvailable) {
    try {
      await saveStateArtifact({ state: outcome.state, artifactName: stateName, log });
    } catch (err) {
      log.warning(`The memory for the next run could not be saved: ${errorLine(err)}`, 'State not saved');
    }
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

/** `mode: merge`: one summary and results.json from the shards' artifacts downloaded into merge_dir. */
async function runMerge(inputs: Record<string, string>, cwd: string, log: Logger): Promise<void> {
  const outputDir = path.resolve(cwd, inputs.output_dir || 'job-matcher-output');
  const mergeDir = path.resolve(cwd, inputs.merge_dir || outputDir);
  const started = new Date();
  let merged;
  try {
    merged = await log.group('Merge shard results', () =>
      mergeShards(mergeDir, outputDir, started, () => new Date()),
    );
  } catch (err) {
    core.setFailed(`input merge_dir: cannot read ${JSON.stringify(mergeDir)} (${errorLine(err)})`);
    return;
  }
  if (merged.shards === 0) {
    core.setFailed(
      `input merge_dir: no results.json found under ${JSON.stringify(mergeDir)}; download the shard artifacts there first`,
    );
    return;
  }
  await core.summary.addRaw(merged.summary, true).write();
  core.setOutput('matched', merged.counts.matched);
  core.setOutput('generated', merged.counts.generated);
  core.setOutput('failed', merged.counts.failed);
  core.setOutput('results', merged.resultsPath);
  core.setOutput('output-dir', outputDir);
  core.setOutput('matches-json', matchesJson(merged.result));
  log.info(
    `[merge] ${merged.shards} shards: ${merged.counts.generated} applications from ${merged.counts.postings} postings.`,
  );
}
