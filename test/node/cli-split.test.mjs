// `iisg-feed split` and splitFeed (packages/feed/src/split-feed.ts): period files that are complete feeds,
// an index that lists them, and nothing lost. Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitFeed } from '../../packages/feed/dist/split-feed.js';
import { formatProblem, mergeFeeds, parseFeed } from '../../packages/feed/dist/index.js';
import { DEMO, readText, runCli } from '../fixtures/cli/run-cli.mjs';

const read = (path) => JSON.parse(readFileSync(path, 'utf8'));

test('the demo feed by year: one complete feed per year and an index; merged again, every event is there', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-split-'));
  const { code, stdout, stderr } = await runCli(['split', DEMO, '--by', 'year', '--out', dir]);
  assert.equal(code, 0, stderr);
  assert.deepEqual(stdout.trimEnd().split('\n'), [
    `${join(dir, 'events-2016.json')}: 1 event (2016-01-01 to 2016-12-31)`,
    `${join(dir, 'events-2017.json')}: 6 events (2017-01-01 to 2017-12-31)`,
    `${join(dir, 'events-2018.json')}: 4 events (2018-01-01 to 2018-12-31)`,
    `${join(dir, 'events-2019.json')}: 4 events (2019-01-01 to 2019-12-31)`,
    `${join(dir, 'feed.json')}: index of 4 period files`,
  ]);
  const index = read(join(dir, 'feed.json'));
  const demo = JSON.parse(readText(DEMO));
  assert.deepEqual(index.periods, [2016, 2017, 2018, 2019].map((y) => ({ from: `${y}-01-01`, to: `${y}-12-31`, url: `events-${y}.json` })));
  assert.deepEqual(index.events, []);
  assert.deepEqual(index.organisations, demo.organisations); // the index keeps all reference data, for views without events
  assert.deepEqual(index.networks, demo.networks);

  const parts = [];
  for (const period of index.periods) {
    const { feed, problems } = parseFeed(readText(join(dir, period.url)), { viewerTimeZone: 'UTC' });
    assert.deepEqual(problems.map(formatProblem), [], `${period.url} is a complete feed`);
    for (const event of feed.events) assert.ok(event.startDay >= Date.parse(period.from) / 864e5 && event.startDay <= Date.parse(period.to) / 864e5);
    parts.push(feed);
  }
  // Only what its events use: the 2019 file has the Tirana meetings' organisers, not every organisation.
  const y2019 = read(join(dir, 'events-2019.json'));
  const used = new Set(y2019.events.flatMap((e) => [...(e.organisers ?? []), ...(e.hosts ?? []), ...(e.funders ?? []), ...(e.supporters ?? []), ...(e.participants ?? [])]));
  for (const id of used) assert.ok(y2019.organisations.some((o) => o.id === id), id);
  assert.ok(y2019.organisations.length < demo.organisations.length);
  // Events copied as written.
  assert.deepEqual(y2019.events.find((e) => e.id === 'rnnc-3'), demo.events.find((e) => e.id === 'rnnc-3'));

  const merged = mergeFeeds(parseFeed(readText(join(dir, 'feed.json')), { viewerTimeZone: 'UTC' }).feed, parts);
  assert.deepEqual(merged.events.map((e) => e.id).sort(), demo.events.map((e) => e.id).sort());

  const validated = await runCli(['validate', '--periods', join(dir, 'feed.json')]);
  assert.equal(validated.code, 0, validated.stdout);
});

test('by month, with another index name', () => {
  const { index, files } = splitFeed(readText(DEMO), { by: 'month' });
  assert.equal(files.reduce((n, f) => n + f.feed.events.length, 0), 15);
  const april = files.find((f) => f.period === '2019-04');
  assert.deepEqual([april.name, april.from, april.to], ['events-2019-04.json', '2019-04-01', '2019-04-30']);
  assert.deepEqual(april.feed.events.map((e) => e.id), ['nfp-7', 'rnnc-3', 'iisg-pcve-coordination-albania-1']);
  assert.equal(index.periods.length, files.length);
});

test('by month over more than a century: more files than an index may list is an error, with what to do', () => {
  // 1,300 months from January 1900, one event each.
  const events = Array.from({ length: 1300 }, (_, i) => ({ id: `m${i}`, title: 'M', start: `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01` }));
  const { files, problems } = splitFeed({ version: 1, events }, { by: 'month' });
  assert.equal(files.length, 1300);
  assert.deepEqual(problems.map((p) => `${p.severity} ${formatProblem(p)}`), [
    'error periods: 1300 period files, more than the 1200 an index may list (the widgets ignore the earliest); split by year',
  ]);
  assert.deepEqual(splitFeed({ version: 1, events }, { by: 'year' }).problems, []);
});

// A feed with no event (the wrong file, an export cut short) wrote an index of no period file, over the published one
// too, and said so only as "index of 0 period files" on standard output.
test('a feed with no event: said on standard error, and not written over an index already there', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-split-'));
  const empty = join(dir, 'empty.json');
  writeFileSync(empty, '{"version":1,"events":[]}\n');
  const out = join(dir, 'site');
  const first = await runCli(['split', empty, '--out', out, '--index', 'feed.json']);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stderr, /empty\.json: warning: the feed has no event, so the index lists no period file/);
  assert.deepEqual(read(join(out, 'feed.json')).periods, []);

  const published = join(out, 'feed.json');
  const live = '{"version":1,"events":[],"periods":[{"from":"2019-01-01","to":"2019-12-31","url":"events-2019.json"}]}\n';
  writeFileSync(published, live);
  const again = await runCli(['split', empty, '--out', out, '--index', 'feed.json']);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /feed\.json: nothing written: it is there already, and the feed has no event/);
  assert.equal(readFileSync(published, 'utf8'), live);
});

test('a feed with an unreadable event is not split unless --force; an index is not split again', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-split-'));
  const refused = await runCli(['split', 'test/fixtures/cli/broken-feed.json', '--out', dir]);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /broken-feed\.json:28:16: error: '2019-02-30' is not a date: February 2019 has 28 days; the event is left out \(events\[1\]\.start\)\n/);
  assert.match(refused.stderr, /nothing written: fix the events above, or give --force/);
  assert.deepEqual(readdirSync(dir), []);

  const forced = await runCli(['split', 'test/fixtures/cli/broken-feed.json', '--out', dir, '--force', '--index', 'index.json']);
  assert.equal(forced.code, 1);
  assert.ok(existsSync(join(dir, 'index.json')));
  assert.deepEqual(read(join(dir, 'events-2019.json')).events.map((e) => e.id), ['rnnc-3b', 'nfp-7', 'nfp-7']);

  const again = splitFeed(readFileSync(join(dir, 'index.json'), 'utf8'));
  assert.equal(again.index, null);
  assert.equal(again.problems.at(-1).code, 'already-split');

  assert.equal((await runCli(['split', DEMO])).code, 2); // --out is needed
  assert.equal((await runCli(['split', DEMO, '--out', dir, '--by', 'week'])).code, 2);
});

test('a feed that splitting would change (a key given twice, a number JSON cannot hold) is not split unless --force', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-split-loss-'));
  const file = join(dir, 'feed.json');
  const text = '{"version": 1, "events": [{"id": "a", "title": "A", "title": "B", "start": "2019-04-23", "x-cms-id": 12345678901234567890}]}';
  writeFileSync(file, text);
  const refused = await runCli(['split', file, '--out', join(dir, 'out')]);
  assert.equal(refused.code, 1);
  assert.equal(existsSync(join(dir, 'out')), false);
  assert.match(refused.stderr, /feed\.json:1:\d+: error: .*title.*\n.*feed\.json:1:\d+: error: .*12345678901234567890.*\n.*nothing written: splitting would change the values above \(give --force to split anyway\)\n$/s);
  const forced = await runCli(['split', file, '--out', join(dir, 'out'), '--force']);
  assert.equal(forced.code, 0, forced.stderr);
  assert.ok(existsSync(join(dir, 'out', 'events-2019.json')));
});
