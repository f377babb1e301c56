import type { Posting } from '../model.ts';

const TRACKING =
  /^(utm_.*|ref|ref_src|refsrc|source|src|gh_src|lever-source|lever-origin|trk|trackingid|mc_.*|fbclid|gclid|_hs.*)$/i;

/**
 * A posting URL normalized for dedup: lowercase host without www, no fragment, no trailing slash,
 * tracking parameters (utm_*, ref, gh_src, ...) dropped, the rest sorted; `gh_jid` and other ids kept.
 */
export function normalizeUrl(raw: string): string {
  try {
    const u = new URL(raw);
    const params = [...u.searchParams.entries()]
      .filter(([k]) => !TRACKING.test(k))
      .sort(([a], [b]) => a.localeCompare(b));
    const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
    const host = u.hostname.toLowerCase().replace(/^www\./, '');
    return `${host}${u.port ? `:${u.port}` : ''}${u.pathname.replace(/\/+$/, '')}${query}`;
  } catch {
    return raw.trim();
  }
}

/**
 * Splits listed postings (each with whatever travels with it) into unique ones and duplicates: the
 * same source id first, then the same normalized URL (the same job listed by two sources). The first
 * seen wins.
 */
export function dedupPostings<T extends { posting: Posting }>(
  listed: readonly T[],
): {
  unique: T[];
  duplicates: { posting: Posting; of: Posting }[];
} {
  const byKey = new Map<string, Posting>();
  const byUrl = new Map<string, Posting>();
  const unique: T[] = [];
  const duplicates: { posting: Posting; of: Posting }[] = [];
  for (const item of listed) {
    const p = item.posting;
    const url = p.url ? normalizeUrl(p.url) : '';
    const first = byKey.get(p.key) ?? (url ? byUrl.get(url) : undefined);
    if (first) {
      duplicates.push({ posting: p, of: first });
      continue;
    }
    byKey.set(p.key, p);
    if (url) byUrl.set(url, p);
    unique.push(item);
  }
  return { unique, duplicates };
}
