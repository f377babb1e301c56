import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { stripInvisible } from '../text/untrusted.ts';

/** One position of the source resume. */
export interface SourceJob {
  employer: string;
  title: string;
  start: string;
  end: string;
  bullets: string[];
}

export interface SourceEducation {
  institution: string;
  degree: string;
  dates: string;
}

/** A section we carry over verbatim (projects, languages, ...). */
export interface OtherSection {
  title: string;
  markdown: string;
}

export interface ResumeFacts {
  employers: string[];
  titles: string[];
  dates: string[];
  degrees: string[];
  certificates: string[];
}

/** The user's resume, parsed once; the one source of truth for grounding. */
export interface SourceResume {
  format: 'json-resume' | 'markdown';
  name: string;
  email?: string;
  /** Canonical Markdown of the whole resume (what the model sees). */
  markdown: string;
  skills: string[];
  facts: ResumeFacts;
  sections: {
    /** Contact items shown under the name (email, phone, location, links). */
    contact: string[];
    summary?: string;
    experience: SourceJob[];
    education: SourceEducation[];
    certificates: string[];
    other: OtherSection[];
  };
}

// ---- JSON Resume ---------------------------------------------------------------------------------

const str = { type: 'string' } as const;
const strList = { type: 'array', items: str } as const;

/** The subset of the JSON Resume schema (jsonresume.org/schema) we read. */
export const JSON_RESUME_SCHEMA = {
  type: 'object',
  required: ['basics'],
  properties: {
    basics: {
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string', minLength: 1 },
        label: str,
        email: str,
        phone: str,
        url: str,
        summary: str,
        location: {
          type: 'object',
          properties: { address: str, city: str, region: str, countryCode: str, postalCode: str },
        },
        profiles: {
          type: 'array',
          items: { type: 'object', properties: { network: str, username: str, url: str } },
        },
      },
    },
    work: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          name: str,
          company: str,
          position: str,
          startDate: str,
          endDate: str,
          summary: str,
          highlights: strList,
        },
      },
    },
    education: {
      type: 'array',
      items: {
        type: 'object',
        properties: { institution: str, area: str, studyType: str, startDate: str, endDate: str, score: str },
      },
    },
    skills: {
      type: 'array',
      items: { type: 'object', properties: { name: str, level: str, keywords: strList } },
    },
    certificates: {
      type: 'array',
      items: { type: 'object', properties: { name: str, date: str, issuer: str } },
    },
    projects: {
      type: 'array',
      items: {
        type: 'object',
        properties: { name: str, description: str, highlights: strList, keywords: strList },
      },
    },
    languages: {
      type: 'array',
      items: { type: 'object', properties: { language: str, fluency: str } },
    },
  },
} as const;

interface JsonResume {
  basics: {
    name: string;
    label?: string;
    email?: string;
    phone?: string;
    url?: string;
    summary?: string;
    location?: { city?: string; region?: string; countryCode?: string };
    profiles?: { network?: string; username?: string; url?: string }[];
  };
  work?: {
    name?: string;
    company?: string;
    position?: string;
    startDate?: string;
    endDate?: string;
    summary?: string;
    highlights?: string[];
  }[];
  education?: {
    institution?: string;
    area?: string;
    studyType?: string;
    startDate?: string;
    endDate?: string;
  }[];
  skills?: { name?: string; keywords?: string[] }[];
  certificates?: { name?: string; date?: string; issuer?: string }[];
  projects?: { name?: string; description?: string; highlights?: string[]; keywords?: string[] }[];
  languages?: { language?: string; fluency?: string }[];
}

// Compiled on first use: most resumes are Markdown, and start-up time counts.
let jsonResumeValidator: ValidateFunction<JsonResume> | undefined;
const validateJsonResume = () =>
  (jsonResumeValidator ??= new Ajv({ allErrors: false }).compile<JsonResume>(JSON_RESUME_SCHEMA));

/** "/work/0/highlights" + "must be array" -> "work[0].highlights must be array". */
function describeAjvError(err: ErrorObject): string {
  const path = err.instancePath
    .split('/')
    .filter(Boolean)
    .map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`))
    .join('');
  if (err.keyword === 'required') {
    const prop = (err.params as { missingProperty: string }).missingProperty;
    return `${path ? `${path}.` : ''}${prop} is required`;
  }
  if (err.keyword === 'minLength') return `${path} must not be empty`;
  return `${path || 'the document'} ${err.message ?? 'is invalid'}`;
}

function range(start?: string, end?: string): string {
  const s = (start ?? '').trim();
  const e = (end ?? '').trim();
  if (!s && !e) return '';
  return `${s}${s || e ? ' – ' : ''}${e || (s ? 'Present' : '')}`;
}

function fromJsonResume(doc: JsonResume): Omit<SourceResume, 'markdown' | 'facts'> {
  const b = doc.basics;
  const location = [b.location?.city, b.location?.region, b.location?.countryCode].filter(Boolean).join(', ');
  const contact = [b.email, b.phone, location, b.url, ...(b.profiles ?? []).map((p) => p.url)].filter(
    (x): x is string => !!x && !!x.trim(),
  );
  const skills = unique(
    (doc.skills ?? []).flatMap((s) => [...(s.keywords?.length ? s.keywords : s.name ? [s.name] : [])]),
  );
  const experience: SourceJob[] = (doc.work ?? []).map((w) => ({
    employer: (w.name ?? w.company ?? '').trim(),
    title: (w.position ?? '').trim(),
    start: (w.startDate ?? '').trim(),
    end: (w.endDate ?? (w.startDate ? 'Present' : '')).trim(),
    bullets: [...(w.summary ? [w.summary] : []), ...(w.highlights ?? [])]
      .map((x) => x.trim())
      .filter(Boolean),
  }));
  const education: SourceEducation[] = (doc.education ?? []).map((e) => ({
    institution: (e.institution ?? '').trim(),
    degree: [e.studyType, e.area].filter(Boolean).join(' in ').trim(),
    dates: range(e.startDate, e.endDate),
  }));
  const certificates = (doc.certificates ?? [])
    .map((c) => [c.name, c.issuer ? `(${c.issuer})` : '', c.date ?? ''].filter(Boolean).join(' ').trim())
    .filter(Boolean);
  const other: OtherSection[] = [];
  if (doc.projects?.length) {
    other.push({
      title: 'Projects',
      markdown: doc.projects
        .map((p) =>
          [
            `- **${p.name ?? ''}**${p.description ? `: ${p.description}` : ''}`,
            ...(p.highlights ?? []).map((h) => `  - ${h}`),
          ].join('\n'),
        )
        .join('\n'),
    });
  }
  if (doc.languages?.length) {
    other.push({
      title: 'Languages',
      markdown: doc.languages
        .map((l) => `- ${l.language ?? ''}${l.fluency ? ` (${l.fluency})` : ''}`)
        .join('\n'),
    });
  }
  return {
    format: 'json-resume',
    name: b.name.trim(),
    email: b.email?.trim() || undefined,
    skills,
    sections: {
      contact,
      summary: (b.summary || b.label || '').trim() || undefined,
      experience,
      education,
      certificates,
      other,
    },
  };
}

// ---- Markdown / plain text ----------------------------------------------------------------------

type SectionKind = 'summary' | 'skills' | 'experience' | 'education' | 'certificates' | 'other';

function sectionKind(title: string): SectionKind {
  const t = title.toLowerCase();
  if (/experience|employment|work history|career|positions/.test(t)) return 'experience';
  if (/education|academic|degrees?/.test(t)) return 'education';
  if (/skills|technolog|tech stack|competenc|expertise|tools/.test(t)) return 'skills';
  if (/certif|licen[cs]es/.test(t)) return 'certificates';
  if (/summary|profile|about|objective/.test(t)) return 'summary';
  return 'other';
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const YEAR = '(?:19|20)\\d{2}';
const DATE = `(?<!\\d)(?:${MONTH}\\s+${YEAR}|${YEAR}[-/.]\\d{1,2}(?:[-/.]\\d{1,2})?|\\d{1,2}[/.]${YEAR}|${YEAR})(?![\\d])`;
const END = `(?:${DATE}|present|current|now|today)`;
/** A date range ("Jan 2020 – Present", "2018-03 - 2020-01") or a single date. */
const DATE_RANGE = new RegExp(`(${DATE})(?:\\s*(?:-|–|—|to|until)\\s*(${END}))?`, 'i');
const DATE_GLOBAL = new RegExp(`${DATE}|\\b(?:present|current)\\b`, 'gi');

const ROLE_WORDS =
  /\b(engineer|developer|programmer|manager|lead|leader|analyst|designer|scientist|architect|intern|consultant|director|specialist|administrator|officer|head|vp|president|founder|co-founder|cto|ceo|cfo|sre|devops|technician|associate|assistant|coordinator|researcher|teacher|professor|writer|editor|owner|principal|staff|member)\b/i;

const DEGREE_WORDS =
  /\b(bachelor|master|doctor|ph\.?\s?d|mba|b\.?\s?sc?|m\.?\s?sc?|b\.?a|m\.?a|b\.?eng|m\.?eng|associate|diploma|degree|licen[cs]e)\b/i;

function stripMd(line: string): string {
  return line
    .replace(/^#+\s*/, '')
    .replace(/^\s*[-*+•]\s+/, '')
    .replace(/\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)|`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim();
}

/** Splits "Senior Engineer — Acme Corp (2019 – 2023)" into title, employer and dates. */
export function parseEntryHeading(text: string): {
  first: string;
  second: string;
  start: string;
  end: string;
} {
  let rest = stripMd(text);
  let start = '';
  let end = '';
  const m = DATE_RANGE.exec(rest);
  if (m) {
    start = m[1];
    end = m[2] ?? '';
    rest = (rest.slice(0, m.index) + rest.slice(m.index + m[0].length)).replace(
      /[(),|·–—-]\s*[()]?\s*$/g,
      '',
    );
  }
  rest = rest
    .replace(/\(\s*\)/g, '')
    .replace(/[\s,|·–—-]+$/g, '')
    .trim();
  const parts = rest
    .split(/\s+(?:—|–|-|\||·|@|at)\s+|,\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return { first: parts[0] ?? '', second: parts.slice(1).join(', '), start, end };
}

function assignRole(a: string, b: string): { title: string; employer: string } {
  if (!b) return ROLE_WORDS.test(a) ? { title: a, employer: '' } : { title: '', employer: a };
  if (ROLE_WORDS.test(b) && !ROLE_WORDS.test(a)) return { title: b, employer: a };
  return { title: a, employer: b };
}

function splitList(text: string): string[] {
  return text
    .split(/\n|,|;|•|·|\|/)
    .map((s) => stripMd(s).replace(/^[^:]{1,30}:\s*/, (label) => (label.includes(',') ? label : '')))
    .map((s) => s.trim())
    .filter((s) => s && s.length <= 60);
}

interface RawSection {
  title: string;
  lines: string[];
}

function fromMarkdown(content: string): Omit<SourceResume, 'markdown' | 'facts'> {
  const lines = content.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length && !lines[i].trim()) i++;
  const firstHeading = lines.findIndex((l) => /^#\s+\S/.test(l));
  const nameLine = firstHeading >= 0 ? firstHeading : i;
  const name = stripMd(lines[nameLine] ?? '');

  // Sections start at headings (## ...), or at short ALL-CAPS lines / "Title:" lines in plain text.
  const sections: RawSection[] = [];
  const preamble: string[] = [];
  let current: RawSection | null = null;
  for (let n = nameLine + 1; n < lines.length; n++) {
    const line = lines[n];
    const heading = /^#{1,2}\s+(.+)$/.exec(line);
    const plainHeading =
      !heading && /^[A-Z][A-Z &/]{2,40}:?\s*$/.test(line.trim()) && sectionKind(line) !== 'other'
        ? line.trim().replace(/:$/, '')
        : null;
    if (heading || plainHeading) {
      current = { title: stripMd(heading ? heading[1] : plainHeading!), lines: [] };
      sections.push(current);
    } else if (current) current.lines.push(line);
    else preamble.push(line);
  }

  const contact: string[] = [];
  const summaryParts: string[] = [];
  for (const line of preamble.map(stripMd).filter(Boolean)) {
    if (/@|https?:\/\/|\+?\d[\d\s().-]{6,}|linkedin|github\.com/i.test(line))
      contact.push(
        ...line
          .split(/\s+[|·•]\s+/)
          .map((s) => s.trim())
          .filter(Boolean),
      );
    else summaryParts.push(line);
  }

  const skills: string[] = [];
  const experience: SourceJob[] = [];
  const education: SourceEducation[] = [];
  const certificates: string[] = [];
  const other: OtherSection[] = [];
  for (const s of sections) {
    const body = s.lines.join('\n').trim();
    switch (sectionKind(s.title)) {
      case 'summary':
        summaryParts.push(s.lines.map(stripMd).filter(Boolean).join(' '));
        break;
      case 'skills':
        skills.push(...splitList(body));
        break;
      case 'certificates':
        certificates.push(...s.lines.map(stripMd).filter(Boolean));
        break;
      case 'experience': {
        const jobs = parseEntries(s.lines).map((e) => {
          const { title, employer } = assignRole(e.first, e.second);
          return { employer, title, start: e.start, end: e.end, bullets: e.bullets };
        });
        if (jobs.length) experience.push(...jobs);
        else other.push({ title: s.title, markdown: body });
        break;
      }
      case 'education': {
        const entries = parseEntries(s.lines).map((e) => {
          const degreeFirst = DEGREE_WORDS.test(e.first) || !DEGREE_WORDS.test(e.second);
          return {
            degree: (degreeFirst ? e.first : e.second) || e.bullets.find((b) => DEGREE_WORDS.test(b)) || '',
            institution: degreeFirst ? e.second : e.first,
            dates: e.start ? `${e.start}${e.end ? ` – ${e.end}` : ''}` : '',
          };
        });
        if (entries.length) education.push(...entries);
        else other.push({ title: s.title, markdown: body });
        break;
      }
      default:
        if (body) other.push({ title: s.title, markdown: body });
    }
  }
  const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(content)?.[0];
  return {
    format: 'markdown',
    name,
    email,
    skills: unique(skills),
    sections: {
      contact,
      summary: summaryParts.join(' ').trim() || undefined,
      experience,
      education,
      certificates,
      other,
    },
  };
}

interface RawEntry {
  first: string;
  second: string;
  start: string;
  end: string;
  bullets: string[];
}

/** Entries start at ### headings or bold lines; a following italic/plain line may carry employer or dates. */
function parseEntries(lines: string[]): RawEntry[] {
  const entries: RawEntry[] = [];
  let cur: RawEntry | null = null;
  let headerLines = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const isBullet = /^[-*+•]\s+/.test(line);
    const isHeading = /^#{3,6}\s+/.test(line) || /^\*\*[^*]+\*\*/.test(line) || (!isBullet && !cur);
    if (isHeading && !isBullet) {
      cur = { ...parseEntryHeading(line), bullets: [] };
      entries.push(cur);
      headerLines = 1;
      continue;
    }
    if (!cur) continue;
    if (!isBullet && headerLines === 1 && cur.bullets.length === 0) {
      // A second header line: "*Acme Corp · 2019 – 2023*" or "*2019-03 – Present*".
      const extra = parseEntryHeading(line);
      if (!cur.start && extra.start) {
        cur.start = extra.start;
        cur.end = extra.end;
      }
      if (extra.first && !cur.second && (extra.start || line.length < 80))
        cur.second = [extra.first, extra.second].filter(Boolean).join(', ');
      headerLines = 2;
      continue;
    }
    cur.bullets.push(stripMd(line));
  }
  return entries.filter((e) => e.first || e.second);
}

function unique(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((x) => {
    const key = x.toLowerCase();
    if (!x || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---- canonical markdown and facts ---------------------------------------------------------------

/** Canonical Markdown of a resume; the same layout renders tailored resumes (renderTailoredMarkdown). */
export function resumeMarkdown(r: Omit<SourceResume, 'markdown' | 'facts'>): string {
  const out: string[] = [`# ${r.name}`];
  if (r.sections.contact.length) out.push('', r.sections.contact.join(' · '));
  if (r.sections.summary) out.push('', '## Summary', '', r.sections.summary);
  if (r.skills.length) out.push('', '## Skills', '', r.skills.join(', '));
  if (r.sections.experience.length) {
    out.push('', '## Experience');
    for (const j of r.sections.experience) {
      out.push('', `### ${[j.title, j.employer].filter(Boolean).join(' — ')}`);
      const dates = [j.start, j.end].filter(Boolean).join(' – ');
      if (dates) out.push(`*${dates}*`);
      if (j.bullets.length) out.push('', ...j.bullets.map((b) => `- ${b}`));
    }
  }
  if (r.sections.education.length) {
    out.push('', '## Education');
    for (const e of r.sections.education) {
      out.push('', `### ${[e.degree, e.institution].filter(Boolean).join(' — ')}`);
      if (e.dates) out.push(`*${e.dates}*`);
    }
  }
  if (r.sections.certificates.length)
    out.push('', '## Certificates', '', ...r.sections.certificates.map((c) => `- ${c}`));
  for (const o of r.sections.other) out.push('', `## ${o.title}`, '', o.markdown);
  return out.join('\n') + '\n';
}

function factsOf(r: Omit<SourceResume, 'markdown' | 'facts'>, fullText: string): ResumeFacts {
  const s = r.sections;
  return {
    employers: unique(s.experience.map((j) => j.employer).filter(Boolean)),
    titles: unique(s.experience.map((j) => j.title).filter(Boolean)),
    dates: unique([...fullText.matchAll(DATE_GLOBAL)].map((m) => m[0])),
    degrees: unique(s.education.map((e) => e.degree).filter(Boolean)),
    certificates: unique(s.certificates),
  };
}

/**
 * Parses the user's resume: JSON Resume (`.json`) or Markdown/plain text (anything else).
 * Throws a one-line error for empty or invalid input.
 */
export function parseResume(content: string, fileName: string): SourceResume {
  const text = stripInvisible(content.replace(/^\uFEFF/, ''));
  if (!text.trim()) throw new Error('resume: file is empty');
  let base: Omit<SourceResume, 'markdown' | 'facts'>;
  if (/\.json$/i.test(fileName)) {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (err) {
      throw new Error(`resume: ${fileName} is not valid JSON (${(err as Error).message.split('\n')[0]})`, {
        cause: err,
      });
    }
    const validate = validateJsonResume();
    if (!validate(doc)) {
      throw new Error(`resume: ${describeAjvError(validate.errors![0])} (JSON Resume)`);
    }
    base = fromJsonResume(doc);
  } else {
    base = fromMarkdown(text);
    if (!base.name) throw new Error('resume: no name found (put it on the first line or in a "# " heading)');
  }
  const markdown = resumeMarkdown(base);
  // Facts come from the original text as well, so nothing our parser missed counts as invented.
  const full = base.format === 'markdown' ? `${text}\n${markdown}` : markdown;
  return {
    ...base,
    markdown: base.format === 'markdown' ? text.trim() + '\n' : markdown,
    facts: factsOf(base, full),
  };
}

/** Everything the resume says, for "does the source mention X" checks. */
export function resumeText(r: SourceResume): string {
  return `${r.markdown}\n${resumeMarkdown(r)}`;
}
