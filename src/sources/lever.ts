import { htmlToText } from '../html/text.ts';
import type { Posting } from '../model.ts';
import { notFoundAs, SourceError } from './errors.ts';
import {
  apiOrigin,
  dedupeById,
  guessRemote,
  joinText,
  maxPages,
  normalizeSalary,
  postingKey,
  text,
  toIsoDate,
  uniqueLocations,
  workplaceToRemote,
} from './normalize.ts';
import { pauseBetweenPages } from './paging.ts';
import type { CompanyConfig, SourceAdapter } from './types.ts';
import { plural } from '../text/plural.ts';

const ORIGINS = { global: 'https://api.lever.co', eu: 'https://api.eu.lever.co' } as const;
const WHERE = 'the site name in jobs.lever.co/<site>';
const PAGE_SIZE = 100;

interface LeverPosting {
  id: string;
  text?: string;
  categories?: {
    location?: string;
    allLocations?: string[];
    team?: string;
    department?: string;
    commitment?: string;
  };
  workplaceType?: string;
  createdAt?: number;
  hostedUrl?: string;
  applyUrl?: string;
  descriptionPlain?: string;
  description?: string;
  lists?: { text?: string; content?: string }[];
  additionalPlain?: string;
  salaryRange?: { min?: number; max?: number; currency?: string; interval?: string } | null;
}

/** Lever Postings API v0 (`?mode=json`), paged with skip/limit; EU sites on api.eu.lever.co. */
export const lever: SourceAdapter = {
  name: 'lever',
  keys: {
    site: { kind: 'token', required: true, hint: WHERE },
    region: { kind: 'enum', values: ['global', 'eu'], hint: '"eu" for sites on jobs.eu.lever.co' },
  },
  shorthandKey: 'site',

  async list(company, ctx) {
    const site = String(company.site).trim();
    const base = `${apiOrigin(company, ORIGINS[company.region === 'eu' ? 'eu' : 'global'])}/v0/postings/${encodeURIComponent(site)}`;
    const pages = maxPages(company);
    const all: LeverPosting[] = [];
    for (let page = 0; page < pages; page++) {
      const params = new URLSearchParams({
        mode: 'json',
        limit: String(PAGE_SIZE),
        skip: String(page * PAGE_SIZE),
      });
      // Lever's location filter is an exact match on the posting's location category.
      if (company.location) params.set('location', company.location);
      const pageUrl = `${base}?${params}`;
      if (page > 0) await pauseBetweenPages(company, pageUrl, ctx);
      const batch = await notFoundAs(
        `Lever site "${site}" not found (404) — check ${WHERE} (EU sites: add "region": "eu")`,
        () => ctx.http.json<LeverPosting[]>(pageUrl, { signal: ctx.signal }),
      );
      if (!Array.isArray(batch))
        throw new SourceError(`Lever site "${site}" answered without a postings list — check ${WHERE}`);
      const seen = new Set(all.map((p) => p.id));
      const fresh = batch.filter((p) => p && typeof p.id === 'string' && !seen.has(p.id));
      all.push(...fresh);
      // A short page is the last; a page of nothing new means the API ignored skip.
      if (batch.length < PAGE_SIZE || fresh.length === 0) break;
      if (page === pages - 1)
        ctx.log.info(`  [lever] ${site}: stopped after ${plural(pages, 'page')} (max_pages)`);
    }
    return dedupeById(all.map((p) => toPosting(p, company, site, ctx.now)));
  },
};

function toPosting(p: LeverPosting, company: CompanyConfig, site: string, now: Date): Posting {
  const c = p.categories ?? {};
  const locations = uniqueLocations(c.allLocations?.length ? c.allLocations : [c.location]);
  const lists = (p.lists ?? [])
    .map((l) => joinText(text(l?.text), l?.content ? htmlToText(l.content) : undefined))
    .filter(Boolean);
  const salary = p.salaryRange
    ? normalizeSalary({
        min: p.salaryRange.min,
        max: p.salaryRange.max,
        currency: p.salaryRange.currency,
        period: p.salaryRange.interval,
      })
    : undefined;
  return {
    key: postingKey('lever', site, p.id),
    id: p.id,
    source: 'lever',
    company: company.name,
    title: text(p.text) ?? '',
    locations,
    remote: workplaceToRemote(p.workplaceType) ?? guessRemote(...locations),
    department: text(c.department) ?? text(c.team),
    url: text(p.hostedUrl) ?? `https://jobs.lever.co/${site}/${p.id}`,
    applyUrl: text(p.applyUrl),
    postedAt: toIsoDate(p.createdAt, now),
    ...(salary ? { salary } : {}),
    description: joinText(
      text(p.descriptionPlain) ?? (p.description ? htmlToText(p.description) : undefined),
      ...lists,
      text(p.additionalPlain),
    ),
  };
}
