/** Renders one job's letter and resume in every format and writes them, with job.json, to its folder. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Application, Description, GeneratedApplication, Match } from '../model.ts';
import { explainScore, SCORE_SCALE } from '../match/explain.ts';
import { writeDocument, type Format, type RenderContext } from './index.ts';
import { letterLocation, letterMarkdown } from './letter-layout.ts';

export interface WriteApplicationInput {
  match: Match;
  description: Description;
  generated: GeneratedApplication;
  /** The job's folder, relative to outputDir. */
  folder: string;
  outputDir: string;
  formats: readonly Format[];
  candidateName: string;
  /** The resume's contact items, for the letter's header. */
  candidateContact: string[];
  /** The run's date (its clock): the letter's date and the PDFs' creation date. */
  date: Date;
  render: RenderContext;
}

/** Writes the job's files and returns its generated Application; throws when rendering or writing fails. */
export async function writeApplication(input: WriteApplicationInput): Promise<Application> {
  const { match, description, generated, folder } = input;
  const posting = match.posting;
  const dir = path.join(input.outputDir, folder);
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  // Every letter, the template's or the LLM's, gets the same header: sender, date, company.
  const letter = letterMarkdown(
    {
      name: input.candidateName,
      contact: input.candidateContact,
      date: input.date,
      company: posting.company,
      location: letterLocation(posting.locations),
    },
    generated.letter.markdown,
  );
  for (const [kind, markdown, base] of [
    ['letter', letter, 'cover-letter'],
    ['resume', generated.resume.markdown, 'resume'],
  ] as const) {
    for (const format of input.formats) {
      const file = `${base}.${format}`;
      await writeDocument(
        {
          kind,
          title: `${kind === 'letter' ? 'Cover letter' : 'Resume'} — ${posting.title} at ${posting.company}`,
          author: input.candidateName,
          markdown,
          date: input.date,
        },
        format,
        path.join(dir, file),
        input.render,
      );
      files.push(`${folder}/${file}`);
    }
  }
  const app: Application = {
    match,
    description,
    letter: generated.letter,
    resume: generated.resume,
    usage: generated.usage,
    costUsd: generated.costUsd,
    grounding: generated.grounding,
    folder,
    files,
    status: 'generated',
  };
  await writeFile(path.join(dir, 'job.json'), `${JSON.stringify(jobJson(app), null, 2)}\n`);
  files.push(`${folder}/job.json`);
  return app;
}

/** The per-job record written beside the letter and resume. */
function jobJson(app: Application) {
  const p = app.match.posting;
  return {
    posting: p,
    score: app.match.score,
    scoreExplained: explainScore(app.match),
    scoreScale: SCORE_SCALE,
    reasons: app.match.reasons,
    description: { method: app.description?.method, chars: app.description?.text.length },
    letter: { by: app.letter?.by, fallbackReason: app.letter?.fallbackReason, note: app.letter?.note },
    resume: { by: app.resume?.by, fallbackReason: app.resume?.fallbackReason },
    usage: app.usage,
    costUsd: app.costUsd,
    grounding: { removed: app.grounding ?? [] },
    files: app.files,
  };
}
