/**
 * A posting's description read the way a hiring manager wrote it: what it says about the company,
 * about the role, what the job involves (duties) and what it asks of a candidate (requirements,
 * nice-to-haves). Headings decide the section; sections about pay, benefits or the legal boilerplate
 * are left out. Pure: text in, parts out.
 */
import { splitSentences } from '../text/sentences.ts';
import { stripInvisible } from '../text/untrusted.ts';

export type AskKind = 'requirement' | 'duty' | 'bonus';

/** One thing the posting asks for or says the job involves, as the posting words it. */
export interface Ask {
  text: string;
  kind: AskKind;
  /** Position in the posting (earlier = the author listed it first). */
  index: number;
}

export interface PostingParts {
  /** Sentences about the company or team ("Acme builds ...", "We are a small team ..."). */
  company: string[];
  /** Sentences about the role itself ("We're hiring a ... to ..."). */
  role: string[];
  asks: Ask[];
}

type Section = 'intro' | 'company' | 'role' | AskKind | 'skip';

// Checked in this order: a "nice to have skills" heading is a bonus, "what we offer" is skipped.
const HEADINGS: [Section, RegExp][] = [
  [
    'bonus',
    /nice to have|bonus|\bplus\b|preferred|exceptional candidates|good to have|would be (great|nice)|stand out/,
  ],
  [
    'skip',
    /benefit|perks|we offer|salary|compensation|\bpay\b|equal|eeo|accommodat|how to apply|hiring process|interview|privacy|diversity|^why\b|alerts|open roles|location|legal|disclaimer/,
  ],
  [
    'requirement',
    /requirement|qualification|look(ing)? for|you have|you bring|you'll bring|skills|about you|who you are|what you need|to succeed|must have|ideal|profile|experience|we want|you are|you're|expect/,
  ],
  [
    'duty',
    /responsibilit|you will|you'll|what you('ll)? do|day[- ]to[- ]day|in this role|your impact|opportunity to|be doing|duties|tasks|accountabilit|the job|what the job/,
  ],
  ['role', /about the (role|position|job|opportunity)|the role|the position|overview|summary/],
  ['company', /about|who we are|our (mission|story|company|team)|mission|company|the team/],
];

/** Sentences a letter must never echo: links, contact addresses, pay and legal boilerplate. */
const BOILERPLATE =
  /https?:|www\.|@|equal (employment )?opportunit|\beeo\b|accommodat|benefit|salary|compensation|\bpay\b|401\(k\)|paid (time|leave)|visa|sponsor|privacy|\bapply\b|application|recruit|job alert|read our|learn more|click|sign up|background check|\bdiscriminat/i;

const BULLET = /^\s*(?:[-*+•·▪◦‣●○■–—]|\d{1,2}[.)])\s*/;

function cleanLine(line: string): string {
  return stripInvisible(line).replace(/\s+/g, ' ').trim();
}

/** Strips leading emoji and symbols ("🧠 You will...") and trailing colons or ellipses. */
function headingText(line: string): string {
  return line
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/(?<![.…:?])[.…:?]+\s*$/u, '')
    .trim();
}

function isHeading(line: string): boolean {
  const words = line.split(' ').length;
  if (/[.!]$/.test(line) && !/(\.\.\.|…)$/.test(line)) return false;
  if (/[:…]$|\.\.\.$/.test(line)) return words <= 12;
  return words <= 7 && /\p{L}/u.test(line);
}

function sectionOf(heading: string): Section | null {
  const h = headingText(heading).toLowerCase();
  for (const [section, re] of HEADINGS) if (re.test(h)) return section;
  return null;
}

/** Lines of the description with list items joined to their text ("-\nOwn the ..." -> one item). */
function lines(text: string): { text: string; bullet: boolean }[] {
  const out: { text: string; bullet: boolean }[] = [];
  let pendingBullet = false;
  let normal = text.replace(/\r\n?/g, '\n');
  // Plain-text fields that lost their line breaks keep a run of spaces where a block ended.
  if ((normal.match(/\n/g)?.length ?? 0) < 3) normal = normal.replace(/ {2,}/g, '\n');
  for (const raw of normal.split('\n')) {
    const line = cleanLine(raw);
    if (!line) continue;
    const marker = BULLET.exec(line);
    const rest = marker ? line.slice(marker[0].length).trim() : line;
    if (marker && !rest) {
      pendingBullet = true;
      continue;
    }
    out.push({ text: rest, bullet: Boolean(marker) || pendingBullet });
    pendingBullet = false;
  }
  return out;
}

/** A requirement worded as a list item, cut to its first clause when long. */
export function askText(item: string): string {
  // "For Staff Designers: experience leading ..." -> "experience leading ...".
  let t = item
    .replace(/^for [^:]{1,40}:\s+/i, '')
    .replace(/(?<![.;:,])[.;:,]+$/, '')
    .trim();
  const words = () => t.split(' ').length;
  // "Own X — including A, B and C": the part before the dash is the ask.
  const dashed = t.split(/\s[—–]\s|\s-\s/)[0].trim();
  if (dashed.split(' ').length >= 6) t = dashed;
  const clause = t.split(/;/)[0].trim();
  if (clause.split(' ').length >= 4) t = clause;
  if (words() > 22) {
    const before = t.split(/:\s/)[0].trim();
    if (before.split(' ').length >= 4) t = before;
  }
  if (words() > 30) {
    const head = t.split(' ').slice(0, 30).join(' ');
    const comma = head.lastIndexOf(',');
    t = comma > head.length / 2 ? head.slice(0, comma) : head;
  }
  return t.replace(/(?<![.;:,])[.;:,]+$/, '').trim();
}

function usableSentence(s: string): boolean {
  const words = s.split(' ').length;
  return words >= 5 && words <= 40 && !BOILERPLATE.test(s);
}

/** Reads a posting description into company sentences, role sentences and asks. */
export function postingParts(description: string, company: string): PostingParts {
  const parts: PostingParts = { company: [], role: [], asks: [] };
  const companyWord = company.trim().toLowerCase().split(/\s+/)[0] ?? '';
  let section: Section = 'intro';
  let index = 0;
  const addAsk = (text: string, kind: AskKind) => {
    const t = askText(text);
    if (t.split(' ').length >= 3 && !BOILERPLATE.test(t)) parts.asks.push({ text: t, kind, index: index++ });
  };
  for (const line of lines(description)) {
    if (!line.bullet && isHeading(line.text)) {
      const next = sectionOf(line.text);
      const inList = section === 'requirement' || section === 'duty' || section === 'bonus';
      // A short line no heading word explains is a list item when a list is open (plain text
      // without bullet marks); elsewhere an unknown heading ("Build something people love") starts prose.
      if (next || !inList) {
        section = next ?? 'intro';
        continue;
      }
      addAsk(line.text, section as AskKind);
      continue;
    }
    if (section === 'skip') continue;
    if (section === 'requirement' || section === 'duty' || section === 'bonus') {
      // "Please apply with a portfolio that shows:" ends the list it follows.
      if (!line.bullet && BOILERPLATE.test(line.text)) {
        section = 'skip';
        continue;
      }
      if (line.bullet) addAsk(line.text, section);
      else for (const s of splitSentences(line.text)) if (usableSentence(s.trim())) addAsk(s, section);
      continue;
    }
    if (line.bullet) {
      // Items under "About the role" are what the job involves; items under the intro, duties too.
      if (section === 'role' || section === 'intro') addAsk(line.text, 'duty');
      continue;
    }
    for (const raw of splitSentences(line.text)) {
      const s = raw.trim();
      if (!usableSentence(s)) continue;
      const lower = s.toLowerCase();
      const aboutRole =
        /\b(this role|the role|this position|you will|you'll|we're hiring|we are hiring|looking for an? )/.test(
          lower,
        );
      if (aboutRole) parts.role.push(s);
      else if (
        section === 'company' ||
        (companyWord && lower.includes(companyWord)) ||
        /^(we|our)\b/.test(lower)
      )
        parts.company.push(s);
    }
  }
  return parts;
}
