/**
 * Apple (jobs.apple.com): `GET /api/v1/CSRFToken` hands out a token (response header
 * `x-apple-csrf-token`) and session cookies; `POST /api/v1/search` with both returns 20 results a page;
 * `GET /api/v1/jobDetails/{id}` has the full text.
 */
import type { Posting } from '../model.ts';
import { notFoundAs, SourceError } from './errors.ts';
import {
  joinLocation,
  joinText,
  maxPages,
  postingKey,
  text,
  toIsoDate,
  uniqueLocations,
} from './normalize.ts';
import { apiUrl, matchesWords, plainText } from './site-common.ts';
import type { CompanyConfig, DetailResult, SourceAdapter, SourceContext } from './types.ts';

const API_ORIGIN = 'https://jobs.apple.com';
const PUBLIC_ORIGIN = 'https://jobs.apple.com';
const PAGE_SIZE = 20;

interface AppleLocation {
  name?: string;
  city?: string;
  stateProvince?: string;
  countryName?: string;
}

interface AppleResult {
  id?: string;
  positionId?: string;
  postingTitle?: string;
  transformedPostingTitle?: string;
  postingDate?: string;
  postDateInGMT?: string;
  jobSummary?: string;
  homeOffice?: boolean;
  team?: { teamName?: string };
  locations?: AppleLocation[];
}

interface AppleSearch {
  res?: { searchResults?: AppleResult[]; totalRecords?: number };
}

interface AppleDetail {
  jobSummary?: string;
  description?: string;
  responsibilities?: string;
  minimumQualifications?: string;
  preferredQualifications?: string;
}

/** Countries Apple's location filter knows by ISO-3 id ("postLocation-USA"); others are filtered here. */
const COUNTRY_IDS: Record<string, string> = {
  us: 'USA',
  usa: 'USA',
  'united states': 'USA',
  'united states of america': 'USA',
  uk: 'GBR',
  gb: 'GBR',
  'united kingdom': 'GBR',
  canada: 'CAN',
  india: 'IND',
  germany: 'DEU',
  france: 'FRA',
  japan: 'JPN',
  china: 'CHN',
  australia: 'AUS',
  ireland: 'IRL',
  singapore: 'SGP',
};

/** The server-side location filter id for a configured location, when Apple has one. */
export function appleLocationId(location: string | undefined): string | undefined {
  if (!location) return undefined;
  if (/^postLocation-/i.test(location)) return location;
  const iso = COUNTRY_IDS[location.trim().toLowerCase()];
  return iso ? `postLocation-${iso}` : undefined;
}

async function session(company: CompanyConfig, ctx: SourceContext): Promise<Record<string, string>> {
  const url = apiUrl(company, API_ORIGIN, '/api/v1/CSRFToken');
  const res = await notFoundAs(`Apple CSRF token endpoint not found (404) at ${url}`, () =>
    ctx.http.request(url, { signal: ctx.signal }),
  );
  const token = res.headers.get('x-apple-csrf-token');
  if (!token)
    throw new SourceError(`Apple did not issue a CSRF token at ${url} (no x-apple-csrf-token header)`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0].trim())
    .filter(Boolean)
    .join('; ');
  return {
    'content-type': 'application/json',
    accept: 'application/json',
    'x-apple-csrf-token': token,
    browserlocale: 'en-us',
    locale: 'EN_US',
    ...(cookie ? { cookie } : {}),
  };
}

function toPosting(r: AppleResult, company: CompanyConfig, now: Date): Posting | null {
  const id = text(r.positionId) ?? text(r.id);
  const title = text(r.postingTitle);
  if (!id || !title) return null;
  const slug = text(r.transformedPostingTitle);
  const pageId = text(r.id) ?? id;
  return {
    key: postingKey('apple', 'apple', id),
    id,
    source: 'apple',
    company: company.name,
    title,
    locations: uniqueLocations(
      // Apple sends "city": "" with the place in `name` ("Shanghai"); an empty city is no city.
      (r.locations ?? []).map((l) => joinLocation(text(l.city) ?? l.name, l.stateProvince, l.countryName)),
    ),
    remote: typeof r.homeOffice === 'boolean' ? r.homeOffice : null,
    department: text(r.team?.teamName),
    url: `${PUBLIC_ORIGIN}/en-us/details/${encodeURIComponent(pageId)}${slug ? `/${encodeURIComponent(slug)}` : ''}`,
    postedAt: toIsoDate(r.postDateInGMT, now) ?? toIsoDate(r.postingDate, now),
  };
}

/** One posting per position: a position listed in several places comes once per place, all kept. */
function mergeLocationsById(postings: Posting[]): Posting[] {
  const byId = new Map<string, Posting>();
  for (const p of postings) {
    const first = byId.get(p.id);
    if (!first) byId.set(p.id, { ...p, locations: [...p.locations] });
    else {
      first.locations = uniqueLocations([...first.locations, ...p.locations]);
      if (first.remote === null) first.remote = p.remote;
    }
  }
  return [...byId.values()];
}

export const apple: SourceAdapter = {
  name: 'apple',
  defaultName: 'Apple',
  keys: {},
  shorthandKey: 'search',
  async list(company, ctx) {
    const headers = await session(company, ctx);
    const location = text(company.location);
    const locationId = appleLocationId(location);
    const url = apiUrl(company, API_ORIGIN, '/api/v1/search');
    const postings: Posting[] = [];
    const pages = maxPages(company);
    for (let page = 1; page <= pages; page++) {
      const body = JSON.stringify({
        query: text(company.search) ?? '',
        filters: locationId ? { locations: [locationId] } : {},
        page,
        locale: 'en-us',
        sort: 'newest',
      });
      const data = await notFoundAs(`Apple jobs search not found (404) at ${url}`, () =>
        ctx.http.json<AppleSearch>(url, { method: 'POST', headers, body, signal: ctx.signal }),
      );
      const results = Array.isArray(data.res?.searchResults) ? data.res.searchResults : [];
      for (const r of results) {
        const posting = toPosting(r, company, ctx.now);
        if (!posting) continue;
        // A location Apple cannot filter by (a city) is matched against the listed locations here.
        if (location && !locationId && !matchesWords(posting.locations.join(' | '), [location.toLowerCase()]))
          continue;
        postings.push(posting);
      }
      const total = data.res?.totalRecords ?? 0;
      if (results.length < PAGE_SIZE || page * PAGE_SIZE >= total) break;
    }
    return mergeLocationsById(postings);
  },
  async describe(posting, company, ctx): Promise<DetailResult | null> {
    const url = apiUrl(
      company,
      API_ORIGIN,
      `/api/v1/jobDetails/${encodeURIComponent(posting.id)}?locale=en-us`,
    );
    const body = await notFoundAs(`Apple job ${posting.id} not found (404) — it may have closed`, () =>
      ctx.http.json<{ res?: AppleDetail } & AppleDetail>(url, { signal: ctx.signal }),
    );
    const d = body.res ?? body;
    const out = joinText(
      plainText(d.jobSummary),
      d.description ? `Description\n${plainText(d.description)}` : undefined,
      d.responsibilities ? `Responsibilities\n${plainText(d.responsibilities)}` : undefined,
      d.minimumQualifications ? `Minimum qualifications\n${plainText(d.minimumQualifications)}` : undefined,
      d.preferredQualifications
        ? `Preferred qualifications\n${plainText(d.preferredQualifications)}`
        : undefined,
    );
    return out ? { text: out, method: 'api' } : null;
  },
};
