/** `npm start -- --check-resume FILE`: prints what the parser understood of a resume and exits. */
import path from 'node:path';
import { RESUME_KINDS } from './detect.ts';
import { resumeReport } from './check.ts';
import { readResumeFile } from './read.ts';

/** 0: positions and skills found; 1: read, with warnings; 2: the file cannot be read as a resume. */
export async function checkResumeCommand(
  file: string | undefined,
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<number> {
  if (!file || file.startsWith('--')) {
    err(`error: --check-resume needs a file; allowed: a path to ${RESUME_KINDS}`);
    return 2;
  }
  const label = file;
  let resume;
  try {
    resume = await readResumeFile(path.resolve(file));
  } catch (e) {
    err(`error: ${label}: ${(e as Error).message.split('\n')[0]}`);
    return 2;
  }
  const { lines, warnings } = resumeReport(resume, label);
  for (const line of lines) out(line);
  for (const w of warnings) out(`warning: ${w}`);
  return warnings.length ? 1 : 0;
}
