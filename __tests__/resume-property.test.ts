/**
 * A property over generated resumes: whatever the layout (heading styles, position lines, date
 * formats, bullet marks, wrapped lines), every bullet ends up under exactly one position, the one
 * it was written under, and every position is found with its employer and title.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseResume } from '../src/resume/index.ts';
import { seededRandom } from '../bench/stats.ts';

const EMPLOYERS = [
  'Acme Corp',
  'Globex',
  'Initech LLC',
  'Umbrella Health',
  'Hooli',
  'Vandelay Industries',
  'Stark Labs',
  'Wayne Enterprises',
  'Tyrell Systems',
  'Cyberdyne',
  'Soylent Foods',
  'Pied Piper',
];
const TITLES = [
  'Software Engineer',
  'Senior Backend Engineer',
  'Data Scientist',
  'Product Manager',
  'Frontend Developer',
  'Site Reliability Engineer',
  'Engineering Manager',
  'QA Analyst',
  'Solutions Architect',
  'Staff Engineer',
];
const VERBS = ['Built', 'Led', 'Designed', 'Cut', 'Moved', 'Wrote', 'Ran', 'Shipped', 'Automated', 'Owned'];
const THINGS = [
  'the billing pipeline',
  'a GraphQL gateway',
  'the on-call rotation',
  'nightly Kafka reconciliation jobs',
  'the design system',
  'a PostgreSQL partitioning scheme',
  'the mobile release train',
  'a feature store on Redis',
  'the search ranking service',
  'Terraform modules for shared networking',
];
const TAILS = [
  'for 40 teams',
  'cutting latency by 35%',
  'saving $8k a month',
  'used by 2M people a day',
  'across three regions',
  'with zero downtime',
  'and mentored two engineers on it',
  'in 2019',
  'by Q3 2021 for the Berlin office',
  '',
];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Job {
  employer: string;
  title: string;
  dates: string;
  bullets: string[];
}

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)];
}

function dates(rnd: () => number, i: number): string {
  const end = 2024 - i * 3;
  const start = end - 1 - Math.floor(rnd() * 2);
  const m = 1 + Math.floor(rnd() * 12);
  const style = Math.floor(rnd() * 5);
  const last = i === 0 && rnd() < 0.5;
  if (style === 0)
    return `${MONTH_NAMES[m - 1]} ${start} – ${last ? 'Present' : `${MONTH_NAMES[(m + 5) % 12]} ${end}`}`;
  if (style === 1)
    return `${String(m).padStart(2, '0')}/${start} - ${last ? 'Present' : `0${1 + (m % 9)}/${end}`}`;
  if (style === 2) return `${start}–${last ? 'Present' : end}`;
  if (style === 3) return `Summer ${end}`;
  return `${start} to ${last ? 'Current' : end}`;
}

function jobs(rnd: () => number): Job[] {
  const count = 1 + Math.floor(rnd() * 4);
  const employers = [...EMPLOYERS].sort(() => rnd() - 0.5).slice(0, count);
  // Sometimes a promotion: the same employer twice in a row.
  if (count >= 2 && rnd() < 0.2) employers[1] = employers[0];
  const used = new Set<string>();
  return employers.map((employer, i) => {
    const bullets: string[] = [];
    const n = Math.floor(rnd() * 5);
    while (bullets.length < n) {
      const b = `${pick(rnd, VERBS)} ${pick(rnd, THINGS)} ${pick(rnd, TAILS)}`.trim();
      if (!used.has(b)) {
        used.add(b);
        bullets.push(b);
      }
    }
    return { employer, title: pick(rnd, TITLES), dates: dates(rnd, i), bullets };
  });
}

/** Bullet lines, some long ones wrapped onto an indented second line the way text exports do. */
function bulletLines(
  rnd: () => number,
  bullets: string[],
  mark: (i: number) => string,
  wrap: boolean,
): string[] {
  return bullets.flatMap((b, i) => {
    const at = b.indexOf(' ', 30);
    if (!wrap || at < 0 || rnd() < 0.5) return [`${mark(i)}${b}`];
    // Indented under the bullet's text, or flush left when the next word is in lower case.
    const rest = b.slice(at + 1);
    const pad = /^[a-z]/.test(rest) && rnd() < 0.5 ? '' : ' '.repeat(mark(i).length);
    return [`${mark(i)}${b.slice(0, at)}`, `${pad}${rest}`];
  });
}

const LAYOUTS: ((rnd: () => number, j: Job, mark: (i: number) => string) => string[])[] = [
  (rnd, j, mark) => [
    `### ${j.title} — ${j.employer}`,
    `*${j.dates}*`,
    '',
    ...bulletLines(rnd, j.bullets, mark, false),
  ],
  (rnd, j, mark) => [`${j.title}, ${j.employer}, ${j.dates}`, ...bulletLines(rnd, j.bullets, mark, true)],
  (rnd, j, mark) => [`${j.employer} | ${j.title} | ${j.dates}`, ...bulletLines(rnd, j.bullets, mark, true)],
  (rnd, j, mark) => [j.employer, j.title, j.dates, ...bulletLines(rnd, j.bullets, mark, true)],
  (rnd, j, mark) => [`${j.title} at ${j.employer} (${j.dates})`, ...bulletLines(rnd, j.bullets, mark, true)],
  (rnd, j, mark) => [`**${j.employer}** — ${j.title}`, j.dates, ...bulletLines(rnd, j.bullets, mark, false)],
  (rnd, j, mark) => [
    `${j.title}, ${j.employer}          ${j.dates}`,
    ...bulletLines(rnd, j.bullets, mark, true),
  ],
  (rnd, j, mark) => [j.title, `${j.employer}, ${j.dates}`, ...bulletLines(rnd, j.bullets, mark, true)],
];
const MARKS: ((i: number) => string)[] = [
  () => '- ',
  () => '* ',
  () => '• ',
  () => '▪ ',
  (i) => `${i + 1}. `,
  () => '  - ',
];
const HEADINGS = ['## Experience', 'WORK EXPERIENCE', 'Professional Experience', 'Employment', 'EXPERIENCE:'];

function resumeText(rnd: () => number, list: Job[]): string {
  const layout = pick(rnd, LAYOUTS);
  const mark = pick(rnd, MARKS);
  const gap = rnd() < 0.5 ? [''] : [];
  return [
    'Casey Example',
    'casey@example.com | +1 555 010 0100',
    '',
    pick(rnd, HEADINGS),
    '',
    ...list.flatMap((j) => [...layout(rnd, j, mark), ...gap]),
    '',
    'SKILLS',
    'TypeScript, Go, PostgreSQL',
  ].join('\n');
}

test('generated resumes: every bullet is under exactly one position, the one it was written under', () => {
  const cases = 1000;
  for (let seed = 1; seed <= cases; seed++) {
    const rnd = seededRandom(seed);
    const written = jobs(rnd);
    const text = resumeText(rnd, written);
    const where = `seed ${seed}:\n${text}`;
    const r = parseResume(text, 'resume.txt');
    assert.deepEqual(
      r.sections.experience.map((j) => `${j.title} @ ${j.employer}`),
      written.map((j) => `${j.title} @ ${j.employer}`),
      where,
    );
    for (const job of written) {
      for (const bullet of job.bullets) {
        const holders = r.sections.experience.filter((j) => j.bullets.includes(bullet));
        assert.equal(holders.length, 1, `${where}\n"${bullet}" is under ${holders.length} positions`);
        assert.equal(holders[0].employer, job.employer, `${where}\n"${bullet}"`);
      }
    }
    assert.equal(
      r.sections.experience.reduce((n, j) => n + j.bullets.length, 0),
      written.reduce((n, j) => n + j.bullets.length, 0),
      `${where}\nno bullet split, merged or invented`,
    );
    assert.deepEqual(r.skills, ['TypeScript', 'Go', 'PostgreSQL'], where);
  }
});
