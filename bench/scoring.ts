/** Scoring throughput: scorePostings over ~19,500 seeded listings of a real shape. */
import { scorePostings } from '../src/match/score.ts';
import { BENCH_PROFILE, syntheticPostings } from './synthetic.ts';
import { median, round } from './stats.ts';

export interface ScoringResult {
  listings: number;
  /** Timed runs after the first (cold) one. */
  runs: number;
  firstRunMs: number;
  medianMs: number;
  listingsPerSecond: number;
  matchedAt60: number;
}

export const SCORING_LISTINGS = 19_500;

export function benchScoring(repeats: number): ScoringResult {
  const postings = syntheticPostings(SCORING_LISTINGS);
  const times: number[] = [];
  let matched = 0;
  for (let i = 0; i < repeats + 1; i++) {
    const started = performance.now();
    const ranked = scorePostings(BENCH_PROFILE, postings);
    times.push(performance.now() - started);
    matched = ranked.filter((m) => m.score >= 60).length;
  }
  const [first, ...rest] = times;
  const med = median(rest);
  return {
    listings: postings.length,
    runs: rest.length,
    firstRunMs: round(first, 1),
    medianMs: round(med, 1),
    listingsPerSecond: Math.round(postings.length / (med / 1000)),
    matchedAt60: matched,
  };
}
