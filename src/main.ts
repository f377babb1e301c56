import path from 'node:path';
import * as core from '@actions/core';
import { configureProxyFromEnv, createHttpClient } from './http/client.ts';
import { commandSafe, errorLine, redactSecrets, type Logger } from './log.ts';
import { uploadOutputs } from './publish/artifact.ts';
import { privacyWarning, repoVisibility } from './publish/privacy.ts';
import { matchesJson } from './report/results.ts';
import { runVerdict } from './report/verdict.ts';
import { executeRun } from './run.ts';
import { readActionInputs, readRunContext, type RunContext } from './settings/environment.ts';
import { resolveSettings, SettingsError } from './settings/index.ts';
import { resolveMergeSettings, resolveMode, type MergeSettings } from './settings/mode.ts';
import { logResume } from './resume/check.ts';
import { mergeShards } from './merge.ts';
import { restoreState } from './state/restore.ts';
import { saveStateArtifact } from './state/save.ts';
import { stateArtifactName } from './state/artifact-name.ts';
import type { RunState } from './state/run-state.ts';
import { plural } from './text/plural.ts';

/** Logger on @actions/core: warnings become annotations, stages become collapsible groups. */
export const actionsLogger: Logger = {
  // core.info writes the line as is; the other calls escape their text into a command of their own.
  info: (m) => core.info(commandSafe(redactSecrets(m))),
  debug: (m) => core.debug(redactSecrets(m)),
  warning: (m, title) => core.warning(redactSecrets(m), title ? { title: redactSecrets(title) } : undefined),
  error: (m, title) => core.error(redactSecrets(m), title ? { title: redactSecrets(title) } : undefined),
  notice: (m, title) => core.notice(redactSecrets(m), title ? { title: redactSecrets(title) } : undefined),
  group: (name, fn) => core.group(name, fn),
};

/** The state of the latest successful earlier run, or none with a sentence saying why. */
async function restoreMemory(o: {
  context: RunContext;
  token?: string;
  stateName: string;
  log: Logger;
}): Promise<{ state: RunState | null; note: string }> {
  const { context } = o;
  if (!context.artifactService || !context.owner || !context.runId) {
    return {
      state: null,
      note: 'No Actions run context, so there is no memory of earlier runs; every posting is treated as new.',
    };
  }
  const restored = await restoreState({
    token: o.token,
    owner: context.owner,
    repo: context.repo,
    runId: context.runId,
    workflow: context.workflowRef,
    apiUrl: context.apiUrl,
    artifactName: o.stateName,
    log: o.log,
  });
  o.log.info(`[state] ${restored.note}`);
  return restored;
}

/** The action: settings -> ports -> pipeline -> publish -> summary and outputs. */
export async function run(): Promise<void> {
  const inputs = readActionInputs();
  const context = readRunContext(process.env);
  const log = actionsLogger;
  const cwd = context.workspace;

  const source = { inputs, cwd, eventName: context.eventName };

  let settings;
  try {
    if (resolveMode(source) === 'merge') return runMerge(resolveMergeSettings(source), log);
    settings = await resolveSettings(source);
  } catch (err) {
    if (err instanceof SettingsError) {
      core.setFailed(err.message);
      return;
    }
    throw err;
  }
  await logResume(settings.resume, path.relative(cwd, settings.resumePath) || settings.resumePath, log);

  const proxy = configureProxyFromEnv(process.env);
  if (proxy) log.info(`[http] Using proxy from ${proxy}`);

  const notices: string[] = [];
  const visibility = await repoVisibility({
    eventPayload: context.eventPayload,
    token: settings.llm.githubToken,
    owner: context.owner,
    repo: context.repo,
    apiUrl: context.apiUrl,
  });
  const warning = privacyWarning(visibility, settings.retentionDays);
  if (warning) {
    log.warning(warning, 'Artifacts are readable by others');
    notices.push(warning);
  }

  if (settings.companies.length === 0 && settings.shard) {
    const line = `Shard ${settings.shard.index}/${settings.shard.count} has no companies (${settings.allCompanies} in all); nothing to do.`;
    log.notice(line);
    await core.summary.addRaw(`## 🎯 job-matcher\n\n${line}\n`, true).write();
    setResultOutputs({
      counts: { matched: 0, generated: 0, failed: 0 },
      outputDir: settings.outputDir,
      matchesJson: '[]',
    });
    return;
  }

  const publishAvailable = context.artifactService;
  if (!publishAvailable)
    log.info('[artifact] No artifact service in this environment; files stay in the output folder.');

  const stateName = stateArtifactName(settings.shard?.label);
  const memory = await log.group('Restore memory of earlier runs', () =>
    restoreMemory({
      context,
      token: settings.llm.githubToken,
      stateName,
      log,
    }),
  );
  if (!memory.state && settings.onlyNew)
    log.notice(`only_new: ${memory.note} This run processes every posting.`, 'No earlier state');

  const outcome = await executeRun(settings, {
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
            runUrl: context.runUrl,
            log,
          })
      : undefined,
  });

  if (publishAvailable) {
    try {
      await saveStateArtifact({ state: outcome.state, artifactName: stateName, runUrl: context.runUrl, log });
    } catch (err) {
      log.warning(`The memory for the next run could not be saved: ${errorLine(err)}`, 'State not saved');
    }
  }

  await core.summary.addRaw(redactSecrets(outcome.summary), true).write();
  setResultOutputs({
    counts: outcome.counts,
    resultsPath: outcome.resultsPath,
    outputDir: settings.outputDir,
    matchesJson: matchesJson(outcome.result),
  });
  if (outcome.artifact?.id !== undefined) core.setOutput('artifact-id', outcome.artifact.id);
  if (outcome.artifact?.url) core.setOutput('artifact-url', outcome.artifact.url);
  if (outcome.artifact?.digest) core.setOutput('artifact-digest', outcome.artifact.digest);

  const verdict = runVerdict({
    counts: outcome.counts,
    companies: outcome.result.companies,
    artifactError: outcome.artifact?.error,
    outputDir: settings.outputDir,
    failOnError: settings.failOnError,
  });
  if (verdict.failed) core.setFailed(verdict.line);
  else log.info(`[done] ${verdict.line}`);
}

/** The outputs every mode sets. */
function setResultOutputs(r: {
  counts: { matched: number; generated: number; failed: number };
  resultsPath?: string;
  outputDir: string;
  matchesJson: string;
}): void {
  core.setOutput('matched', r.counts.matched);
  core.setOutput('generated', r.counts.generated);
  core.setOutput('failed', r.counts.failed);
  if (r.resultsPath) core.setOutput('results', r.resultsPath);
  core.setOutput('output-dir', r.outputDir);
  core.setOutput('matches-json', redactSecrets(r.matchesJson));
}

/** `mode: merge`: one summary and results.json from the shards' artifacts downloaded into merge_dir. */
async function runMerge({ outputDir, mergeDir }: MergeSettings, log: Logger): Promise<void> {
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
  setResultOutputs({
    counts: merged.counts,
    resultsPath: merged.resultsPath,
    outputDir,
    matchesJson: matchesJson(merged.result),
  });
  log.info(
    `[merge] ${plural(merged.shards, 'shard')}: ${plural(merged.counts.generated, 'application')} from ${plural(merged.counts.postings, 'posting')}.`,
  );
}
