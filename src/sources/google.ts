/**
 * Google (with YouTube, DeepMind, ...): the official careers XML feed, every open role worldwide
 * with its full text in one ~20 MB document:
 * `<jobs><job><jobid/><title/><published/><url/><employer/><isRemote/><description/>
 * <locations><location><city/><state/><country/></location></locations><categories><category/>
 * </categories></job>...</jobs>`. Read as a stream; only postings that pass `search`/`location`
 * are kept, so memory stays small.
 */
import type { Posting } from '../model.ts';
import { notFoundAs, SourceError } from './errors.ts';
import { joinLocation, maxPages, postingKey, text, toIsoDate, uniqueLocations } from './normalize.ts';
import { apiUrl, matchesWords, plainText, searchWords } from './site-common.ts';
import type { CompanyConfig, SourceAdapter, SourceContext } from './types.ts';
import { childText, descendants, streamXmlRecords, type XmlNode } from './xml-stream.ts';

const FEED_ORIGIN = 'https://www.google.com';
const FEED_PATH = '/about/careers/applications/jobs/feed.xml';
const PUBLIC_RESULTS = 'https://www.google.com/about/careers/applications/jobs/results/';
/** The feed is ~20 MB and growing; the client's default size cap is for ordinary responses. */
const FEED_MAX_BYTES = 96 * 1024 * 1024;
/** The feed is one document, not pages: `max_pages` caps kept postings at this many per page. */
const POSTINGS_PER_PAGE = 100;

function remoteOf(job: XmlNode): boolean | null {
  const flag = (childText(job, 'isRemote') || childText(job, 'remote')).toLowerCase();
  if (['yes', 'true', 'remote'].includes(flag)) return true;
  if (['no', 'false'].includes(flag)) return false;
  return null;
}

function locationsOf(job: XmlNode): string[] {
  return uniqueLocations(
    descendants(job, 'location').map((l) =>
      l.children.length
        ? joinLocation(childText(l, 'city'), childText(l, 'state'), childText(l, 'country'))
        : l.text.trim(),
    ),
  );
}

function publicUrl(job: XmlNode, id: string): string {
  const url = childText(job, 'url');
  return /^https?:\/\//i.test(url) ? url : `${PUBLIC_RESULTS}${encodeURIComponent(id)}`;
}

function toPosting(job: XmlNode, company: CompanyConfig, now: Date): Posting | null {
  const id = childText(job, 'jobid') || childText(job, 'id');
  const title = text(childText(job, 'title'));
  if (!id || !title) return null;
  const categories = descendants(job, 'category')
    .map((c) => c.text.trim())
    .filter((c) => c && c !== 'JOB_CATEGORY_UNSPECIFIED')
    // "SOFTWARE_ENGINEERING" -> "Software Engineering"
    .map((c) =>
      c
        .toLowerCase()
        .replace(/_/g, ' ')
        .replace(/\b\w/g, (ch) => ch.toUpperCase()),
    );
  const employer = childText(job, 'employer');
  const description = plainText(childText(job, 'description'));
  return {
    key: postingKey('google', 'google', id),
    id,
    source: 'google',
    company: company.name,
    title,
    locations: locationsOf(job),
    remote: remoteOf(job),
    department: text([employer, ...categories].join(', ')) ?? undefined,
    url: publicUrl(job, id),
    postedAt: toIsoDate(childText(job, 'published'), now),
    ...(description ? { description } : {}),
  };
}

/** True when the feed entry passes the company's search (title words) and location (substring). */
function wanted(job: XmlNode, words: string[], location: string | undefined): boolean {
  if (!matchesWords(childText(job, 'title'), words)) return false;
  if (!location) return true;
  const needle = location.toLowerCase();
  if (needle === 'remote') return remoteOf(job) === true;
  return locationsOf(job).some((l) => l.toLowerCase().includes(needle));
}

export const google: SourceAdapter = {
  name: 'google',
  defaultName: 'Google',
  keys: {},
  shorthandKey: 'search',
  async list(company, ctx: SourceContext) {
    const url = apiUrl(company, FEED_ORIGIN, FEED_PATH);
    const chunks = await notFoundAs(`Google careers feed not found (404) at ${url}`, () =>
      ctx.http.stream(url, { signal: ctx.signal, maxBytes: FEED_MAX_BYTES }),
    );
    const words = searchWords(company.search);
    const location = text(company.location);
    const cap = maxPages(company) * POSTINGS_PER_PAGE;
    const postings: Posting[] = [];
    const seen = new Set<string>();
    const stats = await streamXmlRecords(chunks, ['job'], (job) => {
      if (!wanted(job, words, location)) return;
      const posting = toPosting(job, company, ctx.now);
      if (!posting || seen.has(posting.id)) return;
      seen.add(posting.id);
      postings.push(posting);
      if (postings.length >= cap) {
        ctx.log.info(`  [google] stopped at ${cap} matching postings (max_pages × ${POSTINGS_PER_PAGE})`);
        return false;
      }
    });
    if (stats.records === 0) {
      throw new SourceError(
        `Google careers feed at ${url} has no <job> entries${stats.error ? ` (not XML: ${stats.error})` : ''}`,
      );
    }
    return postings;
  },
};
