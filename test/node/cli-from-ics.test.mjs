// `iisg-feed from-ics` and feedFromIcs (packages/feed/src/from-ics.ts): an Outlook-style export written by
// hand with the quirks of real files, URLs, the recurrence window, and round trips through toIcs.
// Needs `npm run build` first.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { feedFromIcs, htmlToText } from '../../packages/feed/dist/from-ics.js';
import { toIcs } from '../../packages/feed/dist/to-ics.js';
import { WINDOWS_ZONES } from '../../packages/feed/dist/windows-zones.js';
import { formatProblem, isTimeZone, isoDate, parseFeed } from '../../packages/feed/dist/index.js';
import { DEMO, ROOT, fixture, readText, runCli, serve } from '../fixtures/cli/run-cli.mjs';

const ICS = 'test/fixtures/cli/outlook-export.ics';
const OUTLOOK_UID = '040000008200E00074C5B7101A82E00800000000D0A7F1E2A1B2DB01000000000000000010000000C3A2B1D0E9F8A7B6C5D4E3F2A1B0C9D8';

async function convert(args) {
  const { code, stdout, stderr } = await runCli(['from-ics', ...args]);
  return { code, feed: stdout ? JSON.parse(stdout) : null, stderr };
}

test('an Outlook export: zones, EXDATE, a moved occurrence, cancellations, all-day events, HTML and a private event', async () => {
  const { code, feed, stderr } = await convert([ICS, '--from', '2025-01-01', '--to', '2025-12-31']);
  assert.equal(code, 0, stderr);
  assert.equal(feed.title, 'RNNC Secretariat');
  // Outlook's "Central Europe Standard Time", the zone most events use, mapped as CLDR maps it.
  assert.equal(feed.timeZone, 'Europe/Budapest');
  const byId = Object.fromEntries(feed.events.map((e) => [e.id, e]));
  const brief = (e) => [e.start, e.end, e.timeZone, e.status].filter(Boolean).join(' ');

  // Weekly on Mondays until 31 March, 17 March excluded (EXDATE), 24 March moved to Tuesday 25 (RECURRENCE-ID).
  const calls = feed.events.filter((e) => e.id.startsWith(OUTLOOK_UID));
  assert.deepEqual(calls.map((e) => [e.id.slice(OUTLOOK_UID.length), brief(e), e.title]), [
    ['-20250303', '2025-03-03T10:00 2025-03-03T11:00', 'RNNC coordination call'],
    ['-20250310', '2025-03-10T10:00 2025-03-10T11:00', 'RNNC coordination call'],
    ['-20250324', '2025-03-25T14:00 2025-03-25T15:00', 'RNNC coordination call (moved to Tuesday)'],
    ['-20250331', '2025-03-31T10:00 2025-03-31T11:00', 'RNNC coordination call'],
  ]);
  // The description unfolded (a fold in the middle of "updates"), the Teams link as the online link, no "Microsoft Teams Meeting" place.
  assert.equal(calls[0].description, 'Weekly call of the national P/CVE coordinators. Agenda:\n- updates from each coordinator\n- preparation of the 9th RNNC meeting');
  assert.equal(calls[0].online, 'https://teams.example.org/l/meetup-join/19%3ameeting_rnnc');
  assert.equal(calls[0].location, undefined);
  assert.deepEqual(calls[0].organisers, ['iisg-support-group']);
  // Named by CN; an ORGANIZER's mailbox is not published as the organisation's website.
  assert.deepEqual(feed.organisations, [
    { id: 'iisg-support-group', name: 'IISG Support Group' },
    { id: 'regional-cooperation-council', name: 'Regional Cooperation Council' },
  ]);

  const nfp = byId['nfp-13-tirana@rcc.example'];
  assert.equal(brief(nfp), '2025-04-23T09:30 2025-04-23T17:00 Europe/Tirane cancelled'); // quoted TZID parameter
  assert.equal(nfp.title, '13th Meeting of the NFP Group, Tirana'); // "\," unescaped
  assert.equal(nfp.description, 'The RCC convenes the thirteenth meeting of its Group of National Focal Points; the meeting is cancelled and will be held later in the year.');
  assert.deepEqual(nfp.location, { venue: 'Hotel Tirana International, Skanderbeg Square', city: 'Tirana', country: 'AL', lat: 41.3275, lon: 19.8187 });
  assert.deepEqual(nfp.tags, ['meeting', 'p-cve']);
  assert.equal(nfp.url, 'https://www.rcc.example/events/nfp-13');

  assert.equal(brief(byId['western-balkans-ct-conference-2025@eeas.example']), '2025-04-15 2025-04-16'); // DTEND exclusive → end inclusive
  assert.deepEqual(byId['western-balkans-ct-conference-2025@eeas.example'].location, { city: 'Pristina', country: 'XK' });
  // Outlook's midnight-to-midnight all-day event, cancelled only by its "Canceled: " title.
  const donors = feed.events.find((e) => e.title === 'Donor coordination meeting');
  assert.equal(brief(donors), '2025-05-20 cancelled');
  assert.deepEqual(donors.location, { city: 'Sarajevo', country: 'BA' });

  const workshop = byId['3f9a7c1e5b2d@google.com'];
  assert.equal(brief(workshop), '2025-06-12T07:30:00Z 2025-06-12T15:00:00Z');
  assert.equal(workshop.description, 'Workshop for practitioners from the region.\n\n- Rehabilitation & reintegration\n- Prison settings\n\nRegister at the link below.');
  assert.deepEqual(workshop.location, { venue: 'EU House, Rruga Ismail Qemali', city: 'Tirana', country: 'AL' });

  assert.equal(brief(byId['9b0d6c40-1f1c-4c1e-9c1a-6f1f2d3e4a5b']), '2025-09-10T09:00 2025-09-11T13:00 Europe/Belgrade'); // Thunderbird's /mozilla.org/ TZID
  assert.deepEqual(feed.events.filter((e) => e.id.startsWith('iisg-training-days')).map(brief), ['2025-10-06', '2025-10-07', '2025-10-08']); // RRULE on dates
  assert.equal(brief(byId['gulf-partners-call@wb-iisg.example']), '2025-11-03T12:00:00+04:00 2025-11-03T13:00:00+04:00'); // unknown zone: offset kept
  assert.equal(feed.events.some((e) => e.title === 'Dentist'), false);
  assert.equal(feed.events.length, 13);

  assert.deepEqual(stderr.trimEnd().split('\n'), [
    `${ICS}:111: warning: the event is marked private in the calendar; it is left out (use --include-private to keep it)`,
    `${ICS}:135: warning: the time zone "Customized Time Zone" is not one this library knows; its times are kept with their offset from the file's VTIMEZONE and shown in Europe/Budapest; to read and show them in the zone they are in, name it with --time-zone ZONE (an IANA name such as Europe/Belgrade), which becomes the feed's time zone`,
  ]);
  // The hints name CLI flags; the library's own messages, which a calendar prints in a browser console, do not.
  assert.deepEqual(feedFromIcs(readText(ICS)).problems.filter((p) => p.message.includes('--')), []);
  // What it writes is a feed without a problem, events in time order.
  const parsed = parseFeed(feed, { viewerTimeZone: 'UTC' });
  assert.deepEqual(parsed.problems.map(formatProblem), []);
  const starts = parsed.feed.events.map((e) => e.start);
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
});

test('the window limits recurring events only; --include-private keeps private ones', async () => {
  const { feed } = await convert([ICS, '--from', '2025-03-09', '--to', '2025-03-26', '--include-private']);
  const ids = feed.events.map((e) => e.id.replace(OUTLOOK_UID, 'call'));
  assert.deepEqual(ids.filter((id) => id.startsWith('call')), ['call-20250310', 'call-20250324']);
  assert.equal(ids.filter((id) => id.startsWith('iisg-training-days')).length, 0);
  assert.ok(ids.includes('western-balkans-ct-conference-2025@eeas.example')); // not recurring: kept whatever its date
  assert.ok(ids.includes('private-dentist@example.org'));
});

test('the default window is one year either side of today', () => {
  const text = readText(fixture('outlook-export.ics'));
  const count = (now) => feedFromIcs(text, { now: new Date(now) }).feed.events.filter((e) => e.id.startsWith(OUTLOOK_UID) || e.id.startsWith('iisg-training')).length;
  assert.equal(count('2025-06-01'), 7);
  assert.equal(count('2026-03-30'), 4); // the calls of 31 March 2025 and later, and the training days
  assert.equal(count('2027-06-01'), 0);
});

test('problems: not iCalendar, an event without DTSTART or title, an unknown TZID without a definition', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-ics-'));
  const notIcs = join(dir, 'not.ics');
  writeFileSync(notIcs, 'this is not a calendar');
  const bad = await runCli(['from-ics', notIcs]);
  assert.equal(bad.code, 1);
  assert.equal(bad.stderr, `${notIcs}:1: error: the file is not iCalendar: it should start with BEGIN:VCALENDAR, but its first line is "this is not a calendar"\n`);
  // A feed, a web page or a broken file: what was expected and what was found, not a JavaScript error.
  const said = (text) => feedFromIcs(text).problems.map((p) => `${p.line ?? '-'}: ${p.message}`);
  assert.deepEqual(said('{\n  "version": 1,\n  "events": []\n}\n'), ['1: the file is not iCalendar: it should start with BEGIN:VCALENDAR, but its first line is "{"']);
  assert.deepEqual(said(`\n\n<!DOCTYPE html><html><head><title>Sign in to your account</title></head></html>`), [
    '3: the file is not iCalendar: it should start with BEGIN:VCALENDAR, but its first line is "<!DOCTYPE html><html><head><title>Sign in to your account..."',
  ]);
  assert.deepEqual(said(''), ['1: the file is not iCalendar: it should start with BEGIN:VCALENDAR, but it is empty']);
  assert.deepEqual(said('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Cut off\r\n'), [
    '3: the file ends before the END:VCALENDAR of the VCALENDAR that begins on line 1 (is it cut short?); the VCALENDAR is closed there',
    '3: the file ends before the END:VEVENT of the event that begins on line 2 (is it cut short?); the event is left out',
  ]);
  for (const text of ['{"version": 1}', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n', '<html>']) {
    for (const message of said(text)) assert.doesNotMatch(message, /undefined|propertyGroups|Cannot read/);
  }

  const partial = join(dir, 'partial.ics');
  writeFileSync(
    partial,
    ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:a', 'SUMMARY:No start', 'END:VEVENT', 'BEGIN:VEVENT', 'UID:b', 'DTSTART:20250101T100000',
      'END:VEVENT', 'BEGIN:VEVENT', 'UID:c', 'SUMMARY:Kept', 'DTSTART;TZID=Mars/Olympus:20250102T100000', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n'),
  );
  const result = await convert([partial, '--time-zone', 'Europe/Sarajevo']);
  assert.equal(result.code, 1);
  assert.deepEqual(result.stderr.trimEnd().split('\n'), [
    `${partial}:3: error: the event has no DTSTART; it is left out`,
    `${partial}:7: error: the event has no SUMMARY (title); it is left out`,
    `${partial}:11: warning: the time zone "Mars/Olympus" is not known and the file does not define it; its times are read in Europe/Sarajevo; to read and show them in the zone they are in, name it with --time-zone ZONE (an IANA name such as Europe/Belgrade), which becomes the feed's time zone`,
  ]);
  assert.deepEqual(result.feed.events, [{ id: 'c', title: 'Kept', start: '2025-01-02T10:00' }]);
  assert.equal(result.feed.timeZone, 'Europe/Sarajevo');
});

test('an unknown --time-zone, a --from or --to that is not a date, or a window that ends before it starts is a usage error (exit 2)', async () => {
  const zone = await runCli(['from-ics', ICS, '--time-zone', 'Europe/Tirana']);
  assert.equal(zone.code, 2);
  assert.match(zone.stderr, /^iisg-feed from-ics: --time-zone: 'Europe\/Tirana' is not an IANA time zone/);
  const from = await runCli(['from-ics', ICS, '--from', '1.1.2025']);
  assert.equal(from.code, 2);
  assert.match(from.stderr, /--from: '1\.1\.2025' is not a date like 2025-01-31/);
  // A day that does not exist is refused, not rolled over into the next month.
  const to = await runCli(['from-ics', ICS, '--to', '2025-02-30']);
  assert.equal(to.code, 2);
  assert.match(to.stderr, /--to: '2025-02-30' is not a date like 2025-01-31/);
  const backwards = await runCli(['from-ics', ICS, '--from', '2025-12-31', '--to', '2025-01-01']);
  assert.equal(backwards.code, 2);
  // The library names its options (it is used without the CLI too); the command line names them as they are given.
  assert.match(backwards.stderr, /^iisg-feed from-ics: --to: '2025-01-01' is before --from '2025-12-31'\n$/);
  assert.equal((await runCli(['from-csv', 'test/fixtures/cli/events-semicolon.csv', '--time-zone', 'CET+1'])).code, 2);
});

let server;
before(async () => {
  server = await serve({ '/calendar.ics': [200, 'text/calendar; charset=utf-8', readFileSync(fixture('outlook-export.ics'))] });
});
after(() => server.close());

test('a calendar given by URL (a subscription link) is fetched', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-ics-'));
  const out = join(dir, 'feed.json');
  const { code, stderr } = await runCli(['from-ics', server.url('/calendar.ics'), '--from', '2025-01-01', '--to', '2025-12-31', '-o', out]);
  assert.equal(code, 0, stderr);
  assert.match(stderr, /13 events written to/);
  assert.equal(JSON.parse(readFileSync(out, 'utf8')).events.length, 13);
});

/** Each event of `feed` is in `back` with the same days, instants, title and status (X-IISG-STATUS carries it). */
function assertSameEvents(feed, back) {
  assert.equal(back.events.length, feed.events.length);
  for (const event of feed.events) {
    const copy = back.byId.get(event.id);
    assert.ok(copy, `${event.id} kept`);
    const facts = (e, status) => ({ allDay: e.allDay, start: e.start, end: e.end, startDay: isoDate(e.startDay), endDay: isoDate(e.endDay), title: e.title.en, status });
    assert.deepEqual(facts(copy, copy.status), facts(event, event.status), event.id);
  }
}

test('round trip: the demo feed → to-ics → from-ics keeps every event, its dates, title and status', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-roundtrip-'));
  const ics = join(dir, 'events.ics');
  const json = join(dir, 'events.json');
  assert.equal((await runCli(['to-ics', DEMO, '-o', ics])).code, 0);
  const { code, stderr } = await runCli(['from-ics', ics, '-o', json]);
  assert.equal(code, 0, stderr);
  const original = parseFeed(readText(DEMO), { viewerTimeZone: 'UTC' }).feed;
  const back = parseFeed(readText(json), { viewerTimeZone: 'UTC' });
  assert.deepEqual(back.problems.map(formatProblem), []);
  assertSameEvents(original, back.feed);
  assert.deepEqual(back.feed.byId.get('rnnc-3').location, { city: { en: 'Tirana' }, country: 'AL', lat: 41.33, lon: 19.82 });
});

test('round trip of timed events: zones, summer time, the repeated hour, UTC, midnight ends and every status', () => {
  const raw = {
    version: 1,
    timeZone: 'Europe/Belgrade',
    events: [
      { id: 'tirana', title: 'Tirana', start: '2019-04-24T09:30', end: '2019-04-24T17:00', timeZone: 'Europe/Tirane' },
      { id: 'winter', title: 'Winter', start: '2019-01-24T09:30', end: '2019-01-25T12:00', status: 'postponed' },
      { id: 'repeated', title: 'Repeated hour', start: '2019-10-27T02:30', end: '2019-10-27T04:00', status: 'cancelled' },
      { id: 'utc', title: 'UTC', start: '2019-05-01T08:00', end: '2019-05-01T09:00', timeZone: 'UTC', status: 'rescheduled' },
      { id: 'no-end', title: 'No end', start: '2019-06-01T10:00', timeZone: 'America/New_York', status: 'moved-online' },
      { id: 'midnight', title: 'Midnight', start: '2019-06-02T20:00', end: '2019-06-03T00:00', timeZone: 'Asia/Kolkata' },
      { id: 'days', title: 'Days', start: '2019-12-30', end: '2020-01-02' },
      { id: 'tbc', title: 'To be confirmed', start: '2019-09-28', status: 'tentative' },
    ],
  };
  const feed = parseFeed(raw, { viewerTimeZone: 'UTC' }).feed;
  const ics = toIcs(feed, feed.events, { lang: 'en', now: new Date('2026-01-01T00:00:00Z') });
  const { feed: rawBack, problems } = feedFromIcs(ics, { now: new Date('2019-06-01T00:00:00Z') });
  assert.deepEqual(problems, []);
  const back = parseFeed(rawBack, { viewerTimeZone: 'UTC' });
  assert.deepEqual(back.problems.map(formatProblem), []);
  assertSameEvents(feed, back.feed);
  assert.equal(back.feed.byId.get('tirana').timeZone, 'Europe/Tirane');
});

test('round trip: the feed keeps its own time zone when most events are in another (X-WR-TIMEZONE)', () => {
  const raw = {
    version: 1,
    timeZone: 'Europe/Budapest',
    events: [
      { id: 'night', title: 'Night', start: '2019-03-30T22:00', end: '2019-03-31T04:00' },
      { id: 'a', title: 'A', start: '2019-04-01T10:00', end: '2019-04-01T11:00', timeZone: 'Europe/Bucharest' },
      { id: 'b', title: 'B', start: '2019-04-08T10:00', end: '2019-04-08T11:00', timeZone: 'Europe/Bucharest' },
    ],
  };
  const feed = parseFeed(raw, { viewerTimeZone: 'UTC' }).feed;
  const { feed: back, problems } = feedFromIcs(toIcs(feed, feed.events, { lang: 'en' }), { now: new Date('2019-06-01T00:00:00Z') });
  assert.deepEqual(problems, []);
  assert.equal(back.timeZone, 'Europe/Budapest');
  assert.deepEqual(back.events.map((e) => [e.id, e.timeZone]), [['night', undefined], ['a', 'Europe/Bucharest'], ['b', 'Europe/Bucharest']]);
});

test('Windows zone names map to zones this runtime knows; HTML descriptions become plain text', () => {
  const zones = Object.entries(WINDOWS_ZONES);
  assert.ok(zones.length > 130);
  assert.deepEqual(zones.filter(([, iana]) => !isTimeZone(iana)), []);
  assert.equal(WINDOWS_ZONES['Central European Standard Time'], 'Europe/Warsaw');
  assert.equal(htmlToText('<b>Agenda</b><br>one&nbsp;&amp; two<ol><li>first</li><li>second</li></ol>&#8211; end'), 'Agenda\none & two\n\n- first\n- second\n\n– end');
});

test("an HTML description's links keep their addresses as text; links that could run code lose theirs", () => {
  assert.equal(htmlToText('<p>Please <a href="https://www.rcc.int/register?a=1&amp;b=2">register here</a> by Friday.</p>'), 'Please register here (https://www.rcc.int/register?a=1&b=2) by Friday.');
  assert.equal(htmlToText('Write to <a href="mailto:info@rcc.int">info@rcc.int</a>.'), 'Write to info@rcc.int.');
  assert.equal(htmlToText("<a href='https://x.org/agenda.pdf'><b>Agenda</b></a>"), 'Agenda (https://x.org/agenda.pdf)');
  assert.equal(htmlToText('<a href=https://rcc.int>https://rcc.int</a>'), 'https://rcc.int');
  assert.equal(htmlToText('<a href="javascript:alert(1)">click</a> <a name="top">Top</a>'), 'click Top');
  // 30,000 unclosed links: still quick.
  const started = performance.now();
  htmlToText('<a href="https://x.org">'.repeat(30_000));
  assert.ok(performance.now() - started < 1000);
});

test('STATUS:TENTATIVE from another calendar is "tentative" (not confirmed), CANCELLED "cancelled"', () => {
  const vevent = (uid, status) => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20190101T000000Z', 'DTSTART;VALUE=DATE:20190928', `SUMMARY:${uid}`, `STATUS:${status}`, 'END:VEVENT'];
  const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Other//EN', ...vevent('maybe', 'TENTATIVE'), ...vevent('off', 'CANCELLED'), ...vevent('on', 'CONFIRMED'), 'END:VCALENDAR'].join('\r\n');
  const { feed, problems } = feedFromIcs(ics, { now: new Date('2019-06-01T00:00:00Z') });
  assert.deepEqual(problems, []);
  assert.deepEqual(Object.fromEntries(feed.events.map((e) => [e.id, e.status ?? 'scheduled'])), { maybe: 'tentative', off: 'cancelled', on: 'scheduled' });
});

test('a file our export wrote before X-IISG-STATUS: TENTATIVE was postponed; CANCELLED later in an app wins', () => {
  const vevent = (uid, ...lines) => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20190101T000000Z', 'DTSTART;VALUE=DATE:20190928', `SUMMARY:${uid}`, ...lines, 'END:VEVENT'];
  const ics = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//IISG//Event widgets//EN',
    ...vevent('old@iisg-events', 'STATUS:TENTATIVE'),
    ...vevent('then-cancelled@iisg-events', 'STATUS:CANCELLED', 'X-IISG-STATUS:tentative'),
    ...vevent('new@iisg-events', 'STATUS:TENTATIVE', 'X-IISG-STATUS:tentative'),
    'END:VCALENDAR',
  ].join('\r\n');
  const { feed } = feedFromIcs(ics, { now: new Date('2019-06-01T00:00:00Z') });
  assert.deepEqual(Object.fromEntries(feed.events.map((e) => [e.id, e.status])), { old: 'postponed', 'then-cancelled': 'cancelled', new: 'tentative' });
});

test('a time the clocks repeat, in a zone known only from the file\'s VTIMEZONE, is the first pass, and one they skip has the offset before (RFC 5545)', () => {
  const vtimezone = [
    'BEGIN:VTIMEZONE', 'TZID:My Custom Zone',
    'BEGIN:STANDARD', 'DTSTART:16011028T030000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'END:STANDARD',
    'BEGIN:DAYLIGHT', 'DTSTART:16010325T020000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'END:DAYLIGHT',
    'END:VTIMEZONE',
  ];
  const vevent = (uid, time) => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20190101T000000Z', `DTSTART;TZID=My Custom Zone:${time}`, `SUMMARY:${uid}`, 'END:VEVENT'];
  const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Other//EN', ...vtimezone,
    ...vevent('repeated', '20191027T023000'), ...vevent('after', '20191027T033000'), ...vevent('summer', '20190801T093000'), ...vevent('skipped', '20190331T023000'),
    'END:VCALENDAR'].join('\r\n');
  const { feed } = feedFromIcs(ics, { now: new Date('2019-06-01T00:00:00Z') });
  const start = (id) => new Date(parseFeed(feed, { viewerTimeZone: 'UTC' }).feed.byId.get(id).start).toISOString();
  assert.equal(start('repeated'), '2019-10-27T00:30:00.000Z', 'the first 02:30, in summer time');
  assert.equal(start('after'), '2019-10-27T02:30:00.000Z');
  assert.equal(start('summer'), '2019-08-01T07:30:00.000Z');
  // A time the clocks skip, with the offset before the change (RFC 5545 3.3.5): 03:30 summer time, as the parser
  // reads it in a zone it knows by name. ical.js's offset after the change made it 01:30, an hour early.
  assert.equal(start('skipped'), '2019-03-31T01:30:00.000Z');
  // West of Greenwich too: New York's rules, 01:30 on 3 November 2019 was first EDT (05:30 UTC).
  const west = ics
    .replace('TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100', 'TZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500')
    .replace('TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200', 'TZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400')
    .replace('DTSTART:16011028T030000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10', 'DTSTART:16011104T020000\r\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11')
    .replace('DTSTART;TZID=My Custom Zone:20191027T023000', 'DTSTART;TZID=My Custom Zone:20191103T013000');
  const westFeed = parseFeed(feedFromIcs(west, { now: new Date('2019-06-01T00:00:00Z') }).feed, { viewerTimeZone: 'UTC' }).feed;
  assert.equal(new Date(westFeed.byId.get('repeated').start).toISOString(), '2019-11-03T05:30:00.000Z');
});

test('RDATE;VALUE=PERIOD occurrences keep their own start and end; a UTC RDATE is on the event\'s clock; a broken rule loses its event only', async () => {
  const file = 'test/fixtures/cli/rdate-period.ics';
  const { code, feed, stderr } = await convert([file, '--from', '2025-01-01', '--to', '2025-12-31']);
  assert.equal(code, 1);
  assert.deepEqual(stderr.trimEnd().split('\n'), [`${file}:28: error: the event cannot be read (Malformed values in BYDAY part); it is left out`]);
  assert.deepEqual(feed.events.map((e) => [e.id.replace('rnnc-call@wb-iisg.example', 'call'), e.start, e.end].filter(Boolean).join(' ')), [
    'call-20250106 2025-01-06T10:00 2025-01-06T10:30',
    'call-20250120 2025-01-20T10:00 2025-01-20T13:30', // 09:00Z/12:30Z
    'call-20250122 2025-01-22T10:00 2025-01-22T10:30', // 09:00Z, with the event's half hour
    'call-20250125 2025-01-25T10:00 2025-01-25T12:00', // 09:00Z/PT2H
    'call-20250203 2025-02-03T10:00 2025-02-03T10:30',
    'nfp-14@rcc.example 2025-03-12',
  ]);

  // The same without the VTIMEZONE (ical.js then knows the zone by name only), as the browser reads it.
  const text = readText(fixture('rdate-period.ics')).replace(/BEGIN:VTIMEZONE[^]*END:VTIMEZONE\r\n/, '');
  const { feed: bare, problems } = feedFromIcs(text, { from: '2025-01-01', to: '2025-12-31' });
  assert.deepEqual(problems.map((p) => [p.code, p.line, p.uid]), [['invalid-event', 13, 'broken-rule@wb-iisg.example']]);
  assert.deepEqual(bare.events.map((e) => e.start), feed.events.map((e) => e.start));
  assert.deepEqual(bare.events.map((e) => e.end), feed.events.map((e) => e.end));
});

test('a recurring event with no occurrence in the window is reported, not dropped silently; no title is said once per event', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-ics-'));
  const file = join(dir, 'past.ics');
  writeFileSync(
    file,
    ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:weekly-2020', 'SUMMARY:Weekly call', 'DTSTART:20200106T100000Z', 'RRULE:FREQ=WEEKLY;COUNT=3', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:untitled-2020', 'DTSTART:20200106T100000Z', 'RRULE:FREQ=DAILY;COUNT=4', 'EXDATE:20200107T100000Z', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n'),
  );
  const outside = await convert([file, '--from', '2025-01-01', '--to', '2025-12-31']);
  assert.equal(outside.code, 0);
  assert.deepEqual(outside.stderr.trimEnd().split('\n'), [
    `${file}:3: warning: the recurring event "Weekly call" has no occurrences between 2025-01-01 and 2025-12-31, the window recurring events are read in; use --from and --to for another window`,
    `${file}:9: warning: the recurring event with UID "untitled-2020" has no occurrences between 2025-01-01 and 2025-12-31, the window recurring events are read in; use --from and --to for another window`,
  ]);
  assert.deepEqual(outside.feed.events, []);
  const { problems } = feedFromIcs(readText(file), { from: '2025-01-01', to: '2025-12-31' });
  assert.deepEqual(problems.map((p) => [p.code, p.severity, p.line, p.uid]), [['no-occurrences', 'warning', 3, 'weekly-2020'], ['no-occurrences', 'warning', 9, 'untitled-2020']]);
  // The library's own message is also what a calendar prints in a browser console: no CLI flags in it.
  assert.ok(problems.every((p) => !p.message.includes('--')), problems.map((p) => p.message).join('\n'));

  const inside = await convert([file, '--from', '2020-01-01', '--to', '2020-12-31']);
  assert.equal(inside.code, 1);
  assert.deepEqual(inside.stderr.trimEnd().split('\n'), [`${file}:9: error: the event has no SUMMARY (title); it is left out`]);
  assert.deepEqual(inside.feed.events.map((e) => e.id), ['weekly-2020-20200106', 'weekly-2020-20200113', 'weekly-2020-20200120']);
});

test('a recurring event cut by the window says how many occurrences are left out before and after it, in one line', async () => {
  const series = (uid, summary, start, rule) => ['BEGIN:VEVENT', `UID:${uid}`, `SUMMARY:${summary}`, `DTSTART;VALUE=DATE:${start}`, `RRULE:${rule}`, 'END:VEVENT'];
  const text = ['BEGIN:VCALENDAR', 'VERSION:2.0',
    ...series('monthly', 'Monthly coordination', '20200106', 'FREQ=MONTHLY;BYDAY=1MO'), // line 3
    ...series('weekly', 'Weekly call', '20260105', 'FREQ=WEEKLY;COUNT=110'), // line 9
    ...series('yearly', 'Yearly', '20251101', 'FREQ=YEARLY;COUNT=4'), // line 15
    ...series('inside', 'Inside', '20261201', 'FREQ=DAILY;COUNT=3'), // line 21
    'END:VCALENDAR', ''].join('\r\n');
  const dir = mkdtempSync(join(tmpdir(), 'iisg-ics-'));
  const file = join(dir, 'series.ics');
  writeFileSync(file, text);
  // Converted on 29 November 2026: the default window is 2025-11-29 to 2027-11-29.
  const { feed, problems } = feedFromIcs(text, { now: new Date('2026-11-29T10:00:00Z') });
  assert.equal(feed.events.filter((e) => e.id.startsWith('monthly')).length, 24);
  const window = 'is read from 2025-11-29 to 2027-11-29 only, the window recurring events are read in';
  assert.deepEqual(problems.map((p) => [p.code, p.severity, p.line, p.uid, p.message]), [
    ['outside-window', 'warning', 3, 'monthly', `the recurring event "Monthly coordination" ${window}: its 71 earlier occurrences (2020-01-06 to 2025-11-03) and those after 2027-11-29 (it has no end) are left out`],
    ['outside-window', 'warning', 9, 'weekly', `the recurring event "Weekly call" ${window}: its 10 later occurrences (2027-12-06 to 2028-02-07) are left out`],
    ['outside-window', 'warning', 15, 'yearly', `the recurring event "Yearly" ${window}: its earlier occurrence (2025-11-01) and its later occurrence (2028-11-01) are left out`],
  ]);
  // The CLI says how to read them: another window.
  const { code, stderr } = await convert([file, '--from', '2020-01-01', '--to', '2027-11-29']);
  assert.equal(code, 0);
  assert.deepEqual(stderr.trimEnd().split('\n'), [
    `${file}:3: warning: the recurring event "Monthly coordination" is read from 2020-01-01 to 2027-11-29 only, the window recurring events are read in: those after 2027-11-29 (it has no end) are left out; use --from and --to for another window`,
    `${file}:9: warning: the recurring event "Weekly call" is read from 2020-01-01 to 2027-11-29 only, the window recurring events are read in: its 10 later occurrences (2027-12-06 to 2028-02-07) are left out; use --from and --to for another window`,
    `${file}:15: warning: the recurring event "Yearly" is read from 2020-01-01 to 2027-11-29 only, the window recurring events are read in: its later occurrence (2028-11-01) is left out; use --from and --to for another window`,
  ]);
});

test('a DTEND before DTSTART, a negative DURATION, or a DTEND of another kind than DTSTART is reported at its line, once per recurring event', async () => {
  const vevent = (uid, ...lines) => ['BEGIN:VEVENT', `UID:${uid}`, `SUMMARY:${uid}`, ...lines, 'END:VEVENT'];
  const text = ['BEGIN:VCALENDAR', 'VERSION:2.0',
    ...vevent('timed', 'DTSTART;TZID=Europe/Belgrade:20190601T100000', 'DTEND;TZID=Europe/Belgrade:20190601T090000'), // DTEND on line 7
    ...vevent('days', 'DTSTART;VALUE=DATE:20190601', 'DTEND;VALUE=DATE:20190530'), // 13
    ...vevent('zero-days', 'DTSTART;VALUE=DATE:20190601', 'DTEND;VALUE=DATE:20190601'), // as Google writes some: no problem
    ...vevent('weekly', 'DTSTART:20190601T100000Z', 'RRULE:FREQ=WEEKLY;COUNT=2', 'DTEND:20190601T093000Z'), // 26
    ...vevent('negative', 'DTSTART:20190601T100000Z', 'DURATION:-PT1H'), // 32
    ...vevent('date-to-time', 'DTSTART;VALUE=DATE:20190601', 'DTEND:20190603T100000Z'), // 38
    ...vevent('time-to-date', 'DTSTART:20190601T100000Z', 'DTEND;VALUE=DATE:20190603'), // 44
    'END:VCALENDAR', ''].join('\r\n');
  const dir = mkdtempSync(join(tmpdir(), 'iisg-ics-'));
  const file = join(dir, 'ends.ics');
  writeFileSync(file, text);
  const { code, feed, stderr } = await convert([file, '--from', '2019-01-01', '--to', '2019-12-31']);
  assert.equal(code, 0); // warnings: every event is kept
  assert.deepEqual(stderr.trimEnd().split('\n'), [
    `${file}:7: warning: its DTEND 20190601T090000 (Europe/Belgrade) is before its DTSTART 20190601T100000 (Europe/Belgrade); the event is shown without an end`,
    `${file}:13: warning: its DTEND 20190530 is before its DTSTART 20190601; the event is shown on its start day only`,
    `${file}:26: warning: its DTEND 20190601T093000Z is before its DTSTART 20190601T100000Z; the event is shown without an end`,
    `${file}:32: warning: its DURATION -PT1H is negative, so it ends before it starts; the event is shown without an end`,
    `${file}:38: warning: its DTEND 20190603T100000Z is a date and time, but its DTSTART 20190601 is a date (iCalendar wants both alike); the event is read as all-day, ending on 2019-06-03: check the event's end`,
    `${file}:44: warning: its DTEND 20190603 is a date, but its DTSTART 20190601T100000Z is a date and time (iCalendar wants both alike); it is read as midnight at the start of 2019-06-03: check the event's end`,
  ]);
  assert.deepEqual(feed.events.map((e) => [e.id, e.start, e.end].filter(Boolean).join(' ')), [
    'days 2019-06-01', 'zero-days 2019-06-01', 'date-to-time 2019-06-01 2019-06-03', 'timed 2019-06-01T10:00',
    'weekly-20190601 2019-06-01T10:00:00Z', 'negative 2019-06-01T10:00:00Z', 'time-to-date 2019-06-01T10:00:00Z 2019-06-03T00:00', 'weekly-20190608 2019-06-08T10:00:00Z',
  ]);
  const { problems } = feedFromIcs(text, { from: '2019-01-01', to: '2019-12-31' });
  assert.deepEqual(problems.map((p) => [p.code, p.uid]), [
    ['end-before-start', 'timed'], ['end-before-start', 'days'], ['end-before-start', 'weekly'], ['end-before-start', 'negative'], ['mixed-end', 'date-to-time'], ['mixed-end', 'time-to-date'],
  ]);
});

test('an all-day DTSTART with a date-and-time DTEND ends on the DTEND\'s day (on its own clock), the day before at midnight; reported', () => {
  const vevent = (uid, ...lines) => ['BEGIN:VEVENT', `UID:${uid}`, `SUMMARY:${uid}`, 'DTSTART;VALUE=DATE:20190423', ...lines, 'END:VEVENT'];
  const text = ['BEGIN:VCALENDAR', 'VERSION:2.0',
    ...vevent('utc', 'DTEND:20190425T170000Z'), // ends at 17:00 on the 25th: the 25th is a day of the event
    ...vevent('midnight', 'DTEND:20190425T000000Z'), // midnight at the start of the 25th: as DTEND;VALUE=DATE:20190425
    ...vevent('zoned', 'DTEND;TZID=Europe/Belgrade:20190425T003000'), // the 25th in Belgrade (the 24th in UTC)
    ...vevent('zoned-midnight', 'DTEND;TZID=Europe/Belgrade:20190425T000000'),
    ...vevent('floating', 'DTEND:20190425T090000'),
    ...vevent('same-day', 'DTEND:20190423T170000Z'),
    ...vevent('weekly', 'DTEND;TZID=Europe/Belgrade:20190424T010000', 'RRULE:FREQ=WEEKLY;COUNT=2'),
    ...vevent('weekly-midnight', 'DTEND:20190424T000000Z', 'RRULE:FREQ=WEEKLY;COUNT=2'),
    'END:VCALENDAR', ''].join('\r\n');
  const { feed, problems } = feedFromIcs(text, { from: '2019-01-01', to: '2019-12-31' });
  assert.deepEqual(Object.fromEntries(feed.events.map((e) => [e.id, [e.start, e.end].filter(Boolean).join(' ')])), {
    utc: '2019-04-23 2019-04-25',
    midnight: '2019-04-23 2019-04-24',
    zoned: '2019-04-23 2019-04-25',
    'zoned-midnight': '2019-04-23 2019-04-24',
    floating: '2019-04-23 2019-04-25',
    'same-day': '2019-04-23',
    // ical.js gives each occurrence an end of its DTSTART's kind, a date without the DTEND's time of day.
    'weekly-20190423': '2019-04-23 2019-04-24',
    'weekly-20190430': '2019-04-30 2019-05-01',
    'weekly-midnight-20190423': '2019-04-23',
    'weekly-midnight-20190430': '2019-04-30',
  });
  // Each is still reported, with how it was read, for the editor to put right in the calendar.
  assert.deepEqual(problems.map((p) => [p.code, p.uid, p.message.split('; ')[1]]), [
    ['mixed-end', 'utc', "the event is read as all-day, ending on 2019-04-25: check the event's end"],
    ['mixed-end', 'midnight', "the event is read as all-day, ending on 2019-04-24: check the event's end"],
    ['mixed-end', 'zoned', "the event is read as all-day, ending on 2019-04-25: check the event's end"],
    ['mixed-end', 'zoned-midnight', "the event is read as all-day, ending on 2019-04-24: check the event's end"],
    ['mixed-end', 'floating', "the event is read as all-day, ending on 2019-04-25: check the event's end"],
    ['mixed-end', 'same-day', "the event is read as all-day, ending on 2019-04-23: check the event's end"],
    ['mixed-end', 'weekly', "the event is read as all-day, ending on 2019-04-24: check the event's end"],
    ['mixed-end', 'weekly-midnight', "the event is read as all-day, ending on 2019-04-23: check the event's end"],
  ]);
  // An occurrence whose last day is the window's first is in the window (one-off events are kept whatever their date).
  const late = feedFromIcs(text, { from: '2019-05-01', to: '2019-12-31' }).feed.events.map((e) => e.id).filter((id) => /-2019/.test(id));
  assert.deepEqual(late, ['weekly-20190430']);
});

test('an ORGANIZER\'s e-mail address is not published: the organiser is named by its CN; a web address, or one from a feed, is kept', () => {
  const vevent = (uid, organizer) => ['BEGIN:VEVENT', `UID:${uid}`, `SUMMARY:${uid}`, 'DTSTART;VALUE=DATE:20190601', organizer, 'END:VEVENT'];
  const text = ['BEGIN:VCALENDAR', 'VERSION:2.0',
    ...vevent('outlook', 'ORGANIZER;CN="Petrović, Ana":mailto:ana.petrovic@rcc.int'),
    ...vevent('no-name', 'ORGANIZER:mailto:ana.petrovic@rcc.int'),
    ...vevent('web', 'ORGANIZER;CN=RCC:https://www.rcc.int/'),
    ...vevent('ours@iisg-events', 'ORGANIZER;CN="IISG Support Group":mailto:info@wb-iisg.com'),
    'END:VCALENDAR'].join('\r\n');
  const { feed, problems } = feedFromIcs(text, { from: '2019-01-01', to: '2019-12-31' });
  assert.deepEqual(problems, []);
  assert.deepEqual(feed.organisations.map((o) => ({ ...o })), [
    { id: 'petrovic-ana', name: 'Petrović, Ana' },
    { id: 'rcc', name: 'RCC', website: 'https://www.rcc.int/' },
    { id: 'iisg-support-group', name: 'IISG Support Group', website: 'mailto:info@wb-iisg.com' }, // written by to-ics from a feed
  ]);
  assert.deepEqual(Object.fromEntries(feed.events.map((e) => [e.id, e.organisers])), { outlook: ['petrovic-ana'], 'no-name': undefined, web: ['rcc'], ours: ['iisg-support-group'] });
  assert.doesNotMatch(JSON.stringify(feed), /ana\.petrovic/);
});

test("a calendar named by an e-mail address (Google's name for a person's own calendar) does not give the feed its title", () => {
  const ics = (name) => ['BEGIN:VCALENDAR', 'VERSION:2.0', `X-WR-CALNAME:${name}`, 'BEGIN:VEVENT', 'UID:a', 'DTSTART;VALUE=DATE:20190423', 'SUMMARY:Meeting', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
  // ical.js's Google samples: the feed was titled "calmozilla1@gmail.com", published.
  const { feed, problems } = feedFromIcs(ics('ana.petrovic@gmail.com'));
  assert.equal(feed.title, undefined);
  assert.deepEqual(problems.map((p) => [p.code, p.severity, p.line, p.message]), [['email-title', 'warning', 3, 'the calendar\'s name, "ana.petrovic@gmail.com", is an e-mail address (Google names a person\'s own calendar so); it is not made the feed\'s title, as the feed is published: give the feed a "title" by hand']]);
  // A name that holds an address among other words is a name.
  for (const name of ['RNNC Secretariat', 'RNNC (contact: info@rnnc.example)']) {
    const read = feedFromIcs(ics(name));
    assert.equal(read.feed.title, name);
    assert.deepEqual(read.problems, []);
  }
  // A NAME beside the address is the title; the address named by the report is on its own line.
  const both = (first, second) => ['BEGIN:VCALENDAR', 'VERSION:2.0', first, second, 'BEGIN:VEVENT', 'UID:a', 'DTSTART;VALUE=DATE:20190423', 'SUMMARY:Meeting', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
  const named = feedFromIcs(both('NAME:Public events', 'X-WR-CALNAME:mailto:ops@example.org'));
  assert.equal(named.feed.title, 'Public events');
  assert.deepEqual(named.problems, []);
  const unnamed = feedFromIcs(both('NAME:ana.petrovic@gmail.com', 'X-WR-CALNAME:mailto:ops@example.org'));
  assert.equal(unnamed.feed.title, undefined);
  assert.deepEqual(unnamed.problems.map((p) => [p.code, p.line]), [['email-title', 4]]);
  assert.match(unnamed.problems[0].message, /^the calendar's name, "mailto:ops@example\.org", is an e-mail address/);
});

test('a description with what joins a call (a Teams or Zoom link, a passcode) is reported at its line and kept for the editor to check', async () => {
  const teams = 'Agenda\\n\\n________________\\nMicrosoft Teams meeting\\nJoin on your computer or mobile app\\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0>\\nMeeting ID: 123 456 789\\nPasscode: abc123\\n';
  const vevent = (uid, ...lines) => ['BEGIN:VEVENT', `UID:${uid}`, `SUMMARY:${uid}`, 'DTSTART:20190601T100000Z', ...lines, 'END:VEVENT'];
  const text = ['BEGIN:VCALENDAR', 'VERSION:2.0',
    ...vevent('teams', `DESCRIPTION:${teams.slice(0, 60)}`, ` ${teams.slice(60)}`, 'X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0'), // DESCRIPTION on line 7
    ...vevent('zoom', 'RRULE:FREQ=WEEKLY;COUNT=3', 'DESCRIPTION:Join Zoom Meeting\\nhttps://us02web.zoom.us/j/8123456789?pwd=abc\\nPassword: 424242'), // 16
    ...vevent('meet', 'DESCRIPTION:Join with Google Meet: https://meet.google.com/abc-defg-hij'), // 22
    ...vevent('plain', 'DESCRIPTION:The Teams of both ministries meet in Zoom room 2. PIN codes are handed out at the door.'),
    'END:VCALENDAR', ''].join('\r\n');
  const dir = mkdtempSync(join(tmpdir(), 'iisg-ics-'));
  const file = join(dir, 'calls.ics');
  writeFileSync(file, text);
  const { code, feed, stderr } = await convert([file, '--from', '2019-01-01', '--to', '2019-12-31']);
  assert.equal(code, 0);
  const joins = 'anyone who reads the published feed could join: remove them from the description unless the meeting is open to all';
  assert.deepEqual(stderr.trimEnd().split('\n'), [
    `${file}:7: warning: its description holds what joins the meeting (a Microsoft Teams link, "Meeting ID:" and "Passcode:"); ${joins}`,
    `${file}:16: warning: its description holds what joins the meeting (a Zoom link and "Password:"); ${joins}`,
    `${file}:22: warning: its description holds what joins the meeting (a Google Meet link); ${joins}`,
  ]);
  // The editor's text is kept as it was.
  assert.equal(feed.events.find((e) => e.id === 'teams').description, teams.replace(/\\n/g, '\n').trim());
  assert.match(feed.events.find((e) => e.id === 'zoom-20190608').description, /Password: 424242$/);
});

const SAMPLES = process.env.ICS_SAMPLES ?? join(ROOT, '../shared/ics-samples'); // beside the repository, as in /work
test('the ical.js sample files (when the shared folder is there) convert without a crash, with a reason for every event left out', { skip: !existsSync(SAMPLES) && 'no ../shared/ics-samples' }, async () => {
  for (const name of readdirSync(SAMPLES).filter((n) => n.endsWith('.ics'))) {
    const { code, stdout, stderr } = await runCli(['from-ics', join(SAMPLES, name)]);
    assert.ok(code === 0 || code === 1, `${name}: exit ${code}\n${stderr}`);
    assert.doesNotMatch(stderr, /\n\s+at /, `${name}: a stack trace`);
    const feed = JSON.parse(stdout);
    if (/^BEGIN:VEVENT/m.test(readText(join(SAMPLES, name)))) assert.ok(feed.events.length || stderr, `${name}: no event and no reason`);
  }
});

const BELGRADE = [
  'BEGIN:VTIMEZONE', 'TZID:Europe/Belgrade',
  'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'DTSTART:19700329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
  'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
  'END:VTIMEZONE',
];

/** Weekly from Sunday 17 March 2019 at 10:00 across the start of summer time (31 March), as Outlook and Google write it: EXDATE and RECURRENCE-ID in UTC. */
function weeklyAcrossSummerTime(tzid, { vtimezone = [], rule = 'COUNT=4' } = {}) {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...vtimezone,
    'BEGIN:VEVENT', 'UID:weekly', 'SUMMARY:Weekly', `DTSTART;TZID=${tzid}:20190317T100000`, `DTEND;TZID=${tzid}:20190317T110000`, `RRULE:FREQ=WEEKLY;${rule}`,
    'EXDATE:20190324T090000Z', 'END:VEVENT', // 10:00 in winter time
    'BEGIN:VEVENT', 'UID:weekly', 'SUMMARY:Weekly, moved', 'RECURRENCE-ID:20190331T080000Z', // 10:00 in summer time
    `DTSTART;TZID=${tzid}:20190331T150000`, `DTEND;TZID=${tzid}:20190331T160000`, 'END:VEVENT',
    'END:VCALENDAR'].join('\r\n');
}

test('a TZID named without its VTIMEZONE (IANA or Windows) is read as if it were defined: EXDATE, RECURRENCE-ID and UNTIL in UTC match', () => {
  const read = (text) => {
    const { feed, problems } = feedFromIcs(text, { from: '2019-01-01', to: '2019-12-31' });
    assert.deepEqual(problems, []);
    return feed.events.map((e) => [e.id, e.start, e.end, e.title]);
  };
  const expected = [
    ['weekly-20190317', '2019-03-17T10:00', '2019-03-17T11:00', 'Weekly'],
    ['weekly-20190331', '2019-03-31T15:00', '2019-03-31T16:00', 'Weekly, moved'],
    ['weekly-20190407', '2019-04-07T10:00', '2019-04-07T11:00', 'Weekly'],
  ];
  assert.deepEqual(read(weeklyAcrossSummerTime('Europe/Belgrade', { vtimezone: BELGRADE })), expected);
  assert.deepEqual(read(weeklyAcrossSummerTime('Europe/Belgrade')), expected);
  assert.deepEqual(read(weeklyAcrossSummerTime('Central Europe Standard Time')), expected);
  // UNTIL in UTC is the last occurrence's start: it is kept.
  assert.deepEqual(read(weeklyAcrossSummerTime('Europe/Belgrade', { rule: 'UNTIL=20190407T080000Z' })), expected);
  // The zones are lent to ical.js for the file only.
  assert.equal(ICAL.TimezoneService.has('Europe/Belgrade'), false);
  assert.equal(ICAL.TimezoneService.has('Central Europe Standard Time'), false);
  assert.ok(ICAL.TimezoneService.has('UTC'));
});

test('an EXDATE that deletes nothing and a RECURRENCE-ID override that changes nothing are reported at their lines', async () => {
  // A zone nobody knows: its times are read floating, and the UTC EXDATE and RECURRENCE-ID match no occurrence.
  const text = weeklyAcrossSummerTime('Mars/Olympus')
    .replace('EXDATE:20190324T090000Z', 'EXDATE:20190324T090000Z,20190407T100000\r\nEXDATE;VALUE=DATE:20190317,20190101');
  const dir = mkdtempSync(join(tmpdir(), 'iisg-ics-'));
  const file = join(dir, 'unmatched.ics');
  writeFileSync(file, text);
  const { code, feed, stderr } = await convert([file, '--from', '2019-01-01', '--to', '2019-12-31', '--time-zone', 'Europe/Belgrade']);
  assert.equal(code, 0, stderr);
  // 17 March deleted by date, 7 April at its time; the change for 31 March at 08:00 UTC, when the event is at 10:00 floating (read
  // as UTC by ical.js), is 10:00 on the event's clock (the feed's zone, Europe/Belgrade): a change to the only occurrence that day.
  assert.deepEqual(feed.events.map((e) => [e.id, e.start]), [['weekly-20190324', '2019-03-24T10:00'], ['weekly-20190331', '2019-03-31T15:00']]);
  assert.deepEqual(stderr.trimEnd().split('\n').filter((line) => !line.includes('Mars/Olympus')), [
    `${file}:10: warning: the EXDATE 20190324T090000Z of the recurring event "Weekly" is not the start of any of its occurrences, so it deletes none; check which occurrence it should delete in the calendar the file comes from`,
    `${file}:11: warning: the EXDATE 20190101 of the recurring event "Weekly" is not the start of any of its occurrences, so it deletes none; check which occurrence it should delete in the calendar the file comes from`,
    `${file}:16: warning: this change to one occurrence of the recurring event "Weekly" is for 20190331T080000Z (its RECURRENCE-ID), when the event does not occur; it is read as a change to its only occurrence that day, at 10:00, the RECURRENCE-ID's time of day on the event's clock (a RECURRENCE-ID written in another zone, or across a change of summer time): check it in the calendar the file comes from`,
  ]);
  const { problems } = feedFromIcs(text, { from: '2019-01-01', to: '2019-12-31' });
  assert.deepEqual(problems.filter((p) => p.code.startsWith('unmatched')).map((p) => [p.code, p.line, p.uid]), [
    ['unmatched-exdate', 10, 'weekly'], ['unmatched-exdate', 11, 'weekly'], ['unmatched-override', 16, 'weekly'],
  ]);
  // A rule that ends is read to its end, past the window too; one that does not, only as far as the window.
  const early = feedFromIcs(text, { from: '2019-01-01', to: '2019-03-20' }).problems.filter((p) => p.code.startsWith('unmatched'));
  assert.deepEqual(early.map((p) => p.line), [10, 11, 16]);
  const open = text.replace('COUNT=4', 'INTERVAL=1').replace('20190101', '20300101');
  const later = feedFromIcs(open, { from: '2019-01-01', to: '2019-12-31' }).problems.filter((p) => p.code === 'unmatched-exdate');
  assert.deepEqual(later.map((p) => p.message.split(' ')[2]), ['20190324T090000Z']);
});

test('a change to an occurrence the event does not have is kept as an event of its own, with an id no occurrence has, the same in any window', () => {
  const override = (recurrenceId, summary, start) => ['BEGIN:VEVENT', 'UID:w', `SUMMARY:${summary}`, recurrenceId, `DTSTART;TZID=Europe/Belgrade:${start}`, `DTEND;TZID=Europe/Belgrade:${start.slice(0, 9)}235900`, 'END:VEVENT'];
  const text = ['BEGIN:VCALENDAR', 'VERSION:2.0',
    // Mondays at 10:00 from 1 April; 22 April deleted.
    'BEGIN:VEVENT', 'UID:w', 'SUMMARY:Weekly', 'DTSTART;TZID=Europe/Belgrade:20190401T100000', 'DTEND;TZID=Europe/Belgrade:20190401T110000', 'RRULE:FREQ=WEEKLY;COUNT=4', 'EXDATE;TZID=Europe/Belgrade:20190422T100000', 'END:VEVENT',
    ...override('RECURRENCE-ID;TZID=Europe/Belgrade:20190402T100000', 'For a Tuesday', '20190403T090000'), // RECURRENCE-ID on line 14
    ...override('RECURRENCE-ID:20190408T090000Z', 'An hour off', '20190409T140000'), // 21: 11:00 in Belgrade, the occurrence is at 10:00: taken for it
    ...override('RECURRENCE-ID;TZID=Europe/Belgrade:20190422T100000', 'Deleted', '20190423T100000'), // 28
    'BEGIN:VEVENT', 'UID:days', 'SUMMARY:Daily', 'DTSTART;VALUE=DATE:20190401', 'RRULE:FREQ=DAILY;COUNT=2;INTERVAL=2', 'END:VEVENT',
    'BEGIN:VEVENT', 'UID:days', 'SUMMARY:For a day between', 'RECURRENCE-ID;VALUE=DATE:20190402', 'DTSTART;VALUE=DATE:20190405', 'END:VEVENT', // 40
    'END:VCALENDAR'].join('\r\n');
  const read = (from, to) => feedFromIcs(text, { from, to });
  const { feed, problems } = read('2019-01-01', '2019-12-31');
  assert.deepEqual(feed.events.map((e) => `${e.id} ${e.start} ${e.title}`), [
    'days-20190401 2019-04-01 Daily',
    'w-20190401 2019-04-01T10:00 Weekly',
    'days-20190403 2019-04-03 Daily',
    'w-20190402T100000 2019-04-03T09:00 For a Tuesday',
    'days-20190402 2019-04-05 For a day between',
    'w-20190408 2019-04-09T14:00 An hour off',
    'w-20190415 2019-04-15T10:00 Weekly',
  ]);
  const check = 'check it in the calendar the file comes from';
  assert.deepEqual(problems.map((p) => [p.code, p.line, p.message]), [
    ['unmatched-override', 14, `this change to one occurrence of the recurring event "Weekly" is for 20190402T100000 (Europe/Belgrade) (its RECURRENCE-ID), when the event does not occur; it is shown as an event of its own ('w-20190402T100000'), as calendar programs show it: ${check}`],
    ['unmatched-override', 21, `this change to one occurrence of the recurring event "Weekly" is for 20190408T090000Z (its RECURRENCE-ID), when the event does not occur; it is read as a change to its only occurrence that day, at 10:00, an hour before the RECURRENCE-ID's 11:00 on the event's clock (a RECURRENCE-ID written in another zone, or across a change of summer time): ${check}`],
    ['unmatched-override', 28, `this change to one occurrence of the recurring event "Weekly" is for 20190422T100000 (Europe/Belgrade) (its RECURRENCE-ID), which an EXDATE of the event names too; the change is left out: ${check}`],
    ['unmatched-override', 41, `this change to one occurrence of the recurring event "Daily" is for 20190402 (its RECURRENCE-ID), when the event does not occur; it is shown as an event of its own ('days-20190402'), as calendar programs show it: ${check}`],
  ]);
  // In a window that starts after it, it is left out as the occurrences are; the one in the window keeps its id.
  const later = read('2019-04-08', '2019-04-30');
  assert.deepEqual(later.feed.events.map((e) => e.id).filter((id) => id.startsWith('w-')), ['w-20190408', 'w-20190415']);
  assert.match(later.problems[0].message, /as an event of its own it is outside the window recurring events are read in \(2019-04-08 to 2019-04-30\), and left out: check it/);
  // Read again: the same ids.
  assert.deepEqual(read('2019-01-01', '2019-12-31').feed.events.map((e) => e.id), feed.events.map((e) => e.id));
});

test('of two overrides of one occurrence, the one with the higher SEQUENCE (else the later) is read; the other is reported, not as unmatched', () => {
  const override = (sequence, summary, day, recurrenceId = 'RECURRENCE-ID;TZID=Europe/Belgrade:20190408T100000') => ['BEGIN:VEVENT', 'UID:w',
    ...(sequence === undefined ? [] : [`SEQUENCE:${sequence}`]), `SUMMARY:${summary}`, recurrenceId, `DTSTART;TZID=Europe/Belgrade:201904${day}T100000`, 'END:VEVENT'];
  const read = (...overrides) => {
    const text = ['BEGIN:VCALENDAR', 'VERSION:2.0',
      'BEGIN:VEVENT', 'UID:w', 'SUMMARY:Weekly', 'DTSTART;TZID=Europe/Belgrade:20190401T100000', 'DTEND;TZID=Europe/Belgrade:20190401T110000', 'RRULE:FREQ=WEEKLY;COUNT=3', 'END:VEVENT',
      ...overrides.flat(), 'END:VCALENDAR'].join('\r\n');
    const { feed, problems } = feedFromIcs(text, { from: '2019-01-01', to: '2019-12-31' });
    return [feed.events.map((e) => `${e.id} ${e.start} ${e.title}`), problems.map((p) => [p.code, p.line, p.message])];
  };
  // ical.js alone keeps the last one in the file, and the other was reported as changing an occurrence that does not exist.
  assert.deepEqual(read(override(2, 'Moved again', '09'), override(1, 'Moved', '10')), [
    ['w-20190401 2019-04-01T10:00 Weekly', 'w-20190408 2019-04-09T10:00 Moved again', 'w-20190415 2019-04-15T10:00 Weekly'],
    [['duplicate-override', 21, 'another change to the same occurrence of the recurring event "Weekly" (RECURRENCE-ID 20190408T100000 (Europe/Belgrade)), on line 10, is read instead of this one, as it has a higher SEQUENCE; this one is left out']],
  ]);
  assert.deepEqual(read(override(undefined, 'Moved', '10'), override(undefined, 'Moved again', '09')), [
    ['w-20190401 2019-04-01T10:00 Weekly', 'w-20190408 2019-04-09T10:00 Moved again', 'w-20190415 2019-04-15T10:00 Weekly'],
    [['duplicate-override', 13, 'another change to the same occurrence of the recurring event "Weekly" (RECURRENCE-ID 20190408T100000 (Europe/Belgrade)), on line 16, is read instead of this one, as it comes later in the file, with the same SEQUENCE and DTSTAMP; this one is left out']],
  ]);
  // The same instant written in UTC: ical.js took the one written as DTSTART is, whatever its SEQUENCE.
  assert.deepEqual(read(override(1, 'Moved', '10'), override(2, 'Moved again', '09', 'RECURRENCE-ID:20190408T080000Z')), [
    ['w-20190401 2019-04-01T10:00 Weekly', 'w-20190408 2019-04-09T10:00 Moved again', 'w-20190415 2019-04-15T10:00 Weekly'],
    [['duplicate-override', 14, 'another change to the same occurrence of the recurring event "Weekly" (RECURRENCE-ID 20190408T100000 (Europe/Belgrade)), on line 17, is read instead of this one, as it has a higher SEQUENCE; this one is left out']],
  ]);
});

test('a DTSTART or DTEND written with dashes is reported with its line and left out, not read as another day', () => {
  const ics = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN',
    'BEGIN:VEVENT', 'UID:dashed', 'SUMMARY:Written by hand', 'DTSTART;VALUE=DATE:2019-04-23', 'END:VEVENT',
    'BEGIN:VEVENT', 'UID:dashed-end', 'SUMMARY:End by hand', 'DTSTART:20190423T090000Z', 'DTEND:2019-04-23T10:00:00Z', 'END:VEVENT',
    'BEGIN:VEVENT', 'UID:fine', 'SUMMARY:Quoted zone', 'DTSTART;TZID="Europe/Tirane":20190424T093000', 'END:VEVENT',
    'BEGIN:VEVENT', 'UID:folded', 'SUMMARY:Folded', 'DTSTART;VALUE=DA', ' TE:20190425', 'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
  const { feed, problems } = feedFromIcs(ics, { from: '2019-01-01', to: '2019-12-31' });
  // ical.js alone reads 2019-04-23 as 4 December 2018, without a word.
  assert.deepEqual(feed.events.map((e) => [e.id, e.start]), [['fine', '2019-04-24T09:30'], ['folded', '2019-04-25']]);
  assert.deepEqual(problems.map((p) => [p.code, p.line, p.uid, p.message]), [
    ['invalid-date', 4, 'dashed', 'its DTSTART "2019-04-23" is not an iCalendar date such as 20190423 or 20190423T093000; the event is left out'],
    ['invalid-date', 9, 'dashed-end', 'its DTEND "2019-04-23T10:00:00Z" is not an iCalendar date such as 20190423 or 20190423T093000; the event is left out'],
  ]);
});

test('--language must be a language tag, as for from-csv; a language written by name gets its tag', () => {
  const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:a', 'DTSTART;VALUE=DATE:20190423', 'SUMMARY:Takim', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
  assert.throws(() => feedFromIcs(ics, { language: 'Albanian' }), { name: 'RangeError', message: "language: 'Albanian' is not a language tag such as 'en', 'sq' or 'sr-Latn' (for Albanian, write 'sq')" });
  assert.equal(feedFromIcs(ics, { language: 'sq' }).feed.language, 'sq');
});

test("--language al (Albania's code, a tag no language has) is refused on the command line, with the tag to write", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-ics-'));
  const file = join(dir, 'meetings.ics');
  writeFileSync(file, ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:a', 'DTSTART;VALUE=DATE:20190423', 'SUMMARY:Takim', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n'));
  const refused = await runCli(['from-ics', file, '--language', 'al']);
  assert.equal(refused.code, 2);
  assert.equal(refused.stdout, '');
  assert.match(refused.stderr, /^iisg-feed from-ics: --language: 'al' is not a language code \(Albanian is 'sq'\)\n$/);
  const read = await runCli(['from-ics', file, '--language', 'sq']);
  assert.equal(read.code, 0);
  assert.equal(JSON.parse(read.stdout).language, 'sq');
});

test('--max-occurrences reads more of a calendar the file-wide recurrence budget cuts, and the warning says so', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-ics-'));
  const file = join(dir, 'weekly.ics');
  // 20 weekly meetings over eight years, over the 5,000 occurrences a file gives by default.
  const series = Array.from({ length: 20 }, (_, i) => ['BEGIN:VEVENT', `UID:weekly-${i}`, `DTSTART;VALUE=DATE:201901${String(i + 1).padStart(2, '0')}`, 'RRULE:FREQ=WEEKLY', `SUMMARY:Weekly ${i}`, 'END:VEVENT']);
  writeFileSync(file, ['BEGIN:VCALENDAR', 'VERSION:2.0', ...series.flat(), 'END:VCALENDAR', ''].join('\r\n'));
  const window = ['--from', '2019-01-01', '--to', '2026-12-31'];
  const cut = await runCli(['from-ics', file, ...window]);
  assert.equal(cut.code, 0);
  assert.match(cut.stderr, /warning: the file's recurring events have more than 5000 occurrences in all .*; use --max-occurrences N to read more/);
  assert.equal(JSON.parse(cut.stdout).events.length, 5000);
  const whole = await runCli(['from-ics', file, ...window, '--max-occurrences', '4000']);
  assert.equal(whole.code, 0);
  assert.doesNotMatch(whole.stderr, /recurrence-budget|more than \d+ occurrences in all/);
  const weeks = (i) => Math.floor((Date.UTC(2026, 11, 31) - Date.UTC(2019, 0, i + 1)) / (7 * 86_400_000)) + 1;
  assert.equal(JSON.parse(whole.stdout).events.length, Array.from({ length: 20 }, (_, i) => weeks(i)).reduce((a, b) => a + b));
  assert.equal((await runCli(['from-ics', file, ...window, '--max-occurrences', '04000'])).code, 0, 'a leading zero');
  assert.equal((await runCli(['from-ics', file, '--max-occurrences', '0'])).code, 2);
  const refused = await runCli(['from-ics', file, '--max-occurrences', 'lots']);
  assert.equal(refused.code, 2);
  assert.equal(refused.stderr, "iisg-feed from-ics: --max-occurrences: 'lots' is not a whole number from 1 to 9999999\n");
});

test('a calendar with no events gives an empty feed and says so, not an empty feed without a word', () => {
  const empty = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Example//EN', 'X-WR-CALNAME:Meetings', 'END:VCALENDAR'].join('\r\n');
  const { feed, problems } = feedFromIcs(empty, { from: '2019-01-01', to: '2019-12-31' });
  assert.deepEqual(feed.events, []);
  assert.deepEqual(problems.map((p) => [p.code, p.severity, p.line]), [['no-events', 'warning', 1]]);
  assert.match(problems[0].message, /no events \(no BEGIN:VEVENT\)/);
  // A calendar with events says nothing of the kind, even when each of them is left out for its own reason.
  const privateOnly = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:p', 'SUMMARY:Private', 'CLASS:PRIVATE', 'DTSTART;VALUE=DATE:20190401', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
  assert.deepEqual(feedFromIcs(privateOnly, { from: '2019-01-01', to: '2019-12-31' }).problems.map((p) => p.code), ['private-event']);
});

test('a line folded inside a character\'s UTF-8 bytes is unfolded, then decoded (RFC 5545, 3.1), and problems keep their lines', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'iisg-ics-'));
  const file = join(dir, 'folded.ics');
  const utf8 = (text) => Buffer.from(text, 'utf8');
  const [e, euro] = [utf8('ë'), utf8('€')]; // two bytes, three bytes
  const crlf = Buffer.from('\r\n ');
  writeFileSync(file, Buffer.concat([
    utf8('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//EN\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20190423\r\n'),
    utf8('SUMMARY:Takimi n'), e.subarray(0, 1), crlf, e.subarray(1), utf8(' Tiran'), e.subarray(0, 1), crlf, e.subarray(1), utf8('\r\n'),
    utf8('DESCRIPTION:Fee 10 '), euro.subarray(0, 2), Buffer.from('\n\t'), euro.subarray(2), utf8('\r\n'),
    utf8('END:VEVENT\r\nBEGIN:VEVENT\r\nUID:b\r\nSUMMARY:No start\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n'),
  ]));
  const { code, stdout, stderr } = await runCli(['from-ics', file]);
  assert.equal(code, 1, stderr); // the event with no start
  assert.deepEqual(JSON.parse(stdout).events.map((event) => [event.title, event.description]), [['Takimi në Tiranë', 'Fee 10 €']]);
  // At the line of its BEGIN:VEVENT in the file as written: the folds are still there.
  assert.match(stderr, new RegExp(`^${file.replace(/[.\\]/g, '\\$&')}:13: error: `));
  // A byte that is not UTF-8 after a fold is still refused, not taken for a split character.
  writeFileSync(file, Buffer.concat([utf8('BEGIN:VCALENDAR\r\nSUMMARY:a\r\n '), Buffer.from([0x80]), utf8('\r\nEND:VCALENDAR\r\n')]));
  assert.match((await runCli(['from-ics', file])).stderr, /the file is not UTF-8 text/);
});

test('a URL that is not taken (javascript:, www. without https://) and a GEO off the globe are reported at their lines, and left out', () => {
  const calendar = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Example//EN',
    'BEGIN:VEVENT', 'UID:a', 'SUMMARY:A', 'DTSTART;VALUE=DATE:20190423', 'URL:javascript:alert(1)', 'GEO:91;200', 'END:VEVENT',
    'BEGIN:VEVENT', 'UID:b', 'SUMMARY:B', 'DTSTART;VALUE=DATE:20190424', 'URL:www.rcc.int/events', 'GEO:41.33;19.82', 'END:VEVENT',
    'END:VCALENDAR'].join('\r\n');
  const { feed, problems } = feedFromIcs(calendar, { from: '2019-01-01', to: '2019-12-31' });
  assert.deepEqual(feed.events.map((e) => [e.id, e.url, e.location && { ...e.location }]), [['a', undefined, undefined], ['b', undefined, { lat: 41.33, lon: 19.82 }]]);
  assert.deepEqual(problems.map((p) => [p.line, p.code, p.message]), [
    [8, 'unsafe-url', "its URL 'javascript:alert(1)' is not an http(s) or mailto link; it is left out"],
    [9, 'invalid-number', "its GEO '91;200' is not a latitude from -90 to 90 and a longitude from -180 to 180; it is left out"],
    [15, 'unsafe-url', "its URL 'www.rcc.int/events' has no https:// in front; it is left out (write 'https://www.rcc.int/events')"],
  ]);
});

// `//host/...` (a link without its scheme) was "has no https:// in front" though its slashes were there, with the
// link to write before what became of it in from-ics and after it in validate and from-csv.
test('a link written //host/...: from-ics, validate and from-csv say the same, with the https:// link to write', async () => {
  const link = '//www.rcc.int/events/7';
  const said = "'//www.rcc.int/events/7' starts with // instead of https://; it is %s (write 'https://www.rcc.int/events/7')";
  const calendar = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Example//EN',
    'BEGIN:VEVENT', 'UID:a', 'SUMMARY:A', 'DTSTART;VALUE=DATE:20190423', `URL:${link}`, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
  const ics = feedFromIcs(calendar, { from: '2019-01-01', to: '2019-12-31' });
  assert.deepEqual(ics.problems.map((p) => p.message), [`its URL ${said.replace('%s', 'left out')}`]);
  assert.equal(ics.feed.events[0].url, undefined);
  const dir = mkdtempSync(join(tmpdir(), 'iisg-link-'));
  const feedFile = join(dir, 'feed.json');
  writeFileSync(feedFile, JSON.stringify({ version: 1, events: [{ id: 'a', title: 'A', start: '2019-04-23', url: link }] }));
  const validated = await runCli(['validate', feedFile]);
  assert.match(validated.stdout, new RegExp(`: warning: ${escape(said.replace('%s', 'not shown'))} \\(events\\[0\\]\\.url\\)\\n`));
  const csvFile = join(dir, 'events.csv');
  writeFileSync(csvFile, `title,start,url\nA,2019-04-23,${link}\n`);
  const converted = await runCli(['from-csv', csvFile]);
  assert.equal(converted.stderr, `${csvFile}:2: warning: ${said.replace('%s', 'left out')} (column "url")\n`);
  assert.equal(JSON.parse(converted.stdout).events[0].url, undefined);
});

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
