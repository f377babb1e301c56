/**
 * The deterministic generator (no LLM). It still tailors: resume skills and experience bullets are
 * ordered by how many of the posting's terms they contain, matched skills counting most. The letter
 * (template-letter.ts) answers the posting's own requirements with the resume's own lines.
 */
import type { SourceResume } from '../resume/index.ts';
import { fromSource, renderTailoredMarkdown, type TailoredResume } from './tailored.ts';
import { TermIndex } from '../terms/term-index.ts';

import type { PostingTerms } from './posting-terms.ts';

export { templateLetter, type TemplateLetter } from './template-letter.ts';
export { postingTerms, type PostingTerms } from './posting-terms.ts';

function score(text: string, terms: PostingTerms): number {
  const index = new TermIndex(text);
  let s = 0;
  for (const t of terms.matched) if (index.has(t)) s += 2;
  for (const t of terms.mentioned) if (index.has(t)) s += 1;
  return s;
}

/** Stable sort by descending score. */
function byRelevance<T>(items: T[], text: (item: T) => string, terms: PostingTerms): T[] {
  return items
    .map((item, i) => ({ item, i, s: score(text(item), terms) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.item);
}

/** The source resume with skills and bullets ordered for this posting (nothing added). */
export function templateResume(resume: SourceResume, terms: PostingTerms): TailoredResume {
  const t = fromSource(resume);
  t.skills = byRelevance(t.skills, (s) => s, terms);
  t.experience = t.experience.map((j) => ({ ...j, bullets: byRelevance(j.bullets, (b) => b, terms) }));
  return t;
}

export function templateResumeMarkdown(resume: SourceResume, terms: PostingTerms): string {
  return renderTailoredMarkdown(resume, templateResume(resume, terms));
}
