/**
 * Prints how well the resume parser reads the test corpus (__tests__/fixtures/resumes/): per file,
 * positions found right (title, employer, dates), bullets under the right position, skills found,
 * and the time each file takes; then the totals.
 * Run: node scripts/resume-accuracy.ts [a resume module exporting parseResume, to compare another parser]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readResumeFile, type SourceResume } from '../src/resume/index.ts';
import { datePoints } from '../src/text/dates.ts';

const dir = path.resolve(import.meta.dirname, '../__tests__/fixtures/resumes');
const other = process.argv[2];
const parseText: ((text: string, name: string) => SourceResume) | undefined = other
  ? (
      (await import(pathToFileURL(path.resolve(other)).href)) as {
        parseResume: (t: string, n: string) => SourceResume;
      }
    ).parseResume
  : undefined;

interface Expected {
  positions: { employer: string; title: string; start: string; end: string; bullets: string[] }[];
  skills: string[];
}

const when = (t: string) =>
  datePoints(t)
    .map((p) => (p.present ? 'present' : `${p.year}-${p.month ?? ''}`))
    .join('..');

const files = readdirSync(dir)
  .filter((f) => /\.(md|txt|json|pdf|docx)$/.test(f) && !f.endsWith('.expected.json') && f !== 'scanned.pdf')
  .sort();
const total = {
  positions: 0,
  positionsRight: 0,
  bullets: 0,
  bulletsRight: 0,
  skills: 0,
  skillsFound: 0,
  extra: 0,
};
console.log('file                     positions   bullets     skills      ms');
for (const file of files) {
  const expected = JSON.parse(
    readFileSync(path.join(dir, `${file.replace(/\.[^.]+$/, '')}.expected.json`), 'utf8'),
  ) as Expected;
  const started = performance.now();
  let r: SourceResume | undefined;
  if (!parseText) r = await readResumeFile(path.join(dir, file));
  else if (/\.(md|txt|json)$/.test(file)) r = parseText(readFileSync(path.join(dir, file), 'utf8'), file);
  const ms = performance.now() - started;
  if (!r) continue;
  const got = r.sections.experience;
  const posRight = expected.positions.filter((p) =>
    got.some(
      (g) =>
        g.employer === p.employer &&
        g.title === p.title &&
        when(g.start) === when(p.start) &&
        when(g.end) === when(p.end),
    ),
  ).length;
  let bullets = 0;
  let bulletsRight = 0;
  for (const p of expected.positions) {
    for (const b of p.bullets) {
      bullets++;
      const holders = got.filter((g) => g.bullets.includes(b));
      if (holders.length === 1 && holders[0].employer === p.employer && holders[0].title === p.title)
        bulletsRight++;
    }
  }
  const skillsFound = expected.skills.filter((s) => r.skills.includes(s)).length;
  const extra = r.skills.filter((s) => !expected.skills.includes(s)).length;
  total.positions += expected.positions.length;
  total.positionsRight += posRight;
  total.bullets += bullets;
  total.bulletsRight += bulletsRight;
  total.skills += expected.skills.length;
  total.skillsFound += skillsFound;
  total.extra += extra;
  console.log(
    `${file.padEnd(24)} ${`${posRight}/${expected.positions.length}`.padEnd(11)} ${`${bulletsRight}/${bullets}`.padEnd(11)} ${`${skillsFound}/${expected.skills.length}${extra ? ` +${extra}` : ''}`.padEnd(11)} ${ms.toFixed(0)}`,
  );
}
const pct = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(1)}%`;
console.log(
  `\npositions right ${total.positionsRight}/${total.positions} (${pct(total.positionsRight, total.positions)}), ` +
    `bullets under the right position ${total.bulletsRight}/${total.bullets} (${pct(total.bulletsRight, total.bullets)}), ` +
    `skills found ${total.skillsFound}/${total.skills} (${pct(total.skillsFound, total.skills)}), extra skills ${total.extra}`,
);
