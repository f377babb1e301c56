/** The top of a text resume: the name, the contact line(s) and a headline. */
import { stripInline } from './lines.ts';

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** Nine or more digits with the usual phone punctuation ("+1 (555) 010-0199", "0151 2345 6789"). */
const PHONE = /(?<![\w/])\+?\(?\d[\d\s().-]{7,}\d(?![\w/])/;
const LINK =
  /\b(?:https?:\/\/\S+|www\.\S+|(?:linkedin\.com|github\.com|gitlab\.com)\/\S*|[\w-]+\.(?:dev|io|me|com|org|net)(?:\/\S*)?)/i;
const LABEL = /^(?:e-?mail|phone|tel|mobile|cell|web|website|linkedin|github|location|address)\s*:\s*/i;
const US_STATE = /,\s*[A-Z]{2}$/;
const LOCATION_WORD = /^(remote|hybrid)\b/i;

export interface Contact {
  name: string;
  /** Items for the line under the name, as written. */
  items: string[];
  email?: string;
  phone?: string;
  location?: string;
  links: string[];
  /** Preamble lines that are not contact details (a headline or an unlabelled summary). */
  rest: string[];
}

function digits(text: string): number {
  return text.replace(/\D/g, '').length;
}

function isPhone(item: string): boolean {
  const m = PHONE.exec(item);
  return !!m && digits(m[0]) >= 9 && digits(m[0]) <= 15;
}

/** Contact items of one line: split on | · • and wide gaps. */
function contactItems(line: string): string[] {
  return stripInline(line)
    .split(/\s+[|·•▪◆/]\s+|\s*\t\s*|\s{3,}|\s+[|]\s*|\s*[|]\s+/)
    .map((s) => s.replace(LABEL, '').trim())
    .filter(Boolean);
}

function isContactItem(item: string): boolean {
  return EMAIL.test(item) || isPhone(item) || LINK.test(item);
}

function looksLikeLocation(item: string): boolean {
  return (
    (US_STATE.test(item) ||
      LOCATION_WORD.test(item) ||
      /^[\p{Lu}][\p{L} .'-]+,\s*[\p{Lu}][\p{L} .'-]+$/u.test(item)) &&
    item.length <= 40
  );
}

/** Name from the first line ("# Jane Doe", "JANE DOE", "Jane Doe | jane@example.com"), then contact lines. */
export function readContact(preamble: string[], nameLine: string): Contact {
  const out: Contact = { name: '', items: [], links: [], rest: [] };
  const first = contactItems(nameLine);
  const nameIndex = first.findIndex((s) => !isContactItem(s));
  const rawName = nameIndex >= 0 ? first[nameIndex] : '';
  out.name = rawName === rawName.toUpperCase() && /\p{Lu}{2}/u.test(rawName) ? titleCase(rawName) : rawName;
  const lines = [first.filter((_, i) => i !== nameIndex).join(' | '), ...preamble];
  for (const line of lines) {
    const items = contactItems(line);
    if (!items.length) continue;
    if (
      !items.some(isContactItem) &&
      !(items.length === 1 && looksLikeLocation(items[0]) && out.items.length)
    ) {
      out.rest.push(stripInline(line));
      continue;
    }
    for (const item of items) {
      out.items.push(item);
      const email = EMAIL.exec(item)?.[0];
      if (email) out.email ??= email;
      if (isPhone(item)) out.phone ??= PHONE.exec(item)![0].trim();
      if (email || isPhone(item)) continue;
      if (LINK.test(item)) out.links.push(item);
      else if (looksLikeLocation(item)) out.location ??= item;
    }
  }
  return out;
}

/** "JANE DOE-SMITH" -> "Jane Doe-Smith". */
function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s'-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
