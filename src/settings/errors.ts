/** A bad setting: one line naming the input, the value and what is allowed. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
  }
}

/** Levenshtein distance, for "did you mean" on misspelt keys and sources. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

/** ` (did you mean "x"?)` when a candidate is close enough, else ''. */
export function didYouMean(value: string, candidates: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(value.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(value.length / 3))
    ? ` (did you mean "${best}"?)`
    : '';
}

/** Shortens a user value for an error line (and never prints a multi-line blob). */
export function showValue(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  const one = (s ?? String(value)).replace(/\s+/g, ' ');
  return JSON.stringify(one.length > 60 ? `${one.slice(0, 57)}...` : one);
}

/** Like showValue, for a URL: any `user:password@` part is hidden (it may hold a secret). */
export function showUrl(value: unknown): string {
  return showValue(typeof value === 'string' ? value.replace(/\/\/[^/@\s]*@/, '//***@') : value);
}
