import type { CompanyConfig } from '../sources/types.ts';
import { companyIdentity } from './companies.ts';
import { SettingsError, showValue } from './errors.ts';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
  /** "shard-2-of-4": carried by artifact, state and folder names. */
  label: string;
}

export const MAX_SHARDS = 256;

/** Parses the `shard` input ("2/4"); '' means no sharding. */
export function parseShard(raw: string): Shard | undefined {
  const value = raw.trim();
  if (!value) return undefined;
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(value);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || index < 1 || count < 1 || index > count || count > MAX_SHARDS) {
    throw new SettingsError(
      `input shard: ${showValue(value)} is not valid; allowed: "i/n" with 1 <= i <= n <= ${MAX_SHARDS}, e.g. "2/4" (use \${{ matrix.shard }}/\${{ strategy.job-total }})`,
    );
  }
  return { index, count, label: `shard-${index}-of-${count}` };
}

/** FNV-1a, 32 bit: a stable hash that needs no crypto and is the same on every machine. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The 1-based shard a company belongs to: depends only on the company itself, never on list order. */
export function shardOf(company: CompanyConfig, count: number): number {
  return (fnv1a(companyIdentity(company)) % count) + 1;
}

export function companiesForShard(
  companies: readonly CompanyConfig[],
  shard: Shard | undefined,
): CompanyConfig[] {
  return shard ? companies.filter((c) => shardOf(c, shard.count) === shard.index) : [...companies];
}
