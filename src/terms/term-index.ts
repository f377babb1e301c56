/** An index over a text's words answering whether, and where, a term occurs. */
import { spellingsOf } from './aliases.ts';
import { tokens, tokensWithTails } from './tokens.ts';

/** Longest run of consecutive tokens whose concatenation counts as one term ("node js" = "nodejs"). */
const MAX_RUN = 4;

interface TermQuery {
  words: string[];
  /** Concatenations that count as the term: every spelling of it in compact form. */
  targets: string[];
}

// The same few hundred terms (resume skills, known technologies) are asked of every posting.
const queries = new Map<string, TermQuery>();

function queryOf(term: string): TermQuery {
  let q = queries.get(term);
  if (!q) {
    const words = tokens(term);
    q = { words, targets: [...new Set([words.join(''), ...spellingsOf(term)])].filter(Boolean) };
    if (queries.size > 10_000) queries.clear();
    queries.set(term, q);
  }
  return q;
}

/** A plural of a word of 4+ letters counts as the word ("microservices" has "microservice"). */
function samePlural(joined: string, target: string): boolean {
  if (target.length < 4) return false;
  return (
    (joined === `${target}s` && !target.endsWith('s')) || (target === `${joined}s` && !joined.endsWith('s'))
  );
}

/**
 * An index over a text's tokens answering "does this term occur here?", tolerant of case,
 * punctuation ("Node.js" = "nodejs" = "node js"), plurals and the spellings of aliases.ts, whole
 * words only ("Java" is not "JavaScript", "C" is not "code"). Built in one pass over the tokens
 * (positions by word); runs of tokens are joined only when a query asks, which keeps a 10 KB
 * description cheap to index.
 */
export class TermIndex {
  private readonly toks: string[];
  /** Positions of dotted tails ("js" of "Node.js"): a term never starts there. */
  private readonly tails: boolean[];
  private readonly positions = new Map<string, number[]>();
  /** Distinct words by their first character: the candidates for the start of a run. */
  private readonly byFirstChar = new Map<string, string[]>();

  constructor(text: string) {
    ({ words: this.toks, tails: this.tails } = tokensWithTails(text));
    this.toks.forEach((t, i) => {
      const at = this.positions.get(t);
      if (at) at.push(i);
      else {
        this.positions.set(t, [i]);
        const first = this.byFirstChar.get(t[0]);
        if (first) first.push(t);
        else this.byFirstChar.set(t[0], [t]);
      }
    });
  }

  /** Whether the term occurs in any of its spellings. */
  has(term: string): boolean {
    return this.position(term) >= 0;
  }

  /** Whether this one spelling occurs (case, punctuation and plurals aside; no other spellings). */
  hasSpelling(spelling: string): boolean {
    const words = tokens(spelling);
    if (words.length === 0 || words.length > MAX_RUN) return this.has(spelling);
    return this.runAt(words.join('')) >= 0;
  }

  /** Index of the first word where the term occurs (an empty term at 0), or -1. */
  position(term: string): number {
    const { words, targets } = queryOf(term);
    if (words.length === 0) return 0;
    if (words.length > MAX_RUN) {
      const at = words.map((t) => this.positions.get(t)?.find((i) => !this.tails[i]) ?? -1);
      return at.includes(-1) ? -1 : Math.min(...at);
    }
    let best = -1;
    for (const target of targets) {
      const at = this.runAt(target);
      if (at >= 0 && (best < 0 || at < best)) best = at;
    }
    return best;
  }

  /** Where 1..MAX_RUN consecutive tokens first concatenate to `target` (or its plural), or -1. */
  private runAt(target: string): number {
    let best = -1;
    for (const first of this.byFirstChar.get(target[0]) ?? []) {
      if (!target.startsWith(first) && !samePlural(first, target)) continue;
      for (const i of this.positions.get(first)!) {
        if (best >= 0 && i >= best) break;
        if (this.tails[i]) continue;
        let joined = first;
        for (let j = i + 1; j < i + MAX_RUN && j < this.toks.length && joined.length < target.length; j++) {
          const next = joined + this.toks[j];
          if (!target.startsWith(next) && !samePlural(next, target)) break;
          joined = next;
        }
        if (joined === target || samePlural(joined, target)) best = i;
      }
    }
    return best;
  }
}
