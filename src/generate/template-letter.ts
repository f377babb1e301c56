/**
 * The template cover letter: salutation, body and sign-off (the sender block, date and company
 * address are the layout's, render/letter-layout.ts). The body is built from the posting's own
 * words (what it says about the company and the role, what it asks for) answered by the resume's
 * own lines, strongest match first, each placed at its employer in the job's tense. Sentences are
 * added by priority until the letter is as close as it gets to `words`; nothing is invented, so a
 * thin resume or posting can leave it short, which the returned note says. Deterministic.
 */
import type { Match } from '../model.ts';
import type { SourceResume } from '../resume/index.ts';
import { canonicalTerm } from '../terms/aliases.ts';
import { TECH_TERMS } from '../terms/tech-terms.ts';
import { TermIndex } from '../terms/term-index.ts';
import {
  contentStems,
  pairAsks,
  postingRelevance,
  resumeEvidence,
  type Evidence,
  type Pairing,
} from './evidence.ts';
import { postingParts, type Ask } from './posting-parts.ts';
import {
  article,
  bulletClause,
  listJoin,
  lowerFirst,
  plain,
  sentence,
  startsWithVerb,
  swapPronouns,
  wordCount,
} from './prose.ts';
import type { PostingTerms } from './posting-terms.ts';

export interface TemplateLetter {
  /** Salutation, paragraphs and sign-off, as Markdown. */
  markdown: string;
  words: number;
  /** Set when the letter could not reach the requested length from what the resume supports. */
  note?: string;
}

const TECH_NAMES = new Set(TECH_TERMS.map((t) => t.toLowerCase()));

/** How far a letter may be from `letter_words` (either way). */
export const LENGTH_TOLERANCE = 0.15;

type Slot = 'opening' | 'evidence' | 'extra' | 'closing';

interface Unit {
  slot: Slot;
  /** Lower is added first; undefined = always in the letter. */
  priority?: number;
  /** The unit and its shorter alternatives. */
  group: Unit[];
  /**
   * Renders the unit. `mentioned` tracks employers already introduced (title and tense are said
   * once); `said` is the text of the units rendered before (units marked `last` see all others).
   */
  render: (mentioned: Mentions, said: string) => string;
  last?: boolean;
  /** Resume lines added only for length: rendered together, grouped by job. */
  extra?: Evidence;
}

/**
 * Words that are names here: capitalised in the middle of a sentence of the posting or resume and
 * never written in lower case there, or a known technology. Asked of a few words per letter, so
 * each answer is looked up when asked (and kept).
 */
function nameDetector(texts: string[]): (word: string) => boolean {
  const answers = new Map<string, boolean>();
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return (word) => {
    let known = answers.get(word);
    if (known === undefined) {
      const lower = word.toLowerCase();
      const midSentence = new RegExp(`[\\p{Ll}\\p{N},;:)][ \\t]+${escape(word)}(?![\\p{L}])`, 'u');
      const inLowerCase = new RegExp(`(?<![\\p{L}])${escape(lower)}(?![\\p{L}])`, 'u');
      known =
        TECH_NAMES.has(lower) ||
        (texts.some((t) => midSentence.test(t)) && !texts.some((t) => inLowerCase.test(t)));
      answers.set(word, known);
    }
    return known;
  };
}

/** The role as a letter names it: "Staff Product Designer (Multiple Roles)" -> "Staff Product Designer". */
function roleName(title: string): string {
  const t = plain(title);
  return t.replace(/\s*\([^)]*\)\s*$/, '').trim() || t;
}

function jobKey(e: Evidence): string {
  return `${e.job?.employer ?? ''}\u0000${e.job?.title ?? ''}`;
}

/** Employers already introduced in the letter, with how often: later mentions are worded differently. */
type Mentions = Map<string, number>;

/** How a sentence about a job opens: the first time with the title and tense, then varied. */
function jobOpening(e: Evidence, mentions: Mentions, nounClause: boolean): { where: string; also: string } {
  const job = e.job!;
  const employer = plain(job.employer);
  const title = plain(job.title);
  const key = jobKey(e);
  const n = mentions.get(key) ?? 0;
  mentions.set(key, n + 1);
  if (!employer)
    return { where: title && n === 0 ? `As ${article(title)} ${title},` : '', also: n ? ' also' : '' };
  if (n === 0)
    return {
      where: title
        ? `At ${employer}, where I ${e.current ? 'work as' : 'was'} ${article(title)} ${title},`
        : `At ${employer},`,
      also: '',
    };
  const variants = [
    { where: `At ${employer}`, also: ' also' },
    { where: `In my ${e.current ? 'current' : 'earlier'} role at ${employer},`, also: '' },
    { where: `${employer} is also where`, also: '' },
  ];
  return variants[(n - 1) % (nounClause ? 2 : variants.length)];
}

/** Resume lines as sentences of the letter: at their employer, in the job's tense; two per job at most. */
function evidenceSentences(items: Evidence[], mentions: Mentions, isName: (w: string) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const e = items[i];
    if (e.kind === 'degree') {
      out.push(sentence(`I hold ${article(e.text)} ${plain(e.text).replace(/, /, ' from ')}`));
      continue;
    }
    if (e.kind === 'certificate') {
      out.push(sentence(`My certificates include ${plain(e.text)}`));
      continue;
    }
    const clause = bulletClause(e.text, e.current ?? false, isName);
    const next = items[i + 1];
    const nextClause =
      next?.kind === 'bullet' && jobKey(next) === jobKey(e) && clause.kind === 'i'
        ? bulletClause(next.text, next.current ?? false, isName)
        : null;
    const { where, also } = jobOpening(e, mentions, clause.kind === 'noun');
    let body = clause.kind === 'i' ? `I${also} ${clause.text}` : `my work${also} included ${clause.text}`;
    if (nextClause?.kind === 'i' && clause.kind === 'i' && nextClause.past === clause.past) {
      body += `, and ${nextClause.text}`;
      i++;
    }
    out.push(sentence(where ? `${where} ${body}` : body[0].toUpperCase() + body.slice(1)));
  }
  return out;
}

/** The ask in the letter's voice: "You ask for several years of ...", "You need someone to ...". */
function askSentence(ask: Ask, n: number, isName: (w: string) => boolean): string {
  const raw = plain(ask.text);
  const you = /^you(?:['’](re|ve|ll)|\s+(are|have|will))?\s+(.*)$/i.exec(raw);
  if (you) {
    const verb = (you[1] ?? you[2] ?? '').toLowerCase();
    const rest = swapPronouns(you[3]);
    if (verb === 're' || verb === 'are') return sentence(`You want someone who is ${rest}`);
    if (verb === 'll' || verb === 'will') return sentence(`You need someone who will ${rest}`);
    if (verb === 've' || verb === 'have') {
      const participle = /^(been|\w+ed|run|built|led|done|made|shipped|grown|written|driven|worked|seen)\b/i;
      return sentence(
        participle.test(rest) ? `You want someone who has ${rest}` : `You want someone with ${rest}`,
      );
    }
    return sentence(`You want someone who can ${rest}`);
  }
  const text = swapPronouns(lowerFirst(raw, isName));
  if (ask.kind === 'duty') {
    if (!startsWithVerb(raw)) return sentence(`The role involves ${text}`);
    return sentence(n % 2 === 0 ? `You need someone to ${text}` : `Part of the role is to ${text}`);
  }
  if (ask.kind === 'bonus')
    return sentence(n % 2 === 0 ? `You would also value ${text}` : `As a plus, you mention ${text}`);
  const leads = ['You ask for', 'The posting also asks for', 'You are looking for'];
  return sentence(`${leads[n % leads.length]} ${text}`);
}

/** "Backend engineer with seven years ..." -> "I am a backend engineer with seven years ...". */
function candidateSentence(summary: string | undefined, isName: (w: string) => boolean): string | null {
  const first = summary ? plain(summary).split(/(?<=[.!?])\s+/)[0] : '';
  if (!first || wordCount(first) < 4 || wordCount(first) > 45) return null;
  if (/^I\b/.test(first)) return sentence(first);
  if (/^\d|^(one|two|three|four|five|six|seven|eight|nine|ten|over|more)\b/i.test(first))
    return sentence(`I bring ${lowerFirst(first, isName)}`);
  if (startsWithVerb(first) || /^\p{Ll}/u.test(first)) return null;
  const lowered = lowerFirst(first, isName);
  return sentence(`I am ${article(lowered)} ${lowered}`);
}

/** The posting's own words about the company and the role, reported in the letter's voice. */
function postingHook(company: string[], role: string[], isName: (w: string) => boolean): string[] {
  const reported = (s: string) => swapPronouns(lowerFirst(plain(s), isName)).replace(/[.!?]+$/, '');
  const c = company[0];
  const r = role.find((s) => !/^(this|the) role is ideal/i.test(s) && wordCount(s) <= 30);
  const variants: string[] = [];
  if (c && r) variants.push(sentence(`Your posting says that ${reported(c)}, and that ${reported(r)}`));
  if (c) variants.push(sentence(`Your posting says that ${reported(c)}`));
  if (r) variants.push(sentence(`Your posting says that ${reported(r)}`));
  return variants;
}

/**
 * Writes the letter for one posting. `description` is the posting's full text; `words` the target
 * length (letter_words), met within LENGTH_TOLERANCE whenever the resume and posting give enough.
 */
export function templateLetter(
  resume: SourceResume,
  match: Match,
  terms: PostingTerms,
  description: string,
  words: number,
): TemplateLetter {
  const posting = match.posting;
  const company = plain(posting.company);
  const role = roleName(posting.title);
  const name = plain(resume.name);
  const isName = nameDetector([description, resume.markdown, posting.company, posting.title]);
  const resumeIndex = new TermIndex(resume.markdown);
  const skills = [...new Set([...resume.skills, ...terms.matched.filter((s) => resumeIndex.has(s))])];

  const parts = postingParts(description, posting.company);
  const evidence = resumeEvidence(resume);
  const pairs: Pairing[] = pairAsks(parts.asks, evidence, skills);
  const used = new Set(pairs.map((p) => p.evidence));
  const postingStems = contentStems(`${posting.title}\n${description}`);
  const postingTermsList = [...terms.matched, ...terms.mentioned];
  const extras = evidence
    .filter((e) => !used.has(e))
    .map((e, i) => ({ e, i, s: postingRelevance(e, postingStems, postingTermsList) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.e);

  // Units in reading order; `priority` decides which are added first (mandatory ones have none).
  const units: Unit[] = [];
  const add = (slot: Slot, priority: number | undefined, ...alternatives: Unit['render'][]) => {
    const group: Unit[] = alternatives.map((render) => ({ slot, priority, render, group: [] }));
    for (const u of group) u.group = group;
    units.push(group[0]);
    return group[0];
  };
  add('opening', undefined, () => `I am writing to apply for the ${role} role at ${company}.`);
  const hook = postingHook(parts.company, parts.role, isName);
  if (hook.length) add('opening', 1, ...hook.map((text) => () => text));
  if (parts.company[1])
    add('opening', 90, () =>
      sentence(`It also says that ${swapPronouns(lowerFirst(plain(parts.company[1]), isName))}`),
    );
  const candidate = candidateSentence(resume.sections.summary, isName);
  if (candidate) add('opening', 4, () => candidate);
  // The strongest requirement and the resume's line for it are in every letter, however short: a
  // short letter gives up the posting's quote (or takes its shorter form) before this.
  pairs.forEach((p, n) => {
    const full: Unit['render'] = (m) =>
      `${askSentence(p.ask, n, isName)} ${evidenceSentences([p.evidence], m, isName).join(' ')}`;
    if (n === 0) add('evidence', undefined, full);
    else
      add('evidence', n < 2 ? 2 + n : 5 + n, full, (m) =>
        evidenceSentences([p.evidence], m, isName).join(' '),
      );
  });
  // The resume's skills the posting names: postingTerms found them already.
  const inPosting = new Set([...terms.matched, ...terms.mentioned].map(canonicalTerm));
  const postingSkills = skills.filter((sk) => inPosting.has(canonicalTerm(sk)));
  if (postingSkills.length) {
    const skillsUnit = add('extra', 40, (_m, said) => {
      // Only the skills no other sentence has named yet; no employer, so no claim of where.
      const saidIndex = new TermIndex(said);
      const unnamed = postingSkills.filter((sk) => !saidIndex.has(sk)).slice(0, 6);
      return unnamed.length
        ? sentence(
            `I also bring experience with ${listJoin(unnamed.map(plain))}, which your posting mentions`,
          )
        : '';
    });
    skillsUnit.last = true;
  }
  extras.forEach((e, i) => (add('extra', 50 + i, () => '').extra = e));
  add(
    'closing',
    undefined,
    () =>
      `I would welcome the chance to talk with you about the ${role} role and what I would bring to ${company}.`,
    () => `I would welcome the chance to talk with you about the ${role} role.`,
  );
  add(
    'closing',
    100,
    () =>
      'My resume is attached with the dates and details of each role, and I would be glad to go into any of this work in more depth.',
  );
  add('closing', undefined, () => 'Thank you for your time and consideration.');

  /** The letter with these units (each unit standing for its group's chosen alternative). */
  const render = (chosen: Map<Unit, Unit>): string => {
    const mentioned: Mentions = new Map();
    const texts = new Map<Unit, string>();
    const picked = units.filter((u) => chosen.has(u));
    for (const last of [false, true])
      for (const u of picked)
        if (Boolean(u.last) === last && !u.extra)
          texts.set(u, chosen.get(u)!.render(mentioned, [...texts.values()].join(' ')));
    const of = (slot: Slot) =>
      picked
        .filter((u) => u.slot === slot && !u.extra)
        .map((u) => texts.get(u)!)
        .filter(Boolean);
    const paragraphs = [of('opening').join(' ')];
    const ev = of('evidence');
    for (let i = 0; i < ev.length; i += 2) paragraphs.push(ev.slice(i, i + 2).join(' '));
    // Extra lines of the same job follow each other, so they can share a sentence.
    // Degrees and certificates come after the work.
    const extras = picked.filter((u) => u.extra).map((u) => u.extra!);
    const jobOrder = [...new Set(extras.map(jobKey))];
    const rank = (e: Evidence) => (e.kind === 'bullet' ? 0 : 1000) + jobOrder.indexOf(jobKey(e));
    extras.sort((x, y) => rank(x) - rank(y));
    const extra = [...of('extra'), ...evidenceSentences(extras, mentioned, isName)];
    // At most three sentences a paragraph, split evenly (no lone sentence at the end).
    const size = Math.ceil(extra.length / Math.ceil(extra.length / 3));
    for (let i = 0; i < extra.length; i += size) paragraphs.push(extra.slice(i, i + size).join(' '));
    paragraphs.push(of('closing').join(' '));
    return [`Dear ${company} hiring team,`, ...paragraphs.filter(Boolean), `Sincerely,\n${name}`].join(
      '\n\n',
    );
  };

  const chosen = new Map(units.filter((u) => u.priority === undefined).map((u) => [u, u]));
  let text = render(chosen);
  let count = wordCount(text);
  const high = words * (1 + LENGTH_TOLERANCE);
  const low = words * (1 - LENGTH_TOLERANCE);
  // Only the units every letter has can take it past `high`: then those with a shorter form use it.
  for (const unit of chosen.keys()) {
    if (count <= high) break;
    const shorter = unit.group.at(-1)!;
    if (shorter === unit) continue;
    chosen.set(unit, shorter);
    text = render(chosen);
    count = wordCount(text);
  }
  const byPriority = units
    .filter((u) => u.priority !== undefined)
    .sort((x, y) => x.priority! - y.priority! || units.indexOf(x) - units.indexOf(y));
  for (const unit of byPriority) {
    // The longer alternative first; a shorter one when the longer overshoots.
    for (const alternative of unit.group) {
      const trial = new Map(chosen).set(unit, alternative);
      const next = render(trial);
      const n = wordCount(next);
      if (n <= high && (count < low || Math.abs(n - words) < Math.abs(count - words))) {
        chosen.set(unit, alternative);
        text = next;
        count = n;
        break;
      }
    }
  }
  const note =
    count < low
      ? `${count} words, short of letter_words ${words}: the resume and the posting gave no more to say that the resume supports`
      : undefined;
  return { markdown: `${text}\n`, words: count, note };
}
