/** Line-level reading of a text resume: Markdown marks, bullets, and what a line looks like. */

/** A bullet mark: -, *, + and dashes need a space after them; glyphs and numbers ("1.", "2)") too, or none. */
const BULLET = /^\s*(?:[-*+–—]\s+|[•▪◦●○■□➢►▸‣⁃∙·❖✓✔]\s*|\d{1,2}[.)]\s+|\(\d{1,2}\)\s+)/;

/** Removes inline Markdown (emphasis, code, links, heading marks) and surrounding space. */
export function stripInline(line: string): string {
  return line
    .replace(/^\s*#+\s*/, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)|(?<=\S)_(?!\w)|`/g, '')
    .trim();
}

/** The text after a bullet mark, or null when the line is not a bullet. */
export function bulletText(line: string): string | null {
  const m = BULLET.exec(line);
  if (!m) return null;
  const rest = line.slice(m[0].length);
  return rest.trim() ? stripInline(rest) : null;
}

export function isBullet(line: string): boolean {
  return bulletText(line) !== null;
}

/** A Markdown rule or a setext underline ("---", "===", "___", "***"). */
export function isRule(line: string): boolean {
  return /^\s*([-=_*~])(?:\s*\1){2,}\s*$/.test(line);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

const ACTION_VERB =
  /^(led|built|ran|cut|drove|owned|wrote|grew|made|won|set|managed|designed|developed|created|shipped|implemented|improved|reduced|increased|launched|migrated|mentored|worked|responsible|delivered|maintained|automated|architected|moved|added|established|introduced|scaled|optimi[sz]ed|helped|supported|collaborated|partnered|coordinated|wrote|taught|spearheaded|[a-z]{3,}ed)\b/i;

/** A full stop that ends a name, not a sentence ("Globex Inc."). */
const ABBREVIATION_END = /\b(inc|ltd|co|corp|llc|plc|jr|sr|st|dept|univ|s\.a|e\.v)\.$/i;

/** A sentence of prose rather than a heading: starts with an action verb or lower case, ends with a full stop, or is long. */
export function looksLikeProse(text: string): boolean {
  return (
    ACTION_VERB.test(text) ||
    /^[a-z]/.test(text) ||
    (/[.!?;]$/.test(text) && !ABBREVIATION_END.test(text) && wordCount(text) > 3) ||
    wordCount(text) > 14 ||
    text.length > 110
  );
}

/**
 * Words that heading lines (titles, employers, places) do not use: pronouns and linking verbs in lower
 * case ("US" is a place), and "I" before a verb ("Engineer I" is a title).
 */
const SENTENCE_WORD =
  /\b(?:we|us|our|my|me|they|was|were|been|is|are|had|has|have|would|will)\b|\bI(?:'m|'ve|'d| am| was| have| had| then| also| went| joined| moved| left| worked| spent| took| started)\b/;

/**
 * A line that reads as a sentence, not a heading, even though no verb opens it: it introduces what
 * follows ("Initech acquired us in 2021, before that:") or speaks in the first person ("After the
 * merger my team moved over"). Short lines ("Acme Corp:") are left to the layout.
 */
export function readsLikeSentence(text: string): boolean {
  const words = wordCount(text);
  return (/:$/.test(text) && words > 3) || (SENTENCE_WORD.test(text) && words > 4);
}

/** True when a line continues the line before it (a wrapped bullet): the earlier one breaks off mid-phrase. */
export function continuesPrevious(previous: string, line: string): boolean {
  if (/^[a-z(&]/.test(line)) return true;
  return /(?:[-,/&(+]|\b(?:and|or|of|the|a|an|to|for|with|in|on|by|from|at|into|across|using|via))$/i.test(
    previous.trim(),
  );
}

/** Splits a line on list separators outside parentheses (commas, semicolons, pipes, bullets, wide gaps). */
export function splitOutsideParens(text: string, separator: RegExp): string[] {
  const at = new RegExp(separator.source, `${separator.flags.replace(/[gy]/g, '')}y`);
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (depth === 0) {
      at.lastIndex = i;
      const m = at.exec(text);
      if (m && m[0].length > 0) {
        parts.push(text.slice(start, i));
        i += m[0].length - 1;
        start = i + 1;
      }
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

const COLUMN_NAME =
  /^(employer|company|organi[sz]ation|position|title|role|job title|dates?|years?|period|from|to|start|end|location|city|school|institution|university|degree|qualification|field|major|tool|technology|skill|skills|level|proficiency|experience|responsibilities|description)$/i;

/** The header row of a table turned to text ("Employer | Position | Dates"): names columns, says nothing. */
export function isColumnHeaderRow(line: string): boolean {
  const cells = line
    .split(/\s*\t\s*|\s{3,}|\s+\|\s+/)
    .map((c) => stripInline(c).trim())
    .filter(Boolean);
  return cells.length >= 2 && cells.every((c) => COLUMN_NAME.test(c));
}
