/** The posting's terms that the resume can speak to: what the template generator orders and writes by. */
import type { Description, Match } from '../model.ts';
import type { SourceResume } from '../resume/index.ts';
import { canonicalTerm } from '../terms/aliases.ts';
import { techTermsIn } from '../terms/tech-terms.ts';
import { TermIndex } from '../terms/term-index.ts';

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
