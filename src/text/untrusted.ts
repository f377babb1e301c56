/** Untrusted text (postings, company names, model output): what must go before it is used. */

// Zero-width and invisible format characters, bidi controls and Unicode tag characters: invisible to a
// reader, but a model reads them, so hidden instructions can ride on them.
const INVISIBLE =
  /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]|[\u{E0000}-\u{E007F}]/gu;

/** Removes zero-width, bidi-control and tag characters. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

// C0/C1 controls, bidi overrides/isolates and zero-width joiners/marks: invisible text that can reorder or
// hide what a reader sees. Tabs and line breaks are handled separately (they become spaces).
export const CONTROL_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** Removes control and bidi-override characters; keeps \n and \t. */
export function stripControlChars(s: string): string {
  return s.replace(CONTROL_CHARS, '');
}

/**
 * External text made safe inside one paragraph of Markdown we write ourselves (letters): characters
 * that could start emphasis, a link, code or HTML go, and whitespace becomes single spaces. Unlike
 * escapeMarkdownInline it leaves no backslashes, so the .md file reads as plain prose; "C#" and
 * "C++" survive, a "#" that could open a heading does not.
 */
export function plainMarkdown(s: string): string {
  return stripInvisible(stripControlChars(s))
    .replace(/[<>*_`[\]\\]/g, '')
    .replace(/(^|\s)#+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Prepares untrusted text (a posting, a company name) for a place between prompt delimiters: NFKC
 * folds full-width look-alikes to ASCII, invisible characters go, and angle brackets become
 * single guillemets so nothing inside can open or close a `<job_posting>` style delimiter.
 */
export function neutraliseUntrusted(text: string): string {
  return stripInvisible(text.normalize('NFKC')).replace(/</g, '‹').replace(/>/g, '›');
}

// `[^<>]` rather than `[^>]`: an unclosed `<` is scanned to the next `<`, not to the end of the text,
// so an answer of many unclosed tags costs linear time, not quadratic.
const TAG = /<\/?[a-z][^<>]*>/gi;
const SCRIPT_OR_STYLE = /<(script|style)\b[^<>]*>/gi;

/**
 * Removes <script> and <style> elements with their content. Each element's closing tag is looked for
 * once from where the last search ended (an element never closed is left for TAG), so many unclosed
 * elements cost one pass, where a lazy `<script>[\s\S]*?</script>` regex rescans to the end for each.
 */
function dropScriptAndStyle(text: string): string {
  const closing = new Map<string, { start: number; end: number } | null>();
  let out = '';
  let from = 0;
  SCRIPT_OR_STYLE.lastIndex = 0;
  for (let open = SCRIPT_OR_STYLE.exec(text); open; open = SCRIPT_OR_STYLE.exec(text)) {
    const name = open[1].toLowerCase();
    let close = closing.get(name);
    if (close === undefined || (close && close.start < SCRIPT_OR_STYLE.lastIndex)) {
      const end = new RegExp(`</${name}\\s*>`, 'gi');
      end.lastIndex = SCRIPT_OR_STYLE.lastIndex;
      const found = end.exec(text);
      close = found ? { start: found.index, end: end.lastIndex } : null;
      closing.set(name, close);
    }
    if (!close) continue;
    out += text.slice(from, open.index);
    from = SCRIPT_OR_STYLE.lastIndex = close.end;
  }
  return out + text.slice(from);
}

/** Cleans model output meant to be Markdown: invisible characters, HTML tags and code fences go. */
export function sanitiseModelMarkdown(text: string): string {
  let out = stripInvisible(text.normalize('NFC'));
  out = out.replace(/^\s*```[a-z]*\s*\n?/i, '').replace(/\n?```\s*$/, '');
  out = dropScriptAndStyle(out).replace(TAG, '');
  out = out.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n');
  return out.trim();
}
