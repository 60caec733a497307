// jsonPositions (packages/feed/src/json-positions.ts): the JSON path → line:column scanner behind
// `iisg-feed validate`. Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonLosses, jsonPositions, parentPath, positionOf } from '../../packages/feed/dist/json-positions.js';
import { DEMO, readText } from '../fixtures/cli/run-cli.mjs';

/** Every path of a parsed JSON value, written as parseFeed writes them. */
function pathsOf(value, path = '', out = []) {
  out.push([path, value]);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) pathsOf(item, path ? `${path}.${key}` : key, out);
  return out;
}

test('every value of the demo feed is found, and its position is where the value is written', () => {
  const text = readText(DEMO);
  const lines = text.split('\n');
  const positions = jsonPositions(text);
  const paths = pathsOf(JSON.parse(text));
  assert.equal(positions.size, paths.length);
  for (const [path, value] of paths) {
    const at = positions.get(path);
    assert.ok(at, path);
    const rest = lines[at.line - 1].slice(at.column - 1);
    const expected = value === null || typeof value !== 'object' ? JSON.stringify(value) : Array.isArray(value) ? '[' : '{';
    assert.ok(rest.startsWith(expected), `${path} at ${at.line}:${at.column}: ${rest.slice(0, 40)}`);
  }
});

test('keys with escapes, strings with escaped quotes, CRLF, a BOM and non-ASCII text', () => {
  const text = '\uFEFF{"a\\"b": "x\\\\", "ü": ["é\\"", {"k": true}],\r\n "n": -1.5e3, "z": null}';
  const positions = jsonPositions(text);
  assert.deepEqual(positions.get(''), { line: 1, column: 1 });
  assert.deepEqual(positions.get('a"b'), { line: 1, column: 10, keyLine: 1, keyColumn: 2 });
  assert.deepEqual(positions.get('ü'), { line: 1, column: 22, keyLine: 1, keyColumn: 17 });
  assert.deepEqual(positions.get('ü[1].k'), { line: 1, column: 36, keyLine: 1, keyColumn: 31 });
  assert.deepEqual(positions.get('n'), { line: 2, column: 7, keyLine: 2, keyColumn: 2 });
  assert.deepEqual(positions.get('z'), { line: 2, column: 20, keyLine: 2, keyColumn: 15 });
});

test('with wanted paths, only those and their ancestors are recorded', () => {
  const text = '{"events": [{"id": "a", "start": "x"}, {"id": "b", "start": "y"}], "title": "T"}';
  const positions = jsonPositions(text, ['events[1].start']);
  assert.deepEqual([...positions.keys()].sort(), ['', 'events', 'events[1]', 'events[1].start']);
  assert.equal(positions.get('events[1].start').column, 61);
});

test('a missing field is placed at its nearest ancestor; a syntax error keeps what came before it', () => {
  const positions = jsonPositions('{"events": [\n  {"id": "a"}\n], "x": [1, }');
  assert.deepEqual(positionOf(positions, 'events[0].title'), { line: 2, column: 3, exact: false });
  assert.deepEqual(positionOf(positions, 'events[0].id'), { line: 2, column: 10, keyLine: 2, keyColumn: 4, exact: true });
  assert.equal(positions.has('x[0]'), true);
  assert.equal(positions.has('x[1]'), false);
  assert.deepEqual(positionOf(new Map(), 'a.b'), { line: 1, column: 1, exact: false });
});

test('parentPath walks up JSON paths', () => {
  assert.equal(parentPath('events[4].location.lat'), 'events[4].location');
  assert.equal(parentPath('events[4]'), 'events');
  assert.equal(parentPath('events'), '');
  assert.equal(parentPath(''), undefined);
});

test('jsonLosses: keys given twice (escaped or not, at any depth) and numbers a double cannot hold, in text order', () => {
  const text = '{"a": 1, "b": {"k": [9007199254740993, 9007199254740992, -0, 1.5e3, 1e400], "\\u006b": 2}, "a": 3}';
  assert.deepEqual(jsonLosses(text).map(({ code, path, line, column }) => [code, path, line, column]), [
    ['inexact-number', 'b.k[0]', 1, 22],
    ['inexact-number', 'b.k[4]', 1, 69],
    ['duplicate-key', 'b.k', 1, 77],
    ['duplicate-key', 'a', 1, 91],
  ]);
  assert.match(jsonLosses(text)[1].message, /reads it as null/);
  assert.deepEqual(jsonLosses(readText(DEMO)), []);
});

test('jsonLosses: a key is compared with its own object\'s keys only, in small objects and in large ones', () => {
  // Inner objects and siblings reuse the outer keys: not given twice.
  const nested = '{"id": 1, "x": {"id": 2, "y": {"id": 3}}, "list": [{"id": 4}, {"id": 5, "x": 6}], "z": 7}';
  assert.deepEqual(jsonLosses(nested), []);
  // 20 keys (looked up in a Map past 16): the duplicate of the second, and one after an inner object.
  const keys = Array.from({ length: 20 }, (_, n) => `"k${n}": ${n}`);
  const large = `{\n${keys.join(',\n')},\n"inner": {"k1": 0},\n"k1": 1,\n"k19": {"k19": 2}\n}`;
  assert.deepEqual(jsonLosses(large).map(({ code, path, line, column, message }) => [code, path, line, column, message]), [
    ['duplicate-key', 'k1', 23, 1, "'k1' is given twice in this object (first at line 3, column 1); a JSON reader keeps only the last value, so the first is lost: remove one"],
    ['duplicate-key', 'k19', 24, 1, "'k19' is given twice in this object (first at line 21, column 1); a JSON reader keeps only the last value, so the first is lost: remove one"],
  ]);
  const small = '{"a": 1,\n "b": {"a": 2},\n   "a": 3}';
  assert.deepEqual(jsonLosses(small).map(({ path, line, column, message }) => [path, line, column, message.split(';')[0]]), [['a', 3, 4, "'a' is given twice in this object (first at line 1, column 2)"]]);
});
