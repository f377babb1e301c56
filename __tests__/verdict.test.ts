import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CompanyResult } from '../src/model.ts';
import { runVerdict } from '../src/report/verdict.ts';

const company = (status: CompanyResult['status']): CompanyResult => ({
  name: status,
  source: 'greenhouse',
  status,
  postings: 1,
  ms: 1,
});
const counts = { postings: 10, matched: 3, generated: 2, failed: 1 };
const base = { counts, outputDir: '/out', failOnError: false };

test('the step fails on an upload failure, when no company was listed, or on any failure with fail_on_error', () => {
  assert.deepEqual(runVerdict({ ...base, companies: [company('ok'), company('throttled')] }), {
    failed: false,
    line: '2 applications written from 10 postings (3 matched, 1 failed); 1/2 companies listed.',
  });
  assert.ok(
    runVerdict({ ...base, companies: [company('empty')] }).failed === false,
    'an empty board still counts as listed',
  );
  assert.match(
    runVerdict({ ...base, companies: [company('failed'), company('not_found')] }).line,
    /^No company could be listed\. /,
  );
  assert.match(
    runVerdict({ ...base, companies: [company('ok')], artifactError: 'quota' }).line,
    /^Artifact upload failed: quota\. The files are in \/out\.$/,
  );
  assert.deepEqual(runVerdict({ ...base, failOnError: true, companies: [company('ok')] }).failed, true);
  assert.deepEqual(
    runVerdict({ ...base, failOnError: true, counts: { ...counts, failed: 0 }, companies: [company('ok')] })
      .failed,
    false,
  );
});
