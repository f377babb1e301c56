/**
 * The text layer of a PDF resume as lines, through unpdf (pdf.js; loaded on first use). Text items
 * are put back into lines by position: a wide gap becomes a column break ("   "), a bigger line
 * distance a blank line, and a line under a bullet's text (a hanging indent) joins that bullet.
 */
import { onlyDates } from '../text/dates.ts';
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
  const sorted = items.filter((i) => i.str.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
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

/**
 * The x where a second column starts, or null for one column: a line that items on both sides keep
 * clear of (at most 3% cross it), each side holding at least 15% of the text, the right side more
 * than right-aligned dates.
 */
function columnGutter(items: Item[]): number | null {
  const text = items.filter((i) => i.str.trim());
  if (text.length < 20) return null;
  const candidates = [...new Set(text.map((i) => Math.round(i.x)))].sort((a, b) => a - b);
  let best: { x: number; balance: number } | null = null;
  for (const g of candidates) {
    let left = 0;
    let right = 0;
    let crossing = 0;
    let leftEdge = -Infinity;
    const rightItems: Item[] = [];
    for (const i of text) {
      if (i.x >= g - 1) {
        right++;
        rightItems.push(i);
      } else if (i.x + i.width > g - 6) crossing++;
      else {
        left++;
        leftEdge = Math.max(leftEdge, i.x + i.width);
      }
    }
    const n = text.length;
    if (crossing > n * 0.03 || left < n * 0.15 || right < n * 0.15 || g - leftEdge < 8) continue;
    const words = rightItems.filter((i) => !onlyDates(i.str) && /\p{L}{2}/u.test(i.str));
    if (words.length < Math.max(5, rightItems.length / 2)) continue;
    const balance = Math.min(left, right);
    if (!best || balance > best.balance) best = { x: g, balance };
  }
  return best?.x ?? null;
}

function pageText(items: Item[]): string[] {
  const gutter = columnGutter(items);
  if (gutter !== null) {
    // Side by side columns: the left one (with the name on top), then the right one.
    return [
      ...columnText(items.filter((i) => i.x < gutter - 1)),
      '',
      ...columnText(items.filter((i) => i.x >= gutter - 1)),
    ];
  }
  return columnText(items);
}

function columnText(items: Item[]): string[] {
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
