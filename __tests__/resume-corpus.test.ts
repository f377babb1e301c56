/**
 * The resume corpus: every file in fixtures/resumes/ (Markdown, plain text, JSON Resume, PDF, DOCX;
 * many layouts) against its expected parse, `<name>.expected.json`, shared by the versions of one
 * resume in different formats.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readResumeFile, RESUME_EXTENSIONS, type SourceResume } from '../src/resume/index.ts';
import { datePoints } from '../src/text/dates.ts';

const dir = path.join(import.meta.dirname, 'fixtures/resumes');

interface Expected {
  name: string;
  positions: { employer: string; title: string; start: string; end: string; bullets: string[] }[];
  education: { institution: string; degree: string; dates: string }[];
  skills: string[];
}

const resumes = readdirSync(dir)
  .filter((f) => (RESUME_EXTENSIONS as readonly string[]).includes(path.extname(f)))
  .filter((f) => !f.endsWith('.expected.json') && f !== 'scanned.pdf')
  .sort();

function expectedFor(file: string): Expected {
  const base = file.slice(0, -path.extname(file).length);
  return JSON.parse(readFileSync(path.join(dir, `${base}.expected.json`), 'utf8')) as Expected;
}

/** A date by meaning, so "Mar 2019" (Markdown) and "2019-03" (JSON Resume) compare equal. */
function when(text: string): string {
  return datePoints(text)
    .map((p) => (p.present ? 'present' : `${p.year}${p.month ? `-${p.month}` : ''}`))
    .join('..');
}

const parsed = new Map<string, Promise<SourceResume>>();
const parse = (file: string) => {
  if (!parsed.has(file)) parsed.set(file, readResumeFile(path.join(dir, file)));
  return parsed.get(file)!;
};

describe('resume corpus', () => {
  it('holds at least 15 resumes in all five formats, each with its expected parse', () => {
    assert.ok(resumes.length >= 15, `${resumes.length} resumes`);
    const formats = new Set(resumes.map((f) => path.extname(f)));
    for (const ext of ['.md', '.txt', '.json', '.pdf', '.docx'])
      assert.ok(formats.has(ext), `a ${ext} resume`);
    for (const f of resumes) assert.doesNotThrow(() => expectedFor(f), `${f} has an expected parse`);
  });

  for (const file of resumes) {
    it(`${file}: positions, employers, titles, dates, bullets and skills as expected`, async () => {
      const r = await parse(file);
      const want = expectedFor(file);
      assert.equal(r.name, want.name);
      assert.deepEqual(
        r.sections.experience.map((j) => `${j.title} @ ${j.employer}`),
        want.positions.map((j) => `${j.title} @ ${j.employer}`),
      );
      r.sections.experience.forEach((j, i) => {
        const w = want.positions[i];
        assert.equal(when(j.start), when(w.start), `${j.employer} start`);
        assert.equal(when(j.end), when(w.end), `${j.employer} end`);
        assert.deepEqual(j.bullets, w.bullets, `the bullets under ${j.employer}`);
      });
      assert.deepEqual(
        r.sections.education.map((e) => [e.degree, e.institution, when(e.dates)]),
        want.education.map((e) => [e.degree, e.institution, when(e.dates)]),
      );
      assert.deepEqual(r.skills, want.skills);
    });
  }

  it('every bullet of the source ends up under exactly one position, the one it was written under', async () => {
    for (const file of resumes) {
      const r = await parse(file);
      for (const pos of expectedFor(file).positions) {
        for (const bullet of pos.bullets) {
          const holders = r.sections.experience.filter((j) => j.bullets.includes(bullet));
          assert.equal(holders.length, 1, `${file}: "${bullet}" is under ${holders.length} positions`);
          assert.equal(
            `${holders[0].title} @ ${holders[0].employer}`,
            `${pos.title} @ ${pos.employer}`,
            `${file}: "${bullet}"`,
          );
          assert.equal(holders[0].bullets.filter((b) => b === bullet).length, 1, `${file}: "${bullet}" once`);
        }
      }
    }
  });

  it('the PDF, DOCX and plain-text versions give the same positions and skills as the Markdown one', async () => {
    const shape = (r: SourceResume) => ({
      positions: r.sections.experience.map((j) => [j.title, j.employer, j.start, j.end, j.bullets]),
      skills: r.skills,
      education: r.sections.education,
    });
    for (const [markdown, others] of [
      ['zoe.md', ['zoe.pdf', 'zoe.docx', 'zoe.txt']],
      ['jane.md', ['jane.pdf', 'jane.docx']],
      ['title-at.md', ['title-at.pdf', 'title-at.docx']],
      ['two-columns.txt', ['two-columns.pdf']],
    ] as const) {
      const want = shape(await parse(markdown));
      assert.ok(want.positions.length >= 2 && want.skills.length >= 5, markdown);
      for (const other of others) {
        const r = await parse(other);
        assert.deepEqual(shape(r), want, `${other} reads like ${markdown}`);
        assert.equal(r.format, path.extname(other) === '.txt' ? 'text' : path.extname(other).slice(1));
      }
    }
  });
});
