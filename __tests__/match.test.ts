import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dedupPostings, normalizeUrl } from '../src/match/dedup.ts';
import { filterMatches } from '../src/match/filter.ts';
import { scorePostings } from '../src/match/score.ts';
import type { Posting } from '../src/model.ts';
import type { Profile } from '../src/model.ts';

let n = 0;
function posting(p: Partial<Posting> & { title: string }): Posting {
  const id = String(++n);
  return {
    key: `greenhouse:acme:${id}`,
    id,
    source: 'greenhouse',
    company: 'Acme',
    locations: [],
    remote: null,
    url: `https://acme.example/jobs/${id}`,
    ...p,
  };
}

const profile: Profile = {
  titles: ['Backend Engineer', 'Platform Engineer'],
  skills: ['TypeScript', 'PostgreSQL', 'Node.js', 'Kubernetes'],
  locations: ['New York', 'Remote'],
  exclude: ['Manager', 'Intern'],
};
const longText = (s: string) => `${s} `.repeat(40);

describe('scoring', () => {
  it('a relevant posting outranks an irrelevant one', () => {
    const relevant = posting({
      title: 'Senior Backend Engineer',
      locations: ['New York, NY'],
      description: longText('We use TypeScript, Node.js and Postgres.'),
    });
    const irrelevant = posting({
      title: 'Account Executive',
      locations: ['London'],
      description: longText('Sell our product to enterprises.'),
    });
    const [first, second] = scorePostings(profile, [irrelevant, relevant]);
    assert.equal(first.posting, relevant);
    assert.ok(first.score >= 80, `relevant scored ${first.score}`);
    assert.ok(second.score < 30, `irrelevant scored ${second.score}`);
    assert.deepEqual(first.reasons.matchedSkills, ['TypeScript', 'PostgreSQL', 'Node.js']);
    assert.deepEqual(first.reasons.missingSkills, ['Kubernetes']);
    assert.equal(first.reasons.bestTitle, 'Backend Engineer');
    assert.equal(first.reasons.location, 'New York');
  });

  it('matches reordered and misspelt title words', () => {
    const reordered = posting({ title: 'Software Engineer, Backend', remote: true });
    const typo = posting({ title: 'Backend Enginer', remote: true });
    const other = posting({ title: 'Product Designer', remote: true });
    const scores = new Map(scorePostings(profile, [reordered, typo, other]).map((m) => [m.posting, m.score]));
    assert.ok(scores.get(reordered)! >= 70, `reordered ${scores.get(reordered)}`);
    assert.ok(scores.get(typo)! >= 70, `typo ${scores.get(typo)}`);
    assert.ok(scores.get(other)! < 40, `other ${scores.get(other)}`);
  });

  it('whole words only: Java is not JavaScript', () => {
    const p = posting({
      title: 'Backend Engineer',
      description: longText('Our stack is JavaScript and Go.'),
    });
    const [m] = scorePostings({ ...profile, skills: ['Java'] }, [p]);
    assert.deepEqual(m.reasons.matchedSkills, []);
  });

  it('remote postings fit a profile that accepts Remote', () => {
    const remote = posting({ title: 'Backend Engineer', locations: ['Berlin'], remote: true });
    const onsite = posting({ title: 'Backend Engineer', locations: ['Berlin'], remote: false });
    const ranked = scorePostings(profile, [onsite, remote]);
    assert.equal(ranked[0].posting, remote);
    assert.equal(ranked[0].reasons.location, 'remote');
    assert.equal(ranked[1].reasons.locationFit, false);
  });

  it('exclusions drop a posting to 0 and say which word', () => {
    const [m] = scorePostings(profile, [posting({ title: 'Backend Engineering Manager', remote: true })]);
    assert.equal(m.score, 0);
    assert.deepEqual(m.reasons.excludedBy, ['Manager']);
  });

  it('a blank or punctuation-only skill or exclusion matches nothing (not every posting)', () => {
    const p = posting({ title: 'Backend Engineer', remote: true, description: longText('We use Go.') });
    const [m] = scorePostings({ ...profile, skills: ['', '-'], exclude: [' ', '-'] }, [p]);
    assert.deepEqual(m.reasons.excludedBy, []);
    assert.deepEqual(m.reasons.matchedSkills, []);
    assert.ok(m.score > 0);
  });
});

describe('filter', () => {
  const now = new Date('2026-11-28T00:00:00Z');
  const opts = { minScore: 60, topPerCompany: true, maxJobs: 25, maxAgeDays: 0, now };
  const m = (company: string, score: number, extra: Partial<Posting> = {}) => ({
    posting: posting({ title: `Role ${score}`, company, ...extra }),
    score,
    reasons: {
      bestTitle: null,
      titleScore: 0,
      matchedSkills: [],
      missingSkills: [],
      location: null,
      locationFit: true,
      excludedBy: [],
    },
  });

  it('keeps >= min_score, best per company, and says why the rest were dropped', () => {
    const ranked = [m('Acme', 90), m('Acme', 80), m('Beta', 70), m('Gamma', 59)];
    const { kept, filtered } = filterMatches(ranked, opts);
    assert.deepEqual(
      kept.map((k) => k.score),
      [90, 70],
    );
    assert.deepEqual(
      filtered.map((f) => f.reason),
      [`top_per_company: Acme's best is "Role 90" (90)`, 'score 59 < min_score 60'],
    );
  });

  it('keeps several per company when top_per_company is off, up to max_jobs', () => {
    const ranked = [m('Acme', 90), m('Acme', 80), m('Beta', 70)];
    const { kept, filtered } = filterMatches(ranked, { ...opts, topPerCompany: false, maxJobs: 2 });
    assert.deepEqual(
      kept.map((k) => k.score),
      [90, 80],
    );
    assert.equal(filtered[0].reason, 'beyond max_jobs 2');
  });

  it('drops postings older than max_age_days where the date is known', () => {
    const ranked = [
      m('Acme', 90, { postedAt: '2026-09-01T00:00:00Z' }),
      m('Beta', 80),
      m('Gamma', 70, { postedAt: '2026-11-20T00:00:00Z' }),
    ];
    const { kept, filtered } = filterMatches(ranked, { ...opts, maxAgeDays: 30 });
    assert.deepEqual(
      kept.map((k) => k.score),
      [80, 70],
    );
    assert.match(filtered[0].reason, /older than max_age_days 30 \(posted 2026-09-01\)/);
  });
});

describe('dedup', () => {
  it('strips tracking parameters but keeps ids like gh_jid', () => {
    assert.equal(
      normalizeUrl('https://www.Acme.example/careers/?gh_jid=123&utm_source=x&gh_src=abc&ref=foo#apply'),
      'acme.example/careers?gh_jid=123',
    );
  });

  it('drops the same id and the same URL from two sources', () => {
    const a = posting({ title: 'A', url: 'https://boards.greenhouse.io/acme/jobs/1?gh_src=x' });
    const sameKey = { ...a, title: 'A again' };
    const sameUrl = posting({
      title: 'A via url',
      source: 'url',
      key: 'url:acme:z',
      url: 'https://boards.greenhouse.io/acme/jobs/1/?utm_medium=feed',
    });
    const b = posting({ title: 'B' });
    const { unique, duplicates } = dedupPostings([a, sameKey, sameUrl, b]);
    assert.deepEqual(unique, [a, b]);
    assert.equal(duplicates.length, 2);
    assert.equal(duplicates[1].of, a);
  });
});
