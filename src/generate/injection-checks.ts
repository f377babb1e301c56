/**
 * Fact-check rules aimed at what a posting can make a model write (prompt injection): links the resume
 * does not give, organisations named in the posting claimed as the candidate's, and the system prompt's
 * own sentences. Pure functions; grounding.ts applies them to every generated sentence.
 */
import { tokens } from '../terms/tokens.ts';
import { techTermsIn } from '../terms/tech-terms.ts';

// ---- links --------------------------------------------------------------------------------------

const URL_LIKE = /\b(?:https?:\/\/|www\.)[^\s<>()[\]"'`]+/gi;
const MARKDOWN_TARGET = /\]\(\s*<?([^)\s>]+)/g;
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
// Lower-case host names on common top-level domains ("evil.example/x"), not inside a URL or an address;
// "ASP.NET" or "Node.js" are not.
const BARE_DOMAIN =
  /(?<![@\w./:-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|dev|ai|app|co|xyz|info|biz|example|me|ly|sh)(?:\/[^\s<>()"'`]*)?(?![\w.-]*[\w-])/g;

/** Every link-like thing in a text: URLs, Markdown link targets, e-mail addresses, bare domains. */
export function linksIn(text: string): string[] {
  const found: string[] = [];
  for (const re of [URL_LIKE, MARKDOWN_TARGET, EMAIL, BARE_DOMAIN])
    for (const m of text.matchAll(re)) found.push(m[1] ?? m[0]);
  return found;
}

/** A link in comparable form: no scheme, `www.`, `mailto:` or trailing punctuation; lower case. */
export function linkKey(link: string): string {
  return link
    .toLowerCase()
    .replace(/^(?:https?:\/\/|mailto:)/, '')
    .replace(/^www\./, '')
    .replace(/(?<![/.,;:!?)\]'"])[/.,;:!?)\]'"]+$/, '');
}

/**
 * Links in a sentence that the resume does not give: not one of its links, nor a page under one of
 * them (github.com/zoe/project under github.com/zoe).
 */
export function unknownLinks(sentence: string, known: ReadonlySet<string>): string[] {
  const keys = new Set(linksIn(sentence).map(linkKey));
  return [...keys].filter((key) => {
    if (!key || known.has(key)) return false;
    for (const k of known) if (key.startsWith(`${k}/`)) return false;
    return true;
  });
}

// ---- organisations from the posting -------------------------------------------------------------

const CAP_WORD = "[A-Z][A-Za-z0-9&'’-]*";
const CAP_PHRASE = new RegExp(`${CAP_WORD}(?:\\s+(?:of\\s+|&\\s+)?${CAP_WORD}){0,3}`, 'g');
/** Capitalised only because they open a sentence or a heading; never an organisation's first word. */
const LEADING = new Set(
  'a an and as at but by for from if in into join joining our so the their this these those to we with you your'.split(
    ' ',
  ),
);
/** Words that put an organisation after them: "a decade with Google", "partners like Stripe". */
const ORG_CONTEXT = /\b(?:with|at|for|from|joined|joining|like|including|by|than|ex|former)\s+$/i;
const ORG_SUFFIX = /^\s*(?:'s|’s|,?\s+(?:Inc|Corp|LLC|Ltd|GmbH|PLC|Labs|Group)\b)/;

/**
 * Names of organisations a posting mentions, other than the hiring company: capitalised runs of two
 * or more words ("Acme Robotics"), and single capitalised words where the posting uses them as an
 * organisation ("with Google", "Google's"). Technology names are left to the technology check.
 */
export function postingOrganisations(description: string, hiringCompany: string): string[] {
  const company = new Set(tokens(hiringCompany));
  const names = new Set<string>();
  for (const m of description.matchAll(CAP_PHRASE)) {
    const words = m[0].replace(/[.,;:'’-]+$/, '').split(/\s+/);
    while (words.length && LEADING.has(words[0].toLowerCase())) words.shift();
    if (words.length === 0) continue;
    const name = words.join(' ');
    const key = tokens(name);
    if (key.length === 0 || key.every((t) => company.has(t))) continue;
    const start = m.index + m[0].indexOf(words[0]);
    const before = description.slice(Math.max(0, start - 12), start);
    const after = description.slice(start + name.length, start + name.length + 8);
    if (!(words.length >= 2 || ORG_CONTEXT.test(before) || ORG_SUFFIX.test(after))) continue;
    // The technology check (costly per name) only for the one-word names that would be kept.
    if (key.length === 1 && techTermsIn(name).length > 0) continue;
    names.add(name);
  }
  return [...names];
}

const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d)\b|\b(?:my|me|mine)\b/i;

/**
 * The posting's organisation a first-person sentence names ("I spent a decade with Google"), when the
 * resume does not name it; undefined otherwise.
 */
export function claimedOrganisation(
  sentence: string,
  organisations: readonly string[],
  resumeNames: (name: string) => boolean,
): string | undefined {
  if (!FIRST_PERSON.test(sentence)) return undefined;
  return organisations.find((name) => {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![\\w])${escaped}(?![\\w])`).test(sentence) && !resumeNames(name);
  });
}

// ---- the system prompt --------------------------------------------------------------------------

/** A sentence in comparable form: its words, lower case, one space apart. */
export function sentenceKey(sentence: string): string {
  return tokens(sentence).join(' ');
}

/**
 * Whether a sentence repeats one of the instructions' sentences whole (`instructionKeys` from
 * sentenceKey): short ones ("Answer with the letter only.") are too short for word-window matching.
 */
export function repeatsInstruction(sentence: string, instructionKeys: readonly string[]): boolean {
  const key = ` ${sentenceKey(sentence)} `;
  return instructionKeys.some((k) => k.split(' ').length >= 3 && key.includes(` ${k} `));
}
