/** A Markdown or plain-text resume (also the text of a PDF or DOCX) read into the resume model. */
import { readContact } from './contact.ts';
import { readEntries, type RawEntry } from './entries.ts';
import {
  bulletText,
  isColumnHeaderRow,
  isRule,
  splitOutsideParens,
  stripInline,
  wordCount,
} from './lines.ts';
import type { OtherSection, ParsedResume, ResumeFormat, SourceEducation, SourceJob } from './model.ts';
import { knownSection, splitSections } from './sections.ts';
import { unique } from './unique.ts';

const ROLE_WORDS =
  /\b(engineer|engineering manager|developer|dev|programmer|swe|sde|sre|manager|lead|leader|analyst|designer|scientist|architect|intern|internship|consultant|director|specialist|administrator|officer|head|vp|vice president|president|founder|co-founder|cto|ceo|cfo|coo|devops|technician|associate|assistant|coordinator|researcher|teacher|tutor|professor|lecturer|writer|editor|owner|principal|staff|member|fellow|contractor|freelancer?|student|werkstudent|trainee|apprentice|volunteer|instructor|advisor|strategist|recruiter|accountant|nurse|marketer|product manager|pm|tpm)\b/i;
const COMPANY_WORDS =
  /\b(inc|llc|ltd|corp|corporation|company|co|gmbh|plc|ag|labs?|technologies|technology|systems|solutions|software|group|holdings|studios?|bank|partners|ventures|industries|networks|media|health|university|college|institute|agency|foundation|hospital)\b\.?/i;
const DEGREE_WORDS =
  /\b(bachelor'?s?|master'?s?|doctor(ate)?|ph\.?\s?d|mba|b\.?\s?sc?\.?|m\.?\s?sc?\.?|b\.?a\.?|m\.?a\.?|b\.?eng|m\.?eng|b\.?tech|m\.?tech|bfa|mfa|bba|llb|llm|jd|associate'?s? (degree|of)|diploma|degree|a\.?s\.?|high school|ged|bootcamp|certificate)\b/i;
const SCHOOL_WORDS =
  /\b(university|universit[äéà]t?|college|institute|school|academy|polytechnic|politecnico|hochschule|école|ecole|bootcamp)\b/i;
/** Schools known by their letters, in capitals only ("MIT", "UC Berkeley"). */
const SCHOOL_ACRONYMS = /\b(MIT|CMU|NYU|UCLA|UCSD|UC \p{Lu}\w+|ETH|EPFL|KTH|TU \p{Lu}\w+)\b/u;
const isSchool = (p: string) => SCHOOL_WORDS.test(p) || SCHOOL_ACRONYMS.test(p);
const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(
    ' ',
  ),
);
const PLACE_WORDS =
  /^(remote|hybrid|on-?site|usa|us|uk|united states|united kingdom|germany|france|canada|india|netherlands|spain|italy|ireland|poland|portugal|sweden|switzerland|australia|singapore|japan|brazil|mexico|israel|europe|emea|worldwide)$/i;

const isRole = (p: string) => ROLE_WORDS.test(p);
const isCompany = (p: string) => COMPANY_WORDS.test(p) && !isRole(p);

/**
 * Marks the parts of a heading that name a place: "Remote", "Germany", "WA" and the city before it
 * ("Seattle, WA"), as long as a part is left for the employer.
 */
function placeParts(parts: string[]): Set<number> {
  const places = new Set<number>();
  parts.forEach((p, i) => {
    if (PLACE_WORDS.test(p) || (i > 0 && US_STATES.has(p))) places.add(i);
  });
  const named = () => parts.filter((p, i) => !places.has(i) && !isRole(p)).length;
  for (const i of [...places]) {
    const before = parts[i - 1];
    if (
      i > 1 &&
      !places.has(i - 1) &&
      !isRole(before) &&
      !isCompany(before) &&
      wordCount(before) <= 3 &&
      named() > 1
    )
      places.add(i - 1);
  }
  return places;
}

/** A line that only names a place ("San Francisco, CA", "Remote"). */
function allPlaces(parts: string[]): boolean {
  const places = placeParts(parts);
  const city = (p: string) => wordCount(p) <= 3 && !isRole(p) && !isCompany(p);
  return (
    parts.every((p, i) => places.has(i) || (i === 0 && parts.length >= 2 && city(p))) &&
    parts.some((_, i) => places.has(i))
  );
}

/** Title, employer and place out of a position's heading parts, in whatever order they were written. */
function toJob(e: RawEntry, previous: (SourceJob & { nameLine: boolean }) | undefined): SourceJob {
  const places = placeParts(e.parts);
  const rest = e.parts.filter((_, i) => !places.has(i));
  let titleAt = rest.findIndex(isRole);
  let employerAt = rest.findIndex((p, i) => i !== titleAt && isCompany(p));
  if (employerAt < 0) employerAt = rest.findIndex((_, i) => i !== titleAt);
  if (titleAt < 0 && employerAt >= 0 && rest.length >= 2) {
    // Neither reads as a title: the first part is the title ("Title — Company"), unless it is the company.
    titleAt = rest.findIndex((_, i) => i !== employerAt);
    if (!isCompany(rest[employerAt]) && titleAt > employerAt) [titleAt, employerAt] = [employerAt, titleAt];
  }
  let employer = employerAt >= 0 ? rest[employerAt] : '';
  const title = titleAt >= 0 ? rest[titleAt] : '';
  if (!employer && title && previous?.nameLine) employer = previous.employer;
  const extra = rest.filter((_, i) => i !== titleAt && i !== employerAt);
  const location = [
    ...e.parts.filter((_, i) => places.has(i)),
    ...extra.filter((p) => wordCount(p) <= 4),
  ].join(', ');
  const long = extra.filter((p) => wordCount(p) > 4);
  return {
    employer,
    title,
    start: e.start,
    end: e.end,
    bullets: [...long, ...e.bullets],
    ...(location ? { location } : {}),
  };
}

function toEducation(e: RawEntry): SourceEducation {
  const places = placeParts(e.parts);
  const rest = e.parts.filter((_, i) => !places.has(i));
  const schoolAt = rest.findIndex((p) => isSchool(p) && !DEGREE_WORDS.test(p));
  let degreeParts = rest.filter((_, i) => i !== schoolAt);
  let institution = schoolAt >= 0 ? rest[schoolAt] : '';
  if (!institution && degreeParts.length >= 2) {
    const at = Math.max(
      0,
      degreeParts.findIndex((p) => !DEGREE_WORDS.test(p)),
    );
    institution = degreeParts[at];
    degreeParts = degreeParts.filter((_, i) => i !== at);
  }
  if (!degreeParts.length) degreeParts = e.bullets.filter((b) => DEGREE_WORDS.test(b)).slice(0, 1);
  return {
    institution,
    degree: degreeParts.join(', ').replace(/\s+/g, ' '),
    dates: e.start ? `${e.start}${e.end ? ` – ${e.end}` : ''}` : '',
  };
}

const SKILL_SEPARATOR = /\s*[,;|•·▪◦●/]\s+|\s*[,;|•·▪◦●]\s*|\s*\t\s*|\s{3,}/;
const LEVEL_WORDS =
  /^(expert|advanced|intermediate|beginner|basic|proficient|fluent|native|familiar|working knowledge|\d+\+? ?(years?|yrs?))$/i;

/**
 * Words that name a group of skills rather than a skill ("Tools | Spark | Airflow"); a word that can
 * be a skill itself (DevOps, Testing, Frontend, Data) is not one of them.
 */
const CATEGORY_WORD =
  '(?:programming |spoken |query |scripting |web |cloud |data |build |dev |devops |developer |testing )?(?:languages|frameworks|libraries|tools|tooling|databases|data stores|cloud|cloud platforms|platforms|infrastructure|technologies|tech|methodologies|practices|operating systems|os|other|others|misc|miscellaneous|skills|technical skills|soft skills|concepts)';
/** A known category word before pipes: "Tools | Spark", "Frameworks & Libraries | React". */
const PIPE_CATEGORY = new RegExp(
  `^${CATEGORY_WORD}(?:\\s*(?:&|and|/)\\s*${CATEGORY_WORD})?\\s*\\|\\s*(?=\\S)`,
  'i',
);

/** Skills from a skills section: lists with commas, pipes or bullets, one per line, or "Category: a, b" / "Category | a | b". */
export function readSkills(lines: string[]): string[] {
  const out: string[] = [];
  for (const raw of lines) {
    if (isColumnHeaderRow(raw)) continue;
    let line = bulletText(raw) ?? stripInline(raw);
    line = line.replace(/^[^:,()]{1,40}:\s*/, '').replace(PIPE_CATEGORY, '');
    for (const piece of splitOutsideParens(line, SKILL_SEPARATOR)) {
      const inner = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(piece);
      const names = inner
        ? [inner[1], ...inner[2].split(/\s*[,;/]\s*/).filter((x) => !LEVEL_WORDS.test(x.trim()))]
        : [piece];
      for (const n of names) {
        const skill = n.replace(/^[\s\-–—:]+|[\s.;:]+$/g, '').trim();
        if (skill && skill.length <= 40 && wordCount(skill) <= 5 && !LEVEL_WORDS.test(skill)) out.push(skill);
      }
    }
  }
  return unique(out);
}

/** Lines of a section as one-per-item text (bullets unmarked). */
function items(lines: string[]): string[] {
  return lines.map((l) => bulletText(l) ?? stripInline(l)).filter(Boolean);
}

/** Reads a Markdown or plain-text resume. */
export function readTextResume(content: string, format: ResumeFormat): ParsedResume {
  const lines = content.split('\n');
  const firstHeading = lines.findIndex((l) => /^#\s+\S/.test(l));
  const firstText = lines.findIndex((l) => l.trim() && !isRule(l));
  let nameAt = firstHeading >= 0 && firstHeading <= Math.max(firstText, 0) + 3 ? firstHeading : firstText;
  // A resume that opens with a section ("## Skills") has no name line.
  if (nameAt >= 0 && knownSection(lines[nameAt].replace(/^#+\s*/, ''))) nameAt = -1;
  const { preamble, sections } = splitSections(lines, nameAt + 1);
  const contactLines = sections.filter((s) => s.kind === 'contact').flatMap((s) => s.lines);
  const contact = readContact([...preamble, ...contactLines], nameAt >= 0 ? lines[nameAt] : '');

  const summary: string[] = [...contact.rest];
  const skills: string[] = [];
  const experience: SourceJob[] = [];
  const education: SourceEducation[] = [];
  const certificates: string[] = [];
  const other: OtherSection[] = [];
  for (const s of sections) {
    const body = s.lines.join('\n').trim();
    switch (s.kind) {
      case 'summary':
        summary.push(items(s.lines).join(' '));
        break;
      case 'skills':
        skills.push(...readSkills(s.lines));
        break;
      case 'certificates':
        certificates.push(...items(s.lines));
        break;
      case 'experience': {
        const entries = readEntries(s.lines, {
          primary: isRole,
          secondary: isCompany,
          place: allPlaces,
          splitAt: true,
        });
        let previous: (SourceJob & { nameLine: boolean }) | undefined;
        for (const e of entries) {
          const job = toJob(e, previous);
          experience.push(job);
          previous = {
            ...job,
            nameLine: e.nameLine || (!!previous?.nameLine && job.employer === previous.employer),
          };
        }
        if (!entries.length && body) other.push({ title: s.title, markdown: body });
        break;
      }
      case 'education': {
        const entries = readEntries(s.lines, {
          primary: (p) => DEGREE_WORDS.test(p),
          secondary: isSchool,
          place: allPlaces,
          splitAt: false,
        });
        education.push(...entries.map(toEducation));
        if (!entries.length && body) other.push({ title: s.title, markdown: body });
        break;
      }
      case 'contact':
        break;
      default:
        if (body) other.push({ title: s.title, markdown: body });
    }
  }
  const email = contact.email ?? /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(content)?.[0];
  return {
    format,
    name: contact.name,
    email,
    phone: contact.phone,
    location: contact.location,
    links: contact.links,
    headings: sections.map((s) => s.title),
    skills: unique(skills),
    sections: {
      contact: contact.items,
      summary: summary.join(' ').trim() || undefined,
      experience,
      education,
      certificates,
      other,
    },
  };
}
