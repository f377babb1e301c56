/**
 * Location as a gate: a profile that names locations keeps only postings in one of them (or remote
 * ones when it names Remote); a profile that names none, or a posting whose place is unknown, passes.
 * Location never adds to the score.
 */
import type { Posting } from '../model.ts';
import { tokens } from '../terms/tokens.ts';
import { oneEditApart } from '../terms/typos.ts';

const REMOTE = /\b(remote|anywhere|distributed|work from home)\b/i;

/** Short names of places, as their words. */
const PLACE_NAMES: Record<string, string[]> = {
  nyc: ['new', 'york'],
  sf: ['san', 'francisco'],
  us: ['united', 'states'],
  usa: ['united', 'states'],
  uk: ['united', 'kingdom'],
};

function placeWords(text: string): string[] {
  return tokens(text).flatMap((t) => PLACE_NAMES[t] ?? [t]);
}

export interface LocationFit {
  /** false only when the profile names places and the posting's known places are none of them. */
  fit: boolean;
  /** The profile location that matched, "remote", or null. */
  matched: string | null;
}

/** A location gate for one profile. */
export function locationGate(profileLocations: readonly string[]): (posting: Posting) => LocationFit {
  const wantsRemote = profileLocations.some((l) => REMOTE.test(l));
  const places = profileLocations
    .filter((l) => !REMOTE.test(l))
    .map((l) => ({ text: l, words: placeWords(l) }))
    .filter((p) => p.words.length);
  return (posting) => {
    if (profileLocations.length === 0) return { fit: true, matched: null };
    const remote = posting.remote === true || posting.locations.some((l) => REMOTE.test(l));
    if (wantsRemote && remote) return { fit: true, matched: 'remote' };
    for (const location of posting.locations) {
      const words = placeWords(location);
      const place = places.find((p) => p.words.every((w) => words.some((x) => oneEditApart(w, x))));
      if (place) return { fit: true, matched: place.text };
    }
    const unknown = posting.locations.length === 0 && posting.remote === null;
    return { fit: unknown, matched: null };
  };
}
