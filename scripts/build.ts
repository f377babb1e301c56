/**
 * Bundles src/index.ts with ncc into dist/ (or the folder given as the first argument), with source
 * maps. Type-checking is `npm run typecheck`'s job, so ncc only transpiles.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
rmSync(out, { recursive: true, force: true });
const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
execFileSync(
  process.execPath,
  [
    ncc,
    'build',
    'src/index.ts',
    '-o',
    out,
    '--license',
    'licenses.txt',
    '--target',
    'es2022',
    '--transpile-only',
    // dist/*.map: stack traces map to src/ with `node --enable-source-maps dist/index.js`; no
    // source-map-support runtime is bundled (it would slow every cold start).
    '--source-map',
    '--no-source-map-register',
    '--quiet',
  ],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
// The maps point at src/ and node_modules/ (relative paths); the sources' text, four fifths of a
// map's size, is left out: it is in the repository and in node_modules after `npm ci`.
for (const name of readdirSync(out).filter((f) => f.endsWith('.map'))) {
  const file = path.join(out, name);
  const map = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  delete map.sourcesContent;
  writeFileSync(file, JSON.stringify(map));
}

// ncc lists the licenses of the code it bundles; the font files it copies beside the bundle carry
// their own (the SIL Open Font License asks that it travel with the font).
for (const pkg of ['dejavu-fonts-ttf', '@fontsource/noto-sans-sc']) {
  const dir = path.join(root, 'node_modules', pkg);
  const { license } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    license?: string;
  };
  appendFileSync(
    path.join(out, 'licenses.txt'),
    `\n${pkg}\n${license ?? ''}\n${readFileSync(path.join(dir, 'LICENSE'), 'utf8').trim()}\n`,
  );
}
