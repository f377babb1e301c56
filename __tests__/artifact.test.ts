import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { startArtifactServer } from './helpers/artifact-server.ts';
import type { ArtifactServer } from './helpers/artifact-server.ts';
import { uploadOutputs, validArtifactName } from '../src/publish/artifact.ts';
import { readRunContext } from '../src/settings/environment.ts';
import { quietRunnerOutput } from './helpers/quiet-runner.ts';
import { silentLogger } from '../src/log.ts';

quietRunnerOutput();

let server: ArtifactServer;
let outDir: string;
const pdf = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x10, 0x80]);

before(async () => {
  server = await startArtifactServer();
  for (const k of ['GITHUB_SERVER_URL', 'GITHUB_RETENTION_DAYS']) delete process.env[k];
  Object.assign(process.env, server.env);
  outDir = await mkdtemp(path.join(tmpdir(), 'artifact-test-'));
  await mkdir(path.join(outDir, 'acme-backend-engineer'), { recursive: true });
  await writeFile(path.join(outDir, 'summary.md'), '# Results\n');
  await writeFile(path.join(outDir, 'acme-backend-engineer', 'cover-letter.md'), 'Dear Acme,\n');
  await writeFile(path.join(outDir, 'acme-backend-engineer', 'resume.pdf'), pdf);
  await writeFile(path.join(outDir, 'not-listed.txt'), 'stays out');
});

after(async () => {
  await server.close();
  await rm(outDir, { recursive: true, force: true });
});

test('uploads exactly the listed files with their content, retention and a link to the artifact', async () => {
  const result = await uploadOutputs({
    rootDir: outDir,
    files: [
      'summary.md',
      'acme-backend-engineer/cover-letter.md',
      path.join(outDir, 'acme-backend-engineer/resume.pdf'),
    ],
    name: 'job-matcher-results',
    retentionDays: 7,
    runUrl: readRunContext(process.env).runUrl,
    log: silentLogger,
  });
  const uploaded = server.artifacts().find((a) => a.name === 'job-matcher-results');
  assert.ok(uploaded, 'the service holds the artifact');
  assert.equal(result.id, uploaded.id);
  assert.equal(result.size, uploaded.zip.length);
  assert.equal(uploaded.retentionDays, 7);
  assert.equal(
    result.url,
    `https://github.com/octo/job-search/actions/runs/${server.currentRunId()}/artifacts/${uploaded.id}`,
  );
  const files = uploaded.files();
  assert.deepEqual(Object.keys(files).sort(), [
    'acme-backend-engineer/cover-letter.md',
    'acme-backend-engineer/resume.pdf',
    'summary.md',
  ]);
  assert.equal(files['summary.md'].toString(), '# Results\n');
  assert.equal(files['acme-backend-engineer/cover-letter.md'].toString(), 'Dear Acme,\n');
  assert.deepEqual(files['acme-backend-engineer/resume.pdf'], pdf);
});

test('without retention_days the repository default applies', async () => {
  await uploadOutputs({
    rootDir: outDir,
    files: ['summary.md'],
    name: 'default-retention',
    log: silentLogger,
  });
  const uploaded = server.artifacts().find((a) => a.name === 'default-retention');
  assert.equal(uploaded?.retentionDays, undefined);
});

test('a failing artifact service rejects with an error naming the artifact and the cause', async () => {
  // The quota error is not retried by the SDK, so the failure is immediate.
  server.failTwirp('CreateArtifact', 500, 'insufficient usage to create artifact', 1);
  await assert.rejects(
    uploadOutputs({ rootDir: outDir, files: ['summary.md'], name: 'over-quota', log: silentLogger }),
    /^Error: artifact upload "over-quota" failed: Failed to CreateArtifact: Artifact storage quota has been hit\.[^\n]*$/,
  );
  server.failTwirp('FinalizeArtifact', 403, 'forbidden', 1);
  await assert.rejects(
    uploadOutputs({ rootDir: outDir, files: ['summary.md'], name: 'forbidden', log: silentLogger }),
    /artifact upload "forbidden" failed: .*\(403\).*forbidden/,
  );
  assert.equal(server.artifacts().filter((a) => a.name === 'over-quota' || a.name === 'forbidden').length, 0);
});

test('bad input is refused before anything is sent', async () => {
  const callsBefore = server.calls.length;
  await assert.rejects(
    uploadOutputs({ rootDir: outDir, files: ['summary.md'], name: 'results: today', log: silentLogger }),
    /artifact name "results: today" contains a forbidden character \(colon\)/,
  );
  await assert.rejects(
    uploadOutputs({
      rootDir: outDir,
      files: ['summary.md'],
      name: 'ok',
      retentionDays: 120,
      log: silentLogger,
    }),
    /retention_days must be a whole number from 1 to 90, got 120/,
  );
  await assert.rejects(
    uploadOutputs({ rootDir: outDir, files: [], name: 'ok', log: silentLogger }),
    /no files to upload/,
  );
  assert.equal(server.calls.length, callsBefore);
});

test('artifact names: the characters the service rejects are named, others pass', () => {
  assert.equal(validArtifactName('job-matcher results 2025-01-31'), null);
  assert.match(validArtifactName('a/b') ?? '', /forward slash/);
  assert.match(validArtifactName('a|b*c') ?? '', /vertical bar, asterisk/);
  assert.match(validArtifactName('line\nbreak') ?? '', /line feed/);
  assert.match(validArtifactName('  ') ?? '', /must not be empty/);
});
