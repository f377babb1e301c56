/**
 * The generate stage: a cover letter and a tailored resume per job, written by the LLM and grounded
 * in the source resume, or by the template generator when no LLM is configured, calls keep failing
 * or the token budget is spent. generate() never throws for LLM trouble, except JobDeferred when the
 * LLM's daily limit was reached and on_quota is `defer`.
 */
import type { Logger } from '../log.ts';
import type { Description, GeneratedApplication, GeneratedDoc, Match, TokenUsage } from '../model.ts';
import { APPLICATION_SCHEMA, type CombinedApplication } from './combined.ts';
import { JobDeferred } from './deferred.ts';
import { extractWithLlm, type ExtractedPosting } from './extract.ts';
import { Grounding } from './grounding.ts';
import { checkLetter, llmLetter, UnusableLetter } from './letter.ts';
import {
  createLlmClient,
  LlmClient,
  LlmError,
  type LlmClientOptions,
  type LlmStop,
  type LlmTotals,
  type Provider,
} from './llm.ts';
import { APPLICATION_SYSTEM, fitJobRequest, RESUME_SYSTEM } from './prompts.ts';
import type { SourceResume } from '../resume/index.ts';
import { completeJson, InvalidJsonAnswer } from './structured.ts';
import { renderTailoredMarkdown, TAILORED_RESUME_SCHEMA, type TailoredResume } from './tailored.ts';
import { postingTerms, templateLetter, templateResumeMarkdown, type PostingTerms } from './template.ts';

export type { SourceResume } from '../resume/index.ts';
export type { Provider } from './llm.ts';
export { JobDeferred } from './deferred.ts';

/** What the remaining jobs get once the LLM's daily limit is reached. */
export type OnQuota = 'defer' | 'template';

export interface GeneratorOptions {
  /** The resolved provider (resolveProvider); kind 'none' means template only. */
  provider?: Provider;
  /** An already-built client instead of `provider` (null = template only). */
  client?: LlmClient | null;
  resume: SourceResume;
  /** Target cover-letter length. Default 250. */
  letterWords?: number;
  /** max_llm_tokens: token budget for the run (0 = none). */
  maxTokens?: number;
  /** LLM requests in flight at once. */
  concurrency?: number;
  /** llm_requests_per_job: 2 = letter and resume asked separately; 1 = both in one answer. Default 2. */
  requestsPerJob?: 1 | 2;
  /** on_quota: the daily limit defers the remaining jobs to the next run, or writes them by template. */
  onQuota?: OnQuota;
  /** Secret inputs that must never reach a document from model text (the API key always is one). */
  secrets?: readonly (string | undefined)[];
  /** Client tuning (retries, deadlines, caps, rpm, token caps, clock) when built from `provider`. */
  llm?: Omit<LlmClientOptions, 'provider' | 'log' | 'maxTokens' | 'concurrency' | 'secrets' | 'onStop'>;
  log: Logger;
}

export interface GeneratorTotals extends LlmTotals {
  /** "budget exhausted after N jobs" once the budget ran out. */
  budgetNote?: string;
  /** Documents (letters + resumes) the template wrote although an LLM was configured. */
  fallbacks: number;
  /** With `stop`: the jobs it touched (deferred, or written by the template). */
  stoppedJobs: number;
  onQuota: OnQuota;
}

export interface Generator {
  generate(match: Match, description: Description): Promise<GeneratedApplication>;
  /** The template generator's documents for a job (the fallback when rendering the LLM's fails). */
  templateFor(match: Match, description: Description, reason: string): GeneratedApplication;
  /** LLM extraction of a job from a page's cleaned text; null without an LLM or when it finds none. */
  extractPosting(pageText: string, url: string): Promise<ExtractedPosting | null>;
  /** Before the jobs: finds out an unknown model once (GitHub Models' catalog). */
  checkModel(): Promise<void>;
  totals(): GeneratorTotals;
  /** The run's LLM client (null = template only), for other LLM work that shares its budget and limits. */
  readonly client: LlmClient | null;
}

/** Why the template took over, in words for the summary. */
function fallbackReason(err: unknown): string {
  if (err instanceof LlmError && err.kind === 'budget') return 'max_llm_tokens budget exhausted';
  if (err instanceof LlmError || err instanceof InvalidJsonAnswer || err instanceof UnusableLetter)
    return err.message;
  return `unexpected error: ${String((err as Error)?.message ?? err)
    .split('\n')[0]
    .slice(0, 200)}`;
}

const STOP_TITLES: Record<LlmStop['kind'], string> = {
  quota: 'LLM daily limit',
  refused: 'LLM refused the credentials',
  'unknown-model': 'Unknown model',
  timeouts: 'LLM timed out',
};

export function createGenerator(opts: GeneratorOptions): Generator {
  const { resume, log } = opts;
  const letterWords = opts.letterWords ?? 250;
  const onQuota = opts.onQuota ?? 'defer';
  const onStop = (stop: LlmStop) => {
    const next =
      stop.kind === 'quota' && onQuota === 'defer'
        ? 'the remaining jobs are deferred to the next run (on_quota: defer)'
        : `the remaining jobs use the template generator${stop.kind === 'quota' ? ' (on_quota: template)' : ''}`;
    log.warning(`${stop.reason}; ${next}`, STOP_TITLES[stop.kind]);
  };
  const client =
    opts.client !== undefined
      ? opts.client
      : opts.provider
        ? createLlmClient({
            ...opts.llm,
            provider: opts.provider,
            maxTokens: opts.maxTokens,
            concurrency: opts.concurrency,
            secrets: opts.secrets,
            onStop,
            log,
          })
        : null;
  const grounding = new Grounding(resume);
  let fallbacks = 0;
  let jobsWithLlm = 0;
  let stoppedJobs = 0;
  let budgetAfterJobs: number | undefined;

  const stopOf = (err: unknown) => (err instanceof LlmError ? err.stop : undefined);

  function fallback(what: 'letter' | 'resume', match: Match, err: unknown, doc: GeneratedDoc): GeneratedDoc {
    fallbacks++;
    const reason = fallbackReason(err);
    const job = `${match.posting.company} – ${match.posting.title}`;
    if (err instanceof LlmError && err.kind === 'budget') {
      if (budgetAfterJobs === undefined) {
        budgetAfterJobs = jobsWithLlm;
        log.warning(
          `max_llm_tokens budget exhausted after ${jobsWithLlm} job${jobsWithLlm === 1 ? '' : 's'}; the remaining jobs use the template generator`,
          'LLM budget',
        );
      }
    } else if (!stopOf(err)) {
      // (A stop is said once, by onStop.)
      log.warning(`${job}: ${reason}; the ${what} was written by the template generator`, 'LLM fallback');
    }
    return { ...doc, by: 'template', fallbackReason: reason };
  }

  function checkTailored(answer: TailoredResume, match: Match, description: Description) {
    const p = match.posting;
    const checked = grounding.resume(answer, {
      company: p.company,
      title: p.title,
      locations: p.locations,
      description: description.text,
    });
    if (checked.value.experience.length === 0 && resume.sections.experience.length > 0)
      throw new InvalidJsonAnswer('the tailored resume kept no position of the source resume');
    return { markdown: renderTailoredMarkdown(resume, checked.value), removals: checked.removals };
  }

  async function tailoredResume(match: Match, description: Description, onUsage: (u: TokenUsage) => void) {
    const llm = client!;
    const user = fitJobRequest(RESUME_SYSTEM, resume.markdown, match, description.text, llm.maxInputTokens);
    const answer = await completeJson<TailoredResume>(llm, {
      system: RESUME_SYSTEM,
      user,
      jsonSchema: {
        name: 'tailored_resume',
        schema: TAILORED_RESUME_SCHEMA,
      },
      maxOutputTokens: llm.maxOutputTokens,
      temperature: 0.2,
      onUsage,
    });
    return checkTailored(answer, match, description);
  }

  type Checked = { markdown: string; removals: GeneratedApplication['grounding']; note?: string };
  type Outcome = { ok: Checked } | { err: unknown };
  const settle = <T extends Checked>(p: Promise<T>): Promise<Outcome> =>
    p.then(
      (ok) => ({ ok }),
      (err: unknown) => ({ err }),
    );

  /** Two requests: the letter and the tailored resume, asked at once. */
  function separately(match: Match, description: Description, onUsage: (u: TokenUsage) => void) {
    return Promise.all([
      settle(llmLetter(client!, grounding, resume, match, description.text, letterWords, onUsage)),
      settle(tailoredResume(match, description, onUsage)),
    ]);
  }

  /** One request: both documents in one JSON answer, each checked as if asked alone. */
  async function together(
    match: Match,
    description: Description,
    onUsage: (u: TokenUsage) => void,
  ): Promise<[Outcome, Outcome]> {
    const llm = client!;
    const system = APPLICATION_SYSTEM(letterWords);
    const user = fitJobRequest(system, resume.markdown, match, description.text, llm.maxInputTokens);
    let answer: CombinedApplication;
    try {
      answer = await completeJson<CombinedApplication>(llm, {
        system,
        user,
        jsonSchema: {
          name: 'job_application',
          schema: APPLICATION_SCHEMA,
        },
        maxOutputTokens: llm.maxOutputTokens,
        temperature: 0.3,
        onUsage,
      });
    } catch (err) {
      return [{ err }, { err }];
    }
    const attempt = <T>(f: () => T) => {
      try {
        return { ok: f() } as Outcome;
      } catch (err) {
        return { err };
      }
    };
    return [
      attempt(() =>
        checkLetter(grounding, answer.letter, null, match, description.text, system, {
          words: letterWords,
          name: resume.name,
        }),
      ),
      attempt(() => checkTailored(answer.resume, match, description)),
    ];
  }

  function templates(match: Match, description: Description) {
    let terms: PostingTerms | undefined;
    const termsOf = () => (terms ??= postingTerms(resume, match, description));
    return {
      letter: (): GeneratedDoc => {
        const t = templateLetter(resume, match, termsOf(), description.text, letterWords);
        return {
          markdown: t.markdown,
          by: 'template',
          // A template letter's note says only that it is short of letter_words.
          ...(t.note ? { note: t.note, shortWords: t.words } : {}),
        };
      },
      resume: (): GeneratedDoc => ({ markdown: templateResumeMarkdown(resume, termsOf()), by: 'template' }),
    };
  }

  return {
    client,
    async generate(match, description) {
      // The template's terms are worked out only when a template is written.
      const template = templates(match, description);
      if (!client) {
        return {
          letter: template.letter(),
          resume: template.resume(),
          grounding: [],
        };
      }
      const usage: TokenUsage = { prompt: 0, completion: 0, total: 0 };
      const onUsage = (u: TokenUsage) => {
        usage.prompt += u.prompt;
        usage.completion += u.completion;
        usage.total += u.total;
        if (u.reasoning) usage.reasoning = (usage.reasoning ?? 0) + u.reasoning;
      };
      const [letterOut, resumeOut] =
        opts.requestsPerJob === 1
          ? await together(match, description, onUsage)
          : await separately(match, description, onUsage);
      const stops = [letterOut, resumeOut].map((o) => ('err' in o ? stopOf(o.err) : undefined));
      if (stops.some(Boolean)) stoppedJobs++;
      // A job the daily limit kept from the model waits for the next run, which writes both documents.
      if (onQuota === 'defer' && stops.includes('quota')) {
        const quota = [letterOut, resumeOut].find((o) => 'err' in o && stopOf(o.err) === 'quota') as {
          err: LlmError;
        };
        throw new JobDeferred(`deferred to the next run: ${quota.err.message}`);
      }
      const doc = (o: Outcome, what: 'letter' | 'resume', write: () => GeneratedDoc): GeneratedDoc =>
        'ok' in o
          ? { markdown: o.ok.markdown, by: 'llm', ...(o.ok.note ? { note: o.ok.note } : {}) }
          : fallback(what, match, o.err, write());
      const letter = doc(letterOut, 'letter', template.letter);
      const tailored = doc(resumeOut, 'resume', template.resume);
      if (letter.by === 'llm' || tailored.by === 'llm') jobsWithLlm++;
      const removals = [
        ...('ok' in resumeOut ? resumeOut.ok.removals : []),
        ...('ok' in letterOut ? letterOut.ok.removals : []),
      ];
      if (removals.length) {
        log.info(
          `  [generate] ${match.posting.company}: fact check removed ${removals.length} item${removals.length === 1 ? '' : 's'} the resume does not support: ` +
            removals
              .slice(0, 5)
              .map((r) => `${r.kind} "${r.value.slice(0, 60)}"`)
              .join(', '),
        );
      }
      return {
        letter,
        resume: tailored,
        usage: usage.total ? usage : undefined,
        costUsd: usage.total ? client.cost(usage) : undefined,
        grounding: removals,
      };
    },

    templateFor(match, description, reason) {
      const template = templates(match, description);
      fallbacks += 2;
      return {
        letter: { ...template.letter(), fallbackReason: reason },
        resume: { ...template.resume(), fallbackReason: reason },
        grounding: [],
      };
    },

    async extractPosting(pageText, url) {
      if (!client) return null;
      try {
        return await extractWithLlm(client, pageText, url);
      } catch (err) {
        log.debug(`[llm] extraction of ${url} failed: ${fallbackReason(err)}`);
        return null;
      }
    },

    async checkModel() {
      await client?.checkModel();
    },

    totals() {
      const t = client?.totals();
      return {
        provider: t?.provider ?? 'none',
        model: t?.model ?? '',
        calls: t?.calls ?? 0,
        usage: t?.usage ?? { prompt: 0, completion: 0, total: 0 },
        costUsd: t?.costUsd,
        budgetExhausted: t?.budgetExhausted ?? false,
        stop: t?.stop,
        budgetNote:
          budgetAfterJobs !== undefined
            ? `budget exhausted after ${budgetAfterJobs} job${budgetAfterJobs === 1 ? '' : 's'}`
            : undefined,
        fallbacks,
        stoppedJobs,
        onQuota,
      };
    },
  };
}
