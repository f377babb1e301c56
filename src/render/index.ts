import { renderHtml } from './html.ts';
import type { RenderInput } from './types.ts';

export type { RenderInput } from './types.ts';

export type Format = 'md' | 'html' | 'pdf' | 'docx';
export const FORMATS: readonly Format[] = Object.freeze(['md', 'html', 'pdf', 'docx'] as const);

/** Renders one document in one format to the bytes of its file. */
export async function renderDocument(input: RenderInput, format: Format): Promise<Buffer> {
  switch (format) {
    case 'md':
      return Buffer.from(input.markdown, 'utf8');
    case 'html':
      return Buffer.from(renderHtml(input), 'utf8');
    // pdfkit and docx are large: loaded on first use, so a run without PDF/DOCX never pays for them.
    case 'pdf':
      return (await import('./pdf.ts')).renderPdf(input);
    case 'docx':
      return (await import('./docx.ts')).renderDocx(input);
    default:
      throw new Error(`unknown render format "${String(format)}"; allowed: ${FORMATS.join(', ')}`);
  }
}
