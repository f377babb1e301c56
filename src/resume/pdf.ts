/**
 * The text layer of a PDF resume as lines, through unpdf (pdf.js; loaded on first use). Text items
 * are put back into lines by position: a wide gap becomes a column break ("   "), a bigger line
 * distance a blank line, and a line under a bullet's text (a hanging indent) joins that bullet.
 */
import { isBullet } from './lines.ts';

export class NoTextLayerError extends Error {}

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

interface PdfLine {
  items: Item[];
  y: number;
  size: number;
}

function groupLines(items: Item[]): PdfLine[] {
  const sorted = items
    .filter((i) => i.str.trim())
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfLine[] = [];
  for (const item of sorted) {
    const size = item.fontSize || 10;
    const line = lines.find((l) => Math.abs(l.y - item.y) < Math.min(l.size, size) * 0.5);
    if (line) {
      line.items.push(item);
      line.size = Math.max(line.size, size);
    } else lines.push({ items: [item], y: item.y, size });
  }
  for (const l of lines) l.items.sort((a, b) => a.x - b.x);
  return lines.sort((a, b) => b.y - a.y);
}

function lineText(line: PdfLine): string {
  let out = '';
  let end = -Infinity;
  for (const item of line.items) {
    const gap = item.x - end;
    const size = item.fontSize || line.size;
    if (out && gap > size * 1.5) out += '   ';
    else if (out && gap > size * 0.15 && !/\s$/.test(out) && !/^\s/.test(item.str)) out += ' ';
    out += item.str;
    end = item.x + item.width;
  }
  return out.replace(/[ \t]+$/, '');
}

/** x of a bullet line's text (after its mark), for hanging-indent joins. */
function textStart(line: PdfLine): number {
  const [first, second] = line.items;
  return /^\s*[•▪◦●■➢►▸‣⁃∙·\-–*]\s*$/.test(first.str) && second ? second.x : first.x;
}

function pageText(items: Item[]): string[] {
  const lines = groupLines(items);
  const out: string[] = [];
  let previous: PdfLine | undefined;
  let previousText = '';
  for (const line of lines) {
    const text = lineText(line);
    if (previous) {
      const distance = previous.y - line.y;
      const normal = Math.max(previous.size, line.size) * 1.6;
      const hanging =
        isBullet(previousText) &&
        !isBullet(text) &&
        distance <= normal &&
        Math.abs(line.items[0].x - textStart(previous)) < 2;
      if (hanging) {
        out[out.length - 1] += ` ${text.trim()}`;
        previous = { ...line, items: previous.items };
        continue;
      }
      if (distance > normal) out.push('');
    }
    out.push(text);
    previous = line;
    previousText = text;
  }
  return out;
}

/** The text of a PDF resume, pages in order; throws NoTextLayerError for a scan. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { extractTextItems, getDocumentProxy } = await import('unpdf');
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  try {
    const { items } = await extractTextItems(pdf);
    const pages = items.map((page) => pageText(page as Item[]).join('\n'));
    const text = pages.join('\n\n');
    if (text.replace(/\s/g, '').length < 20) {
      throw new NoTextLayerError(
        `has no text layer (a scanned image, ${items.length} page${items.length === 1 ? '' : 's'}); export it from your editor as a PDF with text, run OCR on it (e.g. ocrmypdf), or use the .docx/.md version`,
      );
    }
    return text;
  } finally {
    await pdf.loadingTask.destroy();
  }
}
