/** Reading a resume file of any accepted kind: the kind by content, the text layer of PDF and DOCX. */
import { readFile } from 'node:fs/promises';
import { errorLine } from '../log.ts';
import {
  decodeText,
  RESUME_KINDS,
  resumeFileKind,
  UnsupportedResumeError,
  type ResumeFileKind,
} from './detect.ts';
import type { SourceResume } from './model.ts';
import { parseResume } from './parse.ts';

/** A resume file that cannot be read; the message is one line saying why and what to do. */
export class ResumeFileError extends Error {}

/** The text of a PDF or DOCX resume (readers loaded on first use). */
export async function documentText(kind: 'pdf' | 'docx', bytes: Uint8Array): Promise<string> {
  try {
    if (kind === 'pdf') return await (await import('./pdf.ts')).pdfText(bytes);
    return await (await import('./docx.ts')).docxText(bytes);
  } catch (err) {
    const { NoTextLayerError } = await import('./pdf.ts');
    if (err instanceof NoTextLayerError) throw new ResumeFileError(err.message);
    throw new ResumeFileError(
      `is not a readable ${kind === 'pdf' ? 'PDF' : 'Word document'} (${errorLine(err)})`,
    );
  }
}

/** The kind of a resume file's bytes; a ResumeFileError naming the accepted kinds for anything else. */
export function resumeKind(bytes: Uint8Array, fileName: string): ResumeFileKind {
  try {
    return resumeFileKind(bytes, fileName);
  } catch (err) {
    if (err instanceof UnsupportedResumeError)
      throw new ResumeFileError(`${err.message}; allowed: ${RESUME_KINDS}`);
    throw err;
  }
}

/** Parses resume bytes of any accepted kind; `fileName` is used in messages and for `.json`. */
export async function parseResumeBytes(bytes: Uint8Array, fileName: string): Promise<SourceResume> {
  const kind = resumeKind(bytes, fileName);
  const text = kind === 'pdf' || kind === 'docx' ? await documentText(kind, bytes) : decodeText(bytes);
  try {
    return parseResume(text, fileName, kind === 'pdf' || kind === 'docx' ? kind : undefined);
  } catch (err) {
    throw new ResumeFileError(errorLine(err).replace(/^resume: /, ''));
  }
}

/** Reads and parses a resume file; errors are one-line ResumeFileErrors. */
export async function readResumeFile(file: string): Promise<SourceResume> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new ResumeFileError(
      (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : `cannot be read (${errorLine(err)})`,
    );
  }
  if (!bytes.length) throw new ResumeFileError('is empty');
  return parseResumeBytes(bytes, file);
}
