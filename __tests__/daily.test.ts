import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startArtifactServer, type ArtifactServer } from './helpers/artifact-server.ts';
import { startBoardServer } from './helpers/board-server.ts';
import type { Loopback } from './helpers/loopback.ts';
import { startLlmServer, type LlmServer } from './helpers/llm-server.ts';
import { demoBoard, demoBoardsDir, demoResume, runAction } from './helpers/run-action.ts';
import { unzip } from './helpers/zip.ts';
import { companiesForShard, parseShard } from '../src/settings/shard.ts';

interface GreenhouseBoard {
  jobs: { id: number; title: string; absolute_url: string; content?: string }[];
}

const profile = {
  titles: ['Backend Engineer', 'Platform Engineer'],
  skills: ['TypeScript', 'Go', 'Kubernetes'],
  locations: ['New York', 'Remote'],
  exclude: ['Manager'],
};

describe('daily runs: only what is new', () => {
  let boards: Loopback;
  let llm: LlmServer;
  let artifacts: ArtifactServer;
  const acme = JSON.parse(
    readFileSync(path.join(demoBoardsDir, 'greenhouse-acme.json'), 'utf8'),
  ) as GreenhouseBoard;
  const nimbus = readFileSync(path.join(demoBoardsDir, 'lever-nimbus.json'), 'utf8');
  let board: GreenhouseBoard = acme;

  before(async () => {
    boards = await startBoardServer({
      '/v1/boards/acme/jobs': () => ({ json: board }),
      '/v0/postings/nimbus': { body: nimbus, headers: { 'content-type': 'application/json' } },
    });
    llm = await startLlmServer();
    artifacts = await startArtifactServer();
  });
  after(() => Promise.all([boards?.close(), llm?.close(), artifacts?.close()]));

  const runDaily = async (
    extraEnv: Record<string, string> = {},
    extraInputs: Record<string, string> = {},
  ) => {
    const config = {
      profile,
      top_per_company: false,
      companies: [
        { name: 'Acme Robotics', source: 'greenhouse', board: 'acme', base_url: boards.url },
        { name: 'Nimbus Health', source: 'lever', site: 'nimbus', base_url: boards.url },
      ],
    };
    const run = await runAction({
      files: { 'resume.md': demoResume, 'jm.json': JSON.stringify(config) },
      inputs: {
        config: 'jm.json',
        resume: 'resume.md',
        openai_api_key: 'sk-daily',
        base_url: llm.baseUrl,
        formats: 'md',
        github_token: artifacts.token,
        ...extraInputs,
      },
      env: {
        ...artifacts.env,
        GITHUB_RUN_ID: String(artifacts.currentRunId()),
        GITHUB_EVENT_NAME: 'schedule',
        ...extraEnv,
      },
    });
    artifacts.finishRun(run.code === 0 ? 'success' : 'failure');
    return run;
  };

  it('a second run on unchanged boards generates nothing, makes no LLM call and says "0 new"; a new posting is generated alone', async () => {
    const first = await runDaily();
    assert.equal(first.code, 0, first.stdout + first.stderr);
    const firstGenerated = Number(first.outputs.generated);
    assert.ok(firstGenerated >= 2, `first run generated ${firstGenerated}`);
    assert.match(first.stdout, /first run/i);
    assert.ok(
      artifacts.artifacts().some((a) => a.name === 'job-matcher-state'),
      'state saved',
    );

    const callsBefore = llm.requests.length;
    const second = await runDaily();
    assert.equal(second.code, 0, second.stdout + second.stderr);
    assert.equal(second.outputs.generated, '0');
    assert.equal(llm.requests.length, callsBefore, 'no LLM call on the second run');
    assert.match(second.summary, /\*\*0 new\*\* postings since the last run/);
    assert.match(second.summary, /No new matches today/);
    // Every posting's fate says what earlier runs knew of it.
    const secondResults = JSON.parse(readFileSync(second.outputs.results, 'utf8'));
    for (const p of secondResults.postings) {
      assert.equal(p.novelty, 'seen', p.title);
      assert.match(p.reason, /^only_new: seen in an earlier run|^excluded/);
    }

    const extra = {
      ...acme.jobs[0],
      id: 4099,
      title: 'Staff Backend Engineer',
      absolute_url: 'https://boards.greenhouse.io/acme/jobs/4099',
    };
    board = { ...acme, jobs: [...acme.jobs, extra] };
    const third = await runDaily();
    assert.equal(third.code, 0, third.stdout + third.stderr);
    assert.equal(third.outputs.generated, '1');
    assert.match(third.summary, /\*\*1 new\*\* posting since the last run/);
    const zip = artifacts
      .artifacts()
      .filter((a) => a.name === 'job-applications')
      .at(-1)!;
    const folders = new Set(
      Object.keys(zip.files())
        .filter((f) => f.includes('/'))
        .map((f) => f.split('/')[0]),
    );
    assert.deepEqual([...folders], ['acme-robotics-staff-backend-engineer-4099']);

    // A seen posting whose description changed is skipped by default (and remembered as seen in that
    // version); a later change is redone when reprocess_changed is on.
    const edit = (content: string) => {
      board = { ...board, jobs: [{ ...board.jobs[0], content }, ...board.jobs.slice(1)] };
      return board.jobs[0];
    };
    edit('&lt;p&gt;Now also Rust and ClickHouse, fully remote.&lt;/p&gt;'.repeat(10));
    const fourth = await runDaily();
    assert.equal(fourth.outputs.generated, '0');
    assert.match(fourth.summary, /\*\*1 new\*\* posting since the last run \(0 new, 1 changed\)/);
    const changed = edit('&lt;p&gt;Now with Kafka and Go on Kubernetes.&lt;/p&gt;'.repeat(10));
    const fifth = await runDaily({}, { reprocess_changed: 'true' });
    assert.equal(fifth.outputs.generated, '1');
    const redone = JSON.parse(fifth.outputs['matches-json']);
    assert.equal(redone[0].title, changed.title);
  });

  it('state unavailable (no actions: read) means a full run with a notice, not a failure', async () => {
    artifacts.denyActions(403);
    try {
      const run = await runDaily();
      assert.equal(run.code, 0, run.stdout + run.stderr);
      assert.ok(Number(run.outputs.generated) >= 2);
      assert.match(
        run.stdout,
        /::notice title=No earlier state::only_new: .*This run processes every posting\./,
      );
    } finally {
      artifacts.denyActions(null);
    }
  });
});

describe('sharding and merge', () => {
  it('shards write under their own folder and artifact name; merge combines them into one summary', async () => {
    const boards = await startBoardServer({
      '/v1/boards/acme/jobs': demoBoard('greenhouse-acme.json'),
      '/v0/postings/nimbus': demoBoard('lever-nimbus.json'),
      '/posting-api/job-board/lumen': demoBoard('ashby-lumen.json'),
    });
    const artifacts = await startArtifactServer();
    try {
      const config = {
        profile,
        companies: [
          { name: 'Acme Robotics', source: 'greenhouse', board: 'acme', base_url: boards.url },
          { name: 'Nimbus Health', source: 'lever', site: 'nimbus', base_url: boards.url },
          { name: 'Lumen Analytics', source: 'ashby', board: 'lumen', base_url: boards.url },
        ],
      };
      const covered: string[] = [];
      for (const shard of ['1/2', '2/2']) {
        const run = await runAction({
          files: { 'resume.md': demoResume, 'jm.json': JSON.stringify(config) },
          inputs: {
            config: 'jm.json',
            resume: 'resume.md',
            llm: 'off',
            formats: 'md',
            shard,
            github_token: '',
          },
          env: { ...artifacts.env },
        });
        assert.equal(run.code, 0, run.stdout + run.stderr);
        const label = `shard-${shard.replace('/', '-of-')}`;
        if (run.summary) {
          const m = new RegExp(`Shard ${shard}: \\d+ of 3 companies \\(([^)]*)\\)`).exec(run.summary);
          assert.ok(m, run.summary.slice(0, 600));
          covered.push(...m[1].split(', '));
          const art = artifacts.artifacts().find((a) => a.name === `job-applications-${label}`)!;
          assert.ok(art, `artifact job-applications-${label}`);
          const outside = Object.keys(art.files()).filter((f) => !f.startsWith(`${label}/`));
          assert.deepEqual(outside, []);
        }
      }
      assert.deepEqual(covered.sort(), ['Acme Robotics', 'Lumen Analytics', 'Nimbus Health']);

      // With more shards than companies some shard is empty: it succeeds and says so.
      const empty = [1, 2, 3, 4, 5, 6, 7, 8].find(
        (i) => companiesForShard(config.companies, parseShard(`${i}/8`)).length === 0,
      )!;
      const idle = await runAction({
        files: { 'resume.md': demoResume, 'jm.json': JSON.stringify(config) },
        inputs: { config: 'jm.json', resume: 'resume.md', llm: 'off', shard: `${empty}/8`, github_token: '' },
        env: { ...artifacts.env },
      });
      assert.equal(idle.code, 0, idle.stdout);
      assert.match(idle.summary, new RegExp(`Shard ${empty}/8 has no companies \\(3 in all\\)`));
      assert.equal(idle.outputs.generated, '0');

      // What actions/download-artifact with `pattern: job-applications-*` and `merge-multiple: true` leaves.
      const merged = await runAction({
        inputs: { mode: 'merge', merge_dir: 'downloaded', output_dir: 'combined' },
        prepare: (ws) => {
          for (const art of artifacts.artifacts().filter((a) => a.name.startsWith('job-applications-'))) {
            for (const [name, data] of Object.entries(unzip(art.zip))) {
              const file = path.join(ws, 'downloaded', name);
              mkdirSync(path.dirname(file), { recursive: true });
              writeFileSync(file, data);
            }
          }
        },
      });
      assert.equal(merged.code, 0, merged.stdout + merged.stderr);
      assert.match(merged.summary, /job-matcher \(2 shards merged\)/);
      for (const company of ['Acme Robotics', 'Nimbus Health', 'Lumen Analytics'])
        assert.match(merged.summary, new RegExp(`\\| ${company} \\|`));
      const combined = JSON.parse(readFileSync(merged.outputs.results, 'utf8'));
      assert.equal(combined.companies.length, 3);
    } finally {
      await Promise.all([boards.close(), artifacts.close()]);
    }
  });
});
