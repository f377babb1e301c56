/**
 * Explicit posting pages (`urls: [...]`): each page's schema.org JobPosting JSON-LD becomes postings
 * (several per page possible); a page without JSON-LD becomes one posting titled from its `<h1>` or
 * `<title>`, with the page's main text as description. One failing URL is logged and skipped; only
 * all of them failing fails the company.
 */
import * as cheerio from 'cheerio';
import pLimit from 'p-limit';
import { HttpError } from '../http/types.ts';
import { extractJobPostings, type JsonLdJob } from '../html/jsonld.ts';
import { mainText } from '../html/main-content.ts';
import type { Posting } from '../model.ts';
import { SourceError } from './errors.ts';
import { apiOrigin, dedupeById, postingKey, text } from './normalize.ts';
import { BrowserRequiredError, blockedReason, challengeReason, siteName } from './site-common.ts';
import type { CompanyConfig, SourceAdapter, SourceContext } from './types.ts';

/** Pages fetched at once for one company (the client also caps per host). */
const PAGE_CONCURRENCY = 4;
/** Less main text than this on a page without JSON-LD is not a job description (empty JS shell). */
const MIN_PAGE_TEXT = 200;

/** Where to fetch `url`: its own address, or with `base_url` replacing the origin (tests, mirrors). */
export function fetchUrlFor(url: string, company: CompanyConfig): string {
  if (typeof company.base_url !== 'string' || !company.base_url.trim()) return url;
  const u = new URL(url);
  return apiOrigin(company, u.origin) + u.pathname + u.search;
}

function fromJsonLd(
  job: JsonLdJob,
  index: number,
  pageUrl: string,
  source: string,
  company: CompanyConfig,
): Posting {
  const id = job.identifier ?? (job.url !== pageUrl || index === 0 ? job.url : `${pageUrl}#${index + 1}`);
  return {
    key: postingKey(source, siteKey(pageUrl), id),
    id,
    source,
    company: company.name,
    title: job.title,
    locations: job.locations,
    remote: job.remote,
    url: job.url,
    ...(job.datePosted ? { postedAt: job.datePosted } : {}),
    ...(job.salary ? { salary: job.salary } : {}),
    ...(job.description ? { description: job.description } : {}),
  };
}

/** The posting key's company part for pages: the page's host, stable when the company is renamed. */
function siteKey(pageUrl: string): string {
  return new URL(pageUrl).hostname;
}

function pageTitle(html: string): string {
  const $ = cheerio.load(html);
  const h1 = $('h1').first().text().replace(/\s+/g, ' ').trim();
  // og:title is the posting's own title where <title> carries the site's suffixes ("Engineer - - 81926").
  const og = ($('meta[property="og:title"]').first().attr('content') ?? '').replace(/\s+/g, ' ').trim();
  return h1 || og || $('title').first().text().replace(/\s+/g, ' ').trim();
}

/** The postings on one page; SourceError when the page cannot be read without a browser or has no job. */
export async function postingsFromPage(
  pageUrl: string,
  company: CompanyConfig,
  ctx: SourceContext,
  source: string,
): Promise<Posting[]> {
  const site = siteName(pageUrl);
  let html: string;
  try {
    const res = await ctx.http.request(fetchUrlFor(pageUrl, company), {
      signal: ctx.signal,
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8' },
    });
    html = res.text;
  } catch (err) {
    const blocked = blockedReason(err);
    if (blocked) throw new BrowserRequiredError(site, blocked);
    if (err instanceof HttpError && err.kind === 'status' && (err.status === 404 || err.status === 410))
      throw new SourceError(`posting page ${pageUrl} not found (${err.status}) — it may have closed`);
    throw err;
  }
  const jobs = extractJobPostings(html, pageUrl);
  if (jobs.length) return jobs.map((job, i) => fromJsonLd(job, i, pageUrl, source, company));

  const challenge = challengeReason(html);
  if (challenge) throw new BrowserRequiredError(site, challenge);
  const description = mainText(html);
  const title = pageTitle(html);
  if (!title || description.length < MIN_PAGE_TEXT) {
    throw new BrowserRequiredError(site, 'no job content on its pages');
  }
  return [
    {
      key: postingKey(source, siteKey(pageUrl), pageUrl),
      id: pageUrl,
      source,
      company: company.name,
      title,
      locations: [],
      remote: null,
      url: pageUrl,
      description,
    },
  ];
}

/**
 * Postings from many pages, a few at a time. A failing page is logged as a warning and skipped;
 * when every page fails, the company fails with one line (the browser line when that is why).
 */
export async function listPages(
  pageUrls: string[],
  company: CompanyConfig,
  ctx: SourceContext,
  source: string,
): Promise<Posting[]> {
  const limit = pLimit(PAGE_CONCURRENCY);
  const results = await Promise.allSettled(
    pageUrls.map((u) => limit(() => postingsFromPage(u, company, ctx, source))),
  );
  const postings: Posting[] = [];
  const errors: unknown[] = [];
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') postings.push(...r.value);
    else {
      errors.push(r.reason);
      const message = r.reason instanceof Error ? r.reason.message : String(r.reason);
      ctx.log.warning(`${company.name}: ${pageUrls[i]}: ${message}`, 'Posting page skipped');
    }
  });
  if (pageUrls.length > 0 && errors.length === pageUrls.length) {
    const first = errors[0];
    if (pageUrls.length === 1 || errors.every((e) => e instanceof HttpError)) throw first;
    const sites = new Set(errors.map((e) => (e instanceof BrowserRequiredError ? e.site : '')));
    if (sites.size === 1 && !sites.has('')) {
      const reasons = [...new Set(errors.map((e) => (e as BrowserRequiredError).reason))];
      throw new BrowserRequiredError([...sites][0], reasons.join(', '));
    }
    const sameMessage = errors.every((e) => e instanceof Error && e.message === (first as Error).message);
    const message = first instanceof Error ? first.message : String(first);
    throw new SourceError(
      sameMessage
        ? message
        : `all ${pageUrls.length} pages of "${company.name}" failed; the first: ${message}`,
    );
  }
  return dedupeById(postings);
}

function urlsOf(company: CompanyConfig): string[] {
  const v = company.urls;
  const list = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
  return [...new Set(list.map((u) => text(u)).filter((u): u is string => !!u))];
}

export const url: SourceAdapter = {
  name: 'url',
  keys: {
    urls: {
      kind: 'urls',
      required: true,
      hint: 'posting pages that carry JobPosting JSON-LD, e.g. ["https://acme.example/jobs/42"]',
    },
  },
  shorthandKey: 'urls',
  list: (company, ctx) => listPages(urlsOf(company), company, ctx, 'url'),
  pageUrl: (posting, company) => fetchUrlFor(posting.url, company),
};
