/** What a score means, in words, for the summary's details and job.json. */
import type { Match } from '../model.ts';
import { RELATED_ROLE } from './role-families.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * One sentence saying why a posting scored what it did: how much of which profile title its title
 * carries (and through which related role), what your skills added, and the location gate.
 */
export function explainScore(match: Match): string {
  const r = match.reasons;
  if (r.excludedBy.length) return `0: the title contains ${r.excludedBy.map((e) => `"${e}"`).join(', ')}.`;
  const parts: string[] = [];
  if (r.bestTitle) {
    const via = r.titleVia ? ` as the related role "${r.titleVia}" (counted at ${pct(RELATED_ROLE)})` : '';
    parts.push(`the title carries ${pct(r.titleScore)} of "${r.bestTitle}"${via}`);
    const titlePoints = Math.round(r.titleScore * 100);
    if (match.score < titlePoints)
      parts.push(`the listing's text names few of your skills (${titlePoints} → ${match.score})`);
  } else {
    parts.push('no profile title matched; the score is the share of your skills the listing names');
  }
  if (r.location) parts.push(`location: ${r.location}`);
  else if (!r.locationFit) parts.push('not in your locations');
  return `${match.score}: ${parts.join('; ')}.`;
}

/** What the thresholds require (the README says it at length). */
export const SCORE_SCALE =
  "60 needs the kind of job and most of your title's defining words; 80 needs your title or a close related role (and, where the listing has a description, some of your skills in it).";
