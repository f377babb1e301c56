/** Escaping for untrusted text (job titles, descriptions, LLM output) placed into HTML or Markdown. */
import { CONTROL_CHARS } from '../text/untrusted.ts';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

const LINE_BREAKS = /\r\n|[\r\n\t\u2028\u2029\u0085]/g;

/**
 * Escapes text for one line of GitHub-flavoured Markdown, including a table cell: the result renders
 * as the same literal text and cannot end the cell, start a block, or form a link, image, autolink,
 * HTML tag, emphasis, code span or math.
 */
export function escapeMarkdownInline(s: string): string {
  const oneLine = s.replace(LINE_BREAKS, ' ').replace(CONTROL_CHARS, '').replace(/ {2,}/g, ' ');
  let out = oneLine
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // Markdown punctuation that opens a construct anywhere in a line ($ is GitHub math, @ email autolinks).
    .replace(/[\\`*_{}[\]()!|~$@#]/g, '\\$&')
    // Autolinks: `http://x`, `www.x`. An escape splits the text so no URL pattern is seen.
    .replace(/:\/\//g, '\\://')
    .replace(/(www)\./gi, '$1\\.');
  // Block starters only matter at the start of the line: lists ("- ", "+ ", "1. ", "1) "), setext "=".
  out = out.replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
  return out;
}

/** Characters that could end or confuse a Markdown link destination or a table cell. */
const LINK_BREAKERS = /[()[\]<>"'`\\| ]/g;

/**
 * Returns the URL if it is an absolute http(s) URL, normalized and with characters that could break
 * Markdown link syntax percent-encoded; otherwise null.
 */
export function safeUrl(u: string | null | undefined): string | null {
  if (typeof u !== 'string') return null;
  const trimmed = u.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  const encode = (part: string) =>
    part.replace(LINK_BREAKERS, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
  // Credentials are dropped (they would be a secret in the output). The host may hold IPv6 brackets,
  // which are fine inside a link destination; the rest is encoded.
  return `${url.protocol}//${url.host}${encode(url.pathname + url.search + url.hash)}`;
}
