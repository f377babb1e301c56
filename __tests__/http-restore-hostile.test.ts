import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { silentLogger } from '../src/log.ts';
import { restoreState } from '../src/state/restore.ts';
import { startArtifactServer } from './helpers/artifact-server.ts';
import { startBoardServer } from './helpers/board-server.ts';
import { json, startFaultServer, type Route } from './helpers/fault-server.ts';
import { demoBoard, demoResume, runAction } from './helpers/run-action.ts';

const TOKEN = 'ghs_RESTORE-SECRET-7c1f9e2a4b';

/** A GitHub API on loopback: one earlier successful run with a state artifact; routes override. */
async function githubApi(overrides: Record<string, Route>) {
  const api = await startFaultServer({
    '/repos/o/r/actions/workflows/daily.yml/runs': json({ total_count: 1, workflow_runs: [{ id: 5 }] }),
    '/repos/o/r/actions/runs/5/artifacts': json({
      total_count: 1,
      artifacts: [{ id: 9, name: 'job-matcher-state', expired: false }],
    }),
    ...overrides,
  });
  return api;
}

const restore = (apiUrl: string, deadlineMs: number) =>
  restoreState({
    token: TOKEN,
    owner: 'o',
    repo: 'r',
    runId: 6,
    workflow: 'daily.yml',
    artifactName: 'job-matcher-state',
    apiUrl,
    deadlineMs,
    log: silentLogger,
  });

describe('restore never holds the run and never quotes the token', () => {
  for (const [what, route] of [
    ['a GitHub API that never answers', { '/repos/o/r/actions/workflows/daily.yml/runs': { kind: 'hang' } }],
    [
      'an artifact download that never answers',
      {
        '/repos/o/r/actions/artifacts/9/zip': (_hit: number, req: { headers: { host?: string } }) => ({
          kind: 'redirect' as const,
          location: `http://${req.headers.host}/blob/state.zip?sig=x`,
        }),
        '/blob/state.zip': { kind: 'hang' },
      },
    ],
  ] as [string, Record<string, Route>][]) {
    it(`${what}: "no memory" at the deadline`, async (t) => {
      const api = await githubApi(route);
      try {
        const started = performance.now();
        const restored = await restore(api.origin, 1000);
        const ms = performance.now() - started;
        t.diagnostic(`restore ended after ${Math.round(ms)} ms (deadline 1000 ms)`);
        assert.equal(restored.state, null);
        assert.match(restored.note, /could not be read within 1 s .*every posting is treated as new/);
        assert.ok(ms < 10_000, `restore took ${Math.round(ms)} ms`);
      } finally {
        await api.close();
      }
    });
  }

  it('a 401 that quotes the token is reported without it', async () => {
    const api = await githubApi({
      '/repos/o/r/actions/workflows/daily.yml/runs': json({ message: `Bad credentials: ${TOKEN}` }, 401),
    });
    try {
      const restored = await restore(api.origin, 5000);
      assert.equal(restored.state, null);
      assert.match(restored.note, /Bad credentials: \*\*\*/);
      assert.ok(!restored.note.includes(TOKEN), restored.note);
    } finally {
      await api.close();
    }
  });

  it('a run of dist/index.js whose GitHub API quotes the token writes it nowhere: log, summary, files, outputs', async () => {
    const artifacts = await startArtifactServer();
    const api = await startFaultServer({
      '/repos/o/r': json({ message: `Bad credentials: ${TOKEN}` }, 401),
      '/repos/o/r/actions/workflows/daily.yml/runs': json({ message: `Bad credentials: ${TOKEN}` }, 401),
    });
    const boards = await startBoardServer({
      '/v1/boards/acme/jobs': demoBoard('greenhouse-acme.json'),
    });
    try {
      const config = {
        profile: { titles: ['Backend Engineer'], skills: ['TypeScript'], locations: ['New York', 'Remote'] },
        companies: [{ name: 'Acme', source: 'greenhouse', board: 'acme', base_url: boards.url }],
      };
      const run = await runAction({
        files: { 'resume.md': demoResume, 'job-matcher.json': JSON.stringify(config) },
        inputs: {
          config: 'job-matcher.json',
          resume: 'resume.md',
          github_token: TOKEN,
          model: 'gpt-4.1-mini',
          base_url: 'http://127.0.0.1:9/v1',
        },
        env: {
          ...artifacts.env,
          GITHUB_API_URL: api.origin,
          GITHUB_REPOSITORY: 'o/r',
          GITHUB_WORKFLOW_REF: 'o/r/.github/workflows/daily.yml@refs/heads/main',
        },
      });
      assert.match(run.stdout, /\[state\] Earlier state could not be read \(Bad credentials: \*\*\*/);
      // The runner reads the add-mask command itself; every other line must be clean.
      const lines = `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => !l.startsWith('::add-mask::'));
      assert.deepEqual(
        lines.filter((l) => l.includes(TOKEN)),
        [],
      );
      assert.ok(!run.summary.includes(TOKEN), 'step summary');
      assert.ok(!JSON.stringify(run.outputs).includes(TOKEN), 'outputs');
      const outputDir = path.resolve(run.workspace, run.outputs['output-dir']);
      for (const file of ['summary.md', 'results.json'])
        assert.ok(!readFileSync(path.join(outputDir, file), 'utf8').includes(TOKEN), file);
      for (const uploaded of artifacts.artifacts())
        for (const [name, bytes] of Object.entries(uploaded.files()))
          assert.ok(!bytes.toString().includes(TOKEN), `${uploaded.name}/${name}`);
    } finally {
      await Promise.all([artifacts.close(), api.close(), boards.close()]);
    }
  });
});
