import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { startArtifactServer } from './helpers/artifact-server.ts';
import { quietRunnerOutput } from './helpers/quiet-runner.ts';
import { silentLogger } from '../src/log.ts';
import {
  contentHash,
  mergeSeen,
  parseState,
  postingStatus,
  pruneSeen,
  serializeState,
} from '../src/state/run-state.ts';
import { stateArtifactName } from '../src/state/artifact-name.ts';

quietRunnerOutput();

// @actions/github fixes its API origin (GITHUB_API_URL) when it is loaded, and the SDK's cross-run
// download goes through it: point it at the loopback before loading the modules that use it.
const server = await startArtifactServer();
for (const k of ['GITHUB_SERVER_URL', 'GITHUB_RETENTION_DAYS']) delete process.env[k];
Object.assign(process.env, server.env);
const { restoreState } = await import('../src/state/restore.ts');
const { saveStateArtifact } = await import('../src/state/save.ts');
after(() => server.close());

const day1 = new Date('2025-03-01T07:00:00Z');
const day2 = new Date('2025-03-02T07:00:00Z');
const base = {
  token: server.token,
  owner: server.owner,
  repo: server.repo,
  workflow: server.env.GITHUB_WORKFLOW_REF,
  apiUrl: server.env.GITHUB_API_URL,
  artifactName: stateArtifactName(),
  log: silentLogger,
};

test('merging keeps when a posting was first seen and records the latest score and content', () => {
  const first = mergeSeen(null, [{ key: 'greenhouse:acme:1', score: 70, hash: 'aaa' }], day1);
  const second = mergeSeen(
    first,
    [
      { key: 'greenhouse:acme:1', score: 75, hash: 'bbb' },
      { key: 'lever:beta:2', score: 61 },
    ],
    day2,
  );
  assert.deepEqual(second, {
    version: 1,
    updatedAt: day2.toISOString(),
    seen: {
      'greenhouse:acme:1': {
        firstSeen: day1.toISOString(),
        lastSeen: day2.toISOString(),
        score: 75,
        hash: 'bbb',
      },
      'lever:beta:2': { firstSeen: day2.toISOString(), lastSeen: day2.toISOString(), score: 61 },
    },
  });
  assert.equal(first.seen['greenhouse:acme:1'].score, 70, 'the earlier state is not changed');
});

test('a posting is new, changed (content hash differs) or seen', () => {
  const hash = contentHash(['Backend Engineer', ['New York', 'Remote'], 'Build APIs.\n\nWith us.']);
  const state = mergeSeen(null, [{ key: 'k', score: 70, hash }], day1);
  assert.equal(postingStatus(null, 'k', hash), 'new');
  assert.equal(postingStatus(state, 'other', hash), 'new');
  assert.equal(postingStatus(state, 'k', hash), 'seen');
  // Re-wrapped text is not a change; different words are.
  assert.equal(
    postingStatus(
      state,
      'k',
      contentHash(['Backend Engineer ', ['New York', 'Remote'], 'Build APIs. With us.']),
    ),
    'seen',
  );
  assert.equal(
    postingStatus(state, 'k', contentHash(['Backend Engineer', ['New York'], 'Build APIs. With us.'])),
    'changed',
  );
  assert.equal(
    postingStatus(
      state,
      'k',
      contentHash(['Senior Backend Engineer', ['New York', 'Remote'], 'Build APIs.']),
    ),
    'changed',
  );
});

test('pruning drops postings not seen for longer than the limit', () => {
  const state = mergeSeen(
    mergeSeen(null, [{ key: 'old', score: 60 }], day1),
    [{ key: 'new', score: 60 }],
    day2,
  );
  assert.deepEqual(Object.keys(pruneSeen(state, new Date('2025-03-20T07:00:00Z'), 18.5).seen), ['new']);
});

test('a state file round-trips; a corrupt one is refused with the reason', () => {
  const state = mergeSeen(null, [{ key: 'k', score: 80, hash: 'h' }], day1);
  assert.deepEqual(parseState(serializeState(state)), state);
  assert.throws(() => parseState('{"version":1,'), /state file is not valid JSON/);
  assert.throws(() => parseState('[]'), /not a JSON object/);
  assert.throws(
    () => parseState('{"version":2,"updatedAt":"2025-01-01T00:00:00Z","seen":{}}'),
    /version 2; this version of the action reads version 1/,
  );
  assert.throws(
    () =>
      parseState(
        '{"version":1,"updatedAt":"2025-01-01T00:00:00Z","seen":{"k":{"firstSeen":"x","lastSeen":"2025-01-01T00:00:00Z","score":1}}}',
      ),
    /entry "k" is malformed/,
  );
});

test('the state artifact name carries a cleaned shard suffix', () => {
  assert.equal(stateArtifactName(), 'job-matcher-state');
  assert.equal(stateArtifactName('eu/remote: 2'), 'job-matcher-state-eu-remote-2');
  assert.equal(stateArtifactName('  '), 'job-matcher-state');
});

test('state saved in one run is restored in the next, from the latest successful run only', async () => {
  const run1 = server.currentRunId();
  const saved = mergeSeen(null, [{ key: 'greenhouse:acme:1', score: 72, hash: 'h1' }], day1);
  await saveStateArtifact({ state: saved, artifactName: stateArtifactName(), log: silentLogger });
  const uploaded = server.artifacts().find((a) => a.runId === run1 && a.name === 'job-matcher-state');
  assert.equal(uploaded?.retentionDays, 30);
  assert.deepEqual(Object.keys(uploaded.files()), ['state.json']);

  const run2 = server.finishRun('success');
  const restored = await restoreState({ ...base, runId: run2 });
  assert.deepEqual(restored.state, saved);
  assert.equal(restored.fromRunId, run1);
  assert.match(restored.note, new RegExp(`Restored 1 seen postings from run ${run1}`));

  // Run 2 saves newer state but then fails: run 3 must not trust it.
  await saveStateArtifact({
    state: mergeSeen(saved, [{ key: 'x', score: 1 }], day2),
    artifactName: stateArtifactName(),
    log: silentLogger,
  });
  const run3 = server.finishRun('failure');
  const again = await restoreState({ ...base, workflow: undefined, runId: run3 });
  assert.equal(again.fromRunId, run1, 'the workflow is looked up from the run when not given');
  assert.deepEqual(again.state, saved);
});

test('without actions: read (403) there is no state and the note says how to fix it', async () => {
  server.denyActions(403);
  try {
    const r = await restoreState({ ...base, runId: server.currentRunId() });
    assert.equal(r.state, null);
    assert.match(r.note, /403.*permissions: actions: read/);
  } finally {
    server.denyActions(null);
  }
});

test('a first run, an expired or corrupt artifact, or no token give no state and say why', async () => {
  const runId = server.currentRunId();
  const first = await restoreState({ ...base, workflow: 'weekly.yml', runId });
  assert.equal(first.state, null);
  assert.match(first.note, /No earlier successful run of this workflow was found \(first run\)/);

  server.addRun({
    artifacts: [{ name: 'job-matcher-state-broken', files: { 'state.json': '{"version":1,"seen":' } }],
  });
  const corrupt = await restoreState({ ...base, artifactName: 'job-matcher-state-broken', runId });
  assert.equal(corrupt.state, null);
  assert.match(corrupt.note, /state file of run \d+ is corrupt \(state file is not valid JSON\)/);

  server.addRun({
    artifacts: [
      {
        name: 'job-matcher-state-old',
        files: { 'state.json': serializeState(mergeSeen(null, [], day1)) },
        expired: true,
      },
    ],
  });
  const expired = await restoreState({ ...base, artifactName: 'job-matcher-state-old', runId });
  assert.equal(expired.state, null);
  assert.match(expired.note, /"job-matcher-state-old" of run \d+ has expired/);

  const missing = await restoreState({ ...base, artifactName: 'job-matcher-state-never', runId });
  assert.equal(missing.state, null);
  assert.match(
    missing.note,
    /None of the last \d+ successful runs saved a state artifact "job-matcher-state-never"/,
  );

  const noToken = await restoreState({ ...base, token: '', runId });
  assert.equal(noToken.state, null);
  assert.match(noToken.note, /No GitHub token/);
});
