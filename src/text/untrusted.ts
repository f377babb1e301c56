/** Untrusted text (postings, company names, model output): what must go before it is used. */

// Zero-width and invisible format characters, bidi controls and Unicode tag characters: invisible to a
// reader, but a model reads them, so hidden instructions can ride on them.
const INVISIBLE =
  /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]|[\u{E0000}-\u{E007F}]/gu;

/** Removes zero-width, bidi-control and tag characters. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * Prepares untrusted text (a posting, a company name) for a place between prompt delimiters: NFKC
 * folds full-width look-alikes to ASCII, invisible characters go, and angle brackets become
 * single guillemets so nothing inside can open or close a `<job_posting>` style delimiter.
 */
export function neutraliseUntrusted(text: string): string {
  return stripInvisible(text.normalize('NFKC')).replace(/</g, '‹').replace(/>/g, '›');
}

/** Cleans model output meant to be Markdown: invisible characters, HTML tags and code fences go. */
export function sanitiseModelMarkdown(text: string): string {
  let out = stripInvisible(text.normalize('NFC'));
  out = out.replace(/^\s*```[a-z]*\s*\n?/i, '').replace(/\n?```\s*$/, '');
  out = out.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '').replace(/<\/?[a-z][^>]*>/gi, '');
  out = out.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n');
  return out.trim();
}
