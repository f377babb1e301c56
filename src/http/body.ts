import type { AttemptTimer } from './abort.ts';

export interface BodyReadOptions {
  maxBytes: number;
  timer: AttemptTimer;
  /** stream(): time each read separately, so a slow consumer is not blamed on the server. */
  timeEachRead: boolean;
  tooLarge: () => Error;
  /** Turns a read failure (abort, reset, truncation) into the client's error. */
  mapError: (err: unknown) => Error;
  /** Called exactly once when the body ends, fails or the consumer stops early. */
  onDone: () => void;
}

/**
 * The body as a single-use async iterable that counts bytes as they arrive and cancels the transfer
 * as soon as it passes maxBytes, so memory stays bounded whatever the server sends.
 */
export function cappedBody(response: Response, options: BodyReadOptions): AsyncIterable<Uint8Array> {
  const reader: ReadableStreamDefaultReader<Uint8Array> | undefined = response.body?.getReader();
  let received = 0;
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    options.timer.stop();
    options.onDone();
  };
  const cancel = () => reader?.cancel().catch(() => {});
  if (!reader) finish();

  const iterator: AsyncIterator<Uint8Array> = {
    async next() {
      if (finished || !reader) return { done: true, value: undefined };
      let chunk: Awaited<ReturnType<typeof reader.read>>;
      try {
        if (options.timeEachRead) options.timer.start();
        chunk = await reader.read();
        if (options.timeEachRead) options.timer.stop();
      } catch (err) {
        finish();
        void cancel();
        throw options.mapError(err);
      }
      if (chunk.done) {
        finish();
        return { done: true, value: undefined };
      }
      received += chunk.value.byteLength;
      if (received > options.maxBytes) {
        finish();
        void cancel();
        throw options.tooLarge();
      }
      return { done: false, value: chunk.value };
    },
    async return() {
      if (!finished) {
        finish();
        await cancel();
      }
      return { done: true, value: undefined };
    },
  };
  return { [Symbol.asyncIterator]: () => iterator };
}

/** Reads a whole (capped) body into one buffer. */
export async function readAll(body: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body) {
    chunks.push(chunk);
    total += chunk.byteLength;
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
