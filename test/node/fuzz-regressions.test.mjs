// Failures test/node/feed-fuzz.test.mjs found, each kept as a plain test of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../packages/feed/dist/index.js';

/** Milliseconds `run` takes. */
function time(run) {
  const started = performance.now();
  run();
  return performance.now() - started;
}

test('a feed with huge unknown field names parses quickly, each reported without a suggestion', () => {
  const events = Array.from({ length: 20 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: '2019-04-23', [`${'x'.repeat(100_000)}${i}`]: 1 }));
  let result;
  // Each name was compared letter by letter with every field name: about 60 ms a name, 1.2 s for these.
  const ms = time(() => (result = parseFeed({ version: 1, events })));
  assert.ok(ms < 300, `${Math.round(ms)} ms`);
  assert.equal(result.feed.events.length, 20);
  const unknown = result.problems.filter((p) => p.code === 'unknown-field');
  assert.equal(unknown.length, 20);
  assert.ok(unknown.every((p) => !p.message.includes('did you mean')));
  // Near misses still get one.
  assert.match(parseFeed({ version: 1, events: [{ id: 'a', title: 'A', start: '2019-04-23', titel: 'x' }] }).problems[0].message, /did you mean 'title'/);
});
