import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { extractJobPostings } from '../src/html/jsonld.ts';

/** Runs `extractJobPostings` on `html` in a worker; null when it has not finished within `limitMs`. */
async function extractWithin(html: string, limitMs: number): Promise<{ jobs: number; ms: number } | null> {
  const module = new URL('../src/html/jsonld.ts', import.meta.url).href;
  const worker = new Worker(
    `import { workerData, parentPort } from 'node:worker_threads';
     const { extractJobPostings } = await import(workerData.module);
     const started = performance.now();
     const jobs = extractJobPostings(workerData.html, 'https://jobs.example/1');
     parentPort.postMessage({ jobs: jobs.length, ms: performance.now() - started });`,
    { eval: true, workerData: { module, html } },
  );
  try {
    return await new Promise((resolve, reject) => {
      const timer = setTimeout(() => resolve(null), limitMs);
      worker.once('message', (m: { jobs: number; ms: number }) => {
        clearTimeout(timer);
        resolve(m);
      });
      worker.once('error', reject);
    });
  } finally {
    await worker.terminate();
  }
}

describe('hostile pages', () => {
  it('a 3 MB page of unclosed <script> tags is scanned in one pass (it held the run for minutes)', async (t) => {
    const tag = '<script type="application/ld+json">{"@type":"JobPosting","title":"x"';
    const page = `<html><body>${tag.repeat(Math.ceil(3_000_000 / tag.length))}`;
    // The limit is generous on purpose (the scan takes milliseconds); the quadratic one takes minutes.
    const result = await extractWithin(page, 30_000);
    assert.ok(result, 'JSON-LD extraction did not finish within 30 s');
    assert.equal(result.jobs, 0);
    t.diagnostic(`3 MB of unclosed script tags: ${result.ms.toFixed(1)} ms`);
  });

  it('still finds every closed JSON-LD block, whatever the spacing of the tags', () => {
    const job = (title: string) =>
      JSON.stringify({ '@type': 'JobPosting', title, description: 'Build things.' });
    const html = `<script type="application/ld+json">${job('A')}</script><script>var a = "</scrip";</script >
      <SCRIPT TYPE='application/ld+json; charset=utf-8'>${job('B')}</script\n><script type=application/ld+json>${job('C')}</script/>
      <script type="application/ld+json">${job('never closed')}`;
    assert.deepEqual(
      extractJobPostings(html, 'https://jobs.example/1').map((j) => j.title),
      ['A', 'B', 'C'],
    );
  });
});
