/**
 * Markdown nesting bounded before marked sees it. marked parses block quotes and lists by recursion:
 * 10,000 nested quotes or a 3,000-level list overflow its stack, and a few thousand quote lines of
 * growing depth take gigabytes. No letter or resume needs more than a few levels, so each line's
 * container prefix (indentation, `>`, list markers) is cut to MAX_PREFIX characters and long runs of
 * emphasis markers to three; the text itself stays. One pass over each line: linear in the input.
 */

/** Characters of a line's leading quote/list/indent prefix that are kept (about eight levels). */
const MAX_PREFIX = 16;
const PREFIX = /^(?:[ \t]|>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))+/;
const EMPHASIS_RUN = /([*_~])\1{3,}/g;

export function boundNesting(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => {
      const prefix = PREFIX.exec(line)?.[0];
      const bounded =
        prefix && prefix.length > MAX_PREFIX ? line.slice(0, MAX_PREFIX) + line.slice(prefix.length) : line;
      return bounded.replace(EMPHASIS_RUN, '$1$1$1');
    })
    .join('\n');
}
