/**
 * Spellings: which written forms stand for the same term. Case, punctuation and spacing never matter
 * ("Node.js" = "NodeJS" = "node js", "front-end" = "front end" = "frontend"); the table lists the
 * spellings that differ beyond that.
 */
import { tokens } from './tokens.ts';

/** Each line: the canonical name, then its other spellings. */
const SPELLINGS: readonly (readonly string[])[] = [
  // Technologies.
  ['Kubernetes', 'k8s'],
  ['Go', 'Golang'],
  ['PostgreSQL', 'Postgres'],
  ['JavaScript', 'JS'],
  ['TypeScript', 'TS'],
  ['C++', 'cpp'],
  ['C#', 'csharp'],
  ['Node.js', 'Node', 'NodeJS'],
  ['React', 'ReactJS'],
  ['Vue', 'VueJS'],
  ['.NET', 'dotnet'],
  ['Google Cloud', 'GCP', 'Google Cloud Platform'],
  ['Amazon Web Services', 'AWS'],
  ['CI/CD', 'CICD'],
  // Fields and roles, as titles write them.
  ['machine learning', 'ML'],
  ['AI', 'artificial intelligence'],
  ['NLP', 'natural language processing'],
  ['UI', 'user interface'],
  ['UX', 'user experience'],
  ['software engineer', 'SWE'],
  ['software development engineer', 'SDE'],
  ['software development engineer in test', 'SDET'],
  ['machine learning engineer', 'MLE'],
  ['site reliability engineer', 'SRE'],
  ['member of technical staff', 'MTS'],
  ['senior', 'Sr'],
  ['junior', 'Jr'],
  ['engineer', 'Eng'],
  ['developer', 'Dev'],
  ['manager', 'Mgr'],
];

/**
 * Words often written apart that are one word: a title's "Front End" is the word "frontend", so it
 * weighs as one word, not as "front" and "end".
 */
const JOINED_WORDS = [
  'frontend',
  'backend',
  'fullstack',
  'devops',
  'machinelearning',
  'deeplearning',
  'datascience',
  'computervision',
  'sitereliability',
];

/** The compact form of a text: its tokens run together ("Node.js" -> "nodejs"). */
export function compact(text: string): string {
  return tokens(text).join('');
}

/** Compact spelling -> canonical name. */
const CANONICAL = new Map<string, string>();
/** Compact canonical -> every compact spelling of it (itself included). */
const VARIANTS = new Map<string, string[]>();
/** Canonical name -> its line of the table. */
const NAMES = new Map<string, readonly string[]>();
for (const line of SPELLINGS) {
  const [canonical, ...others] = line;
  const key = compact(canonical);
  VARIANTS.set(key, [key, ...others.map(compact)]);
  NAMES.set(canonical, line);
  for (const spelling of [canonical, ...others]) CANONICAL.set(compact(spelling), canonical);
}

/** Compact canonical form of a term: "Node.js", "NodeJS" and "node" -> "nodejs"; "Postgres" -> "postgresql". */
export function canonicalTerm(term: string): string {
  const key = compact(term);
  const canonical = CANONICAL.get(key);
  return canonical === undefined ? key : compact(canonical);
}

/** namesOf's answers: the fact check asks for the same few hundred terms on every line it reads. */
const NAMES_OF = new Map<string, readonly string[]>();

/** The names of a term as the table writes them: its canonical name and spellings, or the term itself. */
export function namesOf(term: string): readonly string[] {
  let names = NAMES_OF.get(term);
  if (!names) {
    const canonical = CANONICAL.get(compact(term));
    names = canonical === undefined ? [term] : (NAMES.get(canonical) ?? [term]);
    NAMES_OF.set(term, names);
  }
  return names;
}

/** Every compact spelling that stands for the term ("kubernetes" -> ["kubernetes", "k8s"]). */
export function spellingsOf(term: string): string[] {
  const key = canonicalTerm(term);
  return VARIANTS.get(key) ?? [key];
}

/** Runs of up to this many tokens are tried as one spelling ("member of technical staff"). */
const MAX_RUN = 4;

/**
 * Replaces runs of tokens: `replace(key)` gets a run's compact form and returns its words, or
 * undefined to try a shorter run. Longest runs first.
 */
function rewriteRuns(toks: string[], replace: (key: string) => string[] | undefined): string[] {
  const out: string[] = [];
  for (let i = 0; i < toks.length;) {
    let n = Math.min(MAX_RUN, toks.length - i);
    for (; n >= 1; n--) {
      const words = replace(toks.slice(i, i + n).join(''));
      if (words) {
        out.push(...words);
        break;
      }
    }
    if (n === 0) out.push(toks[i]);
    i += Math.max(n, 1);
  }
  return out;
}

const canonicalTokens = (key: string) => {
  if (JOINED_WORDS.includes(key)) return [key];
  const canonical = CANONICAL.get(key);
  return canonical === undefined ? undefined : tokens(canonical);
};
const joinedWord = (key: string) => (JOINED_WORDS.includes(key) ? [key] : undefined);

/**
 * A text as canonical words, for matching titles word by word: spellings replaced by their canonical
 * words ("Sr. SWE, ML" -> senior software engineer machinelearning) and words written apart joined
 * ("Front-End" -> frontend).
 */
export function canonicalWords(text: string): string[] {
  return rewriteRuns(rewriteRuns(tokens(text), canonicalTokens), joinedWord);
}
