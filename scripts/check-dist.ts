/** Fails when dist/ differs from a fresh build of src/ (users run the committed bundle). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = mkdtempSync(path.join(tmpdir(), 'job-matcher-dist-'));

function files(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full, base) : [path.relative(base, full)];
  });
}

try {
  execFileSync(process.execPath, [path.join(root, 'scripts/build.ts'), out], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const fresh = files(out).sort();
  const committed = files(path.join(root, 'dist')).sort();
  const problems: string[] = [];
  for (const f of new Set([...fresh, ...committed])) {
    if (!fresh.includes(f)) problems.push(`dist/${f} is not produced by the build (remove it)`);
    else if (!committed.includes(f)) problems.push(`dist/${f} is missing`);
    else if (!readFileSync(path.join(out, f)).equals(readFileSync(path.join(root, 'dist', f))))
      problems.push(`dist/${f} differs`);
  }
  if (problems.length) {
    console.error(
      `dist/ does not match a fresh build; run \`npm run build\` and commit dist/:\n  ${problems.join('\n  ')}`,
    );
    process.exitCode = 1;
  } else {
    console.log(`dist/ matches a fresh build (${fresh.length} files)`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
