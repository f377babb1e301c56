import { htmlToText } from '../html/text.ts';
import type { Posting } from '../model.ts';
import { missingList, notFoundAs, SourceError } from './errors.ts';
import {
  apiOrigin,
  dedupeById,
  guessRemote,
  maxPages,
  postingKey,
  text,
  toIsoDate,
  uniqueLocations,
  workplaceToRemote,
} from './normalize.ts';
import { pauseBetweenPages } from './paging.ts';
import type { CompanyConfig, SourceAdapter } from './types.ts';
import { plural } from '../text/plural.ts';

const PAGE_SIZE = 20;
const URL_HINT =
  'a Workday careers URL like https://nvidia.wd5.myworkdayjobs.com/NVIDIAExternalCareerSite (or https://wd3.myworkdaysite.com/recruiting/<tenant>/<site>)';

export interface WorkdaySite {
  /** Public origin, e.g. https://nvidia.wd5.myworkdayjobs.com */
  origin: string;
  tenant: string;
  site: string;
}

interface WorkdayListing {
  title?: string;
  externalPath?: string;
  locationsText?: string;
  postedOn?: string;
  remoteType?: string;
}

interface WorkdayPage {
  total?: number;
  jobPostings?: WorkdayListing[];
  /** Filters the site offers; location values are nested under a location facet group. */
  facets?: WorkdayFacet[];
}

interface WorkdayFacet {
  facetParameter?: string;
  descriptor?: string;
  id?: string;
  values?: WorkdayFacet[];
}

/**
 * The applied facets that narrow a Workday search to a location: every value of a location facet
 * whose name contains the wanted text ("New York" matches "New York, NY" and "USA, New York").
 * Workday only filters by facet ids, which the first answer lists.
 */
export function locationFacets(facets: WorkdayFacet[] | undefined, wanted: string): Record<string, string[]> {
  const needle = wanted.trim().toLowerCase();
  const applied: Record<string, string[]> = {};
  const walk = (nodes: WorkdayFacet[] | undefined, parameter: string | undefined) => {
    for (const node of nodes ?? []) {
      const param = node.facetParameter ?? parameter;
      if (node.values) walk(node.values, param);
      else if (
        param &&
        /location/i.test(param) &&
        node.id &&
        node.descriptor?.toLowerCase().includes(needle)
      ) {
        (applied[param] ??= []).push(node.id);
      }
    }
  };
  walk(facets, undefined);
  return applied;
}

interface WorkdayDetail {
  jobPostingInfo?: {
    jobDescription?: string;
    location?: string;
    additionalLocations?: string[];
    startDate?: string;
    externalUrl?: string;
    remoteType?: string;
  };
}

/**
 * Tenant, site and public origin of a Workday careers URL:
 * `https://{tenant}.wd{N}.myworkdayjobs.com[/{locale}]/{site}[/...]` or
 * `https://wd{N}.myworkdaysite.com[/{locale}]/recruiting/{tenant}/{site}[/...]`.
 * Throws SourceError naming what is allowed for anything else.
 */
export function parseWorkdayUrl(input: string): WorkdaySite {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new SourceError(`${JSON.stringify(input)} is not a URL — use ${URL_HINT}`);
  }
  const segments = url.pathname
    .split('/')
    .filter(Boolean)
    .filter((s, i) => !(i === 0 && /^[a-z]{2}(-[A-Za-z]{2,4})?$/.test(s)));
  const host = url.hostname.toLowerCase();
  const jobs = /^([a-z0-9-]+)\.(wd\d+)\.myworkdayjobs\.com$/.exec(host);
  if (jobs && segments[0] && segments[0] !== 'wday') {
    return { origin: `https://${host}`, tenant: jobs[1], site: decodeURIComponent(segments[0]) };
  }
  if (
    /^wd\d+\.myworkdaysite\.com$/.test(host) &&
    segments[0] === 'recruiting' &&
    segments[1] &&
    segments[2]
  ) {
    return { origin: `https://${host}`, tenant: segments[1], site: decodeURIComponent(segments[2]) };
  }
  throw new SourceError(`${JSON.stringify(input)} is not a Workday careers URL — use ${URL_HINT}`);
}

/** Workday CXS API: POST search paged by offset (20 a page) + GET detail per posting. */
export const workday: SourceAdapter = {
  name: 'workday',
  keys: { url: { kind: 'url', required: true, hint: URL_HINT } },
  shorthandKey: 'url',

  validate(company) {
    try {
      parseWorkdayUrl(String(company.url));
      return [];
    } catch (err) {
      return [`url: ${(err as Error).message}`];
    }
  },

  async list(company, ctx) {
    const wd = parseWorkdayUrl(String(company.url));
    const endpoint = `${cxsBase(company, wd)}/jobs`;
    const pages = maxPages(company);
    const searchText = text(company.search) ?? '';
    const location = text(company.location);
    const all: WorkdayListing[] = [];
    let total = Infinity;
    let appliedFacets: Record<string, string[]> = {};
    const fetchPage = (offset: number) =>
      notFoundAs(
        `Workday site "${wd.tenant}/${wd.site}" not found (404) — check the careers URL (${URL_HINT})`,
        () =>
          ctx.http.json<WorkdayPage>(endpoint, {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body: JSON.stringify({ appliedFacets, limit: PAGE_SIZE, offset, searchText }),
            signal: ctx.signal,
          }),
      );
    let first = await fetchPage(0);
    if (location) {
      appliedFacets = locationFacets(first?.facets, location);
      if (Object.keys(appliedFacets).length) {
        await pauseBetweenPages(company, endpoint, ctx);
        first = await fetchPage(0);
      } else {
        ctx.log.info(
          `  [workday] ${wd.tenant}/${wd.site}: no location filter matches "${location}"; listing every location`,
        );
      }
    }
    for (let page = 0; page < pages; page++) {
      const offset = page * PAGE_SIZE;
      if (page > 0) await pauseBetweenPages(company, endpoint, ctx);
      const data = page === 0 ? first : await fetchPage(offset);
      const batch = Array.isArray(data?.jobPostings) ? data.jobPostings : null;
      if (!batch)
        throw missingList(
          { label: `Workday site "${wd.tenant}/${wd.site}"`, where: 'the careers URL' },
          'jobPostings',
        );
      // Later pages often report total 0; only the first page's total is reliable.
      if (page === 0 && typeof data.total === 'number') total = data.total;
      all.push(...batch.filter((j) => j && text(j.externalPath)));
      if (batch.length < PAGE_SIZE || offset + PAGE_SIZE >= total) break;
      if (page === pages - 1)
        ctx.log.info(
          `  [workday] ${wd.tenant}/${wd.site}: stopped after ${plural(pages, 'page')} (max_pages)`,
        );
    }
    return dedupeById(all.map((j) => toPosting(j, company, wd, ctx.now)));
  },

  async describe(posting, company, ctx) {
    const wd = parseWorkdayUrl(String(company.url));
    const path = externalPathOf(posting.url, wd);
    if (!path) return null;
    const detail = await notFoundAs(`Workday posting "${posting.id}" is gone (404)`, () =>
      ctx.http.json<WorkdayDetail>(`${cxsBase(company, wd)}${path}`, {
        headers: { accept: 'application/json' },
        signal: ctx.signal,
      }),
    );
    const info = detail?.jobPostingInfo;
    const body = info?.jobDescription ? htmlToText(info.jobDescription) : '';
    if (!body) return null;
    const patch: Partial<Posting> = {};
    const locations = uniqueLocations([info?.location, ...(info?.additionalLocations ?? [])]);
    if (locations.length) patch.locations = locations;
    const remote = workplaceToRemote(info?.remoteType);
    if (remote !== null) patch.remote = remote;
    const url = text(info?.externalUrl);
    if (url) patch.url = url;
    return { text: body, method: 'api', patch };
  },
};

/** The CXS API root; base_url replaces the whole origin (the tenant lives in the hostname). */
function cxsBase(company: CompanyConfig, wd: WorkdaySite): string {
  return `${apiOrigin(company, wd.origin)}/wday/cxs/${encodeURIComponent(wd.tenant)}/${encodeURIComponent(wd.site)}`;
}

/** "/job/US-CA-Santa-Clara/Title_JR123" from the public posting URL we built in list(). */
function externalPathOf(postingUrl: string, wd: WorkdaySite): string | undefined {
  try {
    const path = new URL(postingUrl).pathname;
    const i = path.indexOf('/job/');
    // The site segment is percent-encoded in the URL ("Acme%20Careers"), as toPosting() wrote it.
    return i >= 0 && path.slice(0, i).endsWith(`/${encodeURIComponent(wd.site)}`) ? path.slice(i) : undefined;
  } catch {
    return undefined;
  }
}

function toPosting(j: WorkdayListing, company: CompanyConfig, wd: WorkdaySite, now: Date): Posting {
  const path = text(j.externalPath)!;
  const id = path.split('/').filter(Boolean).pop() ?? path;
  // "2 Locations" names no place; the path's first segment ("Vietnam-Hanoi") names the primary one.
  const shown = text(j.locationsText);
  const primary = /^\d+\s+locations?$/i.test(shown ?? '')
    ? path.split('/').filter(Boolean)[1]?.replace(/-/g, ' ')
    : shown;
  const locations = uniqueLocations([primary]);
  return {
    key: postingKey('workday', `${wd.tenant}/${wd.site}`, id),
    id,
    source: 'workday',
    company: company.name,
    title: text(j.title) ?? '',
    locations,
    remote: workplaceToRemote(j.remoteType) ?? guessRemote(shown, path.split('/')[2]),
    url: `${wd.origin}/${encodeURIComponent(wd.site)}${path.startsWith('/') ? path : `/${path}`}`,
    postedAt: j.postedOn ? toIsoDate(j.postedOn, now) : undefined,
  };
}
