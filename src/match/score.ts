/**
 * The match score (0..100): how well a posting's title carries the profile's titles (title.ts), refined
 * by how many of your skills its text mentions. Location is a gate (location.ts), never a bonus.
 * Pure and deterministic: the same postings and profile always give the same scores.
 */
import type { Match, MatchReasons, Posting, Profile } from '../model.ts';
import { TechText } from '../terms/tech-terms.ts';
import { TermIndex } from '../terms/term-index.ts';
import { locationGate } from './location.ts';
import { postingText, SkillReader } from './skills.ts';
import { TitleMatcher } from './title.ts';

/** A description this long is worth reading for skills. */
const MIN_TEXT = 200;
/** With a description, the title's score counts this much at least; your skills in it add the rest. */
const TITLE_FLOOR = 0.8;
/** Mentioning this many of your skills (or all, when you list fewer) earns the whole skills part. */
const SKILLS_FOR_FULL_MARKS = 4;

export interface Scorer {
  score(posting: Posting): Match;
}

export interface ScorerOptions {
  /** The resume as text: the posting's skills you have are those it or the profile names. */
  resumeText?: string;
}

/** Builds a scorer for one run's postings (word statistics and fuzzy tables are built once, here). */
export function createScorer(
  profile: Profile,
  postings: readonly Posting[],
  opts: ScorerOptions = {},
): Scorer {
  const titles = new TitleMatcher(
    profile.titles,
    postings.map((p) => p.title),
  );
  const hasTitles = profile.titles.some((t) => t.trim());
  const skills = new SkillReader({ skills: profile.skills, resumeText: opts.resumeText });
  const gate = locationGate(profile.locations);
  // An exclusion without a letter or digit ("-", " ") would drop every posting.
  const exclusions = profile.exclude.map((e) => e.trim()).filter((e) => /[\p{L}\p{N}]/u.test(e));

  return {
    score(posting: Posting): Match {
      const title = titles.match(posting.title);
      const hasText = (posting.description ?? '').length >= MIN_TEXT;
      const tech = hasText ? new TechText(postingText(posting)) : null;
      const yoursInText = tech ? skills.yoursIn(tech) : [];
      const skillsPart = skills.count
        ? Math.min(1, yoursInText.length / Math.min(skills.count, SKILLS_FOR_FULL_MARKS))
        : 0;
      const titleIndex = new TermIndex(posting.title);
      const excludedBy = exclusions.filter((e) => titleIndex.has(e));
      const location = gate(posting);

      let raw: number;
      if (!hasTitles) raw = tech && skills.count ? skillsPart : 0;
      else if (tech && skills.count) raw = title.score * (TITLE_FLOOR + (1 - TITLE_FLOOR) * skillsPart);
      else raw = title.score;

      const reasons: MatchReasons = {
        bestTitle: title.phrase,
        titleScore: Math.round(title.score * 100) / 100,
        ...(title.via ? { titleVia: title.via } : {}),
        ...(tech ? skills.postingSkills(tech) : { matchedSkills: [], missingSkills: [] }),
        location: location.matched,
        locationFit: location.fit,
        excludedBy,
      };
      return { posting, score: excludedBy.length ? 0 : Math.round(raw * 100), reasons };
    },
  };
}

/**
 * The posting's skills read again from its full description (the score itself comes from the listing;
 * this keeps the reasons a reader sees true to the text the letter was written from).
 */
export function skillsInDescription(
  profile: Pick<Profile, 'skills'>,
  posting: Posting,
  description: string,
  resumeText?: string,
): Pick<MatchReasons, 'matchedSkills' | 'missingSkills'> {
  return new SkillReader({ skills: profile.skills, resumeText }).postingSkills(
    new TechText(postingText(posting, description)),
  );
}

/** Matches best first; ties keep their order. */
export function bestFirst<M extends Match>(matches: M[]): M[] {
  return matches.sort((a, b) => b.score - a.score);
}

/** Scores every posting against the profile, best first (ties keep listing order). */
export function scorePostings(
  profile: Profile,
  postings: readonly Posting[],
  opts: ScorerOptions = {},
): Match[] {
  const scorer = createScorer(profile, postings, opts);
  return bestFirst(postings.map((p) => scorer.score(p)));
}
