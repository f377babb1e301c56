import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import { extractText, getMeta } from 'unpdf';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as fontkit from 'fontkit';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createRenderContext,
  FORMATS,
  renderDocument,
  type Format,
  type RenderInput,
} from '../src/render/index.ts';
import { writeApplication } from '../src/render/write-application.ts';
import { runsText, toBlocks } from '../src/render/blocks.ts';
import { PdfFonts } from '../src/render/fonts.ts';
import { letterMarkdown } from '../src/render/letter-layout.ts';
import { renderPdf } from '../src/render/pdf.ts';
import { decodeEntities } from '../src/html/text.ts';
import { parseResume } from '../src/resume/index.ts';

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

test('every format renders a file of its own kind; md is the Markdown itself', async () => {
  // A Record over Format: a format added to the list without a check here does not compile.
  const isItsKind: Record<Format, (file: Buffer) => boolean> = {
    md: (file) => file.toString('utf8') === LETTER.markdown,
    html: (file) => /^<!DOCTYPE html>\n<html lang="en">/.test(file.toString('utf8')),
    pdf: (file) => file.subarray(0, 5).toString('latin1') === '%PDF-',
    docx: (file) => 'word/document.xml' in unzipSync(new Uint8Array(file)),
  };
  for (const format of FORMATS)
    assert.ok(isItsKind[format](await renderDocument(LETTER, format)), `${format} is a ${format} file`);
});

// ---- letter layout, fonts, pages ---------------------------------------------------------------

const DATE = new Date('2026-03-14T12:00:00Z');
const designer = parseResume(
  readFileSync(path.join(import.meta.dirname, 'fixtures/letters/designer.md'), 'utf8'),
  'designer.md',
);
const designerLetter = (body: string): RenderInput => ({
  kind: 'letter',
  title: 'Cover letter — Staff Product Designer at Wealthsimple',
  author: designer.name,
  date: DATE,
  markdown: letterMarkdown(
    {
      name: designer.name,
      contact: designer.sections.contact,
      date: DATE,
      company: 'Wealthsimple',
      location: 'Toronto, ON',
    },
    body,
  ),
});
const BODY = `Dear Wealthsimple hiring team,

I am writing to apply for the Staff Product Designer role at Wealthsimple. At Maple Ledger, where I work as a Senior Product Designer, I designed the onboarding flow of a mobile banking app.

Sincerely,
${designer.name}
`;

async function pdfPages(pdf: Buffer): Promise<string[]> {
  return (await extractText(new Uint8Array(pdf), { mergePages: false })).text;
}

/** The text of a document in any format, as one string without whitespace. */
async function textOf(input: RenderInput, format: Format): Promise<string> {
  const data = await renderDocument(input, format);
  let text: string;
  if (format === 'md')
    text = toBlocks(data.toString('utf8'))
      .map((b) => ('runs' in b ? runsText(b.runs) : ''))
      .join('\n');
  else if (format === 'html')
    text = decodeEntities(
      data
        .toString('utf8')
        .split('<main')[1]
        .replace(/^[^>]*>/, '')
        .replace(/<[^>]+>/g, ' '),
    );
  else if (format === 'pdf') text = (await pdfPages(data)).join('\n');
  else
    text = [
      ...strFromU8(unzipSync(new Uint8Array(data))['word/document.xml']).matchAll(
        /<w:t[^>]*>([^<]*)<\/w:t>/g,
      ),
    ]
      .map((m) => decodeEntities(m[1]))
      .join('');
  return text.replace(/\s+/g, '');
}

test('letter layout: name, contact line, date, company and location, then the letter, the same text in all four formats', async () => {
  const input = designerLetter(BODY);
  assert.match(
    input.markdown,
    /^# 李明 \(Ming Li\)\n\nming\.li@example\.com · \+1 416 555 0187 · Toronto, ON · https:\/\/mingli\.design\n\nMarch 14, 2026\n\nWealthsimple\nToronto, ON\n\nDear Wealthsimple hiring team,/,
  );
  const texts = await Promise.all(FORMATS.map((f) => textOf(input, f)));
  for (let i = 1; i < FORMATS.length; i++)
    assert.equal(texts[i], texts[0], `${FORMATS[i]} carries the md text`);
  assert.ok(texts[0].startsWith('李明(MingLi)ming.li@example.com·'));
});

test('pdf: the letter header renders, Chinese name included, with the CJK font embedded only when needed', async () => {
  const fonts = new PdfFonts();
  const pdf = await renderPdf(designerLetter(BODY), fonts);
  const [page] = await pdfPages(pdf);
  assert.match(page, /李明 \(Ming Li\)/);
  assert.match(page, /ming\.li@example\.com · \+1 416 555 0187 · Toronto, ON/);
  assert.match(page, /March 14, 2026/);
  assert.match(page, /Wealthsimple\s*\n\s*Toronto, ON/);
  assert.equal(fonts.warning(), null, 'every character was drawn');
  const latin1 = pdf.toString('latin1');
  assert.match(latin1, /NotoSansSC/, 'the Chinese characters use the CJK font');
  assert.ok(pdf.length < 120_000, `a subset, not the 1.1 MB font: ${pdf.length} bytes`);

  const ascii = await renderPdf(
    { ...LETTER, markdown: LETTER.markdown.replace(/José Álvarez/g, 'Jose Alvarez') },
    fonts,
  );
  assert.doesNotMatch(ascii.toString('latin1'), /NotoSansSC/, 'an English letter carries no CJK font');
  assert.ok(ascii.length < 40_000, `${ascii.length} bytes`);
});

test('pdf: characters no font has, and emoji, are left out with one warning naming them and pdf_font', async () => {
  const fonts = new PdfFonts();
  const pdf = await renderPdf(
    { ...LETTER, markdown: `# 김민준 Kim 🚀\n\nSeoul · kim@example.com ✅\n\nDear team,\n` },
    fonts,
  );
  await renderPdf({ ...LETTER, markdown: '# 김민준 again\n' }, fonts);
  const [page] = await pdfPages(pdf);
  assert.match(page, /Kim/);
  assert.match(page, /kim@example\.com/);
  const warning = fonts.warning()!;
  assert.match(
    warning,
    /^PDF: no font can draw 김 민 준, so they were left out of the PDFs; give a font file that has them with the pdf_font input/,
  );
  assert.match(warning, /emoji are not drawn in PDFs and were left out: 🚀 ✅\.$/);
});

test('pdf fonts: pdf_font is tried after DejaVu Sans and before the built-in CJK font; a non-font is a clear error', () => {
  const noto = fileURLToPath(
    new URL(
      '../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff',
      import.meta.url,
    ),
  );
  const fonts = new PdfFonts({ fontFile: noto });
  assert.deepEqual(fonts.segments('Zoë 李明', false), [
    { text: 'Zoë ', font: 'regular' },
    { text: '李明', font: 'user' },
  ]);
  assert.throws(() => new PdfFonts({ fontFile: fileURLToPath(import.meta.url) }), /is not a font/);
  assert.throws(() => new PdfFonts({ fontFile: noto + '2' }), /is WOFF2; allowed: .*not \.woff2/);
});

test('pdf fonts: the CJK glyphs survive subsetting (drawn, not blank boxes or empty outlines)', () => {
  const cjk = new PdfFonts().font('cjk');
  const subset = cjk.createSubset();
  // (@types/fontkit says includeGlyph answers a boolean; fontkit answers the glyph's id in the subset.)
  const gid = subset.includeGlyph(cjk.glyphForCodePoint('李'.codePointAt(0)!)) as unknown as number;
  const embedded = fontkit.create(Buffer.from(subset.encode())) as fontkit.Font;
  assert.ok(embedded.getGlyph(gid).path.commands.length > 10, 'the glyph has an outline');
});

test('resume pdf: page numbers from page 2 on, and no heading left alone at the foot of a page', async () => {
  const sections = Array.from({ length: 14 }, (_, i) => {
    const bullets = Array.from(
      { length: 2 + (i % 5) },
      (_, j) => `- Result ${i + 1}.${j + 1} with a few more words to fill the line`,
    );
    return `## Section ${i + 1}\n\n### Job ${i + 1} — Employer ${i + 1}\n*2020 – 2021*\n\n${bullets.join('\n')}`;
  });
  const pdf = await renderPdf({
    ...RESUME,
    markdown: `# ${NAME}\nzoe@example.com\n\n${sections.join('\n\n')}\n`,
  });
  const pages = await pdfPages(pdf);
  assert.ok(pages.length >= 3, `${pages.length} pages`);
  assert.doesNotMatch(pages[0], /\d+ \/ \d+/, 'no number on the first page');
  pages
    .slice(1)
    .forEach((text, i) => assert.match(text, new RegExp(`${i + 2} / ${pages.length}`), `page ${i + 2}`));
  for (const [n, text] of pages.entries()) {
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !/^\d+ \/ \d+$/.test(l));
    const last = lines.at(-1)!;
    assert.doesNotMatch(
      last,
      /^SECTION \d+$|^Job \d+ — Employer \d+$|^2020 – 2021$/,
      `page ${n + 1} ends with "${last}"`,
    );
  }
});

test('writeApplication: an LLM letter gets the same header as a template letter, dated by the run clock', async () => {
  const outputDir = mkdtempSync(path.join(tmpdir(), 'jm-write-'));
  const body = 'Dear Wealthsimple hiring team,\n\nI design banking apps.\n\nBest regards,\nMing Li\n';
  const app = await writeApplication({
    match: {
      posting: {
        key: 'ashby:ws:1',
        id: '1',
        source: 'ashby',
        company: 'Wealthsimple',
        title: 'Staff Product Designer',
        locations: ['Remote', 'Toronto, ON'],
        remote: true,
        url: 'https://ws.test/1',
      },
      score: 90,
      reasons: {
        bestTitle: null,
        titleScore: 1,
        matchedSkills: [],
        missingSkills: [],
        location: null,
        locationFit: true,
        excludedBy: [],
      },
    },
    description: { text: 'x', method: 'api' },
    generated: {
      letter: { markdown: body, by: 'llm' },
      resume: { markdown: designer.markdown, by: 'llm' },
      grounding: [],
    },
    folder: 'ws',
    outputDir,
    formats: ['md', 'pdf'],
    candidateName: designer.name,
    candidateContact: designer.sections.contact,
    date: DATE,
    render: await createRenderContext({ formats: ['md', 'pdf'] }),
  });
  const md = readFileSync(path.join(outputDir, 'ws/cover-letter.md'), 'utf8');
  assert.equal(
    md,
    designerLetter(body).markdown,
    'name, contact line, date, company and its first real place',
  );
  const [page] = await pdfPages(readFileSync(path.join(outputDir, 'ws/cover-letter.pdf')));
  assert.match(page, /March 14, 2026/);
  assert.deepEqual(app.files, [
    'ws/cover-letter.md',
    'ws/cover-letter.pdf',
    'ws/resume.md',
    'ws/resume.pdf',
    'ws/job.json',
  ]);
});
