import { keyName } from './problems.js';

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
 * Positions of the values at `wanted` paths and of their ancestors (every path when `wanted` is left
 * out). Subtrees that hold no wanted path are skipped without building their paths, so locating a few
 * problems in a 30 MB feed costs one quick pass.
 */
export function jsonPositions(text: string, wanted?: Iterable<string>): Map<string, JsonPosition> {
  const found = new Map<string, JsonPosition>();
  let keep: ((path: string) => boolean) | undefined;
  if (wanted) {
    const paths = new Set<string>(['']);
    for (const path of wanted) for (let p: string | undefined = path; p !== undefined; p = parentPath(p)) paths.add(p);
    keep = (path) => paths.has(path);
  }
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
      for (;;) {
        space();
        if (text[i] !== '"') fail();
        const [kLine, kColumn] = [line, i - lineStart + 1];
        const raw = string();
        space();
        if (text[i++] !== ':') fail();
        let child: string | undefined;
        if (path !== undefined) {
          const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
          // A long key as problems name it (`keyName`).
          child = path ? `${path}.${keyName(key)}` : keyName(key);
          if (keep && !keep(child)) child = undefined;
        }
        value(child, kLine, kColumn);
        space();
        const next = text[i++];
        if (next === '}') return;
        if (next !== ',') fail();
      }
    } else if (c === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (let n = 0; ; n++) {
        let child = path === undefined ? undefined : `${path}[${n}]`;
        if (keep && child !== undefined && !keep(child)) child = undefined;
        value(child);
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
    if (!(error instanceof SyntaxError || error instanceof RangeError)) throw error;
  }
  return found;
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
