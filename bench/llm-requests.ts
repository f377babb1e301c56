/**
 * `node bench/llm-requests.ts`: what `llm_requests_per_job` 1 and 2 cost and give, on the demo
 * boards' descriptions (and the real recorded ones in ../shared/fixtures/real when present): requests
 * and input tokens per job, how much of each description the model gets to read under GitHub Models'
 * 8000- and 4000-token input caps, and whether the answer fits the 4000-token output cap.
 * Deterministic: token counts are the pipeline's own estimate (estimateTokens), no model is called.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { estimateTokens } from '../src/generate/fit.ts';
import { APPLICATION_SYSTEM, fitJobRequest, LETTER_SYSTEM, RESUME_SYSTEM } from '../src/generate/prompts.ts';
import { fromSource } from '../src/generate/tailored.ts';
import { htmlToText } from '../src/html/text.ts';
import type { Match } from '../src/model.ts';
import { parseResume } from '../src/resume/index.ts';

const root = path.resolve(import.meta.dirname, '..');
const resume = parseResume(readFileSync(path.join(root, 'examples/demo/resume.md'), 'utf8'), 'resume.md');
const WORDS = 250;

function descriptions(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const add = (name: string, raw: string | undefined, html: boolean) => {
    const text = html ? htmlToText(raw ?? '') : (raw ?? '');
    if (text.length > 300) out.push({ name, text });
  };
  const boards = path.join(root, 'examples/demo/boards');
  const acme = JSON.parse(readFileSync(path.join(boards, 'greenhouse-acme.json'), 'utf8'));
  for (const j of acme.jobs) add(`acme: ${j.title}`, htmlToText(j.content ?? ''), true);
  const nimbus = JSON.parse(readFileSync(path.join(boards, 'lever-nimbus.json'), 'utf8'));
  for (const j of nimbus) add(`nimbus: ${j.text}`, j.descriptionPlain, false);
  const real = path.join(root, '../shared/fixtures/real');
  if (existsSync(real)) {
    for (const file of readdirSync(path.join(real, 'greenhouse')).filter((f) => f.endsWith('.json'))) {
      const d = JSON.parse(readFileSync(path.join(real, 'greenhouse', file), 'utf8'));
      for (const j of d.jobs ?? []) add(`${file}: ${j.title}`, htmlToText(j.content ?? ''), true);
    }
    for (const file of readdirSync(path.join(real, 'lever')).filter((f) => f.endsWith('.json'))) {
      const d = JSON.parse(readFileSync(path.join(real, 'lever', file), 'utf8'));
      for (const j of (Array.isArray(d) ? d : []).slice(0, 10))
        add(`${file}: ${j.text}`, j.descriptionPlain, false);
    }
  }
  return out;
}

function matchFor(title: string): Match {
  return {
    posting: {
      key: 'k',
      id: '1',
      source: 'greenhouse',
      company: 'Acme Robotics',
      title,
      locations: ['Remote'],
      remote: true,
      url: 'https://example.test/1',
    },
    score: 80,
    reasons: {
      bestTitle: title,
      titleScore: 1,
      matchedSkills: [],
      missingSkills: [],
      location: 'remote',
      locationFit: true,
      excludedBy: [],
    },
  };
}

/** Share of the description's characters that reach the model in this request. */
function kept(user: string, description: string): number {
  const inside = /<job_posting>\n[\s\S]*?\n\n([\s\S]*)\n<\/job_posting>/.exec(user)?.[1] ?? '';
  return Math.min(1, inside.length / description.length);
}

const real = descriptions();
// Big-tech postings run to 10,000+ characters: each long posting is all recorded sentences in turn,
// numbered so compaction's duplicate removal keeps them, cut to 20,000 characters.
const sentences = real.flatMap((d) => d.text.split(/(?<=[.!?])\s+/)).filter((x) => x.length > 20);
const long = real.map((_, i) => {
  const parts: string[] = [];
  for (let n = 0; parts.join(' ').length < 20_000; n++)
    parts.push(`${sentences[(i + n) % sentences.length]} (${n})`);
  return { name: `long ${i}`, text: parts.join(' ').slice(0, 20_000) };
});
const groups = { 'as recorded': real, 'long (20,000 chars)': long };
const letterOut = Math.ceil(WORDS * 1.35);
const resumeOut = estimateTokens(JSON.stringify(fromSource(resume)));
const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];
console.log(
  `${real.length} descriptions (median ${median(real.map((d) => d.text.length))} chars; long: median ${median(long.map((d) => d.text.length))}); resume ${resume.markdown.length} chars\n`,
);
console.log(
  '| descriptions | input cap | requests/job | input tokens/job | description read (mean, min) | answer tokens (largest request) |',
);
console.log('|---|---:|---:|---:|---|---:|');
for (const [group, all] of Object.entries(groups))
  for (const cap of [8000, 4000]) {
    for (const perJob of [2, 1] as const) {
      let tokens = 0;
      const shares: number[] = [];
      for (const d of all) {
        const m = matchFor(d.name);
        const systems = perJob === 2 ? [LETTER_SYSTEM(WORDS), RESUME_SYSTEM] : [APPLICATION_SYSTEM(WORDS)];
        for (const system of systems) {
          const user = fitJobRequest(system, resume.markdown, m, d.text, cap);
          tokens += estimateTokens(system) + estimateTokens(user);
          shares.push(kept(user, d.text));
        }
      }
      const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
      const answer = perJob === 2 ? Math.max(letterOut, resumeOut) : letterOut + resumeOut + 20;
      console.log(
        `| ${group} | ${cap} | ${perJob} | ${Math.round(tokens / all.length)} | ${(mean * 100).toFixed(0)}%, ${(Math.min(...shares) * 100).toFixed(0)}% | ${answer} |`,
      );
    }
  }
