/**
 * The layout every letter shares, whoever wrote its body: the candidate's name and contact line,
 * the date, the company (and its location where known), then the letter itself (salutation, body,
 * sign-off). Built as Markdown, so md, html, pdf and docx carry the same text in the same order.
 */
import { plainMarkdown, stripControlChars } from '../text/untrusted.ts';

export interface LetterHeader {
  /** The candidate's name and contact items (email, phone, city, links) from the resume. */
  name: string;
  contact: string[];
  /** The run's date (from the run's clock), written in the letter. */
  date: Date;
  company: string;
  /** Where the job is, when the posting says. */
  location?: string;
}

// Made once: building an Intl formatter costs about half a millisecond, formatting with it nothing.
const LETTER_DATE = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric' });

/** "March 14, 2026": the date as a US letter writes it, in the runner's time zone (TZ). */
export function letterDate(date: Date): string {
  return LETTER_DATE.format(date);
}

/** One line of the header: plain text that cannot start a Markdown block (list, heading, quote). */
function line(text: string): string {
  return plainMarkdown(text).replace(/^([-+>=]|\d+[.)])/, '\\$1');
}

/** A contact item (the user's own: an email, a URL with "_" in it) keeps everything but markup openers. */
function contactItem(text: string): string {
  return stripControlChars(text)
    .replace(/[<>*`[\]\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The posting's first real place ("Remote" says nothing on an address line). */
export function letterLocation(locations: string[]): string | undefined {
  return locations.map((l) => l.trim()).find((l) => l && !/^(remote|anywhere|worldwide)\b/i.test(l));
}

/** The whole letter as Markdown: the header block, then the letter (salutation to sign-off). */
export function letterMarkdown(header: LetterHeader, letter: string): string {
  const contact = header.contact.map(contactItem).filter(Boolean).join(' · ');
  const address = [header.company, header.location ?? ''].map(line).filter(Boolean).join('\n');
  return [`# ${line(header.name)}`, contact, letterDate(header.date), address, letter.trim()]
    .filter(Boolean)
    .join('\n\n')
    .concat('\n');
}
