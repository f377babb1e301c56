/**
 * The fetch the openai SDK uses: reads the whole answer before handing it over, so the request's
 * abort signal (our per-request deadline) covers a body that trickles in, and a body past maxBytes is
 * cancelled at once instead of filling memory.
 */

export class AnswerTooLarge extends Error {
  constructor(maxBytes: number) {
    super(`the model's answer was larger than ${maxBytes} bytes`);
    this.name = 'AnswerTooLarge';
  }
}

async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new AnswerTooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export function cappedFetch(maxBytes: number): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    if (!response.body) return response;
    const bytes = await readCapped(response.body, maxBytes);
    const headers = new Headers(response.headers);
    // The bytes are already decoded: the SDK must not see the transfer's encoding or length.
    headers.delete('content-encoding');
    headers.delete('content-length');
    return new Response(bytes, { status: response.status, statusText: response.statusText, headers });
  };
}
