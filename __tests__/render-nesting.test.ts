/**
 * Deeply nested Markdown from a model: marked parses quotes and lists by recursion, so 10,000 nested
 * quotes or a 3,000-level list overflowed its stack, and 2,000 quote lines of growing depth took
 * gigabytes. The renderer bounds the nesting first: the text is rendered, a few levels deep.
 * In a worker with a capped heap, so a blow-up fails the test, not the suite.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { boundNesting } from '../src/render/nesting.ts';
import { runWithin } from './helpers/within.ts';

const CASES: Record<string, string> = {
  '10,000 nested quotes': `${'>'.repeat(10_000)} Thanks.`,
  'a 3,000-level list': `${'- '.repeat(3000)}Thanks.`,
  'a 3,000-level mix of quotes and list items': `${'> - '.repeat(3000)}Thanks.`,
  '2,000 quote lines of growing depth (2 MB)': Array.from(
    { length: 2000 },
    (_, i) => `${'>'.repeat(i + 1)} Thanks.`,
  ).join('\n'),
  'a list nested 1,400 levels by indentation (2 MB)': Array.from(
    { length: 1400 },
    (_, i) => `${' '.repeat(2 * i)}- Thanks.`,
  ).join('\n'),
  'emphasis markers 20,000 deep': `${'*'.repeat(20_000)}Thanks.${'*'.repeat(20_000)}`,
};

describe('deeply nested Markdown renders, bounded', () => {
  for (const [name, markdown] of Object.entries(CASES))
    it(`${name}: HTML and the PDF/DOCX blocks keep the text`, async (t) => {
      const result = await runWithin<{ html: string; levels: number; text: string }>(
        `const { markdownToHtml } = await load('src/render/html.ts');
         const { toBlocks, runsText } = await load('src/render/blocks.ts');
         const blocks = toBlocks(data);
         return {
           html: markdownToHtml(data).slice(0, 100_000),
           levels: Math.max(0, ...blocks.map((b) => b.level ?? 0)),
           text: blocks.map((b) => (b.runs ? runsText(b.runs) : '')).join(' ').slice(0, 100_000),
         };`,
        markdown,
        60_000,
        512,
      );
      assert.ok(!('timedOut' in result), 'did not finish within 60 s');
      assert.ok(!('error' in result), 'error' in result ? result.error : '');
      const { html, levels, text } = result.value;
      assert.match(html, /Thanks\./);
      assert.match(text, /Thanks\./);
      assert.ok(levels <= 10, `list levels in the PDF/DOCX blocks: ${levels}`);
      t.diagnostic(`${result.ms.toFixed(0)} ms`);
    });

  it('leaves ordinary nesting alone', () => {
    const md = '> A quote\n\n- a\n  - b\n    1. c\n\n**bold** and *em* and ~~del~~';
    assert.equal(boundNesting(md), md);
  });
});
