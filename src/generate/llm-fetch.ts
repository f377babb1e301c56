/**
 * The fetch the openai SDK uses: reads the whole answer before handing it over, so the request's
 * abort signal (our per-request deadline) covers a body that trickles in, and a body past maxBytes is
 * cancelled at once instead of filling memory.
 */
import { readAll } from '../http/body.ts';

export class AnswerTooLarge extends Error {
  constructor(maxBytes: number) {
    super(`the model's answer was larger than ${maxBytes} bytes`);
    this.name = 'AnswerTooLarge';
  }
}

/** The body's chunks, refused once past maxBytes (leaving the loop cancels the transfer). */
async function* capped(body: ReadableStream<Uint8Array>, maxBytes: number): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of body) {
    total += chunk.byteLength;
    if (total > maxBytes) throw new AnswerTooLarge(maxBytes);
    yield chunk;
  }
}

export function cappedFetch(maxBytes: number): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    if (!response.body) return response;
    const bytes = await readAll(capped(response.body, maxBytes));
    const headers = new Headers(response.headers);
    // The bytes are already decoded: the SDK must not see the transfer's encoding or length.
    headers.delete('content-encoding');
    headers.delete('content-length');
    return new Response(bytes, { status: response.status, statusText: response.statusText, headers });
  };
}
