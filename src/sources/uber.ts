/**
 * Uber careers: `POST /api/loadSearchJobsResults?localeCode=en` (header `x-csrf-token: x`) with
 * `{limit, page, params:{query, location:[{city, region, country}]}}`; pages are 0-based.
 */
import type { Posting } from '../model.ts';
import {
  dedupeById,
  joinLocation,
  maxPages,
  postingKey,
  text,
  toIsoDate,
  uniqueLocations,
} from './normalize.ts';
import { notFoundAs } from './errors.ts';
import { apiUrl, plainText } from './site-common.ts';
import type { CompanyConfig, SourceAdapter } from './types.ts';

const API_ORIGIN = 'https://www.uber.com';
const PUBLIC_ORIGIN = 'https://www.uber.com';
const PAGE_SIZE = 50;

interface UberPlace {
  city?: string;
  region?: string;
  country?: string;
  countryName?: string;
}

interface UberJob {
  id?: number | string;
  title?: string;
  description?: string;
  department?: string;
  team?: string;
  location?: UberPlace;
  allLocations?: UberPlace[];
  creationDate?: string;
  updatedDate?: string;
}

interface UberSearch {
  status?: string;
  data?: { results?: UberJob[]; totalResults?: { low?: number } | number };
}

/** "New York, New York, USA" -> {city, region, country}; fewer parts fill city then region. */
export function uberLocationFilter(location: string | undefined): UberPlace[] {
  if (!location) return [];
  const [city, region, country] = location.split(',').map((p) => p.trim());
  const place: UberPlace = {};
  if (city) place.city = city;
  if (region) place.region = region;
  if (country) place.country = country;
  return [place];
}

function toPosting(job: UberJob, company: CompanyConfig, now: Date): Posting | null {
  const id = String(job.id ?? '').trim();
  const title = text(job.title);
  if (!id || !title) return null;
  const places = job.allLocations?.length ? job.allLocations : job.location ? [job.location] : [];
  const locations = uniqueLocations(
    places.map((l) => joinLocation(l.city, l.region, l.countryName ?? l.country)),
  );
  const description = plainText(job.description);
  return {
    key: postingKey('uber', 'uber', id),
    id,
    source: 'uber',
    company: company.name,
    title,
    locations,
    // Uber lists no workplace field; only a location literally named "Remote" says so.
    remote: locations.some((l) => /^remote\b/i.test(l)) ? true : null,
    department: text(job.department) ?? text(job.team),
    url: `${PUBLIC_ORIGIN}/global/en/careers/list/${encodeURIComponent(id)}/`,
    postedAt: toIsoDate(job.creationDate, now),
    ...(description ? { description } : {}),
  };
}

function totalOf(data: UberSearch['data']): number {
  const t = data?.totalResults;
  return typeof t === 'number' ? t : typeof t?.low === 'number' ? t.low : 0;
}

export const uber: SourceAdapter = {
  name: 'uber',
  defaultName: 'Uber',
  keys: {},
  shorthandKey: 'search',
  async list(company, ctx) {
    const url = apiUrl(company, API_ORIGIN, '/api/loadSearchJobsResults?localeCode=en');
    const location = uberLocationFilter(text(company.location));
    const postings: Posting[] = [];
    const pages = maxPages(company);
    for (let page = 0; page < pages; page++) {
      const body = JSON.stringify({
        limit: PAGE_SIZE,
        page,
        params: { query: text(company.search) ?? '', location },
      });
      const res = await notFoundAs(`Uber jobs search not found (404) at ${url}`, () =>
        ctx.http.json<UberSearch>(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': 'x' },
          body,
          signal: ctx.signal,
        }),
      );
      const results = Array.isArray(res.data?.results) ? res.data.results : [];
      for (const job of results) {
        const posting = toPosting(job, company, ctx.now);
        if (posting) postings.push(posting);
      }
      if (results.length < PAGE_SIZE || page * PAGE_SIZE + results.length >= totalOf(res.data)) break;
    }
    return dedupeById(postings);
  },
};
