import assert from 'node:assert/strict';
import { sourceContext } from './helpers/source-context.ts';
import { after, before, test } from 'node:test';
import { SourceError } from '../src/sources/errors.ts';
import { workable } from '../src/sources/workable.ts';
import { fixtureJson, startBoardServer } from './helpers/board-server.ts';
import type { Loopback } from './helpers/loopback.ts';

let server: Loopback;
const ctx = () => sourceContext(new Date('2026-10-01T00:00:00Z'));

before(async () => {
  server = await startBoardServer({
    'GET /api/v1/widget/accounts/huggingface': { json: fixtureJson('workable-huggingface.json') },
  });
});
after(() => server.close());

test('workable lists the account with details in one call', async () => {
  const company = { name: 'Hugging Face', source: 'workable', account: 'huggingface', base_url: server.url };
  const postings = await workable.list(company, ctx());
  assert.equal(server.requests.length, 1);
  assert.equal(new URL(server.requests[0].path, server.url).searchParams.get('details'), 'true');

  assert.equal(postings.length, 3);
  const p = postings[0];
  assert.equal(p.key, 'workable:huggingface:F4C096B22E');
  assert.equal(p.title, 'Low-level Senior Software Engineer, Xet Storage - EMEA Remote');
  assert.deepEqual(p.locations, ['Paris, Île-de-France, France']);
  assert.equal(p.remote, true, 'telecommuting: true');
  assert.equal(p.department, 'Product');
  assert.equal(p.url, 'https://apply.workable.com/j/F4C096B22E');
  assert.equal(p.applyUrl, 'https://apply.workable.com/j/F4C096B22E/apply');
  assert.equal(p.postedAt, '2026-07-30T00:00:00.000Z');
  assert.match(p.description!, /^At Hugging Face, we're on a journey/);
  assert.doesNotMatch(p.description!, /<[a-z/][^>]*>|&(lt|gt|amp|quot|nbsp);/i);
});

test('an unknown workable account is a SourceError', async () => {
  const company = { name: 'X', source: 'workable', account: 'nobody', base_url: server.url };
  await assert.rejects(workable.list(company, ctx()), (err: unknown) => {
    assert.ok(err instanceof SourceError);
    assert.equal(
      err.message,
      'Workable account "nobody" not found (404) — check the account name in apply.workable.com/<account>',
    );
    return true;
  });
});
