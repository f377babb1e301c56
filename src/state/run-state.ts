/**
 * Memory between daily runs: which postings were seen, when, with what score, and a hash of their
 * content so a materially changed posting can be processed again. Pure: no IO, no clock.
 */
import { createHash } from 'node:crypto';
import type { LlmFit, RememberedFit, SeenEntry } from '../model.ts';

export type { RememberedFit, SeenEntry };

export interface SeenPosting {
  /** ISO 8601 time of the run that first saw the posting. */
  firstSeen: string;
  /** ISO 8601 time of the latest run that saw it. */
  lastSeen: string;
  score: number;
  /** contentHash() of title, locations and description when it was last seen. */
  hash?: string;
  /** The LLM's judgement of fit (llm_rank), valid while the posting and profile hash to `hash`. */
  llm?: RememberedFit;
}

export interface RunState {
  version: 1;
  updatedAt: string;
  /** Keyed by Posting.key. */
  seen: Record<string, SeenPosting>;
}

/** Name of the file inside the state artifact. */
export const STATE_FILE = 'state.json';

/**
 * A short, stable hash of a posting's content. Whitespace runs are collapsed and ends trimmed, so
 * re-wrapped text is not a change; any other edit is.
 */
export function contentHash(parts: ReadonlyArray<string | readonly string[] | null | undefined>): string {
  const normalized = parts.map((part) => {
    const text = Array.isArray(part) ? part.join('\n') : ((part as string | null | undefined) ?? '');
    return text.replace(/\s+/g, ' ').trim();
  });
  return createHash('sha256').update(normalized.join('\u0000')).digest('hex').slice(0, 16);
}

/**
 * What the state knows about a posting: never seen, seen with different content (both hashes known and
 * unequal), or seen as it is.
 */
export function postingStatus(
  state: RunState | null,
  key: string,
  hash?: string,
): 'new' | 'changed' | 'seen' {
  const entry = state?.seen[key];
  if (!entry) return 'new';
  if (hash && entry.hash && hash !== entry.hash) return 'changed';
  return 'seen';
}

/** The LLM's remembered judgement of a posting, when it was made for the same content and profile. */
export function rememberedFit(state: RunState | null, key: string, hash: string): LlmFit | undefined {
  const llm = state?.seen[key]?.llm;
  return llm && llm.hash === hash ? { fit: llm.fit, reason: llm.reason } : undefined;
}

/** A new state with the entries recorded as seen at `now`; firstSeen of known postings is kept. */
export function mergeSeen(state: RunState | null, entries: readonly SeenEntry[], now: Date): RunState {
  const at = now.toISOString();
  const seen: Record<string, SeenPosting> = { ...(state?.seen ?? {}) };
  for (const entry of entries) {
    const before = seen[entry.key];
    const hash = entry.hash ?? before?.hash;
    const llm = entry.llm ?? before?.llm;
    seen[entry.key] = {
      firstSeen: before?.firstSeen ?? at,
      lastSeen: at,
      score: entry.score,
      ...(hash ? { hash } : {}),
      ...(llm ? { llm } : {}),
    };
  }
  return { version: 1, updatedAt: at, seen };
}

/** A new state without the postings not seen for more than maxAgeDays (closed postings). */
export function pruneSeen(state: RunState, now: Date, maxAgeDays: number): RunState {
  const cutoff = now.getTime() - maxAgeDays * 24 * 60 * 60 * 1000;
  const seen: Record<string, SeenPosting> = {};
  for (const [key, entry] of Object.entries(state.seen)) {
    if (Date.parse(entry.lastSeen) >= cutoff) seen[key] = entry;
  }
  return { ...state, seen };
}

export function serializeState(state: RunState): string {
  return `${JSON.stringify(state, null, 1)}\n`;
}

function isRememberedFit(value: unknown): value is RememberedFit {
  const v = value as Record<string, unknown> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.hash === 'string' &&
    typeof v.fit === 'number' &&
    Number.isFinite(v.fit) &&
    typeof v.reason === 'string'
  );
}

function isIsoTime(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

/** Reads a state file; throws an Error saying what is wrong when it is not a valid version-1 state. */
export function parseState(text: string): RunState {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('state file is not valid JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error('state file is not a JSON object');
  }
  const obj = data as Record<string, unknown>;
  if (obj.version !== 1) {
    throw new Error(
      `state file has version ${JSON.stringify(obj.version)}; this version of the action reads version 1`,
    );
  }
  if (!isIsoTime(obj.updatedAt)) throw new Error('state file has no valid updatedAt time');
  if (typeof obj.seen !== 'object' || obj.seen === null || Array.isArray(obj.seen)) {
    throw new Error('state file has no "seen" object');
  }
  const seen: Record<string, SeenPosting> = {};
  for (const [key, value] of Object.entries(obj.seen as Record<string, unknown>)) {
    const e = value as Record<string, unknown> | null;
    const valid =
      typeof e === 'object' &&
      e !== null &&
      isIsoTime(e.firstSeen) &&
      isIsoTime(e.lastSeen) &&
      typeof e.score === 'number' &&
      Number.isFinite(e.score) &&
      (e.hash === undefined || typeof e.hash === 'string') &&
      (e.llm === undefined || isRememberedFit(e.llm));
    if (!valid) throw new Error(`state file entry ${JSON.stringify(key.slice(0, 80))} is malformed`);
    seen[key] = {
      firstSeen: e.firstSeen as string,
      lastSeen: e.lastSeen as string,
      score: e.score as number,
      ...(typeof e.hash === 'string' ? { hash: e.hash } : {}),
      ...(e.llm ? { llm: e.llm as RememberedFit } : {}),
    };
  }
  return { version: 1, updatedAt: obj.updatedAt, seen };
}
