/**
 * Untrusted text (model answers, postings) in linear time. A regex like `<script>[\s\S]*?</script>`,
 * `<[a-z][^>]*>` or `[.;:,]+$` rescans to the end of the text from every candidate start, so a text of
 * many unclosed tags or a long run of dots takes minutes, synchronously, where no deadline fires.
 * Each case runs in a worker with a generous limit: the linear scans take milliseconds.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { sanitiseModelMarkdown } from '../src/text/untrusted.ts';
import { runWithin } from './helpers/within.ts';

const LIMIT_MS = 30_000;
const MiB = 1024 * 1024;
const resumeText = readFileSync(new URL('./fixtures/resumes/jane.md', import.meta.url), 'utf8');

function finished(result: Awaited<ReturnType<typeof runWithin>>, what: string): number {
  assert.ok(!('timedOut' in result), `${what} did not finish within ${LIMIT_MS / 1000} s`);
  assert.ok(!('error' in result), `${what}: ${'error' in result ? result.error : ''}`);
  return result.ms;
}

describe('untrusted text is scanned in linear time', () => {
  for (const unit of ['<script ', '<script>', '<style>x', '<a '])
    it(`a 2 MiB model answer of "${unit}" repeated, never closed, is sanitised at once`, async (t) => {
      const answer = unit.repeat(Math.ceil((2 * MiB) / unit.length));
      const result = await runWithin<number>(
        `const { sanitiseModelMarkdown } = await load('src/text/untrusted.ts');
         return sanitiseModelMarkdown(data).length;`,
        answer,
        LIMIT_MS,
      );
      t.diagnostic(`${unit}: ${finished(result, 'sanitiseModelMarkdown').toFixed(0)} ms`);
    });

  it('still removes closed script and style elements whole, and every other tag', () => {
    assert.equal(
      sanitiseModelMarkdown(
        'Hi <b>there</b>.<script>alert(1)</script> A <STYLE type="x">p{}</style > B <script>x</SCRIPT> C <script> never closed',
      ),
      'Hi there. A  B  C  never closed',
    );
  });

  it('a posting with 300,000-character runs of dots, semicolons and question marks gets its template letter at once', async (t) => {
    const run = (c: string) => c.repeat(300_000);
    const description = [
      `About us${run('?')} x`,
      `What you will do${run(':')}`,
      'Requirements',
      `- Experience with TypeScript${run('.')} x`,
      `- Build APIs${run(';')} x, and own them${run(',')}`,
    ].join('\n\n');
    const result = await runWithin<string>(
      `const { createGenerator } = await load('src/generate/index.ts');
       const { parseResume } = await load('src/resume/index.ts');
       const { silentLogger } = await load('src/log.ts');
       const { skillsInDescription } = await load('src/match/score.ts');
       const posting = { key: 'k', id: '1', source: 'greenhouse', company: 'Initrode', title: 'Backend Engineer',
         locations: ['Remote'], remote: true, url: 'https://example.test/1' };
       const profile = { titles: ['Backend Engineer'], skills: ['TypeScript'], locations: [], exclude: [] };
       const reasons = skillsInDescription(profile, posting, data.description);
       const match = { posting, score: 80, reasons: { bestTitle: 'Backend Engineer', titleScore: 1, location: 'remote',
         locationFit: true, excludedBy: [], ...reasons } };
       const generator = createGenerator({ resume: parseResume(data.resumeText, 'jane.md'), log: silentLogger });
       const app = await generator.generate(match, { text: data.description, method: 'api' });
       return app.letter.markdown;`,
      { description, resumeText },
      LIMIT_MS,
    );
    t.diagnostic(`template letter: ${finished(result, 'the template letter').toFixed(0)} ms`);
    assert.match((result as { value: string }).value, /Dear Initrode hiring team/);
  });

  it('a tailored resume field of 1 MB of unclosed tags is cleaned at once by the fact check', async (t) => {
    const result = await runWithin<string>(
      `const { Grounding } = await load('src/generate/grounding.ts');
       const { parseResume } = await load('src/resume/index.ts');
       const checked = new Grounding(parseResume(data.resumeText, 'jane.md')).resume({
         summary: data.summary, skills: [], experience: [], education: [], certificates: [] });
       return checked.value.summary;`,
      { resumeText, summary: `Backend engineer. ${'<a '.repeat(350_000)}` },
      LIMIT_MS,
    );
    t.diagnostic(`tailored resume: ${finished(result, 'the fact check').toFixed(0)} ms`);
  });
});
