// A network's `shortName` ("NFP Group"): what menus and headings show for a network without an acronym.
// Needs `npm run build` first (it imports the parser from packages/feed/dist).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatProblem, matchesFilter, parseFeed } from '../../packages/feed/dist/index.js';
import { formatFeed } from '../../packages/feed/dist/format-feed.js';

const NAME = 'RCC Group of National Focal Points for Prevention and Countering Violent Extremism in South East Europe';
const events = [{ id: 'nfp-7', title: '7th Meeting', start: '2019-04-23', networks: ['nfp-group'] }];
const feedWith = (shortName) => ({ version: 1, language: 'en', networks: [{ id: 'nfp-group', name: NAME, shortName }], events });

test('a plain string is the short name in the feed’s language', () => {
  const { feed, problems } = parseFeed(feedWith('NFP Group'));
  assert.deepEqual(problems, []);
  assert.deepEqual(feed.networks.get('nfp-group').shortName, { en: 'NFP Group' });
});

test('a map gives the short name by language, like every text of the feed', () => {
  const { feed, problems } = parseFeed(feedWith({ en: 'NFP Group', de: 'NFP-Gruppe' }));
  assert.deepEqual(problems, []);
  assert.deepEqual(feed.networks.get('nfp-group').shortName, { en: 'NFP Group', de: 'NFP-Gruppe' });
});

test('a network without one has none, and an empty one is none', () => {
  assert.equal('shortName' in parseFeed(feedWith(undefined)).feed.networks.get('nfp-group'), false);
  assert.equal('shortName' in parseFeed(feedWith('  ')).feed.networks.get('nfp-group'), false);
});

test('a short name that is not text is reported with its path and ignored; the network stays', () => {
  for (const [value, at] of [
    [42, 'networks[0].shortName'],
    [['NFP Group'], 'networks[0].shortName'],
    [{ en: 7 }, 'networks[0].shortName.en'],
  ]) {
    const { feed, problems } = parseFeed(feedWith(value));
    const text = problems.map(formatProblem);
    assert.ok(text.some((p) => p.startsWith(at)), `${JSON.stringify(value)}: ${text.join('\n')}`);
    assert.equal(feed.networks.get('nfp-group').name.en, NAME);
    assert.equal(feed.networks.get('nfp-group').shortName, undefined);
  }
});

test('formatting puts shortName after acronym and before description', () => {
  const text = formatFeed({ version: 1, networks: [{ description: 'd', shortName: 'NFP Group', acronym: 'NFP', name: NAME, id: 'nfp-group' }], events: [] });
  const keys = Object.keys(JSON.parse(text).networks[0]);
  assert.deepEqual(keys, ['id', 'name', 'acronym', 'shortName', 'description']);
});

test('a search for the short name, in any language, finds the network’s events', () => {
  const { feed } = parseFeed(feedWith({ en: 'NFP Group', de: 'NFP-Gruppe' }));
  assert.equal(matchesFilter(feed, feed.events[0], { query: 'nfp group' }), true);
  assert.equal(matchesFilter(feed, feed.events[0], { query: 'NFP-Gruppe' }), true);
  assert.equal(matchesFilter(feed, feed.events[0], { query: 'RNNC' }), false);
});
