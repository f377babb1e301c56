/**
 * A careers site's sitemap (`sitemap: URL`): `<loc>` entries matching `pattern` are read as posting
 * pages (as the `url` source reads them). Sitemap indexes are followed to a bounded depth and number
 * of files; the number of posting pages read is capped by `max_urls`.
 */
import { HttpError } from '../http/types.ts';
import type { Posting } from '../model.ts';
import { SourceError } from './errors.ts';
import { maxPages, text } from './normalize.ts';
import { BrowserRequiredError, blockedReason, isHttpUrl, siteName } from './site-common.ts';
import type { CompanyConfig, SourceAdapter, SourceContext } from './types.ts';
import { fetchUrlFor, listPages } from './url.ts';
import { childText, streamXmlRecords } from './xml-stream.ts';

/** Sitemap index nesting followed (index -> index -> sitemap). */
const MAX_DEPTH = 2;
const DEFAULT_MAX_URLS = 50;
/** The sitemap protocol allows 50 MB (uncompressed) per file. */
const SITEMAP_MAX_BYTES = 50 * 1024 * 1024;

/** `pattern` as a case-insensitive regex; a string that is not a valid regex is a plain substring. */
export function urlMatcher(pattern: unknown): (url: string) => boolean {
  const p = text(pattern);
  if (!p) return () => true;
  try {
    const re = new RegExp(p, 'i');
    return (u) => re.test(u);
  } catch {
    const needle = p.toLowerCase();
    return (u) => u.toLowerCase().includes(needle);
  }
}

function maxUrls(company: CompanyConfig): number {
  const n = company.max_urls;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : DEFAULT_MAX_URLS;
}

interface Found {
  /** Posting page URL -> its <lastmod>, when given. */
  pages: Map<string, string | undefined>;
}

/** Reads one sitemap file; returns child sitemaps. Throws SourceError when it is not a sitemap. */
async function readSitemap(
  sitemapUrl: string,
  company: CompanyConfig,
  ctx: SourceContext,
  matches: (u: string) => boolean,
  found: Found,
  cap: number,
): Promise<string[]> {
  const site = siteName(sitemapUrl);
  let chunks: AsyncIterable<Uint8Array>;
  try {
    chunks = await ctx.http.stream(fetchUrlFor(sitemapUrl, company), {
      signal: ctx.signal,
      maxBytes: SITEMAP_MAX_BYTES,
    });
  } catch (err) {
    const blocked = blockedReason(err);
    if (blocked) throw new BrowserRequiredError(site, `${blocked} on the sitemap`);
    if (err instanceof HttpError && err.kind === 'status' && err.status === 404)
      throw new SourceError(`sitemap ${sitemapUrl} not found (404) — check "sitemap"`);
    throw err;
  }
  const children: string[] = [];
  const stats = await streamXmlRecords(chunks, ['url', 'sitemap'], (node) => {
    const loc = childText(node, 'loc');
    if (!isHttpUrl(loc)) return;
    if (node.name === 'sitemap') children.push(loc);
    else if (matches(loc) && !found.pages.has(loc)) {
      found.pages.set(loc, text(childText(node, 'lastmod')));
      if (found.pages.size >= cap) return false;
    }
  });
  if (stats.root !== 'urlset' && stats.root !== 'sitemapindex') {
    const why =
      stats.root === 'html' || stats.error
        ? 'the sitemap URL answers with a page, not XML'
        : `unexpected <${stats.root}>`;
    throw new BrowserRequiredError(site, why);
  }
  return children;
}

export const sitemap: SourceAdapter = {
  name: 'sitemap',
  keys: {
    sitemap: {
      kind: 'url',
      required: true,
      hint: 'the URL of the sitemap, e.g. https://careers.acme.com/sitemap.xml',
    },
    pattern: { kind: 'text', hint: 'a regex or substring that job URLs contain, e.g. "/jobs/"' },
    max_urls: {
      kind: 'int',
      min: 1,
      max: 10_000,
      hint: `posting pages read from the sitemap; default ${DEFAULT_MAX_URLS}`,
    },
  },
  shorthandKey: 'sitemap',
  async list(company, ctx) {
    const root = String(company.sitemap);
    const matches = urlMatcher(company.pattern);
    const cap = maxUrls(company);
    const fileCap = maxPages(company);
    const found: Found = { pages: new Map() };
    const queue: { url: string; depth: number }[] = [{ url: root, depth: 0 }];
    const visited = new Set<string>();
    while (queue.length && visited.size < fileCap && found.pages.size < cap) {
      const next = queue.shift()!;
      if (visited.has(next.url)) continue;
      visited.add(next.url);
      let children: string[];
      try {
        children = await readSitemap(next.url, company, ctx, matches, found, cap);
      } catch (err) {
        if (next.depth === 0) throw err;
        ctx.log.warning(
          `${company.name}: ${err instanceof Error ? err.message : String(err)}`,
          'Sitemap skipped',
        );
        continue;
      }
      if (next.depth < MAX_DEPTH) queue.push(...children.map((u) => ({ url: u, depth: next.depth + 1 })));
    }
    if (found.pages.size === 0) {
      throw new SourceError(
        `sitemap ${root} lists no URLs${company.pattern ? ` matching pattern ${JSON.stringify(company.pattern)}` : ''} (read ${visited.size} sitemap file(s))`,
      );
    }
    const postings: Posting[] = await listPages([...found.pages.keys()], company, ctx, 'sitemap');
    for (const p of postings) {
      const lastmod = found.pages.get(p.url);
      if (!p.postedAt && lastmod) {
        const ms = Date.parse(lastmod);
        if (!Number.isNaN(ms)) p.postedAt = new Date(ms).toISOString();
      }
    }
    return postings;
  },
  pageUrl: (posting, company) => fetchUrlFor(posting.url, company),
};
