/**
 * The fonts of the run's PDFs and which of them draws each character. DejaVu Sans (Latin, Greek,
 * Cyrillic and most symbols) first, then the user's `pdf_font`, then Noto Sans SC (Chinese and
 * Japanese kana, a 1.5 MB WOFF, loaded only when a document has such a character). Each font file is
 * parsed once per process (fontkit), and pdfkit subsets whatever a document uses, so a document in
 * plain English never carries the CJK font. Characters no font has, and emoji, are left out and
 * remembered, so the run can warn once.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';

/*
 * Font files are located with `new URL(<literal relative path>, import.meta.url)`: Node resolves it
 * from src/render/ in development and tests; ncc's asset relocator recognises the pattern, copies
 * each file next to dist/index.js and replaces the expression with a plain absolute path string
 * (a path joined from the bundle's directory), not a URL, so both shapes are accepted below.
 */
const REGULAR_FILE: URL | string = new URL(
  '../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  import.meta.url,
);
const BOLD_FILE: URL | string = new URL(
  '../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  import.meta.url,
);
const CJK_FILE: URL | string = new URL(
  '../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff',
  import.meta.url,
);

function filePath(file: URL | string): string {
  return typeof file === 'string' ? file : fileURLToPath(file);
}

const parsed = new Map<string, fontkit.Font>();

export const FONT_FILES = 'a .ttf, .otf, .ttc or .woff font file (not .woff2)';

/** Reads and parses a font file once per process; throws a one-line error naming the file. */
export function loadFont(file: string): fontkit.Font {
  let font = parsed.get(file);
  if (!font) {
    let data: Buffer;
    try {
      data = readFileSync(file);
    } catch (err) {
      throw new Error(
        `font file ${file} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
        {
          cause: err,
        },
      );
    }
    let created: fontkit.Font | fontkit.FontCollection;
    try {
      created = fontkit.create(data);
    } catch {
      throw new Error(`font file ${file} is not a font (allowed: ${FONT_FILES})`);
    }
    // fontkit's subsets of WOFF2 fonts come out with empty glyphs (blank text in the PDF).
    if (created.type === 'WOFF2') throw new Error(`font file ${file} is WOFF2; allowed: ${FONT_FILES}`);
    // A collection (.ttc): its first font.
    font = 'fonts' in created ? created.fonts[0] : created;
    if (!font) throw new Error(`font file ${file} holds no font`);
    parsed.set(file, font);
  }
  return font;
}

/** The names documents register the fonts under. */
export type FontName = 'regular' | 'bold' | 'user' | 'cjk';

export interface Segment {
  text: string;
  font: FontName;
}

// Emoji are dropped (color glyphs cannot be drawn; DejaVu's few black-and-white ones look out of
// place in a letter); their joiners, variation selectors, skin tones and keycap marks go silently.
const EMOJI = /\p{Extended_Pictographic}/u;
const SILENT = /[\uFE0E\uFE0F\u200D\u20E3]|[\u{1F3FB}-\u{1F3FF}]|[\u{E0000}-\u{E007F}]/u;

export interface PdfFontsOptions {
  /** The `pdf_font` setting: a font file tried after DejaVu Sans and before the CJK font. */
  fontFile?: string;
}

/** The run's font chain; records what it could not draw. */
export class PdfFonts {
  readonly fontFile?: string;
  private readonly missingChars = new Set<string>();
  private readonly droppedEmoji = new Set<string>();

  constructor(opts: PdfFontsOptions = {}) {
    this.fontFile = opts.fontFile;
    // A bad pdf_font fails the run's first PDF, not every one: check it now.
    if (this.fontFile) loadFont(this.fontFile);
  }

  font(name: FontName): fontkit.Font {
    switch (name) {
      case 'regular':
        return loadFont(filePath(REGULAR_FILE));
      case 'bold':
        return loadFont(filePath(BOLD_FILE));
      case 'user':
        return loadFont(this.fontFile!);
      case 'cjk':
        return loadFont(filePath(CJK_FILE));
    }
  }

  private fontFor(codePoint: number, bold: boolean): FontName | null {
    const chain: FontName[] = [bold ? 'bold' : 'regular', 'regular'];
    if (this.fontFile) chain.push('user');
    chain.push('cjk');
    for (const name of chain) if (this.font(name).hasGlyphForCodePoint(codePoint)) return name;
    return null;
  }

  /** Splits text into runs of one font each, leaving out (and recording) what no font can draw. */
  segments(text: string, bold: boolean): Segment[] {
    const out: Segment[] = [];
    const base: FontName = bold ? 'bold' : 'regular';
    let current: Segment | undefined;
    for (const ch of text) {
      if (SILENT.test(ch)) continue;
      const cp = ch.codePointAt(0)!;
      if (cp >= 0x1f000 && EMOJI.test(ch)) {
        this.droppedEmoji.add(ch);
        continue;
      }
      let text = ch;
      let font: FontName | null;
      if (/\s/.test(ch)) {
        // Spaces always in DejaVu, so word spacing is the same on every line.
        font = base;
        if (ch !== '\n' && !this.font(base).hasGlyphForCodePoint(cp)) text = ' ';
      } else font = this.fontFor(cp, bold);
      if (!font) {
        (EMOJI.test(ch) ? this.droppedEmoji : this.missingChars).add(ch);
        continue;
      }
      if (current && current.font === font) current.text += text;
      else out.push((current = { text, font }));
    }
    return out;
  }

  /** One warning for the whole run, or null when every character was drawn. */
  warning(): string | null {
    const missing = [...this.missingChars];
    const emoji = [...this.droppedEmoji];
    if (!missing.length && !emoji.length) return null;
    const show = (chars: string[]) =>
      chars.slice(0, 20).join(' ') + (chars.length > 20 ? ` and ${chars.length - 20} more` : '');
    const parts: string[] = [];
    if (missing.length)
      parts.push(
        `no font can draw ${show(missing)}, so ${missing.length === 1 ? 'it was' : 'they were'} left out of the PDFs; ` +
          'give a font file that has them with the pdf_font input (a .ttf or .otf file in the repository, e.g. a Noto Sans font for the script)',
      );
    if (emoji.length) parts.push(`emoji are not drawn in PDFs and were left out: ${show(emoji)}`);
    return `PDF: ${parts.join('; ')}.`;
  }
}
