/** Markdown -> a standalone, print-friendly HTML5 document. Raw HTML in the Markdown never gets through. */
import { Marked } from 'marked';
import { linkTarget } from './blocks.ts';
import { escapeHtml } from './escape.ts';
import { stripControlChars } from '../text/untrusted.ts';
import { boundNesting } from './nesting.ts';
import type { RenderInput } from './types.ts';

const safeMarked = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    // Raw HTML blocks and inline tags are shown as the literal text they are.
    html({ text }) {
      return escapeHtml(text);
    },
    link({ href, tokens }) {
      const inner = this.parser.parseInline(tokens);
      const target = linkTarget(href);
      if (!target) return inner;
      return `<a href="${escapeHtml(target)}" rel="noopener noreferrer nofollow">${inner}</a>`;
    },
    // Images are never loaded (tracking pixels, hostile hosts); their alt text stands in.
    image({ text }) {
      return escapeHtml(text);
    },
  },
});

const CSS = `
  :root { color-scheme: light; }
  * { box-sizing: border-box; }
  body { margin: 0; background: #f4f4f5; color: #1f2328;
    font: 11pt/1.5 "Segoe UI", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
  main { max-width: 8.5in; margin: 24px auto; padding: 0.75in; background: #fff;
    box-shadow: 0 1px 4px rgba(0,0,0,.12); }
  h1 { font-size: 22pt; margin: 0 0 4px; line-height: 1.2; }
  h2 { font-size: 12.5pt; text-transform: uppercase; letter-spacing: .04em; margin: 18px 0 6px;
    padding-bottom: 2px; border-bottom: 1px solid #8c959f; }
  h3 { font-size: 11pt; margin: 12px 0 2px; }
  h4, h5, h6 { font-size: 11pt; margin: 10px 0 2px; }
  p { margin: 0 0 8px; }
  ul, ol { margin: 0 0 8px; padding-left: 20px; }
  li { margin: 2px 0; }
  a { color: #0b57d0; text-decoration: none; }
  code, pre { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 9.5pt; }
  pre { white-space: pre-wrap; background: #f6f8fa; padding: 8px; }
  blockquote { margin: 0 0 8px; padding-left: 12px; border-left: 3px solid #d0d7de; color: #57606a; }
  table { border-collapse: collapse; margin: 0 0 8px; }
  th, td { border: 1px solid #d0d7de; padding: 3px 6px; text-align: left; }
  hr { border: 0; border-top: 1px solid #d0d7de; margin: 12px 0; }
  h1 + p { color: #4b5563; font-size: 10pt; }
  main.letter { font-size: 11.5pt; line-height: 1.6; }
  main.letter h1 { font-size: 18pt; }
  main.letter h1 + p { padding-bottom: 8px; border-bottom: 1px solid #8c959f; }
  main.letter p { margin-bottom: 12px; }
  @media print {
    body { background: #fff; }
    main { margin: 0; padding: 0; max-width: none; box-shadow: none; }
    a { color: inherit; }
    h2, h3 { break-after: avoid; }
    li, p { break-inside: avoid; }
  }
  @page { size: letter; margin: 0.75in; }
`;

/** Renders the Markdown body as HTML (fragment). Untrusted input: no raw HTML, only http(s)/mailto links. */
export function markdownToHtml(markdown: string): string {
  return safeMarked.parse(boundNesting(stripControlChars(markdown)), { async: false });
}

/** A complete standalone HTML5 document for one cover letter or resume. */
export function renderHtml(input: RenderInput): string {
  const body = markdownToHtml(input.markdown);
  const title = escapeHtml(stripControlChars(input.title));
  const author = escapeHtml(stripControlChars(input.author));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="${author}">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${title}</title>
<style>${CSS}</style>
</head>
<body>
<main class="${input.kind === 'letter' ? 'letter' : 'resume'}">
${body}</main>
</body>
</html>
`;
}
