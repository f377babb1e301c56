/**
 * Title match: how much of a profile title a posting's title carries, each word weighed by how
 * informative it is among the run's own postings, with role families and typo-tolerant words.
 */
import Fuse from 'fuse.js';
import { canonicalWords } from '../terms/aliases.ts';
import { oneEditApart } from '../terms/typos.ts';
import {
  GENERIC_WORDS,
  LEVEL_WORDS,
  RELATED_ROLE,
  ROLE_FAMILIES,
  ROLE_NOUNS,
  SAME_KIND,
  STOPWORDS,
} from './role-families.ts';

export interface TitleMatch {
  /** 0..1: the share of the profile title's weight the posting's title carries. */
  score: number;
  /** The profile title that matched best, or null. */
  phrase: string | null;
  /** The role-family name the posting matched through ("applied scientist" for "Data Scientist"). */
  via: string | null;
}

/** Postings of a smoothed run: this many imagined postings sharing no word keep IDF sane for tiny runs. */
const PRIOR_POSTINGS = 20;
/** The kind of job (the title's head word) carries this share of a title's weight, the field words the rest. */
const HEAD_SHARE = 0.5;
/** A level word ("Senior", "II") or a generic one ("Software") weighs this much of an ordinary word. */
const LOW_WEIGHT = 0.1;
/** A profile title belongs to a role family when a member's words carry this share of it. */
const FAMILY_MEMBERSHIP = 0.7;
/** Fuse threshold for a misspelt word (0 = exact, 1 = anything), and the most a misspelling can count. */
const TYPO_THRESHOLD = 0.3;
const TYPO_MAX = 0.85;

interface Query {
  text: string;
  /** Distinct words with their share of the title's weight (shares sum to 1). */
  words: { word: string; share: number }[];
}

/** A title's words: canonical spellings, stopwords dropped. */
function rawWords(title: string): string[] {
  return canonicalWords(title).filter((w) => !STOPWORDS.has(w));
}

/** The index of a title's head: its last role noun, else its last word that is not a level word. */
function headIndex(words: string[]): number {
  for (let i = words.length - 1; i >= 0; i--) if (ROLE_NOUNS.has(words[i])) return i;
  for (let i = words.length - 1; i >= 0; i--) if (!LEVEL_WORDS.has(words[i])) return i;
  return words.length - 1;
}

export class TitleMatcher {
  private readonly postingsCount: number;
  private readonly df = new Map<string, number>();
  private readonly vocabulary: Set<string>;
  /** For each query word, the words that count for it and how much (itself = 1). */
  private readonly similar = new Map<string, Map<string, number>>();
  /** Each profile title, and the other names of the role families it belongs to. */
  private readonly queries: { query: Query; related: Query[] }[];
  private readonly cache = new Map<string, TitleMatch>();

  constructor(profileTitles: readonly string[], postingTitles: readonly string[]) {
    const raw = postingTitles.map(rawWords);
    const memberTexts = ROLE_FAMILIES.flatMap((f) => f.members);
    this.vocabulary = new Set([
      ...raw.flat(),
      ...profileTitles.flatMap(rawWords),
      ...memberTexts.flatMap(rawWords),
    ]);
    this.postingsCount = raw.length;
    for (const words of raw)
      for (const w of new Set(this.singular(words))) this.df.set(w, (this.df.get(w) ?? 0) + 1);

    const fuse = new Fuse([...this.vocabulary], {
      includeScore: true,
      ignoreLocation: true,
      threshold: TYPO_THRESHOLD,
    });
    const fillSimilar = (queries: Query[]) => {
      for (const { word } of queries.flatMap((q) => q.words))
        if (!this.similar.has(word)) this.similar.set(word, this.similarWords(word, fuse));
    };
    const profile = profileTitles.map((t) => this.query(t)).filter((q) => q.words.length);
    fillSimilar(profile);
    const families = ROLE_FAMILIES.map((family) => family.members.map((m) => this.query(m)));
    const inFamily = (query: Query, members: Query[]) =>
      members.some((m) => this.coverage(query, new Set(m.words.map((w) => w.word))) >= FAMILY_MEMBERSHIP);
    this.queries = profile.map((query) => ({
      query,
      related: families.filter((members) => inFamily(query, members)).flat(),
    }));
    fillSimilar(this.queries.flatMap((q) => q.related));
  }

  /** Plural to singular where the run also knows the singular ("Engineers" -> "engineer"). */
  private singular(words: string[]): string[] {
    return words.map((w) =>
      w.length >= 4 && w.endsWith('s') && !w.endsWith('ss') && this.vocabulary.has(w.slice(0, -1))
        ? w.slice(0, -1)
        : w,
    );
  }

  private idf(word: string): number {
    const df = this.df.get(word) ?? 0;
    const n = this.postingsCount + PRIOR_POSTINGS;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** A title as weighted words: the head gets HEAD_SHARE, the other words the rest by informativeness. */
  private query(text: string): Query {
    const words = [...new Set(this.singular(rawWords(text)))];
    if (words.length === 0) return { text, words: [] };
    const head = headIndex(words);
    const weight = (w: string) => this.idf(w) * (LEVEL_WORDS.has(w) || GENERIC_WORDS.has(w) ? LOW_WEIGHT : 1);
    const total = words.reduce((sum, w) => sum + weight(w), 0);
    const rest = total - weight(words[head]);
    const headShare = rest > 0 ? HEAD_SHARE : 1;
    return {
      text,
      words: words.map((word, i) => ({
        word,
        share: i === head ? headShare : ((1 - headShare) * weight(word)) / rest,
      })),
    };
  }

  /** Words of the run that count for a query word: itself, the same kind of job, misspellings. */
  private similarWords(word: string, fuse: Fuse<string>): Map<string, number> {
    const out = new Map<string, number>([[word, 1]]);
    for (const [a, b, closeness] of SAME_KIND) {
      if (a === word) out.set(b, closeness);
      if (b === word) out.set(a, closeness);
    }
    // Misspellings only: plain words one edit apart ("Enginer"), never another word ("Embodied").
    if (/^\p{L}+$/u.test(word)) {
      for (const hit of fuse.search(word)) {
        const other = hit.item;
        if (out.has(other) || !/^\p{L}+$/u.test(other) || !oneEditApart(word, other)) continue;
        out.set(other, Math.min(TYPO_MAX, 1 - (hit.score ?? 1)));
      }
    }
    return out;
  }

  /** The share of a query's weight that a title's words carry. */
  private coverage(query: Query, title: Set<string>): number {
    let sum = 0;
    for (const { word, share } of query.words) {
      let best = title.has(word) ? 1 : 0;
      if (best < 1)
        for (const [other, closeness] of this.similar.get(word) ?? [])
          if (closeness > best && title.has(other)) best = closeness;
      sum += share * best;
    }
    return sum;
  }

  match(title: string): TitleMatch {
    let result = this.cache.get(title);
    if (result) return result;
    const words = new Set(this.singular(rawWords(title)));
    result = { score: 0, phrase: null, via: null };
    for (const { query, related } of this.queries) {
      const direct = this.coverage(query, words);
      if (direct > result.score) result = { score: direct, phrase: query.text, via: null };
      for (const name of related) {
        const s = RELATED_ROLE * this.coverage(name, words);
        if (s > result.score) result = { score: s, phrase: query.text, via: name.text };
      }
    }
    this.cache.set(title, result);
    return result;
  }
}
