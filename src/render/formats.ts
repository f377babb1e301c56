/** The output formats: the one list settings validate `formats` against and rendering dispatches on. */
export const FORMATS = Object.freeze(['md', 'html', 'pdf', 'docx'] as const);

export type Format = (typeof FORMATS)[number];

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}
