/** What every renderer takes: one generated document as Markdown, plus metadata. */
export interface RenderInput {
  kind: 'letter' | 'resume';
  /** Document title (HTML <title>, PDF/DOCX metadata), e.g. "Cover letter — Backend Engineer at Acme". */
  title: string;
  /** The candidate's name. */
  author: string;
  /** The document body; untrusted (LLM output, job-posting text). */
  markdown: string;
  /** The run's date: the PDF's creation date (so a run's files do not depend on the wall clock). */
  date?: Date;
}
