import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixture } from './helpers/board-server.ts';
import { parseResume } from '../src/resume/index.ts';

test('JSON Resume: facts, skills, contact and canonical markdown come from the document', () => {
  const r = parseResume(fixture('resumes/jane.json'), 'jane.json');
  assert.equal(r.format, 'json-resume');
  assert.equal(r.name, 'Jane Doe');
  assert.equal(r.email, 'jane.doe@example.com');
  assert.deepEqual(r.skills, [
    'TypeScript',
    'Python',
    'SQL',
    'Node.js',
    'PostgreSQL',
    'Redis',
    'Docker',
    'AWS',
  ]);
  assert.deepEqual(r.facts.employers, ['Acme Corp', 'Globex Inc.']);
  assert.deepEqual(r.facts.titles, ['Senior Backend Engineer', 'Software Engineer']);
  assert.deepEqual(r.facts.degrees, ['B.S. in Computer Science']);
  assert.equal(r.facts.certificates.length, 1);
  assert.ok(r.facts.dates.includes('2019-03') && r.facts.dates.includes('Present'));
  assert.equal(r.sections.experience[0].end, 'Present', 'a job without endDate is current');
  assert.match(r.markdown, /^# Jane Doe\n/);
  assert.match(r.markdown, /### Senior Backend Engineer — Acme Corp\n\*2019-03 – Present\*/);
  assert.match(r.markdown, /## Projects\n\n- \*\*pgwatch-lite\*\*/);
});

test('JSON Resume: validation errors are one line naming the field', () => {
  const err = (content: string) => {
    try {
      parseResume(content, 'resume.json');
    } catch (e) {
      return (e as Error).message;
    }
    return 'no error';
  };
  assert.equal(err('{"basics":{"email":"a@b.c"}}'), 'resume: basics.name is required (JSON Resume)');
  assert.equal(err('{"work":[]}'), 'resume: basics is required (JSON Resume)');
  assert.equal(
    err('{"basics":{"name":"A"},"work":[{"highlights":"one"}]}'),
    'resume: work[0].highlights must be array (JSON Resume)',
  );
  assert.match(err('{"basics": '), /^resume: resume\.json is not valid JSON \(/);
  assert.equal(err('  \n '), 'resume: file is empty');
  assert.ok(!err('{"basics":{}}').includes('\n'));
});

test('Markdown resume: name from the heading, skills from the Skills section, positions and facts', () => {
  const r = parseResume(fixture('resumes/jane.md'), 'jane.md');
  assert.equal(r.format, 'markdown');
  assert.equal(r.name, 'Jane Doe');
  assert.equal(r.email, 'jane.doe@example.com');
  // "Languages:" label dropped, bullets and commas both split.
  assert.deepEqual(r.skills, [
    'TypeScript',
    'Python',
    'SQL',
    'Node.js',
    'PostgreSQL',
    'Redis',
    'Docker',
    'AWS',
  ]);
  assert.deepEqual(
    r.sections.experience.map((j) => [j.title, j.employer, j.start, j.end, j.bullets.length]),
    [
      ['Senior Backend Engineer', 'Acme Corp', 'Mar 2019', 'Present', 3],
      ['Software Engineer', 'Globex Inc.', 'Jun 2015', 'Feb 2019', 2],
    ],
  );
  assert.deepEqual(r.sections.education, [
    { degree: 'B.S. in Computer Science', institution: 'State University', dates: '2011 – 2015' },
  ]);
  assert.deepEqual(r.facts.certificates, ['AWS Certified Solutions Architect – Associate (2021)']);
  assert.ok(r.sections.contact.includes('Brooklyn, NY'));
  assert.match(r.sections.summary ?? '', /eight years/);
  assert.ok(!r.facts.dates.some((d) => d.includes('0199')), 'phone digits are not dates');
});

test('plain-text resume: name from the first line, CAPS section titles, "Title, Employer, dates" lines', () => {
  const r = parseResume(fixture('resumes/plain.txt'), 'resume.txt');
  assert.equal(r.name, 'John Smith');
  assert.deepEqual(r.skills, ['Go', 'Kubernetes', 'Terraform']);
  assert.deepEqual(r.sections.experience, [
    {
      title: 'Site Reliability Engineer',
      employer: 'Initech',
      start: '2018',
      end: '2023',
      bullets: ['Ran Kubernetes clusters for 200 services'],
    },
  ]);
});

test('zero-width characters in a resume do not survive parsing', () => {
  const r = parseResume('# Ja\u200Bne Doe\n\n## Skills\n\nRu\u200Dst, Go', 'r.md');
  assert.equal(r.name, 'Jane Doe');
  assert.deepEqual(r.skills, ['Rust', 'Go']);
});
