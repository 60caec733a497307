// feedFromIcs (packages/feed/src/from-ics.ts) and changes to one occurrence of a recurring event
// (RECURRENCE-ID overrides): which of two versions is current, changes whose recurring event is missing or
// does not recur, changes to an occurrence the event does not have, and the clock their times are written on.
// Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { feedFromIcs } from '../../packages/feed/dist/from-ics.js';

const SRC = new URL('../../packages/feed/src/', import.meta.url);

test('IcsProblem.code lists every code the reader gives', () => {
  const files = readdirSync(SRC).filter((name) => /^(from-ics|ics-).*\.ts$/.test(name));
  const sources = files.map((name) => readFileSync(new URL(name, SRC), 'utf8'));
  const given = new Set(sources.flatMap((text) => [...text.matchAll(/'(?:warning|error)', '([a-z-]+)'|code: '([a-z-]+)'/g)].map((m) => m[1] ?? m[2])));
  const fromIcs = sources[files.indexOf('from-ics.ts')];
  const doc = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*code: string;/.exec(fromIcs.slice(fromIcs.indexOf('interface IcsProblem')))[1];
  const listed = new Set([...doc.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]));
  assert.ok(given.size >= 18, [...given].join(' '));
  assert.deepEqual([...given].filter((code) => !listed.has(code)), []);
  assert.deepEqual([...listed].filter((code) => !given.has(code)), []);
});

const calendar = (...events) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...events.flat(), 'END:VCALENDAR'].join('\r\n');
const vevent = (...lines) => ['BEGIN:VEVENT', ...lines.flat(), 'END:VEVENT'];
/** The line (1-based) of the `n`th line of `text` that starts with `start`. */
const lineOf = (text, start, n = 1) => text.split('\r\n').findIndex((line) => line.startsWith(start) && !--n) + 1;
/** The events as `id start end status title`, and the problems as [code, line, message]. */
function read(text, options = {}) {
  const { feed, problems } = feedFromIcs(text, { from: '2019-01-01', to: '2019-12-31', ...options });
  return {
    events: feed.events.map((e) => [e.id, e.start, e.end, e.timeZone, e.status, e.title].filter(Boolean).join(' ')),
    problems: problems.map((p) => [p.code, p.line, p.message]),
  };
}
/** Mondays at 10:00 in Belgrade from 1 April 2019, `count` of them. */
const weekly = (count = 3, ...more) => vevent('UID:w', 'SUMMARY:Weekly', 'DTSTART;TZID=Europe/Belgrade:20190401T100000', 'DTEND;TZID=Europe/Belgrade:20190401T110000', `RRULE:FREQ=WEEKLY;COUNT=${count}`, ...more);
const TZ = 'DTSTART;TZID=Europe/Belgrade:';
/** How the reader starts its report of a change to `weekly()` for a time it does not occur at. */
const about = (rid) => `this change to one occurrence of the recurring event "Weekly" is for ${rid} (its RECURRENCE-ID), when the event does not occur; `;

test('of two versions of one change with the same SEQUENCE, the later DTSTAMP is current (RFC 5546), then the later in the file', () => {
  const change = (stamp, summary, day) => vevent('UID:w', 'SEQUENCE:0', stamp ? `DTSTAMP:${stamp}` : [], `SUMMARY:${summary}`, 'RECURRENCE-ID;TZID=Europe/Belgrade:20190408T100000', `${TZ}201904${day}T100000`, `DTEND;TZID=Europe/Belgrade:201904${day}T110000`);
  // Outlook leaves SEQUENCE:0 on every update: the DTSTAMP says which is current, wherever it is in the file.
  let text = calendar(weekly(), change('20190405T120000Z', 'Moved again', '10'), change('20190402T120000Z', 'Moved', '09'));
  let { events, problems } = read(text);
  assert.deepEqual(events.filter((e) => e.startsWith('w-20190408')), ['w-20190408 2019-04-10T10:00 2019-04-10T11:00 Moved again']);
  assert.deepEqual(problems, [['duplicate-override', lineOf(text, 'RECURRENCE-ID', 2), `another change to the same occurrence of the recurring event "Weekly" (RECURRENCE-ID 20190408T100000 (Europe/Belgrade)), on line ${lineOf(text, 'BEGIN:VEVENT', 2)}, is read instead of this one, as it has the same SEQUENCE and a later DTSTAMP; this one is left out`]]);
  // The same DTSTAMP (or none): the later in the file.
  text = calendar(weekly(), change('20190405T120000Z', 'Moved', '10'), change('20190405T120000Z', 'Moved again', '09'));
  ({ events, problems } = read(text));
  assert.deepEqual(events.filter((e) => e.startsWith('w-20190408')), ['w-20190408 2019-04-09T10:00 2019-04-09T11:00 Moved again']);
  assert.deepEqual(problems.map((p) => p[2].split(', is read instead of this one, ')[1]), ['as it comes later in the file, with the same SEQUENCE and DTSTAMP; this one is left out']);
  // A DTSTAMP ical.js cannot read counts as none, and fails neither the other version nor the recurring event.
  text = calendar(weekly(), change('20190405T120000Z', 'Moved', '10'), change('not-a-date', 'Moved again', '09'));
  ({ events, problems } = read(text));
  assert.deepEqual(events, ['w-20190401 2019-04-01T10:00 2019-04-01T11:00 Weekly', 'w-20190408 2019-04-10T10:00 2019-04-10T11:00 Moved', 'w-20190415 2019-04-15T10:00 2019-04-15T11:00 Weekly']);
  assert.deepEqual(problems.map((p) => p[2].split(', is read instead of this one, ')[1]), ['as it has the same SEQUENCE and a later DTSTAMP; this one is left out']);
  // A higher SEQUENCE wins over a later DTSTAMP.
  text = calendar(weekly(), change('20190405T120000Z', 'Moved', '10'), change('20190402T120000Z', 'Moved again', '09').map((l) => l.replace('SEQUENCE:0', 'SEQUENCE:1')));
  ({ events, problems } = read(text));
  assert.deepEqual(events.filter((e) => e.startsWith('w-20190408')), ['w-20190408 2019-04-09T10:00 2019-04-09T11:00 Moved again']);
  assert.deepEqual(problems.map((p) => p[2].split(', is read instead of this one, ')[1]), ['as it has a higher SEQUENCE; this one is left out']);
});

test('of two versions of a change whose recurring event is not in the file, only the current one is kept', () => {
  const change = (sequence, summary, recurrenceId, day) => vevent('UID:o', `SEQUENCE:${sequence}`, `SUMMARY:${summary}`, recurrenceId, `${TZ}201904${day}T100000`);
  for (const recurrenceId of ['RECURRENCE-ID;TZID=Europe/Belgrade:20190408T100000', 'RECURRENCE-ID:20190408T080000Z']) {
    const text = calendar(change(2, 'Moved again', 'RECURRENCE-ID;TZID=Europe/Belgrade:20190408T100000', '09'), change(1, 'Moved', recurrenceId, '10'));
    const { events, problems } = read(text);
    // Both were kept, as 'o-20190408T100000' and 'o-20190408T100000~2' with a duplicate-uid warning, or at two ids.
    assert.deepEqual(events, ['o-20190408 2019-04-09T10:00 Moved again']);
    assert.deepEqual(problems, [['duplicate-override', lineOf(text, 'RECURRENCE-ID', 2), `another change to the same occurrence of the recurring event with UID "o" (RECURRENCE-ID ${recurrenceId.endsWith('Z') ? '20190408T080000Z' : '20190408T100000 (Europe/Belgrade)'}), on line 4, is read instead of this one, as it has a higher SEQUENCE; this one is left out`]]);
  }
  // Changes without a UID are not versions of one another.
  const anonymous = calendar(change(2, 'One', 'RECURRENCE-ID:20190408T080000Z', '09'), change(1, 'Other', 'RECURRENCE-ID:20190408T080000Z', '10')).replace(/UID:o\r\n/g, '');
  assert.deepEqual(read(anonymous).events.map((e) => e.split(' ').at(-1)), ['One', 'Other']);
});

test('a change to an event marked private is left out with it, whether or not it says CLASS again', () => {
  const text = calendar(
    weekly(3, 'CLASS:PRIVATE'), vevent('UID:w', 'SUMMARY:Weekly, moved', 'RECURRENCE-ID;TZID=Europe/Belgrade:20190408T100000', `${TZ}20190409T100000`),
    vevent('UID:one', 'SUMMARY:Therapy', 'CLASS:CONFIDENTIAL', `${TZ}20190401T100000`), vevent('UID:one', 'SUMMARY:Therapy, moved', 'RECURRENCE-ID;TZID=Europe/Belgrade:20190401T100000', `${TZ}20190402T100000`),
  );
  const { events, problems } = read(text);
  // Both changes were published as events of their own, next to the report that their events were left out.
  assert.deepEqual(events, []);
  const begin = (n) => lineOf(text, 'BEGIN:VEVENT', n);
  assert.deepEqual(problems, [
    ['private-event', begin(1), 'the event is marked private in the calendar; it is left out'],
    ['private-event', begin(3), 'the event is marked private in the calendar; it is left out'],
    ['private-event', begin(2), 'this change to an event marked private in the calendar is left out with it'],
    ['private-event', begin(4), 'this change to an event marked private in the calendar is left out with it'],
  ]);
  assert.deepEqual(read(text, { includePrivate: true }).events.map((e) => e.split(' ').slice(0, 2).join(' ')), ['w-20190401 2019-04-01T10:00', 'one 2019-04-02T10:00', 'w-20190408 2019-04-09T10:00', 'w-20190415 2019-04-15T10:00']);
});

test('a cancelled change whose recurring event is not in the file stays, cancelled, under the id it was listed by', () => {
  // Invited to one occurrence only: the file holds that change alone, and the feed listed it as an event of its own.
  const occurrence = (summary, ...more) => vevent('UID:o', `SUMMARY:${summary}`, 'RECURRENCE-ID;TZID=Europe/Belgrade:20190408T100000', `${TZ}20190408T100000`, ...more);
  assert.deepEqual(read(calendar(occurrence('Panel'))), { events: ['o-20190408 2019-04-08T10:00 Panel'], problems: [] });
  // Then cancelled: the same event, now cancelled, as a cancelled one-off event is; left out, it would vanish unexplained.
  for (const cancelled of [occurrence('Panel', 'STATUS:CANCELLED'), occurrence('Canceled: Panel')]) {
    assert.deepEqual(read(calendar(cancelled)), { events: ['o-20190408 2019-04-08T10:00 cancelled Panel'], problems: [] });
  }
});

test("a change at a one-off event's DTSTART (Google's and Outlook's moved or cancelled meeting) is read instead of it; one elsewhere is reported and left out", () => {
  const oneOff = (...more) => vevent('UID:one', 'SUMMARY:One-off', `${TZ}20190401T100000`, 'DTEND;TZID=Europe/Belgrade:20190401T110000', 'LOCATION:Belgrade', ...more);
  const change = (recurrenceId, ...more) => vevent('UID:one', 'SUMMARY:One-off, moved', recurrenceId, `${TZ}20190402T120000`, 'DTEND;TZID=Europe/Belgrade:20190402T133000', 'LOCATION:Novi Sad', ...more);
  // The same instant, written in the event's zone or in UTC: the visitor saw the event unchanged, on 1 April, in Belgrade.
  for (const recurrenceId of ['RECURRENCE-ID;TZID=Europe/Belgrade:20190401T100000', 'RECURRENCE-ID:20190401T080000Z']) {
    const text = calendar(change(recurrenceId), oneOff());
    const { feed, problems } = feedFromIcs(text, { from: '2019-01-01', to: '2019-12-31' });
    assert.deepEqual(feed.events.map((e) => [e.id, e.start, e.end, e.title, { ...e.location }]), [['one', '2019-04-02T12:00', '2019-04-02T13:30', 'One-off, moved', { venue: 'Novi Sad' }]]);
    // Nothing to report: RFC 5545 allows it, as a change to an occurrence of a recurring event.
    assert.deepEqual(problems, []);
  }

  // Cancelled: shown cancelled, as a cancelled occurrence of a recurring event is. An all-day one matches on its day.
  let text = calendar(oneOff(), vevent('UID:one', 'SUMMARY:One-off', 'STATUS:CANCELLED', 'RECURRENCE-ID;TZID=Europe/Belgrade:20190401T100000', `${TZ}20190401T100000`));
  let { events, problems } = read(text);
  assert.deepEqual(events, ['one 2019-04-01T10:00 cancelled One-off']);
  assert.deepEqual(problems, []);
  text = calendar(vevent('UID:day', 'SUMMARY:Day', 'DTSTART;VALUE=DATE:20190401'), vevent('UID:day', 'SUMMARY:Day, moved', 'RECURRENCE-ID;VALUE=DATE:20190401', 'DTSTART;VALUE=DATE:20190403'));
  ({ events, problems } = read(text));
  assert.deepEqual(events, ['day 2019-04-03 Day, moved']);
  assert.deepEqual(problems, []);

  // An hour off (11:00 on the event's clock), as Outlook writes it across a change of summer time: read as a slip is.
  text = calendar(oneOff(), change('RECURRENCE-ID:20190401T090000Z', 'STATUS:CANCELLED'));
  ({ events, problems } = read(text));
  assert.deepEqual(events, ['one 2019-04-02T12:00 2019-04-02T13:30 cancelled One-off, moved']);
  assert.deepEqual(problems, [['unmatched-override', lineOf(text, 'RECURRENCE-ID'), `this change to the event "One-off" is for 20190401T090000Z (its RECURRENCE-ID), not the event's start; it is read as cancelling the event, at 10:00, an hour before the RECURRENCE-ID's 11:00 on the event's clock ${SLIPPED}: ${CHECK}`]]);

  // Two versions of the change: the current one is read, the other reported as for any change.
  text = calendar(oneOff(), change('RECURRENCE-ID;TZID=Europe/Belgrade:20190401T100000', 'SEQUENCE:2'), vevent('UID:one', 'SEQUENCE:1', 'SUMMARY:Old', 'RECURRENCE-ID:20190401T080000Z', `${TZ}20190405T100000`));
  ({ events, problems } = read(text));
  assert.deepEqual(events, ['one 2019-04-02T12:00 2019-04-02T13:30 One-off, moved']);
  assert.deepEqual(problems.map((p) => p[0]), ['duplicate-override']);
  assert.match(problems[0][2], /^another change to the event "One-off" \(RECURRENCE-ID 20190401T080000Z\), on line \d+, is read instead of this one, as it has a higher SEQUENCE/);

  // Another day, or more than three hours off: the change is for no instance the event has, and is left out, as before.
  text = calendar(oneOff(), change('RECURRENCE-ID;TZID=Europe/Belgrade:20190408T100000'), change('RECURRENCE-ID;TZID=Europe/Belgrade:20190401T140000'));
  ({ events, problems } = read(text));
  assert.deepEqual(events, ['one 2019-04-01T10:00 2019-04-01T11:00 One-off']);
  const why = "but the event does not recur (it has no RRULE or RDATE), and that is not the event's start, 20190401T100000 (Europe/Belgrade), nor 3 hours or less from it that day; the change is left out: check it in the calendar the file comes from";
  assert.deepEqual(problems, [
    ['unmatched-override', lineOf(text, 'RECURRENCE-ID', 1), `this change to the event "One-off" is for 20190408T100000 (Europe/Belgrade) (its RECURRENCE-ID), ${why}`],
    ['unmatched-override', lineOf(text, 'RECURRENCE-ID', 2), `this change to the event "One-off" is for 20190401T140000 (Europe/Belgrade) (its RECURRENCE-ID), ${why}`],
  ]);
});

test("a change's end is written on its own DTEND's clock, and occurrences' ids on the event's clock, as a kept change's id is", () => {
  // DTEND in UTC after a DTSTART in Belgrade: 13:00Z is 15:00 there. It was written "13:00", Belgrade time, before the start.
  const change = (recurrenceId, day) => vevent('UID:w', 'SUMMARY:Changed', recurrenceId, `${TZ}201904${day}T140000`, `DTEND:201904${day}T130000Z`);
  let text = calendar(weekly(2), change('RECURRENCE-ID;TZID=Europe/Belgrade:20190408T100000', '08'), change('RECURRENCE-ID;TZID=Europe/Belgrade:20190403T100000', '03'));
  let { events, problems } = read(text);
  assert.deepEqual(events, [
    'w-20190401 2019-04-01T10:00 2019-04-01T11:00 Weekly',
    'w-20190403T100000 2019-04-03T14:00 2019-04-03T13:00:00Z Changed', // kept: no occurrence on a Wednesday
    'w-20190408 2019-04-08T14:00 2019-04-08T13:00:00Z Changed',
  ]);
  assert.deepEqual(problems.map((p) => p[0]), ['unmatched-override']);

  // Two RDATEs in UTC on 10 April, 10:00 and 14:00 in Belgrade, and a change for 08:00 there, which is no occurrence:
  // the occurrences were called after their UTC times (T080000, T120000), and the change's id, 'w-20190410T080000', was taken.
  text = calendar(weekly(2, 'RDATE:20190410T080000Z,20190410T120000Z'), vevent('UID:w', 'SUMMARY:Early', 'RECURRENCE-ID;TZID=Europe/Belgrade:20190410T080000', `${TZ}20190410T073000`));
  ({ events, problems } = read(text));
  assert.deepEqual(events, [
    'w-20190401 2019-04-01T10:00 2019-04-01T11:00 Weekly',
    'w-20190408 2019-04-08T10:00 2019-04-08T11:00 Weekly',
    'w-20190410T080000 2019-04-10T07:30 Early',
    'w-20190410T100000 2019-04-10T10:00 2019-04-10T11:00 Weekly',
    'w-20190410T140000 2019-04-10T14:00 2019-04-10T15:00 Weekly',
  ]);
  assert.deepEqual(problems.map((p) => p[0]), ['unmatched-override']);
});

const CHECK = 'check it in the calendar the file comes from';
const SLIPPED = '(a RECURRENCE-ID written in another zone, or across a change of summer time)';

test("a change whose RECURRENCE-ID is an hour or so off the only occurrence of its day is a change to that occurrence; Outlook's cancelled one cancels it", () => {
  // Outlook cancels one occurrence with such a change, here written in UTC an hour off (11:00 in Belgrade, the meeting is at 10:00).
  const cancel = (recurrenceId, ...more) => vevent('UID:w', 'SUMMARY:Weekly', 'STATUS:CANCELLED', recurrenceId, `${TZ}20190408T100000`, 'DTEND;TZID=Europe/Belgrade:20190408T110000', ...more);
  let text = calendar(weekly(), cancel('RECURRENCE-ID:20190408T090000Z'));
  let { events, problems } = read(text);
  // It was kept as 'w-20190408T110000', cancelled, next to 'w-20190408' at the same time, held: both shown.
  assert.deepEqual(events, ['w-20190401 2019-04-01T10:00 2019-04-01T11:00 Weekly', 'w-20190408 2019-04-08T10:00 2019-04-08T11:00 cancelled Weekly', 'w-20190415 2019-04-15T10:00 2019-04-15T11:00 Weekly']);
  assert.deepEqual(problems, [['unmatched-override', lineOf(text, 'RECURRENCE-ID'), `this change to one occurrence of the recurring event "Weekly" is for 20190408T090000Z (its RECURRENCE-ID), when the event does not occur; it is read as cancelling its only occurrence that day, at 10:00, an hour before the RECURRENCE-ID's 11:00 on the event's clock ${SLIPPED}: ${CHECK}`]]);

  // A change that moves it, written an hour early across the change of summer time (31 March): 09:00 on the clock.
  text = calendar(vevent('UID:w', 'SUMMARY:Weekly', `${TZ}20190325T100000`, 'DTEND;TZID=Europe/Belgrade:20190325T110000', 'RRULE:FREQ=WEEKLY;COUNT=3'),
    vevent('UID:w', 'SUMMARY:Moved', 'RECURRENCE-ID:20190401T070000Z', `${TZ}20190402T120000`, 'DTEND:20190402T110000Z'));
  ({ events, problems } = read(text));
  assert.deepEqual(events, ['w-20190325 2019-03-25T10:00 2019-03-25T11:00 Weekly', 'w-20190401 2019-04-02T12:00 2019-04-02T11:00:00Z Moved', 'w-20190408 2019-04-08T10:00 2019-04-08T11:00 Weekly']);
  assert.match(problems[0][2], /it is read as a change to its only occurrence that day, at 10:00, an hour after the RECURRENCE-ID's 09:00 on the event's clock/);
  assert.equal(problems.length, 1);

  // Outlook's "Canceled: " title cancels as STATUS does. In an all-day series, a RECURRENCE-ID with a time is taken for its day's occurrence.
  text = calendar(vevent('UID:d', 'SUMMARY:Daily', 'DTSTART;VALUE=DATE:20190401', 'RRULE:FREQ=DAILY;COUNT=3'),
    vevent('UID:d', 'SUMMARY:Canceled: Daily', 'RECURRENCE-ID:20190402T000000Z', 'DTSTART;VALUE=DATE:20190402'));
  ({ events, problems } = read(text, { timeZone: 'Europe/Belgrade' }));
  assert.deepEqual(events, ['d-20190401 2019-04-01 Daily', 'd-20190402 2019-04-02 cancelled Daily', 'd-20190403 2019-04-03 Daily']);
  assert.match(problems[0][2], /is for 20190402T000000Z \(its RECURRENCE-ID\), when the event does not occur; it is read as cancelling its only occurrence that day \(2019-04-02\) /);

  // Before the window, moved into it: shown, under the occurrence's id; the rest of what is reported is said once.
  text = calendar(weekly(4), vevent('UID:w', 'SUMMARY:Moved', 'RECURRENCE-ID:20190408T090000Z', `${TZ}20190410T100000`));
  ({ events, problems } = read(text, { from: '2019-04-09' }));
  assert.deepEqual(events, ['w-20190408 2019-04-10T10:00 Moved', 'w-20190415 2019-04-15T10:00 2019-04-15T11:00 Weekly', 'w-20190422 2019-04-22T10:00 2019-04-22T11:00 Weekly']);
  assert.deepEqual(problems.map((p) => p[0]), ['unmatched-override', 'outside-window']);
  assert.match(problems[1][2], /its earlier occurrence \(2019-04-01\) is left out/);
  ({ events, problems } = read(text, { from: '2019-04-09', maxOccurrences: 2 }));
  assert.deepEqual(events, ['w-20190408 2019-04-10T10:00 Moved', 'w-20190415 2019-04-15T10:00 2019-04-15T11:00 Weekly']);
  assert.deepEqual(problems.map((p) => p[0]), ['too-many-occurrences', 'unmatched-override']);
});

test('a change for no occurrence of its day, or for a day with two, or more than three hours off, is an event of its own, unless it cancels', () => {
  const change = (summary, recurrenceId, start, ...more) => vevent('UID:w', `SUMMARY:${summary}`, recurrenceId, `${TZ}${start}`, ...more);
  const text = calendar(weekly(4, 'RDATE;TZID=Europe/Belgrade:20190415T150000'),
    change('Tuesday', 'RECURRENCE-ID;TZID=Europe/Belgrade:20190402T100000', '20190402T120000'), // no occurrence on a Tuesday
    change('Tuesday, cancelled', 'RECURRENCE-ID;TZID=Europe/Belgrade:20190402T110000', '20190402T110000', 'STATUS:CANCELLED'),
    change('Far off', 'RECURRENCE-ID;TZID=Europe/Belgrade:20190408T133100', '20190408T133100'), // 3 hours 31 minutes after 10:00
    change('Two that day', 'RECURRENCE-ID:20190415T100000Z', '20190415T120000'), // 12:00 there: 10:00 and 15:00 that day
    change('Taken', 'RECURRENCE-ID;TZID=Europe/Belgrade:20190422T100000', '20190422T090000'), // the occurrence of 22 April
    change('Also for it', 'RECURRENCE-ID:20190422T090000Z', '20190422T113000')); // an hour off it, but another change is for it
  const { events, problems } = read(text);
  assert.deepEqual(events, [
    'w-20190401 2019-04-01T10:00 2019-04-01T11:00 Weekly',
    'w-20190402T100000 2019-04-02T12:00 Tuesday',
    'w-20190408 2019-04-08T10:00 2019-04-08T11:00 Weekly',
    'w-20190408T133100 2019-04-08T13:31 Far off',
    'w-20190415T100000 2019-04-15T10:00 2019-04-15T11:00 Weekly',
    'w-20190415T120000 2019-04-15T12:00 Two that day',
    'w-20190415T150000 2019-04-15T15:00 2019-04-15T16:00 Weekly',
    'w-20190422 2019-04-22T09:00 Taken',
    'w-20190422T110000 2019-04-22T11:30 Also for it',
  ]);
  assert.deepEqual(problems, [
    ['unmatched-override', lineOf(text, 'RECURRENCE-ID', 1), `${about('20190402T100000 (Europe/Belgrade)')}it is shown as an event of its own ('w-20190402T100000'), as calendar programs show it: ${CHECK}`],
    ['unmatched-override', lineOf(text, 'RECURRENCE-ID', 2), `${about('20190402T110000 (Europe/Belgrade)')}it cancels an occurrence the event does not have, and is left out: ${CHECK}`],
    ['unmatched-override', lineOf(text, 'RECURRENCE-ID', 3), `${about('20190408T133100 (Europe/Belgrade)')}it is shown as an event of its own ('w-20190408T133100'), as calendar programs show it: ${CHECK}`],
    ['unmatched-override', lineOf(text, 'RECURRENCE-ID', 4), `${about('20190415T100000Z')}it is shown as an event of its own ('w-20190415T120000'), as calendar programs show it: ${CHECK}`],
    ['unmatched-override', lineOf(text, 'RECURRENCE-ID', 6), `${about('20190422T090000Z')}it is shown as an event of its own ('w-20190422T110000'), as calendar programs show it: ${CHECK}`],
  ]);
});

test('of two changes taken for the same occurrence, the current one is read; the other is reported as a duplicate', () => {
  const change = (sequence, summary, recurrenceId, day) => vevent('UID:w', `SEQUENCE:${sequence}`, `SUMMARY:${summary}`, recurrenceId, `${TZ}201904${day}T100000`);
  const text = calendar(weekly(), change(2, 'Moved again', 'RECURRENCE-ID:20190408T090000Z', '10'), change(1, 'Moved', 'RECURRENCE-ID:20190408T070000Z', '09'));
  const { events, problems } = read(text);
  assert.deepEqual(events, ['w-20190401 2019-04-01T10:00 2019-04-01T11:00 Weekly', 'w-20190408 2019-04-10T10:00 Moved again', 'w-20190415 2019-04-15T10:00 2019-04-15T11:00 Weekly']);
  assert.deepEqual(problems, [
    ['unmatched-override', lineOf(text, 'RECURRENCE-ID', 1), `this change to one occurrence of the recurring event "Weekly" is for 20190408T090000Z (its RECURRENCE-ID), when the event does not occur; it is read as a change to its only occurrence that day, at 10:00, an hour before the RECURRENCE-ID's 11:00 on the event's clock ${SLIPPED}: ${CHECK}`],
    ['duplicate-override', lineOf(text, 'RECURRENCE-ID', 2), `another change to the same occurrence of the recurring event "Weekly" (RECURRENCE-ID 20190408T070000Z), on line ${lineOf(text, 'BEGIN:VEVENT', 2)}, is read instead of this one, as it has a higher SEQUENCE; this one is left out`],
  ]);
});

test('changes an hour or so off on a day with several occurrences are paired with them by nearest time, each with one', () => {
  const change = (summary, recurrenceId, start, ...more) => vevent('UID:w', `SUMMARY:${summary}`, recurrenceId, `${TZ}${start}`, ...more);
  // 8 April has two sessions, 10:00 and 15:00 (an RDATE); Outlook wrote both changes an hour off, in UTC (11:00 and 16:00 there).
  let text = calendar(weekly(3, 'RDATE;TZID=Europe/Belgrade:20190408T150000'),
    change('Afternoon', 'RECURRENCE-ID:20190408T140000Z', '20190408T150000', 'STATUS:CANCELLED'),
    change('Morning, later', 'RECURRENCE-ID:20190408T090000Z', '20190408T103000'));
  let { events, problems } = read(text);
  // Each change is read for the session nearest it: the morning one moved, the afternoon one cancelled.
  assert.deepEqual(events, [
    'w-20190401 2019-04-01T10:00 2019-04-01T11:00 Weekly',
    'w-20190408T100000 2019-04-08T10:30 Morning, later',
    'w-20190408T150000 2019-04-08T15:00 cancelled Afternoon',
    'w-20190415 2019-04-15T10:00 2019-04-15T11:00 Weekly',
  ]);
  assert.deepEqual(problems, [
    ['unmatched-override', lineOf(text, 'RECURRENCE-ID', 1), `${about('20190408T140000Z')}it is read as cancelling one of the 2 occurrences that day no other change is for (each change paired with the nearest in time), at 15:00, an hour before the RECURRENCE-ID's 16:00 on the event's clock ${SLIPPED}: ${CHECK}`],
    ['unmatched-override', lineOf(text, 'RECURRENCE-ID', 2), `${about('20190408T090000Z')}it is read as a change to one of the 2 occurrences that day no other change is for (each change paired with the nearest in time), at 10:00, an hour before the RECURRENCE-ID's 11:00 on the event's clock ${SLIPPED}: ${CHECK}`],
  ]);

  // Sessions at 09:00 and 10:30, both changes an hour late (10:00 and 11:30): 10:00 is nearer 10:30, but pairing it
  // so would leave 11:30 for 09:00; the pairs are the ones nearest in all, and never cross.
  text = calendar(vevent('UID:s', 'SUMMARY:Session', `${TZ}20190401T090000`, 'RRULE:FREQ=DAILY;COUNT=1', 'RDATE;TZID=Europe/Belgrade:20190401T103000'),
    vevent('UID:s', 'SUMMARY:First, renamed', 'RECURRENCE-ID:20190401T080000Z', `${TZ}20190401T090000`),
    vevent('UID:s', 'SUMMARY:Second, renamed', 'RECURRENCE-ID:20190401T093000Z', `${TZ}20190401T103000`),
    vevent('UID:s', 'SUMMARY:Far off', 'RECURRENCE-ID;TZID=Europe/Belgrade:20190401T180000', `${TZ}20190401T180000`)); // more than 3 hours from both
  ({ events, problems } = read(text));
  assert.deepEqual(events, ['s-20190401T090000 2019-04-01T09:00 First, renamed', 's-20190401T103000 2019-04-01T10:30 Second, renamed', 's-20190401T180000 2019-04-01T18:00 Far off']);
  assert.deepEqual(problems.map((p) => p[2].split('; it is ')[1].split(' (a RECURRENCE-ID')[0]), [
    "read as a change to one of the 2 occurrences that day no other change is for (each change paired with the nearest in time), at 09:00, an hour before the RECURRENCE-ID's 10:00 on the event's clock",
    "read as a change to one of the 2 occurrences that day no other change is for (each change paired with the nearest in time), at 10:30, an hour before the RECURRENCE-ID's 11:30 on the event's clock",
    "shown as an event of its own ('s-20190401T180000'), as calendar programs show it: check it in the calendar the file comes from",
  ]);
});

test('a change on the event’s clock finds an occurrence that a rule and a UTC RDATE both give, with nothing to report', () => {
  // The rule gives 8 April at 10:00 in Belgrade, and so does the RDATE, written in UTC: one occurrence, whichever
  // copy is kept; the change written on the event's clock is for it, not a change for a time the event lacks.
  const text = calendar(
    weekly(3, 'RDATE:20190408T080000Z'),
    vevent('UID:w', 'SUMMARY:Weekly, moved', 'RECURRENCE-ID;TZID=Europe/Belgrade:20190408T100000', `${TZ}20190408T120000`, 'DTEND;TZID=Europe/Belgrade:20190408T130000'),
  );
  assert.deepEqual(read(text), {
    events: ['w-20190401 2019-04-01T10:00 2019-04-01T11:00 Weekly', 'w-20190408 2019-04-08T12:00 2019-04-08T13:00 Weekly, moved', 'w-20190415 2019-04-15T10:00 2019-04-15T11:00 Weekly'],
    problems: [],
  });
});
