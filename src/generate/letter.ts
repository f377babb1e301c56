import type { GroundingRemoval, Match, TokenUsage } from '../model.ts';
import type { Grounding } from './grounding.ts';
import type { LlmClient } from './llm.ts';
import { fitJobRequest, LETTER_SYSTEM } from './prompts.ts';
import type { SourceResume } from '../resume/index.ts';
import { shapeLetter } from './letter-shape.ts';
import { plural } from '../text/plural.ts';

/** A letter shorter than this after grounding is not worth sending; the template takes over. */
const MIN_LETTER_WORDS = 40;

export class UnusableLetter extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnusableLetter';
  }
}

/**
 * Sanitises and grounds a model's letter (sentences naming an employer, certificate or degree the
 * resume lacks, or repeating the instructions in `system`, are removed) and gives it the shape every
 * letter has (letter-shape.ts: salutation, sign-off, length). Throws UnusableLetter when too little
 * is left.
 */
export function checkLetter(
  grounding: Grounding,
  content: string,
  finishReason: string | null,
  match: Match,
  description: string,
  system: string,
  shape: { words: number; name: string },
): { markdown: string; removals: GroundingRemoval[]; note?: string } {
  const p = match.posting;
  const { value, removals } = grounding.letter(
    content,
    { company: p.company, title: p.title, locations: p.locations, description },
    system,
  );
  const count = value.split(/\s+/).filter(Boolean).length;
  if (count < MIN_LETTER_WORDS) {
    throw new UnusableLetter(
      finishReason === 'length' && count > 0
        ? 'the letter was cut off at the output token limit'
        : `the letter had only ${plural(count, 'word')} left after the fact check`,
    );
  }
  const shaped = shapeLetter(value, { words: shape.words, company: p.company, name: shape.name });
  return { markdown: shaped.markdown, removals, note: shaped.note };
}

/**
 * Asks the model for a cover letter, then checks it (checkLetter).
 * Throws LlmError for transport problems and UnusableLetter when too little is left.
 */
export async function llmLetter(
  client: LlmClient,
  grounding: Grounding,
  resume: SourceResume,
  match: Match,
  description: string,
  words: number,
  onUsage: (u: TokenUsage) => void,
): Promise<{ markdown: string; removals: GroundingRemoval[]; note?: string }> {
  const system = LETTER_SYSTEM(words);
  const user = fitJobRequest(system, resume.markdown, match, description, client.maxInputTokens);
  const answer = await client.chat({
    system,
    user,
    maxOutputTokens: Math.ceil(words * 2.5) + 200,
    temperature: 0.5,
    onUsage,
  });
  return checkLetter(grounding, answer.content, answer.finishReason, match, description, system, {
    words,
    name: resume.name,
  });
}
