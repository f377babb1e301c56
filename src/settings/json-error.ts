import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';

/** jsonc-parser's error names, in words. */
const WHAT: Record<string, string> = {
  InvalidSymbol: 'unexpected text (strings need double quotes; true, false, null are lower case)',
  InvalidNumberFormat: 'a number in a form JSON does not allow',
  PropertyNameExpected: 'expected a "quoted" key (no trailing comma before } or ])',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon after the key',
  CommaExpected: 'expected a comma',
  CloseBraceExpected: 'expected } (an object is not closed)',
  CloseBracketExpected: 'expected ] (a list is not closed)',
  EndOfFileExpected: 'text after the end of the JSON',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed on its line',
  UnexpectedEndOfNumber: 'a number ends too early',
  InvalidUnicode: 'a bad \\u escape',
  InvalidEscapeCharacter: 'a bad \\ escape in a string',
  InvalidCharacter: 'a control character inside a string',
};

/** Characters of context shown on each side of the error. */
const AROUND = 24;

/**
 * Where a text that JSON.parse refused first goes wrong, as one line: `line 3, column 18: expected a
 * comma; near: …"min_score": 60 "max_jobs…`. JSON.parse's own messages do not always carry a
 * position, so the text is scanned again by a JSON tokenizer that reports one for every error.
 */
export function jsonErrorAt(text: string): string {
  let found: { code: ParseErrorCode; offset: number } | undefined;
  visit(
    text,
    { onError: (code, offset) => (found ??= { code, offset }) },
    { disallowComments: true, allowTrailingComma: false },
  );
  const offset = found?.offset ?? text.length;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  const start = Math.max(0, offset - AROUND);
  const end = Math.min(text.length, offset + AROUND);
  const near = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`
    .replace(/\s+/g, ' ')
    .trim();
  const what = (found && WHAT[printParseErrorCode(found.code)]) ?? 'not valid JSON';
  return `line ${line}, column ${column}: ${what}${near ? `; near: ${near}` : ''}`;
}
