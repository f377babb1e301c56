/**
 * The generate stage: a cover letter and a tailored resume per job, written by the LLM and grounded
 * in the source resume, or by the template generator when no LLM is configured, calls keep failing
 * or the token budget is spent. generate() never throws for LLM trouble.
 */
import type { Logger } from '../log.ts';
import type { Description, GeneratedApplication, GeneratedDoc, Match, TokenUsage } from '../model.ts';
import { extractWithLlm, type ExtractedPosting } from './extract.ts';
import { Grounding } from './grounding.ts';
import { llmLetter, UnusableLetter } from './letter.ts';
import {
  createLlmClient,
  LlmClient,
  LlmError,
  type LlmClientOptions,
  type LlmTotals,
  type Provider,
} from './llm.ts';
import { fitJobRequest, RESUME_SYSTEM } from './prompts.ts';
import type { SourceResume } from '../resume/index.ts';
import { completeJson, InvalidJsonAnswer } from './structured.ts';
import { renderTailoredMarkdown, TAILORED_RESUME_SCHEMA, type TailoredResume } from './tailored.ts';
import { postingTerms, templateLetter, templateResumeMarkdown, type PostingTerms } from './template.ts';

export type { SourceResume } from '../resume/index.ts';
export type { Provider } from './llm.ts';

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
  /** Client tuning (retries, timeout, rpm, token caps, clock) when built from `provider`. */
  llm?: Omit<LlmClientOptions, 'provider' | 'log' | 'maxTokens' | 'concurrency'>;
  log: Logger;
}

export interface GeneratorTotals extends LlmTotals {
  /** "budget exhausted after N jobs" once the budget ran out. */
  budgetNote?: string;
  /** Documents (letters + resumes) the template wrote although an LLM was configured. */
  fallbacks: number;
}

export interface Generator {
  generate(match: Match, description: Description): Promise<GeneratedApplication>;
  /** LLM extraction of a job from a page's cleaned text; null without an LLM or when it finds none. */
  extractPosting(pageText: string, url: string): Promise<ExtractedPosting | null>;
  totals(): GeneratorTotals;
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

export function createGenerator(opts: GeneratorOptions): Generator {
  const { resume, log } = opts;
  const letterWords = opts.letterWords ?? 250;
  const client =
    opts.client !== undefined
      ? opts.client
      : opts.provider
        ? createLlmClient({
            ...opts.llm,
            provider: opts.provider,
            maxTokens: opts.maxTokens,
            concurrency: opts.concurrency,
            log,
          })
        : null;
  const grounding = new Grounding(resume);
  let fallbacks = 0;
  let jobsWithLlm = 0;
  let budgetAfterJobs: number | undefined;

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
    } else if (!(err instanceof LlmError && (err.status === 401 || err.status === 403))) {
      // (Refused credentials are reported once, by the client.)
      log.warning(`${job}: ${reason}; the ${what} was written by the template generator`, 'LLM fallback');
    }
    return { ...doc, by: 'template', fallbackReason: reason };
  }

  async function tailoredResume(match: Match, description: Description, onUsage: (u: TokenUsage) => void) {
    const llm = client!;
    const user = fitJobRequest(RESUME_SYSTEM, resume.markdown, match, description.text, llm.maxInputTokens);
    const answer = await completeJson<TailoredResume>(llm, {
      system: RESUME_SYSTEM,
      user,
      jsonSchema: {
        name: 'tailored_resume',
        schema: TAILORED_RESUME_SCHEMA as unknown as Record<string, unknown>,
      },
      maxOutputTokens: llm.maxOutputTokens,
      temperature: 0.2,
      onUsage,
    });
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

  return {
    async generate(match, description) {
      // The template's terms are worked out only when a template is written.
      let terms: PostingTerms | undefined;
      const termsOf = () => (terms ??= postingTerms(resume, match, description));
      const letterTemplate = (): GeneratedDoc => {
        const t = templateLetter(resume, match, termsOf(), description.text, letterWords);
        return { markdown: t.markdown, by: 'template', note: t.note };
      };
      const resumeTemplate = () => templateResumeMarkdown(resume, termsOf());
      if (!client) {
        return {
          letter: letterTemplate(),
          resume: { markdown: resumeTemplate(), by: 'template' },
          grounding: [],
        };
      }
      const usage: TokenUsage = { prompt: 0, completion: 0, total: 0 };
      const onUsage = (u: TokenUsage) => {
        usage.prompt += u.prompt;
        usage.completion += u.completion;
        usage.total += u.total;
      };
      const [letter, tailored] = await Promise.all([
        llmLetter(client, grounding, resume, match, description.text, letterWords, onUsage).then(
          (r) => ({
            doc: { markdown: r.markdown, by: 'llm', note: r.note } as GeneratedDoc,
            removals: r.removals,
          }),
          (err: unknown) => ({ doc: fallback('letter', match, err, letterTemplate()), removals: [] }),
        ),
        tailoredResume(match, description, onUsage).then(
          (r) => ({ doc: { markdown: r.markdown, by: 'llm' } as GeneratedDoc, removals: r.removals }),
          (err: unknown) => ({
            doc: fallback('resume', match, err, { markdown: resumeTemplate(), by: 'template' }),
            removals: [],
          }),
        ),
      ]);
      if (letter.doc.by === 'llm' || tailored.doc.by === 'llm') jobsWithLlm++;
      const removals = [...tailored.removals, ...letter.removals];
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
        letter: letter.doc,
        resume: tailored.doc,
        usage: usage.total ? usage : undefined,
        costUsd: usage.total ? client.cost(usage) : undefined,
        grounding: removals,
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

    totals() {
      const t = client?.totals();
      return {
        provider: t?.provider ?? 'none',
        model: t?.model ?? '',
        calls: t?.calls ?? 0,
        usage: t?.usage ?? { prompt: 0, completion: 0, total: 0 },
        costUsd: t?.costUsd,
        budgetExhausted: t?.budgetExhausted ?? false,
        budgetNote:
          budgetAfterJobs !== undefined
            ? `budget exhausted after ${budgetAfterJobs} job${budgetAfterJobs === 1 ? '' : 's'}`
            : undefined,
        fallbacks,
      };
    },
  };
}
