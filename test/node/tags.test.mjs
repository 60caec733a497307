// Topic labels (the feed's top-level `tags`): read, reported when broken, merged from period files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatProblem, mergeFeeds, parseFeed } from '../../packages/feed/dist/index.js';

const events = [{ id: 'w', title: 'Workshop', start: '2019-04-24', tags: ['p-cve', 'untitled'] }];

test('tags give topics their labels; an event may name a tag without one', () => {
  const { feed, problems } = parseFeed({ version: 1, tags: [{ id: 'p-cve', name: { en: 'P/CVE', de: 'P/CVE' } }], events });
  assert.deepEqual(problems, []);
  assert.deepEqual(feed.tags.get('p-cve'), { id: 'p-cve', name: { en: 'P/CVE', de: 'P/CVE' } });
  assert.equal(feed.tags.has('untitled'), false);
  assert.deepEqual(feed.events[0].tags, ['p-cve', 'untitled']);
});

test('a tag without a name, or with a field the format does not know, is reported with its path', () => {
  const { feed, problems } = parseFeed({ version: 1, tags: [{ id: 'x' }, { id: 'y', name: 'Y', colour: 'red' }], events });
  const text = problems.map(formatProblem);
  assert.ok(text.some((p) => p.startsWith('tags[0]')), text.join('\n'));
  assert.ok(text.some((p) => p.startsWith('tags[1].colour')), text.join('\n'));
  assert.equal(feed.tags.has('x'), false);
  assert.equal(feed.tags.get('y').name.en, 'Y');
});

test('labels from period files join the index’s; the index’s win', () => {
  const index = parseFeed({ version: 1, tags: [{ id: 'a', name: 'A (index)' }], events: [] }).feed;
  const part = parseFeed({ version: 1, tags: [{ id: 'a', name: 'A (part)' }, { id: 'b', name: 'B' }], events }).feed;
  const merged = mergeFeeds(index, [part]);
  assert.equal(merged.tags.get('a').name.en, 'A (index)');
  assert.equal(merged.tags.get('b').name.en, 'B');
});
