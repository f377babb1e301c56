/** What grounding checks against: the facts of a source resume and the position each bullet was written under. */
import { tokens } from '../terms/term-index.ts';
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

const COMMON = new Set(['the', 'and', 'for', 'with', 'from', 'into', 'over', 'that', 'this', 'our', 'their', 'across']);

function contentWords(text: string): Set<string> {
  return new Set(tokens(text).filter((t) => t.length >= 3 && !COMMON.has(t)));
}

export interface BulletOrigin {
  /** Indexes into sections.experience of the positions whose bullets share the most words with it. */
  positions: number[];
  /** Share of the bullet's words found in that best source bullet (0..1). */
  overlap: number;
}

/** Where a (possibly reworded) bullet comes from: the source positions with the closest bullet. */
export function bulletOrigin(r: SourceResume, bullet: string): BulletOrigin {
  const words = contentWords(bullet);
  let best = 0;
  let positions: number[] = [];
  if (words.size === 0) return { positions, overlap: 0 };
  r.sections.experience.forEach((job, index) => {
    for (const b of job.bullets) {
      const source = contentWords(b);
      let shared = 0;
      for (const w of words) if (source.has(w)) shared++;
      const overlap = shared / words.size;
      if (overlap > best + 1e-9) {
        best = overlap;
        positions = [index];
      } else if (Math.abs(overlap - best) <= 1e-9 && overlap > 0 && !positions.includes(index)) {
        positions.push(index);
      }
    }
  });
  return { positions, overlap: best };
}
