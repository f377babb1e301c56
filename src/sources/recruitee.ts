import { htmlToText } from '../html/text.ts';
import type { Posting } from '../model.ts';
import { fetchList, LISTING_MAX_BYTES } from './errors.ts';
import {
  apiOrigin,
  dedupeById,
  guessRemote,
  joinLocation,
  joinText,
  normalizeSalary,
  postingKey,
  text,
  toIsoDate,
  uniqueLocations,
} from './normalize.ts';
import type { SourceAdapter } from './types.ts';

const WHERE = 'the <subdomain> in <subdomain>.recruitee.com';

interface RecruiteeOffer {
  id: number | string;
  title?: string;
  status?: string;
  location?: string;
  city?: string;
  state_name?: string;
  country?: string;
  locations?: { name?: string; city?: string; state?: string; country?: string }[];
  remote?: boolean | null;
  hybrid?: boolean | null;
  on_site?: boolean | null;
  department?: string;
  careers_url?: string;
  slug?: string;
  careers_apply_url?: string;
  published_at?: string;
  created_at?: string;
  description?: string;
  requirements?: string;
  salary?: {
    min?: string | number | null;
    max?: string | number | null;
    period?: string;
    currency?: string;
  } | null;
}

/** Recruitee careers-site API: one call on the company's own host lists every offer. */
export const recruitee: SourceAdapter = {
  name: 'recruitee',
  keys: { subdomain: { kind: 'token', required: true, hint: WHERE } },
  shorthandKey: 'subdomain',

  async list(company, ctx) {
    const sub = String(company.subdomain).trim().toLowerCase();
    // The tenant is in the hostname, so base_url replaces the whole origin.
    const url = `${apiOrigin(company, `https://${sub}.recruitee.com`)}/api/offers/`;
    const offers = await fetchList({ label: `Recruitee company "${sub}"`, where: WHERE }, 'offers', () =>
      ctx.http.json<{ offers?: RecruiteeOffer[] }>(url, { signal: ctx.signal, maxBytes: LISTING_MAX_BYTES }),
    );
    return dedupeById(
      offers
        .filter((o) => o && o.id !== undefined && (o.status === undefined || o.status === 'published'))
        .map((o): Posting => {
          const id = String(o.id);
          const listed = (o.locations ?? []).map((l) =>
            joinLocation(l?.city ?? l?.name, l?.state, l?.country),
          );
          const locations = uniqueLocations(
            listed.length ? listed : [text(o.location) ?? joinLocation(o.city, o.state_name, o.country)],
          );
          const salary = o.salary ? normalizeSalary(o.salary) : undefined;
          return {
            key: postingKey('recruitee', sub, id),
            id,
            source: 'recruitee',
            company: company.name,
            title: text(o.title) ?? '',
            locations,
            remote:
              o.remote === true
                ? true
                : o.hybrid === true || o.on_site === true || o.remote === false
                  ? false
                  : guessRemote(...locations),
            department: text(o.department),
            url: text(o.careers_url) ?? `https://${sub}.recruitee.com/o/${text(o.slug) ?? id}`,
            applyUrl: text(o.careers_apply_url),
            postedAt: toIsoDate(o.published_at, ctx.now) ?? toIsoDate(o.created_at, ctx.now),
            ...(salary ? { salary } : {}),
            description: joinText(
              o.description ? htmlToText(o.description) : undefined,
              o.requirements ? htmlToText(o.requirements) : undefined,
            ),
          };
        }),
    );
  },
};
