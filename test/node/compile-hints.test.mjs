// The drop-in modules a page runs as soon as it has them (each element's module, and the feed parser) begin
// with V8's compile hint, so Chromium compiles them off the main thread (scripts/compile-hints.mjs; README,
// Speed); the on-demand chunks do not; and the source maps still point at the right lines after the added one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';

const HINT = '//# allFunctionsCalledOnLoad\n';
const entries = readdirSync('dist').filter((f) => f.endsWith('.min.js'));
const chunks = readdirSync('dist/chunks').filter((f) => f.endsWith('.js'));

test('each element’s module and its parser chunk begin with the compile hint; on-demand chunks do not', () => {
  assert.equal(entries.length, 5, `the five drop-in modules (run npm run build first): ${entries}`);
  for (const file of entries) assert.ok(readFileSync(`dist/${file}`, 'utf8').startsWith(HINT), file);
  const parsers = chunks.filter((f) => f.includes('-feed-parser-'));
  assert.equal(parsers.length, 5, `one parser chunk per module: ${parsers}`);
  for (const file of parsers) assert.ok(readFileSync(`dist/chunks/${file}`, 'utf8').startsWith(HINT), file);
  const lazy = chunks.filter((f) => !f.includes('-feed-parser-'));
  assert.ok(lazy.some((f) => f.includes('-list-view-')) && lazy.some((f) => f.includes('-sq-')), `on-demand chunks: ${lazy}`);
  for (const file of lazy) assert.ok(!readFileSync(`dist/chunks/${file}`, 'utf8').includes('allFunctionsCalledOnLoad'), file);
});

test('the source maps still name the line a piece of minified code came from', () => {
  const where = (file, needle) => {
    const code = readFileSync(file, 'utf8');
    const lines = code.split('\n');
    const line = lines.findIndex((l) => l.includes(needle));
    assert.ok(line >= 0, `${needle} in ${file}`);
    const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    const at = map.originalPositionFor({ line: line + 1, column: lines[line].indexOf(needle) });
    return map.sourceContentFor(at.source).split('\n')[at.line - 1];
  };
  assert.match(where('dist/iisg-event-calendar.min.js', 'customElements.define('), /customElements\.define\(tag, element\)/);
  const parser = chunks.find((f) => f.startsWith('iisg-event-calendar-feed-parser-'));
  assert.match(where(`dist/chunks/${parser}`, 'is not an IANA time zone'), /is not an IANA time zone/);
});
