import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fixture } from './helpers/board-server.ts';
import { RpmLimiter, type Clock } from '../src/generate/rate-limit.ts';
import { parseResume } from '../src/resume/index.ts';
import {
  postingTerms,
  templateLetter,
  templateResume,
  templateResumeMarkdown,
} from '../src/generate/template.ts';
import { letterMarkdown } from '../src/render/letter-layout.ts';
import { techTermsIn } from '../src/terms/tech-terms.ts';
import { TermIndex } from '../src/terms/term-index.ts';
import { splitSentences } from '../src/text/sentences.ts';
import { compactText } from '../src/generate/fit.ts';
import { neutraliseUntrusted } from '../src/text/untrusted.ts';
import { truncateAtSentence } from '../src/text/sentences.ts';
import type { Description, Match } from '../src/model.ts';

const resume = parseResume(fixture('resumes/jane.md'), 'jane.md');

function match(company: string, title: string, matchedSkills: string[]): Match {
  return {
    posting: {
      key: 'k',
      id: '1',
      source: 'lever',
      company,
      title,
      locations: ['NYC'],
      remote: false,
      url: 'https://x.test',
    },
    score: 75,
    reasons: {
      bestTitle: title,
      titleScore: 0.9,
      matchedSkills,
      missingSkills: [],
      location: 'NYC',
      locationFit: true,
      excludedBy: [],
    },
  };
}

test('template resume: skills and bullets ordered by the posting, matched skills first, nothing added', () => {
  const m = match('Snowflake', 'Data Engineer', ['Python']);
  const d: Description = {
    text: 'Build ETL pipelines in Python, load data into Redshift, run on Docker and AWS.',
    method: 'api',
  };
  const t = templateResume(resume, postingTerms(resume, m, d));
  assert.deepEqual(t.skills.slice(0, 3), ['Python', 'Docker', 'AWS']);
  assert.deepEqual(new Set(t.skills), new Set(resume.skills), 'the same skills, reordered');
  assert.equal(t.experience[1].bullets[0], 'Built Python ETL jobs loading billing data into Redshift');
  assert.deepEqual(
    t.experience.map((e) => e.employer),
    ['Acme Corp', 'Globex Inc.'],
    'positions stay in order',
  );

  const other = templateResume(
    resume,
    postingTerms(resume, match('Vercel', 'Backend Engineer', ['PostgreSQL']), {
      text: 'PostgreSQL tuning',
      method: 'api',
    }),
  );
  assert.equal(
    other.experience[0].bullets[0],
    'Cut PostgreSQL query latency by 60% with partitioning and better indexes',
  );
  assert.equal(other.skills[0], 'PostgreSQL');

  const md = templateResumeMarkdown(resume, postingTerms(resume, m, d));
  assert.match(md, /^# Jane Doe\n\njane\.doe@example\.com/);
  assert.match(md, /## Skills\n\nPython, Docker, AWS/);
});

test('rpm limiter: at most N starts per sliding minute, using the injected clock', async () => {
  let now = 1_000_000;
  const sleeps: number[] = [];
  const clock: Clock = {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
  const limiter = new RpmLimiter(2, clock);
  const starts: number[] = [];
  await Promise.all([1, 2, 3, 4, 5].map(() => limiter.acquire().then(() => starts.push(now))));
  assert.deepEqual(
    starts.map((t) => t - 1_000_000),
    [0, 0, 60_000, 60_000, 120_000],
  );
  assert.deepEqual(sleeps, [60_000, 60_000]);

  const unlimited = new RpmLimiter(0, clock);
  const before = now;
  await Promise.all(Array.from({ length: 50 }, () => unlimited.acquire()));
  assert.equal(now, before);
});

test('description fitting: boilerplate dropped, whitespace collapsed, cut at a sentence end', () => {
  const text =
    'Build   the API that every team calls, and keep it fast for the mobile and web apps.\n\n\n\nWe are an Equal Opportunity Employer.\nApply now\nOwn the database, its schema and its backups. Ship weekly to every customer.';
  assert.equal(
    compactText(text),
    'Build the API that every team calls, and keep it fast for the mobile and web apps.\n\nOwn the database, its schema and its backups. Ship weekly to every customer.',
  );
  assert.equal(
    truncateAtSentence('Own the database. Ship weekly features to everyone.', 30),
    'Own the database.',
  );
  assert.equal(neutraliseUntrusted('a</job_posting>b\u200B＜resume＞'), 'a‹/job_posting›b‹resume›');
});

// ---- template letters --------------------------------------------------------------------------

const LETTERS = path.join(import.meta.dirname, 'fixtures/letters');
const DATE = new Date('2026-03-14T12:00:00Z');

interface Case {
  id: string;
  company: string;
  title: string;
  location: string;
}
const CASES: Case[] = [
  { id: 'backend', company: 'Acme Robotics', title: 'Senior Backend Engineer', location: 'New York, NY' },
  {
    id: 'designer',
    company: 'Wealthsimple',
    title: 'Staff Product Designer (Multiple Roles, Multiple Teams)',
    location: 'Remote (Canada)',
  },
  { id: 'bizdev', company: 'Duolingo', title: 'Business Development Manager', location: 'London, England' },
];

function letterCase(c: Case, words: number) {
  const resume = parseResume(readFileSync(path.join(LETTERS, `${c.id}.md`), 'utf8'), `${c.id}.md`);
  const text = readFileSync(path.join(LETTERS, `${c.id}-posting.txt`), 'utf8');
  const m = match(c.company, c.title, []);
  m.posting.locations = [c.location];
  const letter = templateLetter(resume, m, postingTerms(resume, m, { text, method: 'api' }), text, words);
  return { resume, letter, text };
}

const wordsOf = (s: string) => s.split(/\s+/).filter(Boolean).length;

test('template letters: golden letters for three postings in different fields, with the letter header', () => {
  for (const c of CASES) {
    const { resume, letter } = letterCase(c, 250);
    const full = letterMarkdown(
      {
        name: resume.name,
        contact: resume.sections.contact,
        date: DATE,
        company: c.company,
        location: c.location,
      },
      letter.markdown,
    );
    const golden = path.join(LETTERS, `${c.id}.golden.md`);
    if (process.env.UPDATE_GOLDEN || !existsSync(golden)) writeFileSync(golden, full);
    assert.equal(full, readFileSync(golden, 'utf8'), `${c.id}: the letter changed; see ${golden}`);
    assert.equal(letterCase(c, 250).letter.markdown, letter.markdown, 'deterministic');
  }
});

test('template letters differ in substance, not only in names', () => {
  const letters = CASES.map((c) => {
    const { resume, letter } = letterCase(c, 250);
    // Names and the role replaced, so only the letters' own sentences are compared.
    const generic = letter.markdown
      .replaceAll(c.company, 'COMPANY')
      .replaceAll(c.title.replace(/\s*\(.*\)$/, ''), 'ROLE')
      .replaceAll(resume.name, 'NAME');
    return new Set(splitSentences(generic.replace(/\n+/g, ' ')).map((s) => s.trim()));
  });
  for (let i = 0; i < letters.length; i++)
    for (let j = i + 1; j < letters.length; j++) {
      const shared = [...letters[i]].filter((s) => letters[j].has(s));
      // The salutation, the opening line, the closing and the thanks; nothing of the body.
      assert.ok(shared.length <= 4, `${CASES[i].id} and ${CASES[j].id} share ${shared.join(' | ')}`);
    }
  const backend = letterCase(CASES[0], 250).letter.markdown;
  assert.match(
    backend,
    /Part of the role is to run services on Kubernetes in AWS\. At Brightwave Payments, where I work as a Senior Backend Engineer, I led/,
  );
  const designer = letterCase(CASES[1], 250).letter.markdown;
  assert.match(designer, /Your posting says that Wealthsimple is Canada’s leading financial innovator\./);
  assert.match(
    designer,
    /consumer-facing mobile apps[^.]*\. At Lakeshore Credit Union, where I was a UX Designer, I designed/,
  );
  const bizdev = letterCase(CASES[2], 250).letter.markdown;
  assert.match(
    bizdev,
    /business cases[^.]*\. At Sonata Music, where I work as a Partnerships Manager, I develop data-driven business cases/,
  );
});

test('template letters: length within 15% of letter_words at 150, 250 and 400', () => {
  for (const c of CASES)
    for (const words of [150, 250, 400]) {
      const { letter } = letterCase(c, words);
      const n = wordsOf(letter.markdown);
      assert.equal(letter.words, n);
      assert.ok(Math.abs(n - words) <= words * 0.15, `${c.id} at ${words}: ${n} words`);
      assert.equal(letter.note, undefined);
    }
});

test('template letters: no skill at an employer whose lines do not mention it; tense follows the job', () => {
  for (const c of CASES)
    for (const words of [150, 250, 400]) {
      const { resume, letter } = letterCase(c, words);
      const skills = resume.skills;
      for (const sentence of splitSentences(letter.markdown.replace(/\n+/g, ' '))) {
        for (const job of resume.sections.experience) {
          if (!sentence.includes(job.employer)) continue;
          const jobText = new TermIndex([job.title, ...job.bullets].join('\n'));
          const named = [...skills.filter((s) => new TermIndex(sentence).has(s)), ...techTermsIn(sentence)];
          for (const skill of named)
            assert.ok(jobText.has(skill), `"${sentence.trim()}" puts ${skill} at ${job.employer}`);
          const current = /present/i.test(job.end);
          assert.doesNotMatch(
            sentence,
            current ? /where I was/ : /where I work as|my current role/,
            sentence,
          );
        }
      }
    }
});

test('template letter: opens with the role at the company, closes naming the role, signs with the resume name', () => {
  for (const c of CASES) {
    const { resume, letter } = letterCase(c, 250);
    const role = c.title.replace(/\s*\(.*\)$/, '');
    assert.match(
      letter.markdown,
      new RegExp(`^Dear ${c.company} hiring team,\n\nI am writing to apply for the ${role} role`),
    );
    const paragraphs = letter.markdown.trim().split('\n\n');
    assert.match(paragraphs.at(-2)!, new RegExp(`about the ${role} role`));
    assert.equal(paragraphs.at(-1), `Sincerely,\n${resume.name}`);
  }
});

test('template letter: markup in the posting is dropped; a thin resume says why the letter is short', () => {
  const m = match('Snow*flake <b>', 'Data Engineer', ['Python', 'SQL']);
  const d: Description = {
    text: 'About us\n\nWe build [data](https://x.test) tools.\n\nRequirements\n\n- Python and SQL every day',
    method: 'api',
  };
  const letter = templateLetter(resume, m, postingTerms(resume, m, d), d.text, 1000);
  assert.match(letter.markdown, /^Dear Snowflake b hiring team,/);
  assert.ok(!/[<>*[\]]/.test(letter.markdown), 'markup from the posting is dropped');
  assert.match(letter.markdown, /Python ETL jobs/, 'the Python requirement is answered by the Python line');
  assert.ok(letter.words < 850);
  assert.match(letter.note ?? '', /^\d+ words, short of letter_words 1000/);
});

test('template letter: a line about moving away from a technology does not answer a request for it', () => {
  const md = [
    '# Sam Lee',
    '',
    'sam@example.com',
    '',
    '## Skills',
    '',
    '- Node.js, Go, Kubernetes',
    '',
    '## Experience',
    '',
    '### Senior Engineer — Brightwave',
    '*Apr 2021 – Present*',
    '',
    '- Led the move of the ledger service from a Node.js monolith to Go services on Kubernetes',
    '',
    '### Engineer — Tidewater',
    '*Jul 2018 – Mar 2021*',
    '',
    '- Built Node.js webhooks for carrier integrations',
    '',
  ].join('\n');
  const sam = parseResume(md, 'sam.md');
  const m = match('Fjord', 'Backend Developer', ['Node.js']);
  const d: Description = {
    text: 'About Fjord\n\nFjord books freight across the Nordics.\n\nWhat we look for\n\n- Professional experience with Node.js',
    method: 'api',
  };
  const letter = templateLetter(sam, m, postingTerms(sam, m, d), d.text, 120).markdown;
  assert.match(
    letter,
    /You ask for professional experience with Node\.js\. At Tidewater, where I was an Engineer, I built Node\.js webhooks/,
    letter,
  );
  // Going to Go and Kubernetes is experience with them: that line still answers for them.
  const k: Description = { ...d, text: d.text.replace('Node.js', 'Kubernetes') };
  const kube = templateLetter(sam, m, postingTerms(sam, m, k), k.text, 120).markdown;
  assert.match(
    kube,
    /You ask for professional experience with Kubernetes\. At Brightwave, [^\n]*Go services on Kubernetes/,
  );
});
