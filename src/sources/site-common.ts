/** Helpers shared by the big-tech career-site and page (url, sitemap) sources. */
import { HttpError } from '../http/types.ts';
import { htmlToText } from '../html/text.ts';
import { SourceError } from './errors.ts';
import { apiOrigin } from './normalize.ts';
import type { CompanyConfig } from './types.ts';

/** Plain text of a field that may be HTML or already plain. */
export function plainText(value: unknown): string {
  if (typeof value !== 'string' || !value.trim()) return '';
  return /<[a-z!/][^<>]*>/i.test(value) ? htmlToText(value) : value.trim();
}

/** `base_url` + `path` (path starts with "/"), or the API's own origin + path. */
export function apiUrl(company: CompanyConfig, defaultOrigin: string, path: string): string {
  return apiOrigin(company, defaultOrigin) + path;
}

/** Lowercase words of a search text, for client-side filtering where the API has no search. */
export function searchWords(search: unknown): string[] {
  return typeof search === 'string' ? search.toLowerCase().split(/\s+/).filter(Boolean) : [];
}

/** True when every search word is in the text (case-insensitive); true for no words. */
export function matchesWords(text: string, words: string[]): boolean {
  const t = text.toLowerCase();
  return words.every((w) => t.includes(w));
}

/** Message for a site that only a real browser can read (bot wall, JavaScript challenge, empty shell). */
function browserRequiredMessage(site: string, why: string): string {
  return `${site} cannot be read without a browser (${why}); list its postings with "urls" of pages that carry JobPosting JSON-LD, or use a supported source`;
}

/** A SourceError saying a site needs a browser; keeps the site and reason so many can fold into one line. */
export class BrowserRequiredError extends SourceError {
  readonly site: string;
  readonly reason: string;
  constructor(site: string, reason: string) {
    super(browserRequiredMessage(site, reason));
    this.name = 'BrowserRequiredError';
    this.site = site;
    this.reason = reason;
  }
}

/** The host of a URL for messages ("careers.acme.com"), or the text itself when it is not a URL. */
export function siteName(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

const CHALLENGE_MARKERS = [
  /<title>\s*just a moment\.\.\.\s*<\/title>/i,
  /challenge-platform/i,
  /cf-browser-verification/i,
  /_incapsula_resource/i,
  /captcha-delivery|geo\.captcha/i,
  /please enable (javascript|js) (and cookies )?to (continue|proceed|view)/i,
  /you need to enable javascript to run this app/i,
  /checking your browser before accessing/i,
];

/** Why a fetched page looks like a bot wall/JavaScript challenge, or null when it looks like content. */
export function challengeReason(html: string): string | null {
  for (const re of CHALLENGE_MARKERS) if (re.test(html)) return 'a JavaScript challenge page';
  return null;
}

/** Why an HTTP error means "needs a browser" (a 403: bot walls refuse before any content), or null. */
export function blockedReason(err: unknown): string | null {
  if (err instanceof HttpError && err.kind === 'status' && err.status === 403) return 'HTTP 403';
  return null;
}

/** Validation helpers: one-line messages naming the key and what is allowed. */
export function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
