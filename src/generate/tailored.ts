import type { SourceResume } from './resume.ts';

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
  const out: string[] = [`# ${source.name}`];
  if (source.sections.contact.length) out.push('', source.sections.contact.join(' · '));
  if (t.summary.trim()) out.push('', '## Summary', '', t.summary.trim());
  if (t.skills.length) out.push('', '## Skills', '', t.skills.join(', '));
  if (t.experience.length) {
    out.push('', '## Experience');
    for (const j of t.experience) {
      out.push('', `### ${[j.title, j.employer].filter(Boolean).join(' — ')}`);
      const dates = [j.start, j.end].filter(Boolean).join(' – ');
      if (dates) out.push(`*${dates}*`);
      if (j.bullets.length) out.push('', ...j.bullets.map((b) => `- ${b}`));
    }
  }
  if (t.education.length) {
    out.push('', '## Education');
    for (const e of t.education) {
      out.push('', `### ${[e.degree, e.institution].filter(Boolean).join(' — ')}`);
      if (e.dates) out.push(`*${e.dates}*`);
    }
  }
  if (t.certificates.length) out.push('', '## Certificates', '', ...t.certificates.map((c) => `- ${c}`));
  // Projects, languages, ...: the user's own words, carried over as written.
  for (const o of source.sections.other) out.push('', `## ${o.title}`, '', o.markdown);
  return out.join('\n') + '\n';
}
