import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_MIN_SCORE, evaluate } from '../scripts/eval-match.ts';

// The labelled evaluation of docs/matching.md (npm run eval:match): the score must keep separating
// relevant from irrelevant postings at the default threshold on every profile.
test('at the default min_score, every evaluation profile keeps precision >= 0.85, recall >= 0.9, top-10 precision >= 0.9', () => {
  const results = evaluate(DEFAULT_MIN_SCORE);
  assert.ok(results.length >= 3, 'at least three profiles');
  for (const r of results) {
    assert.ok(r.relevant > 0, `${r.name}: labels found`);
    assert.ok(r.precision >= 0.85, `${r.name}: precision ${r.precision.toFixed(2)}`);
    assert.ok(r.recall >= 0.9, `${r.name}: recall ${r.recall.toFixed(2)}`);
    assert.ok(r.precisionTop10 >= 0.9, `${r.name}: precision of the top 10 ${r.precisionTop10.toFixed(2)}`);
  }
});
