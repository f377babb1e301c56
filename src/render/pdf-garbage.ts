/**
 * Collects the garbage PDF layouts leave behind. pdfkit lays a document out synchronously, so the
 * young-generation collections that run during a layout promote its short-lived objects to the old
 * space, where V8 frees them only once that space has grown a lot: 100 PDFs added 48-67 MB to a run's
 * peak RSS, most of it dead layouts (docs/performance.md). A full collection whenever the heap has
 * grown by 12 MB since the last one keeps that near 20 MB, at ~27 ms per collection (about one per
 * seven PDFs, ~4 ms per PDF).
 *
 * The action cannot pass `--expose-gc` to the runner's node, so the flag is set at run time and `gc`
 * is taken from a fresh context (as Jest's leak detector does). Where that is not possible, collecting
 * is a no-op and V8 decides as usual.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

type Collect = () => void;

export const PDF_GARBAGE_GROWTH_BYTES = 12 * 2 ** 20;

let collect: Collect | null | undefined;

function fullCollection(): Collect | null {
  if (collect !== undefined) return collect;
  try {
    const existing = (globalThis as { gc?: unknown }).gc;
    if (typeof existing === 'function') return (collect = existing as Collect);
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    collect = typeof gc === 'function' ? (gc as Collect) : null;
  } catch {
    collect = null;
  }
  return collect;
}

const usedHeap = () => v8.getHeapStatistics().used_heap_size;

/**
 * Returns the function to call after each PDF: it runs a full collection when the heap has grown by
 * `growthBytes` since the last one, and says whether it did.
 */
export function pdfGarbageCollector(growthBytes = PDF_GARBAGE_GROWTH_BYTES): () => boolean {
  let baseline = usedHeap();
  return () => {
    if (usedHeap() - baseline < growthBytes) return false;
    const gc = fullCollection();
    if (!gc) return false;
    gc();
    baseline = usedHeap();
    return true;
  };
}
