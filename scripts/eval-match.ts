/**
 * `npm run eval:match`: how well the match score separates relevant from irrelevant postings, on
 * 1,288 real new-grad listings (titles and locations) and the relevance labels of
 * __tests__/fixtures/match-eval (label rules in docs/matching.md). Prints, per profile, the
 * precision of the top 10 and the precision and recall at the minimum score.
 *
 *   --min-score=N   the threshold (default: the min_score setting's default)
 *   --explain       also list the false positives and false negatives at the threshold
 *   --sample=N      instead, the mean over 20 seeded random runs of about N postings each (how the
 *                   score holds up when a run has fewer postings to learn word weights from)
 */
import { readFileSync } from 'node:fs';
import { scorePostings } from '../src/match/score.ts';
import type { Match, Posting, Profile } from '../src/model.ts';
import { SETTINGS } from '../src/settings/spec.ts';

const FIXTURES = new URL('../__tests__/fixtures/match-eval/', import.meta.url);

interface Listing {
  company: string;
  title: string;
  locations: string[];
}

export interface LabelledProfile {
  name: string;
  profile: Profile;
  /** Distinct titles judged relevant; every listing with one of them is relevant. */
  relevant: string[];
}

export interface ProfileResult {
  name: string;
  relevant: number;
  kept: number;
  precision: number;
  recall: number;
  precisionTop10: number;
  falsePositives: Match[];
  falseNegatives: Match[];
}

export const DEFAULT_MIN_SCORE = SETTINGS.find((s) => s.name === 'min_score')!.default as number;

export function loadEvalSet(): { postings: Posting[]; profiles: LabelledProfile[] } {
  const listings = JSON.parse(readFileSync(new URL('listings.json', FIXTURES), 'utf8')) as Listing[];
  const { profiles } = JSON.parse(readFileSync(new URL('labels.json', FIXTURES), 'utf8')) as {
    profiles: LabelledProfile[];
  };
  const postings: Posting[] = listings.map((l, i) => ({
    key: `simplify:${i}`,
    id: String(i),
    source: 'simplify',
    company: l.company,
    title: l.title,
    locations: l.locations,
    remote: null,
    url: `https://listings.example/${i}`,
  }));
  const titles = new Set(listings.map((l) => l.title));
  for (const p of profiles) {
    const unknown = p.relevant.filter((t) => !titles.has(t));
    if (unknown.length)
      throw new Error(`labels.json ${p.name}: titles not in listings.json: ${unknown.join('; ')}`);
  }
  return { postings, profiles };
}

export function evaluateProfile(
  p: LabelledProfile,
  postings: readonly Posting[],
  minScore: number,
): ProfileResult {
  const relevant = new Set(p.relevant);
  const isRelevant = (m: Match) => relevant.has(m.posting.title);
  const ranked = scorePostings(p.profile, postings);
  const kept = ranked.filter((m) => m.score >= minScore);
  const hits = kept.filter(isRelevant).length;
  const total = ranked.filter(isRelevant).length;
  const top10 = ranked.slice(0, 10);
  return {
    name: p.name,
    relevant: total,
    kept: kept.length,
    precision: kept.length ? hits / kept.length : 1,
    recall: total ? hits / total : 1,
    precisionTop10: top10.filter(isRelevant).length / top10.length,
    falsePositives: kept.filter((m) => !isRelevant(m)),
    falseNegatives: ranked.filter((m) => m.score < minScore && isRelevant(m)),
  };
}

export function evaluate(minScore = DEFAULT_MIN_SCORE): ProfileResult[] {
  const { postings, profiles } = loadEvalSet();
  return profiles.map((p) => evaluateProfile(p, postings, minScore));
}

/** Mean results over `runs` seeded random subsets of about `size` postings (the same subsets every time). */
export function evaluateSamples(size: number, minScore = DEFAULT_MIN_SCORE, runs = 20): ProfileResult[] {
  const { postings, profiles } = loadEvalSet();
  let seed = 1;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const subsets = Array.from({ length: runs }, () =>
    postings.filter(() => random() < size / postings.length),
  );
  return profiles.map((p) => {
    const all = subsets.map((subset) => evaluateProfile(p, subset, minScore));
    const mean = (f: (r: ProfileResult) => number) => all.reduce((sum, r) => sum + f(r), 0) / all.length;
    return {
      name: p.name,
      relevant: Math.round(mean((r) => r.relevant)),
      kept: Math.round(mean((r) => r.kept)),
      precision: mean((r) => r.precision),
      recall: mean((r) => r.recall),
      precisionTop10: mean((r) => r.precisionTop10),
      falsePositives: [],
      falseNegatives: [],
    };
  });
}

const f2 = (n: number) => n.toFixed(2);

export function resultTable(results: readonly ProfileResult[], minScore: number): string {
  return [
    `| profile | relevant | precision of the top 10 | kept at min_score ${minScore} | precision at ${minScore} | recall at ${minScore} |`,
    '|---|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.name} | ${r.relevant} | ${f2(r.precisionTop10)} | ${r.kept} | ${f2(r.precision)} | ${f2(r.recall)} |`,
    ),
  ].join('\n');
}

function explain(r: ProfileResult): string {
  const line = (m: Match) => `    ${String(m.score).padStart(3)}  ${m.posting.title}`;
  const distinct = (ms: Match[]) => [...new Map(ms.map((m) => [m.posting.title, m])).values()];
  return [
    `${r.name}: ${r.falsePositives.length} false positives, ${r.falseNegatives.length} false negatives`,
    '  kept but not relevant:',
    ...distinct(r.falsePositives).map(line),
    '  relevant but below the threshold:',
    ...distinct(r.falseNegatives).map(line),
  ].join('\n');
}

if (import.meta.main) {
  let minScore = DEFAULT_MIN_SCORE;
  let showErrors = false;
  let sample = 0;
  for (const arg of process.argv.slice(2)) {
    if (arg === '--explain') showErrors = true;
    else if (/^--min-score=\d+$/.test(arg)) minScore = Number(arg.slice('--min-score='.length));
    else if (/^--sample=\d+$/.test(arg)) sample = Number(arg.slice('--sample='.length));
    else {
      process.stderr.write(
        `eval:match: unknown argument ${JSON.stringify(arg)}; allowed: --min-score=N, --explain, --sample=N\n`,
      );
      process.exit(2);
    }
  }
  if (sample) {
    process.stdout.write(`Mean of 20 random runs of about ${sample} postings:\n\n`);
    process.stdout.write(`${resultTable(evaluateSamples(sample, minScore), minScore)}\n`);
    process.exit(0);
  }
  const results = evaluate(minScore);
  process.stdout.write(`${resultTable(results, minScore)}\n`);
  if (showErrors) for (const r of results) process.stdout.write(`\n${explain(r)}\n`);
}
