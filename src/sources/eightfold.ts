/**
 * Eightfold-hosted careers sites (Microsoft, Netflix, ...). Two API generations exist: the newer
 * PCSX (`/api/pcsx/search` + `/api/pcsx/position_details`) and the older apply v2
 * (`/api/apply/v2/jobs` + `/api/apply/v2/jobs/{id}`). Both page 10 positions at a time by `start`.
 */
import type { Posting } from '../model.ts';
import {
  dedupeById,
  maxPages,
  postingKey,
  text,
  toIsoDate,
  uniqueLocations,
  workplaceToRemote,
} from './normalize.ts';
import { notFoundAs } from './errors.ts';
import { apiUrl, plainText } from './site-common.ts';
import type { CompanyConfig, DetailResult, SourceAdapter, SourceContext } from './types.ts';

const PAGE_SIZE = 10;

export interface EightfoldSite {
  /** Registry name, e.g. "microsoft". */
  name: string;
  /** Display name for messages and the default company name, e.g. "Microsoft". */
  label: string;
  /** The employer domain Eightfold keys on, e.g. "microsoft.com". */
  domain: string;
  /** API origin, e.g. "https://apply.careers.microsoft.com". */
  origin: string;
  api: 'pcsx' | 'v2';
}

/** One position as either API generation lists it (fields differ by generation). */
interface EightfoldPosition {
  id?: number | string;
  name?: string;
  location?: string;
  locations?: string[];
  standardizedLocations?: string[];
  department?: string;
  // PCSX
  postedTs?: number;
  creationTs?: number;
  workLocationOption?: string;
  positionUrl?: string;
  // v2
  t_create?: number;
  t_update?: number;
  work_location_option?: string;
  canonicalPositionUrl?: string;
  job_description?: string;
}

interface PcsxSearch {
  status?: number;
  error?: unknown;
  data?: { positions?: EightfoldPosition[]; count?: number };
}

interface V2Search {
  positions?: EightfoldPosition[];
  count?: number;
}

function searchUrl(site: EightfoldSite, company: CompanyConfig, start: number): string {
  const q = new URLSearchParams({
    domain: site.domain,
    query: text(company.search) ?? '',
    location: text(company.location) ?? '',
    start: String(start),
  });
  if (site.api === 'v2') q.set('num', String(PAGE_SIZE));
  const path = site.api === 'pcsx' ? '/api/pcsx/search' : '/api/apply/v2/jobs';
  return apiUrl(company, site.origin, `${path}?${q}`);
}

function detailUrl(site: EightfoldSite, company: CompanyConfig, id: string): string {
  if (site.api === 'pcsx') {
    const q = new URLSearchParams({ position_id: id, domain: site.domain, hl: 'en' });
    return apiUrl(company, site.origin, `/api/pcsx/position_details?${q}`);
  }
  return apiUrl(
    company,
    site.origin,
    `/api/apply/v2/jobs/${encodeURIComponent(id)}?${new URLSearchParams({ domain: site.domain })}`,
  );
}

/** "remote", "remote_local" -> true; "onsite", "hybrid" -> false; else null. */
function remoteOf(option: unknown): boolean | null {
  if (typeof option === 'string' && /^remote/i.test(option.trim())) return true;
  return workplaceToRemote(option);
}

function toPosting(
  site: EightfoldSite,
  p: EightfoldPosition,
  company: CompanyConfig,
  now: Date,
): Posting | null {
  const id = String(p.id ?? '').trim();
  const title = text(p.name);
  if (!id || !title) return null;
  const path = text(p.positionUrl) ?? `/careers/job/${encodeURIComponent(id)}`;
  const description = plainText(p.job_description);
  return {
    key: postingKey(site.name, site.name, id),
    id,
    source: site.name,
    company: company.name,
    title,
    locations: uniqueLocations([...(p.locations ?? []), p.location]),
    remote: remoteOf(p.workLocationOption ?? p.work_location_option),
    department: text(p.department),
    url: text(p.canonicalPositionUrl) ?? new URL(path, site.origin).href,
    postedAt: toIsoDate(p.postedTs ?? p.t_create ?? p.creationTs, now),
    ...(description ? { description } : {}),
  };
}

async function searchPage(
  site: EightfoldSite,
  company: CompanyConfig,
  ctx: SourceContext,
  start: number,
): Promise<{ positions: EightfoldPosition[]; count: number }> {
  const url = searchUrl(site, company, start);
  const body = await notFoundAs(`${site.label} careers search not found (404) at ${url}`, () =>
    ctx.http.json<PcsxSearch & V2Search>(url, { signal: ctx.signal }),
  );
  const data = site.api === 'pcsx' ? (body.data ?? {}) : body;
  return {
    positions: Array.isArray(data.positions) ? data.positions : [],
    count: typeof data.count === 'number' ? data.count : 0,
  };
}

/** A SourceAdapter for one Eightfold-hosted careers site. */
export function eightfoldAdapter(site: EightfoldSite): SourceAdapter {
  return {
    name: site.name,
    defaultName: site.label,
    keys: {},
    shorthandKey: 'search',
    async list(company, ctx) {
      const postings: Posting[] = [];
      const pages = maxPages(company);
      for (let page = 0; page < pages; page++) {
        const start = page * PAGE_SIZE;
        const { positions, count } = await searchPage(site, company, ctx, start);
        for (const p of positions) {
          const posting = toPosting(site, p, company, ctx.now);
          if (posting) postings.push(posting);
        }
        if (positions.length < PAGE_SIZE || start + positions.length >= count) break;
      }
      return dedupeById(postings);
    },
    async describe(posting, company, ctx): Promise<DetailResult | null> {
      const url = detailUrl(site, company, posting.id);
      const body = await notFoundAs(
        `${site.label} position ${posting.id} not found (404) — it may have closed`,
        () =>
          ctx.http.json<{ data?: { jobDescription?: string }; job_description?: string }>(url, {
            signal: ctx.signal,
          }),
      );
      const html = site.api === 'pcsx' ? body.data?.jobDescription : body.job_description;
      const textOut = plainText(html);
      return textOut ? { text: textOut, method: 'api' } : null;
    },
  };
}
