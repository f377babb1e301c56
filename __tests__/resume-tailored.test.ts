/** Nothing in a tailored resume sits under an employer it was not written under in the source. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixture } from './helpers/board-server.ts';
import { Grounding } from '../src/generate/grounding.ts';
import { fromSource, renderTailoredMarkdown } from '../src/generate/tailored.ts';
import { postingTerms, templateResume } from '../src/generate/template.ts';
import type { Match } from '../src/model.ts';
import { parseResume } from '../src/resume/index.ts';

/** The employer each "- bullet" line of a rendered resume sits under. */
function bulletOwners(markdown: string): Map<string, string> {
  const owners = new Map<string, string>();
  let employer = '';
  for (const line of markdown.split('\n')) {
    const heading = /^### .* — (.+)$/.exec(line);
    if (heading) employer = heading[1];
    else if (/^## /.test(line)) employer = '';
    else if (employer && line.startsWith('- ')) owners.set(line.slice(2), employer);
  }
  return owners;
}

const match: Match = {
  posting: {
    key: 'k',
    id: '1',
    source: 'greenhouse',
    company: 'Vercel',
    title: 'Senior Backend Engineer',
    locations: ['Remote'],
    remote: true,
    url: 'https://x.test',
  },
  score: 80,
  reasons: {
    bestTitle: 'Senior Software Engineer',
    titleScore: 0.9,
    matchedSkills: ['TypeScript', 'GraphQL', 'Python'],
    missingSkills: [],
    location: 'Remote',
    locationFit: true,
    excludedBy: [],
  },
};

test('the plain-text resume of the report: the tailored resume keeps each bullet under its own employer', () => {
  const source = parseResume(fixture('resumes/issue-case.txt'), 'resume.txt');
  const tailored = templateResume(
    source,
    postingTerms(source, match, { text: 'TypeScript GraphQL APIs, Python billing.', method: 'api' }),
  );
  const owners = bulletOwners(renderTailoredMarkdown(source, tailored));
  assert.equal(owners.get('Built a TypeScript GraphQL API for the order service'), 'Northwind Traders');
  assert.equal(owners.get('Cut checkout latency by 35% with Redis caching'), 'Northwind Traders');
  assert.equal(owners.get('Maintained the Python billing pipeline'), 'Contoso Ltd');
  assert.equal(owners.size, 5, 'no bullet lost');
  for (const job of source.sections.experience)
    for (const b of job.bullets) assert.equal(owners.get(b), job.employer, b);
});

test('a bullet a model moved to another employer is removed, reworded or not; one kept in place stays', () => {
  const source = parseResume(fixture('resumes/jane.md'), 'jane.md');
  const grounding = new Grounding(source);
  const t = fromSource(source);
  t.experience[0].bullets.push('Built Python ETL jobs that load billing data into Redshift');
  t.experience[1].bullets.push('Mentored four engineers and ran the on-call rotation');
  t.experience[1].bullets[0] = 'Built Python ETL jobs loading billing data into Amazon Redshift';
  const { value, removals } = grounding.resume(t, { company: 'Vercel', title: 'Backend Engineer' });
  assert.deepEqual(removals, [
    {
      kind: 'line',
      value: 'Built Python ETL jobs that load billing data into Redshift (written under Globex Inc.)',
    },
    { kind: 'line', value: 'Mentored four engineers and ran the on-call rotation (written under Acme Corp)' },
  ]);
  assert.deepEqual(value.experience[0].bullets, source.sections.experience[0].bullets);
  assert.equal(
    value.experience[1].bullets[0],
    'Built Python ETL jobs loading billing data into Amazon Redshift',
  );
});
