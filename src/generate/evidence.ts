/**
 * Which line of the resume best answers each thing a posting asks for. Evidence is what the resume
 * states: an experience bullet (with its employer, title and whether the job is current), a degree
 * or a certificate. An ask and a piece of evidence are scored by the technologies and skills they
 * share (3 points each) and the content words they share after stemming (1 point each), so
 * "designing for mobile apps" meets "Designed the mobile onboarding flow".
 */
import { stemmer } from 'stemmer';
import type { SourceJob, SourceResume } from '../resume/index.ts';
import { techTermsIn } from '../terms/tech-terms.ts';
import { canonicalTerm } from '../terms/aliases.ts';
import { TermIndex } from '../terms/term-index.ts';
import { isPresentDate } from '../text/dates.ts';
import type { Ask } from './posting-parts.ts';
import { irregularBase } from './prose.ts';

export interface Evidence {
  kind: 'bullet' | 'degree' | 'certificate';
  /** The resume's own words. */
  text: string;
  job?: SourceJob;
  /** The job's position in the resume (0 = first listed). */
  jobIndex?: number;
  /** The job is the candidate's current one (ends "Present" or has no end date). */
  current?: boolean;
  /** Content words and technologies of what the line speaks for: not those it moved away from. */
  stems: Map<string, number>;
  index: TermIndex;
  /** What the line moved away from ("a Node.js monolith" of "moved off a Node.js monolith to Go"). */
  leftBehind: TermIndex;
}

export interface Pairing {
  ask: Ask;
  evidence: Evidence;
  score: number;
  /** Technologies and skills the ask and the evidence share. */
  shared: string[];
}

/** Words too common in postings and resumes to say anything about a match. */
const STOPWORDS = new Set(
  (
    'a about above across after again all also am an and any are as at be been being both but by can could did do does ' +
    'doing each etc few for from further had has have having he her here hers him his how i if in into is it its itself ' +
    'just me more most my no nor not now of off on once only or other our out over own same she should so some such ' +
    'than that the their them then there these they this those through to too under until up very was we were what ' +
    'when where which while who whom why will with would you your yours within without per via including include ' +
    'includes like well new work works worked working team teams role roles year years experience experienced ' +
    'strong ability able skill skills using use used help helped helping across plus preferred required ' +
    'requirements responsibilities job company candidate candidates ideal day every great good excellent ' +
    'proven demonstrated knowledge understanding familiarity professional relevant related various multiple ' +
    'high highly level levels least minimum must nice bonus time based make made way ways world best'
  ).split(' '),
);

/**
 * Content words by stem, each with a weight: long words ("idempotent", "negotiation") say more about
 * a match than short ones ("flow", "data").
 */
const stems = (text: string): Map<string, number> => {
  const out = new Map<string, number>();
  for (const raw of text.toLowerCase().match(/[\p{L}][\p{L}'’]*/gu) ?? []) {
    const w = irregularBase(raw.replace(/['’]s$/, ''));
    if (w.length <= 2 || STOPWORDS.has(w)) continue;
    const stem = stemmer(w);
    out.set(stem, Math.max(out.get(stem) ?? 0, w.length >= 8 ? 1.5 : 1));
  }
  return out;
};

/** Verbs of moving a system onto something else: "from X" after one of them is what was left. */
const MIGRATION =
  /\b(?:mov(?:e|ed|es|ing)|migrat\w*|port(?:ed|ing)?|rewr(?:ote|ite|ites|itten|iting)|transition\w*|switch(?:ed|es|ing)?|convert(?:ed|s|ing)?)\b/i;
/** Words that name what was left on their own: "replaced the Perl scripts with ...". */
const LEAVING =
  /^(?:replac(?:e|ed|es|ing)|retir(?:e|ed|es|ing)|deprecat(?:e|ed|es|ing)|sunset(?:s|ted|ting)?|decommission(?:s|ed|ing)?)$/;
const DETERMINER = /^(?:a|an|the|our|its|their|his|her|legacy|old|older|existing|aging|ageing)$/;
/** Words that end the phrase of what was left ("... to Go services", "... with Go"). */
const PHRASE_END = /^(?:to|into|onto|with|by|for|and|in|on|at|using|which|that)$/;

/**
 * A resume line split into what it speaks for and what it moved away from: in "Led the move from a
 * Node.js monolith to Go services", "a Node.js monolith" was left behind (and Go is the experience).
 * Only the plain forms: "moved off X", "from X to/into Y" after a verb of moving, "away from X",
 * "replaced/retired/deprecated X".
 */
export function movedAwayFrom(text: string): { kept: string; left: string } {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({
    at: m.index,
    raw: m[0],
    word: m[0].toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''),
  }));
  const cut: [number, number][] = [];
  // A verb of moving counts for every "from"/"off" after it (a whole word, so it ends before the next).
  const migrationAt = text.search(MIGRATION);
  for (let i = 0; i < words.length; i++) {
    const w = words[i].word;
    const moving = migrationAt >= 0 && migrationAt < words[i].at;
    let from = -1;
    let needsEnd = false;
    if (LEAVING.test(w) || (w === 'from' && words[i - 1]?.word === 'away')) from = i + 1;
    else if ((w === 'from' || w === 'off') && moving) {
      from = i + 1;
      needsEnd = w === 'from';
    }
    if (from < 0) continue;
    let j = from;
    while (j < words.length && DETERMINER.test(words[j].word)) j++;
    const start = j;
    while (j < words.length && j - start < 5 && !PHRASE_END.test(words[j].word)) {
      if (/[,;:.)]$/.test(words[j].raw) && !/\.\p{L}+$/u.test(words[j].raw)) {
        j++;
        break;
      }
      j++;
    }
    if (j === start) continue;
    if (needsEnd && !/^(?:to|into|onto)$/.test(words[j]?.word ?? '')) continue;
    cut.push([words[start].at, words[j - 1].at + words[j - 1].raw.length]);
  }
  let kept = text;
  for (const [a, b] of cut) kept = kept.slice(0, a) + ' '.repeat(b - a) + kept.slice(b);
  return { kept, left: cut.map(([a, b]) => text.slice(a, b)).join('\n') };
}

/** Whether a job's end date says it is still going on. */
export function isCurrentJob(job: SourceJob): boolean {
  const end = job.end.trim();
  return isPresentDate(end) || (!end && Boolean(job.start.trim()));
}

const evidenceOf = new WeakMap<SourceResume, Evidence[]>();

/** Every statement of the resume that can back a claim in a letter (worked out once per resume). */
export function resumeEvidence(resume: SourceResume): Evidence[] {
  const known = evidenceOf.get(resume);
  if (known) return known;
  const items: Evidence[] = [];
  evidenceOf.set(resume, items);
  const add = (e: Omit<Evidence, 'stems' | 'index' | 'leftBehind'>) => {
    const { kept, left } = movedAwayFrom(e.text);
    items.push({ ...e, stems: stems(kept), index: new TermIndex(kept), leftBehind: new TermIndex(left) });
  };
  resume.sections.experience.forEach((job, jobIndex) => {
    for (const bullet of job.bullets)
      add({ kind: 'bullet', text: bullet, job, jobIndex, current: isCurrentJob(job) });
  });
  for (const e of resume.sections.education)
    if (e.degree) add({ kind: 'degree', text: [e.degree, e.institution].filter(Boolean).join(', ') });
  for (const c of resume.sections.certificates) add({ kind: 'certificate', text: c });
  return items;
}

const KIND_WEIGHT: Record<Ask['kind'], number> = { requirement: 1, duty: 0.9, bonus: 0.6 };

/** The technologies and resume skills an ask names. */
function askTerms(ask: string, skills: string[]): string[] {
  const index = new TermIndex(ask);
  const seen = new Set<string>();
  return [...skills.filter((s) => index.has(s)), ...techTermsIn(ask)].filter((t) => {
    const key = canonicalTerm(t);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sharedWeight(a: Map<string, number>, b: Map<string, number>): number {
  let w = 0;
  for (const [stem, weight] of a) if (b.has(stem)) w += Math.min(weight, b.get(stem)!);
  return w;
}

/** The terms a line names only as what it moved away from: they count like a shared word, not like experience. */
function leftBehindCount(terms: string[], e: Evidence): number {
  return terms.filter((t) => !e.index.has(t) && e.leftBehind.has(t)).length;
}

function pairScore(
  ask: Ask,
  askStems: Map<string, number>,
  terms: string[],
  e: Evidence,
): Omit<Pairing, 'ask'> {
  const shared = terms.filter((t) => e.index.has(t));
  const words = sharedWeight(askStems, e.stems) + leftBehindCount(terms, e);
  // Recent work counts a little more than old work; degrees and certificates answer only what they name.
  const recency = e.jobIndex === undefined ? 0 : Math.max(0, 0.3 - 0.1 * e.jobIndex);
  const raw = shared.length * 3 + words + (shared.length + words > 0 ? recency : 0);
  return { evidence: e, score: raw * KIND_WEIGHT[ask.kind], shared };
}

/**
 * Pairs asks with evidence, strongest first: each ask gets at most one piece of evidence, each piece
 * of evidence answers at most one ask. Pairs scoring below `minScore` are dropped: a weak match is
 * no match.
 */
export function pairAsks(asks: Ask[], evidence: Evidence[], skills: string[], minScore = 2.5): Pairing[] {
  const candidates: Pairing[] = [];
  for (const ask of asks) {
    const askStems = stems(ask.text);
    const terms = askTerms(ask.text, skills);
    for (const e of evidence) {
      const p = pairScore(ask, askStems, terms, e);
      if (p.score >= minScore) candidates.push({ ask, ...p });
    }
  }
  candidates.sort(
    (a, b) =>
      b.score - a.score ||
      a.ask.index - b.ask.index ||
      (a.evidence.jobIndex ?? 99) - (b.evidence.jobIndex ?? 99),
  );
  const usedAsks = new Set<Ask>();
  const usedEvidence = new Set<Evidence>();
  const pairs: Pairing[] = [];
  for (const c of candidates) {
    if (usedAsks.has(c.ask) || usedEvidence.has(c.evidence)) continue;
    usedAsks.add(c.ask);
    usedEvidence.add(c.evidence);
    pairs.push(c);
  }
  return pairs;
}

/** How strongly a piece of evidence speaks to the posting as a whole (for evidence no ask claimed). */
export function postingRelevance(e: Evidence, postingStems: Map<string, number>, terms: string[]): number {
  return (
    terms.filter((t) => e.index.has(t)).length * 3 +
    leftBehindCount(terms, e) +
    sharedWeight(e.stems, postingStems)
  );
}

export { stems as contentStems };
