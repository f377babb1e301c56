import pLimit from 'p-limit';
import { describePosting, type PageExtractor } from './describe/index.ts';
import { JobDeferred } from './generate/deferred.ts';
import type { HttpClient } from './http/types.ts';
import { HttpError } from './http/types.ts';
import { errorLine, type Logger } from './log.ts';
import { dedupPostings } from './match/dedup.ts';
import { filterMatches } from './match/filter.ts';
import { rankNearThreshold, type FitJudge } from './match/llm-rank.ts';
import { bestFirst, createScorer, skillsInDescription } from './match/score.ts';
import type {
  Application,
  CompanyResult,
  CompanyStatus,
  Description,
  GeneratedApplication,
  LlmFit,
  Match,
  Novelty,
  PipelineResult,
  Posting,
  PostingRecord,
  SeenEntry,
} from './model.ts';
import { jobFolderName } from './render/filenames.ts';
import { createRenderContext, type Format, type RenderContext } from './render/index.ts';
import { writeApplication } from './render/write-application.ts';
import type { Profile } from './model.ts';
import { SourceError } from './sources/errors.ts';
import { getSource } from './sources/index.ts';
import { companyHttp } from './sources/network.ts';
import { tidyPosting } from './sources/normalize.ts';
import type { CompanyConfig, SourceAdapter, SourceContext } from './sources/types.ts';
import { contentHash } from './state/run-state.ts';
import { plural } from './text/plural.ts';

export interface ApplicationGenerator {
  /** May throw JobDeferred: the job is left for the next run. */
  generate(match: Match, description: Description): Promise<GeneratedApplication>;
  /** The template's documents, written when rendering the generated ones fails. */
  templateFor?(match: Match, description: Description, reason: string): GeneratedApplication;
  extractPosting?: PageExtractor;
}

export interface PipelineOptions {
  companies: CompanyConfig[];
  profile: Profile;
  parallelWorkers: number;
  minScore: number;
  topPerCompany: boolean;
  maxJobs: number;
  maxAgeDays: number;
  formats: Format[];
  outputDir: string;
  candidateName: string;
  /** The resume's contact items: the header of every letter. */
  candidateContact?: string[];
  /** pdf_font: a font file for characters the built-in PDF fonts lack. */
  pdfFont?: string;
  companyDeadlineMs: number;
  /** The resume as text: a posting's skills you have are those it or the profile names. */
  resumeText?: string;
  /** What an earlier run knew of a posting (from the state artifact); absent = everything is new. */
  novelty?: (posting: Posting, hash: string) => Novelty;
  /** Skip postings seen by an earlier run (changed ones too, unless reprocessChanged). */
  onlyNew?: boolean;
  reprocessChanged?: boolean;
  /** llm_rank: judge at most this many postings near min_score with the LLM (0 or absent = off). */
  llmRank?: number;
  /** The LLM's judgement of a posting from an earlier run, when made for the same content and profile. */
  rememberedFit?: (key: string, hash: string) => LlmFit | undefined;
  /** Test/bench switch: describe every job before generating any (the original tool's design). */
  barrier?: boolean;
}

export interface PipelinePorts {
  http: HttpClient;
  log: Logger;
  generator: ApplicationGenerator;
  /** The LLM judge of fit for llm_rank (absent without an LLM). */
  judgeFit?: FitJudge;
  /** The clock edge; the pure stages get `now` from here. */
  now: () => Date;
}

/** A company being listed: its config, its source adapter and its network-scoped client, made once. */
interface CompanySource {
  company: CompanyConfig;
  adapter: SourceAdapter;
  http: HttpClient;
}

/** A posting and the company it was listed for, which travels with it to its description. */
interface Listed {
  posting: Posting;
  from: CompanySource;
}

type ListedMatch = Match & { from: CompanySource };

function companyStatus(err: unknown): CompanyStatus {
  if (err instanceof SourceError) return 'not_found';
  if (err instanceof HttpError && err.kind === 'throttled') return 'throttled';
  return 'failed';
}

function record(p: Posting, extra: Partial<PostingRecord> & Pick<PostingRecord, 'status'>): PostingRecord {
  return {
    key: p.key,
    company: p.company,
    source: p.source,
    title: p.title,
    url: p.url,
    locations: p.locations,
    remote: p.remote,
    postedAt: p.postedAt,
    salary: p.salary,
    ...extra,
  };
}

/** Lists every company's postings in bounded parallel; one company failing never stops the others. */
async function discover(
  opts: PipelineOptions,
  ports: PipelinePorts,
): Promise<{ listed: Listed[]; companies: CompanyResult[] }> {
  const { log } = ports;
  const limit = pLimit(Math.max(1, opts.parallelWorkers));
  const now = ports.now();
  const results = await Promise.all(
    opts.companies.map((company) =>
      limit(async () => {
        const started = Date.now();
        const from: CompanySource = {
          company,
          adapter: getSource(company.source)!,
          http: await companyHttp(ports.http, company),
        };
        const ctx: SourceContext = {
          http: from.http,
          log,
          now,
          signal: AbortSignal.timeout(opts.companyDeadlineMs),
        };
        try {
          const postings = (await from.adapter.list(company, ctx)).map(tidyPosting);
          log.info(
            `  [discover] ${company.name} (${company.source}): ${postings.length} open posting${postings.length === 1 ? '' : 's'}`,
          );
          const status: CompanyStatus = postings.length ? 'ok' : 'empty';
          return {
            listed: postings.map((posting): Listed => ({ posting, from })),
            result: {
              name: company.name,
              source: company.source,
              status,
              postings: postings.length,
              ms: Date.now() - started,
            },
          };
        } catch (err) {
          const status = companyStatus(err);
          const error = errorLine(err);
          log.warning(
            `${company.name} (${company.source}): ${error}`,
            status === 'throttled' ? 'Company throttled' : 'Company failed',
          );
          return {
            listed: [] as Listed[],
            result: {
              name: company.name,
              source: company.source,
              status,
              postings: 0,
              error,
              ms: Date.now() - started,
            },
          };
        }
      }),
    ),
  );
  return { listed: results.flatMap((r) => r.listed), companies: results.map((r) => r.result) };
}

/**
 * The whole run minus publishing: discover -> score -> filter -> (describe -> generate -> render)
 * per job in bounded parallel, a job's generation starting as soon as its description is ready.
 */
export async function runPipeline(opts: PipelineOptions, ports: PipelinePorts): Promise<PipelineResult> {
  const { log } = ports;
  const t0 = Date.now();
  const { listed, companies } = await log.group('Discover postings', () => discover(opts, ports));
  const t1 = Date.now();

  const { unique, duplicates } = dedupPostings(listed);
  const scorer = createScorer(
    opts.profile,
    unique.map((l) => l.posting),
    { resumeText: opts.resumeText },
  );
  let ranked = bestFirst(
    unique.map(({ posting, from }): ListedMatch => ({ ...scorer.score(posting), from })),
  );
  const noveltyOf = new Map<string, Novelty>();
  const seen: SeenEntry[] = [];
  const novelty: Record<Novelty, number> = { new: 0, changed: 0, seen: 0 };
  for (const m of ranked) {
    const p = m.posting;
    const hash = contentHash([p.title, p.locations, p.description]);
    const status = opts.novelty ? opts.novelty(p, hash) : 'new';
    noveltyOf.set(p.key, status);
    novelty[status]++;
    seen.push({ key: p.key, score: m.score, hash });
  }
  const skip = (m: Match): string | null => {
    if (!opts.onlyNew) return null;
    const status = noveltyOf.get(m.posting.key);
    if (status === 'seen') return 'only_new: seen in an earlier run';
    if (status === 'changed' && !opts.reprocessChanged)
      return 'only_new: seen in an earlier run (changed since; set reprocess_changed to redo it)';
    return null;
  };
  let unjudged = new Set<string>();
  if (opts.llmRank) ({ ranked, unjudged } = await judgeNearThreshold(ranked, seen, skip, opts, ports));
  const { kept, filtered } = filterMatches(ranked, {
    skip,
    minScore: opts.minScore,
    topPerCompany: opts.topPerCompany,
    maxJobs: opts.maxJobs,
    maxAgeDays: opts.maxAgeDays,
    now: ports.now(),
  });
  // A posting llm_rank was to judge but could not (daily limit, budget) is not remembered as seen, so
  // a later run judges it rather than skipping it as seen.
  for (const f of filtered)
    if (unjudged.has(f.match.posting.key) && f.match.score < opts.minScore && !f.deferred) {
      f.deferred = true;
      f.reason += '; llm_rank could not judge it this run (a later run asks again)';
    }
  const t2 = Date.now();
  log.info(`[filter] Processing ${plural(kept.length, 'job')} (out of ${listed.length} total)`);

  const records: PostingRecord[] = [
    ...duplicates.map((d) =>
      record(d.posting, { status: 'duplicate', reason: `same posting as ${d.of.key}` }),
    ),
    ...filtered.map((f) =>
      record(f.match.posting, {
        status: 'filtered',
        reason: f.reason,
        score: f.match.score,
        reasons: f.match.reasons,
        novelty: noveltyOf.get(f.match.posting.key),
      }),
    ),
  ];

  const workers = Math.max(1, Math.min(opts.parallelWorkers, kept.length));
  const applications = await log.group('Fetch descriptions and write applications', () =>
    processJobs(kept, workers, opts, ports),
  );
  for (const app of applications) {
    records.push(
      record(app.match.posting, {
        status: app.status,
        reason: app.error,
        score: app.match.score,
        reasons: app.match.reasons,
        folder: app.folder,
        novelty: noveltyOf.get(app.match.posting.key),
      }),
    );
  }
  const t3 = Date.now();
  // Remembered as seen: every posting but those that failed, were deferred (LLM daily limit) or were
  // only dropped for room (max_jobs) or for want of llm_rank's judgement, so a later run still treats
  // them as new.
  const notSeen = new Set([
    ...applications.filter((a) => a.status !== 'generated').map((a) => a.match.posting.key),
    ...filtered.filter((f) => f.deferred).map((f) => f.match.posting.key),
  ]);
  return {
    novelty,
    seen: seen.filter((e) => !notSeen.has(e.key)),
    companies,
    totalPostings: listed.length,
    applications,
    records,
    workers,
    timings: { discoverMs: t1 - t0, scoreMs: t2 - t1, jobsMs: t3 - t2 },
  };
}

/** llm_rank: the LLM's judgement for the postings near min_score, remembered with the seen postings. */
async function judgeNearThreshold(
  ranked: ListedMatch[],
  seen: SeenEntry[],
  skip: (m: Match) => string | null,
  opts: PipelineOptions,
  ports: PipelinePorts,
): Promise<{ ranked: ListedMatch[]; unjudged: Set<string> }> {
  const { log } = ports;
  if (!ports.judgeFit) {
    log.info("[llm_rank] No LLM is configured, so postings near min_score keep their score's verdict.");
    return { ranked, unjudged: new Set() };
  }
  const judgeFit = ports.judgeFit;
  const eligible = ranked.filter((m) => !skip(m));
  const result = await log.group('Judge fit near min_score (llm_rank)', () =>
    rankNearThreshold(eligible, {
      profile: opts.profile,
      minScore: opts.minScore,
      limit: opts.llmRank!,
      judge: judgeFit,
      remembered: opts.rememberedFit,
    }),
  );
  log.info(
    `[llm_rank] ${plural(result.judged.size, 'posting')} near min_score ${opts.minScore} judged (${result.fromMemory} remembered, ${result.asked} asked)`,
  );
  for (const entry of seen) {
    const llm = result.judged.get(entry.key)?.reasons.llm;
    const hash = result.hashes.get(entry.key);
    if (llm && hash) entry.llm = { ...llm, hash };
  }
  return {
    ranked: ranked.map((m) => {
      const judged = result.judged.get(m.posting.key);
      return judged ? { ...m, reasons: judged.reasons } : m;
    }),
    unjudged: result.unjudged,
  };
}

async function processJobs(
  kept: ListedMatch[],
  workers: number,
  opts: PipelineOptions,
  ports: PipelinePorts,
): Promise<Application[]> {
  const { log } = ports;
  if (kept.length === 0) return [];
  log.info(`[parallel] Pre-fetching job descriptions with ${plural(workers, 'worker')}...`);
  const render = await createRenderContext({ formats: opts.formats, pdfFont: opts.pdfFont });
  // Two pools of `workers` each: a worker waiting on the LLM never holds up the next description.
  const describeLimit = pLimit(workers);
  const generateLimit = pLimit(workers);
  const taken = new Set<string>();
  let described = 0;
  const fetchDone = () => {
    described++;
    if (described === kept.length) log.info('[parallel] Job description fetching complete!');
  };

  const describeOne = async ({
    from,
    ...match
  }: ListedMatch): Promise<{ description?: Description; error?: string; match: Match }> => {
    const posting = match.posting;
    const ctx: SourceContext = {
      http: from.http,
      log,
      now: ports.now(),
      signal: AbortSignal.timeout(opts.companyDeadlineMs),
    };
    try {
      const { description, patch } = await describePosting(posting, {
        adapter: from.adapter,
        company: from.company,
        ctx,
        http: from.http,
        extract: ports.generator.extractPosting
          ? (text, url) => ports.generator.extractPosting!(text, url)
          : undefined,
      });
      const fullPosting = patch ? { ...posting, ...patch, key: posting.key } : posting;
      const patched: Match = {
        ...match,
        posting: fullPosting,
        reasons: {
          ...match.reasons,
          ...skillsInDescription(opts.profile, fullPosting, description.text, opts.resumeText),
        },
      };
      log.info(
        `  [parallel-fetch] ${posting.company}: ${plural(description.text.length, 'char')} (${described + 1}/${kept.length})`,
      );
      return { description, match: patched };
    } catch (err) {
      const error = `describe: ${errorLine(err)}`;
      log.warning(`${posting.company} — ${posting.title}: ${error}`, 'Description failed');
      return { error, match };
    } finally {
      fetchDone();
    }
  };

  const writeOne = async (match: Match, description: Description): Promise<Application> => {
    const posting = match.posting;
    const folder = jobFolderName(posting.company, posting.title, posting.id, taken);
    let generated: GeneratedApplication;
    try {
      generated = await ports.generator.generate(match, description);
    } catch (err) {
      if (err instanceof JobDeferred) return { match, description, status: 'deferred', error: err.message };
      return failedJob(match, description, `generate: ${errorLine(err)}`, 'Generation failed');
    }
    const write = (docs: GeneratedApplication) =>
      writeApplication({
        match,
        description,
        generated: docs,
        folder,
        outputDir: opts.outputDir,
        formats: opts.formats,
        candidateName: opts.candidateName,
        candidateContact: opts.candidateContact ?? [],
        date: ports.now(),
        render,
      });
    let app: Application;
    try {
      app = await write(generated);
    } catch (err) {
      const error = `render: ${errorLine(err)}`;
      const byModel = generated.letter.by === 'llm' || generated.resume.by === 'llm';
      if (!byModel || !ports.generator.templateFor)
        return failedJob(match, description, error, 'Rendering failed');
      // The model's text would not render: the job still gets the template's documents.
      log.warning(
        `${posting.company} — ${posting.title}: ${error}; the template generator's documents were written instead`,
        'Rendering failed',
      );
      generated = ports.generator.templateFor(match, description, error);
      try {
        app = await write(generated);
      } catch (again) {
        return failedJob(match, description, `render: ${errorLine(again)}`, 'Rendering failed');
      }
    }
    log.info(`  [generate] ${posting.company}: ${posting.title} -> ${folder}/ (${generated.letter.by})`);
    return app;
  };
  const failedJob = (match: Match, description: Description, error: string, title: string): Application => {
    log.warning(`${match.posting.company} — ${match.posting.title}: ${error}`, title);
    return { match, description, status: 'failed', error };
  };

  const write = (d: Awaited<ReturnType<typeof describeOne>>) =>
    d.description
      ? generateLimit(() => writeOne(d.match, d.description!))
      : Promise.resolve(failed(d.match, d.error!));
  let applications: Application[];
  if (opts.barrier) {
    const described = await Promise.all(kept.map((m) => describeLimit(() => describeOne(m))));
    applications = await Promise.all(described.map(write));
  } else {
    // Pipelined: each job's generation starts as soon as its own description is ready.
    applications = await Promise.all(kept.map((m) => describeLimit(() => describeOne(m)).then(write)));
  }
  warnAboutFonts(render, log);
  return applications;
}

/** Characters the PDFs could not draw, said once for the whole run. */
function warnAboutFonts(render: RenderContext, log: Logger): void {
  const warning = render.fonts?.warning();
  if (warning) log.warning(warning, 'PDF fonts');
}

function failed(match: Match, error: string): Application {
  return { match, status: 'failed', error };
}
