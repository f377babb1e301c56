import type { ParsedResume } from './model.ts';

/** Canonical Markdown of a resume; the same layout renders tailored resumes (renderTailoredMarkdown). */
export function resumeMarkdown(r: ParsedResume): string {
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
