import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'li',
  'ul',
  'ol',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'blockquote',
  'pre',
  'header',
  'footer',
  'main',
  'dd',
  'dt',
  'hr',
]);

/** Elements whose content is never text a reader sees. */
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe']);

/** Decodes HTML character references once (e.g. Greenhouse's `content`, which is entity-escaped HTML). */
export function decodeEntities(s: string): string {
  return s.includes('&') ? decodeHTML(s) : s;
}

/**
 * Plain text of an HTML fragment: block elements become line breaks, list items get "- ",
 * scripts/styles dropped, whitespace collapsed. Fine for job descriptions; not a layout engine.
 * Streams through htmlparser2's tokenizer: no DOM is built (this runs once per posting).
 */
export function htmlToText(html: string): string {
  if (!html) return '';
  const out: string[] = [];
  let skipped = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED_TAGS.has(name)) skipped++;
        if (skipped) return;
        if (BLOCK_TAGS.has(name)) out.push('\n');
        if (name === 'li') out.push('- ');
      },
      ontext(text) {
        if (!skipped) out.push(text.replace(/\s+/g, ' '));
      },
      onclosetag(name) {
        if (SKIPPED_TAGS.has(name)) skipped = Math.max(0, skipped - 1);
        else if (!skipped && BLOCK_TAGS.has(name)) out.push('\n');
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line, i, lines) => line !== '' || (i > 0 && lines[i - 1] !== ''))
    .join('\n')
    .trim();
}
