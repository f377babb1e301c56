/**
 * What the parser understood of a resume, shown back to the user (`--check-resume`, and a log group
 * at the start of every run) so a misread file is fixed before it misleads a tailored resume.
 * Contact details are never printed, only whether they were found.
 */
import type { Logger } from '../log.ts';
import type { ResumeFormat, SourceResume } from './model.ts';

const FORMAT_NAMES: Record<ResumeFormat, string> = {
  'json-resume': 'JSON Resume',
  markdown: 'Markdown',
  text: 'plain text',
  pdf: 'PDF, text layer',
  docx: 'Word document',
};

export interface ResumeReport {
  lines: string[];
  /** Problems the user should fix: no positions, no skills, a position without employer, title or dates (or with neither dates nor bullets). */
  warnings: string[];
}

/** One line of untrusted text: no line breaks, no workflow-command prefix. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/::/g, ': :').trim();
}

function found(value: unknown): string {
  return value ? 'found' : 'not found';
}

export function resumeReport(r: SourceResume, file: string): ResumeReport {
  const s = r.sections;
  const lines = [
    `Resume: ${oneLine(file)} (${FORMAT_NAMES[r.format]})`,
    `  Name: ${oneLine(r.name)}`,
    `  Contact: email ${found(r.email)}, phone ${found(r.phone)}, location ${found(r.location)}, ${r.links.length} link${r.links.length === 1 ? '' : 's'}`,
    `  Positions (${s.experience.length}):`,
    ...s.experience.map((j, i) => {
      const dates = [j.start, j.end].filter(Boolean).join(' – ') || 'no dates';
      const bullets = `${j.bullets.length} bullet${j.bullets.length === 1 ? '' : 's'}`;
      return `    ${i + 1}. ${oneLine(j.title || '(no title)')} — ${oneLine(j.employer || '(no employer)')} · ${oneLine(dates)} · ${bullets}`;
    }),
    `  Education (${s.education.length}):`,
    ...s.education.map(
      (e) =>
        `    ${oneLine([e.degree, e.institution].filter(Boolean).join(' — '))}${e.dates ? ` · ${oneLine(e.dates)}` : ''}`,
    ),
    `  Skills (${r.skills.length}): ${oneLine(r.skills.join(', ')) || 'none'}`,
  ];
  if (s.certificates.length) lines.push(`  Certificates: ${s.certificates.length}`);
  if (s.other.length)
    lines.push(`  Other sections, kept as written: ${oneLine(s.other.map((o) => o.title).join(', '))}`);
  lines.push(`  Headings seen: ${oneLine(r.headings.join(', ')) || 'none'}`);

  const seen = r.headings.length
    ? `the headings seen: ${oneLine(r.headings.join(', '))}`
    : 'no section headings were found';
  const warnings: string[] = [];
  if (!s.experience.length)
    warnings.push(
      `No positions found (${seen}). Put them under a heading such as "Experience" with a line per position like "Senior Engineer — Acme Corp, Jan 2020 – Present" and its bullets below.`,
    );
  if (!r.skills.length)
    warnings.push(`No skills found (${seen}). Add a "Skills" section listing them separated by commas.`);
  s.experience.forEach((j, i) => {
    if (!j.start && !j.bullets.length) {
      // Nothing backs it up: likely a line of text read as a heading, which would be printed as a position.
      const heading = [j.title, j.employer].filter(Boolean).join(' — ') || '(empty)';
      warnings.push(
        `Position ${i + 1} ("${oneLine(heading)}") has no dates and no bullets; it may be a line of text read as a position. Put its dates on its heading line, or if it is not a position, make it a bullet of the position above.`,
      );
      return;
    }
    const missing = [!j.employer && 'employer', !j.title && 'title', !j.start && 'dates'].filter(Boolean);
    if (missing.length && s.experience.length)
      warnings.push(
        `Position ${i + 1} has no ${missing.join(' or ')}; the tailored resume cannot name what the parser did not find.`,
      );
  });
  return { lines, warnings };
}

/** Logs the report in a group; warnings become annotations. */
export async function logResume(r: SourceResume, file: string, log: Logger): Promise<void> {
  const { lines, warnings } = resumeReport(r, file);
  await log.group('Resume: what was understood', async () => {
    for (const line of lines) log.info(line);
  });
  for (const w of warnings) log.warning(w, 'Resume');
}
