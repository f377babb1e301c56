/** Markdown -> DOCX (Word) with the `docx` package: headings, paragraphs, bullets, bold/italic, links. */
import {
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import { toBlocks, type Block, type Run } from './blocks.ts';
import { stripControlChars } from '../text/untrusted.ts';
import type { RenderInput } from './types.ts';

const FONT = 'Calibri';
const TEXT = '1F2328';
const LINK = '0B57D0';
const MUTED = '4B5563';
/** Half-points (docx unit for font size) and twentieths of a point (spacing). */
const BODY_SIZE = { resume: 20, letter: 22 } as const;
const AFTER = { resume: 80, letter: 200 } as const;
/** The thin grey line under resume section headings and for a Markdown rule. */
const RULE_BORDER = { bottom: { style: BorderStyle.SINGLE, size: 6, color: '8C959F', space: 1 } } as const;

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

// XML 1.0 forbids most control characters; a lone surrogate would also make Word refuse the file.
function xmlSafe(s: string): string {
  return stripControlChars(s).replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

function textRuns(run: Run, color?: string): TextRun[] {
  // A line break inside a run becomes a Word line break.
  return xmlSafe(run.text)
    .split('\n')
    .map(
      (line, i) =>
        new TextRun({
          text: line,
          break: i > 0 ? 1 : undefined,
          bold: run.bold || undefined,
          italics: run.italic || undefined,
          font: run.code ? 'Consolas' : undefined,
          color: run.link ? LINK : color,
          underline: run.link ? {} : undefined,
        }),
    );
}

function children(runs: Run[], color?: string): ParagraphChild[] {
  return runs.flatMap((run): ParagraphChild[] =>
    run.link ? [new ExternalHyperlink({ link: run.link, children: textRuns(run) })] : textRuns(run, color),
  );
}

function paragraphs(blocks: Block[], kind: RenderInput['kind']): Paragraph[] {
  const after = AFTER[kind];
  return blocks.map((block, i) => {
    const previous = blocks[i - 1];
    switch (block.type) {
      case 'heading':
        return new Paragraph({
          heading: HEADINGS[Math.min(block.depth, 6) - 1],
          children: children(block.runs),
          keepNext: true,
        });
      case 'paragraph':
        // The contact line under the name: muted; a letter's header ends with a rule.
        if (i === 1 && previous.type === 'heading' && previous.depth === 1)
          return new Paragraph({
            children: children(block.runs, MUTED),
            spacing: { after },
            border: kind === 'letter' ? RULE_BORDER : undefined,
          });
        return new Paragraph({
          children: children(block.runs),
          spacing: { after },
          indent: block.quote ? { left: 360 } : undefined,
        });
      case 'item':
        if (block.marker === '•') {
          return new Paragraph({
            children: children(block.runs),
            bullet: { level: Math.min(block.level, 8) },
          });
        }
        return new Paragraph({
          children: [
            new TextRun({ text: block.marker ? `${block.marker}\t` : '\t' }),
            ...children(block.runs),
          ],
          indent: { left: 360 * (block.level + 1), hanging: 360 },
          spacing: { after: 40 },
        });
      case 'code':
        return new Paragraph({
          children: textRuns({ text: block.text, bold: false, italic: false, code: true }),
          spacing: { after },
          indent: { left: 360 },
        });
      case 'rule':
        return new Paragraph({
          children: [],
          border: RULE_BORDER,
          spacing: { after },
        });
    }
  });
}

/** Renders one cover letter or resume as a .docx file. */
export async function renderDocx(input: RenderInput): Promise<Buffer> {
  const kind = input.kind;
  const size = BODY_SIZE[kind];
  const doc = new Document({
    title: xmlSafe(input.title),
    creator: xmlSafe(input.author),
    styles: {
      default: {
        document: { run: { font: FONT, size, color: TEXT } },
        heading1: {
          run: { font: FONT, size: kind === 'resume' ? 44 : 32, bold: true, color: TEXT },
          paragraph: { spacing: { after: 60 } },
        },
        heading2: {
          run: { font: FONT, size: 24, bold: true, color: TEXT, allCaps: kind === 'resume' },
          paragraph: {
            spacing: { before: 240, after: 80 },
            border: kind === 'resume' ? RULE_BORDER : undefined,
          },
        },
        heading3: {
          run: { font: FONT, size: size + 1, bold: true, color: TEXT },
          paragraph: { spacing: { before: 120, after: 40 } },
        },
        heading4: { run: { font: FONT, size, bold: true, color: TEXT } },
        heading5: { run: { font: FONT, size, bold: true, color: TEXT } },
        heading6: { run: { font: FONT, size, bold: true, color: TEXT } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            // US Letter, margins 0.75in (resume) or 1in (letter); docx units are twips.
            size: { width: 12240, height: 15840 },
            margin:
              kind === 'resume'
                ? { top: 1080, bottom: 1080, left: 1080, right: 1080 }
                : { top: 1440, bottom: 1440, left: 1440, right: 1440 },
          },
        },
        children: paragraphs(toBlocks(input.markdown), kind),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
