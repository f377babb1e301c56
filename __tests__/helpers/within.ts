/** Runs CPU-bound code in a worker with a time (and optional heap) limit: a hang or a blow-up fails the test, not the suite. */
import { Worker } from 'node:worker_threads';

export type WithinResult<T> = { value: T; ms: number } | { timedOut: true } | { error: string };

/**
 * Runs `body` (an async function body, as text) in a worker. It sees `data` (structured-cloned) and
 * `load(path)`, an import of a module relative to the repository root; what it returns comes back.
 */
export async function runWithin<T>(
  body: string,
  data: unknown,
  limitMs: number,
  maxHeapMb?: number,
): Promise<WithinResult<T>> {
  const root = new URL('../../', import.meta.url).href;
  const worker = new Worker(
    `import { workerData, parentPort } from 'node:worker_threads';
     const load = (p) => import(new URL(p, workerData.root).href);
     const data = workerData.data;
     const started = performance.now();
     const value = await (async () => { ${body} })();
     parentPort.postMessage({ value, ms: performance.now() - started });`,
    {
      eval: true,
      workerData: { root, data },
      resourceLimits: maxHeapMb ? { maxOldGenerationSizeMb: maxHeapMb } : undefined,
    },
  );
  try {
    return await new Promise<WithinResult<T>>((resolve) => {
      const timer = setTimeout(() => resolve({ timedOut: true }), limitMs);
      worker.once('message', (m: { value: T; ms: number }) => {
        clearTimeout(timer);
        resolve(m);
      });
      worker.once('error', (err) => {
        clearTimeout(timer);
        resolve({ error: String(err?.message ?? err) });
      });
    });
  } finally {
    await worker.terminate();
  }
}
