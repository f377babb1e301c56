import { test } from 'node:test';
import assert from 'node:assert/strict';
import { marked } from 'marked';
import { escapeHtml, escapeMarkdownInline, safeUrl } from '../src/render/escape.ts';
import { decodeEntities } from '../src/html/text.ts';

const HOSTILE = [
  'x | y ![img](http://evil) <script>alert(1)</script>',
  '[click](https://evil.example/phish) and [ref]: http://evil',
  '<img src=x onerror=alert(1)>',
  'see http://evil.example/a and www.evil.example and admin@evil.example',
  '# Big heading\n| a | b |\n|---|---|\n| c | d |',
  '`code` **bold** _em_ ~~del~~ $x^2$ \\| escaped pipe \\',
  '- list item',
  '1. ordered',
  '> quote',
  'javascript:alert(1)',
  '<https://evil.example>',
  'a\r\nb\u2028c\u202Ereversed',
];

/** The rows of a rendered table as cell texts (tags dropped, entities decoded). */
function tableRows(html: string): string[][] {
  return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
    [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) =>
      decodeEntities(cell.replace(/<[^>]+>/g, '')).trim(),
    ),
  );
}

/** Renders a one-row GFM table whose middle cell holds the escaped text. */
function renderCell(cell: string): string {
  return marked.parse(`| before | cell | after |\n| --- | --- | --- |\n| 1 | ${cell} | 2 |\n`, {
    async: false,
  });
}

test('escapeHtml escapes the five HTML-significant characters', () => {
  assert.equal(
    escapeHtml(`<a href="x" title='y'>&</a>`),
    '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
  );
});

test('hostile text in a summary table cell stays one literal cell: no tag, link, image or extra cell', () => {
  for (const s of HOSTILE) {
    const html = renderCell(escapeMarkdownInline(s));
    assert.doesNotMatch(
      html,
      /<img|<script|<a |<a>|<code|<strong|<em>|<del|<h1/i,
      `for ${JSON.stringify(s)}: ${html}`,
    );
    // The cells' content, not their count: a table pads or cuts a split row to the header's width.
    const oneLine = s.replace(/\r\n|[\r\n\u2028]/g, ' ').replace(/\u202E/g, '');
    assert.deepEqual(
      tableRows(html),
      [
        ['before', 'cell', 'after'],
        ['1', oneLine, '2'],
      ],
      JSON.stringify(s),
    );
  }
});

test('hostile text on its own line does not start a block or form a construct', () => {
  for (const s of HOSTILE) {
    const html = marked.parse(escapeMarkdownInline(s), { async: false });
    assert.match(html.trim(), /^<p>[\s\S]*<\/p>$/, `for ${JSON.stringify(s)}: ${html}`);
    assert.doesNotMatch(html, /<img|<script|<a |<code|<strong|<em>|<del|<table|<li|<h\d|<blockquote/i);
  }
});

test('escaped text reads the same as the original once rendered', () => {
  const title = 'Senior C# / .NET Engineer (Remote) – Zoë & Co [EMEA] $150k | 100% <fun>';
  const html = marked.parseInline(escapeMarkdownInline(title), { async: false });
  const decoded = html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  assert.equal(decoded, title);
});

test('newlines, tabs and bidi overrides become a single line', () => {
  const out = escapeMarkdownInline('line one\nline two\r\n\tthree\u202Eevil');
  assert.equal(out, 'line one line two threeevil');
});

test('safeUrl passes http(s) URLs and rejects every other scheme', () => {
  assert.equal(
    safeUrl('https://boards.greenhouse.io/acme/jobs/123'),
    'https://boards.greenhouse.io/acme/jobs/123',
  );
  assert.equal(safeUrl('http://127.0.0.1:8080/jobs?id=4#top'), 'http://127.0.0.1:8080/jobs?id=4#top');
  for (const bad of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    '//evil.example/x',
    '/relative/path',
    'mailto:a@b.c',
    'https://',
    '',
    'not a url',
  ]) {
    assert.equal(safeUrl(bad), null, bad);
  }
  assert.equal(safeUrl(undefined), null);
});

test('safeUrl percent-encodes characters that would break a Markdown link, and drops credentials', () => {
  const u = safeUrl("https://user:secret@jobs.example/a (b)/[c]?q=x|y&r='z'#h\"`");
  assert.ok(u);
  assert.doesNotMatch(u, /[()[\]|'"` <>]/);
  assert.doesNotMatch(u, /secret|user@/);
  const html = renderCell(`[Apply](${u})`);
  const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
  assert.deepEqual(hrefs, [u.replace(/&/g, '&amp;')]);
  assert.deepEqual(tableRows(html)[1], ['1', 'Apply', '2']);
});
