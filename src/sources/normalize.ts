/**
 * Shared normalization for source adapters: posting keys, API origins, dates (absolute and
 * relative), salaries, remote/workplace flags and location lists. Pure: the clock comes in as `now`.
 */
import type { Posting, Salary } from '../model.ts';
import { dayInWordsToIso } from '../text/dates.ts';
import { stripInvisible } from '../text/untrusted.ts';
import type { CompanyConfig } from './types.ts';

const DAY_MS = 86_400_000;

/**
 * `${source}:${companyKey}:${id}` with the company key lowercased (dedup + run-to-run state). The
 * company key is never the configured name (users rename companies): it is the board/site/account/
 * tenant token for ATS sources, the source name for single-employer sources (amazon, google, ...),
 * and the page's host for url/sitemap.
 */
export function postingKey(source: string, companyKey: string, id: string | number): string {
  return `${source}:${companyKey.trim().toLowerCase()}:${id}`;
}

/**
 * The origin (or origin + path prefix) requests go to: the company's `base_url` when set (tests,
 * proxies, mirrors), else the API's own. Never ends with "/".
 */
export function apiOrigin(company: CompanyConfig, defaultOrigin: string): string {
  const base =
    typeof company.base_url === 'string' && company.base_url.trim() ? company.base_url : defaultOrigin;
  return base.trim().replace(/\/+$/, '');
}

/** The company's page cap for paged APIs (a positive integer), else `fallback`. */
export function maxPages(company: CompanyConfig, fallback = 10): number {
  const n = company.max_pages;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Trimmed non-empty string, else undefined. */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return t === '' ? undefined : t;
}

// ---------------------------------------------------------------------------------------------
// Dates

const UNIT_DAYS: Record<string, number> = {
  minute: 1 / 1440,
  min: 1 / 1440,
  hour: 1 / 24,
  hr: 1 / 24,
  day: 1,
  week: 7,
  wk: 7,
  month: 30,
  mo: 30,
  year: 365,
  yr: 365,
};

/**
 * A relative posting date ("Posted 3 Days Ago", "Posted Today", "Posted Yesterday",
 * "Posted 30+ Days Ago", "2 weeks ago", "a month ago", "just now") as an ISO date-time
 * approximated from `now`; undefined when the text is not a relative date.
 * "30+ days" is taken as 30 days: the posting is at least that old.
 */
export function relativeDateToIso(input: string, now: Date): string | undefined {
  const s = input
    .trim()
    .toLowerCase()
    .replace(/^posted\s*(on\s*)?/, '')
    .trim();
  if (!s) return undefined;
  const at = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
  if (/^(today|just now|just posted|now)$/.test(s)) return at(0);
  if (s === 'yesterday') return at(1);
  const m = /^(\d+|an?|one)\s*\+?\s*(minute|min|hour|hr|day|week|wk|month|mo|year|yr)s?\.?\s*\+?\s*ago$/.exec(
    s,
  );
  if (!m) return undefined;
  const count = /^\d+$/.test(m[1]) ? Number(m[1]) : 1;
  return at(count * UNIT_DAYS[m[2]]);
}

/**
 * Any date a source gives as an ISO 8601 date-time: epoch milliseconds or seconds (number or
 * numeric string), ISO strings with or without time, "2026-09-18 13:27:28 UTC", a day in words
 * ("Nov 20, 2025") or a relative phrase (see relativeDateToIso). Undefined when it cannot be read.
 */
export function toIsoDate(value: unknown, now: Date): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'number' || (typeof value === 'string' && /^\d{9,13}$/.test(value.trim()))) {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) return undefined;
    // Epoch seconds stay below 1e11 until the year 5138; milliseconds are above it since 1973.
    return validIso(n < 1e11 ? n * 1000 : n);
  }
  if (value instanceof Date) return validIso(value.getTime());
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  const relative = relativeDateToIso(s, now);
  if (relative) return relative;
  // "2026-09-18 13:27:28 UTC" (Recruitee) -> ISO form Date parses everywhere.
  const spaced = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(UTC|GMT|Z)$/i.exec(s);
  if (spaced) return validIso(Date.parse(`${spaced[1]}T${spaced[2]}Z`));
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return validIso(Date.parse(`${s}T00:00:00Z`));
  if (/^\d{4}-\d{2}-\d{2}T/.test(s)) return validIso(Date.parse(s));
  return dayInWordsToIso(s);
}

function validIso(ms: number): string | undefined {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

// ---------------------------------------------------------------------------------------------
// Salary

const CURRENCY_SYMBOLS: [RegExp, string][] = [
  [/(?:CA|C)\$/i, 'CAD'],
  [/(?:AU|A)\$/i, 'AUD'],
  [/NZ\$/i, 'NZD'],
  [/S\$/, 'SGD'],
  [/HK\$/i, 'HKD'],
  [/R\$/, 'BRL'],
  [/\$/, 'USD'],
  [/€/, 'EUR'],
  [/£/, 'GBP'],
  [/¥/, 'JPY'],
  [/₹/, 'INR'],
  [/₩/, 'KRW'],
  [/₪/, 'ILS'],
  [/zł/i, 'PLN'],
  [/CHF/, 'CHF'],
];

/** ISO 4217 code from a code or symbol ("usd", "$", "€", "CA$"); undefined when unknown. */
export function normalizeCurrency(value: unknown): string | undefined {
  const s = text(value);
  if (!s) return undefined;
  if (/^[a-z]{3}$/i.test(s)) return s.toUpperCase();
  for (const [re, code] of CURRENCY_SYMBOLS) if (re.test(s)) return code;
  return undefined;
}

/**
 * Salary period from the many spellings sources use: "year", "yearly", "annual", "YEAR",
 * Ashby "1 YEAR", Lever "per-year-salary"/"per-hour-wage", Recruitee "month", "/hr".
 */
export function normalizePeriod(value: unknown): Salary['period'] | undefined {
  const s = text(value)?.toLowerCase();
  if (!s) return undefined;
  if (/(year|annual|annum|\byr\b|yearly|\bpa\b|p\.a\.)/.test(s)) return 'year';
  if (/(semi-month|bi-month|month|\bmo\b)/.test(s)) return 'month';
  if (/(bi-week|week|\bwk\b)/.test(s)) return 'week';
  if (/(day|daily)/.test(s)) return 'day';
  if (/(hour|\bhr\b|hourly)/.test(s)) return 'hour';
  return undefined;
}

/** "150000", "150,000", "150k", "1.5M", 150000 -> number; undefined for anything else or <= 0. */
export function parseAmount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : undefined;
  const s = text(value);
  if (!s) return undefined;
  const m = /^(\d{1,3}(?:[,.\s]\d{3})+|\d+(?:\.\d+)?)\s*([km])?$/i.exec(s.replace(/^[^\d]+/, ''));
  if (!m) return undefined;
  // Groups of exactly three digits are thousands ("150,000", "50.000"), not decimals.
  let n = Number(/^\d{1,3}(?:[,.\s]\d{3})+$/.test(m[1]) ? m[1].replace(/[,.\s]/g, '') : m[1]);
  if (m[2]?.toLowerCase() === 'k') n *= 1_000;
  if (m[2]?.toLowerCase() === 'm') n *= 1_000_000;
  return Number.isFinite(n) && n > 0 ? Math.round(n * 100) / 100 : undefined;
}

/** Reads a range like "$150K – $200K", "$60,000 - $97,000/year", "€3,750 to €5,250 per month". */
export function parseSalaryText(input: string): Salary | undefined {
  const s = input.trim();
  if (!s) return undefined;
  const amount = /(\d{1,3}(?:[,.]\d{3})+|\d+(?:\.\d+)?)\s*([km])?\b/gi;
  const nums: number[] = [];
  for (const m of s.matchAll(amount)) {
    const n = parseAmount(`${m[1]}${m[2] ?? ''}`);
    // Ignore small numbers like "1" in "1 YEAR" unless they carry a k/m suffix.
    if (n !== undefined && (n >= 10 || m[2])) nums.push(n);
    if (nums.length === 2) break;
  }
  if (nums.length === 0) return undefined;
  const [a, b] = nums;
  return {
    min: Math.min(a, b ?? a),
    max: Math.max(a, b ?? a),
    currency: normalizeCurrency(s),
    period: normalizePeriod(s),
    text: s,
  };
}

export interface SalaryInput {
  min?: unknown;
  max?: unknown;
  currency?: unknown;
  period?: unknown;
  text?: unknown;
}

/**
 * A Salary from whatever a source gives: numbers or numeric strings, a currency code or symbol,
 * a period spelling, and/or human text (parsed for what the fields lack). Undefined when there is
 * nothing usable. min/max are swapped when reversed; fields not known are left out.
 */
export function normalizeSalary(input: SalaryInput | null | undefined): Salary | undefined {
  if (!input) return undefined;
  const label = text(input.text);
  const fromText = label ? parseSalaryText(label) : undefined;
  let min = parseAmount(input.min);
  let max = parseAmount(input.max);
  if (min === undefined && max === undefined && fromText) ({ min, max } = fromText);
  if (min !== undefined && max !== undefined && min > max) [min, max] = [max, min];
  const currency = normalizeCurrency(input.currency) ?? fromText?.currency;
  const period = normalizePeriod(input.period) ?? fromText?.period;
  if (min === undefined && max === undefined && !label) return undefined;
  const out: Salary = {};
  if (min !== undefined) out.min = min;
  if (max !== undefined) out.max = max;
  if (currency) out.currency = currency;
  if (period) out.period = period;
  out.text = label ?? salaryText(out);
  return out;
}

/** "USD 150,000–200,000 / year" from the fields, for sources that give no text. */
function salaryText(s: Salary): string | undefined {
  const fmt = (n: number) => n.toLocaleString('en-US');
  const range =
    s.min !== undefined && s.max !== undefined && s.min !== s.max
      ? `${fmt(s.min)}–${fmt(s.max)}`
      : s.min !== undefined
        ? fmt(s.min)
        : s.max !== undefined
          ? `up to ${fmt(s.max)}`
          : '';
  if (!range) return undefined;
  return [s.currency, range].filter(Boolean).join(' ') + (s.period ? ` / ${s.period}` : '');
}

// ---------------------------------------------------------------------------------------------
// Remote / workplace

/**
 * An explicit workplace field ("remote", "Remote", "hybrid", "onsite", "on-site", "OnSite",
 * "in office") as the `remote` flag: remote -> true, hybrid/on-site -> false, else null.
 */
export function workplaceToRemote(value: unknown): boolean | null {
  const s = text(value)
    ?.toLowerCase()
    .replace(/[\s_-]+/g, '');
  if (!s) return null;
  if (s === 'remote' || s === 'fullyremote' || s === 'remoteonly') return true;
  if (['hybrid', 'onsite', 'inoffice', 'office', 'inperson'].includes(s)) return false;
  return null;
}

/**
 * A guess from free text (location names, titles): "Hybrid - London" -> false, "Remote - US" ->
 * true, nothing said -> null. Use only when the source has no explicit workplace field.
 */
export function guessRemote(...texts: (string | undefined | null)[]): boolean | null {
  const all = texts.filter(Boolean).join(' | ').toLowerCase();
  if (/\bhybrid\b/.test(all)) return false;
  if (/\b(on-?site|in[- ]office)\b/.test(all)) return false;
  if (/\b(remote|anywhere|work from home|wfh)\b/.test(all)) return true;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Locations

/** Trimmed, non-empty, deduplicated (case-insensitive, first spelling kept) location names. */
export function uniqueLocations(values: Iterable<unknown>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const s = text(v)?.replace(/\s+/g, ' ');
    if (!s) continue;
    const k = s.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(s);
  }
  return out;
}

/** "Montreal, QC, Canada" from parts, skipping empty ones and repeats ("Utrecht, Utrecht"). */
export function joinLocation(...parts: unknown[]): string | undefined {
  const kept: string[] = [];
  for (const p of parts) {
    const s = text(p);
    if (s && !kept.some((k) => k.toLowerCase() === s.toLowerCase())) kept.push(s);
  }
  return kept.length ? kept.join(', ') : undefined;
}

/** Keeps the first posting per id (APIs repeat a posting across pages or locations). */
export function dedupeById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((p) => (seen.has(p.id) ? false : (seen.add(p.id), true)));
}

/** Joins description parts (plain text) with blank lines, skipping empty ones. */
export function joinText(...parts: (string | undefined | null)[]): string | undefined {
  const kept = parts.map((p) => p?.trim()).filter((p): p is string => !!p);
  return kept.length ? kept.join('\n\n') : undefined;
}

// Line breaks of every kind (CR, LF, VT, FF, NEL, U+2028/9) and tabs become spaces; other C0/C1 control
// characters go. A title with a line break could start a log line of its own (a workflow command).
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;

const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

/** One line of plain text: no line breaks, control or invisible characters, single spaces, trimmed. */
export function oneLine(value: string): string {
  return stripInvisible(value.replace(LINE_BREAKS, ' ').replace(CONTROL, '')).replace(/ {2,}/g, ' ').trim();
}

/**
 * Real job titles stay under ~150 characters. A longer one is cut at a word and marked with "…", so one
 * hostile title cannot grow every prompt, document, file name and summary line that shows it (a
 * 200,000-character title made a single PDF heading 70 MB of memory and 9 pages).
 */
export const MAX_TITLE_CHARS = 300;

/** The title on one line, at most MAX_TITLE_CHARS long. */
export function tidyTitle(title: string): string {
  // Sliced first so a megabyte of title is not cleaned up in full only to be cut.
  const line = oneLine(title.slice(0, MAX_TITLE_CHARS * 4));
  if (line.length <= MAX_TITLE_CHARS) return line;
  const head = line.slice(0, MAX_TITLE_CHARS - 1);
  const space = head.lastIndexOf(' ');
  return `${(space >= MAX_TITLE_CHARS / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

/**
 * The posting with its one-line fields (title, company, department, locations) made one line, and its
 * title cut to MAX_TITLE_CHARS.
 */
export function tidyPosting(p: Posting): Posting {
  const department = p.department === undefined ? undefined : oneLine(p.department) || undefined;
  return {
    ...p,
    title: tidyTitle(p.title),
    company: oneLine(p.company),
    locations: p.locations.map(oneLine).filter(Boolean),
    ...(p.department === undefined ? {} : { department }),
  };
}
