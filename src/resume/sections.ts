/** Finds a text resume's section headings ("## Experience", "WORK EXPERIENCE", "Technical Skills:") and splits it at them. */
import { isBullet, isRule, stripInline } from './lines.ts';

export type SectionKind =
  'summary' | 'experience' | 'education' | 'skills' | 'projects' | 'certificates' | 'contact' | 'other';

/** The heading names people use, by kind; tested in this order (volunteer experience is not employment). */
const NAMES: [SectionKind, RegExp][] = [
  [
    'other',
    /^(volunteer(ing)?( experience| work)?|publications|awards|honou?rs( (and|&) awards)?|awards (and|&) honou?rs|languages|interests|hobbies|references|activities|extracurricular activities|leadership|achievements|accomplishments|courses|coursework|relevant coursework|training|affiliations|memberships|professional affiliations|patents|talks|speaking|conferences|additional information|other)$/,
  ],
  ['contact', /^(contact|contacts|contact (information|info|details)|personal (details|information)|links)$/],
  [
    'experience',
    /^(((work|professional|relevant|industry|technical|engineering|software|employment|career) )?(experience|history)|experience|employment|employment history|work history|career history|career|professional background|positions held)$/,
  ],
  [
    'education',
    /^(education|academic background|academics|academic qualifications|qualifications|education (and|&) (training|certifications?))$/,
  ],
  [
    'skills',
    /^(((technical|core|key|professional|relevant|computer|software|engineering) )?(skills|competencies|proficiencies|expertise)|skills (and|&) (tools|technologies|expertise|interests|abilities)|technologies|tech stack|tools|tools (and|&) technologies|technical proficiencies|areas of expertise|skill set|skillset)$/,
  ],
  [
    'summary',
    /^(((professional|career|executive|personal) )?(summary|profile|objective)|about( me)?|profile summary|overview)$/,
  ],
  [
    'projects',
    /^(((personal|selected|side|open source|key|academic|notable) )?projects|open source( contributions)?|portfolio)$/,
  ],
  [
    'certificates',
    /^(certifications?|certificates?|licen[cs]es?( (and|&) certifications?)?|certifications? (and|&) (licen[cs]es?|training|courses))$/,
  ],
];

function normalize(title: string): string {
  return stripInline(title)
    .toLowerCase()
    .replace(/[^\p{L}& ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The kind of a heading whose whole text is a known section name, else null. */
export function knownSection(title: string): SectionKind | null {
  const t = normalize(title);
  for (const [kind, re] of NAMES) if (re.test(t)) return kind;
  return null;
}

/** The kind of a Markdown heading by the words it contains ("## My Work History" -> experience). */
export function sectionKind(title: string): SectionKind {
  const known = knownSection(title);
  if (known) return known;
  const t = normalize(title);
  if (/volunteer/.test(t)) return 'other';
  if (/experience|employment|work history|career|positions/.test(t)) return 'experience';
  if (/education|academic|degrees?/.test(t)) return 'education';
  if (/skills|technolog|tech stack|competenc|expertise|tools/.test(t)) return 'skills';
  if (/certif|licen[cs]es/.test(t)) return 'certificates';
  if (/projects/.test(t)) return 'projects';
  if (/summary|profile|about|objective/.test(t)) return 'summary';
  return 'other';
}

export interface RawSection {
  /** As written, without Markdown marks or a trailing colon. */
  title: string;
  kind: SectionKind;
  lines: string[];
}

export interface SplitText {
  /** Lines before the first section (name, headline, contact). */
  preamble: string[];
  sections: RawSection[];
}

/** "Skills: Go, Rust" -> heading "Skills" and its first line; only for kinds that have content on one line. */
const INLINE_KINDS = new Set<SectionKind>(['skills', 'summary', 'certificates']);
const INLINE_HEADING = /^\s*(?:\*\*|__)?([A-Za-z][A-Za-z &/]{2,40}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s+(\S.*)$/;

/** A heading line: "## X", "**X**", "X:", "X" underlined, or a known section name alone on its line. */
function headingOf(line: string, next: string | undefined): string | null {
  const md = /^\s{0,3}#{1,2}\s+(.+?)\s*#*\s*$/.exec(line);
  if (md) return stripInline(md[1]).replace(/:$/, '');
  if (isBullet(line)) return null;
  const text = stripInline(line)
    .replace(/^[^\p{L}]+|[^\p{L})]+$/gu, '')
    .trim();
  if (!text || text.length > 45) return null;
  if (knownSection(text)) return text;
  // An unknown heading only when the layout says so: underlined with ===/---.
  if (next !== undefined && /^\s*(=+|-+)\s*$/.test(next) && !/[.,]$/.test(text)) return text;
  return null;
}

/** Splits a text resume into its preamble and sections. `firstLine` skips the name line. */
export function splitSections(lines: string[], firstLine: number): SplitText {
  const preamble: string[] = [];
  const sections: RawSection[] = [];
  let current = null as RawSection | null;
  for (let n = firstLine; n < lines.length; n++) {
    const line = lines[n];
    const title = headingOf(line, lines[n + 1]);
    if (title) {
      current = { title, kind: sectionKind(title), lines: [] };
      sections.push(current);
      if (n + 1 < lines.length && isRule(lines[n + 1])) n++;
      continue;
    }
    const inline = INLINE_HEADING.exec(line);
    const inlineKind = inline ? knownSection(inline[1]) : null;
    if (inline && inlineKind && INLINE_KINDS.has(inlineKind) && inlineKind !== current?.kind) {
      current = { title: inline[1].trim(), kind: inlineKind, lines: [inline[2]] };
      sections.push(current);
      continue;
    }
    if (isRule(line)) continue;
    if (current) current.lines.push(line);
    else preamble.push(line);
  }
  return { preamble, sections };
}
