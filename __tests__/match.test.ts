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
      description: longText('We use TypeScript, Node.js and Postgres, with Kafka.'),
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
    assert.equal(first.reasons.bestTitle, 'Backend Engineer');
    assert.equal(first.reasons.location, 'New York');
  });

  it("matched and missing skills are the posting's: matched = it asks and you have, missing = it asks and you lack", () => {
    const p = posting({
      title: 'Backend Engineer',
      description: longText('We use TypeScript, Node.js and Postgres, with Kafka and Terraform.'),
    });
    const [m] = scorePostings(profile, [p]);
    assert.deepEqual(m.reasons.matchedSkills, ['TypeScript', 'Node.js', 'PostgreSQL']);
    assert.deepEqual(m.reasons.missingSkills, ['Kafka', 'Terraform']);
    assert.ok(
      !m.reasons.missingSkills.includes('Kubernetes'),
      'a profile skill the posting never asks for is not missing',
    );

    const [withResume] = scorePostings({ ...profile, skills: [] }, [p], {
      resumeText: '# Ann\n\nSkills: Kafka, TypeScript',
    });
    assert.deepEqual(withResume.reasons.matchedSkills, ['TypeScript', 'Kafka'], 'the resume counts as yours');
  });

  it('the resume counts C, Go and REST only where it names the technology, as a posting does', () => {
    const p = posting({
      title: 'Embedded Engineer',
      description: longText('We write firmware in C and services in Go behind REST APIs.'),
    });
    const skillsOf = (resumeText: string) => {
      const [m] = scorePostings({ ...profile, skills: [] }, [p], { resumeText });
      return { matched: m.reasons.matchedSkills, missing: m.reasons.missingSkills };
    };
    assert.deepEqual(
      skillsOf(
        '# Ann\n\nReported to the C-suite as the go-to person for outages. Rest assured, none recurred.',
      ),
      { matched: [], missing: ['C', 'Go', 'REST'] },
    );
    assert.deepEqual(skillsOf('# Ann\n\nSkills: C, C++, Go, REST'), {
      matched: ['C', 'Go', 'REST'],
      missing: [],
    });
    assert.deepEqual(skillsOf('# Ann\n\nBuilt services in Go and firmware in C for REST clients.'), {
      matched: ['C', 'Go', 'REST'],
      missing: [],
    });
    const lowercase = posting({
      title: 'Data Engineer',
      description: longText('You know Python, Docker and SQL, and React for the dashboards.'),
    });
    const [m] = scorePostings({ ...profile, skills: [] }, [lowercase], {
      resumeText: '# Ann\n\nSkills: python, docker, sql\n\nI react quickly to incidents.',
    });
    assert.deepEqual(m.reasons.matchedSkills, ['Python', 'Docker', 'SQL'], 'a lowercase skills list counts');
    assert.deepEqual(m.reasons.missingSkills, ['React'], 'an English word in lowercase does not');
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
    assert.deepEqual(m.reasons.missingSkills, ['JavaScript', 'Go']);
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

  it('with a description, your skills in it refine the score; without one, the title alone decides', () => {
    const withSkills = posting({
      title: 'Backend Engineer',
      description: longText('TypeScript, Node.js, Postgres, Kubernetes.'),
    });
    const withoutSkills = posting({ title: 'Backend Engineer', description: longText('We sell shoes.') });
    const noText = posting({ title: 'Backend Engineer' });
    const scores = new Map(
      scorePostings({ ...profile, locations: [] }, [withSkills, withoutSkills, noText]).map((m) => [
        m.posting,
        m.score,
      ]),
    );
    assert.equal(scores.get(withSkills), 100);
    assert.equal(scores.get(noText), 100);
    assert.equal(scores.get(withoutSkills), 80);
  });
});

describe('title match', () => {
  const titlesOnly = (titles: string[]): Profile => ({ titles, skills: [], locations: [], exclude: [] });
  const scoresOf = (p: Profile, titles: string[]) =>
    new Map(
      scorePostings(
        p,
        titles.map((title) => posting({ title })),
      ).map((m) => [m.posting.title, m.score]),
    );

  it('a posting must carry the defining word: "Software Engineer" is not an "Embedded Software Engineer"', () => {
    const scores = scoresOf(titlesOnly(['Embedded Software Engineer']), [
      'Embedded Software Engineer',
      'Senior Embedded Software Engineer II',
      'Software Engineer, Embedded',
      'Software Engineer',
      'Software Engineer - New Grad',
      'Backend Software Engineer',
      'Firmware Engineer',
      'Embedded Recruiter',
    ]);
    assert.equal(scores.get('Embedded Software Engineer'), 100);
    assert.equal(
      scores.get('Senior Embedded Software Engineer II'),
      100,
      'level words are not held against a posting',
    );
    assert.equal(scores.get('Software Engineer, Embedded'), 100, 'word order does not matter');
    assert.ok(scores.get('Firmware Engineer')! >= 80, `firmware ${scores.get('Firmware Engineer')}`);
    for (const t of [
      'Software Engineer',
      'Software Engineer - New Grad',
      'Backend Software Engineer',
      'Embedded Recruiter',
    ])
      assert.ok(scores.get(t)! < 60, `${t}: ${scores.get(t)}`);
  });

  it('spelling variants count fully: front-end / front end / frontend, ML, SWE', () => {
    const frontend = scoresOf(titlesOnly(['Frontend Engineer']), [
      'Front-End Engineer',
      'Front End Engineer',
      'Sr. Frontend Eng',
    ]);
    for (const [t, s] of frontend) assert.equal(s, 100, t);
    const ml = scoresOf(titlesOnly(['Machine Learning Engineer']), [
      'ML Engineer',
      'Software Engineer, ML',
      'MLE II',
    ]);
    for (const [t, s] of ml) assert.equal(s, 100, t);
    const swe = scoresOf(titlesOnly(['Software Engineer']), ['SWE II', 'Software Developer']);
    assert.equal(swe.get('SWE II'), 100);
    assert.ok(swe.get('Software Developer')! >= 90);
  });

  it('role families: Applied Scientist near Data Scientist, AI Engineer near ML Engineer, Web Developer near Frontend', () => {
    const ds = scoresOf(titlesOnly(['Data Scientist']), [
      'Applied Scientist',
      'Research Scientist',
      'Data Engineer',
      'Data Analyst',
    ]);
    assert.ok(ds.get('Applied Scientist')! >= 80 && ds.get('Research Scientist')! >= 80);
    assert.ok(ds.get('Data Engineer')! < 60 && ds.get('Data Analyst')! < 60);
    const ml = scoresOf(titlesOnly(['Machine Learning Engineer']), [
      'AI Engineer',
      'AI Tutor',
      'Machine Learning Mentor',
    ]);
    assert.ok(ml.get('AI Engineer')! >= 80);
    assert.ok(ml.get('AI Tutor')! < 60, 'the field without the kind of job is not enough');
    assert.ok(ml.get('Machine Learning Mentor')! < 60);
    const fe = scoresOf(titlesOnly(['Frontend Engineer']), [
      'UI Engineer',
      'Web Developer',
      'Backend Engineer',
      'Web3 Engineer',
    ]);
    assert.ok(fe.get('UI Engineer')! >= 80 && fe.get('Web Developer')! >= 80);
    assert.ok(fe.get('Backend Engineer')! < 60 && fe.get('Web3 Engineer')! < 60);
    const m = scorePostings(titlesOnly(['Data Scientist']), [posting({ title: 'Applied Scientist' })])[0];
    assert.equal(m.reasons.titleVia, 'applied scientist', 'the reasons say which family name matched');
  });

  it('a profile outside the evaluation set behaves: DevOps Engineer', () => {
    const scores = scoresOf(titlesOnly(['DevOps Engineer']), [
      'DevOps Engineer',
      'Senior Dev Ops Engineer',
      'Site Reliability Engineer',
      'SRE II',
      'Infrastructure Engineer',
      'Software Engineer',
      'Frontend Engineer',
      'Data Engineer',
      'DevOps Recruiter',
    ]);
    for (const t of ['DevOps Engineer', 'Senior Dev Ops Engineer']) assert.equal(scores.get(t), 100, t);
    for (const t of ['Site Reliability Engineer', 'SRE II', 'Infrastructure Engineer'])
      assert.ok(scores.get(t)! >= 80, `${t}: ${scores.get(t)}`);
    for (const t of ['Software Engineer', 'Frontend Engineer', 'Data Engineer', 'DevOps Recruiter'])
      assert.ok(scores.get(t)! < 60, `${t}: ${scores.get(t)}`);
  });

  it("a word's weight comes from the run's own postings: a word every posting has decides little", () => {
    // Among 30 "Platform" postings, "Platform" says nothing; "Payments" is what the profile asks for.
    const board = [
      ...Array.from({ length: 30 }, (_, i) => `Platform Engineer ${i}`),
      'Payments Platform Engineer',
      'Payments Engineer',
    ];
    const scores = scoresOf(titlesOnly(['Payments Platform Engineer']), board);
    assert.equal(scores.get('Payments Platform Engineer'), 100);
    assert.ok(scores.get('Payments Engineer')! >= 85, `payments ${scores.get('Payments Engineer')}`);
    assert.ok(scores.get('Platform Engineer 0')! < 60, `platform ${scores.get('Platform Engineer 0')}`);
  });
});

describe('location', () => {
  it('a profile without locations: location is neutral, never a bonus', () => {
    const titles = { ...profile, locations: [] };
    const [a, b, c] = ['Berlin', 'New York, NY', ''].map(
      (l) => scorePostings(titles, [posting({ title: 'Product Designer', locations: l ? [l] : [] })])[0],
    );
    assert.equal(a.score, b.score);
    assert.equal(b.score, c.score);
    assert.ok(a.score < 40, `an unrelated title gets no location points: ${a.score}`);
    assert.ok(a.reasons.locationFit && b.reasons.locationFit && c.reasons.locationFit);
    assert.equal(a.reasons.location, null);
  });

  it('a profile with locations: a gate that remote postings pass when Remote is accepted', () => {
    const remote = posting({ title: 'Backend Engineer', locations: ['Berlin'], remote: true });
    const onsite = posting({ title: 'Backend Engineer', locations: ['Berlin'], remote: false });
    const nyc = posting({ title: 'Backend Engineer', locations: ['NYC'] });
    const unknown = posting({ title: 'Backend Engineer' });
    const byTitle = new Map(
      scorePostings(profile, [onsite, remote, nyc, unknown]).map((m) => [m.posting, m]),
    );
    assert.equal(byTitle.get(remote)!.reasons.location, 'remote');
    assert.equal(byTitle.get(nyc)!.reasons.location, 'New York', 'NYC is New York');
    assert.equal(byTitle.get(onsite)!.reasons.locationFit, false);
    assert.equal(
      byTitle.get(unknown)!.reasons.locationFit,
      true,
      'an unknown place is not held against a posting',
    );
    assert.equal(
      byTitle.get(onsite)!.score,
      byTitle.get(remote)!.score,
      'the gate does not change the score',
    );
    const onlyNy = scorePostings({ ...profile, locations: ['New York'] }, [remote])[0];
    assert.equal(onlyNy.reasons.locationFit, false, 'remote passes only when the profile accepts Remote');
  });

  it('the filter drops a posting outside your locations and says why', () => {
    const ranked = scorePostings(profile, [
      posting({ title: 'Backend Engineer', locations: ['Berlin'], remote: false }),
    ]);
    const { kept, filtered } = filterMatches(ranked, {
      minScore: 60,
      topPerCompany: true,
      maxJobs: 25,
      maxAgeDays: 0,
      now: new Date(),
    });
    assert.deepEqual(kept, []);
    assert.equal(filtered[0].reason, 'location: Berlin is not in your locations');
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
    const { unique, duplicates } = dedupPostings([a, sameKey, sameUrl, b].map((posting) => ({ posting })));
    assert.deepEqual(
      unique.map((u) => u.posting),
      [a, b],
    );
    assert.equal(duplicates.length, 2);
    assert.equal(duplicates[1].of, a);
  });
});
