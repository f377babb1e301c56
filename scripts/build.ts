/** Bundles src/index.ts with ncc into dist/ (or the folder given as the first argument). Type-checking is `npm run typecheck`'s job, so ncc only transpiles. */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
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
    '--quiet',
  ],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
