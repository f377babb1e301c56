import { test } from 'node:test';
import assert from 'node:assert/strict';
import v8 from 'node:v8';
import { pdfGarbageCollector } from '../src/render/pdf-garbage.ts';

const usedMb = () => v8.getHeapStatistics().used_heap_size / 2 ** 20;

/** Many small objects built in one synchronous go, as a PDF layout does: scavenges promote them. */
function layoutLikeGarbage(mb: number): object[] {
  const objects: object[] = [];
  for (let i = 0; i < (mb * 2 ** 20) / 64; i++) objects.push({ x: i, y: i + 1, word: `w${i}` });
  return objects;
}

test('after PDFs, the dead layouts are freed once the heap has grown by the threshold, without --expose-gc', () => {
  assert.equal(typeof (globalThis as { gc?: unknown }).gc, 'undefined', 'the test runs without --expose-gc');
  const afterPdf = pdfGarbageCollector(8 * 2 ** 20);
  assert.equal(afterPdf(), false, 'nothing to collect before any growth');

  assert.ok(layoutLikeGarbage(40).length > 0); // dead as soon as it is counted
  const before = usedMb();
  assert.equal(afterPdf(), true, 'a heap grown past the threshold is collected');
  const after = usedMb();
  assert.ok(
    before - after >= 20,
    `collection freed ${(before - after).toFixed(1)} MB of dead layout (heap ${before.toFixed(0)} -> ${after.toFixed(0)} MB)`,
  );
  assert.equal(afterPdf(), false, 'right after a collection there is nothing to do');
  assert.equal(typeof (globalThis as { gc?: unknown }).gc, 'undefined', 'no global gc is left behind');
});
