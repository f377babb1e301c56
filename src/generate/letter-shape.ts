/**
 * An LLM letter brought to the shape every letter has: it opens with a salutation (anything the
 * model put above it, such as an address block or a date, goes: the layout adds the real ones),
 * ends with a sign-off and the candidate's name, and is trimmed at a sentence when it runs past
 * letter_words by more than the tolerance, or flagged when it falls short.
 */
import { plainMarkdown } from '../text/untrusted.ts';
import { splitSentences } from '../text/sentences.ts';
import { LENGTH_TOLERANCE } from './template-letter.ts';
import { wordCount } from './prose.ts';

const SALUTATION = /^(dear|hello|hi|greetings|to whom it may concern|to the)\b.*[,:!]?\s*$/i;
const SIGN_OFF =
  /^(sincerely|best|best regards|kind regards|regards|warm regards|warmly|yours|yours sincerely|yours truly|respectfully|thank you|thanks|many thanks|with gratitude|with appreciation|cheers)\b[^\n]{0,30}$/i;

export interface ShapedLetter {
  markdown: string;
  words: number;
  /** Set when the letter was trimmed or is short of letter_words. */
  note?: string;
}

/** Removes whole sentences from the end of `paragraph` until `excess` words are gone; returns what is left. */
function trimSentences(
  paragraph: string,
  excess: number,
  keepFirst: boolean,
): { text: string; removed: number } {
  const sentences = splitSentences(paragraph).map((s) => s.trim());
  let removed = 0;
  while (removed < excess && sentences.length > (keepFirst ? 1 : 0)) removed += wordCount(sentences.pop()!);
  return { text: sentences.join(' '), removed };
}

export function shapeLetter(
  markdown: string,
  opts: { words: number; company: string; name: string },
): ShapedLetter {
  let paragraphs = markdown
    .trim()
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  // Everything above the salutation (a sender block, a date, an address) is the layout's job.
  const firstLines = paragraphs.map((p) => p.split('\n')[0]);
  const salutationAt = firstLines.findIndex((l, i) => i < 4 && SALUTATION.test(l));
  if (salutationAt > 0) paragraphs = paragraphs.slice(salutationAt);
  if (salutationAt < 0) paragraphs.unshift(`Dear ${plainMarkdown(opts.company)} hiring team,`);
  // A salutation sharing its paragraph with the first sentences gets its own.
  const [salutation, ...rest] = paragraphs[0].split('\n');
  if (rest.length) paragraphs.splice(0, 1, salutation, rest.join('\n'));

  const last = paragraphs[paragraphs.length - 1];
  if (paragraphs.length > 1 && SIGN_OFF.test(last.split('\n')[0])) {
    if (!last.includes('\n')) paragraphs[paragraphs.length - 1] = `${last}\n${plainMarkdown(opts.name)}`;
  } else {
    paragraphs.push(`Sincerely,\n${plainMarkdown(opts.name)}`);
  }

  const count = () => wordCount(paragraphs.join('\n\n'));
  const before = count();
  const high = Math.floor(opts.words * (1 + LENGTH_TOLERANCE));
  if (before > high) {
    // Body paragraphs between the salutation and the sign-off; the last one (the closing) stays.
    const bodyEnd = paragraphs.length - 2;
    for (let i = bodyEnd - 1; i >= 1 && count() > high; i--) {
      const { text } = trimSentences(paragraphs[i], count() - high, i === 1);
      paragraphs[i] = text;
    }
    paragraphs = paragraphs.filter(Boolean);
  }
  const words = count();
  let note: string | undefined;
  if (words < before)
    note = `trimmed at a sentence from ${before} to ${words} words (letter_words ${opts.words})`;
  else if (words > high) note = `${words} words, more than letter_words ${opts.words}`;
  else if (words < opts.words * (1 - LENGTH_TOLERANCE))
    note = `${words} words, short of letter_words ${opts.words}`;
  return { markdown: paragraphs.join('\n\n') + '\n', words, note };
}
