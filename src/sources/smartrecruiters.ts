import { htmlToText } from '../html/text.ts';
import type { Posting } from '../model.ts';
import { missingList, notFoundAs, SourceError } from './errors.ts';
import {
  apiOrigin,
  dedupeById,
  guessRemote,
  joinLocation,
  joinText,
  maxPages,
  postingKey,
  text,
  toIsoDate,
  uniqueLocations,
} from './normalize.ts';
import { pauseBetweenPages } from './paging.ts';
import type { CompanyConfig, SourceAdapter } from './types.ts';
import { plural } from '../text/plural.ts';

const ORIGIN = 'https://api.smartrecruiters.com';
const PUBLIC_ORIGIN = 'https://jobs.smartrecruiters.com';
const WHERE = 'the company identifier in jobs.smartrecruiters.com/<company_id>';
const PAGE_SIZE = 100;

interface SrLocation {
  city?: string;
  region?: string;
  country?: string;
  remote?: boolean;
  hybrid?: boolean;
  fullLocation?: string;
}

interface SrPosting {
  id: string;
  name?: string;
  releasedDate?: string;
  location?: SrLocation;
  department?: { label?: string };
  function?: { label?: string };
}

interface SrPage {
  offset?: number;
  limit?: number;
  totalFound?: number;
  content?: SrPosting[];
}

interface SrSection {
  title?: string;
  text?: string;
}

interface SrDetail {
  postingUrl?: string;
  applyUrl?: string;
  jobAd?: {
    sections?: Partial<
      Record<'companyDescription' | 'jobDescription' | 'qualifications' | 'additionalInformation', SrSection>
    >;
  };
}

/** SmartRecruiters Posting API: paged list (offset/limit, totalFound) + per-posting detail. */
export const smartrecruiters: SourceAdapter = {
  name: 'smartrecruiters',
  keys: { company_id: { kind: 'token', required: true, hint: WHERE } },
  shorthandKey: 'company_id',

  async list(company, ctx) {
    const id = companyId(company);
    const base = `${apiOrigin(company, ORIGIN)}/v1/companies/${encodeURIComponent(id)}/postings`;
    const narrowed = narrowing(company);
    const pages = maxPages(company);
    const all: SrPosting[] = [];
    for (let page = 0; page < pages; page++) {
      const params = new URLSearchParams({
        limit: String(PAGE_SIZE),
        offset: String(page * PAGE_SIZE),
        ...narrowed,
      });
      const pageUrl = `${base}?${params}`;
      if (page > 0) await pauseBetweenPages(company, pageUrl, ctx);
      const data = await notFoundAs(`SmartRecruiters company "${id}" not found (404) — check ${WHERE}`, () =>
        ctx.http.json<SrPage>(pageUrl, { signal: ctx.signal }),
      );
      const content = Array.isArray(data?.content) ? data.content : null;
      if (!content) throw missingList({ label: `SmartRecruiters company "${id}"`, where: WHERE }, 'content');
      // SmartRecruiters answers an unknown company with 200 and an empty list.
      if (page === 0 && content.length === 0 && Object.keys(narrowed).length === 0)
        throw new SourceError(
          `SmartRecruiters company "${id}" has no public postings — check ${WHERE} (an unknown identifier also looks like this)`,
        );
      all.push(...content.filter((p) => p && p.id !== undefined));
      const total = typeof data.totalFound === 'number' ? data.totalFound : Infinity;
      if (content.length < PAGE_SIZE || (page + 1) * PAGE_SIZE >= total) break;
      if (page === pages - 1)
        ctx.log.info(`  [smartrecruiters] ${id}: stopped after ${plural(pages, 'page')} (max_pages)`);
    }
    return dedupeById(all.map((p) => toPosting(p, company, id, ctx.now)));
  },

  async describe(posting, company, ctx) {
    const id = companyId(company);
    const url = `${apiOrigin(company, ORIGIN)}/v1/companies/${encodeURIComponent(id)}/postings/${encodeURIComponent(posting.id)}`;
    const detail = await notFoundAs(`SmartRecruiters posting "${posting.id}" of "${id}" is gone (404)`, () =>
      ctx.http.json<SrDetail>(url, { signal: ctx.signal }),
    );
    const s = detail?.jobAd?.sections ?? {};
    const parts = [s.companyDescription, s.jobDescription, s.qualifications, s.additionalInformation].map(
      (sec) => {
        const body = sec?.text ? htmlToText(sec.text) : '';
        return body ? joinText(text(sec?.title), body) : undefined;
      },
    );
    const body = joinText(...parts);
    if (!body) return null;
    const applyUrl = text(detail.applyUrl);
    return { text: body, method: 'api', ...(applyUrl ? { patch: { applyUrl } } : {}) };
  },
};

function companyId(company: CompanyConfig): string {
  return String(company.company_id).trim();
}

/** Server-side narrowing: `q` from search; location as a 2-letter country code or a city. */
function narrowing(company: CompanyConfig): Record<string, string> {
  const out: Record<string, string> = {};
  const q = text(company.search);
  if (q) out.q = q;
  const where = text(company.location);
  if (where) {
    if (/^[a-z]{2}$/i.test(where)) out.country = where.toLowerCase();
    else out.city = where;
  }
  return out;
}

function toPosting(p: SrPosting, company: CompanyConfig, id: string, now: Date): Posting {
  const loc = p.location ?? {};
  const where = text(loc.fullLocation) ?? joinLocation(loc.city, loc.region, loc.country?.toUpperCase());
  const postingId = String(p.id);
  return {
    key: postingKey('smartrecruiters', id, postingId),
    id: postingId,
    source: 'smartrecruiters',
    company: company.name,
    title: text(p.name) ?? '',
    locations: uniqueLocations([where]),
    remote:
      loc.remote === true ? true : loc.hybrid === true || loc.remote === false ? false : guessRemote(where),
    department: text(p.department?.label) ?? text(p.function?.label),
    url: `${PUBLIC_ORIGIN}/${encodeURIComponent(id)}/${encodeURIComponent(postingId)}`,
    postedAt: toIsoDate(p.releasedDate, now),
  };
}
