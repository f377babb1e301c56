import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CLI_SETTINGS, helpText, parseCliArgs, UsageError } from '../src/cli-args.ts';
import { SETTINGS } from '../src/settings/spec.ts';

const root = path.resolve(import.meta.dirname, '..');

/** Runs the CLI as `npm start` does (through src/start.mjs) with this test's Node.js. */
function cli(args: string[], node = process.execPath) {
  const r = spawnSync(node, [path.join(root, 'src/start.mjs'), ...args], { encoding: 'utf8', cwd: root });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI options', () => {
  it('reads kebab-case and snake_case alike, and --name=value', () => {
    for (const argv of [['--min-score', '70'], ['--min_score', '70'], ['--min-score=70']])
      assert.deepEqual(parseCliArgs(argv).inputs, { min_score: '70' }, argv.join(' '));
  });

  it('takes a boolean input alone as true, and adds up a list input given twice', () => {
    const { inputs } = parseCliArgs([
      '--fail-on-error',
      '--companies',
      'greenhouse:vercel',
      '--companies=lever:spotify',
      '--top-per-company',
      'false',
    ]);
    assert.deepEqual(inputs, {
      fail_on_error: 'true',
      companies: 'greenhouse:vercel\nlever:spotify',
      top_per_company: 'false',
    });
  });

  it('rejects an unknown option with the closest one, a missing value and a stray argument', () => {
    const cases: [string[], RegExp][] = [
      [['--min-scor', '70'], /^unknown option --min-scor \(did you mean --min-score\?\)$/],
      [['--min_scor', '70'], /^unknown option --min_scor \(did you mean --min-score\?\)$/],
      [['--fromats', 'md'], /did you mean --formats\?/],
      [['--zzzzzz'], /^unknown option --zzzzzz$/],
      [['--min-score'], /^option --min-score needs a value \(a whole number from 0 to 100\)$/],
      [['--min-score', '--llm', 'off'], /^option --min-score needs a value/],
      [['demo'], /^unexpected argument "demo"/],
      [['-x'], /^unknown option -x$/],
      // An action-only input has no effect here, so it is not an option.
      [['--artifact-name', 'x'], /^unknown option --artifact-name/],
    ];
    for (const [argv, message] of cases) {
      assert.throws(
        () => parseCliArgs(argv),
        (err: Error) => err instanceof UsageError && message.test(err.message),
        argv.join(' '),
      );
    }
  });

  it('--help lists every option the CLI takes, from the settings table', () => {
    const help = helpText();
    assert.ok(CLI_SETTINGS.length > 20);
    for (const s of CLI_SETTINGS)
      assert.match(help, new RegExp(`^  --${s.name.replace(/_/g, '-')} `, 'm'), s.name);
    for (const s of SETTINGS.filter((x) => !CLI_SETTINGS.includes(x)))
      assert.doesNotMatch(help, new RegExp(`--${s.name.replace(/_/g, '-')}\\b`), s.name);
    assert.match(help, /^ {2}-h, --help /m);
    assert.match(help, /--preset default\|fast +Preset: default \(5 workers/);
    assert.ok(
      help.split('\n').every((l) => l.length <= 100),
      'wrapped at 100 columns',
    );
  });
});

describe('CLI process', () => {
  it('--help and -h print the usage and exit 0', () => {
    for (const flag of ['--help', '-h']) {
      const r = cli([flag]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^Usage: npm start -- \[options\]/);
      assert.match(r.stdout, /--min-score N/);
      assert.equal(r.stderr, '');
    }
  });

  it('a usage error is one line on stderr and exit code 2', () => {
    const r = cli(['--min-scor', '70']);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'error: unknown option --min-scor (did you mean --min-score?); see --help\n');
  });

  it('a settings error is one line on stderr and exit code 2', () => {
    const r = cli(['--min-score', '170']);
    assert.equal(r.status, 2);
    assert.match(
      r.stderr,
      /^error: input min_score: "170" is not valid; allowed: a whole number from 0 to 100\n$/,
    );
  });

  // The machine's own Node.js may be older than the project's (it is 20 on the development machines).
  const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find((p) => {
    try {
      return (
        Number(execFileSync(p, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' })) < 24
      );
    } catch {
      return false;
    }
  });
  it(
    'on a Node.js older than 24, says what to do instead of failing to load TypeScript',
    { skip: systemNode ? false : 'no Node.js older than 24 on this machine' },
    () => {
      const r = cli(['--help'], systemNode);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /^job-matcher needs Node\.js 24 or newer .*; this is Node\.js v\d+/);
      assert.match(r.stderr, /npm start -- \[options\]/);
      assert.doesNotMatch(r.stderr, /ERR_UNKNOWN_FILE_EXTENSION|\n\s+at /);
    },
  );
});
