import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jobFolderName, MAX_FOLDER_NAME, safeSegment } from '../src/render/filenames.ts';

const SAFE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

test('safeSegment folds accents to ASCII and keeps only [a-z0-9-]', () => {
  assert.equal(safeSegment('Zoë Łukasiewicz-Núñez'), 'zoe-lukasiewicz-nunez');
  assert.equal(safeSegment('Straße & Søn, Ærø'), 'strasse-son-aero');
  assert.equal(safeSegment('Senior C++ / .NET Engineer (Remote)'), 'senior-c-net-engineer-remote');
});

test('safeSegment neutralises path traversal, separators, dots and control characters', () => {
  for (const hostile of [
    '../../etc/passwd',
    '..\\..\\windows\\system32',
    '.hidden',
    '-rf',
    'a\u0000b\nc\td',
    '/',
    '..',
  ]) {
    const out = safeSegment(hostile);
    assert.match(out, SAFE, hostile);
    assert.ok(!out.includes('..') && !out.startsWith('.') && !out.startsWith('-'), hostile);
  }
  assert.equal(safeSegment('../../etc/passwd'), 'etc-passwd');
});

test('safeSegment suffixes Windows device names and never returns empty', () => {
  for (const reserved of ['CON', 'nul', 'Com1', 'LPT9', 'aux', 'prn']) {
    const out = safeSegment(reserved);
    assert.notEqual(out, reserved.toLowerCase());
    assert.match(out, SAFE);
    assert.ok(out.startsWith(reserved.toLowerCase()), out);
  }
  assert.equal(safeSegment('console'), 'console');
  for (const empty of ['', '   ', '🚀🔥', '!!!', '中文职位']) assert.equal(safeSegment(empty), 'untitled');
});

test('safeSegment bounds the length and rejects a silly bound', () => {
  const out = safeSegment('word '.repeat(100), 40);
  assert.ok(out.length <= 40, `${out.length}`);
  assert.match(out, SAFE);
  assert.throws(() => safeSegment('x', 0), /maxLen/);
});

test('jobFolderName is <company>-<title>-<id>, bounded, and unique within the run', () => {
  const taken = new Set<string>();
  assert.equal(jobFolderName('Acme', 'Backend Engineer', '123', taken), 'acme-backend-engineer-123');
  assert.equal(jobFolderName('Acme', 'Backend Engineer', '123', taken), 'acme-backend-engineer-123-2');
  assert.equal(jobFolderName('ACME', 'backend  engineer!', '123', taken), 'acme-backend-engineer-123-3');
  assert.equal(taken.size, 3);

  const longTitle = 'Principal Distinguished Staff Software Engineer '.repeat(7);
  const names = new Set<string>();
  for (let i = 0; i < 12; i++)
    names.add(jobFolderName('Very Long Company Name Incorporated Worldwide', longTitle, 'abc-123', taken));
  assert.equal(names.size, 12);
  for (const n of names) {
    assert.ok(n.length <= MAX_FOLDER_NAME, `${n.length}: ${n}`);
    assert.match(n, SAFE);
    assert.ok(n.includes('abc-123'), 'the id survives truncation of a long title');
  }
});

test('hostile job names make distinct real folders inside the output dir', () => {
  const out = mkdtempSync(join(tmpdir(), 'jm-names-'));
  try {
    const taken = new Set<string>();
    const jobs: [string, string, string][] = [
      ['../..', '../../etc/passwd', '1'],
      ['CON', 'NUL', 'com1'],
      ['🚀', '🔥🔥', '✨'],
      ['🚀', '🔥🔥', '✨'],
      ['Acme', 'x'.repeat(300), '9'.repeat(300)],
    ];
    for (const [company, title, id] of jobs) {
      const name = jobFolderName(company, title, id, taken);
      mkdirSync(join(out, name));
      writeFileSync(join(out, name, 'cover-letter.md'), 'ok');
    }
    const created = readdirSync(out);
    assert.equal(created.length, jobs.length);
    for (const name of created) {
      assert.match(name, SAFE);
      assert.ok(name.length <= MAX_FOLDER_NAME);
    }
    assert.ok(!created.some((n) => /^(con|nul|com1)$/.test(n)));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('an id that is a whole URL becomes a short stable hash in the folder name', () => {
  const url = 'https://careers.orbit.example/careers/senior-backend-engineer?ref=feed';
  const a = jobFolderName('Orbit Labs', 'Senior Backend Engineer', url, new Set());
  const b = jobFolderName('Orbit Labs', 'Senior Backend Engineer', url, new Set());
  assert.match(a, /^orbit-labs-senior-backend-engineer-[0-9a-f]{8}$/);
  assert.equal(a, b);
  assert.equal(jobFolderName('Acme', 'Engineer', 'JR2024692', new Set()), 'acme-engineer-jr2024692');
});
