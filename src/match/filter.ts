import type { Match } from '../model.ts';

export interface FilterOptions {
  minScore: number;
  topPerCompany: boolean;
  maxJobs: number;
  /** 0 = no limit. */
  maxAgeDays: number;
  /** The run's start; the filter itself never reads the clock. */
  now: Date;
  /** A reason to skip a match before ranking per company (e.g. seen in an earlier run), or null. */
  skip?: (match: Match) => string | null;
}

export interface Filtered<M extends Match = Match> {
  match: M;
  reason: string;
  /** Dropped only for room (max_jobs), not for what the posting is: a later run should still see it as new. */
  deferred?: boolean;
}

/**
 * Keeps the matches worth a letter: not excluded, new when asked, in your locations, fresh enough, >= min score, the best per company
 * when asked, at most max_jobs. Every dropped match says why. Input order = rank (best first).
 */
export function filterMatches<M extends Match>(
  ranked: readonly M[],
  opts: FilterOptions,
): { kept: M[]; filtered: Filtered<M>[] } {
  const kept: M[] = [];
  const filtered: Filtered<M>[] = [];
  const bestOfCompany = new Map<string, Match>();
  const maxAgeMs = opts.maxAgeDays * 86_400_000;
  for (const m of ranked) {
    const p = m.posting;
    const drop = (reason: string) => filtered.push({ match: m, reason });
    if (m.reasons.excludedBy.length) {
      drop(`excluded: title contains ${m.reasons.excludedBy.map((e) => `"${e}"`).join(', ')}`);
      continue;
    }
    const skipped = opts.skip?.(m);
    if (skipped) {
      drop(skipped);
      continue;
    }
    if (!m.reasons.locationFit) {
      const where = p.locations.length ? p.locations.slice(0, 3).join('; ') : 'remote';
      drop(`location: ${where} is not in your locations`);
      continue;
    }
    if (maxAgeMs > 0 && p.postedAt) {
      const age = opts.now.getTime() - Date.parse(p.postedAt);
      if (age > maxAgeMs) {
        drop(`older than max_age_days ${opts.maxAgeDays} (posted ${p.postedAt.slice(0, 10)})`);
        continue;
      }
    }
    // Near min_score, the LLM's judgement (llm_rank) decides where there is one.
    const judged = m.reasons.llm;
    if (judged ? judged.fit < opts.minScore : m.score < opts.minScore) {
      drop(
        judged
          ? `LLM fit ${judged.fit} < min_score ${opts.minScore} (score ${m.score}): ${judged.reason}`
          : `score ${m.score} < min_score ${opts.minScore}`,
      );
      continue;
    }
    const companyKey = p.company.toLowerCase();
    const best = bestOfCompany.get(companyKey);
    if (opts.topPerCompany && best) {
      drop(`top_per_company: ${p.company}'s best is "${best.posting.title}" (${best.score})`);
      continue;
    }
    if (kept.length >= opts.maxJobs) {
      filtered.push({ match: m, reason: `beyond max_jobs ${opts.maxJobs}`, deferred: true });
      continue;
    }
    bestOfCompany.set(companyKey, m);
    kept.push(m);
  }
  return { kept, filtered };
}
