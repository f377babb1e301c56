import { stripInvisible } from '../text/untrusted.ts';
import { factsOf } from './facts.ts';
import { parseJsonResume } from './json-resume.ts';
import { resumeMarkdown } from './markdown.ts';
import type { ParsedResume, ResumeFormat, SourceResume } from './model.ts';
import { readTextResume } from './text-resume.ts';

/** Text as the parser wants it: no BOM, no invisible characters, \n line ends. */
function cleanText(content: string): string {
  return stripInvisible(content.replace(/^\uFEFF/, '')).replace(/\r\n?/g, '\n');
}

/**
 * Parses a resume given as text: JSON Resume (a `.json` name or a document starting with `{`),
 * else Markdown or plain text; `format` names where the text came from (the text layer of a PDF
 * or DOCX). Throws a one-line error for empty or invalid input.
 */
export function parseResume(content: string, fileName: string, format?: ResumeFormat): SourceResume {
  const text = cleanText(content);
  if (!text.trim()) throw new Error('resume: file is empty');
  let base: ParsedResume;
  if (!format && (/\.json$/i.test(fileName) || text.trimStart().startsWith('{'))) {
    base = parseJsonResume(text, fileName);
  } else {
    base = readTextResume(
      text,
      format ?? (/\.(md|markdown)$/i.test(fileName) || /^#{1,6}\s+\S/m.test(text) ? 'markdown' : 'text'),
    );
    if (!base.name) throw new Error('resume: no name found (put it on the first line or in a "# " heading)');
  }
  const canonical = resumeMarkdown(base);
  if (base.format === 'json-resume') return { ...base, markdown: canonical, facts: factsOf(base, canonical) };
  // Facts come from the original text as well, so nothing our parser missed counts as invented.
  return { ...base, markdown: text.trim() + '\n', facts: factsOf(base, `${text}\n${canonical}`) };
}
