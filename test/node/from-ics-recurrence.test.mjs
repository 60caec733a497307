// feedFromIcs (packages/feed/src/from-ics.ts) and how a recurrence set is expanded where ical.js alone gets it
// wrong: several RRULEs (which Apple's calendar wrote), and an RDATE or a second rule giving a time again.
// Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedFromIcs } from '../../packages/feed/dist/from-ics.js';

const calendar = (...lines) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'BEGIN:VEVENT', 'UID:r', 'SUMMARY:Call', ...lines, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
function read(text, options = {}) {
  const { feed, problems } = feedFromIcs(text, { from: '2012-01-01', to: '2012-12-31', ...options });
  return { events: feed.events.map((e) => `${e.id} ${e.start}`), problems: problems.map((p) => `${p.code}: ${p.message}`) };
}

test('of two RRULEs that end together, the one still going is not dropped when the other ends', () => {
  // Mondays, and every Sunday of the month, to the same UNTIL (Sunday 29 July, 23:59 in Los Angeles): ical.js took
  // the Sunday rule out when the Monday rule ended, and 29 July was lost.
  const text = calendar('DTSTART;TZID=America/Los_Angeles:20120702T110000', 'RRULE:FREQ=WEEKLY;UNTIL=20120730T065959Z', 'RRULE:FREQ=MONTHLY;BYDAY=SU;UNTIL=20120730T065959Z');
  const { events, problems } = read(text);
  assert.deepEqual(events.map((e) => e.split(' ')[1].slice(5, 10)), ['07-02', '07-08', '07-09', '07-15', '07-16', '07-22', '07-23', '07-29']);
  assert.deepEqual(problems, []);
  // Three rules, the first ending first: the two others go on.
  const three = read(calendar('DTSTART:20120702T110000Z', 'RRULE:FREQ=WEEKLY;COUNT=1', 'RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=2', 'RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=2'));
  assert.deepEqual(three.events, ['r-20120702 2012-07-02T11:00:00Z', 'r-20120703 2012-07-03T11:00:00Z', 'r-20120704 2012-07-04T11:00:00Z', 'r-20120710 2012-07-10T11:00:00Z', 'r-20120711 2012-07-11T11:00:00Z']);
});

test('a time given twice (an RDATE that an RRULE gives too, or two rules) is one occurrence, under its usual id', () => {
  // It was shown twice, as 'r-20120709T110000' and 'r-20120709T110000~2', with a duplicate-uid warning that blamed the UID.
  for (const rdate of ['RDATE;TZID=Europe/Belgrade:20120709T110000', 'RDATE:20120709T090000Z', 'RDATE;TZID=Europe/Belgrade:20120702T110000,20120709T110000']) {
    const { events, problems } = read(calendar('DTSTART;TZID=Europe/Belgrade:20120702T110000', 'RRULE:FREQ=WEEKLY;COUNT=3', rdate));
    assert.deepEqual(events, ['r-20120702 2012-07-02T11:00', 'r-20120709 2012-07-09T11:00', 'r-20120716 2012-07-16T11:00'], rdate);
    assert.deepEqual(problems, [], rdate);
  }
  const { events, problems } = read(calendar('DTSTART:20120702T110000Z', 'RRULE:FREQ=WEEKLY;COUNT=2', 'RRULE:FREQ=DAILY;COUNT=3'));
  assert.deepEqual(events, ['r-20120702 2012-07-02T11:00:00Z', 'r-20120703 2012-07-03T11:00:00Z', 'r-20120704 2012-07-04T11:00:00Z', 'r-20120709 2012-07-09T11:00:00Z']);
  assert.deepEqual(problems, []);
  // After the window too: counted once in what the window leaves out.
  const later = read(calendar('DTSTART:20121224T110000Z', 'RRULE:FREQ=WEEKLY;COUNT=3', 'RDATE:20130107T110000Z'));
  assert.deepEqual(later.problems, ['outside-window: the recurring event "Call" is read from 2012-01-01 to 2012-12-31 only, the window recurring events are read in: its later occurrence (2013-01-07) is left out']);
});

// An RDATE time and an RDATE period at one instant are one occurrence; ical.js keeps them in the order written, and
// the period written second was dropped as the duplicate, and its end with it.
test('RDATEs with RRULE, EXDATE and periods: each occurrence once, in date order, on the event\'s clock, a period keeping its end whichever is written first', () => {
  const end = (text) => feedFromIcs(text, { from: '2026-01-01', to: '2026-12-31' }).feed.events.map((e) => `${e.start.slice(5, 16)}-${e.end.slice(11, 16)}`);
  for (const order of [['RDATE;VALUE=PERIOD:20260106T090000Z/20260106T150000Z', 'RDATE:20260106T090000Z'], ['RDATE:20260106T090000Z', 'RDATE;VALUE=PERIOD:20260106T090000Z/20260106T150000Z']]) {
    assert.deepEqual(end(calendar('DTSTART:20260105T090000Z', 'DURATION:PT1H', ...order)), ['01-05T09:00-10:00', '01-06T09:00-15:00'], order.join(' '));
    // And a rule that gives the same time too.
    assert.deepEqual(end(calendar('DTSTART:20260105T090000Z', 'DURATION:PT1H', 'RRULE:FREQ=DAILY;COUNT=3', ...order)), ['01-05T09:00-10:00', '01-06T09:00-15:00', '01-07T09:00-10:00'], order.join(' '));
  }
  // Mixed: RDATEs before DTSTART, out of order, in UTC and another zone (the same instants as the rule's), a period, and
  // an EXDATE in UTC that deletes an RDATE written on the event's clock.
  const mixed = calendar(
    'DTSTART;TZID=Europe/Belgrade:20260105T100000', 'DTEND;TZID=Europe/Belgrade:20260105T110000', 'RRULE:FREQ=WEEKLY;COUNT=4',
    'RDATE;TZID=Europe/Belgrade:20260112T100000,20260103T100000', 'RDATE:20260119T090000Z', 'RDATE;TZID=Europe/Belgrade:20260301T100000,20260210T100000',
    'RDATE;TZID=America/New_York:20260110T040000', 'EXDATE:20260210T090000Z', 'RDATE;VALUE=PERIOD:20260205T080000Z/20260205T120000Z',
  );
  assert.deepEqual(end(mixed), ['01-03T10:00-11:00', '01-05T10:00-11:00', '01-10T10:00-11:00', '01-12T10:00-11:00', '01-19T10:00-11:00', '01-26T10:00-11:00', '02-05T09:00-13:00', '03-01T10:00-11:00']);
});
