import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';

const root = path.resolve(import.meta.dirname, '..');

const changelog = (version: string) => `# Changelog

## [Unreleased]

## [${version}] - 2026-12-01

### Added

- Something.

[Unreleased]: https://github.com/org/job-matcher/compare/v${version}...HEAD
[${version}]: https://github.com/org/job-matcher/releases/tag/v${version}
`;

/**
 * A repository with the release script, on `main`, and an `npm` on PATH that only records its calls
 * (the real `npm ci && npm test` is what the rest of this suite is).
 */
function repo(files: { version: string; changelog: string }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'jm-release-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'Test');
  mkdirSync(path.join(dir, 'scripts'));
  copyFileSync(path.join(root, 'scripts/release.sh'), path.join(dir, 'scripts/release.sh'));
  writeFileSync(
    path.join(dir, 'package.json'),
    `{\n  "name": "job-matcher",\n  "version": "${files.version}",\n  "private": true\n}\n`,
  );
  writeFileSync(path.join(dir, 'CHANGELOG.md'), files.changelog);
  git('add', '-A');
  git('commit', '-qm', 'one');
  const bin = path.join(dir, '.bin');
  mkdirSync(bin);
  const calls = path.join(dir, '.npm-calls');
  writeFileSync(path.join(bin, 'npm'), `#!/bin/sh\necho "npm $*" >> "${calls}"\n`);
  chmodSync(path.join(bin, 'npm'), 0o755);
  writeFileSync(path.join(dir, '.git/info/exclude'), '.bin/\n.npm-calls\n');
  const release = (...args: string[]) => {
    const r = spawnSync('bash', ['scripts/release.sh', ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const npmCalls = () => {
    try {
      return readFileSync(calls, 'utf8').trim().split('\n');
    } catch {
      return [];
    }
  };
  return { dir, git, release, npmCalls };
}

describe('scripts/release.sh', () => {
  it('tags v1.x.y and moves v1 to it, after npm ci and npm test', () => {
    const r = repo({ version: '1.0.0', changelog: changelog('1.0.0') });
    const first = r.git('rev-parse', 'HEAD');
    r.git('tag', '-a', 'v1', '-m', 'old v1', first);
    writeFileSync(path.join(r.dir, 'package.json'), '{\n  "version": "1.1.0"\n}\n');
    writeFileSync(path.join(r.dir, 'CHANGELOG.md'), changelog('1.1.0'));
    r.git('commit', '-qam', 'two');
    const head = r.git('rev-parse', 'HEAD');

    const out = r.release('v1.1.0');
    assert.equal(out.status, 0, out.stderr);
    assert.deepEqual(r.npmCalls(), ['npm ci', 'npm test']);
    assert.equal(r.git('rev-parse', 'v1.1.0^{commit}'), head);
    assert.equal(r.git('rev-parse', 'v1^{commit}'), head, 'v1 moved to the release');
    assert.match(out.stdout, /git push --force origin v1/);
  });

  it('refuses a version that package.json or CHANGELOG.md do not name, and a bad version', () => {
    const r = repo({ version: '1.0.0', changelog: changelog('1.0.0') });
    const cases: [string[], number, RegExp][] = [
      [['1.2'], 2, /version "1\.2" is not valid; allowed: v<major>\.<minor>\.<patch>/],
      [['v1.0.1'], 1, /package\.json has version "1\.0\.0", not 1\.0\.1/],
    ];
    for (const [args, status, message] of cases) {
      const out = r.release(...args);
      assert.equal(out.status, status, args.join(' '));
      assert.match(out.stderr, message);
    }
    const unreleased = repo({ version: '1.0.1', changelog: changelog('1.0.0') });
    const out = unreleased.release('v1.0.1');
    assert.equal(out.status, 1);
    assert.match(
      out.stderr,
      /CHANGELOG\.md has no "## \[1\.0\.1\] - YYYY-MM-DD" section; move the \[Unreleased\]/,
    );
    assert.deepEqual(unreleased.npmCalls(), [], 'nothing ran');
    assert.equal(unreleased.git('tag'), '');
  });

  it('refuses a dirty tree or another branch', () => {
    const r = repo({ version: '1.0.0', changelog: changelog('1.0.0') });
    writeFileSync(path.join(r.dir, 'stray.txt'), 'x');
    assert.match(r.release('v1.0.0').stderr, /uncommitted changes/);
    r.git('add', '-A');
    r.git('commit', '-qm', 'stray');
    r.git('checkout', '-qb', 'feature');
    assert.match(r.release('v1.0.0').stderr, /on branch "feature"; releases are tagged from main/);
    assert.equal(r.git('tag'), '');
  });
});

describe('CHANGELOG.md', () => {
  const text = readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');
  const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string })
    .version;

  it('has the released version with its date and tag link, and an [Unreleased] section on top', () => {
    assert.match(text, new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
    assert.match(
      text,
      new RegExp(`^\\[${version.replace(/\./g, '\\.')}\\]: .*/releases/tag/v${version}$`, 'm'),
    );
    assert.ok(text.indexOf('## [Unreleased]') < text.indexOf(`## [${version}]`));
    assert.match(text, new RegExp(`^\\[Unreleased\\]: .*/compare/v${version}\\.\\.\\.HEAD$`, 'm'));
  });
});
