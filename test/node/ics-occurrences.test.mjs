// The recurrence set of an ICS event as RFC 5545 makes it, where ical.js alone does not (feedFromIcs,
// packages/feed/src/from-ics.ts): DTSTART is its first instance with RDATEs and no RRULE too (3.8.5.2), and each
// occurrence of an event with a DTEND lasts exactly as long as DTSTART to DTEND (3.8.5.3), across a change of
// summer time too. Reads the sources, bundled by esbuild (test/setup/feed-sources.mjs): no `npm run build`.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { feedSources } from '../setup/feed-sources.mjs';

let feed;
before(async () => {
  feed = await feedSources('from-ics');
});

const calendar = (...events) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...events.flat(), 'END:VCALENDAR'].join('\r\n');
const vevent = (uid, ...lines) => ['BEGIN:VEVENT', `UID:${uid}`, 'SUMMARY:Meeting', ...lines, 'END:VEVENT'];
const TZ = 'DTSTART;TZID=Europe/Belgrade:';
const END = 'DTEND;TZID=Europe/Belgrade:';
/** "id start end hours" of each event, the hours as the feed parser reads start and end ("-" for dates). */
function read(text, expectedProblems = []) {
  const { feed: out, problems } = feed.feedFromIcs(text, { from: '2026-01-01', to: '2026-12-31' });
  assert.deepEqual(problems.map((p) => `${p.code}: ${p.message}`), expectedProblems);
  const { feed: parsed } = feed.parseFeed(out);
  return out.events.map((e, i) => {
    const { start, end } = parsed.events[i];
    return [e.id, e.start, e.end, e.start.includes('T') ? (end - start) / 3_600_000 : '-'].join(' ');
  });
}

test('an event with RDATEs and no RRULE has its DTSTART too, once, before or among them', () => {
  const [start, end] = [`${TZ}20260504T090000`, `${END}20260504T100000`];
  const rdates = [
    'RDATE;TZID=Europe/Belgrade:20260511T090000,20260518T090000',
    // DTSTART again, on its own clock or in UTC: one occurrence.
    'RDATE;TZID=Europe/Belgrade:20260504T090000,20260511T090000,20260518T090000',
    'RDATE:20260504T070000Z,20260511T070000Z,20260518T070000Z',
    // Two RDATE lines, out of order.
    'RDATE;TZID=Europe/Belgrade:20260518T090000\r\nRDATE;TZID=Europe/Belgrade:20260511T090000',
  ];
  for (const rdate of rdates) {
    assert.deepEqual(read(calendar(vevent('r', start, end, rdate))), ['r-20260504 2026-05-04T09:00 2026-05-04T10:00 1', 'r-20260511 2026-05-11T09:00 2026-05-11T10:00 1', 'r-20260518 2026-05-18T09:00 2026-05-18T10:00 1'], rdate);
  }
  // Periods keep their own ends; one at DTSTART is that occurrence, with its end.
  assert.deepEqual(read(calendar(vevent('p', start, end, 'RDATE;VALUE=PERIOD:20260511T070000Z/20260511T100000Z,20260518T070000Z/PT2H'))), [
    'p-20260504 2026-05-04T09:00 2026-05-04T10:00 1',
    'p-20260511 2026-05-11T09:00 2026-05-11T12:00 3',
    'p-20260518 2026-05-18T09:00 2026-05-18T11:00 2',
  ]);
  assert.deepEqual(read(calendar(vevent('q', start, end, 'RDATE;VALUE=PERIOD:20260504T070000Z/20260504T100000Z,20260518T070000Z/PT2H'))), [
    'q-20260504 2026-05-04T09:00 2026-05-04T12:00 3',
    'q-20260518 2026-05-18T09:00 2026-05-18T11:00 2',
  ]);
  // An RDATE before DTSTART (ical.js reads those from the first, as Google writes birthdays), all-day dates, an
  // EXDATE that deletes DTSTART, and a second session on the DTSTART's day.
  assert.deepEqual(read(calendar(vevent('e', start, end, 'RDATE;TZID=Europe/Belgrade:20260427T090000,20260518T090000'))), ['e-20260427 2026-04-27T09:00 2026-04-27T10:00 1', 'e-20260504 2026-05-04T09:00 2026-05-04T10:00 1', 'e-20260518 2026-05-18T09:00 2026-05-18T10:00 1']);
  assert.deepEqual(read(calendar(vevent('d', 'DTSTART;VALUE=DATE:20260504', 'RDATE;VALUE=DATE:20260511,20260518'))), ['d-20260504 2026-05-04  -', 'd-20260511 2026-05-11  -', 'd-20260518 2026-05-18  -']);
  assert.deepEqual(read(calendar(vevent('x', start, end, 'RDATE;TZID=Europe/Belgrade:20260511T090000', 'EXDATE;TZID=Europe/Belgrade:20260504T090000'))), ['x-20260511 2026-05-11T09:00 2026-05-11T10:00 1']);
  assert.deepEqual(read(calendar(vevent('s', start, end, 'RDATE;TZID=Europe/Belgrade:20260504T140000'))), ['s-20260504T090000 2026-05-04T09:00 2026-05-04T10:00 1', 's-20260504T140000 2026-05-04T14:00 2026-05-04T15:00 1']);
  // A change to the DTSTART occurrence finds it.
  const moved = calendar(vevent('m', start, end, 'RDATE;TZID=Europe/Belgrade:20260511T090000'), vevent('m', 'RECURRENCE-ID;TZID=Europe/Belgrade:20260504T090000', `${TZ}20260505T090000`, `${END}20260505T100000`));
  assert.deepEqual(read(moved), ['m-20260504 2026-05-05T09:00 2026-05-05T10:00 1', 'm-20260511 2026-05-11T09:00 2026-05-11T10:00 1']);
});

test('each occurrence of a recurring event with a DTEND lasts as long as DTSTART to DTEND, across a change of summer time too', () => {
  // Clocks go back at 03:00 on 25 October (02:00 to 03:00 twice), forward at 02:00 on 29 March.
  const night = (uid, dtstart, dtend) => vevent(uid, `${TZ}${dtstart}`, `${END}${dtend}`, 'RRULE:FREQ=WEEKLY;COUNT=3');
  // 6 hours from 22:00 end at 03:00 that night (ical.js: 04:00, 7 hours).
  assert.deepEqual(read(calendar(night('a', '20261017T220000', '20261018T040000'))), [
    'a-20261017 2026-10-17T22:00 2026-10-18T04:00 6',
    'a-20261024 2026-10-24T22:00 2026-10-25T03:00 6',
    'a-20261031 2026-10-31T22:00 2026-11-01T04:00 6',
  ]);
  // 4 hours from 22:00 end at 03:00 the night clocks go forward (ical.js: 02:00, which that night has not).
  assert.deepEqual(read(calendar(night('s', '20260321T220000', '20260322T020000'))), [
    's-20260321 2026-03-21T22:00 2026-03-22T02:00 4',
    's-20260328 2026-03-28T22:00 2026-03-29T03:00 4',
    's-20260404 2026-04-04T22:00 2026-04-05T02:00 4',
  ]);
  // 5 hours from 22:00 end at 02:00 the second time round that night: written with its offset (a wall time alone
  // reads as the first 02:00, 4 hours), as a DURATION's end is.
  assert.deepEqual(read(calendar(night('r', '20261017T220000', '20261018T030000'))), [
    'r-20261017 2026-10-17T22:00 2026-10-18T03:00 5',
    'r-20261024 2026-10-24T22:00 2026-10-25T02:00:00+01:00 5',
    'r-20261031 2026-10-31T22:00 2026-11-01T03:00 5',
  ]);
  assert.deepEqual(read(calendar(vevent('d', `${TZ}20261024T220000`, 'DURATION:PT5H'))), ['d 2026-10-24T22:00 2026-10-25T02:00:00+01:00 5']);
  // A DTSTART to DTEND across the change itself is its exact length, 7 hours, for every occurrence.
  assert.deepEqual(read(calendar(night('c', '20261024T220000', '20261025T040000'))), [
    'c-20261024 2026-10-24T22:00 2026-10-25T04:00 7',
    'c-20261031 2026-10-31T22:00 2026-11-01T05:00 7',
    'c-20261107 2026-11-07T22:00 2026-11-08T05:00 7',
  ]);
  // A DTEND on another clock (London, an hour behind): the time between the two, 6 hours.
  assert.deepEqual(read(calendar(vevent('l', `${TZ}20261017T220000`, 'DTEND;TZID=Europe/London:20261018T030000', 'RRULE:FREQ=WEEKLY;COUNT=2'))), [
    'l-20261017 2026-10-17T22:00 2026-10-18T04:00 6',
    'l-20261024 2026-10-24T22:00 2026-10-25T03:00 6',
  ]);
  // A change to one occurrence keeps its own DTEND; an RDATE period its own end; an RDATE the event's length.
  const changed = calendar(
    night('o', '20261017T220000', '20261018T040000'),
    vevent('o', 'RECURRENCE-ID;TZID=Europe/Belgrade:20261024T220000', `${TZ}20261024T230000`, `${END}20261025T040000`),
    vevent('p', `${TZ}20261017T220000`, `${END}20261018T040000`, 'RDATE;VALUE=PERIOD:20261024T200000Z/20261025T030000Z', 'RDATE;TZID=Europe/Belgrade:20261031T220000'),
  );
  assert.deepEqual(read(changed), [
    'o-20261017 2026-10-17T22:00 2026-10-18T04:00 6',
    'p-20261017 2026-10-17T22:00 2026-10-18T04:00 6',
    'p-20261024 2026-10-24T22:00 2026-10-25T04:00 7',
    'o-20261024 2026-10-24T23:00 2026-10-25T04:00 6',
    'o-20261031 2026-10-31T22:00 2026-11-01T04:00 6',
    'p-20261031 2026-10-31T22:00 2026-11-01T04:00 6',
  ]);
  // Days stay days: an all-day event keeps its dates; a one-off event its own DTEND.
  assert.deepEqual(read(calendar(vevent('w', 'DTSTART;VALUE=DATE:20261024', 'DTEND;VALUE=DATE:20261026', 'RRULE:FREQ=WEEKLY;COUNT=2'), vevent('one', `${TZ}20261024T220000`, `${END}20261025T040000`))), [
    'w-20261024 2026-10-24 2026-10-25 -',
    'one 2026-10-24T22:00 2026-10-25T04:00 7',
    'w-20261031 2026-10-31 2026-11-01 -',
  ]);
  // UTC was right already.
  assert.deepEqual(read(calendar(vevent('u', 'DTSTART:20261017T200000Z', 'DTEND:20261018T020000Z', 'RRULE:FREQ=WEEKLY;COUNT=2'))), ['u-20261017 2026-10-17T20:00:00Z 2026-10-18T02:00:00Z 6', 'u-20261024 2026-10-24T20:00:00Z 2026-10-25T02:00:00Z 6']);
});
