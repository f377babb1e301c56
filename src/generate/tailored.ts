import { resumeMarkdown, type SourceResume } from '../resume/index.ts';

/** What the model returns for a tailored resume (and what the template generator builds). */
export interface TailoredResume {
  summary: string;
  skills: string[];
  experience: { employer: string; title: string; start: string; end: string; bullets: string[] }[];
  education: { institution: string; degree: string; dates: string }[];
  certificates: string[];
}

const str = { type: 'string' } as const;
const strList = { type: 'array', items: str } as const;

/** Strict-mode JSON schema: every property required, no extra properties (OpenAI structured outputs). */
export const TAILORED_RESUME_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['summary', 'skills', 'experience', 'education', 'certificates'],
  properties: {
    summary: str,
    skills: strList,
    experience: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['employer', 'title', 'start', 'end', 'bullets'],
        properties: { employer: str, title: str, start: str, end: str, bullets: strList },
      },
    },
    education: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['institution', 'degree', 'dates'],
        properties: { institution: str, degree: str, dates: str },
      },
    },
    certificates: strList,
  },
} as const;

/** The source resume as a TailoredResume: the starting point of the template generator. */
export function fromSource(r: SourceResume): TailoredResume {
  return {
    summary: r.sections.summary ?? '',
    skills: [...r.skills],
    experience: r.sections.experience.map((j) => ({ ...j, bullets: [...j.bullets] })),
    education: r.sections.education.map((e) => ({ ...e })),
    certificates: [...r.sections.certificates],
  };
}

/** Markdown of a tailored resume; name and contact come from the source resume, never from the model. */
export function renderTailoredMarkdown(source: SourceResume, t: TailoredResume): string {
  // The source's own layout; projects, languages, ...: the user's own words, carried over as written.
  return resumeMarkdown({
    ...source,
    skills: t.skills,
    sections: {
      ...source.sections,
      summary: t.summary.trim() || undefined,
      experience: t.experience,
      education: t.education,
      certificates: t.certificates,
    },
  });
}
