import { htmlToText } from '../html/text.ts';
import type { Posting, Salary } from '../model.ts';
import { fetchList, LISTING_MAX_BYTES } from './errors.ts';
import {
  apiOrigin,
  dedupeById,
  guessRemote,
  normalizeSalary,
  postingKey,
  text,
  toIsoDate,
  uniqueLocations,
  workplaceToRemote,
} from './normalize.ts';
import type { SourceAdapter } from './types.ts';

const ORIGIN = 'https://api.ashbyhq.com';
const WHERE = 'the board name in jobs.ashbyhq.com/<board>';
/** Ashby's board endpoint builds the whole board per call and can take tens of seconds. */
const TIMEOUT_MS = 60_000;

interface AshbyCompensationComponent {
  compensationType?: string;
  interval?: string;
  currencyCode?: string | null;
  minValue?: number | null;
  maxValue?: number | null;
  summary?: string;
}

interface AshbyJob {
  id: string;
  title?: string;
  department?: string;
  team?: string;
  location?: string;
  secondaryLocations?: { location?: string }[];
  publishedAt?: string;
  isListed?: boolean;
  isRemote?: boolean | null;
  workplaceType?: string | null;
  jobUrl?: string;
  applyUrl?: string;
  descriptionPlain?: string;
  descriptionHtml?: string;
  compensation?: {
    compensationTierSummary?: string | null;
    scrapeableCompensationSalarySummary?: string | null;
    summaryComponents?: AshbyCompensationComponent[];
  } | null;
}

/** Ashby public posting API: one call lists every job with description and compensation. */
export const ashby: SourceAdapter = {
  name: 'ashby',
  keys: { board: { kind: 'token', required: true, hint: WHERE } },
  shorthandKey: 'board',

  async list(company, ctx) {
    const board = String(company.board).trim();
    const url = `${apiOrigin(company, ORIGIN)}/posting-api/job-board/${encodeURIComponent(board)}?includeCompensation=true`;
    const jobs = await fetchList({ label: `Ashby board "${board}"`, where: WHERE }, 'jobs', () =>
      ctx.http.json<{ jobs?: AshbyJob[] }>(url, {
        signal: ctx.signal,
        timeoutMs: TIMEOUT_MS,
        maxBytes: LISTING_MAX_BYTES,
      }),
    );
    return dedupeById(
      jobs
        .filter((j) => j && typeof j.id === 'string' && j.isListed !== false)
        .map((j): Posting => {
          const locations = uniqueLocations([
            j.location,
            ...(j.secondaryLocations ?? []).map((l) => l?.location),
          ]);
          const salary = ashbySalary(j.compensation);
          return {
            key: postingKey('ashby', board, j.id),
            id: j.id,
            source: 'ashby',
            company: company.name,
            title: text(j.title) ?? '',
            locations,
            // workplaceType is the explicit field; isRemote is true for hybrid jobs too.
            remote:
              workplaceToRemote(j.workplaceType) ??
              (typeof j.isRemote === 'boolean' ? j.isRemote : guessRemote(...locations)),
            department: text(j.department) ?? text(j.team),
            url: text(j.jobUrl) ?? `https://jobs.ashbyhq.com/${board}/${j.id}`,
            applyUrl: text(j.applyUrl),
            postedAt: toIsoDate(j.publishedAt, ctx.now),
            ...(salary ? { salary } : {}),
            description:
              text(j.descriptionPlain) ?? (j.descriptionHtml ? htmlToText(j.descriptionHtml) : undefined),
          };
        }),
    );
  },
};

function ashbySalary(comp: AshbyJob['compensation']): Salary | undefined {
  if (!comp) return undefined;
  const summary = text(comp.scrapeableCompensationSalarySummary) ?? text(comp.compensationTierSummary);
  const part = comp.summaryComponents?.find((c) => c?.compensationType === 'Salary');
  if (part && (part.minValue != null || part.maxValue != null))
    return normalizeSalary({
      min: part.minValue,
      max: part.maxValue,
      currency: part.currencyCode,
      period: part.interval,
      text: text(part.summary) ?? summary,
    });
  return summary ? normalizeSalary({ text: summary }) : undefined;
}
