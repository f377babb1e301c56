/** What grounding checks against: the facts of a source resume and the position each bullet was written under. */
import { tokens } from '../terms/tokens.ts';
import { dateMentions } from '../text/dates.ts';
import { resumeMarkdown } from './markdown.ts';
import type { ParsedResume, ResumeFacts, SourceResume } from './model.ts';
import { unique } from './unique.ts';

export function factsOf(r: ParsedResume, fullText: string): ResumeFacts {
  const s = r.sections;
  return {
    employers: unique(s.experience.map((j) => j.employer).filter(Boolean)),
    titles: unique(s.experience.map((j) => j.title).filter(Boolean)),
    dates: unique(dateMentions(fullText)),
    degrees: unique(s.education.map((e) => e.degree).filter(Boolean)),
    certificates: unique(s.certificates),
  };
}

/** Everything the resume says, for "does the source mention X" checks. */
export function resumeText(r: SourceResume): string {
  return `${r.markdown}\n${resumeMarkdown(r)}`;
}

const COMMON = new Set([
  'the',
  'and',
  'for',
  'with',
  'from',
  'into',
  'over',
  'that',
  'this',
  'our',
  'their',
  'across',
]);

function contentWords(text: string): Set<string> {
  return new Set(tokens(text).filter((t) => t.length >= 3 && !COMMON.has(t)));
}

/**
 * Where a (possibly reworded) bullet comes from: for each source position, the largest share of the
 * bullet's words found in one of that position's bullets (0..1).
 */
export function bulletOverlaps(r: SourceResume, bullet: string): number[] {
  const words = contentWords(bullet);
  return r.sections.experience.map((job) => {
    let best = 0;
    if (words.size === 0) return best;
    for (const b of job.bullets) {
      const source = contentWords(b);
      let shared = 0;
      for (const w of words) if (source.has(w)) shared++;
      best = Math.max(best, shared / words.size);
    }
    return best;
  });
}
