import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import pLimit, { type LimitFunction } from 'p-limit';
import { renderHtml } from './html.ts';
import { pdfGarbageCollector } from './pdf-garbage.ts';
import type { PdfFonts } from './fonts.ts';
import type { RenderInput } from './types.ts';
import { FORMATS, type Format } from './formats.ts';

export type { RenderInput } from './types.ts';
export { FORMATS, type Format } from './formats.ts';

/** What one run's documents share: the PDF fonts (parsed once) and what they could not draw. */
export interface RenderContext {
  fonts?: PdfFonts;
  /**
   * One PDF at a time: pdfkit lays a document out synchronously, so rendering several at once gains
   * nothing, while each document in flight holds its pages, font subsets and their garbage.
   */
  pdfSlot?: LimitFunction;
  /** Called after each PDF: frees what its layout left behind (see pdf-garbage.ts). */
  afterPdf?: () => void;
}

/**
 * The run's render context. PDF fonts (and fontkit) are loaded only when PDFs are asked for;
 * a pdf_font that is not a font fails here, once, rather than in every document.
 */
export async function createRenderContext(opts: {
  formats: readonly Format[];
  pdfFont?: string;
}): Promise<RenderContext> {
  if (!opts.formats.includes('pdf')) return {};
  const { PdfFonts } = await import('./fonts.ts');
  return {
    fonts: new PdfFonts({ fontFile: opts.pdfFont }),
    pdfSlot: pLimit(1),
    afterPdf: pdfGarbageCollector(),
  };
}

/** Renders one document in one format to the bytes of its file. */
export async function renderDocument(
  input: RenderInput,
  format: Format,
  context: RenderContext = {},
): Promise<Buffer> {
  switch (format) {
    case 'md':
      return Buffer.from(input.markdown, 'utf8');
    case 'html':
      return Buffer.from(renderHtml(input), 'utf8');
    // pdfkit and docx are large: loaded on first use, so a run without PDF/DOCX never pays for them.
    case 'pdf':
      return (await import('./pdf.ts')).renderPdf(input, context.fonts);
    case 'docx':
      return (await import('./docx.ts')).renderDocx(input);
    default:
      throw new Error(`unknown render format "${String(format)}"; allowed: ${FORMATS.join(', ')}`);
  }
}

/** Renders one document into `file`; a PDF streams to the file as pdfkit produces it. */
export async function writeDocument(
  input: RenderInput,
  format: Format,
  file: string,
  context: RenderContext = {},
): Promise<void> {
  if (format !== 'pdf') return writeFile(file, await renderDocument(input, format, context));
  const { renderPdfTo } = await import('./pdf.ts');
  const pdf = context.fonts ? context : await createRenderContext({ formats: ['pdf'] });
  await pdf.pdfSlot!(async () => {
    await renderPdfTo(input, createWriteStream(file), pdf.fonts!);
    pdf.afterPdf?.();
  });
}
