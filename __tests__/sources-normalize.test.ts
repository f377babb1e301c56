import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  guessRemote,
  normalizeSalary,
  relativeDateToIso,
  toIsoDate,
  uniqueLocations,
  workplaceToRemote,
} from '../src/sources/normalize.ts';

const now = new Date('2026-10-01T12:00:00.000Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();

test('Workday-style relative dates are approximated from the run start, not the wall clock', () => {
  assert.equal(relativeDateToIso('Posted Today', now), daysAgo(0));
  assert.equal(relativeDateToIso('Posted Yesterday', now), daysAgo(1));
  assert.equal(relativeDateToIso('Posted 3 Days Ago', now), daysAgo(3));
  assert.equal(relativeDateToIso('Posted 30+ Days Ago', now), daysAgo(30));
  assert.equal(relativeDateToIso('2 weeks ago', now), daysAgo(14));
  assert.equal(relativeDateToIso('a month ago', now), daysAgo(30));
  assert.equal(relativeDateToIso('Full time', now), undefined);
});

test('toIsoDate reads epoch ms, epoch seconds, ISO, date-only, Recruitee "UTC", days in words and relative forms', () => {
  assert.equal(toIsoDate(1782214185805, now), '2026-06-23T11:29:45.805Z');
  assert.equal(toIsoDate(1782214185, now), '2026-06-23T11:29:45.000Z');
  assert.equal(toIsoDate('2026-09-24T13:34:54-04:00', now), '2026-09-24T17:34:54.000Z');
  assert.equal(toIsoDate('2026-07-30', now), '2026-07-30T00:00:00.000Z');
  assert.equal(toIsoDate('2026-09-18 13:27:28 UTC', now), '2026-09-18T13:27:28.000Z');
  assert.equal(toIsoDate('Posted 4 Days Ago', now), daysAgo(4));
  assert.equal(toIsoDate('November 20, 2025', now), '2025-11-20T00:00:00.000Z');
  assert.equal(toIsoDate('20 Nov 2025', now), '2025-11-20T00:00:00.000Z');
  assert.equal(toIsoDate('Sept. 3 2024', now), '2024-09-03T00:00:00.000Z');
  assert.equal(toIsoDate('soon', now), undefined);
  assert.equal(toIsoDate(null, now), undefined);
});

test('normalizeSalary maps currency symbols, period spellings and text ranges', () => {
  assert.deepEqual(normalizeSalary({ min: '3750', max: '5250', period: 'month', currency: 'EUR' }), {
    min: 3750,
    max: 5250,
    currency: 'EUR',
    period: 'month',
    text: 'EUR 3,750–5,250 / month',
  });
  assert.deepEqual(
    normalizeSalary({ min: 150000, max: 200000, currency: 'usd', period: 'per-year-salary' }),
    {
      min: 150000,
      max: 200000,
      currency: 'USD',
      period: 'year',
      text: 'USD 150,000–200,000 / year',
    },
  );
  assert.deepEqual(normalizeSalary({ text: '$150K – $200K' }), {
    min: 150000,
    max: 200000,
    currency: 'USD',
    text: '$150K – $200K',
  });
  assert.deepEqual(normalizeSalary({ text: '£60,000 - £97,000/year' }), {
    min: 60000,
    max: 97000,
    currency: 'GBP',
    period: 'year',
    text: '£60,000 - £97,000/year',
  });
  assert.equal(normalizeSalary({ period: '1 HOUR', min: 40, max: 30 })?.min, 30);
  assert.equal(normalizeSalary({ period: '1 HOUR', min: 40 })?.period, 'hour');
  assert.equal(normalizeSalary({ min: null, max: null, currency: 'EUR' }), undefined);
});

test('explicit workplace fields map to remote; guesses only read location text', () => {
  assert.equal(workplaceToRemote('Remote'), true);
  assert.equal(workplaceToRemote('hybrid'), false);
  assert.equal(workplaceToRemote('OnSite'), false);
  assert.equal(workplaceToRemote('on-site'), false);
  assert.equal(workplaceToRemote('unspecified'), null);
  assert.equal(guessRemote('Hybrid - London'), false);
  assert.equal(guessRemote('Remote - US'), true);
  assert.equal(guessRemote('Dublin'), null);
});

test('uniqueLocations trims and drops empty and repeated names', () => {
  assert.deepEqual(uniqueLocations([' London ', 'london', '', null, 'Paris']), ['London', 'Paris']);
});

test('European thousands separators are read as thousands', () => {
  assert.deepEqual(normalizeSalary({ text: '€50.000 – €60.000 per year' }), {
    min: 50000,
    max: 60000,
    currency: 'EUR',
    period: 'year',
    text: '€50.000 – €60.000 per year',
  });
});
