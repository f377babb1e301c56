import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { resolveSettings } from '../src/settings/index.ts';

const NOTO = fileURLToPath(
  new URL(
    '../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff',
    import.meta.url,
  ),
);

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'jm-pdf-font-'));
  writeFileSync(path.join(dir, 'resume.md'), '# Ada Lovelace\n\n## Skills\nTypeScript\n');
  writeFileSync(path.join(dir, 'notes.ttf'), 'not a font at all, just text');
  copyFileSync(NOTO, path.join(dir, 'cjk.woff'));
  copyFileSync(NOTO + '2', path.join(dir, 'cjk.woff2'));
  return dir;
}
const base = { resume: 'resume.md', companies: 'greenhouse:vercel' };

test('pdf_font: a font file relative to the workspace; a missing file, a non-font or WOFF2 is a one-line error', async () => {
  const cwd = workspace();
  assert.equal(
    (await resolveSettings({ inputs: { ...base, pdf_font: 'cjk.woff' }, cwd })).pdfFont,
    path.join(cwd, 'cjk.woff'),
  );
  assert.equal((await resolveSettings({ inputs: base, cwd })).pdfFont, undefined);
  await assert.rejects(
    resolveSettings({ inputs: { ...base, pdf_font: 'fonts/missing.ttf' }, cwd }),
    /^SettingsError: input pdf_font: file ".*missing\.ttf" not found; allowed: a \.ttf, \.otf, \.ttc or \.woff font file \(not \.woff2\)$/,
  );
  await assert.rejects(
    resolveSettings({ inputs: { ...base, pdf_font: 'notes.ttf' }, cwd }),
    /^SettingsError: input pdf_font: ".*notes\.ttf" is not a font; allowed: /,
  );
  await assert.rejects(
    resolveSettings({ inputs: { ...base, pdf_font: 'cjk.woff2' }, cwd }),
    /is a WOFF2 font; allowed/,
  );
});
