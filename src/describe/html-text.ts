import * as cheerio from 'cheerio';

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

/** Decodes HTML entities once (e.g. Greenhouse's `content`, which is entity-escaped HTML). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return cheerio
    .load(`<body>${s.replace(/</g, '&lt;')}</body>`)('body')
    .text();
}

/**
 * Plain text of an HTML fragment: block elements become line breaks, list items get "- ",
 * scripts/styles dropped, whitespace collapsed. Fine for job descriptions; not a layout engine.
 */
export function htmlToText(html: string): string {
  if (!html) return '';
  const $ = cheerio.load(html);
  $('script, style, noscript, template, svg, iframe').remove();
  const out: string[] = [];
  const walk = (nodes: ReturnType<typeof $>) => {
    nodes.each((_, node) => {
      if (node.type === 'text') {
        out.push(node.data.replace(/\s+/g, ' '));
      } else if (node.type === 'tag') {
        const tag = node.tagName.toLowerCase();
        const block = BLOCK_TAGS.has(tag);
        if (block) out.push('\n');
        if (tag === 'li') out.push('- ');
        walk($(node).contents());
        if (block) out.push('\n');
      }
    });
  };
  walk($.root().contents());
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line, i, lines) => line !== '' || (i > 0 && lines[i - 1] !== ''))
    .join('\n')
    .trim();
}
