/** Amazon (amazon.jobs): the public search JSON the careers site itself uses. */
import type { Posting } from '../model.ts';
import {
  dedupeById,
  guessRemote,
  joinText,
  maxPages,
  postingKey,
  text,
  toIsoDate,
  uniqueLocations,
} from './normalize.ts';
import { notFoundAs } from './errors.ts';
import { apiUrl, plainText } from './site-common.ts';
import type { CompanyConfig, SourceAdapter, SourceContext } from './types.ts';

const API_ORIGIN = 'https://www.amazon.jobs';
const PUBLIC_ORIGIN = 'https://www.amazon.jobs';
const PAGE_SIZE = 100;

interface AmazonJob {
  id?: string;
  id_icims?: string | number;
  title?: string;
  job_path?: string;
  url_next_step?: string;
  location?: string;
  normalized_location?: string;
  city?: string;
  state?: string;
  country_code?: string;
  posted_date?: string;
  description?: string;
  basic_qualifications?: string;
  preferred_qualifications?: string;
  job_category?: string;
  business_category?: string;
}

interface AmazonSearch {
  hits?: number;
  jobs?: AmazonJob[];
  error?: unknown;
}

function searchUrl(company: CompanyConfig, offset: number): string {
  const q = new URLSearchParams({
    base_query: text(company.search) ?? '',
    loc_query: text(company.location) ?? '',
    result_limit: String(PAGE_SIZE),
    offset: String(offset),
    sort: 'recent',
  });
  return apiUrl(company, API_ORIGIN, `/en/search.json?${q}`);
}

function toPosting(job: AmazonJob, company: CompanyConfig, now: Date): Posting | null {
  const id = String(job.id_icims ?? job.id ?? '').trim();
  const title = text(job.title);
  if (!id || !title) return null;
  const path = text(job.job_path) ?? `/en/jobs/${encodeURIComponent(id)}`;
  const location = text(job.normalized_location) ?? text(job.location);
  const description = joinText(
    plainText(job.description),
    job.basic_qualifications ? `Basic qualifications\n${plainText(job.basic_qualifications)}` : undefined,
    job.preferred_qualifications
      ? `Preferred qualifications\n${plainText(job.preferred_qualifications)}`
      : undefined,
  );
  return {
    key: postingKey('amazon', 'amazon', id),
    id,
    source: 'amazon',
    company: company.name,
    title,
    locations: uniqueLocations([location]),
    // Amazon has no workplace field; its remote roles are listed under "Virtual" locations.
    remote: /\bvirtual\b/i.test(location ?? '') ? true : guessRemote(location),
    department: text(job.job_category) ?? text(job.business_category),
    url: new URL(path, PUBLIC_ORIGIN).href,
    applyUrl: text(job.url_next_step),
    postedAt: toIsoDate(job.posted_date, now),
    description,
  };
}

export const amazon: SourceAdapter = {
  name: 'amazon',
  defaultName: 'Amazon',
  keys: {},
  shorthandKey: 'search',
  async list(company, ctx: SourceContext) {
    const postings: Posting[] = [];
    const pages = maxPages(company);
    for (let page = 0; page < pages; page++) {
      const offset = page * PAGE_SIZE;
      const url = searchUrl(company, offset);
      const body = await notFoundAs(`Amazon jobs search not found (404) at ${url} — check base_url`, () =>
        ctx.http.json<AmazonSearch>(url, { signal: ctx.signal }),
      );
      const jobs = Array.isArray(body.jobs) ? body.jobs : [];
      for (const job of jobs) {
        const posting = toPosting(job, company, ctx.now);
        if (posting) postings.push(posting);
      }
      const hits = typeof body.hits === 'number' ? body.hits : 0;
      if (jobs.length < PAGE_SIZE || offset + jobs.length >= hits) break;
    }
    return dedupeById(postings);
  },
};
