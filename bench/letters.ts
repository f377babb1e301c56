/**
 * `npx node bench/letters.ts`: the length of template letters against letter_words, for the three
 * test postings in different fields (with their resumes) at several targets. Prints one row a posting.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { postingTerms, templateLetter } from '../src/generate/template.ts';
import type { Match } from '../src/model.ts';
import { parseResume } from '../src/resume/index.ts';

const dir = path.join(import.meta.dirname, '../__tests__/fixtures/letters');
const targets = [80, 150, 250, 400, 600, 1000];
const cases = [
  ['backend', 'Acme Robotics', 'Senior Backend Engineer'],
  ['designer', 'Wealthsimple', 'Staff Product Designer'],
  ['bizdev', 'Duolingo', 'Business Development Manager'],
] as const;

console.log(`letter_words    ${targets.map((t) => String(t).padStart(6)).join('')}`);
for (const [id, company, title] of cases) {
  const resume = parseResume(readFileSync(path.join(dir, `${id}.md`), 'utf8'), `${id}.md`);
  const text = readFileSync(path.join(dir, `${id}-posting.txt`), 'utf8');
  const match: Match = {
    posting: {
      key: id,
      id,
      source: 'test',
      company,
      title,
      locations: [],
      remote: null,
      url: 'https://x.test',
    },
    score: 80,
    reasons: {
      bestTitle: title,
      titleScore: 1,
      matchedSkills: [],
      missingSkills: [],
      location: null,
      locationFit: true,
      excludedBy: [],
    },
  };
  const terms = postingTerms(resume, match, { text, method: 'api' });
  const cells = targets.map((t) => {
    const letter = templateLetter(resume, match, terms, text, t);
    const off = Math.abs(letter.words - t) / t > 0.15 ? '*' : ' ';
    return `${letter.words}${off}`.padStart(6);
  });
  console.log(`${id.padEnd(16)}${cells.join('')}`);
}
console.log('(* = more than 15% from letter_words: the resume and posting gave no more to say)');
