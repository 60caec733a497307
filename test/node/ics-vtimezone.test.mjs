// The VTIMEZONE that `toIcs` (packages/feed/src/to-ics.ts) writes for a zone with summer time is the form Outlook
// (desktop) reads: one STANDARD and one DAYLIGHT, each with a yearly RRULE (MS-OXCICAL 2.1.3.1.1.19.2). It
// wrote one observance per change, without RRULE, with several STANDARDs a year, which Outlook is reported to
// misread as another zone or UTC (iCalcreator #86, keeper.sh #423): every timed event an hour off.
// Every event's instants are checked through the file's own VTIMEZONE, read by ical.js.
// Reads the sources, bundled by esbuild (test/setup/feed-sources.mjs), so it needs no `npm run build`.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { feedSources } from '../setup/feed-sources.mjs';
import ICAL from 'ical.js';

let feed;
before(async () => {
  feed = await feedSources('to-ics');
});

const HOUR = 3_600_000;
const formats = new Map();
/** `2019-03-31T03:30:00`: the wall clock of `zone` at the instant `ms`, from the runtime's zone data. */
function wall(ms, zone) {
  if (!formats.has(zone)) {
    formats.set(zone, new Intl.DateTimeFormat('en-CA', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }));
  }
  return formats.get(zone).format(ms).replace(', ', 'T');
}
const offset = (ms, zone) => Date.parse(`${wall(ms, zone)}Z`) - ms;
/** The first instant of the local day `date` in `zone`. */
const midnight = (date, zone) => Date.parse(`${date}T00:00Z`) - offset(Date.parse(`${date}T00:00Z`), zone);

/**
 * A feed of timed events in `zone` from `from` to `to` (local days), each 90 minutes long: one every 103.5 hours
 * (so the time of day moves on by 7.5 hours each), and one every half hour from 3 hours before to 3 hours after
 * each change of the clocks.
 */
function feedIn(zone, from, to) {
  // From noon: the first event is in the year `from` in UTC too, which the VTIMEZONE is for.
  const [first, last] = [midnight(from, zone) + 12 * HOUR, midnight(to, zone) + 24 * HOUR];
  const starts = [];
  for (let ms = first; ms < last; ms += 103.5 * HOUR) starts.push(ms);
  for (let ms = first, before = offset(ms, zone); ms < last; ms += HOUR) {
    const after = offset(ms + HOUR, zone);
    if (after !== before) for (let t = ms - 3 * HOUR; t <= ms + 3 * HOUR; t += HOUR / 2) starts.push(t);
    before = after;
  }
  const events = starts.map((ms, i) => ({ id: `e${i}`, title: 'E', start: new Date(ms).toISOString(), end: new Date(ms + 1.5 * HOUR).toISOString(), timeZone: zone }));
  const { feed: read, problems } = feed.parseFeed({ version: 1, timeZone: zone, events });
  assert.deepEqual(problems, []);
  return read;
}

/** The calendar, with its VTIMEZONEs registered with ical.js (and ical.js knowing no other zone). */
function readIcs(ics) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  ICAL.TimezoneService.reset();
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
  return calendar;
}

/** The instant of a DTSTART or DTEND, read through the VTIMEZONE of the file that its TZID names. */
function instant(vevent, name) {
  const property = vevent.getFirstProperty(name);
  const time = property.getFirstValue();
  const tzid = property.getParameter('tzid');
  if (tzid) {
    assert.ok(ICAL.TimezoneService.has(tzid), `no VTIMEZONE for ${tzid}`);
    time.zone = ICAL.TimezoneService.get(tzid);
  }
  return time.toUnixTime() * 1000;
}

/** Each observance of the zone's VTIMEZONE as `NAME DTSTART RRULE FROM TO`. */
function observances(calendar, zone) {
  const vtimezone = calendar.getAllSubcomponents('vtimezone').find((v) => v.getFirstPropertyValue('tzid') === zone);
  return vtimezone.getAllSubcomponents().map((o) => {
    const rrule = o.getFirstProperty('rrule');
    const from = o.getFirstProperty('tzoffsetfrom').toICALString().split(':')[1];
    const to = o.getFirstProperty('tzoffsetto').toICALString().split(':')[1];
    return [o.name.toUpperCase(), o.getFirstPropertyValue('dtstart').toICALString(), rrule ? rrule.toICALString().slice(6) : '-', from, to].join(' ');
  });
}

/** The file of `events`, checked: every event at the instants of the feed, through the file's VTIMEZONE. */
function checkedIcs(read) {
  const ics = feed.toIcs(read, read.events, { lang: 'en', now: new Date(0) });
  const calendar = readIcs(ics);
  const vevents = calendar.getAllSubcomponents('vevent');
  assert.equal(vevents.length, read.events.length);
  const iso = (ms) => new Date(ms).toISOString();
  const written = vevents.map((v) => `${v.getFirstPropertyValue('uid')} ${iso(instant(v, 'dtstart'))} ${iso(instant(v, 'dtend'))}`);
  assert.deepEqual(written, read.events.map((e) => `${e.id}@iisg-events ${iso(e.start)} ${iso(e.end)}`));
  return calendar;
}

const files = new Map();
/** The checked file of events from 2016 to 2027 in `zone`, made once. */
function years2016to2027(zone) {
  if (!files.has(zone)) files.set(zone, checkedIcs(feedIn(zone, '2016-01-01', '2027-12-31')));
  return files.get(zone);
}

/** Every half past the hour from `from` to `to`, as a wall-clock time through the file's VTIMEZONE, gives the instant back. */
function checkWallClock(calendar, zone, from, to) {
  const tz = new ICAL.Timezone(calendar.getAllSubcomponents('vtimezone').find((v) => v.getFirstPropertyValue('tzid') === zone));
  const first = midnight(from, zone) + HOUR / 2;
  const offsets = [];
  for (let ms = first - HOUR; ms <= midnight(to, zone) + HOUR; ms += HOUR) offsets.push(offset(ms, zone));
  let checked = 0;
  for (let i = 1; i < offsets.length - 1; i++) {
    // The hour repeated when clocks go back names two instants (toIcs writes a time in it in UTC).
    if (offsets[i - 1] > offsets[i] || offsets[i + 1] < offsets[i]) continue;
    const ms = first + (i - 1) * HOUR;
    const time = ICAL.Time.fromDateTimeString(new Date(ms + offsets[i]).toISOString().slice(0, 19));
    time.zone = tz;
    if (time.toUnixTime() * 1000 !== ms) assert.fail(`${zone} ${time}: ${new Date(time.toUnixTime() * 1000).toISOString()}, not ${new Date(ms).toISOString()}`);
    checked++;
  }
  return checked;
}

test('Belgrade: one STANDARD and one DAYLIGHT, with the EU rule as RRULEs, from the changes before the first event', () => {
  // Winter time, in force on 1 January of the first year, from the October before.
  assert.deepEqual(observances(checkedIcs(feedIn('Europe/Belgrade', '2019-04-23', '2019-06-12')), 'Europe/Belgrade'), [
    'STANDARD 20181028T030000 FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU +0200 +0100',
    'DAYLIGHT 20190331T020000 FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU +0100 +0200',
  ]);
  assert.deepEqual(observances(years2016to2027('Europe/Belgrade'), 'Europe/Belgrade'), [
    'STANDARD 20151025T030000 FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU +0200 +0100',
    'DAYLIGHT 20160327T020000 FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU +0100 +0200',
  ]);
});

test('the rule is the zone\'s own: the US\'s second and first Sundays, and Sydney\'s, where October brings summer time', () => {
  const rules = {
    'America/New_York': [
      'STANDARD 20151101T020000 FREQ=YEARLY;BYMONTH=11;BYDAY=1SU -0400 -0500',
      'DAYLIGHT 20160313T020000 FREQ=YEARLY;BYMONTH=3;BYDAY=2SU -0500 -0400',
    ],
    // Summer time in force on 1 January 2016: DAYLIGHT starts in the October before.
    'Australia/Sydney': [
      'STANDARD 20160403T030000 FREQ=YEARLY;BYMONTH=4;BYDAY=1SU +1100 +1000',
      'DAYLIGHT 20151004T020000 FREQ=YEARLY;BYMONTH=10;BYDAY=1SU +1000 +1100',
    ],
    'Europe/Tirane': [
      'STANDARD 20151025T030000 FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU +0200 +0100',
      'DAYLIGHT 20160327T020000 FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU +0100 +0200',
    ],
  };
  for (const [zone, expected] of Object.entries(rules)) {
    assert.deepEqual(observances(years2016to2027(zone), zone), expected, zone);
  }
});

test('2016 to 2027: every event at its instants, and every hour through the file\'s VTIMEZONE', () => {
  const zones = ['Europe/Belgrade', 'Europe/Tirane', 'Europe/Skopje', 'Europe/Sarajevo', 'Europe/Brussels', 'Australia/Sydney', 'America/New_York', 'Europe/Istanbul'];
  for (const zone of zones) {
    const calendar = years2016to2027(zone); // every event checked
    assert.ok(checkWallClock(calendar, zone, '2016-01-01', '2028-01-01') > 12 * 8750, zone);
    // One STANDARD and one DAYLIGHT with their RRULEs, where the zone has kept one rule all these years.
    if (zone !== 'Europe/Istanbul') assert.deepEqual(observances(calendar, zone).map((o) => o.split(' ')[0]), ['STANDARD', 'DAYLIGHT'], zone);
  }
});

test('years apart (2016 and 2027 only) take the same rule; the events of both are right', () => {
  const events = [...feedIn('Europe/Belgrade', '2016-01-01', '2016-12-31').events, ...feedIn('Europe/Belgrade', '2027-01-01', '2027-12-31').events];
  const { feed: read } = feed.parseFeed({ version: 1, timeZone: 'Europe/Belgrade', events: events.map((e, i) => ({ id: `e${i}`, title: 'E', start: new Date(e.start).toISOString(), end: new Date(e.end).toISOString() })) });
  const calendar = checkedIcs(read);
  assert.deepEqual(observances(calendar, 'Europe/Belgrade').map((o) => o.split(' ').slice(0, 3).join(' ')), [
    'STANDARD 20151025T030000 FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'DAYLIGHT 20160327T020000 FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  ]);
});

test('a zone without summer time keeps a single STANDARD; one whose rules changed in the years, a change by change VTIMEZONE', () => {
  // Turkey has kept +03:00 since September 2016.
  const still = checkedIcs(feedIn('Europe/Istanbul', '2019-01-01', '2025-12-31'));
  assert.deepEqual(observances(still, 'Europe/Istanbul'), ['STANDARD 20181231T030000 - +0300 +0300']);
  // In 2016 it moved its clocks forward in March, and never back: no yearly rule says that.
  const dropped = years2016to2027('Europe/Istanbul');
  assert.deepEqual(observances(dropped, 'Europe/Istanbul'), ['STANDARD 20151231T020000 - +0200 +0200', 'DAYLIGHT 20160327T030000 - +0200 +0300']);
  // Brazil dropped summer time in 2019, after moving its start from October to November in 2018.
  const brazil = checkedIcs(feedIn('America/Sao_Paulo', '2016-01-01', '2021-12-31'));
  assert.ok(observances(brazil, 'America/Sao_Paulo').every((o) => o.includes(' - ')), 'no RRULE');
  assert.ok(checkWallClock(brazil, 'America/Sao_Paulo', '2016-01-01', '2022-01-01') > 6 * 8750);
});

test('a zone that moved its offsets but not the dates of its changes (Nuuk, 2023) is not written with one rule for both', () => {
  // Greenland kept the EU's dates (01:00 UTC on the last Sundays of March and October) but went from -03:00/-02:00
  // to -02:00/-01:00 in 2023: one pair of RRULEs gave the events of 2025 the offsets of 2022, an hour off.
  const events = [...feedIn('America/Nuuk', '2022-01-01', '2022-12-31').events, ...feedIn('America/Nuuk', '2025-01-01', '2025-12-31').events];
  const { feed: read } = feed.parseFeed({ version: 1, timeZone: 'America/Nuuk', events: events.map((e, i) => ({ id: `e${i}`, title: 'E', start: new Date(e.start).toISOString(), end: new Date(e.end).toISOString() })) });
  const calendar = checkedIcs(read);
  assert.ok(checkWallClock(calendar, 'America/Nuuk', '2025-01-01', '2026-01-01') > 8700);
});
