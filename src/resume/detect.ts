/** Which kind of file a resume is, decided by its first bytes (not only by its name). */

/** The file names a resume may have; the kinds are recognised by content whatever the name. */
export const RESUME_EXTENSIONS = ['.json', '.md', '.markdown', '.txt', '.pdf', '.docx'] as const;

/** The accepted kinds, for messages: "allowed: <RESUME_KINDS>". */
export const RESUME_KINDS =
  'a JSON Resume (.json), Markdown (.md), plain text (.txt), PDF with a text layer (.pdf) or Word (.docx) file';

export type ResumeFileKind = 'json' | 'text' | 'pdf' | 'docx';

/** Thrown for a file that is none of the accepted kinds; the message says what it is instead. */
export class UnsupportedResumeError extends Error {}

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

function includesAscii(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, 'latin1');
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const IMAGES: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x49, 0x49, 0x2a, 0x00], 'a TIFF image'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'a TIFF image'],
];

/** What a file that is not text is, in a few words, or null when it is none we know. */
function binaryKind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, OLE)) return 'a Word 97-2003 .doc file (save it as .docx or PDF)';
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'an RTF file (save it as .docx, PDF or .txt)';
  for (const [sig, what] of IMAGES)
    if (startsWith(bytes, sig)) return `${what} (export the resume as text, PDF or DOCX)`;
  if (startsWith(bytes, ZIP)) return 'a ZIP archive that is not a Word document';
  return null;
}

/** True when the bytes read as UTF-8 or UTF-16 text (no NULs in UTF-8, no broken sequences). */
function isText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const head = bytes.subarray(0, 64 * 1024);
  if (head.includes(0)) return false;
  try {
    // A cut at the sample's end may split a character: only the sample's inside must be valid.
    new TextDecoder('utf-8', { fatal: true }).decode(
      head.length < bytes.length ? head.subarray(0, head.length - 4) : head,
    );
    return true;
  } catch {
    return false;
  }
}

/** The kind of a resume file; throws UnsupportedResumeError naming what it is for anything else. */
export function resumeFileKind(bytes: Uint8Array, fileName: string): ResumeFileKind {
  // PDF readers accept the header anywhere in the first KiB.
  if (Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, ZIP) && includesAscii(bytes, 'word/document.xml')) return 'docx';
  const binary = binaryKind(bytes);
  if (binary) throw new UnsupportedResumeError(`is ${binary}`);
  if (!isText(bytes)) throw new UnsupportedResumeError('is not a text, PDF or Word file');
  return /\.json$/i.test(fileName) || /^\uFEFF?\s*\{/.test(new TextDecoder().decode(bytes.subarray(0, 64)))
    ? 'json'
    : 'text';
}

/** The text of a text file: UTF-8, or UTF-16 with its byte-order mark. */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
