import { decodeEntities, htmlToText } from '../html/text.ts';
import type { Posting } from '../model.ts';
import { notFoundAs, SourceError } from './errors.ts';
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

/** Greenhouse Job Board API: one call lists every job with its description (`content=true`). */
export const greenhouse: SourceAdapter = {
  name: 'greenhouse',
  keys: { board: { kind: 'token', required: true, hint: WHERE } },
  shorthandKey: 'board',

  async list(company, ctx) {
    const board = String(company.board).trim();
    const url = `${apiOrigin(company, ORIGIN)}/v1/boards/${encodeURIComponent(board)}/jobs?content=true`;
    const data = await notFoundAs(`Greenhouse board "${board}" not found (404) — check ${WHERE}`, () =>
      ctx.http.json<{ jobs?: GreenhouseJob[] }>(url, { signal: ctx.signal }),
    );
    if (!Array.isArray(data?.jobs))
      throw new SourceError(`Greenhouse board "${board}" answered without a "jobs" list — check ${WHERE}`);
    return dedupeById(
      data.jobs.filter((j) => j && j.id !== undefined).map((j) => toPosting(j, company.name, board, ctx.now)),
    );
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
