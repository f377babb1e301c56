/**
 * Template letters at the short and long ends of letter_words, on the offline demo (its five recorded
 * postings and its resume, through the real pipeline): a short letter still answers the posting's
 * strongest requirement with a line of the resume, and letters the resume cannot fill are warned
 * about once per run.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { startDemoServer } from '../src/demo/server.ts';
import { createGenerator } from '../src/generate/index.ts';
import { createHttpClient } from '../src/http/client.ts';
import { lineLogger, silentLogger } from '../src/log.ts';
import type { Description, GeneratedApplication, Match } from '../src/model.ts';
import { runPipeline } from '../src/pipeline.ts';
import { resumeText } from '../src/resume/index.ts';
import { executeRun } from '../src/run.ts';
import { resolveSettings } from '../src/settings/index.ts';
import { splitSentences } from '../src/text/sentences.ts';

const demoDir = path.join(import.meta.dirname, '../examples/demo');
const NOW = () => new Date('2026-03-14T12:00:00Z');

/** The demo's settings at this letter_words, its companies pointed at the recorded boards on `url`. */
async function demoSettings(url: string, letterWords: number) {
  const settings = await resolveSettings({
    inputs: {
      config: path.join(demoDir, 'config.json'),
      output_dir: mkdtempSync(path.join(tmpdir(), 'jm-short-letters-')),
      letter_words: String(letterWords),
      formats: 'md',
    },
    cwd: process.cwd(),
  });
  settings.companies = settings.companies.map((c) => ({ ...c, base_url: url }));
  return settings;
}

/** Each demo posting's description and the template letter written for it. */
async function demoLetters(letterWords: number) {
  const server = await startDemoServer(path.join(demoDir, 'boards'));
  try {
    const s = await demoSettings(server.url, letterWords);
    const generator = createGenerator({ resume: s.resume, letterWords, log: silentLogger });
    const letters: { company: string; description: string; letter: string }[] = [];
    await runPipeline(
      {
        companies: s.companies,
        profile: s.profile,
        parallelWorkers: 2,
        minScore: s.minScore,
        topPerCompany: s.topPerCompany,
        maxJobs: s.maxJobs,
        maxAgeDays: s.maxAgeDays,
        formats: ['md'],
        outputDir: s.outputDir,
        candidateName: s.resume.name,
        resumeText: resumeText(s.resume),
        companyDeadlineMs: 10_000,
      },
      {
        http: createHttpClient({ timeoutMs: 5000 }),
        log: silentLogger,
        now: NOW,
        generator: {
          async generate(match: Match, description: Description): Promise<GeneratedApplication> {
            const out = await generator.generate(match, description);
            letters.push({
              company: match.posting.company,
              description: description.text,
              letter: out.letter.markdown,
            });
            return out;
          },
        },
      },
    );
    return { resume: s.resume, letters };
  } finally {
    await server.close();
  }
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** Whether `a` and `b` share a run of `n` consecutive words (a quotation, not a shared keyword). */
function quotes(a: string, b: string, n = 4): boolean {
  const w = words(b);
  const runs = new Set(w.slice(0, Math.max(0, w.length - n + 1)).map((_, i) => w.slice(i, i + n).join(' ')));
  const v = words(a);
  return v.some((_, i) => i + n <= v.length && runs.has(v.slice(i, i + n).join(' ')));
}

for (const letterWords of [80, 100]) {
  test(`template letters at letter_words ${letterWords}: every demo letter answers a requirement of the posting with a line of the resume`, async () => {
    const { resume, letters } = await demoLetters(letterWords);
    assert.equal(letters.length, 5, 'the demo writes five letters');
    for (const { company, description, letter } of letters) {
      const sentences = splitSentences(letter.replace(/\n+/g, ' ')).map((s) => s.trim());
      // A sentence in the posting's words that is not the opening or the quote about the company,
      // followed by one that places a line of the resume at its employer.
      const answered = sentences.some((ask, i) => {
        if (/^(Dear|I am writing|Your posting says|It also says)\b/.test(ask)) return false;
        if (!quotes(ask, description)) return false;
        const evidence = sentences[i + 1] ?? '';
        return resume.sections.experience.some(
          (job) => evidence.includes(job.employer) && job.bullets.some((b) => quotes(evidence, b)),
        );
      });
      assert.ok(
        answered,
        `${company} at ${letterWords} words has no requirement answered by the resume:\n${letter}`,
      );
      // The pair is kept whole, which can take an 80-word letter a little past the 15% tolerance.
      const n = letter.split(/\s+/).filter(Boolean).length;
      assert.ok(n <= letterWords * 1.25, `${company} at ${letterWords}: ${n} words`);
    }
  });
}

test('template letters the resume cannot fill: one warning for the run, saying how many and why', async () => {
  const server = await startDemoServer(path.join(demoDir, 'boards'));
  const run = async (letterWords: number) => {
    const lines: string[] = [];
    const log = lineLogger((l) => lines.push(l));
    await executeRun(await demoSettings(server.url, letterWords), {
      http: createHttpClient({ timeoutMs: 5000 }),
      log,
      now: NOW,
    });
    return lines.filter((l) => l.startsWith('warning:'));
  };
  try {
    // The demo resume has about 330 words' worth to say to these postings.
    const long = await run(500);
    const short = long.filter((l) => /short of letter_words/.test(l));
    assert.equal(short.length, 1, `one warning for the run:\n${long.join('\n')}`);
    assert.match(
      short[0],
      /^warning: Letters short of letter_words: 5 of 5 template letters are short of letter_words 500 \(\d+–\d+ words\)/,
    );
    assert.match(short[0], /the resume has no more evidence relevant to the postings/);
    // At a length the resume can fill, no such warning.
    assert.deepEqual(
      (await run(250)).filter((l) => /short of letter_words/.test(l)),
      [],
    );
  } finally {
    await server.close();
  }
});
