/**
 * Writes the PDF and DOCX resumes of the parser's test corpus (__tests__/fixtures/resumes/):
 * Markdown resumes rendered by the project's own renderers, plus hand-made odd ones (a two-column
 * PDF, a scanned PDF without a text layer, a Word file whose positions sit in a table).
 * Run: node scripts/resume-fixtures.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import PDFDocument from 'pdfkit';
import { renderDocument } from '../src/render/index.ts';

const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, '__tests__/fixtures/resumes');
const font = path.join(root, 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const bold = path.join(root, 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
/** A fixed date keeps the files the same from run to run. */
const FIXED = new Date('2025-01-01T00:00:00Z');

async function rendered(name: string, author: string): Promise<void> {
  const markdown = readFileSync(path.join(dir, `${name}.md`), 'utf8');
  for (const format of ['pdf', 'docx'] as const) {
    const bytes = await renderDocument(
      { kind: 'resume', title: `${author} — resume`, author, markdown },
      format,
    );
    writeFileSync(path.join(dir, `${name}.${format}`), bytes);
  }
}

function pdf(file: string, draw: (doc: PDFKit.PDFDocument) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'LETTER', margin: 40, font, info: { CreationDate: FIXED } });
    doc.registerFont('regular', font).registerFont('bold', bold);
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => {
      writeFileSync(path.join(dir, file), Buffer.concat(chunks));
      resolve();
    });
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

/** Sidebar (contact, skills, education) on the left, experience on the right, side by side. */
function twoColumns(doc: PDFKit.PDFDocument): void {
  doc.font('bold').fontSize(20).text('Daniela Rossi', 40, 40);
  doc.font('regular').fontSize(11).text('Backend Developer', 40, 66);
  let y = 100;
  const side = (text: string, b = false, gap = 14) => {
    doc
      .font(b ? 'bold' : 'regular')
      .fontSize(b ? 10.5 : 9.5)
      .text(text, 40, y, { width: 150 });
    y += gap;
  };
  side('CONTACT', true, 16);
  for (const line of [
    'daniela.rossi@example.com',
    '+39 02 1234 5678',
    'Milan, Italy',
    'github.com/drossi-example',
  ])
    side(line);
  y += 10;
  side('SKILLS', true, 16);
  for (const line of ['Java', 'Kotlin', 'Spring Boot', 'PostgreSQL', 'Kafka', 'Docker']) side(line);
  y += 10;
  side('EDUCATION', true, 16);
  for (const line of ['M.Sc. Computer Engineering', 'Politecnico di Milano', '2012 – 2014']) side(line);

  let x = 230;
  y = 100;
  const main = (text: string, opts: { b?: boolean; gap?: number; size?: number } = {}) => {
    doc
      .font(opts.b ? 'bold' : 'regular')
      .fontSize(opts.size ?? 9.5)
      .text(text, x, y, { width: 340 });
    y += opts.gap ?? 14;
  };
  main('PROFILE', { b: true, gap: 16, size: 10.5 });
  main('Backend developer with ten years of Java and Kotlin services in banking.', { gap: 24 });
  main('EXPERIENCE', { b: true, gap: 16, size: 10.5 });
  const job = (title: string, employer: string, dates: string, bullets: string[]) => {
    main(title, { b: true });
    main(employer);
    main(dates, { gap: 16 });
    for (const b of bullets) {
      doc.font('regular').fontSize(9.5).text('•', x, y);
      x += 10;
      main(b);
      x -= 10;
    }
    y += 8;
  };
  job('Lead Backend Developer', 'Woodgrove Bank', 'Sep 2019 – Present', [
    'Split the core payments monolith into Kotlin services',
    'Introduced Kafka for card authorisation events',
  ]);
  job('Backend Developer', 'Fourth Coffee', 'Feb 2015 – Aug 2019', [
    'Built Spring Boot APIs for the loyalty app',
    'Tuned PostgreSQL queries for the reporting service',
  ]);
}

/** A page of shapes only: what a scanner or "print to image" leaves. */
function scanned(doc: PDFKit.PDFDocument): void {
  doc.rect(40, 40, 300, 24).fill('#222222');
  for (let i = 0; i < 30; i++) doc.rect(40, 90 + i * 16, 200 + ((i * 37) % 280), 6).fill('#555555');
}

/** A Word resume whose positions are rows of a table (employer, title, dates, what was done). */
async function tableDocx(): Promise<void> {
  const cell = (text: string, b = false) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: b })] })] });
  const row = (cells: string[], b = false) => new TableRow({ children: cells.map((c) => cell(c, b)) });
  const doc = new Document({
    creator: 'job-matcher tests',
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.LEFT,
            children: [new TextRun({ text: 'Taylor Brooks', bold: true, size: 36 })],
          }),
          new Paragraph('taylor.brooks@example.com | +1 312 555 0101 | Denver, CO'),
          new Paragraph({ children: [new TextRun({ text: 'Employment History', bold: true })] }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              row(['Employer', 'Position', 'Dates'], true),
              row(['Lucerne Publishing', 'Product Designer', '2020 - 2024']),
              row(['Graphic Design Institute', 'UX Designer', '2017 - 2020']),
            ],
          }),
          new Paragraph({ children: [new TextRun({ text: 'Education', bold: true })] }),
          new Paragraph('BFA Graphic Design, Rhode Island School of Design, 2013 - 2017'),
          new Paragraph({ children: [new TextRun({ text: 'Skills', bold: true })] }),
          new Paragraph('Figma | Sketch | Adobe XD | HTML/CSS'),
        ],
      },
    ],
  });
  writeFileSync(path.join(dir, 'table-word.docx'), await Packer.toBuffer(doc));
}

await rendered('zoe', 'Zoë Ramírez-Łukasik');
await rendered('jane', 'Jane Doe');
await rendered('title-at', "Sam O'Neil");
await pdf('two-columns.pdf', twoColumns);
await pdf('scanned.pdf', scanned);
await tableDocx();
console.log(`wrote the PDF and DOCX resumes to ${path.relative(root, dir)}/`);
