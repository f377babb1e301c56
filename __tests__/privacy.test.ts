import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { startArtifactServer } from './helpers/artifact-server.ts';
import type { ArtifactServer } from './helpers/artifact-server.ts';
import { privacyWarning, repoVisibility } from '../src/publish/privacy.ts';

let server: ArtifactServer;
before(async () => {
  server = await startArtifactServer({ owner: 'octo', repo: 'job-search', visibility: 'public' });
});
after(() => server.close());

test('the event payload answers without a request', async () => {
  const calls = server.calls.length;
  const rest = { token: server.token, owner: 'octo', repo: 'job-search', apiUrl: server.url };
  assert.equal(await repoVisibility({ ...rest, eventPayload: { repository: { private: false } } }), 'public');
  assert.equal(await repoVisibility({ ...rest, eventPayload: { repository: { private: true } } }), 'private');
  assert.equal(
    await repoVisibility({
      ...rest,
      eventPayload: { repository: { private: true, visibility: 'internal' } },
    }),
    'internal',
  );
  assert.equal(server.calls.length, calls);
});

test('without a payload the REST API is asked', async () => {
  const rest = { token: server.token, owner: 'octo', repo: 'job-search', apiUrl: server.url };
  assert.equal(await repoVisibility({ ...rest, eventPayload: {} }), 'public');
  server.setVisibility('private');
  assert.equal(await repoVisibility(rest), 'private');
  assert.ok(server.calls.some((c) => c.path === '/repos/octo/job-search' && c.status === 200));
});

test('any failure is "unknown", never an exception', async () => {
  assert.equal(
    await repoVisibility({ token: server.token, owner: 'octo', repo: 'missing', apiUrl: server.url }),
    'unknown',
  );
  assert.equal(await repoVisibility({ owner: 'octo', repo: 'job-search', apiUrl: server.url }), 'unknown');
  assert.equal(
    await repoVisibility({ token: 't', owner: 'octo', repo: 'job-search', apiUrl: 'http://127.0.0.1:1' }),
    'unknown',
  );
  assert.equal(await repoVisibility({}), 'unknown');
});

test('a GitHub API that never answers is "unknown" at the deadline, not a hung run', async () => {
  const hung = http.createServer(() => {});
  await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
  const { port } = hung.address() as AddressInfo;
  try {
    const started = Date.now();
    const visibility = await repoVisibility({
      token: 't',
      owner: 'octo',
      repo: 'job-search',
      apiUrl: `http://127.0.0.1:${port}`,
      deadlineMs: 300,
    });
    assert.equal(visibility, 'unknown');
    assert.ok(Date.now() - started < 5000, `answered after ${Date.now() - started} ms`);
  } finally {
    hung.closeAllConnections();
    hung.close();
  }
});

test('public repositories get one sentence of warning with the retention; private ones none', () => {
  const warning = privacyWarning('public', 3);
  assert.ok(warning);
  assert.match(
    warning,
    /public.*any signed-in GitHub user for 3 days.*private repository or set a short retention_days/,
  );
  assert.equal(warning.match(/\.(\s|$)/g)?.length, 1, 'one sentence');
  assert.match(privacyWarning('public') ?? '', /default retention/);
  assert.match(privacyWarning('internal', 5) ?? '', /every member of the enterprise/);
  assert.equal(privacyWarning('private', 90), null);
  assert.equal(privacyWarning('unknown', 90), null);
});
