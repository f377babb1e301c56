/**
 * Positions and schools of a text resume. A section is cut into entries: each entry is one to three
 * heading lines (title, employer, dates, place in any order and split) and the bullets or lines
 * under them. A line starts a new entry only on clear evidence (a date, a ### heading, a bold line,
 * a title or company line followed by a date); when unsure it stays with the entry above, so a bullet
 * is never moved to another employer.
 */
import { findDateRange } from '../text/dates.ts';
import {
  bulletText,
  continuesPrevious,
  isColumnHeaderRow,
  looksLikeProse,
  readsLikeSentence,
  splitOutsideParens,
  stripInline,
  wordCount,
} from './lines.ts';

export interface RawEntry {
  /** The heading parts without dates, in order ("Senior Engineer", "Acme Corp", "Berlin"). */
  parts: string[];
  start: string;
  end: string;
  bullets: string[];
  /** True when the first heading line was a name alone (a company line above its titles). */
  nameLine: boolean;
}

type OpenEntry = RawEntry & { headingLines: number };

interface Line {
  text: string;
  bullet: boolean;
  /** A ### heading: the author marked it as an entry heading. */
  heading: boolean;
  /** A line in bold: an entry heading, or the second line of one. */
  bold: boolean;
  indent: number;
  blankBefore: boolean;
}

/** Separators between the parts of a heading line. */
const PART_SEPARATOR = /\s+(?:—|–|-|\||·|•|@)\s+|\s*\t\s*|\s{3,}|,\s+|\s*[—–|]\s*(?=\p{Lu})/u;
/** "Title at Company": not for schools ("University of Texas at Austin"). */
const AT_SEPARATOR = new RegExp(`${PART_SEPARATOR.source}|\\s+at\\s+`, 'u');
const DANGLING = /^(inc\.?|llc|ltd\.?|corp\.?|co\.?|gmbh|plc|s\.?a\.?|ag|b\.?v\.?)$/i;

function toLines(raw: string[]): Line[] {
  const out: Line[] = [];
  let blank = false;
  for (const line of raw) {
    if (isColumnHeaderRow(line)) continue;
    if (!line.trim()) {
      blank = true;
      continue;
    }
    const bullet = bulletText(line);
    const heading = /^\s{0,3}#{3,6}\s+/.test(line);
    const bold = /^\s*(\*\*|__)[^*_]+\1\s*(?:[—–|,·-].*)?$/.test(line);
    out.push({
      text: bullet ?? stripInline(line),
      bullet: bullet !== null,
      heading,
      bold,
      indent: /^\s*/.exec(line)![0].replace(/\t/g, '    ').length,
      blankBefore: blank,
    });
    blank = false;
  }
  return out;
}

/** The parts of a heading line and its date range. */
function headingParts(text: string, words: EntryWords): { parts: string[]; start: string; end: string } {
  let rest = text;
  let start = '';
  let end = '';
  const range = findDateRange(rest);
  if (range) {
    start = range.start;
    end = range.end;
    rest = `${rest.slice(0, range.index)}  ${rest.slice(range.index + range.length)}`;
  }
  rest = rest.replace(/\(\s*\)|\[\s*\]/g, ' ').replace(/[()]/g, ' ');
  const parts: string[] = [];
  for (const p of splitOutsideParens(rest, words.splitAt ? AT_SEPARATOR : PART_SEPARATOR)) {
    const part = p.replace(/^[\s,;:|·•–—-]+|[\s,;:|·•–—-]+$/g, '').trim();
    if (!part) continue;
    if (DANGLING.test(part) && parts.length) parts[parts.length - 1] += `, ${part}`;
    else parts.push(part);
  }
  return { parts, start, end };
}

function hasDate(line: Line): boolean {
  if (line.bullet) return false;
  const range = findDateRange(line.text);
  if (!range) return false;
  if (range.end) return true;
  // A single date counts only at an end of a short line ("Acme, 2019", "Summer 2022").
  const before = line.text.slice(0, range.index).replace(/[\s(,|–—-]+$/, '');
  const after = line.text.slice(range.index + range.length).replace(/^[\s),|–—-]+/, '');
  return (!before || !after) && wordCount(line.text) <= 12;
}

export interface EntryWords {
  /** A part that names the thing the entry is about (a job title; a degree). */
  primary: (part: string) => boolean;
  /** A part that names where (a company; a school). */
  secondary: (part: string) => boolean;
  /** True when all the parts of a line name a place ("San Francisco, CA"). */
  place: (parts: string[]) => boolean;
  /** Whether " at " separates parts ("Engineer at Acme"). */
  splitAt: boolean;
}

/** Groups a section's lines into entries. */
export function readEntries(raw: string[], words: EntryWords): RawEntry[] {
  const lines = toLines(raw);
  const entries: OpenEntry[] = [];
  let cur: OpenEntry | null = null;

  const open = (line: Line): OpenEntry => {
    const h = headingParts(line.text, words);
    const nameLine = !h.start && h.parts.length === 1 && !words.primary(h.parts[0]);
    const entry = { ...h, bullets: [], nameLine, headingLines: 1 };
    entries.push(entry);
    return entry;
  };
  const known = (part: string) => words.primary(part) || words.secondary(part);
  // A sentence without a date of its own is text, never a heading, whatever follows it: when
  // unsure, it stays with the entry above rather than inventing a position.
  const sentence = (line: Line) => !hasDate(line) && readsLikeSentence(line.text);
  const shortHeading = (line: Line) =>
    !line.bullet && !looksLikeProse(line.text) && wordCount(line.text) <= 12 && !sentence(line);

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.bullet) {
      cur ??= open({ ...line, text: '' });
      cur.bullets.push(line.text);
      continue;
    }
    if (!cur || line.heading || (line.bold && (cur.bullets.length > 0 || cur.headingLines >= 2))) {
      cur = open(line);
      continue;
    }
    const c = cur;
    if (c.bullets.length === 0) {
      // Still in the heading: a line adds what the heading lacks (dates, title, employer).
      const h = headingParts(line.text, words);
      const lacksDate = !c.start && !!h.start;
      const lacksPart = c.parts.length < 2 && h.parts.length > 0 && shortHeading(line);
      const place = !h.start && h.parts.length > 0 && words.place(h.parts);
      if (
        c.headingLines < 3 &&
        (lacksDate || lacksPart || place) &&
        !(c.start && h.start) &&
        !sentence(line)
      ) {
        if (!c.start) {
          c.start = h.start;
          c.end = h.end;
        }
        c.parts.push(...h.parts);
        c.headingLines++;
        continue;
      }
      if (shortHeading(line) && (startsGroup(lines, i, words) || (c.start && h.parts.some(known)))) {
        cur = open(line);
        continue;
      }
      c.bullets.push(line.text);
      continue;
    }
    // After bullets: a wrapped line continues its bullet; a heading group starts a new entry.
    const previous = c.bullets[c.bullets.length - 1];
    const prevLine = lines[i - 1];
    const hanging = prevLine.bullet && line.indent > 0 && line.indent >= prevLine.indent;
    if (!line.blankBefore && (continuesPrevious(previous, line.text) || hanging)) {
      c.bullets[c.bullets.length - 1] = `${previous} ${line.text}`;
      continue;
    }
    if (shortHeading(line) && startsGroup(lines, i, words)) {
      cur = open(line);
      continue;
    }
    c.bullets.push(line.text);
  }
  return entries.map(({ headingLines: _, ...e }) => e);
}

/** A heading group at line i: a dated line, or up to three short lines one of which is dated, or a title/company line over bullets. */
function startsGroup(lines: Line[], i: number, words: EntryWords): boolean {
  if (hasDate(lines[i])) return true;
  for (let k = i + 1; k < Math.min(i + 3, lines.length); k++) {
    const next = lines[k];
    if (next.bullet || looksLikeProse(next.text)) break;
    if (hasDate(next)) return true;
  }
  const next = lines[i + 1];
  const { parts } = headingParts(lines[i].text, words);
  return (
    parts.length >= 2 &&
    parts.some((p) => words.primary(p)) &&
    parts.some((p) => !words.primary(p)) &&
    (!next || next.bullet)
  );
}
