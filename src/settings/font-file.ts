/** The pdf_font setting: a font file checked up front (it exists and starts like a font). */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { SettingsError, showValue } from './errors.ts';

const ALLOWED = 'a .ttf, .otf, .ttc or .woff font file (not .woff2)';
/** The first four bytes of the font formats we embed (fontkit's WOFF2 subsets draw blank glyphs). */
const SIGNATURES = ['00010000', '4f54544f', '74727565', '74746366', '774f4646'];

/** Returns the path when it names a font file; throws a one-line SettingsError naming `where` otherwise. */
export function checkFontFile(file: string, where: string): string {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    throw new SettingsError(`${where}: file ${showValue(file)} not found; allowed: ${ALLOWED}`);
  }
  const head = Buffer.alloc(4);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('hex') === '774f4632')
    throw new SettingsError(`${where}: ${showValue(file)} is a WOFF2 font; allowed: ${ALLOWED}`);
  if (size < 12 || !SIGNATURES.includes(head.toString('hex')))
    throw new SettingsError(`${where}: ${showValue(file)} is not a font; allowed: ${ALLOWED}`);
  return file;
}
