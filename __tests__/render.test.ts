import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import { extractText, getMeta } from 'unpdf';
import { FORMATS, renderDocument, type RenderInput } from '../src/render/index.ts';

const NAME = 'Zoë Łukasiewicz-Núñez';

const RESUME: RenderInput = {
  kind: 'resume',
  title: 'Resume — Backend Engineer at Acme',
  author: NAME,
  markdown: `# ${NAME}
zoe@example.com · [github.com/zoe](https://github.com/zoe) · Brooklyn, NY

## Experience
### Senior Backend Engineer — Acme Corp (2021–present)
- Led the **billing** migration for José's team, cutting latency by 40%
- Mentored 4 engineers
  - nested detail

## Skills
TypeScript, PostgreSQL, Kafka
`,
};

const LETTER: RenderInput = {
  kind: 'letter',
  title: 'Cover letter — Backend Engineer at Acme',
  author: 'José Álvarez',
  markdown: `José Álvarez
Madrid · jose@example.com

Dear Hiring Team,

I am excited to apply for the **Backend Engineer** role at Acme.

Sincerely,
José Álvarez
`,
};

const HOSTILE_MD = `# Résumé

<script>alert("xss")</script>

Click [here](javascript:alert(1)) or [there](data:text/html;base64,PHNjcmlwdD4=) or [ok](https://ok.example/job).

Inline <img src=x onerror=alert(1)> tag and ![pixel](https://tracker.example/p.png) image.

<a href="javascript:alert(2)">raw anchor</a>
`;

test('html: a complete UTF-8 document with escaped title and the rendered Markdown', async () => {
  const html = (await renderDocument({ ...RESUME, title: 'Resume <b>&</b>' }, 'html')).toString('utf8');
  assert.match(html, /^<!DOCTYPE html>/);
  assert.match(html, /<meta charset="utf-8">/);
  assert.match(html, /<title>Resume &lt;b&gt;&amp;&lt;\/b&gt;<\/title>/);
  assert.match(html, new RegExp(`<h1>${NAME}</h1>`));
  assert.match(html, /<h2>Experience<\/h2>/);
  assert.match(html, /<li>Led the <strong>billing<\/strong> migration/);
  assert.match(html, /<a href="https:\/\/github.com\/zoe"/);
});

test('html: raw HTML from the Markdown is shown as text and unsafe links are dropped', async () => {
  const html = (await renderDocument({ ...RESUME, markdown: HOSTILE_MD }, 'html')).toString('utf8');
  const body = html.slice(html.indexOf('<main'));
  assert.doesNotMatch(body, /<script/i);
  assert.doesNotMatch(body, /<img/i);
  assert.doesNotMatch(body, /href="javascript|href="data/i);
  assert.match(body, /&lt;script&gt;alert\(/);
  assert.match(body, /Click here or there or <a href="https:\/\/ok.example\/job"/);
  const hrefs = [...body.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
  assert.deepEqual(hrefs, ['https://ok.example/job']);
});

test('pdf: a real PDF whose text holds the non-ASCII name, headings and bullets', async () => {
  const pdf = await renderDocument(RESUME, 'pdf');
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  const { totalPages, text } = await extractText(new Uint8Array(pdf), { mergePages: true });
  assert.equal(totalPages, 1);
  assert.ok(text.includes(NAME), text);
  assert.ok(text.includes("José's team"), text);
  assert.ok(text.includes('EXPERIENCE'), 'resume section headings are set in capitals');
  assert.ok(text.includes('• Mentored 4 engineers') || /•\s*Mentored 4 engineers/.test(text), text);
  const { info } = await getMeta(new Uint8Array(pdf));
  assert.equal(info.Title, RESUME.title);
  assert.equal(info.Author, NAME);
});

test('pdf: a letter keeps its address lines and renders hostile Markdown as inert text', async () => {
  const pdf = await renderDocument({ ...LETTER, markdown: LETTER.markdown + HOSTILE_MD }, 'pdf');
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
  assert.ok(text.includes('José Álvarez'), text);
  assert.match(text, /José Álvarez\s*\n\s*Madrid/);
  assert.ok(text.includes('<script>alert("xss")</script>'), 'raw HTML appears as literal text');
  assert.doesNotMatch(
    Buffer.from(pdf).toString('latin1'),
    /\/S\s*\/JavaScript|\/JS\s/,
    'no PDF JavaScript action',
  );
});

test('pdf: long documents flow onto more pages', async () => {
  const bullets = Array.from({ length: 120 }, (_, i) => `- Achievement number ${i + 1} with some words`).join(
    '\n',
  );
  const pdf = await renderDocument(
    { ...RESUME, markdown: `${RESUME.markdown}\n## More\n${bullets}\n` },
    'pdf',
  );
  const { totalPages, text } = await extractText(new Uint8Array(pdf), { mergePages: true });
  assert.ok(totalPages >= 2, `${totalPages} pages`);
  assert.ok(text.includes('Achievement number 120'));
});

test('docx: a valid zip whose document.xml holds the name, a heading, bullets and bold', async () => {
  const docx = await renderDocument(RESUME, 'docx');
  const files = unzipSync(new Uint8Array(docx));
  for (const part of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']) {
    assert.ok(files[part], `${part} present`);
  }
  const xml = strFromU8(files['word/document.xml']);
  assert.ok(xml.includes(NAME), 'name');
  assert.match(xml, /<w:pStyle w:val="Heading1"\/>/);
  assert.match(xml, /<w:pStyle w:val="Heading2"\/>[\s\S]*Experience/);
  assert.match(xml, /<w:numPr>/, 'bullets use Word numbering');
  assert.match(xml, /<w:b\/>[\s\S]*?billing/);
  assert.match(strFromU8(files['word/styles.xml']), /Calibri/);
  assert.match(strFromU8(files['docProps/core.xml']), new RegExp(`<dc:creator>${NAME}</dc:creator>`));
});

test('docx: hostile Markdown and control characters still give well-formed XML', async () => {
  const docx = await renderDocument(
    { ...LETTER, markdown: `${HOSTILE_MD}\nbad\u0001char\u0007 & <x>` },
    'docx',
  );
  const files = unzipSync(new Uint8Array(docx));
  const xml = strFromU8(files['word/document.xml']);
  assert.doesNotMatch(xml, /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  assert.ok(xml.includes('&lt;script&gt;alert('), 'raw HTML kept as escaped text');
  assert.ok(xml.includes('badchar &amp; &lt;x&gt;'));
  const targets = [
    ...strFromU8(files['word/_rels/document.xml.rels']).matchAll(
      /Target="([^"]*)"[^>]*TargetMode="External"/g,
    ),
  ];
  assert.deepEqual(
    targets.map((m) => m[1]),
    ['https://ok.example/job'],
    'only the http(s) link becomes a hyperlink',
  );
});

test('md is the Markdown itself as UTF-8, and every format renders', async () => {
  assert.deepEqual(FORMATS, ['md', 'html', 'pdf', 'docx']);
  assert.equal((await renderDocument(LETTER, 'md')).toString('utf8'), LETTER.markdown);
  for (const format of FORMATS) assert.ok((await renderDocument(LETTER, format)).length > 0, format);
});
