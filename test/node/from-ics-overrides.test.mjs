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
function read(text, { from = '2019-01-01', to = '2019-12-31' } = {}) {
  const { feed, problems } = feedFromIcs(text, { from, to });
  return {
    events: feed.events.map((e) => [e.id, e.start, e.end, e.timeZone, e.status, e.title].filter(Boolean).join(' ')),
    problems: problems.map((p) => [p.code, p.line, p.message]),
  };
}
/** Mondays at 10:00 in Belgrade from 1 April 2019, `count` of them. */
const weekly = (count = 3, ...more) => vevent('UID:w', 'SUMMARY:Weekly', 'DTSTART;TZID=Europe/Belgrade:20190401T100000', 'DTEND;TZID=Europe/Belgrade:20190401T110000', `RRULE:FREQ=WEEKLY;COUNT=${count}`, ...more);
const TZ = 'DTSTART;TZID=Europe/Belgrade:';

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

test('of two versions of a change whose recurring event is not in the file, only the current one is kept; a change to an event that does not recur is reported', () => {
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

  // A change to an occurrence of an event with no RRULE or RDATE was dropped without a word.
  const text = calendar(vevent('UID:one', 'SUMMARY:One-off', `${TZ}20190401T100000`), vevent('UID:one', 'SUMMARY:One-off, moved', 'RECURRENCE-ID;TZID=Europe/Belgrade:20190401T100000', `${TZ}20190402T100000`));
  const { events, problems } = read(text);
  assert.deepEqual(events, ['one 2019-04-01T10:00 One-off']);
  assert.deepEqual(problems, [['unmatched-override', lineOf(text, 'RECURRENCE-ID'), 'this change to one occurrence of the event "One-off" is for 20190401T100000 (Europe/Belgrade) (its RECURRENCE-ID), but the event does not recur (it has no RRULE or RDATE); the change is left out: check it in the calendar the file comes from']]);
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
