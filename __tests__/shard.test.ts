import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { companiesForShard, parseShard } from '../src/settings/shard.ts';
import { SettingsError } from '../src/settings/errors.ts';
import type { CompanyConfig } from '../src/sources/types.ts';

const companies: CompanyConfig[] = Array.from({ length: 50 }, (_, i) =>
  i % 2
    ? { name: `Co ${i}`, source: 'greenhouse', board: `board-${i}` }
    : { name: `Co ${i}`, source: 'lever', site: `site-${i}` },
);

describe('sharding', () => {
  it('for 1..8 shards over 50 companies, every company is covered exactly once', () => {
    for (let count = 1; count <= 8; count++) {
      const seen = new Map<string, number>();
      for (let index = 1; index <= count; index++) {
        for (const c of companiesForShard(companies, parseShard(`${index}/${count}`)))
          seen.set(c.name, (seen.get(c.name) ?? 0) + 1);
      }
      assert.equal(seen.size, 50, `${count} shards`);
      assert.ok(
        [...seen.values()].every((n) => n === 1),
        `${count} shards: a company ran twice`,
      );
    }
  });

  it('reordering the list changes no assignment', () => {
    const reversed = [...companies].reverse();
    for (let index = 1; index <= 4; index++) {
      const shard = parseShard(`${index}/4`);
      const a = companiesForShard(companies, shard)
        .map((c) => c.name)
        .sort();
      const b = companiesForShard(reversed, shard)
        .map((c) => c.name)
        .sort();
      assert.deepEqual(a, b);
    }
  });

  it('spreads companies over the shards', () => {
    const sizes = [1, 2, 3, 4].map((i) => companiesForShard(companies, parseShard(`${i}/4`)).length);
    assert.ok(
      sizes.every((n) => n >= 5),
      sizes.join(','),
    );
  });

  for (const bad of ['3/2', '0/4', '1/0', 'two/4', '1/4/2', '-1/2', '1/1000']) {
    it(`rejects ${JSON.stringify(bad)} with a one-line error naming the input`, () => {
      assert.throws(
        () => parseShard(bad),
        (err: Error) =>
          err instanceof SettingsError &&
          /^input shard: ".*" is not valid; allowed: "i\/n"/.test(err.message) &&
          !err.message.includes('\n'),
      );
    });
  }
});
