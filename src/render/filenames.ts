/** Safe, portable file and folder names from untrusted text (company names, job titles, ids). */
import { createHash } from 'node:crypto';

/** Letters that NFKD does not decompose into an ASCII base letter plus marks. */
const FOLD: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
};

// Device names Windows refuses as a file or folder name, with or without an extension.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

export const MAX_FOLDER_NAME = 100;

/** ASCII-folded slug of `s`: [a-z0-9-], no leading/trailing/double dashes; may be ''. */
function slug(s: string, maxLen: number): string {
  const folded = s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\x00-\x7F]/g, (c) => FOLD[c] ?? '-');
  const dashed = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return trimTo(dashed, maxLen);
}

function trimTo(s: string, maxLen: number): string {
  return s.slice(0, Math.max(0, maxLen)).replace(/-+$/, '');
}

function avoidReserved(s: string, maxLen: number): string {
  if (!WINDOWS_RESERVED.test(s)) return s;
  const suffixed = `${s}-file`;
  return suffixed.length <= maxLen ? suffixed : `x${s}`.slice(0, maxLen);
}

/**
 * One safe path segment from untrusted text: ASCII letters, digits and dashes only (so no `/`, `\`,
 * `..`, leading dot or control characters), at most `maxLen` characters, never a Windows device name,
 * never empty ('untitled').
 */
export function safeSegment(s: string, maxLen = 60): string {
  if (!Number.isInteger(maxLen) || maxLen < 8) {
    throw new RangeError(`safeSegment maxLen must be an integer >= 8, got ${maxLen}`);
  }
  const base = slug(String(s ?? ''), maxLen);
  return base ? avoidReserved(base, maxLen) : 'untitled';
}

/**
 * The folder name of one job, `<company>-<title>-<id>`, at most MAX_FOLDER_NAME characters and unique
 * within `taken` (a `-2`, `-3`, ... suffix when needed). Adds the chosen name to `taken`.
 */
export function jobFolderName(company: string, title: string, id: string, taken: Set<string>): string {
  // Some ids are whole URLs (pages without their own id): a short hash names them better.
  const idPart = /^[A-Za-z0-9_-]{1,24}$/.test(id)
    ? slug(id, 24)
    : createHash('sha256').update(id).digest('hex').slice(0, 8);
  const companyPart = slug(company, 30);
  // The title gives way first, so company and id survive both truncation and a uniqueness suffix.
  const compose = (suffix: string) => {
    const titleBudget = MAX_FOLDER_NAME - idPart.length - companyPart.length - suffix.length - 2;
    const joined = [companyPart, slug(title, titleBudget), idPart].filter(Boolean).join('-');
    return (joined ? avoidReserved(joined, MAX_FOLDER_NAME - suffix.length) : 'untitled') + suffix;
  };

  let name = compose('');
  for (let n = 2; taken.has(name); n++) name = compose(`-${n}`);
  taken.add(name);
  return name;
}
