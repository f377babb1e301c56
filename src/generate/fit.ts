/** Fitting untrusted text into a request's token budget: estimate, compact, cut at a sentence. */
import { recentTexts } from '../text/recent.ts';
import { splitSentences, truncateAtSentence } from '../text/sentences.ts';
import { stripInvisible } from '../text/untrusted.ts';

/**
 * Token estimate: about 4 characters per token for English text with the GPT tokenizers. It is an
 * estimate for fitting requests under a cap, so the caps keep a safety margin.
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

// Sentences that are the same on every posting of a company and say nothing about the role.
const BOILERPLATE = [
  /equal (employment )?opportunity/i,
  /without regard to (race|color|religion)/i,
  /\b(race|religion|sexual orientation|gender identity|national origin|veteran status|disability)\b.*\b(race|religion|sexual orientation|gender identity|national origin|veteran status|disability)\b/i,
  /reasonable accommodation/i,
  /\b(e-?verify|affirmative action)\b/i,
  /^\s*(apply( now)?|share( this job)?|back to (all )?jobs|view all jobs|save job)\s*$/i,
  /\bcookies?\b.*\b(accept|policy|consent)\b/i,
  /privacy (policy|notice)/i,
  /^\s*(follow us|like us) on\b/i,
  /recruit(ing|ment) (agencies|agency)/i,
];

/**
 * Boilerplate removal may take at most this share of a description; past it the description is kept
 * with its boilerplate (a posting made mostly of legal text is still the posting the model must see).
 */
export const MAX_BOILERPLATE_SHARE = 0.25;

/** A line without its boilerplate sentences (one long line often holds the whole description). */
function withoutBoilerplate(line: string): string {
  if (!BOILERPLATE.some((re) => re.test(line))) return line;
  return splitSentences(line)
    .filter((sentence) => !BOILERPLATE.some((re) => re.test(sentence.trim())))
    .join('')
    .trim();
}

function compactLines(text: string, dropBoilerplate: boolean): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const raw of stripInvisible(text).replace(/\r\n?/g, '\n').split('\n')) {
    const spaced = raw.replace(/[ \t\u00A0]+/g, ' ').trim();
    if (!spaced) {
      if (lines.length && lines[lines.length - 1] !== '') lines.push('');
      continue;
    }
    const line = dropBoilerplate ? withoutBoilerplate(spaced) : spaced;
    if (!line) continue;
    const key = line.toLowerCase();
    if (seen.has(key) && line.length > 20) continue;
    seen.add(key);
    lines.push(line);
  }
  return lines.join('\n').trim();
}

function compactOnce(text: string): string {
  const whole = compactLines(text, false);
  const compact = compactLines(text, true);
  return compact.length >= whole.length * (1 - MAX_BOILERPLATE_SHARE) ? compact : whole;
}

/**
 * Drops boilerplate sentences (never more than MAX_BOILERPLATE_SHARE of the text) and duplicate lines and
 * collapses whitespace; keeps paragraph breaks.
 */
export const compactText = recentTexts(compactOnce);

/** Compacts a description, then truncates it at a sentence boundary to fit a token budget. */
export function fitToTokens(text: string, maxTokens: number): string {
  return truncateAtSentence(compactText(text), Math.max(0, maxTokens) * 4);
}
