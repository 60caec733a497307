// Three time-zone slips from an audit of the data layer (packages/feed/src), each once silent: a CSV end time
// alone that is past midnight (feedFromCsv), an ICS DURATION across a change of summer time (feedFromIcs),
// and a feed's date-time with its zone's offset of other months (parseFeed).
// Reads the sources, bundled by esbuild (test/setup/feed-sources.mjs), so it needs no
// `npm run build` and never tests a dist/ older than them.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { feedSources } from '../setup/feed-sources.mjs';

let feed;
before(async () => {
  feed = await feedSources('from-csv', 'from-ics');
});

const said = (problems) => problems.map((p) => `${p.severity} ${p.code} ${feed.formatProblem(p)}`);
/** Hours from the event's start to its end, as the feed parser reads the two. */
const hours = (event, timeZone = 'UTC') => {
  const { feed: read } = feed.parseFeed({ version: 1, timeZone, events: [event] });
  const [{ start, end }] = read.events;
  return (end - start) / 3_600_000;
};

test('CSV: an end time alone before the start time is on the next day; one after it or equal to it, on the start day', () => {
  const csv = [
    'id,title,start,startTime,endTime,timeZone',
    'late,Late,2026-04-23,22:00,01:00,Europe/Belgrade',
    'inline,Inline,2026-04-23 22:00,,00:30,Europe/Belgrade',
    'year,Year,31.12.2026.,23:00,00:30,Europe/Belgrade',
    'day,Day,2026-04-23,09:00,17:00,Europe/Belgrade',
    'same,Same,2026-04-23,09:00,09:00,Europe/Belgrade',
    'midnight,Midnight,2026-04-23,20:00,24:00,Europe/Belgrade',
    // Seconds on one side only: the same time, not a time before it.
    'seconds,Seconds,2026-04-23 22:00:00,,22:00,Europe/Belgrade',
  ].join('\n');
  const { feed: out, problems } = feed.feedFromCsv(csv);
  assert.deepEqual(problems, []);
  assert.deepEqual(out.events.map((e) => `${e.id} ${e.start} ${e.end}`), [
    'late 2026-04-23T22:00 2026-04-24T01:00',
    'inline 2026-04-23T22:00 2026-04-24T00:30',
    'year 2026-12-31T23:00 2027-01-01T00:30',
    'day 2026-04-23T09:00 2026-04-23T17:00',
    'same 2026-04-23T09:00 2026-04-23T09:00',
    'midnight 2026-04-23T20:00 2026-04-23T24:00',
    'seconds 2026-04-23T22:00:00 2026-04-23T22:00',
  ]);
  // The feed keeps the end: no end-before-start, and the night is 3 hours long.
  const parsed = feed.parseFeed(out);
  assert.deepEqual(said(parsed.problems), []);
  assert.equal(hours(out.events[0], 'Europe/Belgrade'), 3);
  // An end date given: the parser says what is wrong with it, and the end it does not read is not written (every
  // page would say it again).
  const dated = feed.feedFromCsv('title,start,startTime,end,endTime\nA,2026-04-23,22:00,2026-04-23,01:00');
  assert.equal(dated.feed.events[0].end, undefined);
  assert.deepEqual(dated.problems.map((p) => p.code), ['no-time-zone', 'end-before-start']);
});

const calendar = (...lines) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'BEGIN:VEVENT', 'UID:d', 'SUMMARY:Night', ...lines, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
function readIcs(text, options = {}) {
  const { feed: out, problems } = feed.feedFromIcs(text, { from: '2026-01-01', to: '2026-12-31', ...options });
  assert.deepEqual(problems, []);
  return out.events.map((e) => ({ ...e, timeZone: e.timeZone ?? out.timeZone }));
}

test('ICS: a DURATION in hours is elapsed time across a change of summer time; days and weeks stay on the wall clock', () => {
  const cases = [
    // Clocks go back at 03:00 on 25 October: 6 hours from 22:00 end at 03:00, not 04:00 (7 hours).
    ['DTSTART;TZID=Europe/Belgrade:20261024T220000', 'DURATION:PT6H', '2026-10-24T22:00', '2026-10-25T03:00', 6],
    // Clocks go forward at 02:00 on 29 March: 4 hours from 23:00 end at 04:00, not 03:00 (3 hours).
    ['DTSTART;TZID=Europe/Belgrade:20260328T230000', 'DURATION:PT4H', '2026-03-28T23:00', '2026-03-29T04:00', 4],
    ['DTSTART;TZID=Europe/Belgrade:20260328T233000', 'DURATION:PT2H45M30S', '2026-03-28T23:30', '2026-03-29T03:15:30', 2.7583333333333333],
    // A day is the same time the next day (23 hours here); then the hours are elapsed.
    ['DTSTART;TZID=Europe/Belgrade:20261024T220000', 'DURATION:P1D', '2026-10-24T22:00', '2026-10-25T22:00', 25],
    ['DTSTART;TZID=Europe/Belgrade:20260328T120000', 'DURATION:P1DT15H', '2026-03-28T12:00', '2026-03-30T03:00', 38],
    ['DTSTART;TZID=Europe/Belgrade:20261018T220000', 'DURATION:P7DT6H', '2026-10-18T22:00', '2026-10-26T04:00', 175],
    // Windows' name, without a VTIMEZONE; a DTEND is kept as written.
    ['DTSTART;TZID=Central Europe Standard Time:20261024T220000', 'DURATION:PT6H', '2026-10-24T22:00', '2026-10-25T03:00', 6],
    ['DTSTART;TZID=Europe/Belgrade:20261024T220000', 'DTEND;TZID=Europe/Belgrade:20261025T040000', '2026-10-24T22:00', '2026-10-25T04:00', 7],
    // UTC was right already, and stays so.
    ['DTSTART:20261024T200000Z', 'DURATION:PT6H', '2026-10-24T20:00:00Z', '2026-10-25T02:00:00Z', 6],
  ];
  for (const [dtstart, length, start, end, h] of cases) {
    const [event] = readIcs(calendar(dtstart, length));
    assert.deepEqual([event.start, event.end], [start, end], `${dtstart} ${length}`);
    assert.equal(hours(event), h, `${dtstart} ${length}`);
  }
  // A floating time is on the feed's clock.
  const [floating] = readIcs(calendar('DTSTART:20261024T220000', 'DURATION:PT6H'), { timeZone: 'Europe/Belgrade' });
  assert.deepEqual([floating.start, floating.end, hours(floating)], ['2026-10-24T22:00', '2026-10-25T03:00', 6]);
});

test('ICS: each occurrence of a recurring event with a DURATION in hours lasts that long, and a change to one by its own', () => {
  const events = readIcs(
    [
      calendar('DTSTART;TZID=Europe/Belgrade:20261017T220000', 'DURATION:PT6H', 'RRULE:FREQ=WEEKLY;COUNT=3').replace('END:VCALENDAR', ''),
      'BEGIN:VEVENT', 'UID:d', 'SUMMARY:Night (moved)', 'RECURRENCE-ID;TZID=Europe/Belgrade:20261031T220000',
      'DTSTART;TZID=Europe/Belgrade:20261028T230000', 'DURATION:PT2H', 'END:VEVENT',
      // An RDATE period gives its own end.
      'BEGIN:VEVENT', 'UID:p', 'SUMMARY:Period', 'DTSTART;TZID=Europe/Belgrade:20261017T220000', 'DURATION:PT6H', 'RRULE:FREQ=WEEKLY;COUNT=1',
      'RDATE;VALUE=PERIOD:20261024T200000Z/20261025T040000Z', 'END:VEVENT', 'END:VCALENDAR',
    ].join('\r\n'),
  );
  assert.deepEqual(events.map((e) => `${e.id} ${e.start} ${e.end} ${hours(e)}`).sort(), [
    'd-20261017 2026-10-17T22:00 2026-10-18T04:00 6',
    'd-20261024 2026-10-24T22:00 2026-10-25T03:00 6',
    'd-20261031 2026-10-28T23:00 2026-10-29T01:00 2',
    'p-20261017 2026-10-17T22:00 2026-10-18T04:00 6',
    'p-20261024 2026-10-24T22:00 2026-10-25T05:00 8',
  ]);
});

test('a date-time with its zone\'s offset of another time of year is a warning; the offset still fixes the instant', () => {
  const events = [
    // A summer offset in a winter date: the event's id and both values are named.
    { id: 'cms-1', title: 'A', start: '2026-01-15T09:00:00+02:00', end: '2026-01-15T11:00+0200' },
    // The zone's own offsets, UTC's (how programs write an instant), and a plain wall-clock time: nothing to say.
    { id: 'cms-2', title: 'B', start: '2026-07-15T09:00:00+02:00', end: '2026-07-15T10:00:00Z' },
    { id: 'cms-3', title: 'C', start: '2026-01-15T09:00+01:00', end: '2026-01-15T11:00' },
    // The event's own zone is the one it must agree with (+02:00 is Belgrade's then): Helsinki's winter offset in its
    // last week of summer time.
    { id: 'cms-4', title: 'D', timeZone: 'Europe/Helsinki', start: '2026-10-20T09:00+02:00' },
    { id: 'cms-5', title: 'E', timeZone: 'Europe/Helsinki', start: '2026-10-20T09:00+03:00' },
    // An offset the zone never has is another zone's clock (a program elsewhere that wrote the instant), not a slip.
    { id: 'cms-6', title: 'F', start: '2026-01-15T03:00-05:00', end: '2026-01-15T12:00:00+04:00' },
  ];
  const { feed: read, problems } = feed.parseFeed({ version: 1, timeZone: 'Europe/Belgrade', events });
  assert.deepEqual(said(problems), [
    "warning offset-mismatch events[0].start: the offset +02:00 is Europe/Belgrade's in other months, not on that date (+01:00): the time shown is 08:00 (write +01:00 or no offset)",
    "warning offset-mismatch events[0].end: the offset +0200 is Europe/Belgrade's in other months, not on that date (+01:00): the time shown is 10:00 (write +01:00 or no offset)",
    "warning offset-mismatch events[3].start: the offset +02:00 is Europe/Helsinki's in other months, not on that date (+03:00): the time shown is 10:00 (write +03:00 or no offset)",
  ]);
  assert.deepEqual(problems.map((p) => p.eventId), ['cms-1', 'cms-1', 'cms-4']);
  assert.equal(read.events.length, events.length);
  assert.equal(new Date(read.events[0].start).toISOString(), '2026-01-15T07:00:00.000Z');
  // A feed that names no zone reads its times by their offsets: no zone to disagree with.
  const unzoned = feed.parseFeed({ version: 1, events: [events[0]] });
  assert.deepEqual(said(unzoned.problems), []);
});
