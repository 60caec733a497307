/**
 * Where JSON text first goes wrong, as line and column: browsers' JSON.parse messages do not all say
 * (Chromium's "Unexpected token ',', ..." names no position), and a web editor needs the place.
 */
export interface JsonErrorPlace {
  line: number;
  column: number;
  /** What was found there, for the message: `','`, `end of file`, `line break`. */
  found: string;
  /** Its index in the text. */
  at: number;
}

/**
 * A stack overflow, as each engine throws it: a RangeError in Chromium and Safari, an InternalError ("too much
 * recursion") in Firefox.
 */
export const isStackOverflow = (error: unknown) => error instanceof RangeError || (error as Error | undefined)?.name === 'InternalError';

export function findJsonError(text: string): JsonErrorPlace | undefined {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const literal = (word: string) => (text.startsWith(word, i) ? (i += word.length) : fail());
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? '')) fail();
      } else if (text.charCodeAt(i) < 0x20) fail();
      i++;
    }
    if (text[i] !== '"') fail();
    i++;
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    } else if (c === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    } else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else number();
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    return undefined;
  } catch (at) {
    // Nesting deeper than the stack (thousands of levels): no place to give, the parser's message stands.
    if (isStackOverflow(at)) return undefined;
    if (typeof at !== 'number') throw at;
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    // A line break inside a text is named, not printed (it would break the message's line).
    const found = at >= text.length ? 'end of file' : text[at] < ' ' ? (text[at] === '\t' ? 'tab' : 'line break') : `'${text[at]}'`;
    return { line, column, found, at };
  }
}

/**
 * What an editor most likely has to change at a syntax error (for the command line's `validate`): a
 * comma before `}` or `]`, curly or single quotes, a line break inside a text, a missing comma, a comment.
 */
export function jsonErrorHint(text: string, { at }: JsonErrorPlace): string | undefined {
  const c = text[at] ?? '';
  const before = text.slice(0, at).trimEnd().slice(-1);
  if ('}]'.includes(c) && c && before === ',') return `remove the comma before the '${c}'`;
  if ('\u201C\u201D\u201E\u2018\u2019\u00AB\u00BB'.includes(c) && c) return 'use straight double quotes (") as JSON does, not curly ones (a word processor writes those)';
  if (c === "'") return 'JSON puts texts and field names in double quotes ("), not single ones';
  if (c === '\n' || c === '\r') return 'a text cannot go over two lines: write \\n for a line break, or close the quote';
  if (c === '\t') return 'write \\t for a tab inside a text';
  if (c === '/') return 'JSON has no comments: remove it';
  if (c === '"' && /["\]}\d\w]/.test(before)) return 'a comma is missing before it';
  if (/[A-Za-z_]/.test(c) && (before === '{' || before === ',')) return 'field names go in double quotes (")';
  if (at >= text.length) return "a closing '}' or ']' is missing, or the file is cut short";
  return undefined;
}
