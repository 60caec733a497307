// `iisg-feed to-ics`: the whole feed as one subscribable .ics, read back by ical.js. Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { DEMO, runCli, serve } from '../fixtures/cli/run-cli.mjs';

test('the demo feed as one calendar: every event, named after the feed, in the language asked for', async () => {
  const { code, stdout, stderr } = await runCli(['to-ics', DEMO, '--lang', 'sq']);
  assert.equal(code, 0, stderr);
  const calendar = new ICAL.Component(ICAL.parse(stdout));
  const events = calendar.getAllSubcomponents('vevent');
  assert.equal(events.length, 15);
  assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), 'Ngjarjet e IISG / WBCTi');
  const rnnc3 = events.find((e) => e.getFirstPropertyValue('uid') === 'rnnc-3@iisg-events');
  assert.match(rnnc3.getFirstPropertyValue('summary'), /^Takimi i tretë/);
  assert.ok(stdout.includes('\r\n') && !/[^\r]\n/.test(stdout), 'CRLF line ends only');
});

test('-o writes a file; --name names the calendar; a feed with a dropped event exits 1 but keeps the others', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-to-ics-'));
  const out = join(dir, 'events.ics');
  const written = await runCli(['to-ics', DEMO, '-o', out, '--name', 'Western Balkans P/CVE', '--domain', 'www.rcc.int']);
  assert.equal(written.code, 0);
  assert.equal(written.stderr, `15 events written to ${out}\n`);
  assert.match(readFileSync(out, 'utf8'), /\r\nX-WR-CALNAME:Western Balkans P\/CVE\r\n/);

  const broken = await runCli(['to-ics', 'test/fixtures/cli/broken-feed.json']);
  assert.equal(broken.code, 1);
  assert.match(broken.stderr, /broken-feed\.json:28:16: error: '2019-02-30' is not a date: February 2019 has 28 days; the event is left out \(events\[1\]\.start\)\n/);
  assert.equal((broken.stdout.match(/BEGIN:VEVENT/g) ?? []).length, 4);

  const notJson = await runCli(['to-ics', 'test/fixtures/cli/syntax-error.json']);
  assert.equal(notJson.code, 1);
  assert.equal(notJson.stdout, '');
});

test('an event an .ics cannot hold (the year 0) is reported with its path, left out, and exits 1', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-to-ics-'));
  const feed = join(dir, 'feed.json');
  writeFileSync(feed, JSON.stringify({ version: 1, events: [{ id: 'a', title: 'A', start: '0000-06-01' }, { id: 'b', title: 'B', start: '2019-04-23' }] }));
  const out = join(dir, 'events.ics');
  const { code, stderr } = await runCli(['to-ics', feed, '-o', out, '--domain', 'www.rcc.int']);
  assert.equal(code, 1);
  assert.equal(stderr, `${feed}:1:54: error: its start is 0000-06-01, outside the years 0001 to 9999 that an iCalendar file can hold; the event is left out of the calendar (events[0].start)\n1 event written to ${out}\n`);
  const events = new ICAL.Component(ICAL.parse(readFileSync(out, 'utf8'))).getAllSubcomponents('vevent');
  assert.deepEqual(events.map((e) => e.getFirstPropertyValue('uid')), ['b@iisg-events.www.rcc.int']);
});

// A UID of the event id alone ('rnnc-7@iisg-events') is the same for every publisher's feed with that id: a calendar
// that imports two such files keeps one event of each pair (RFC 5545 3.8.4.7 wants a UID unique everywhere).
test('--domain (or a feed URL\'s host) puts the publisher\'s host in every UID, the same at every export; from-ics reads the ids back', async () => {
  const uids = (ics) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid'));
  const first = await runCli(['to-ics', DEMO, '--domain', 'www.RCC.int']);
  assert.equal(first.code, 0, first.stderr);
  assert.equal(first.stderr, '');
  const written = uids(first.stdout);
  assert.equal(written.length, 15);
  assert.ok(written.includes('rnnc-3@iisg-events.www.rcc.int'), written.join(' '));
  assert.ok(written.every((uid) => uid.endsWith('@iisg-events.www.rcc.int')));
  // Stable: the same UIDs at the next export.
  assert.deepEqual(uids((await runCli(['to-ics', DEMO, '--domain', 'www.rcc.int'])).stdout), written);
  // Another publisher's feed with the same ids writes other UIDs.
  const other = uids((await runCli(['to-ics', DEMO, '--domain', 'events.example.org'])).stdout);
  assert.equal(other.filter((uid) => written.includes(uid)).length, 0);
  // Without a host: the ids alone, as before, and a warning that says what to give.
  const bare = await runCli(['to-ics', DEMO]);
  assert.ok(uids(bare.stdout).includes('rnnc-3@iisg-events'));
  assert.match(bare.stderr, /warning: the events' UIDs are their ids alone .* give --domain with the host the feed is published on/);
  // A feed read from its URL: that URL's host, without a word.
  const server = await serve({ '/events.json': [200, 'application/json', readFileSync(DEMO)] });
  try {
    const fetched = await runCli(['to-ics', server.url('/events.json')]);
    assert.equal(fetched.stderr, '');
    assert.ok(uids(fetched.stdout).includes('rnnc-3@iisg-events.127.0.0.1'));
  } finally {
    await server.close();
  }
  // Not a host: refused before anything is written.
  const wrong = await runCli(['to-ics', DEMO, '--domain', 'https://www.rcc.int/events']);
  assert.equal(wrong.code, 2);
  assert.match(wrong.stderr, /--domain: 'https:\/\/www\.rcc\.int\/events' is not a host name/);
  // Read back, the UIDs give the feed's own ids.
  const dir = mkdtempSync(join(tmpdir(), 'iisg-to-ics-'));
  const file = join(dir, 'events.ics');
  writeFileSync(file, first.stdout);
  const back = await runCli(['from-ics', file, '--from', '2017-01-01', '--to', '2020-12-31']);
  const ids = JSON.parse(back.stdout).events.map((e) => e.id);
  assert.ok(ids.includes('rnnc-3') && ids.every((id) => !id.includes('@')), ids.join(' '));
});
