/**
 * Skills in postings: which of your skills a posting mentions (the score's skills part), and the
 * posting's own skills split into matched (you have them) and missing (it asks, you lack them).
 */
import type { MatchReasons, Posting } from '../model.ts';
import { canonicalTerm } from '../terms/aliases.ts';
import { knownTechIn, REQUIREMENT_TERMS, TechText } from '../terms/tech-terms.ts';

/** What the job seeker has: the profile's skills and whatever the resume says. */
export interface Yours {
  skills: readonly string[];
  /** The resume as text (absent: only the profile's skills count). */
  resumeText?: string;
}

export type PostingSkills = Pick<MatchReasons, 'matchedSkills' | 'missingSkills'>;

/** The text a posting's skills are read from: title, department and description. */
export function postingText(posting: Posting, description = posting.description ?? ''): string {
  return `${posting.title}\n${posting.department ?? ''}\n${description}`;
}

export class SkillReader {
  private readonly skills: string[];
  private readonly yourKeys: Set<string>;
  private readonly resume?: TechText;
  /** Your spelling of a term, by canonical form ("golang" -> the profile's "Go"). */
  private readonly yourName = new Map<string, string>();

  constructor(yours: Yours) {
    // A skill without a letter or digit ("-", " ") would match nothing or everything.
    this.skills = yours.skills.map((s) => s.trim()).filter((s) => canonicalTerm(s));
    this.yourKeys = new Set(this.skills.map(canonicalTerm));
    for (const s of this.skills)
      if (!this.yourName.has(canonicalTerm(s))) this.yourName.set(canonicalTerm(s), s);
    this.resume = yours.resumeText ? new TechText(yours.resumeText) : undefined;
  }

  get count(): number {
    return this.skills.length;
  }

  /** Your skills that a text mentions, in your order. */
  yoursIn(tech: TechText): string[] {
    return this.skills.filter((s) => tech.mentions(s));
  }

  private isYours(term: string): boolean {
    return this.yourKeys.has(canonicalTerm(term)) || (this.resume?.says(term) ?? false);
  }

  /**
   * The posting's skills (known technologies, requirements and your own skills it mentions), in the
   * order the text first names them: matched = you have them, missing = it asks and you lack them.
   */
  postingSkills(tech: TechText): PostingSkills {
    const asked = new Map<string, string>();
    const requirements = REQUIREMENT_TERMS.filter((t) => tech.index.has(t));
    for (const term of [...this.yoursIn(tech), ...knownTechIn(tech), ...requirements]) {
      const key = canonicalTerm(term);
      if (!asked.has(key)) asked.set(key, this.yourName.get(key) ?? term);
    }
    const ordered = [...asked.values()]
      .map((term, i) => ({ term, i, at: tech.index.position(term) }))
      .sort((a, b) => (a.at < 0 ? 1e9 : a.at) - (b.at < 0 ? 1e9 : b.at) || a.i - b.i)
      .map((x) => x.term);
    return {
      matchedSkills: ordered.filter((t) => this.isYours(t)),
      missingSkills: ordered.filter((t) => !this.isYours(t)),
    };
  }
}
