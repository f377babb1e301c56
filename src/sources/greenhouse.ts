import { HttpError } from '../http/types.ts';
import { decodeEntities, htmlToText } from '../html/text.ts';
import type { Posting } from '../model.ts';
import { fetchList, LISTING_MAX_BYTES } from './errors.ts';
import {
  apiOrigin,
  dedupeById,
  guessRemote,
  postingKey,
  text,
  toIsoDate,
  uniqueLocations,
} from './normalize.ts';
import type { SourceAdapter } from './types.ts';

const ORIGIN = 'https://boards-api.greenhouse.io';
const WHERE = 'the board token in boards.greenhouse.io/<board>';

interface GreenhouseJob {
  id: number | string;
  title?: string;
  absolute_url?: string;
  location?: { name?: string } | null;
  offices?: { name?: string; location?: string | null }[] | null;
  departments?: { name?: string }[] | null;
  updated_at?: string;
  first_published?: string;
  /** Entity-escaped HTML. */
  content?: string;
}

/** Keys of postings listed without their description because their board was too big. */
const listedWithoutContent = new Set<string>();

/** Greenhouse Job Board API: one call lists every job with its description (`content=true`). */
export const greenhouse: SourceAdapter = {
  name: 'greenhouse',
  keys: { board: { kind: 'token', required: true, hint: WHERE } },
  shorthandKey: 'board',

  async list(company, ctx) {
    const board = String(company.board).trim();
    const jobsUrl = `${apiOrigin(company, ORIGIN)}/v1/boards/${encodeURIComponent(board)}/jobs`;
    const listing = (query: string, maxBytes?: number) =>
      fetchList({ label: `Greenhouse board "${board}"`, where: WHERE }, 'jobs', () =>
        ctx.http.json<{ jobs?: GreenhouseJob[] }>(`${jobsUrl}${query}`, { signal: ctx.signal, maxBytes }),
      );
    let jobs: GreenhouseJob[];
    let withContent = true;
    // Read whole with every description up to LISTING_MAX_BYTES; a bigger board is listed without them,
    // and the kept postings' descriptions come from the detail call.
    try {
      jobs = await listing('?content=true', LISTING_MAX_BYTES);
    } catch (err) {
      if (!(err instanceof HttpError && err.kind === 'too_large')) throw err;
      ctx.log.info(
        `  [discover] ${company.name}: board "${board}" is over ${LISTING_MAX_BYTES / 1024 / 1024} MB with descriptions; listed without them, the kept postings' descriptions are fetched one by one`,
      );
      jobs = await listing('');
      withContent = false;
    }
    const postings = dedupeById(
      jobs.filter((j) => j && j.id !== undefined).map((j) => toPosting(j, company.name, board, ctx.now)),
    );
    if (!withContent) for (const p of postings) listedWithoutContent.add(p.key);
    return postings;
  },

  /** The detail call, for postings listed without their description (a board too big to list whole). */
  async describe(posting, company, ctx) {
    if (!listedWithoutContent.has(posting.key)) return null;
    const board = String(company.board).trim();
    const url = `${apiOrigin(company, ORIGIN)}/v1/boards/${encodeURIComponent(board)}/jobs/${encodeURIComponent(posting.id)}`;
    const job = await ctx.http.json<GreenhouseJob>(url, { signal: ctx.signal });
    const text = job?.content ? htmlToText(decodeEntities(job.content)) : '';
    return text ? { text, method: 'api' } : null;
  },
};

function toPosting(job: GreenhouseJob, companyName: string, board: string, now: Date): Posting {
  const id = String(job.id);
  const locationName = text(job.location?.name);
  const locations = uniqueLocations([locationName, ...(job.offices ?? []).map((o) => o?.location)]);
  const html = job.content ? decodeEntities(job.content) : '';
  return {
    key: postingKey('greenhouse', board, id),
    id,
    source: 'greenhouse',
    company: companyName,
    title: text(job.title) ?? '',
    locations,
    // Greenhouse has no workplace field; boards write it into the location ("Hybrid - London").
    remote: guessRemote(locationName, ...(job.offices ?? []).map((o) => o?.name)),
    department: text(job.departments?.[0]?.name),
    url: text(job.absolute_url) ?? `https://boards.greenhouse.io/${board}/jobs/${id}`,
    postedAt: toIsoDate(job.first_published, now) ?? toIsoDate(job.updated_at, now),
    description: html ? htmlToText(html) || undefined : undefined,
  };
}
