import type { Salary } from '../model.ts';
import { decodeEntities, htmlToText } from './text.ts';

/** One schema.org JobPosting found in a page, normalized (all text plain, dates ISO 8601). */
export interface JsonLdJob {
  title: string;
  /** Plain text (the JSON-LD description is usually HTML, sometimes entity-escaped HTML). */
  description: string;
  datePosted?: string;
  validThrough?: string;
  hiringOrganization?: string;
  locations: string[];
  /** true when jobLocationType is TELECOMMUTE; null when the page does not say. */
  remote: boolean | null;
  salary?: Salary;
  /** Absolute URL of the posting; the page URL when the JSON-LD has none. */
  url: string;
  identifier?: string;
  employmentType?: string;
}

type Json = unknown;
type JsonObject = Record<string, Json>;

const MAX_DEPTH = 12;

const PERIODS: Record<string, NonNullable<Salary['period']>> = {
  HOUR: 'hour',
  DAY: 'day',
  WEEK: 'week',
  MONTH: 'month',
  YEAR: 'year',
  ANNUAL: 'year',
  YEARLY: 'year',
  HOURLY: 'hour',
  MONTHLY: 'month',
};

/**
 * Every schema.org JobPosting in the page's `<script type="application/ld+json">` blocks, wherever it
 * sits (bare object, array, `@graph`, nested). A block that is not valid JSON is skipped.
 */
export function extractJobPostings(html: string, pageUrl: string): JsonLdJob[] {
  const jobs: JsonLdJob[] = [];
  for (const block of jsonLdBlocks(html)) {
    const data = parseLenient(block);
    if (data === undefined) continue;
    for (const node of findJobPostings(data, 0)) {
      const job = toJob(node, pageUrl);
      if (job) jobs.push(job);
    }
  }
  return jobs;
}

const SCRIPT_OPEN = /<script\b/gi;
const SCRIPT_CLOSE = /<\/script[\s/>]/gi;
const TYPE_ATTR = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/**
 * The text of every `<script type="application/ld+json">` block. A script's content is raw text that
 * ends at the first `</script`, so a scan finds the blocks exactly, without building a DOM of the
 * whole page (that parse was most of the describe stage's CPU time). Each search starts where the last
 * one ended, so the scan is linear: a page of unclosed `<script>` tags stops at the first one.
 */
function jsonLdBlocks(html: string): string[] {
  if (!/application\/ld\+json/i.test(html)) return [];
  const blocks: string[] = [];
  let from = 0;
  for (;;) {
    SCRIPT_OPEN.lastIndex = from;
    const open = SCRIPT_OPEN.exec(html);
    if (!open) break;
    const tagEnd = html.indexOf('>', open.index);
    if (tagEnd < 0) break;
    SCRIPT_CLOSE.lastIndex = tagEnd + 1;
    const close = SCRIPT_CLOSE.exec(html);
    if (!close) break; // no later script can be closed either
    const t = TYPE_ATTR.exec(html.slice(open.index + 7, tagEnd));
    const type = (t?.[1] ?? t?.[2] ?? t?.[3] ?? '').toLowerCase().split(';')[0].trim();
    if (type === 'application/ld+json') blocks.push(html.slice(tagEnd + 1, close.index));
    from = close.index + close[0].length;
  }
  return blocks;
}

/** JSON.parse, retried once without HTML comment/CDATA wrappers and raw control characters. */
function parseLenient(text: string): Json {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    const cleaned = trimmed
      .replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
      .replace(/(-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
      // Raw newlines/tabs inside strings are the usual breakage; as spaces they are harmless anywhere.
      .replace(/[\u0000-\u001f]+/g, ' ');
    try {
      return JSON.parse(cleaned);
    } catch {
      return undefined;
    }
  }
}

function isObject(v: Json): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isJobPosting(node: JsonObject): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some((t) => typeof t === 'string' && /(^|[/:])JobPosting$/i.test(t.trim()));
}

function findJobPostings(data: Json, depth: number): JsonObject[] {
  if (depth > MAX_DEPTH) return [];
  if (Array.isArray(data)) return data.flatMap((d) => findJobPostings(d, depth + 1));
  if (!isObject(data)) return [];
  if (isJobPosting(data)) return [data];
  return Object.values(data).flatMap((v) => findJobPostings(v, depth + 1));
}

function toJob(node: JsonObject, pageUrl: string): JsonLdJob | null {
  const title = plainLine(text(node.title) ?? text(node.name) ?? '');
  if (!title) return null;
  const remote = asArray(node.jobLocationType).some((t) => /telecommute/i.test(String(t))) ? true : null;
  return {
    title,
    description: withSections(descriptionText(text(node.description) ?? ''), node),
    datePosted: isoDate(node.datePosted),
    validThrough: isoDate(node.validThrough),
    hiringOrganization: orgName(node.hiringOrganization),
    locations: unique([
      ...asArray(node.jobLocation).map(placeText),
      ...asArray(node.applicantLocationRequirements).map(placeText),
    ]),
    remote,
    salary: salaryOf(node.baseSalary),
    url: absoluteUrl(text(node.url), pageUrl),
    identifier: identifierOf(node.identifier),
    employmentType: asArray(node.employmentType).map(String).join(', ') || undefined,
  };
}

/** JobPosting properties that hold parts of the posting many sites leave out of `description`. */
const SECTIONS: [string, string][] = [
  ['responsibilities', 'Responsibilities'],
  ['qualifications', 'Qualifications'],
  ['skills', 'Skills'],
  ['educationRequirements', 'Education'],
  ['experienceRequirements', 'Experience'],
];

/** The description followed by each section it does not already contain, under its heading. */
function withSections(description: string, node: JsonObject): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const haystack = flat(description);
  const parts = [description];
  for (const [key, heading] of SECTIONS) {
    const body = asArray(node[key]).map(sectionItem).filter(Boolean).join('\n');
    if (body && !haystack.includes(flat(body))) parts.push(`${heading}\n${body}`);
  }
  return parts.filter(Boolean).join('\n\n');
}

/** One item of a section: text (often HTML), or a DefinedTerm / credential / experience object. */
function sectionItem(v: Json): string {
  if (typeof v === 'string') return descriptionText(v);
  if (!isObject(v)) return '';
  const named = text(v.name) ?? text(v.description) ?? text(v.credentialCategory);
  if (named) return descriptionText(named);
  const months = num(v.monthsOfExperience);
  return months === undefined ? '' : `${months} months of experience`;
}

function asArray(v: Json): Json[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

function text(v: Json): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (isObject(v) && typeof v['@value'] === 'string') return v['@value'];
  return undefined;
}

/** A one-line plain string: entities decoded, any markup dropped, whitespace collapsed. */
function plainLine(s: string): string {
  const decoded = decodeEntities(s);
  return (/<[a-z!/]/i.test(decoded) ? htmlToText(decoded) : decoded).replace(/\s+/g, ' ').trim();
}

function descriptionText(s: string): string {
  if (!s) return '';
  // Some sites entity-escape the HTML once more ("&lt;p&gt;"); unescape before converting.
  const html = /&lt;\/?[a-z]/i.test(s) && !/<[a-z]/i.test(s) ? decodeEntities(s) : s;
  return htmlToText(html);
}

function orgName(v: Json): string | undefined {
  const first = asArray(v)[0];
  const name = typeof first === 'string' ? first : isObject(first) ? text(first.name) : undefined;
  return name ? plainLine(name) || undefined : undefined;
}

/** "City, Region, Country" from a Place / PostalAddress / Country / plain string. */
function placeText(v: Json): string {
  if (typeof v === 'string') return plainLine(v);
  if (!isObject(v)) return '';
  const address = v.address;
  if (typeof address === 'string') return plainLine(address);
  if (isObject(address)) {
    const country = isObject(address.addressCountry)
      ? text(address.addressCountry.name)
      : text(address.addressCountry);
    const parts = [text(address.addressLocality), text(address.addressRegion), country]
      .map((p) => (p ? plainLine(p) : ''))
      .filter(Boolean);
    if (parts.length) return unique(parts).join(', ');
  }
  return plainLine(text(v.name) ?? '');
}

function unique(items: string[]): string[] {
  return [...new Set(items.filter(Boolean))];
}

function num(v: Json): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string') {
    const n = Number(v.replace(/[,\s]/g, ''));
    return v.trim() && Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** MonetaryAmount {currency, value: QuantitativeValue{minValue,maxValue,value,unitText}} or a bare number. */
function salaryOf(v: Json): Salary | undefined {
  const amount = asArray(v)[0];
  if (amount === undefined) return undefined;
  if (!isObject(amount)) {
    const n = num(amount);
    return n === undefined ? undefined : { min: n, max: n };
  }
  const value = isObject(amount.value) ? amount.value : amount;
  const single = num(isObject(amount.value) ? amount.value.value : amount.value);
  const min = num(value.minValue) ?? single;
  const max = num(value.maxValue) ?? single;
  if (min === undefined && max === undefined) return undefined;
  const unit = String(text(value.unitText) ?? text(amount.unitText) ?? '').toUpperCase();
  const currency = text(amount.currency)?.trim().toUpperCase();
  const salary: Salary = { min, max };
  if (currency) salary.currency = currency;
  if (PERIODS[unit]) salary.period = PERIODS[unit];
  return salary;
}

function identifierOf(v: Json): string | undefined {
  const first = asArray(v)[0];
  if (isObject(first)) return text(first.value) ?? text(first['@id']) ?? text(first.name);
  return text(first);
}

function isoDate(v: Json): string | undefined {
  const s = text(v)?.trim();
  if (!s) return undefined;
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

function absoluteUrl(url: string | undefined, pageUrl: string): string {
  if (!url?.trim()) return pageUrl;
  try {
    const resolved = new URL(url.trim(), pageUrl);
    return /^https?:$/.test(resolved.protocol) ? resolved.href : pageUrl;
  } catch {
    return pageUrl;
  }
}
