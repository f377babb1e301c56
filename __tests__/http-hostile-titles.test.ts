import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commandSafe } from '../src/log.ts';
import { MAX_TITLE_CHARS, oneLine, tidyPosting, tidyTitle } from '../src/sources/normalize.ts';
import { startBoardServer } from './helpers/board-server.ts';
import { demoResume, runAction } from './helpers/run-action.ts';

/** Workflow commands the runner would act on in `stdout`, by its own rules (v2 `::name` at the start of a
 * line after spaces, v1 `##[name]` anywhere in a line). */
function runnerCommands(stdout: string): { name: string; head: string; line: string }[] {
  const known = new Set([
    'error',
    'warning',
    'notice',
    'debug',
    'group',
    'endgroup',
    'add-mask',
    'stop-commands',
    'echo',
    'add-matcher',
    'remove-matcher',
    'set-output',
    'save-state',
    'add-path',
    'set-env',
  ]);
  const found: { name: string; head: string; line: string }[] = [];
  for (const line of stdout.split('\n')) {
    const start = line.trimStart();
    const end = start.startsWith('::') ? start.indexOf('::', 2) : -1;
    if (end > 0) {
      const head = start.slice(2, end);
      const name = head.split(' ')[0];
      if (known.has(name)) found.push({ name, head, line });
      continue;
    }
    const v1 = line.indexOf('##[');
    const close = v1 >= 0 ? line.indexOf(']', v1) : -1;
    if (close > 0) {
      const head = line.slice(v1 + 3, close);
      const name = head.split(' ')[0];
      if (known.has(name)) found.push({ name, head, line });
    }
  }
  return found;
}

describe('job titles cannot become workflow commands', () => {
  it('normalization makes titles, names and locations one line without control characters', () => {
    assert.equal(oneLine(' Backend\r\n::error::x\u0007\u2028Engineer\u200B '), 'Backend ::error::x Engineer');
    const p = tidyPosting({
      key: 'k',
      id: '1',
      source: 'greenhouse',
      company: 'Acme\nInc',
      title: 'Backend Engineer\n::stop-commands::tok',
      locations: ['New York\n', '\u0085'],
      remote: null,
      url: 'https://x',
    });
    assert.equal(p.title, 'Backend Engineer ::stop-commands::tok');
    assert.equal(p.company, 'Acme Inc');
    assert.deepEqual(p.locations, ['New York']);
  });

  it('a title longer than any real one is cut at a word, marked, and short titles are left alone', () => {
    const long = tidyTitle('Senior Backend Engineer <script>x</script> '.repeat(25_000));
    assert.ok(long.length <= MAX_TITLE_CHARS, `${long.length} characters`);
    assert.ok(long.length > MAX_TITLE_CHARS - 45, 'cut near the limit, not far before it');
    assert.match(long, /^Senior Backend Engineer <script>x<\/script> Senior/);
    assert.match(long, /\S…$/, 'cut after a whole word and marked');
    assert.doesNotMatch(long.slice(0, -1), /…/);
    const unbroken = tidyTitle('x'.repeat(10_000));
    assert.equal(
      unbroken,
      `${'x'.repeat(MAX_TITLE_CHARS - 1)}…`,
      'a title without spaces is cut at the limit',
    );
    const real =
      'Software Engineer II, Machine Learning Infrastructure (Distributed Training) - New Grad 2026';
    assert.equal(tidyTitle(real), real);
    assert.equal(
      tidyPosting({
        key: 'k',
        id: '1',
        source: 'greenhouse',
        company: 'A',
        title: long + long,
        locations: [],
        remote: null,
        url: 'https://x',
      }).title.length <= MAX_TITLE_CHARS,
      true,
    );
  });

  it('a log line never starts a command and never carries an old-style one', () => {
    assert.deepEqual(runnerCommands(commandSafe('  ::error title=x::y\n::stop-commands::t  ##[error]z')), []);
  });

  it('a run of dist/index.js on a board whose titles hold commands logs them as text', async () => {
    const job = (id: number, title: string) => ({
      id,
      title,
      absolute_url: `https://boards.greenhouse.io/acme/jobs/${id}`,
      location: { name: 'Remote' },
      updated_at: '2026-11-20T10:00:00Z',
      content: '&lt;p&gt;Build TypeScript services on PostgreSQL for our fleet. '.repeat(12) + '&lt;/p&gt;',
    });
    const board = await startBoardServer({
      '/v1/boards/acme/jobs': {
        json: {
          jobs: [
            job(1, 'Backend Engineer\n::error title=pwned::owned by a posting'),
            job(2, '\n::stop-commands::pwnedtoken\nBackend Engineer'),
            job(3, 'Backend Engineer ##[error]pwned the old way'),
          ],
        },
      },
    });
    try {
      const config = {
        top_per_company: false,
        min_score: 1,
        profile: { titles: ['Backend Engineer'], skills: ['TypeScript'], locations: ['Remote'] },
        companies: [{ name: 'Acme', source: 'greenhouse', board: 'acme', base_url: board.url }],
      };
      const run = await runAction({
        files: { 'resume.md': demoResume, 'job-matcher.json': JSON.stringify(config) },
        inputs: { config: 'job-matcher.json', resume: 'resume.md', github_token: '' },
      });
      assert.equal(run.code, 0, run.stdout + run.stderr);
      assert.equal((run.stdout.match(/\[generate\] Acme: /g) ?? []).length, 3, run.stdout);
      const commands = runnerCommands(run.stdout);
      assert.ok(commands.length > 0, 'the action still issues its own commands (groups)');
      for (const c of commands) {
        assert.notEqual(c.name, 'stop-commands', c.line);
        assert.doesNotMatch(c.head, /pwned/, c.line);
      }
      assert.ok(!commands.some((c) => c.name === 'error'), 'no error annotation from a title');
    } finally {
      await board.close();
    }
  });
});
