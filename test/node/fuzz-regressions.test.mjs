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

test('a duplicate id of 100 KB is quoted short in its message, as every other value is', () => {
  const id = 'x'.repeat(100_000);
  const { feed, problems } = parseFeed({ version: 1, events: [{ id, title: 'A', start: '2019-04-23' }, { id, title: 'B', start: '2019-04-24' }] });
  assert.deepEqual(feed.events.map((e) => e.title.en), ['A', 'B']);
  const [duplicate] = problems;
  assert.equal(duplicate.code, 'duplicate-id');
  // The renamed id was written out whole: a 100,122-character line in a console.
  assert.ok(duplicate.message.length < 200, `${duplicate.message.length} characters`);
  assert.equal(duplicate.eventId, `${id}~2`);
  assert.equal(parseFeed({ version: 1, events: [{ id: 'a', title: 'A', start: '2019-04-23' }, { id: 'a', title: 'B', start: '2019-04-24' }] }).problems[0].message, "the id 'a' is also used by events[0]; this one is shown as 'a~2'");
});

test('validate places the problems of a feed nested 10,000 levels deep instead of throwing', async () => {
  const { validateFeed, locateProblems } = await import('../../packages/feed/dist/validate-feed.js');
  const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
  const text = `{"version": 1, "events": [\n{"id": "a", "title": "A", "start": "2019-04-23"},\n{"id": "b", "title": ${deep}, "start": "2019-04-23"}]}`;
  const { feed, problems } = validateFeed(text);
  assert.deepEqual(feed.events.map((e) => e.id), ['a']);
  // jsonPositions recursed into the list and let the stack overflow (RangeError) out of locateProblems.
  const located = locateProblems(text, problems);
  assert.deepEqual(located.map((p) => [p.code, p.path, p.line, p.column]), [['invalid-type', 'events[1].title', 3, 22], ['missing-title', 'events[1].title', 3, 22]]);
});
