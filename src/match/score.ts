import Fuse from 'fuse.js';
import type { Match, MatchReasons, Posting } from '../model.ts';
import type { Profile } from '../model.ts';
import { fold, skillMatcher, tokens } from '../terms/words.ts';

/** Weights of the three parts of a score; skills count only where the posting has text to read. */
const WEIGHTS = { title: 0.55, skills: 0.3, location: 0.15 };
/** Matching this many of the profile's skills earns the whole skills part. */
const SKILLS_FOR_FULL_MARKS = 5;
/** Fuse threshold for one word against another (0 = exact, 1 = anything). */
const WORD_THRESHOLD = 0.3;
const REMOTE = /\b(remote|anywhere|distributed|work from home)\b/i;

type Similarity = Map<string, number>;

/**
 * Fuzzy similarity (0..1) of each profile word to each distinct word in the postings, computed once
 * per run with fuse.js over the vocabulary, so scoring a posting is only map look-ups.
 */
function wordSimilarities(profileWords: Iterable<string>, vocabulary: string[]): Map<string, Similarity> {
  const fuse = new Fuse(vocabulary, { includeScore: true, ignoreLocation: true, threshold: WORD_THRESHOLD });
  const out = new Map<string, Similarity>();
  for (const word of profileWords) {
    if (out.has(word)) continue;
    const sims: Similarity = new Map([[word, 1]]);
    if (word.length >= 3) {
      for (const hit of fuse.search(word)) {
        const candidate = hit.item;
        // Whole-word similarity: fuse finds "java" inside "javascript"; a length check rules that out.
        const ratio = Math.min(word.length, candidate.length) / Math.max(word.length, candidate.length);
        if (ratio >= 0.7) sims.set(candidate, Math.max(sims.get(candidate) ?? 0, 1 - (hit.score ?? 1)));
      }
    }
    out.set(word, sims);
  }
  return out;
}

/** Mean over the phrase's words of the best similarity to any of the text's words. */
function phraseScore(phraseWords: string[], textWords: string[], sims: Map<string, Similarity>): number {
  if (phraseWords.length === 0 || textWords.length === 0) return 0;
  let sum = 0;
  for (const w of phraseWords) {
    const table = sims.get(w);
    let best = 0;
    for (const t of textWords) best = Math.max(best, table?.get(t) ?? 0);
    sum += best;
  }
  return sum / phraseWords.length;
}

type SkillMatcher = { name: string; test: (foldedText: string) => boolean };

function skillMatchers(skills: readonly string[]): SkillMatcher[] {
  return skills.map((s) => ({ name: s, test: skillMatcher(s) }));
}

function skillsIn(
  skills: SkillMatcher[],
  foldedText: string,
): Pick<MatchReasons, 'matchedSkills' | 'missingSkills'> {
  const matchedSkills = skills.filter((s) => s.test(foldedText)).map((s) => s.name);
  const missingSkills = skills.filter((s) => !matchedSkills.includes(s.name)).map((s) => s.name);
  return { matchedSkills, missingSkills };
}

/**
 * Matched and missing skills read again from a posting's full description (the score itself comes
 * from the listing; this keeps the reasons a reader sees true to the text the letter was written from).
 */
export function skillsInDescription(
  skills: readonly string[],
  posting: Posting,
  description: string,
): Pick<MatchReasons, 'matchedSkills' | 'missingSkills'> {
  return skillsIn(
    skillMatchers(skills),
    fold(`${posting.title}\n${posting.department ?? ''}\n${description}`),
  );
}

export interface Scorer {
  score(posting: Posting): Match;
}

/** Builds a scorer for one run's postings (the fuzzy word tables are built once, here). */
export function createScorer(profile: Profile, postings: readonly Posting[]): Scorer {
  const titlePhrases = profile.titles
    .map((t) => ({ text: t, words: tokens(t) }))
    .filter((p) => p.words.length);
  const locationPhrases = profile.locations
    .filter((l) => !REMOTE.test(l))
    .map((l) => ({ text: l, words: tokens(l) }))
    .filter((p) => p.words.length);
  const wantsRemote = profile.locations.some((l) => REMOTE.test(l));
  const skills = skillMatchers(profile.skills);
  const exclusions = profile.exclude.map((e) => ({ name: e, test: skillMatcher(e) }));

  const vocabulary = new Set<string>();
  for (const p of postings) {
    for (const w of tokens(p.title)) vocabulary.add(w);
    for (const l of p.locations) for (const w of tokens(l)) vocabulary.add(w);
  }
  const profileWords = [...titlePhrases, ...locationPhrases].flatMap((p) => p.words);
  const sims = wordSimilarities(profileWords, [...vocabulary]);

  return {
    score(posting: Posting): Match {
      const titleWords = tokens(posting.title);
      const foldedTitle = fold(posting.title);

      let bestTitle: string | null = null;
      let titleScore = 0;
      for (const phrase of titlePhrases) {
        const s = foldedTitle.includes(fold(phrase.text)) ? 1 : phraseScore(phrase.words, titleWords, sims);
        if (s > titleScore) {
          titleScore = s;
          bestTitle = phrase.text;
        }
      }

      const text = fold(`${posting.title}\n${posting.department ?? ''}\n${posting.description ?? ''}`);
      const hasText = (posting.description ?? '').length >= 200;
      const { matchedSkills, missingSkills } = skillsIn(skills, text);

      const postingRemote = posting.remote === true || posting.locations.some((l) => REMOTE.test(l));
      let location: string | null = null;
      let locationScore =
        profile.locations.length === 0
          ? 1
          : posting.locations.length === 0 && posting.remote === null
            ? 0.5
            : 0;
      if (wantsRemote && postingRemote) {
        location = 'remote';
        locationScore = 1;
      }
      for (const phrase of locationPhrases) {
        for (const l of posting.locations) {
          const s = fold(l).includes(fold(phrase.text)) ? 1 : phraseScore(phrase.words, tokens(l), sims);
          if (s >= 0.8 && s > locationScore) {
            locationScore = s;
            location = phrase.text;
          }
        }
      }

      const excludedBy = exclusions.filter((e) => e.test(foldedTitle)).map((e) => e.name);

      const weights = { ...WEIGHTS };
      if (!hasText || skills.length === 0) weights.skills = 0;
      if (titlePhrases.length === 0) weights.title = 0;
      const total = weights.title + weights.skills + weights.location;
      const skillsPart = skills.length
        ? Math.min(1, matchedSkills.length / Math.min(skills.length, SKILLS_FOR_FULL_MARKS))
        : 0;
      const raw =
        (weights.title * titleScore + weights.skills * skillsPart + weights.location * locationScore) / total;
      const score = excludedBy.length ? 0 : Math.round(raw * 100);

      const reasons: MatchReasons = {
        bestTitle,
        titleScore: Math.round(titleScore * 100) / 100,
        matchedSkills,
        missingSkills,
        location,
        locationFit: locationScore >= 0.8,
        excludedBy,
      };
      return { posting, score, reasons };
    },
  };
}

/** Scores every posting against the profile, best first (ties keep listing order). */
export function scorePostings(profile: Profile, postings: readonly Posting[]): Match[] {
  const scorer = createScorer(profile, postings);
  return postings.map((p) => scorer.score(p)).sort((a, b) => b.score - a.score);
}
