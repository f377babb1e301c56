/**
 * The text of a Word (.docx) resume as Markdown-like lines, through mammoth (loaded on first use):
 * Word headings become # lines, list paragraphs "- " bullets, a paragraph all in bold a **line**,
 * table rows their cells joined with " | ".
 */
import { Parser } from 'htmlparser2';
import { decodeEntities } from '../html/text.ts';

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr']);

/** mammoth's HTML -> lines: one per paragraph, heading, list item or table row. */
function docxHtmlToLines(html: string): string[] {
  const lines: string[] = [];
  let text = '';
  let block = '';
  let listDepth = 0;
  let boldOpen = 0;
  let boldChars = 0;
  let cells: string[] | null = null;

  const flush = () => {
    const t = text.replace(/[ \t\u00a0]+/g, ' ').trim();
    const allBold = t && boldChars >= t.replace(/\s/g, '').length;
    if (cells) {
      if (t && cells.length) cells[cells.length - 1] = `${cells[cells.length - 1]} ${t}`.trim();
    } else if (t) {
      if (/^h[1-6]$/.test(block)) lines.push(`${'#'.repeat(Math.min(+block[1], 3))} ${t}`);
      else if (block === 'li') lines.push(`${'  '.repeat(Math.max(listDepth - 1, 0))}- ${t}`);
      else lines.push(allBold ? `**${t}**` : t);
    }
    text = '';
    boldChars = 0;
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'ul' || name === 'ol') listDepth++;
        if (name === 'strong' || name === 'b') boldOpen++;
        if (name === 'br') text += '\n';
        if (name === 'tr') cells = [];
        if ((name === 'td' || name === 'th') && cells) {
          flush();
          cells.push('');
        }
        if (BLOCKS.has(name) && name !== 'tr') {
          flush();
          block = name;
        }
      },
      ontext(data) {
        const decoded = decodeEntities(data);
        text += decoded;
        if (boldOpen) boldChars += decoded.replace(/\s/g, '').length;
      },
      onclosetag(name) {
        if (name === 'strong' || name === 'b') boldOpen--;
        if ((name === 'td' || name === 'th') && cells) flush();
        if (BLOCKS.has(name) && name !== 'tr') {
          flush();
          block = '';
          if (name !== 'li' && !cells) lines.push('');
        }
        if (name === 'ul' || name === 'ol') {
          listDepth--;
          if (!listDepth) lines.push('');
        }
        if (name === 'tr' && cells) {
          flush();
          const row = cells.filter(Boolean).join(' | ');
          cells = null;
          if (row) lines.push(row);
        }
        if (name === 'table') lines.push('');
      },
    },
    { decodeEntities: false },
  );
  parser.write(html);
  parser.end();
  flush();
  return lines.flatMap((l) => l.split('\n')).map((l) => l.trimEnd());
}

/** The text of a DOCX resume. */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return docxHtmlToLines(value)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
