/** Small English helpers for the template letter: tense, articles, pronouns, lists, safe text. */
import { plainMarkdown } from '../text/untrusted.ts';

/** Words a letter may count: whitespace-separated runs. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** "a, b and c". */
export function listJoin(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** External text made safe inside one Markdown paragraph (see plainMarkdown). */
export const plain = plainMarkdown;

/** Ends a sentence with a full stop unless it already ends with punctuation. */
export function sentence(text: string): string {
  const t = text.trim().replace(/(?<![,;:])[,;:]+$/, '');
  return /[.!?]["”’)]?$/.test(t) ? t : `${t}.`;
}

/** "a" or "an" before a word, by its spelling; acronyms by their first letter's sound ("an MBA"). */
export function article(word: string): string {
  const first = /[\p{L}\p{N}.]+/u.exec(word)?.[0] ?? '';
  // Acronyms ("MBA", "MSc", "B.S.") are read letter by letter.
  if (/^[A-Z](?:\.?[A-Z]|[a-z]?\.?[A-Z])/.test(first) || /^[A-Z]$/.test(first))
    return /^[AEFHILMNORSX]/.test(first) ? 'an' : 'a';
  return /^[aeiou]/i.test(first) && !/^(uni|use|usu|eu|one)/i.test(first) ? 'an' : 'a';
}

const COMMON_STARTS = new Set([
  'a',
  'an',
  'the',
  'several',
  'strong',
  'proven',
  'excellent',
  'deep',
  'solid',
  'good',
  'great',
  'experience',
  'knowledge',
  'familiarity',
  'ability',
  'understanding',
  'passion',
  'demonstrated',
  'hands',
  'professional',
  'relevant',
  'prior',
  'at',
  'some',
  'senior',
  'clear',
  'comfort',
  'genuine',
  'track',
  'bachelor',
  'master',
  'degree',
  'fluency',
  'expertise',
  'exposure',
  'backend',
  'frontend',
  'software',
  'product',
  'data',
  'user',
]);

/**
 * Lower-cases the first letter when the first word is an ordinary word ("Several years" -> "several
 * years"), not a name or a technology ("TypeScript", "AWS", "Python").
 */
export function lowerFirst(text: string, isName: (word: string) => boolean = () => false): string {
  const first = /^[\p{L}][\p{L}'’-]*/u.exec(text)?.[0];
  if (!first || !/^\p{Lu}\p{Ll}*(?:[-'’]\p{Ll}+)?$/u.test(first)) return text;
  const lower = first.toLowerCase();
  const ordinary =
    COMMON_STARTS.has(lower) ||
    VERBS.has(lower) ||
    PAST.has(lower) ||
    /(ed|ing|ly)$/.test(lower) ||
    !isName(first);
  return ordinary ? lower + text.slice(first.length) : text;
}

/** Swaps the posting's voice for the letter's: "our team" -> "your team", "we" -> "you". */
export function swapPronouns(text: string): string {
  const map: Record<string, string> = {
    we: 'you',
    "we're": "you're",
    'we’re': 'you’re',
    "we've": "you've",
    'we’ve': 'you’ve',
    "we'll": "you'll",
    'we’ll': 'you’ll',
    our: 'your',
    ours: 'yours',
    us: 'you',
    ourselves: 'yourselves',
  };
  return text.replace(/\b(we(?:['’](?:re|ve|ll))?|our|ours|us|ourselves)\b/gi, (m) => {
    const to = map[m.toLowerCase()] ?? m;
    return m[0] === m[0].toUpperCase() ? to[0].toUpperCase() + to.slice(1) : to;
  });
}

const IRREGULAR: Record<string, string> = {
  build: 'built',
  rebuild: 'rebuilt',
  lead: 'led',
  run: 'ran',
  write: 'wrote',
  rewrite: 'rewrote',
  drive: 'drove',
  grow: 'grew',
  make: 'made',
  take: 'took',
  undertake: 'undertook',
  teach: 'taught',
  bring: 'brought',
  sell: 'sold',
  set: 'set',
  cut: 'cut',
  put: 'put',
  win: 'won',
  begin: 'began',
  give: 'gave',
  hold: 'held',
  keep: 'kept',
  meet: 'met',
  send: 'sent',
  spend: 'spent',
  speak: 'spoke',
  find: 'found',
  oversee: 'oversaw',
  see: 'saw',
  do: 'did',
  get: 'got',
  go: 'went',
  ship: 'shipped',
  plan: 'planned',
  stop: 'stopped',
  map: 'mapped',
  drop: 'dropped',
  scrap: 'scrapped',
  sit: 'sat',
  stand: 'stood',
  understand: 'understood',
  forecast: 'forecast',
  broadcast: 'broadcast',
  shape: 'shaped',
};
const PAST = new Set(Object.values(IRREGULAR));
const BASE_OF_PAST = new Map(Object.entries(IRREGULAR).map(([base, past]) => [past, base]));

/** "built" -> "build", "led" -> "lead": irregular past forms back to their base (others unchanged). */
export function irregularBase(word: string): string {
  return BASE_OF_PAST.get(word) ?? word;
}

/** Verbs that open resume bullets and posting duties, in their base form. */
const VERBS = new Set([
  ...Object.keys(IRREGULAR),
  'design',
  'develop',
  'own',
  'manage',
  'deliver',
  'launch',
  'create',
  'implement',
  'improve',
  'reduce',
  'increase',
  'automate',
  'migrate',
  'move',
  'mentor',
  'coach',
  'support',
  'maintain',
  'partner',
  'collaborate',
  'work',
  'help',
  'establish',
  'define',
  'architect',
  'scale',
  'optimize',
  'optimise',
  'analyze',
  'analyse',
  'research',
  'negotiate',
  'close',
  'source',
  'advise',
  'draft',
  'review',
  'coordinate',
  'organize',
  'organise',
  'conduct',
  'prepare',
  'present',
  'produce',
  'publish',
  'test',
  'train',
  'hire',
  'recruit',
  'introduce',
  'add',
  'replace',
  'deploy',
  'operate',
  'monitor',
  'investigate',
  'resolve',
  'fix',
  'streamline',
  'standardize',
  'standardise',
  'secure',
  'generate',
  'expand',
  'consolidate',
  'integrate',
  'prototype',
  'contribute',
  'serve',
  'handle',
  'ensure',
  'counsel',
  'educate',
  'care',
  'administer',
  'assess',
  'chart',
  'triage',
  'plan',
  'act',
  'raise',
  'evolve',
  'translate',
  'structure',
  'execute',
  'prioritize',
  'prioritise',
  'juggle',
  'craft',
  'iterate',
  'troubleshoot',
  'track',
  'report',
  'measure',
  'audit',
  'model',
  'price',
  'pitch',
  'onboard',
  'convert',
  'reconcile',
  'refactor',
  'debug',
  'document',
  'facilitate',
  'schedule',
  'budget',
  'oversee',
  'recommend',
  'interview',
  'visualize',
  'visualise',
  'illustrate',
  'edit',
  'communicate',
  'represent',
  'nurse',
  'treat',
  'diagnose',
  'install',
  'repair',
  'inspect',
  'open',
  'found',
  'co-found',
  'win',
  'earn',
  'save',
  'spearhead',
  'champion',
  'pilot',
  'initiate',
  'accelerate',
  'boost',
  'lift',
  'double',
  'triple',
  'halve',
  'lower',
  'shorten',
  'speed',
]);

export function pastTense(verb: string): string {
  const v = verb.toLowerCase();
  if (IRREGULAR[v]) return IRREGULAR[v];
  if (v.endsWith('e')) return `${v}d`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ied`;
  return `${v}ed`;
}

/** Whether a word reads as a verb in the past tense ("designed", "led"). */
function isPast(word: string): boolean {
  return PAST.has(word) || (/ed$/.test(word) && word.length > 4);
}

/** The base form of a verb in the third person ("manages" -> "manage"), when it is one we know. */
function baseOfThirdPerson(word: string): string | null {
  for (const base of [word.replace(/ies$/, 'y'), word.replace(/es$/, ''), word.replace(/s$/, '')])
    if (base !== word && VERBS.has(base)) return base;
  return null;
}

export type Clause = { kind: 'i'; text: string; past: boolean } | { kind: 'noun'; text: string };

/**
 * What follows "I" for a resume bullet, in the tense of the job: "Designed X" -> "designed X";
 * "Lead X" -> "lead X" (current job) or "led X" (past job); "Responsible for X" -> "am/was
 * responsible for X". Anything else (a noun phrase, a gerund) is returned as a noun clause.
 */
export function bulletClause(bullet: string, current: boolean, isName: (w: string) => boolean): Clause {
  const text = plain(bullet).replace(/(?<![.;])[.;]+$/, '');
  const m = /^(\S+)(\s+[\s\S]*)?$/.exec(text);
  if (!m) return { kind: 'noun', text };
  const first = m[1].toLowerCase().replace(/[,:]$/, '');
  const rest = m[2] ?? '';
  if (first === 'responsible' || first === 'accountable')
    return { kind: 'i', text: `${current ? 'am' : 'was'} ${first}${rest}`, past: !current };
  if (isPast(first)) return { kind: 'i', text: first + rest, past: true };
  const base = VERBS.has(first) ? first : baseOfThirdPerson(first);
  if (base) return { kind: 'i', text: (current ? base : pastTense(base)) + rest, past: !current };
  return { kind: 'noun', text: lowerFirst(text, isName) };
}

/** Whether a duty reads as an instruction ("Design and build ..."): its first word is a verb. */
export function startsWithVerb(text: string): boolean {
  const first = /^[\p{L}-]+/u.exec(text)?.[0]?.toLowerCase() ?? '';
  return VERBS.has(first);
}
