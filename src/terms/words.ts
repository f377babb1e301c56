const STOPWORDS = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'for',
  'in',
  'at',
  'to',
  'with',
  'or',
  'on',
  'i',
  'ii',
  'iii',
]);

/** Lowercase, diacritics folded. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Words of a title or location, folded, stopwords dropped. */
export function tokens(s: string): string[] {
  return (fold(s).match(/[\p{L}\p{N}+#]+/gu) ?? []).filter((t) => !STOPWORDS.has(t));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A matcher for one skill in free text: case- and accent-insensitive, whole words only (so "Java"
 * does not match "JavaScript"), tolerant of "Node.js"/"NodeJS"/"node js" and "PostgreSQL"/"Postgres".
 */
export function skillMatcher(skill: string): (foldedText: string) => boolean {
  const base = fold(skill).trim();
  const variants = new Set([
    base,
    base.replace(/\./g, ''),
    base.replace(/\./g, ' '),
    base.replace(/[-\s]+/g, ' '),
  ]);
  if (base === 'postgresql') variants.add('postgres');
  if (base.endsWith('.js')) variants.add(base.slice(0, -3));
  // A variant without a letter or digit ("", " ", "-") would match anywhere: every posting would have
  // that skill, or be excluded by it.
  const alternatives = [...variants]
    .filter((v) => /[\p{L}\p{N}]/u.test(v))
    .map((v) => escapeRegExp(v).replace(/\\? /g, '[\\s-]?'));
  if (alternatives.length === 0) return () => false;
  const re = new RegExp(`(?<![\\p{L}\\p{N}+#])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}+#])`, 'u');
  return (text) => re.test(text);
}
