import { HttpError } from '../http/types.ts';

/**
 * A source problem the user must fix in their config (unknown board, wrong site name, a URL that is
 * not a careers page). The pipeline reports it as the company's failure, distinct from throttling
 * or timeouts (which stay `HttpError`).
 */
export class SourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceError';
  }
}

/**
 * Runs an API call, turning a 404 into a SourceError with `message` (the board/site does not
 * exist). Every other error, throttling and timeouts included, propagates unchanged.
 */
export async function notFoundAs<T>(message: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof HttpError && err.kind === 'status' && err.status === 404)
      throw new SourceError(message);
    throw err;
  }
}

/** A board, site or account as errors name it ('Ashby board "linear"'), and where the user finds the right value. */
export interface BoardRef {
  label: string;
  where: string;
}

/** The SourceError for an answer without the list of postings it should hold under `field`. */
export function missingList(board: BoardRef, field: string): SourceError {
  const article = /^[aeiou]/i.test(field) ? 'an' : 'a';
  return new SourceError(`${board.label} answered without ${article} "${field}" list — check ${board.where}`);
}

/**
 * The size cap of a listing that comes in one response with every description (Greenhouse
 * `content=true`, Ashby, Workable `details=true`, Recruitee): about 7 KB a posting, so a board of 1,800
 * is 12 MB, past the HTTP client's default cap for a page.
 */
export const LISTING_MAX_BYTES = 32 * 1024 * 1024;

/**
 * A listing fetched in one call: the list under `field` of the JSON `call` returns. A 404 (no such
 * board) and an answer without that list are SourceErrors naming the board and where to check it.
 */
export async function fetchList<K extends string, T>(
  board: BoardRef,
  field: K,
  call: () => Promise<{ [key in K]?: T[] } | null | undefined>,
): Promise<T[]> {
  const data = await notFoundAs(`${board.label} not found (404) — check ${board.where}`, call);
  const list = data?.[field];
  if (!Array.isArray(list)) throw missingList(board, field);
  return list;
}
