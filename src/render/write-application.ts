/** Renders one job's letter and resume in every format and writes them, with job.json, to its folder. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Application, Description, GeneratedApplication, Match } from '../model.ts';
import { explainScore, SCORE_SCALE } from '../match/explain.ts';
import { renderDocument, type Format } from './index.ts';

export interface WriteApplicationInput {
  match: Match;
  description: Description;
  generated: GeneratedApplication;
  /** The job's folder, relative to outputDir. */
  folder: string;
  outputDir: string;
  formats: readonly Format[];
  candidateName: string;
}

/** Writes the job's files and returns its generated Application; throws when rendering or writing fails. */
export async function writeApplication(input: WriteApplicationInput): Promise<Application> {
  const { match, description, generated, folder } = input;
  const posting = match.posting;
  const dir = path.join(input.outputDir, folder);
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const [kind, doc, base] of [
    ['letter', generated.letter, 'cover-letter'],
    ['resume', generated.resume, 'resume'],
  ] as const) {
    for (const format of input.formats) {
      const data = await renderDocument(
        {
          kind,
          title: `${kind === 'letter' ? 'Cover letter' : 'Resume'} — ${posting.title} at ${posting.company}`,
          author: input.candidateName,
          markdown: doc.markdown,
        },
        format,
      );
      const file = `${base}.${format}`;
      await writeFile(path.join(dir, file), data);
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
    letter: { by: app.letter?.by, fallbackReason: app.letter?.fallbackReason },
    resume: { by: app.resume?.by, fallbackReason: app.resume?.fallbackReason },
    usage: app.usage,
    costUsd: app.costUsd,
    grounding: { removed: app.grounding ?? [] },
    files: app.files,
  };
}
