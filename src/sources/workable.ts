import { htmlToText } from '../html/text.ts';
import type { Posting } from '../model.ts';
import { fetchList, LISTING_MAX_BYTES } from './errors.ts';
import {
  apiOrigin,
  dedupeById,
  guessRemote,
  joinLocation,
  postingKey,
  text,
  toIsoDate,
  uniqueLocations,
} from './normalize.ts';
import type { SourceAdapter } from './types.ts';

const ORIGIN = 'https://apply.workable.com';
const WHERE = 'the account name in apply.workable.com/<account>';

interface WorkableJob {
  title?: string;
  shortcode?: string;
  telecommuting?: boolean;
  department?: string;
  url?: string;
  shortlink?: string;
  application_url?: string;
  published_on?: string;
  created_at?: string;
  city?: string;
  state?: string;
  country?: string;
  locations?: { city?: string; region?: string; country?: string }[];
  description?: string;
}

/**
 * Workable widget API: one call (`details=true`) lists every job with its description. The shared
 * HTTP client keeps this host at one request in flight; Workable throttles hard.
 */
export const workable: SourceAdapter = {
  name: 'workable',
  keys: { account: { kind: 'token', required: true, hint: WHERE } },
  shorthandKey: 'account',

  async list(company, ctx) {
    const account = String(company.account).trim();
    const url = `${apiOrigin(company, ORIGIN)}/api/v1/widget/accounts/${encodeURIComponent(account)}?details=true`;
    const jobs = await fetchList({ label: `Workable account "${account}"`, where: WHERE }, 'jobs', () =>
      ctx.http.json<{ jobs?: WorkableJob[] }>(url, { signal: ctx.signal, maxBytes: LISTING_MAX_BYTES }),
    );
    return dedupeById(
      jobs
        .filter((j) => j && text(j.shortcode))
        .map((j): Posting => {
          const id = text(j.shortcode)!;
          const locations = uniqueLocations([
            ...(j.locations ?? []).map((l) => joinLocation(l?.city, l?.region, l?.country)),
            joinLocation(j.city, j.state, j.country),
          ]);
          return {
            key: postingKey('workable', account, id),
            id,
            source: 'workable',
            company: company.name,
            title: text(j.title) ?? '',
            locations,
            remote:
              typeof j.telecommuting === 'boolean' ? j.telecommuting : guessRemote(j.title, ...locations),
            department: text(j.department),
            url: text(j.url) ?? text(j.shortlink) ?? `https://apply.workable.com/j/${id}`,
            applyUrl: text(j.application_url),
            postedAt: toIsoDate(j.published_on, ctx.now) ?? toIsoDate(j.created_at, ctx.now),
            description: j.description ? htmlToText(j.description) || undefined : undefined,
          };
        }),
    );
  },
};
