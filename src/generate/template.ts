/**
 * The deterministic generator (no LLM). It still tailors: resume skills and experience bullets are
 * ordered by how many of the posting's terms they contain, matched skills counting most, and the
 * letter names the company, the role and the matched skills. It only ever uses resume facts.
 */
import type { Description, Match } from '../model.ts';
import type { SourceResume } from '../resume/index.ts';
import { fromSource, renderTailoredMarkdown, type TailoredResume } from './tailored.ts';
import { canonicalTerm } from '../terms/aliases.ts';
import { TermIndex } from '../terms/term-index.ts';
import { stripInvisible } from '../text/untrusted.ts';
import { techTermsIn } from '../terms/tech-terms.ts';

export interface PostingTerms {
  /** Profile skills the posting asks for (from the match), in match order. */
  matched: string[];
  /** Other resume skills and technologies the posting mentions. */
  mentioned: string[];
}

/** The posting's terms that the resume can speak to. */
export function postingTerms(resume: SourceResume, match: Match, description: Description): PostingTerms {
  const text = `${match.posting.title}\n${description.text}`;
  const index = new TermIndex(text);
  const matched = [...match.reasons.matchedSkills];
  const seen = new Set(matched.map(canonicalTerm));
  const mentioned = [...resume.skills, ...techTermsIn(text)].filter((s) => {
    const key = canonicalTerm(s);
    if (!index.has(s) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { matched, mentioned };
}

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

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Plain for Markdown: external names lose characters that would become markup. */
function plain(text: string): string {
  return stripInvisible(text)
    .replace(/[<>*_`[\]#|\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const resumeIndexes = new WeakMap<SourceResume, TermIndex>();

/** The resume's term index, built once per run rather than once per letter. */
function resumeIndexOf(resume: SourceResume): TermIndex {
  let index = resumeIndexes.get(resume);
  if (!index) resumeIndexes.set(resume, (index = new TermIndex(resume.markdown)));
  return index;
}

/** A short, factual cover letter built from the resume and the match. */
export function templateLetter(resume: SourceResume, match: Match, terms: PostingTerms): string {
  const company = plain(match.posting.company);
  const role = plain(match.posting.title);
  const resumeIndex = resumeIndexOf(resume);
  // Only skills the resume states (or the profile claims and the posting asks for) are named.
  const skills = [...terms.matched, ...terms.mentioned.filter((s) => resumeIndex.has(s))]
    .slice(0, 5)
    .map(plain);
  const recent = resume.sections.experience[0];
  const paragraphs: string[] = [`Dear ${company} hiring team,`];
  paragraphs.push(
    `I am writing to apply for the ${role} role at ${company}.` +
      (skills.length
        ? ` The role asks for ${list(skills)}, which ${skills.length === 1 ? 'is' : 'are'} part of my day-to-day work.`
        : ''),
  );
  if (recent) {
    const best = byRelevance(recent.bullets, (b) => b, terms)[0];
    const where = [recent.title, recent.employer].filter(Boolean).join(' at ');
    paragraphs.push(
      `Most recently I have worked as ${where}.` +
        (best ? ` There I ${lowerFirst(best.replace(/[.;]+$/, ''))}.` : ''),
    );
  } else if (resume.sections.summary) {
    paragraphs.push(resume.sections.summary);
  }
  paragraphs.push(
    `I would welcome the chance to discuss how my experience can help ${company}. My resume is attached, and I look forward to hearing from you.`,
  );
  paragraphs.push(`Sincerely,\n${plain(resume.name)}`);
  return paragraphs.join('\n\n') + '\n';
}

function lowerFirst(s: string): string {
  // Keep acronyms and names ("AWS", "GraphQL") as written.
  return /^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}
