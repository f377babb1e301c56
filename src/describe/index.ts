import type { HttpClient } from '../http/types.ts';
import type { Description, Posting } from '../model.ts';
import type { CompanyConfig, SourceAdapter, SourceContext } from '../sources/types.ts';
import { htmlToText } from '../html/text.ts';
import { extractJobPostings } from '../html/jsonld.ts';
import { mainText } from '../html/main-content.ts';

/**
 * Below this many characters a description is "too little text": the next method in the chain is
 * tried, and the LLM extraction (last resort) is used when one is configured.
 */
export const MIN_DESCRIPTION_CHARS = 400;

/** LLM extraction from a page's cleaned text; null when no LLM is configured or it found nothing. */
export type PageExtractor = (pageText: string, url: string) => Promise<{ description: string } | null>;

export interface DescribeOptions {
  adapter: SourceAdapter;
  company: CompanyConfig;
  ctx: SourceContext;
  http: HttpClient;
  extract?: PageExtractor;
}

/**
 * Full description of one posting, best method first: the listing's own text, the source's API
 * detail, the page's JSON-LD, the page's main content, LLM extraction, then whatever plain text
 * there is. Throws only when nothing at all could be had (the caller records the failure).
 */
export async function describePosting(
  posting: Posting,
  opts: DescribeOptions,
): Promise<{ description: Description; patch?: Partial<Posting> }> {
  let best: Description | undefined;
  const consider = (text: string | undefined, method: Description['method']): boolean => {
    const clean = (text ?? '').trim();
    if (clean && (!best || clean.length > best.text.length)) best = { text: clean, method };
    return clean.length >= MIN_DESCRIPTION_CHARS;
  };

  if (consider(posting.description, 'listing')) return { description: best! };

  let patch: Partial<Posting> | undefined;
  let detailError: unknown;
  if (opts.adapter.describe) {
    try {
      const detail = await opts.adapter.describe(posting, opts.company, opts.ctx);
      if (detail) {
        patch = detail.patch;
        if (consider(detail.text, detail.method)) return { description: best!, patch };
      }
    } catch (err) {
      detailError = err;
    }
  }

  let pageText = '';
  if (posting.url && /^https?:/i.test(posting.url)) {
    try {
      const pageUrl = opts.adapter.pageUrl?.(posting, opts.company) ?? posting.url;
      const page = await opts.http.request(pageUrl, {
        signal: opts.ctx.signal,
        headers: { accept: 'text/html,*/*;q=0.8' },
      });
      const jobs = extractJobPostings(page.text, page.url);
      const own =
        jobs.find((j) => j.title && j.title.trim().toLowerCase() === posting.title.trim().toLowerCase()) ??
        (jobs.length === 1 ? jobs[0] : undefined);
      if (own && consider(own.description, 'json-ld')) return { description: best!, patch };
      if (consider(mainText(page.text), 'html')) return { description: best!, patch };
      pageText = htmlToText(page.text);
    } catch (err) {
      if (!best) throw detailError ?? err;
    }
  } else if (detailError && !best) {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- the caught value, rethrown as it came
    throw detailError;
  }

  // Too little text from every heuristic: the LLM picks the posting out of the page's cleaned text
  // (cut from the page, so the page's own words); a short posting is still the right text.
  if (opts.extract && (pageText || best)) {
    const extracted = await opts.extract(pageText || best!.text, posting.url).catch(() => null);
    const text = extracted?.description.trim();
    if (text) return { description: { text, method: 'llm' }, patch };
  }
  if (consider(pageText, 'text') || best) return { description: best!, patch };
  throw new Error('no description text found (listing, detail and page were empty)');
}
