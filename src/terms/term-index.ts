/** Terms in text: tokens, canonical forms and aliases, and an index answering whether a term occurs. */

/** Lower-case word tokens; keeps + and # (c++, c#) and folds accents. */
export function tokens(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .match(/[a-z0-9]+(?:[+#]+)?|[+#]+/g) ?? []
  );
}

const ALIASES: Record<string, string> = {
  postgres: 'postgresql',
  k8s: 'kubernetes',
  golang: 'go',
  nodejs: 'node',
  reactjs: 'react',
  vuejs: 'vue',
  nextjs: 'next',
  gcp: 'google cloud',
  aws: 'amazon web services',
};

/** Compact canonical form of a term: "Node.js" and "NodeJS" -> "node", "Postgres" -> "postgresql". */
export function canonicalTerm(term: string): string {
  const compact = tokens(term).join('');
  const alias = ALIASES[compact];
  return alias ? alias.replace(/ /g, '') : compact;
}

/** For each alias target ("kubernetes"), the compact forms that stand for it ("k8s"). */
const ALIAS_SOURCES = new Map<string, string[]>();
for (const [from, to] of Object.entries(ALIASES)) {
  const target = to.replace(/ /g, '');
  ALIAS_SOURCES.set(target, [...(ALIAS_SOURCES.get(target) ?? []), from]);
}

/** Longest run of consecutive tokens whose concatenation counts as one term ("node js" = "nodejs"). */
const MAX_RUN = 4;

interface TermQuery {
  words: string[];
  /** Concatenations that count as the term: its compact and canonical forms and their aliases. */
  targets: string[];
}

// The same few hundred terms (resume skills, known technologies) are asked of every posting.
const queries = new Map<string, TermQuery>();

function queryOf(term: string): TermQuery {
  let q = queries.get(term);
  if (!q) {
    const words = tokens(term);
    const targets = new Set([canonicalTerm(term), words.join('')]);
    for (const t of [...targets]) for (const source of ALIAS_SOURCES.get(t) ?? []) targets.add(source);
    q = { words, targets: [...targets] };
    if (queries.size > 10_000) queries.clear();
    queries.set(term, q);
  }
  return q;
}

/**
 * An index over a text's tokens answering "does this term occur here?", tolerant of case,
 * punctuation ("Node.js" = "nodejs" = "node js") and a few well-known aliases. Built in one pass
 * over the tokens (positions by word); runs of tokens are joined only when a query asks, which keeps
 * a 10 KB description cheap to index.
 */
export class TermIndex {
  private readonly toks: string[];
  private readonly positions = new Map<string, number[]>();
  /** Distinct words by their first character: the candidates for the start of a run. */
  private readonly byFirstChar = new Map<string, string[]>();

  constructor(text: string) {
    this.toks = tokens(text);
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

  has(term: string): boolean {
    const { words, targets } = queryOf(term);
    if (words.length === 0) return true;
    if (words.length > MAX_RUN) return words.every((t) => this.positions.has(t));
    for (const target of targets) if (this.hasRun(target)) return true;
    return false;
  }

  /** Whether 1..MAX_RUN consecutive tokens concatenate to exactly `target`. */
  private hasRun(target: string): boolean {
    for (const first of this.byFirstChar.get(target[0]) ?? []) {
      if (!target.startsWith(first)) continue;
      for (const i of this.positions.get(first)!) {
        let joined = first;
        for (let j = i + 1; j < i + MAX_RUN && j < this.toks.length && joined.length < target.length; j++) {
          joined += this.toks[j];
          if (!target.startsWith(joined)) break;
        }
        if (joined === target) return true;
      }
    }
    return false;
  }
}
