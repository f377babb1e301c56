/**
 * The source resume: one model (model.ts) read from JSON Resume, Markdown, plain text, PDF or DOCX.
 * parseResume reads text (sync); readResumeFile decides the kind by content and reads any of them.
 */
export type * from './model.ts';
export { parseResume } from './parse.ts';
export { JSON_RESUME_SCHEMA } from './json-resume.ts';
export { resumeMarkdown } from './markdown.ts';
export { bulletOverlaps, resumeText } from './facts.ts';
export { decodeText, RESUME_EXTENSIONS, RESUME_KINDS } from './detect.ts';
export { documentText, parseResumeBytes, readResumeFile, ResumeFileError, resumeKind } from './read.ts';
