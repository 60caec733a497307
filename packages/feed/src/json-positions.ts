import { keyName, shorten } from './problems.js';
import { isStackOverflow } from './json-error.js';

/**
 * Where each value of a JSON text starts, by the JSON path `parseFeed` writes in its problems
 * (`events[4].start`, `countries.XK.name`, `` for the whole text): line and column, both from 1,
 * columns in UTF-16 code units as editors count them. Object members also give their key's place,
 * for problems about the key itself (`unknown-field`). Stops quietly at the first syntax error:
 * `findJsonError` says where that is.
 */
export interface JsonPosition {
  line: number;
  column: number;
  /** The member's key, for a value inside an object. */
  keyLine?: number;
  keyColumn?: number;
}

/**
 * A place where `JSON.parse` does not give back what the text says, so that writing the parsed value again
 * (`formatFeed`) would change it: a key given twice in one object (the last value wins), or a number that a
 * JSON number cannot hold exactly (`12345678901234567890` is read as 12345678901234567000).
 */
export interface JsonLoss {
  code: 'duplicate-key' | 'inexact-number';
  /** The JSON path of the second key, or of the number, as `parseFeed` writes paths. */
  path: string;
  line: number;
  column: number;
  message: string;
}

/**
 * Positions of the values at `wanted` paths and of their ancestors (every path when `wanted` is left
 * out). Subtrees that hold no wanted path are skipped without building their paths, so locating a few
 * problems in a 30 MB feed costs one quick pass.
 */
export function jsonPositions(text: string, wanted?: Iterable<string>): Map<string, JsonPosition> {
  return walkJson(text, wanted).found;
}

/** Every `JsonLoss` of a JSON text, in text order, up to its first syntax error. */
export function jsonLosses(text: string): JsonLoss[] {
  return walkJson(text, [], true).losses;
}

function walkJson(text: string, wanted?: Iterable<string>, findLosses = false) {
  const found = new Map<string, JsonPosition>();
  const losses: JsonLoss[] = [];
  let keep: ((path: string) => boolean) | undefined;
  if (wanted) {
    const paths = new Set<string>(['']);
    for (const path of wanted) for (let p: string | undefined = path; p !== undefined; p = parentPath(p)) paths.add(p);
    keep = (path) => paths.has(path);
  }
  // Where the walk is (keys and indexes), for the path of a loss: built only when there is one.
  const stack: (string | number)[] = [];
  // The keys of the objects open, for keys given twice: each object's after those of the objects around it, with
  // where each is, from `keyCount` at its start. Compared one by one (a feed's objects have a few keys each),
  // and looked up in a Map in an object with more: a Map and a "line, column" text for every object and key made
  // validate's extra pass as slow as JSON.parse.
  const keyList: string[] = [];
  const keyLines: number[] = [];
  const keyColumns: number[] = [];
  let keyCount = 0;
  const here = () => stack.reduce<string>((path, step) => (typeof step === 'number' ? `${path}[${step}]` : path ? `${path}.${keyName(step)}` : keyName(step)), '');
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = i;
  const fail = (): never => {
    throw new SyntaxError();
  };
  const space = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        line++;
        lineStart = ++i;
      } else if (c === 32 || c === 9 || c === 13) i++;
      else return;
    }
  };
  /** Skips a string from its opening quote; returns its raw text without quotes. */
  const string = (): string => {
    const start = ++i;
    for (;;) {
      const end = text.indexOf('"', i);
      if (end < 0) fail();
      let slashes = 0;
      while (text.charCodeAt(end - 1 - slashes) === 92) slashes++;
      i = end + 1;
      if (slashes % 2 === 0) return text.slice(start, end);
    }
  };
  const scalar = () => {
    const start = i;
    while (i < text.length && !' \t\r\n,]}'.includes(text[i])) i++;
    if (i === start) fail();
    // Up to 15 digits and no exponent, a number is always read back exactly (a double holds 15 digits).
    const number = findLosses && (i - start > 15 || /[eE]/.test(text.slice(start, i))) ? text.slice(start, i) : '';
    if (NUMBER.test(number)) {
      const read = JSON.stringify(Number(number));
      if (numberKey(number) !== numberKey(read)) {
        losses.push({
          code: 'inexact-number',
          path: here(),
          line,
          column: start - lineStart + 1,
          message: `the number ${shorten(number)} cannot be held exactly: a JSON reader reads it as ${shorten(read)}; if it is an id or a code, write it in quotes ("${shorten(number)}"), else write ${shorten(read)}`,
        });
      }
    }
  };
  const value = (path: string | undefined, keyLine?: number, keyColumn?: number): void => {
    space();
    if (!/[[{"\-0-9tfn]/.test(text[i] ?? '')) fail();
    if (path !== undefined) {
      const position: JsonPosition = { line, column: i - lineStart + 1 };
      if (keyLine !== undefined) Object.assign(position, { keyLine, keyColumn });
      found.set(path, position);
    }
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      const base = keyCount;
      let index: Map<string, number> | undefined;
      for (;;) {
        space();
        if (text[i] !== '"') fail();
        const [kLine, kColumn] = [line, i - lineStart + 1];
        const raw = string();
        space();
        if (text[i++] !== ':') fail();
        let child: string | undefined;
        const key = path !== undefined || findLosses ? (raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw) : '';
        if (path !== undefined) {
          // A long key as problems name it (`keyName`).
          child = path ? `${path}.${keyName(key)}` : keyName(key);
          if (keep && !keep(child)) child = undefined;
        }
        stack.push(key);
        if (findLosses) {
          let first = index ? (index.get(key) ?? -1) : -1;
          for (let k = base; !index && k < keyCount; k++) {
            if (keyList[k] === key) {
              first = k;
              break;
            }
          }
          if (first >= 0) {
            losses.push({
              code: 'duplicate-key',
              path: here(),
              line: kLine,
              column: kColumn,
              message: `'${keyName(key)}' is given twice in this object (first at line ${keyLines[first]}, column ${keyColumns[first]}); a JSON reader keeps only the last value, so the first is lost: remove one`,
            });
          } else {
            keyList[keyCount] = key;
            keyLines[keyCount] = kLine;
            keyColumns[keyCount] = kColumn;
            keyCount++;
            if (index) index.set(key, keyCount - 1);
            else if (keyCount - base > 16) {
              index = new Map();
              for (let k = base; k < keyCount; k++) index.set(keyList[k], k);
            }
          }
        }
        value(child, kLine, kColumn);
        stack.pop();
        space();
        const next = text[i++];
        if (next === '}') {
          keyCount = base;
          return;
        }
        if (next !== ',') fail();
      }
    } else if (c === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (let n = 0; ; n++) {
        let child = path === undefined ? undefined : `${path}[${n}]`;
        if (keep && child !== undefined && !keep(child)) child = undefined;
        stack.push(n);
        value(child);
        stack.pop();
        space();
        const next = text[i++];
        if (next === ']') return;
        if (next !== ',') fail();
      }
    } else if (c === '"') string();
    else scalar();
  };
  try {
    value('');
  } catch (error) {
    // A value nested deeper than the stack goes (thousands of levels) ends the walk as a syntax error does:
    // what was found stands, and problems inside it are placed at the nearest of those.
    if (!(error instanceof SyntaxError || isStackOverflow(error))) throw error;
  }
  return { found, losses };
}

const NUMBER = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** A JSON number's value as sign, significant digits and exponent (`1.50e3` and `1500` → `15e2`), to compare two. */
function numberKey(number: string): string {
  const m = NUMBER.exec(number);
  if (!m) return number; // null, for a number too large to be one
  const digits = (m[2] + (m[3] ?? '')).replace(/^0+/, '');
  const significant = digits.replace(/0+$/, '');
  if (!significant) return '0';
  return `${m[1]}${significant}e${Number(m[4] ?? 0) - (m[3]?.length ?? 0) + digits.length - significant.length}`;
}

/** `events[4]` for `events[4].start`, `events` for `events[4]`, `` for `events`; undefined for ``. */
export function parentPath(path: string): string | undefined {
  if (!path) return undefined;
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut < 0 ? '' : path.slice(0, cut);
}

/** The place of `path`, or of its nearest ancestor that is in the text (a missing field's object). */
export function positionOf(positions: ReadonlyMap<string, JsonPosition>, path: string): JsonPosition & { exact: boolean } {
  for (let p: string | undefined = path; p !== undefined; p = parentPath(p)) {
    const position = positions.get(p);
    if (position) return { ...position, exact: p === path };
  }
  return { line: 1, column: 1, exact: false };
}
