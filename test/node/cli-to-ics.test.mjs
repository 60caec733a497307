// `iisg-feed to-ics`: the whole feed as one subscribable .ics, read back by ical.js. Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { DEMO, runCli } from '../fixtures/cli/run-cli.mjs';

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
  const written = await runCli(['to-ics', DEMO, '-o', out, '--name', 'Western Balkans P/CVE']);
  assert.equal(written.code, 0);
  assert.equal(written.stderr, `15 events written to ${out}\n`);
  assert.match(readFileSync(out, 'utf8'), /\r\nX-WR-CALNAME:Western Balkans P\/CVE\r\n/);

  const broken = await runCli(['to-ics', 'test/fixtures/cli/broken-feed.json']);
  assert.equal(broken.code, 1);
  assert.match(broken.stderr, /broken-feed\.json: error: events\[1\]\.start: '2019-02-30' is not a date/);
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
  const { code, stderr } = await runCli(['to-ics', feed, '-o', out]);
  assert.equal(code, 1);
  assert.equal(stderr, `${feed}: error: events[0].start: its start is 0000-06-01, outside the years 0001 to 9999 that an iCalendar file can hold; the event is left out of the calendar\n1 event written to ${out}\n`);
  const events = new ICAL.Component(ICAL.parse(readFileSync(out, 'utf8'))).getAllSubcomponents('vevent');
  assert.deepEqual(events.map((e) => e.getFirstPropertyValue('uid')), ['b@iisg-events']);
});
