import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createGenerator } from './generate/index.ts';
import { llmFitJudge } from './match/llm-rank.ts';
import type { HttpClient } from './http/types.ts';
import { errorLine, redactSecrets, registerSecret, type Logger } from './log.ts';
import { runPipeline } from './pipeline.ts';
import type { PipelineResult } from './model.ts';
import { buildResults, countRecords, type ResultsFile } from './report/results.ts';
import { renderSummary, type LlmTotalsView } from './report/summary.ts';
import type { Settings } from './settings/index.ts';
import { resumeText } from './resume/index.ts';
import { mergeSeen, postingStatus, pruneSeen, rememberedFit, type RunState } from './state/run-state.ts';
import { plural } from './text/plural.ts';

/** Seen postings are forgotten after this many days without being seen again. */
const FORGET_AFTER_DAYS = 120;

export interface RunPorts {
  http: HttpClient;
  log: Logger;
  now: () => Date;
  /** Uploads the files (action) or does nothing (CLI); returns what the summary links to. */
  publish?: (files: string[]) => Promise<{ id?: number; url?: string; digest?: string }>;
  /** Extra warnings for the summary (e.g. a public repository). */
  notices?: string[];
  /** Memory of earlier runs (null state = none), with the sentence saying where it came from. */
  memory?: { state: RunState | null; note: string };
}

export interface RunOutcome {
  result: PipelineResult;
  results: ResultsFile;
  resultsPath: string;
  summary: string;
  counts: ReturnType<typeof countRecords>;
  artifact?: { name: string; id?: number; url?: string; digest?: string; error?: string };
  llm: LlmTotalsView;
  /** The state to save for the next run: this run's postings merged into the restored state. */
  state: RunState;
}

/** The settings worth recording in results.json (no secrets, no resume text). */
function publicSettings(s: Settings) {
  return {
    preset: s.preset,
    parallel_workers: s.parallelWorkers,
    min_score: s.minScore,
    top_per_company: s.topPerCompany,
    max_jobs: s.maxJobs,
    max_age_days: s.maxAgeDays,
    llm_rank: s.llm.rank,
    formats: s.formats,
    companies: s.companies.map((c) => ({ name: c.name, source: c.source })),
    profile: s.profile,
  };
}

/**
 * Template letters the resume could not fill to letter_words, said once for the run (summary.md
 * notes each letter): more words would have to be invented.
 */
function warnShortLetters(result: PipelineResult, letterWords: number, log: Logger): void {
  const templates = result.applications.filter(
    (a) => a.status === 'generated' && a.letter?.by === 'template',
  );
  const lengths = templates.flatMap((a) => (a.letter?.shortWords !== undefined ? [a.letter.shortWords] : []));
  if (!lengths.length) return;
  const low = Math.min(...lengths);
  const high = Math.max(...lengths);
  log.warning(
    `${lengths.length} of ${plural(templates.length, 'template letter')} ${lengths.length === 1 ? 'is' : 'are'} short of letter_words ${letterWords} ` +
      `(${low === high ? low : `${low}–${high}`} words): the resume has no more evidence relevant to the postings, and the letters say only what it supports. ` +
      'Add resume lines about what the postings ask for, or lower letter_words.',
    'Letters short of letter_words',
  );
}

/** One run: pipeline -> files on disk -> publish -> summary text. Shared by the action and the CLI. */
export async function executeRun(settings: Settings, ports: RunPorts): Promise<RunOutcome> {
  const { log } = ports;
  const started = ports.now();

  const { resume, profile } = settings;
  const provider = settings.llm.provider;
  registerSecret(provider.apiKey);
  registerSecret(settings.llm.githubToken);
  const generator = createGenerator({
    provider,
    resume,
    letterWords: settings.llm.letterWords,
    maxTokens: settings.llm.maxTokens,
    requestsPerJob: settings.llm.requestsPerJob,
    onQuota: settings.llm.onQuota,
    secrets: [settings.llm.githubToken],
    // A job asks for its letter and its resume at once (two requests unless llm_requests_per_job is
    // 1), so a self-chosen endpoint gets that many per worker; GitHub Models keeps the client's
    // per-model default (its free tier allows few at once).
    concurrency:
      provider.kind === 'github-models' ? undefined : settings.llm.requestsPerJob * settings.parallelWorkers,
    log,
  });
  log.info(
    `[settings] preset ${settings.preset}, ${plural(settings.companies.length, 'company', 'companies')}, min score ${settings.minScore}, generator: ${provider.kind === 'none' ? 'template' : `${provider.kind} ${provider.model}`}`,
  );

  await mkdir(settings.outputDir, { recursive: true });
  await generator.checkModel();
  const result = await runPipeline(
    {
      companies: settings.companies,
      profile,
      parallelWorkers: settings.parallelWorkers,
      minScore: settings.minScore,
      topPerCompany: settings.topPerCompany,
      maxJobs: settings.maxJobs,
      maxAgeDays: settings.maxAgeDays,
      formats: settings.formats,
      outputDir: settings.outputDir,
      candidateName: resume.name,
      candidateContact: resume.sections.contact.length
        ? resume.sections.contact
        : resume.email
          ? [resume.email]
          : [],
      pdfFont: settings.pdfFont,
      resumeText: resumeText(resume),
      companyDeadlineMs: settings.companyDeadlineMs,
      onlyNew: settings.onlyNew && Boolean(ports.memory?.state),
      reprocessChanged: settings.reprocessChanged,
      novelty: ports.memory?.state ? (p, hash) => postingStatus(ports.memory!.state, p.key, hash) : undefined,
      llmRank: settings.llm.rank,
      rememberedFit: (key, hash) => rememberedFit(ports.memory?.state ?? null, key, hash),
    },
    {
      http: ports.http,
      log,
      generator,
      now: ports.now,
      // llm_rank and the letters share the generator's one client: one token budget, one rate limit.
      judgeFit: settings.llm.rank > 0 && generator.client ? llmFitJudge(generator.client, log) : undefined,
    },
  );

  warnShortLetters(result, settings.llm.letterWords, log);

  const totals = generator.totals();
  const llm: LlmTotalsView = {
    provider: totals.provider === 'none' ? 'template (no LLM configured)' : totals.provider,
    model: totals.model,
    calls: totals.calls,
    tokens: totals.usage.total,
    costUsd: totals.costUsd,
    budgetExhausted: totals.budgetExhausted,
    fallbacks: totals.fallbacks,
    stop: totals.stop && {
      ...totals.stop,
      jobs: totals.stoppedJobs,
      deferred: result.applications.filter((a) => a.status === 'deferred').length,
    },
  };
  if (totals.calls)
    log.info(
      `[llm] ${totals.calls} request${totals.calls === 1 ? '' : 's'} used, ${totals.usage.total} tokens${totals.usage.reasoning ? ` (${totals.usage.reasoning} reasoning)` : ''}`,
    );

  const resultsPath = path.join(settings.outputDir, 'results.json');
  const summaryPath = path.join(settings.outputDir, 'summary.md');
  const files = [
    resultsPath,
    summaryPath,
    ...result.applications.flatMap((a) => (a.files ?? []).map((f) => path.join(settings.outputDir, f))),
  ];
  const meta = (artifact?: RunOutcome['artifact']) => ({
    startedAt: started.toISOString(),
    finishedAt: ports.now().toISOString(),
    settings: publicSettings(settings),
    llm,
    artifact,
  });
  const summaryFor = (artifact?: RunOutcome['artifact']) =>
    redactSecrets(
      renderSummary({
        result,
        durationMs: ports.now().getTime() - started.getTime(),
        settings,
        llm,
        artifact,
        outputDir: settings.outputDir,
        notices: ports.notices ?? [],
        memory: ports.memory
          ? { note: ports.memory.note, restored: Boolean(ports.memory.state), onlyNew: settings.onlyNew }
          : undefined,
        shard: settings.shard
          ? { label: `${settings.shard.index}/${settings.shard.count}`, of: settings.allCompanies }
          : undefined,
      }),
    );

  // Written before the upload so the artifact carries them; rewritten after with the artifact's link.
  await writeFile(resultsPath, redactSecrets(`${JSON.stringify(buildResults(result, meta()), null, 2)}\n`));
  await writeFile(summaryPath, summaryFor());

  let artifact: RunOutcome['artifact'];
  if (ports.publish) {
    try {
      const uploaded = await log.group('Upload artifact', () => ports.publish!(files));
      artifact = { name: settings.artifactName, ...uploaded };
    } catch (err) {
      const error = errorLine(err);
      log.error(
        `${error}. The files are still on the runner in ${settings.outputDir}`,
        'Artifact upload failed',
      );
      artifact = { name: settings.artifactName, error };
    }
  }
  const results = buildResults(result, meta(artifact));
  await writeFile(resultsPath, redactSecrets(`${JSON.stringify(results, null, 2)}\n`));
  const summary = summaryFor(artifact);
  await writeFile(summaryPath, summary);

  const now = ports.now();
  const state = pruneSeen(mergeSeen(ports.memory?.state ?? null, result.seen, now), now, FORGET_AFTER_DAYS);
  return { result, results, resultsPath, summary, counts: countRecords(result), artifact, llm, state };
}
