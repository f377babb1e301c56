/**
 * The one date grammar of resumes and of the grounding check: month names, numeric months, seasons,
 * bare years and the words for "still there", alone or as ranges ("Jan 2020 – Present",
 * "01/2020 - 03/2023", "2019–2021", "Summer 2022"); and the same month names in the days career
 * sites write in words ("Nov 20, 2025").
 */

export const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** 1..12 for a month name or its abbreviation ("Sept", "january"), else 0. */
export function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const SEASON = '(?:spring|summer|fall|autumn|winter)';
const YEAR = '(?:19|20)\\d{2}';
const MM = '(?:0?[1-9]|1[0-2])';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
/** One point in time, most specific first so "2019-03" is not read as the year 2019. */
const DATE = [
  `\\b${MONTH}\\s*,?\\s*${YEAR}(?!\\d)`,
  `\\b${SEASON}\\s+${YEAR}(?!\\d)`,
  `(?<!\\d)${YEAR}[-/.]${MM}(?:[-/.]\\d{1,2})?(?!\\d)`,
  `(?<!\\d)${MM}[/.-]${YEAR}(?!\\d)`,
  `(?<!\\d)${YEAR}(?!\\d)`,
].join('|');
const PRESENT = '\\b(?:present|current|now|today|ongoing|to date|heute|aktuell|presente|actualidad)\\b';
const SEPARATOR = '\\s*(?:-|–|—|~|/|\\bto\\b|\\buntil\\b|\\btill\\b|\\bthrough\\b)\\s*';

/** A range or a single date; group 1 the start, group 2 the end. */
const RANGE = new RegExp(`(${DATE})(?:${SEPARATOR}(${DATE}|${PRESENT}))?`, 'i');
/** "Jun – Aug 2019": a month without a year, sharing the end's year. */
const MONTH_RANGE = new RegExp(`\\b(${MONTH})${SEPARATOR}(${MONTH}\\s*,?\\s*(${YEAR}))(?!\\d)`, 'i');
const ANY_DATE = new RegExp(`${DATE}|${PRESENT}`, 'gi');
const PRESENT_ONLY = new RegExp(`^(?:${PRESENT})$`, 'i');

/** Whether a date as written means "still going on": "Present", "current", "to date", "heute"... */
export function isPresentDate(written: string): boolean {
  return PRESENT_ONLY.test(written.trim());
}

export interface DateRange {
  /** As written ("Jan 2020", "2019-03", "Summer 2022"). */
  start: string;
  /** As written, "Present" words included; '' for a single date. */
  end: string;
  /** Where the range sits in the text, and its length (to cut it out of a heading). */
  index: number;
  length: number;
}

/** The first date range (or single date) in a text, or null. */
export function findDateRange(text: string): DateRange | null {
  const months = MONTH_RANGE.exec(text);
  const m = RANGE.exec(text);
  if (months && (!m || months.index <= m.index)) {
    return {
      start: `${months[1]} ${months[3]}`,
      end: months[2],
      index: months.index,
      length: months[0].length,
    };
  }
  if (!m) return null;
  return { start: m[1], end: m[2] ?? '', index: m.index, length: m[0].length };
}

/** Every date and "Present" word a text names, as written. */
export function dateMentions(text: string): string[] {
  return [...text.matchAll(ANY_DATE)].map((m) => m[0]);
}

/** Whether a text is nothing but dates, "Present" words, numbers and separators (a column of dates). */
export function onlyDates(text: string): boolean {
  return /^[\s\d/.,–—~-]*$/.test(text.replace(ANY_DATE, ''));
}

const MONTH_DAY_YEAR = new RegExp(`^(${MONTH})\\s+(${DAY}),?\\s+(${YEAR})$`, 'i');
const DAY_MONTH_YEAR = new RegExp(`^(${DAY})\\s+(${MONTH}),?\\s+(${YEAR})$`, 'i');

/** "November 20, 2025", "Jun 26, 2026" or "20 Nov 2025" as that day at UTC midnight (ISO); else undefined. */
export function dayInWordsToIso(text: string): string | undefined {
  const s = text.trim();
  const mdy = MONTH_DAY_YEAR.exec(s);
  const dmy = mdy ? null : DAY_MONTH_YEAR.exec(s);
  const [month, day, year] = mdy ? [mdy[1], mdy[2], mdy[3]] : dmy ? [dmy[2], dmy[1], dmy[3]] : [];
  if (!month) return undefined;
  return new Date(Date.UTC(Number(year), monthNumber(month) - 1, Number(day))).toISOString();
}

export interface DatePoint {
  year?: number;
  month?: number;
  present?: boolean;
}

const POINT_PARTS = new RegExp(
  `^(?:(${MONTH})\\s*,?\\s*(${YEAR})|${SEASON}\\s+(${YEAR})|(${YEAR})[-/.](${MM})(?:[-/.]\\d{1,2})?|(${MM})[/.-](${YEAR})|(${YEAR}))$`,
  'i',
);

/** The dates a string names: "Mar 2019 – Present" -> [{2019, 3}, {present}]. */
export function datePoints(text: string): DatePoint[] {
  const out: DatePoint[] = [];
  for (const mention of dateMentions(text)) {
    const m = POINT_PARTS.exec(mention);
    if (!m) out.push({ present: true });
    else if (m[1]) out.push({ year: +m[2], month: monthNumber(m[1]) });
    else if (m[3]) out.push({ year: +m[3] });
    else if (m[4]) out.push({ year: +m[4], month: +m[5] });
    else if (m[6]) out.push({ year: +m[7], month: +m[6] });
    else out.push({ year: +m[8] });
  }
  return out;
}
