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
