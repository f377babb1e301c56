import { unzipSync, zipSync } from 'fflate';

/** Every file entry of a zip archive, by its path inside the archive (directories left out). */
export function unzip(buf: Uint8Array): Record<string, Buffer> {
  const entries = unzipSync(buf);
  const files: Record<string, Buffer> = {};
  for (const [name, data] of Object.entries(entries)) {
    if (name.endsWith('/')) continue;
    files[name] = Buffer.from(data);
  }
  return files;
}

/** A zip archive of the given files (path inside the archive -> content). */
export function zip(files: Record<string, string | Uint8Array>): Buffer {
  const input: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(files)) {
    input[name] = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  }
  return Buffer.from(zipSync(input));
}
