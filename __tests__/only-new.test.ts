import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createHttpClient } from '../src/http/client.ts';
import { silentLogger } from '../src/log.ts';
import type { PostingRecord } from '../src/model.ts';
import { executeRun } from '../src/run.ts';
import { resolveSettings } from '../src/settings/index.ts';
import type { RunState } from '../src/state/run-state.ts';
import { fixture, startBoardServer } from './helpers/board-server.ts';
import type { Loopback } from './helpers/loopback.ts';

const text = '<p>We build TypeScript services on PostgreSQL for hospitals across Europe.</p>'.repeat(8);

describe('only_new: a run with the memory of an earlier one', () => {
  let board: Loopback;
  // What the board lists; each run reads it as it is then.
  let jobs: { id: number; title: string; content: string }[];

  before(async () => {
    board = await startBoardServer({
      '/v1/boards/acme/jobs': () => ({
        json: {
          jobs: jobs.map((j) => ({
            ...j,
            absolute_url: `https://boards.greenhouse.io/acme/jobs/${j.id}`,
            location: { name: 'Remote' },
          })),
        },
      }),
    });
  });
  after(() => board.close());

  async function run(memory: { state: RunState | null; note: string }, inputs: Record<string, string> = {}) {
    const cwd = mkdtempSync(path.join(tmpdir(), 'jm-only-new-'));
    writeFileSync(path.join(cwd, 'resume.md'), fixture('resumes/jane.md'));
    writeFileSync(
      path.join(cwd, 'jm.json'),
      JSON.stringify({
        companies: [{ name: 'Acme', source: 'greenhouse', board: 'acme', base_url: board.url }],
      }),
    );
    const settings = await resolveSettings({
      inputs: {
        config: 'jm.json',
        resume: 'resume.md',
        titles: 'Backend Engineer',
        min_score: '0',
        top_per_company: 'false',
        formats: 'md',
        only_new: 'true',
        ...inputs,
      },
      cwd,
    });
    const outcome = await executeRun(settings, {
      http: createHttpClient({ retries: 0 }),
      log: silentLogger,
      now: () => new Date(),
      memory,
    });
    const byId = (id: number) => outcome.result.records.find((r) => r.key === `greenhouse:acme:${id}`)!;
    const fate = (r: PostingRecord) => `${r.status}${r.reason ? `: ${r.reason}` : ''}`;
    return { outcome, fate: (id: number) => fate(byId(id)) };
  }

  it('skips postings seen before, skips changed ones unless reprocess_changed, and writes the new ones', async () => {
    jobs = [
      { id: 1, title: 'Backend Engineer', content: text },
      { id: 2, title: 'Senior Backend Engineer', content: text },
    ];
    const first = await run({ state: null, note: 'No earlier state.' });
    assert.equal(first.fate(1), 'generated');
    assert.equal(first.fate(2), 'generated');

    // Next day: posting 2's text changed, posting 3 is new.
    jobs = [
      { id: 1, title: 'Backend Engineer', content: text },
      { id: 2, title: 'Senior Backend Engineer', content: `${text}<p>Now hybrid in Berlin.</p>` },
      { id: 3, title: 'Backend Engineer, Payments', content: text },
    ];
    const memory = { state: first.outcome.state, note: 'Restored.' };
    const second = await run(memory);
    assert.equal(second.fate(1), 'filtered: only_new: seen in an earlier run');
    assert.equal(
      second.fate(2),
      'filtered: only_new: seen in an earlier run (changed since; set reprocess_changed to redo it)',
    );
    assert.equal(second.fate(3), 'generated');
    assert.deepEqual(second.outcome.result.novelty, { new: 1, changed: 1, seen: 1 });

    const redo = await run(memory, { reprocess_changed: 'true' });
    assert.equal(redo.fate(1), 'filtered: only_new: seen in an earlier run');
    assert.equal(redo.fate(2), 'generated');

    // only_new off: the memory is still read (novelty), but every posting is written.
    const all = await run(memory, { only_new: 'false' });
    assert.deepEqual([1, 2, 3].map(all.fate), ['generated', 'generated', 'generated']);
  });
});
