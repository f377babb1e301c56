/**
 * The deterministic fact check: a tailored resume or letter may reorder, select and reword what the
 * source resume says, never add to it. Every item the source lacks is removed and reported.
 */
import type { GroundingRemoval } from '../model.ts';
import { bulletOverlaps, resumeText, type SourceJob, type SourceResume } from '../resume/index.ts';
import { datePoints, MONTHS } from '../text/dates.ts';
import type { TailoredResume } from './tailored.ts';
import { sanitiseModelMarkdown, stripInvisible } from '../text/untrusted.ts';
import { splitSentences } from '../text/sentences.ts';
import { TechText, techTermsIn } from '../terms/tech-terms.ts';
import { canonicalWords } from '../terms/aliases.ts';
import { TermIndex } from '../terms/term-index.ts';
import { tokens } from '../terms/tokens.ts';
import {
  claimedOrganisation,
  linkKey,
  linksIn,
  postingOrganisations,
  repeatsInstruction,
  sentenceKey,
  unknownLinks,
} from './injection-checks.ts';

const COMPANY_SUFFIX = new Set([
  'inc',
  'incorporated',
  'llc',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'co',
  'company',
  'gmbh',
  'plc',
  'ag',
  'sa',
  'bv',
  'pty',
  'group',
  'holdings',
]);
const FILLER = new Set(['the', 'of', 'in', 'and', 'a', 'an', 'for', 'at', 'on', 'with', 'to', '&']);

function significant(text: string, drop: Set<string> = FILLER): string[] {
  return tokens(text).filter((t) => !drop.has(t));
}

function employerKey(text: string): string[] {
  return significant(text).filter((t) => !COMPANY_SUFFIX.has(t));
}

/** A source employer named by a key ("acme" for "Acme Corp", "Acme", "Acme Corp Europe"). */
function sameEmployer(sourceEmployer: string, key: string): boolean {
  const k = employerKey(sourceEmployer).join('');
  return !!k && !!key && (k === key || k.includes(key) || key.includes(k));
}

// ---- degrees ------------------------------------------------------------------------------------

/** The level a degree names: "B.S." and "Bachelor of Science" -> "bachelor". */
export function degreeLevels(text: string): string[] {
  const t = ` ${tokens(text).join(' ')} `;
  const levels: string[] = [];
  if (/ (bachelor|bachelors|bs|bsc|ba|beng|bba|b s|b sc|b a|b eng) /.test(t)) levels.push('bachelor');
  if (/ (master|masters|ms|msc|ma|meng|m s|m sc|m a|m eng) /.test(t)) levels.push('master');
  if (/ (mba) /.test(t)) levels.push('mba');
  if (/ (phd|ph d|doctorate|doctor of philosophy|dphil) /.test(t)) levels.push('phd');
  if (/ (associate|associates) (degree|of) /.test(t)) levels.push('associate');
  return levels;
}

const DEGREE_NOISE = new Set([
  ...FILLER,
  'bachelor',
  'bachelors',
  'master',
  'masters',
  'bs',
  'bsc',
  'ba',
  'ms',
  'msc',
  'ma',
  'beng',
  'meng',
  'phd',
  'ph',
  'd',
  'b',
  'm',
  's',
  'sc',
  'eng',
  'degree',
  'science',
  'arts',
  'doctor',
  'philosophy',
  'doctorate',
  'mba',
  'bba',
  'associate',
  'associates',
  'business',
  'administration',
]);

// ---- the checker --------------------------------------------------------------------------------

export interface PostingContext {
  company: string;
  title: string;
  locations?: string[];
  /** Posting text: its technology names are what a model is tempted to add. */
  description?: string;
}

export interface Grounded<T> {
  value: T;
  removals: GroundingRemoval[];
}

/** Builds the fact index of one source resume once; checks any number of generated documents. */
export class Grounding {
  private readonly source: SourceResume;
  private readonly text: TermIndex;
  /** The same text read for technology names as postings are (tech-terms.ts). */
  private readonly tech: TechText;
  private readonly years = new Set<number>();
  private readonly yearMonths = new Set<string>();
  private readonly yearsWithMonth = new Set<number>();
  private readonly hasPresent: boolean;
  private readonly levels: Set<string>;
  private readonly degreeWords: Set<string>;
  private readonly titleWords: Set<string>;
  private readonly certs: Set<string>[];
  private readonly links: Set<string>;
  private organisations: { description: string; company: string; names: string[] } | undefined;

  constructor(source: SourceResume) {
    this.source = source;
    const all = resumeText(source);
    this.tech = new TechText(all);
    this.text = this.tech.index;
    const points = datePoints(all);
    for (const p of points) {
      if (p.year) this.years.add(p.year);
      if (p.year && p.month) {
        this.yearMonths.add(`${p.year}-${p.month}`);
        this.yearsWithMonth.add(p.year);
      }
    }
    this.hasPresent = points.some((p) => p.present);
    this.levels = new Set(source.facts.degrees.flatMap(degreeLevels));
    for (const l of degreeLevels(all)) this.levels.add(l);
    this.degreeWords = new Set(source.facts.degrees.flatMap((d) => significant(d)));
    this.titleWords = new Set(source.facts.titles.flatMap((t) => titleTokens(t)));
    this.certs = source.facts.certificates.map((c) => new Set(certTokens(c)));
    this.links = new Set(linksIn(all).map(linkKey));
  }

  /** What a posting can smuggle into a sentence: a link the resume lacks, its organisations as ours. */
  private injectionProblem(sentence: string, posting?: PostingContext): GroundingRemoval | null {
    const links = unknownLinks(sentence, this.links);
    if (links.length) return { kind: 'line', value: `${sentence.trim()} (links to ${links[0]})` };
    if (!posting?.description) return null;
    if (
      this.organisations?.description !== posting.description ||
      this.organisations.company !== posting.company
    ) {
      const names = postingOrganisations(posting.description, posting.company);
      this.organisations = { description: posting.description, company: posting.company, names };
    }
    const claimed = claimedOrganisation(sentence, this.organisations.names, (name) => this.text.has(name));
    return claimed ? { kind: 'employer', value: claimed } : null;
  }

  employerKnown(employer: string): boolean {
    const key = employerKey(employer);
    return key.length === 0 || this.text.has(key.join(' '));
  }

  private sourceJob(employer: string): SourceJob | undefined {
    const key = employerKey(employer).join('');
    if (!key) return undefined;
    return this.source.sections.experience.find((j) => sameEmployer(j.employer, key));
  }

  /**
   * The employer a bullet was written under when a model moved it to another one: it is clearly
   * closer to a bullet of that employer (most of its words) than to any of its own.
   */
  private writtenElsewhere(bullet: string, employer: string): string | null {
    const key = employerKey(employer).join('');
    const jobs = this.source.sections.experience;
    const overlaps = bulletOverlaps(this.source, bullet);
    const own = Math.max(0, ...overlaps.filter((_, i) => sameEmployer(jobs[i].employer, key)));
    const best = Math.max(0, ...overlaps);
    if (best < 0.6 || own >= best - 0.25) return null;
    return jobs[overlaps.indexOf(best)].employer || 'another position';
  }

  titleKnown(title: string, job?: SourceJob): boolean {
    const words = titleTokens(title);
    const allowed = job?.title ? new Set(titleTokens(job.title)) : this.titleWords;
    return words.every((w) => allowed.has(w) || (!job && this.text.has(w)));
  }

  dateKnown(value: string): boolean {
    const points = datePoints(value);
    if (points.length === 0) return !value.trim() || /^[\s–—-]*$/.test(value);
    return points.every((p) => {
      if (p.present) return this.hasPresent;
      if (!p.year || !this.years.has(p.year)) return false;
      if (p.month && this.yearsWithMonth.has(p.year)) return this.yearMonths.has(`${p.year}-${p.month}`);
      return true;
    });
  }

  degreeKnown(degree: string): boolean {
    const levels = degreeLevels(degree);
    if (!levels.every((l) => this.levels.has(l))) return false;
    const words = significant(degree, DEGREE_NOISE);
    return words.every((w) => this.degreeWords.has(w) || this.text.has(w));
  }

  certificateKnown(cert: string): boolean {
    const words = certTokens(cert);
    if (words.length === 0) return true;
    return this.certs.some((c) => words.every((w) => c.has(w)));
  }

  /** Technology names in a line that the source resume never mentions. */
  private unknownTech(line: string, candidates: string[]): string[] {
    const lineTech = new TechText(line);
    const found = new Set([...techTermsIn(line), ...candidates.filter((c) => lineTech.says(c))]);
    return [...found].filter((t) => !this.tech.says(t));
  }

  /** Checks a tailored resume against the source; returns the grounded copy and what was removed. */
  resume(t: TailoredResume, posting?: PostingContext): Grounded<TailoredResume> {
    const removals: GroundingRemoval[] = [];
    // Every field is one line of the rendered Markdown: a line break in model text could open a
    // heading, list or section of its own.
    const clean = (s: unknown) =>
      typeof s === 'string'
        ? stripInvisible(s)
            .replace(/<\/?[a-z][^<>]*>/gi, '')
            .replace(/\s+/g, ' ')
            .trim()
        : '';
    const candidates = [
      ...(t.skills ?? []).map(clean),
      ...(posting?.description ? techTermsIn(posting.description) : []),
    ];

    const skills: string[] = [];
    for (const s of (t.skills ?? []).map(clean).filter(Boolean)) {
      if (this.tech.says(s)) skills.push(s);
      else removals.push({ kind: 'skill', value: s });
    }

    const experience: TailoredResume['experience'] = [];
    for (const e of t.experience ?? []) {
      const employer = clean(e.employer);
      if (!employer || !this.employerKnown(employer)) {
        removals.push({ kind: 'employer', value: employer || '(no employer)' });
        continue;
      }
      const job = this.sourceJob(employer);
      let title = clean(e.title);
      if (title && !this.titleKnown(title, job)) {
        removals.push({ kind: 'title', value: title });
        title = job?.title ?? '';
      }
      let start = clean(e.start);
      let end = clean(e.end);
      for (const [which, value] of [
        ['start', start],
        ['end', end],
      ] as const) {
        if (value && !this.dateKnown(value)) {
          removals.push({ kind: 'date', value });
          const restored = job ? job[which] : '';
          if (which === 'start') start = restored;
          else end = restored;
        }
      }
      const bullets: string[] = [];
      for (const b of (e.bullets ?? []).map(clean).filter(Boolean)) {
        const unknown = this.unknownTech(b, candidates);
        const employers = this.unknownEmployers(b, posting);
        const elsewhere = this.writtenElsewhere(b, employer);
        const injected = this.injectionProblem(b, posting);
        if (injected) removals.push(injected);
        else if (unknown.length || employers.length) {
          removals.push({ kind: 'line', value: `${b} (names ${[...unknown, ...employers].join(', ')})` });
        } else if (elsewhere) {
          removals.push({ kind: 'line', value: `${b} (written under ${elsewhere})` });
        } else bullets.push(b);
      }
      experience.push({ employer, title, start, end, bullets });
    }

    const education: TailoredResume['education'] = [];
    for (const e of t.education ?? []) {
      const institution = clean(e.institution);
      const degree = clean(e.degree);
      if (institution && !this.text.has(institution)) {
        removals.push({ kind: 'degree', value: [degree, institution].filter(Boolean).join(', ') });
        continue;
      }
      if (degree && !this.degreeKnown(degree)) {
        removals.push({ kind: 'degree', value: degree });
        continue;
      }
      let dates = clean(e.dates);
      if (dates && !this.dateKnown(dates)) {
        removals.push({ kind: 'date', value: dates });
        dates = '';
      }
      education.push({ institution, degree, dates });
    }

    const certificates: string[] = [];
    for (const c of (t.certificates ?? []).map(clean).filter(Boolean)) {
      if (this.certificateKnown(c)) certificates.push(c);
      else removals.push({ kind: 'certificate', value: c });
    }

    const summary = this.proseCheck(clean(t.summary), posting, removals, candidates);
    return { value: { summary, skills, experience, education, certificates }, removals };
  }

  /** Employer-looking names in a sentence ("at Umbrella Corp", "Initech Inc") the resume lacks. */
  private unknownEmployers(sentence: string, posting?: PostingContext): string[] {
    const allowed = new TermIndex(
      [posting?.company ?? '', posting?.title ?? '', ...(posting?.locations ?? [])].join(' \n '),
    );
    const names = new Set<string>();
    const cap = "(?!I\\b)[A-Z][\\w&'’.-]*";
    const suffix = new RegExp(
      `\\b((?:${cap}\\s+){0,3}${cap})\\s+(Corp(?:oration)?|Inc|LLC|Ltd|Limited|GmbH|PLC|Co|Company|Group|Holdings|Technologies|Labs|Systems|Industries)\\b\\.?`,
      'g',
    );
    for (const m of sentence.matchAll(suffix)) names.add(`${m[1]} ${m[2]}`);
    const at = new RegExp(`\\b(?:[Aa]t|joined|[Ww]orked for)\\s+((?:${cap})(?:\\s+${cap}){0,3})`, 'g');
    for (const m of sentence.matchAll(at)) names.add(m[1].replace(/[.,;:]+$/, ''));
    return [...names].filter((n) => {
      const key = employerKey(n);
      if (key.length === 0) return false;
      if (MONTHS.includes(key[0].slice(0, 3)) && key.length === 1) return false;
      const joined = key.join(' ');
      return !this.text.has(joined) && !allowed.has(joined);
    });
  }

  /** Removes sentences of prose that name an unknown employer, certificate, degree or technology. */
  private proseCheck(
    text: string,
    posting: PostingContext | undefined,
    removals: GroundingRemoval[],
    techCandidates?: string[],
  ): string {
    if (!text) return text;
    const kept: string[] = [];
    for (const sentence of splitSentences(text)) {
      const problem = this.sentenceProblem(sentence, posting, techCandidates);
      if (problem) removals.push(problem);
      else kept.push(sentence);
    }
    return kept
      .join('')
      .replace(/[ \t]+\n/g, '\n')
      .trim();
  }

  private sentenceProblem(
    sentence: string,
    posting: PostingContext | undefined,
    techCandidates?: string[],
  ): GroundingRemoval | null {
    const injected = this.injectionProblem(sentence, posting);
    if (injected) return injected;
    const employers = this.unknownEmployers(sentence, posting);
    if (employers.length) return { kind: 'employer', value: employers[0] };
    const levels = degreeLevels(sentence).filter((l) => !this.levels.has(l));
    if (levels.length && /\b(degree|bachelor|master|ph\.?d|mba|doctorate)/i.test(sentence))
      return { kind: 'degree', value: sentence.trim() };
    if (/\bcertifi(ed|cate|cation)s?\b/i.test(sentence)) {
      const allowed = new TermIndex([posting?.company ?? '', posting?.title ?? ''].join(' '));
      const certWords =
        sentence
          .replace(/^\s*\S+/, '')
          .match(/\b[A-Z][\w+#-]*\b/g)
          ?.filter((w) => w !== 'I' && !allowed.has(w) && !/^certifi/i.test(w)) ?? [];
      if (!certWords.every((w) => this.certs.some((c) => c.has(w.toLowerCase()))))
        return { kind: 'certificate', value: sentence.trim() };
    }
    if (techCandidates) {
      const unknown = this.unknownTech(sentence, techCandidates);
      if (unknown.length) return { kind: 'line', value: `${sentence.trim()} (names ${unknown.join(', ')})` };
    }
    return null;
  }

  /**
   * Checks a cover letter: sanitises it, removes sentences naming an employer, certificate or degree
   * the resume lacks and sentences that repeat the system prompt.
   */
  letter(markdown: string, posting: PostingContext, systemPrompt?: string): Grounded<string> {
    const removals: GroundingRemoval[] = [];
    const leak = systemPrompt ? shingles(systemPrompt) : new Set<string>();
    const instructions = systemPrompt ? splitSentences(systemPrompt).map(sentenceKey) : [];
    const paragraphs = sanitiseModelMarkdown(markdown).split(/\n{2,}/);
    const out: string[] = [];
    for (const para of paragraphs) {
      const kept: string[] = [];
      for (const line of para.split('\n')) {
        const sentences: string[] = [];
        for (const sentence of splitSentences(line)) {
          if (
            [...shingles(sentence)].some((s) => leak.has(s)) ||
            repeatsInstruction(sentence, instructions)
          ) {
            removals.push({
              kind: 'line',
              value: `${sentence.trim().slice(0, 120)} (repeats the instructions)`,
            });
            continue;
          }
          const problem = this.sentenceProblem(sentence, posting);
          if (problem) removals.push(problem);
          else sentences.push(sentence.trim());
        }
        if (sentences.length) kept.push(sentences.join(' '));
      }
      if (kept.length) out.push(kept.join('\n'));
    }
    return { value: out.join('\n\n').trim(), removals };
  }
}

/** A title's words in canonical spelling ("Sr. SWE" = "Senior Software Engineer"). */
function titleTokens(title: string): string[] {
  return canonicalWords(title).filter((t) => !FILLER.has(t));
}

const CERT_NOISE = new Set([...FILLER, 'certified', 'certificate', 'certification', 'professional']);
function certTokens(cert: string): string[] {
  return significant(cert, CERT_NOISE).filter((t) => !/^(19|20)\d{2}$/.test(t));
}

/** 8-word windows of a text: a sentence sharing one with the system prompt is repeating it. */
function shingles(text: string): Set<string> {
  const t = tokens(text);
  const out = new Set<string>();
  for (let i = 0; i + 8 <= t.length; i++) out.add(t.slice(i, i + 8).join(' '));
  return out;
}
