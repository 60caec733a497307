// An index feed may list at most 1,200 period files (one a month for a century): a timeline fetches every one
// in each visitor's browser, and an index of 20,000 made it send 20,000 requests. The parser reports the rest and
// leaves them out (the earliest: a view opens on today); the schema says so to an editor, the CLI to a web team.
// Needs packages/feed/dist (node scripts/.prof/build-feed.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parseFeed } from '../../packages/feed/dist/index.js';
import { runCli } from '../fixtures/cli/run-cli.mjs';

const MAX = 1200;
const day = (i) => new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10);
/** An index of `n` one-day periods, written newest first, with an event and an organisation of its own. */
const index = (n) => ({
  version: 1,
  timeZone: 'UTC',
  organisations: [{ id: 'iisg', name: 'IISG' }],
  periods: Array.from({ length: n }, (_, i) => ({ from: day(n - 1 - i), to: day(n - 1 - i), url: `p-${n - 1 - i}.json` })),
  events: [{ id: 'next', title: 'Next meeting', start: '2030-01-01', organisers: ['iisg'] }],
});

test('an index of 1,250 periods keeps the latest 1,200, says so once, and loses nothing else', () => {
  const { feed, problems } = parseFeed(index(1250), { viewerTimeZone: 'UTC' });
  assert.deepEqual(problems.map((p) => [p.severity, p.code, p.path, p.message]), [
    ['error', 'too-many-periods', 'periods', '1250 periods, more than 1200: the 50 earliest are ignored; split the archive by year'],
  ]);
  assert.equal(feed.periods.length, MAX);
  assert.deepEqual([feed.periods[0].url, feed.periods.at(-1).url], ['p-50.json', 'p-1249.json']);
  assert.deepEqual(feed.events.map((e) => e.id), ['next']);
  assert.deepEqual([...feed.organisations.keys()], ['iisg']);
});

test('an index of 20,000 periods is read as 1,200', () => {
  const { feed, problems } = parseFeed(index(20_000), { viewerTimeZone: 'UTC' });
  assert.equal(feed.periods.length, MAX);
  assert.deepEqual(problems.map((p) => p.code), ['too-many-periods']);
});

test('1,200 periods are read without a problem; periods left out as broken do not count', () => {
  assert.deepEqual(parseFeed(index(MAX), { viewerTimeZone: 'UTC' }).problems, []);
  const feed = index(MAX);
  feed.periods.push({ from: '2019-01-01', url: 'no-end.json' });
  const result = parseFeed(feed, { viewerTimeZone: 'UTC' });
  assert.equal(result.feed.periods.length, MAX);
  assert.deepEqual(result.problems.map((p) => p.code), ['invalid-period']);
});

test('iisg-feed validate reports too many periods at the line and column of the list, as an error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-periods-cap-'));
  const file = join(dir, 'index.json');
  writeFileSync(file, JSON.stringify(index(MAX + 1), null, 2));
  const { code, stdout } = await runCli(['validate', file]);
  assert.equal(code, 1);
  assert.equal(stdout.trim(), `${file}:10:14: error: 1201 periods, more than 1200: the 1 earliest are ignored; split the archive by year (periods)`);
});

test('the schema allows 1,200 periods and no more, as the parser', () => {
  const schema = JSON.parse(readFileSync(new URL('../../packages/feed/feed.schema.json', import.meta.url), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strictTypes: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  assert.equal(validate(index(MAX)), true, JSON.stringify(validate.errors));
  assert.equal(validate(index(MAX + 1)), false);
  assert.deepEqual(validate.errors.map((e) => [e.instancePath, e.keyword]), [['/periods', 'maxItems']]);
});
