/** Sentence boundaries in prose. */

/** Cuts text to at most maxChars, at the last sentence end (or line/word break) before the limit. */
export function truncateAtSentence(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  if (maxChars <= 0) return '';
  const head = text.slice(0, maxChars);
  const sentenceEnd = Math.max(
    head.lastIndexOf('. '),
    head.lastIndexOf('.\n'),
    head.lastIndexOf('! '),
    head.lastIndexOf('? '),
    head.lastIndexOf('\n'),
  );
  if (sentenceEnd >= maxChars * 0.5) return head.slice(0, sentenceEnd + 1).trim();
  const space = head.lastIndexOf(' ');
  return (space > 0 ? head.slice(0, space) : head).trim();
}

/** Splits prose into sentences at . ! ? followed by a space (so "Node.js" stays whole) and at newlines. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let last = 0;
  for (const m of text.matchAll(/[.!?]+(?=\s|$)|\n/g)) {
    const end = m.index + m[0].length;
    out.push(text.slice(last, end));
    last = end;
  }
  if (last < text.length) out.push(text.slice(last));
  return out.filter((s) => s.trim());
}
