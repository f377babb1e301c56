import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCurrentJob } from '../src/generate/evidence.ts';
import { datePoints } from '../src/text/dates.ts';

test('a job whose dates end in any "present" word the date grammar reads is current for the letter too', () => {
  for (const end of ['Present', 'current', 'to date', 'Heute', 'aktuell', 'actualidad', 'presente', 'now']) {
    assert.deepEqual(datePoints(`Jan 2020 – ${end}`).at(-1), { present: true }, end);
    const job = { employer: 'Globex', title: 'Engineer', start: 'Jan 2020', end, bullets: [] };
    assert.equal(isCurrentJob(job), true, `"${end}" is a current job`);
  }
  const past = { employer: 'Initech', title: 'Engineer', start: 'Jan 2018', end: 'Dec 2019', bullets: [] };
  assert.equal(isCurrentJob(past), false);
  assert.equal(isCurrentJob({ ...past, end: '' }), true, 'a start date alone is a job still going on');
});
