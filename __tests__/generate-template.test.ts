import assert from 'node:assert/strict';
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

test('template letter names the company, the role and the matched skills, and signs with the resume name', () => {
  const m = match('Snow*flake <b>', 'Data Engineer', ['Python', 'SQL']);
  const d: Description = { text: 'Python and SQL every day. Docker is a plus.', method: 'api' };
  const letter = templateLetter(resume, m, postingTerms(resume, m, d));
  assert.match(letter, /^Dear Snowflake b hiring team,/);
  assert.match(letter, /apply for the Data Engineer role at Snowflake b\./);
  assert.match(letter, /The role asks for Python, SQL and Docker/);
  assert.match(letter, /Most recently I have worked as Senior Backend Engineer at Acme Corp\./);
  assert.match(letter, /Sincerely,\nJane Doe\n$/);
  assert.ok(!/[<>*]/.test(letter), 'markup from the posting is dropped');
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
