/** The one tokeniser of the project: scoring, skill reasons and the grounding check all read words with it. */

/** Lower case, accents folded ("Développeur" -> "developpeur"). */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * Words: runs of letters and digits, keeping a trailing + or # ("c++", "c#", "f#"). ".NET" is its own
 * word, so it is not "net"; "TS/SCI" (a security clearance) stays one word, so it is not TypeScript.
 */
const WORD =
  /(?<![\p{L}\p{N}])\.net(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])ts\/sci(?![\p{L}\p{N}])|[\p{L}\p{N}]+[+#]*/gu;

/** Lower-case word tokens of a text, accents folded. */
export function tokens(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

/**
 * Tokens, and for each whether it is the dotted tail of a name ("js" of "Node.js", "net" of
 * "ASP.NET"): such a tail is part of that name, not a word of its own.
 */
export function tokensWithTails(text: string): { words: string[]; tails: boolean[] } {
  const folded = fold(text);
  const words: string[] = [];
  const tails: boolean[] = [];
  for (const m of folded.matchAll(WORD)) {
    words.push(m[0]);
    tails.push(m.index >= 2 && folded[m.index - 1] === '.' && /[\p{L}\p{N}]/u.test(folded[m.index - 2]));
  }
  return { words, tails };
}
