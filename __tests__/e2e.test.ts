import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { marked } from 'marked';
import { extractText } from 'unpdf';
import { startArtifactServer, type ArtifactServer } from './helpers/artifact-server.ts';
import { startBoardServer } from './helpers/board-server.ts';
import type { Loopback } from './helpers/loopback.ts';
import { startLlmServer, type LlmServer } from './helpers/llm-server.ts';
import { demoBoardsDir, demoResume, runAction, type ActionRun } from './helpers/run-action.ts';
import { unzip } from './helpers/zip.ts';

const API_KEY = 'sk-e2e-DO-NOT-LEAK-9f3b2c7d1e';
const board = (file: string) => ({
  body: readFileSync(path.join(demoBoardsDir, file)),
  headers: { 'content-type': 'application/json' },
});

describe('end to end: dist/index.js as the runner runs it', () => {
  let boards: Loopback;
  let llm: LlmServer;
  let artifacts: ArtifactServer;
  let run: ActionRun;

  before(async () => {
    boards = await startBoardServer({
      '/v1/boards/acme/jobs': board('greenhouse-acme.json'),
      '/v0/postings/nimbus': board('lever-nimbus.json'),
    });
    llm = await startLlmServer();
    artifacts = await startArtifactServer();
    const config = {
      profile: {
        titles: ['Backend Engineer', 'Platform Engineer'],
        skills: ['TypeScript', 'Node.js', 'PostgreSQL', 'Go', 'Kubernetes', 'AWS'],
        locations: ['New York', 'Remote'],
        exclude: ['Manager'],
      },
      companies: [
        { name: 'Acme Robotics', source: 'greenhouse', board: 'acme', base_url: boards.url },
        { name: 'Nimbus Health', source: 'lever', site: 'nimbus', base_url: boards.url },
      ],
    };
    run = await runAction({
      files: { 'resume.md': demoResume, 'job-matcher.json': JSON.stringify(config) },
      inputs: {
        config: 'job-matcher.json',
        resume: 'resume.md',
        openai_api_key: API_KEY,
        base_url: llm.baseUrl,
        model: 'test-model',
        formats: 'md,html,pdf,docx',
        artifact_name: 'applications',
        retention_days: '5',
        github_token: '',
      },
      env: { ...artifacts.env },
    });
  });

  after(async () => {
    await Promise.all([boards?.close(), llm?.close(), artifacts?.close()]);
  });

  it("succeeds and logs the seed tool's lines", () => {
    assert.equal(run.code, 0, `stderr: ${run.stderr}\nstdout: ${run.stdout}`);
    assert.match(run.stdout, /\[filter\] Processing \d+ jobs \(out of \d+ total\)/);
    assert.match(run.stdout, /\[parallel\] Pre-fetching job descriptions with \d+ workers\.\.\./);
    assert.match(run.stdout, / {2}\[parallel-fetch\] Acme Robotics: \d+ chars/);
    assert.match(run.stdout, /\[parallel\] Job description fetching complete!/);
  });

  it('uploads a letter and a resume for each kept job', () => {
    const uploaded = artifacts.artifacts().find((a) => a.name === 'applications');
    assert.ok(uploaded, 'artifact "applications" uploaded');
    assert.equal(uploaded.retentionDays, 5);
    const files = Object.keys(uploaded.files());
    const folders = [...new Set(files.filter((f) => f.includes('/')).map((f) => f.split('/')[0]))];
    assert.ok(
      folders.some((f) => f.startsWith('acme-robotics-senior-backend-engineer')),
      folders.join(', '),
    );
    for (const folder of folders) {
      for (const f of [
        ...['md', 'html', 'pdf', 'docx'].flatMap((ext) => [`cover-letter.${ext}`, `resume.${ext}`]),
        'job.json',
      ]) {
        assert.ok(files.includes(`${folder}/${f}`), `${folder}/${f} in the zip`);
      }
    }
    assert.ok(files.includes('results.json'));
    const zipped = uploaded.files();
    const letter = zipped[`${folders.find((f) => f.startsWith('acme'))}/cover-letter.md`].toString();
    assert.match(letter, /Acme Robotics/);
  });

  it("renders PDF and DOCX from the bundle, with the candidate's non-ASCII name", async () => {
    const files = artifacts
      .artifacts()
      .find((a) => a.name === 'applications')!
      .files();
    const folder = Object.keys(files)
      .find((f) => f.endsWith('/resume.pdf'))!
      .split('/')[0];
    const { text } = await extractText(new Uint8Array(files[`${folder}/resume.pdf`]), { mergePages: true });
    assert.match(text, /Zoë Ramírez-Łukasik/);
    const docx = unzip(files[`${folder}/resume.docx`]);
    assert.match(docx['word/document.xml'].toString(), /Zoë Ramírez-Łukasik/);
    assert.match(files[`${folder}/cover-letter.html`].toString(), /^<!DOCTYPE html>/i);
  });

  it("results.json records every posting's fate", () => {
    const uploaded = artifacts.artifacts().find((a) => a.name === 'applications')!;
    const results = JSON.parse(uploaded.files()['results.json'].toString());
    assert.equal(results.counts.postings, results.postings.length);
    const manager = results.postings.find(
      (p: { title: string }) => p.title === 'Backend Engineering Manager',
    );
    assert.equal(manager.status, 'filtered');
    assert.match(manager.reason, /excluded: title contains "Manager"/);
    const generated = results.postings.filter((p: { status: string }) => p.status === 'generated');
    assert.ok(generated.length >= 1);
  });

  it('writes a summary whose table lists the jobs, rendered as well-formed HTML', () => {
    assert.match(run.summary, /\| Score \| Company \| Role \|/);
    assert.match(
      run.summary,
      /\[Senior Backend Engineer\]\(https:\/\/boards\.greenhouse\.io\/acme\/jobs\/4011\)/,
    );
    const html = marked.parse(run.summary, { async: false, gfm: true });
    assert.match(html, /<table>/);
    assert.match(
      html,
      /<a href="https:\/\/boards\.greenhouse\.io\/acme\/jobs\/4011">Senior Backend Engineer<\/a>/,
    );
    assert.match(html, /<code class="language-mermaid">xychart-beta/);
    // Each row links its folder inside the uploaded artifact.
    assert.match(
      html,
      /<a href="https:\/\/github\.com\/[^"]+\/artifacts\/\d+"><code>acme-robotics-senior-backend-engineer-4011\/<\/code><\/a>/,
    );
  });

  it('sets the step outputs', () => {
    assert.ok(Number(run.outputs.generated) >= 1, JSON.stringify(run.outputs));
    assert.equal(run.outputs.failed, '0');
    assert.ok(run.outputs.results.endsWith('results.json'));
    assert.match(run.outputs['artifact-id'], /^\d+$/);
    // The digest is the SHA-256 of the zip the artifact service received.
    const uploaded = artifacts.artifacts().find((a) => a.name === 'applications')!;
    assert.equal(run.outputs['artifact-digest'], createHash('sha256').update(uploaded.zip).digest('hex'));
    const matches = JSON.parse(run.outputs['matches-json']);
    assert.equal(matches[0].company, 'Acme Robotics');
  });

  it('used the LLM with the key, and the key appears nowhere the user can see', () => {
    assert.ok(llm.requests.length >= 2, 'the LLM was called');
    const uploaded = artifacts.artifacts().find((a) => a.name === 'applications')!;
    // `::add-mask::` is the command that tells the runner to mask the value; the runner consumes it.
    assert.ok(run.stdout.includes(`::add-mask::${API_KEY}`), 'the key is registered as a secret');
    const places = {
      stdout: run.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
      stderr: run.stderr,
      summary: run.summary,
      outputs: JSON.stringify(run.outputs),
      zip: Object.values(uploaded.files())
        .map((b) => b.toString('latin1'))
        .join('\n'),
    };
    for (const [where, text] of Object.entries(places))
      assert.ok(!text.includes(API_KEY), `API key leaked into ${where}`);
  });
});
