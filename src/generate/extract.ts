import type { LlmClient } from './llm.ts';
import { EXTRACT_SYSTEM, fitPageRequest } from './prompts.ts';
import { completeJson } from './structured.ts';
import { compactText } from './fit.ts';
import { sanitiseModelMarkdown } from '../text/untrusted.ts';

export interface ExtractedPosting {
  title: string;
  company: string;
  location: string;
  description: string;
}

interface ExtractionAnswer {
  is_job_posting: boolean;
  title: string;
  company: string;
  location: string;
  description_starts_with: string;
  description_ends_with: string;
}

const str = { type: 'string' } as const;
export const EXTRACTION_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: [
    'is_job_posting',
    'title',
    'company',
    'location',
    'description_starts_with',
    'description_ends_with',
  ],
  properties: {
    is_job_posting: { type: 'boolean' },
    title: str,
    company: str,
    location: str,
    description_starts_with: str,
    description_ends_with: str,
  },
} as const;

/** Whitespace- and case-insensitive search: where `phrase` starts and ends in `text`, or null. */
function findLoose(text: string, phrase: string, from = 0): { start: number; end: number } | null {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'i');
  const m = re.exec(text.slice(from));
  return m ? { start: from + m.index, end: from + m.index + m[0].length } : null;
}

/**
 * The last-resort extraction of a job from a page's cleaned text. The model names the title, company
 * and location and quotes where the description starts and ends; the description itself is cut from
 * the page, so it is the page's own words, never the model's.
 */
export async function extractWithLlm(
  client: LlmClient,
  pageText: string,
  url: string,
): Promise<ExtractedPosting | null> {
  const user = fitPageRequest(EXTRACT_SYSTEM, pageText, url, client.maxInputTokens);
  const answer = await completeJson<ExtractionAnswer>(client, {
    system: EXTRACT_SYSTEM,
    user,
    jsonSchema: {
      name: 'job_posting_extraction',
      schema: EXTRACTION_SCHEMA,
    },
    maxOutputTokens: 600,
    temperature: 0,
  });
  if (!answer.is_job_posting || !answer.title.trim()) return null;
  // The page as compacted for the prompt (compactText remembers it, so this is not done twice).
  const text = compactText(pageText);
  const start = findLoose(text, answer.description_starts_with);
  // A quoted start that is not on the page: the whole page text (navigation, footer) is no description.
  if (!start) return null;
  const end = findLoose(text, answer.description_ends_with, start.start);
  const description = text.slice(start.start, end ? end.end : undefined).trim();
  const clean = (s: string) => sanitiseModelMarkdown(s).replace(/\s+/g, ' ').slice(0, 200);
  return {
    title: clean(answer.title),
    company: clean(answer.company),
    location: clean(answer.location),
    description,
  };
}
