/** JSON Resume (jsonresume.org/schema): validation of the subset we read and its mapping to our model. */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { OtherSection, ParsedResume, SourceEducation, SourceJob } from './model.ts';
import { unique } from './unique.ts';

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

function fromJsonResume(doc: JsonResume): ParsedResume {
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
    phone: b.phone?.trim() || undefined,
    location: location || undefined,
    links: [b.url, ...(b.profiles ?? []).map((p) => p.url)].filter((x): x is string => !!x?.trim()),
    headings: ['basics', ...Object.keys(doc).filter((k) => k !== 'basics')],
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

/** Parses a JSON Resume document; throws a one-line error naming the first bad field. */
export function parseJsonResume(text: string, fileName: string): ParsedResume {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new Error(`resume: ${fileName} is not valid JSON (${(err as Error).message.split('\n')[0]})`);
  }
  const validate = validateJsonResume();
  if (!validate(doc)) {
    throw new Error(`resume: ${describeAjvError(validate.errors![0])} (JSON Resume)`);
  }
  return fromJsonResume(doc);
}
