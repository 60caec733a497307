// Failures test/node/feed-fuzz.test.mjs found, each kept as a plain test of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatProblem, mergeFeeds, parseFeed } from '../../packages/feed/dist/index.js';

/** Milliseconds `run` takes. */
function time(run) {
  const started = performance.now();
  run();
  return performance.now() - started;
}

test('a feed with huge unknown field names parses quickly, each reported without a suggestion', () => {
  const events = Array.from({ length: 20 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: '2019-04-23', [`${'x'.repeat(100_000)}${i}`]: 1 }));
  let result;
  // Each name was compared letter by letter with every field name: about 60 ms a name, 1.2 s for these.
  const ms = time(() => (result = parseFeed({ version: 1, events })));
  assert.ok(ms < 300, `${Math.round(ms)} ms`);
  assert.equal(result.feed.events.length, 20);
  const unknown = result.problems.filter((p) => p.code === 'unknown-field');
  assert.equal(unknown.length, 20);
  assert.ok(unknown.every((p) => !p.message.includes('did you mean')));
  // Near misses still get one.
  assert.match(parseFeed({ version: 1, events: [{ id: 'a', title: 'A', start: '2019-04-23', titel: 'x' }] }).problems[0].message, /did you mean 'title'/);
});

test('a duplicate id of 100 KB is quoted short in its message, as every other value is', () => {
  const id = 'x'.repeat(100_000);
  const { feed, problems } = parseFeed({ version: 1, events: [{ id, title: 'A', start: '2019-04-23' }, { id, title: 'B', start: '2019-04-24' }] });
  assert.deepEqual(feed.events.map((e) => e.title.en), ['A', 'B']);
  const [duplicate] = problems;
  assert.equal(duplicate.code, 'duplicate-id');
  // The renamed id was written out whole: a 100,122-character line in a console.
  assert.ok(duplicate.message.length < 200, `${duplicate.message.length} characters`);
  assert.equal(duplicate.eventId, `${id}~2`);
  assert.equal(parseFeed({ version: 1, events: [{ id: 'a', title: 'A', start: '2019-04-23' }, { id: 'a', title: 'B', start: '2019-04-24' }] }).problems[0].message, "the id 'a' is also used by events[0]; this one is shown as 'a~2'");
});

test('validate places the problems of a feed nested 10,000 levels deep instead of throwing', async () => {
  const { validateFeed, locateProblems } = await import('../../packages/feed/dist/validate-feed.js');
  const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
  const text = `{"version": 1, "events": [\n{"id": "a", "title": "A", "start": "2019-04-23"},\n{"id": "b", "title": ${deep}, "start": "2019-04-23"}]}`;
  const { feed, problems } = validateFeed(text);
  assert.deepEqual(feed.events.map((e) => e.id), ['a']);
  // jsonPositions recursed into the list and let the stack overflow (RangeError) out of locateProblems.
  const located = locateProblems(text, problems);
  assert.deepEqual(located.map((p) => [p.code, p.path, p.line, p.column]), [['invalid-type', 'events[1].title', 3, 22], ['missing-title', 'events[1].title', 3, 22]]);
});

test('a split archive merged back shows every event, also those without an id or with an id used in two years', async () => {
  const { splitFeed } = await import('../../packages/feed/dist/split-feed.js');
  const feed = {
    version: 1,
    events: [
      { title: 'No id, 2018', start: '2018-05-01' },
      { title: 'No id, 2019', start: '2019-05-01' },
      { id: 'twice', title: 'Twice, 2018', start: '2018-06-01' },
      { id: 'twice', title: 'Twice, 2019', start: '2019-06-01' },
      { id: 'once', title: 'Once', start: '2019-07-01' },
    ],
  };
  const whole = parseFeed(feed).feed.events.map((e) => e.title.en).sort();
  const { index, files } = splitFeed(feed);
  const parts = files.map((f) => parseFeed(f.feed).feed);
  // Each period file calls its first event without an id 'events-0': mergeFeeds kept only the first file's.
  const merged = mergeFeeds(parseFeed(index).feed, parts);
  assert.deepEqual(merged.events.map((e) => e.title.en).sort(), whole);
  assert.equal(new Set(merged.events.map((e) => e.id)).size, merged.events.length, 'ids are unique');
  assert.deepEqual([...merged.byId.keys()].sort(), merged.events.map((e) => e.id).sort());
  // The same event in the index and in a period file (the same id and start) is still shown once.
  const again = mergeFeeds(parseFeed({ version: 1, events: [feed.events[4]] }).feed, parts);
  assert.equal(again.events.filter((e) => e.title.en === 'Once').length, 1);
  // A file's own 'x~2' is not taken for the same event as another file's 'x' renamed 'x~2' on merging.
  const thrice = { version: 1, events: [{ id: 'x', title: 'X 2018', start: '2018-01-01' }, { id: 'x', title: 'X 2019', start: '2019-01-01' }, { id: 'x', title: 'X 2019 again', start: '2019-01-01' }] };
  const split = splitFeed(thrice);
  const all = mergeFeeds(parseFeed(split.index).feed, split.files.map((f) => parseFeed(f.feed).feed));
  assert.deepEqual(all.events.map((e) => e.title.en).sort(), ['X 2018', 'X 2019', 'X 2019 again']);
});

test('toIcs of timed events centuries apart in one zone is quick, and its VTIMEZONE gives their instants', async () => {
  const { toIcs } = await import('../../packages/feed/dist/to-ics.js');
  const { default: ICAL } = await import('ical.js');
  const starts = ['1000-06-01T10:00', '1900-01-01T10:00', '2019-07-01T10:00', '2019-12-31T23:30', '9999-12-31T10:00'];
  const { feed } = parseFeed({ version: 1, timeZone: 'Europe/Tirane', events: starts.map((start, i) => ({ id: `e${i}`, title: `E${i}`, start, end: start.replace(/T.*/, 'T23:45') })) });
  let ics;
  // The VTIMEZONE sampled every day from the first event's year to the last one's: 9 s for these.
  const ms = time(() => (ics = toIcs(feed, feed.events, { lang: 'en', now: new Date(0) })));
  assert.ok(ms < 500, `${Math.round(ms)} ms`);
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone'));
  const read = (vevent, name) => {
    const time = vevent.getFirstPropertyValue(name);
    if (time.zone?.tzid !== 'UTC') time.zone = zone;
    return time.toUnixTime() * 1000;
  };
  // To the minute: ical.js leaves out the seconds of an offset (local mean time before 1914 was +01:19:20).
  const minutes = (ms) => Math.round(ms / 60_000);
  const vevents = calendar.getAllSubcomponents('vevent');
  assert.deepEqual(vevents.map((v) => minutes(read(v, 'dtstart'))), feed.events.map((e) => minutes(e.start)));
  assert.deepEqual(vevents.map((v) => minutes(read(v, 'dtend'))), feed.events.map((e) => minutes(e.end)));
});

test('toIcs writes a time in the years 1-99 in its own year, not 1,900 years later', async () => {
  const { toIcs } = await import('../../packages/feed/dist/to-ics.js');
  const { feedFromIcs } = await import('../../packages/feed/dist/from-ics.js');
  const { feed } = parseFeed({ version: 1, timeZone: 'Europe/Tirane', events: [{ id: 'a', title: 'A', start: '0050-06-01T10:00', end: '0050-06-01T12:00' }, { id: 'b', title: 'B', start: '0099-12-31T22:00' }] });
  const ics = toIcs(feed, feed.events, { lang: 'en', now: new Date(0) });
  // Date.UTC reads years 0-99 as 1900-1999: the offset came out 1,900 years wide and the time read 1950-06-01.
  assert.ok(ics.includes('DTSTART;TZID=Europe/Tirane:00500601T100000'), ics);
  assert.ok(ics.includes('DTSTART;TZID=Europe/Tirane:00991231T220000'), ics);
  const back = parseFeed(feedFromIcs(ics, { from: '0001-01-01', to: '9999-12-31' }).feed).feed;
  assert.deepEqual(back.events.map((e) => [e.start, e.end]), feed.events.map((e) => [e.start, e.end]));
});

const calendar = (...events) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...events.flat(), 'END:VCALENDAR', ''].join('\r\n');
const vevent = (uid, ...lines) => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20190101T000000Z', ...lines, 'END:VEVENT'];

test('fromIcs reads a per-second recurrence that starts years before the window quickly, and says what it left out', async () => {
  const { feedFromIcs } = await import('../../packages/feed/dist/from-ics.js');
  const text = calendar(
    vevent('often', 'DTSTART:20100101T000000Z', 'RRULE:FREQ=SECONDLY', 'SUMMARY:Every second'),
    vevent('once', 'DTSTART;VALUE=DATE:20190423', 'SUMMARY:Once'),
  );
  let result;
  // Each occurrence before the window was stepped over: about 10 µs each, hours for this one.
  const ms = time(() => (result = feedFromIcs(text, { from: '2019-01-01', to: '2019-12-31' })));
  assert.ok(ms < 2000, `${Math.round(ms)} ms`);
  assert.deepEqual(result.feed.events.map((e) => e.id), ['once']);
  assert.deepEqual(result.problems.map((p) => [p.code, p.uid]), [['too-many-occurrences', 'often']]);
  assert.match(result.problems[0].message, /more than 20000 times from its start to 2019-12-31/);
});

test('fromIcs turns 30,000 unclosed tags in an HTML description into text quickly', async () => {
  const { feedFromIcs, htmlToText } = await import('../../packages/feed/dist/from-ics.js');
  // With [^>]* each '<p ' scanned on to the end of the text: quadratic, seconds for 90 KB.
  const ms = time(() => htmlToText(`<b>Agenda</b>${'<p '.repeat(30_000)}`));
  assert.ok(ms < 300, `${Math.round(ms)} ms`);
  assert.equal(htmlToText('a < b <i>c</i>'), 'a < b c', 'a stray < no longer swallows the text up to the next tag');
  const { feed } = feedFromIcs(calendar(vevent('html', 'DTSTART;VALUE=DATE:20190423', 'SUMMARY:Html', `DESCRIPTION:<p>${'<li '.repeat(30_000)}`)));
  assert.equal(feed.events.length, 1);
});

test('fromCsv reads a date cell padded with 50,000 letters T quickly, and reports it', async () => {
  const { feedFromCsv } = await import('../../packages/feed/dist/from-csv.js');
  const text = `id,title,start\na,A,"2019-04-23${'T'.repeat(50_000)}x"\nb,B,2019-04-24 09:30\nc,C,23.04.2019T9.30`;
  let result;
  // The split at the time tried the run from each of its T's: quadratic, 2 s for this cell.
  const ms = time(() => (result = feedFromCsv(text)));
  assert.ok(ms < 300, `${Math.round(ms)} ms`);
  assert.deepEqual(result.feed.events.map((e) => [e.id, e.start]), [['b', '2019-04-24T09:30'], ['c', '2019-04-23T09:30']]);
  assert.deepEqual(result.problems.map((p) => [p.code, p.row]).filter(([code]) => code === 'invalid-date'), [['invalid-date', 2]]);
});

test('fromCsv quotes a long cell or header short in its message', async () => {
  const { feedFromCsv } = await import('../../packages/feed/dist/from-csv.js');
  const long = 'Ж'.repeat(20_000);
  const { feed, problems } = feedFromCsv(`id,title,start,lat,${long}\na,A,2019-04-23 ${long},${long},x\nb,B,2019-04-24,,y`);
  assert.deepEqual(feed.events.map((e) => e.id), ['b']);
  assert.deepEqual(problems.map((p) => p.code), ['unknown-column', 'invalid-date', 'invalid-number']);
  // The cell was written out whole: a 20,000-character line for each.
  for (const p of problems) assert.ok(p.message.length < 200, `${p.code}: ${p.message.length} characters`);
  assert.equal(problems[1].message, `"2019-04-23 ${'Ж'.repeat(46)}..." is not a date (write 2019-04-23, or 23.04.2019); the row is left out`);
  const none = feedFromCsv(`${Array.from({ length: 1000 }, (_, i) => `c${i}`).join(',')}\n1`).problems.find((p) => p.code === 'missing-columns');
  assert.equal(none.code, 'missing-columns');
  assert.ok(none.message.length < 400, `${none.message.length} characters`);
});

test('fromCsv reports a row with an empty start cell instead of throwing', async () => {
  const { feedFromCsv } = await import('../../packages/feed/dist/from-csv.js');
  // The check for clock times without a zone read every row's start: TypeError on the row without one.
  const { feed, problems } = feedFromCsv('id,title,start\na,No start yet,\nb,B,2019-04-23\n');
  assert.deepEqual(feed.events.map((e) => e.id), ['b']);
  assert.deepEqual(problems, [{ severity: 'error', code: 'missing-start', message: 'the event has no start date; the row is left out', row: 2, column: 'start' }]);
});

test('fromIcs reports, with its line, a DTSTART whose year the feed cannot hold', async () => {
  const { feedFromIcs } = await import('../../packages/feed/dist/from-ics.js');
  const { feed, problems } = feedFromIcs(calendar(vevent('bad', 'DTSTART;VALUE=DATE:-000001-01-01', 'SUMMARY:Bad'), vevent('good', 'DTSTART;VALUE=DATE:20190423', 'SUMMARY:Good')));
  // ical.js read the year as -1 and the feed got start '00-1-12-01': left out by parseFeed later, with no line to find it by.
  assert.deepEqual(feed.events.map((e) => e.id), ['good']);
  assert.deepEqual(problems.map((p) => [p.code, p.line, p.uid]), [['invalid-date', 4, 'bad']]);
  assert.deepEqual(parseFeed(feed).problems, []);
});

test('fromIcs keeps the message short when ical.js quotes a 90 KB value it cannot read', async () => {
  const { feedFromIcs } = await import('../../packages/feed/dist/from-ics.js');
  const { feed, problems } = feedFromIcs(calendar(vevent('long', 'DTSTART;VALUE=DATE:20190423', `DURATION:P${'x'.repeat(90_000)}`, 'SUMMARY:Long'), vevent('ok', 'DTSTART;VALUE=DATE:20190424', 'SUMMARY:Ok')));
  assert.deepEqual(feed.events.map((e) => e.id), ['ok']);
  assert.deepEqual(problems.map((p) => [p.code, p.uid]), [['invalid-event', 'long']]);
  // ical.js's error names the whole value: the message was 90,000 characters long.
  assert.ok(problems[0].message.length < 300, `${problems[0].message.length} characters`);
  assert.match(problems[0].message, /^the event cannot be read \(invalid duration value: .*\.\.\.\); it is left out$/);
});

test('fromIcs leaves out only the event with a line ical.js cannot read, not the whole calendar', async () => {
  const { feedFromIcs } = await import('../../packages/feed/dist/from-ics.js');
  const text = calendar(
    vevent('first', 'DTSTART;TZID=Europe/Tirane:20190423T100000', 'SUMMARY:First'),
    vevent('broken', 'DTSTART;VALUE=DATE:20190424', 'RRULE:FREQ=', 'SUMMARY:Broken'),
    vevent('no-colon', 'DTSTART;VALUE=DATE:20190425', 'a line without a colon', 'SUMMARY:No colon'),
    ['BEGIN:VEVENT', 'UID:unended', 'DTSTART;VALUE=DATE:20190426', 'SUMMARY:Never ended'],
    vevent('last', 'DTSTART;VALUE=DATE:20190427', 'SUMMARY:Last'),
  );
  // ICAL.parse fails on the first such line, and the whole file was refused: "the file is not valid iCalendar".
  const { feed, problems } = feedFromIcs(text, { from: '2019-01-01', to: '2019-12-31' });
  assert.deepEqual(feed.events.map((e) => [e.id, e.start]), [['first', '2019-04-23T10:00'], ['last', '2019-04-27']]);
  assert.equal(feed.timeZone, 'Europe/Tirane');
  assert.deepEqual(problems.map((p) => [p.code, p.line, p.uid]), [['invalid-event', 10, 'broken'], ['invalid-event', 17, 'no-colon'], ['invalid-event', 24, 'unended']]);
  assert.match(problems[1].message, /^the event cannot be read \(invalid line \(no token ";" or ":"\) "a line without a colon"\); it is left out$/);
  // A calendar whose own lines cannot be read is still refused whole, as before.
  assert.equal(feedFromIcs(['BEGIN:VCALENDAR', 'VERSION:2.0', 'no colon', ...vevent('x', 'DTSTART;VALUE=DATE:20190423', 'SUMMARY:X'), 'END:VCALENDAR'].join('\r\n')).feed, null);
});

test('splitFeed copes with an organisation whose id is an object with its own "toString"', async () => {
  const { splitFeed } = await import('../../packages/feed/dist/split-feed.js');
  const text = '{"version": 1, "organisations": [{"id": {"toString": "t"}, "name": "Odd"}, {"id": "rcc", "name": "RCC"}], "events": [{"id": "a", "title": "A", "start": "2019-04-23", "organisers": ["rcc"]}]}';
  // String(id) called the object's "toString", a string: TypeError, "Cannot convert object to primitive value".
  const { files, problems } = splitFeed(text);
  assert.deepEqual(files.map((f) => [f.name, f.feed.organisations.map((o) => o.id)]), [['events-2019.json', ['rcc']]]);
  assert.deepEqual(problems.map((p) => [p.code, p.path]), [['invalid-type', 'organisations[0].id'], ['missing-id', 'organisations[0]']]);
});

test('fromCsv and fromIcs read a cell or LOCATION with a run of 50,000 spaces quickly', async () => {
  const { feedFromCsv } = await import('../../packages/feed/dist/from-csv.js');
  const { feedFromIcs } = await import('../../packages/feed/dist/from-ics.js');
  const spaces = ' '.repeat(50_000);
  // \s*\n\s* and \s*,\s* were tried from each space of the run, each time to its end: a second each.
  let csv;
  const csvMs = time(() => (csv = feedFromCsv(`title,start,venue\nA,2019-04-23,"Hotel${spaces}x\nTirana"`)));
  assert.ok(csvMs < 300, `fromCsv: ${Math.round(csvMs)} ms`);
  assert.ok(csv.feed.events[0].location.venue === `Hotel${spaces}x Tirana`, 'venue');
  let ics;
  const icsMs = time(() => (ics = feedFromIcs(calendar(vevent('a', 'DTSTART;VALUE=DATE:20190423', 'SUMMARY:A', `LOCATION:Hotel${spaces}x\\, Tirana\\, Albania`)))));
  assert.ok(icsMs < 300, `fromIcs: ${Math.round(icsMs)} ms`);
  const { venue, ...place } = ics.feed.events[0].location;
  assert.deepEqual(place, { city: 'Tirana', country: 'AL' });
  assert.ok(venue === `Hotel${spaces}x`, 'venue');
});

test('mergeFeeds: an event in a third file is still known after another event took its id in a second', () => {
  const part = (title, start) => parseFeed({ version: 1, events: [{ id: 'x', title, start }] }).feed;
  const long = part('Long', '2018-12-30');
  // Only the last event seen under an id was remembered: the third file's 'Long' came back as 'x~3'.
  const merged = mergeFeeds(parseFeed({ version: 1, events: [] }).feed, [long, part('Other', '2019-03-01'), part('Long', '2018-12-30')]);
  assert.deepEqual(merged.events.map((e) => [e.id, e.title.en]), [['x', 'Long'], ['x~2', 'Other']]);
});

test('mergeFeeds: an event renamed for a taken id does not take a name its own file gives another event', () => {
  const index = parseFeed({ version: 1, events: [{ id: 'x', title: 'Index', start: '2019-01-10' }] }).feed;
  const part = parseFeed({ version: 1, events: [{ id: 'x', title: 'Other', start: '2019-02-01' }, { id: 'x~2', title: 'Own', start: '2019-03-01' }] }).feed;
  const renamed = [];
  const merged = mergeFeeds(index, [part], (event, shownId) => renamed.push([event.id, shownId]));
  // The file's 'x' was called 'x~2', and its own 'x~2' then 'x~2~2': links to 'x~2' led to the wrong event.
  assert.deepEqual(merged.events.map((e) => [e.id, e.title.en]), [['x', 'Index'], ['x~3', 'Other'], ['x~2', 'Own']]);
  assert.deepEqual(renamed, [['x', 'x~3']]);
});

test('feedFromIcs: an event with exactly 20 x maxOccurrences occurrences is not said to have more', async () => {
  const { feedFromIcs } = await import('../../packages/feed/dist/from-ics.js');
  const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//t//EN', 'BEGIN:VEVENT', 'UID:daily', 'DTSTAMP:20250101T000000Z', 'DTSTART;VALUE=DATE:20250101', 'RRULE:FREQ=DAILY;COUNT=20', 'SUMMARY:Daily', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
  // 19 occurrences before the window, the 20th in it: the step past the last one was counted as a 21st.
  const { feed, problems } = feedFromIcs(ics, { from: '2025-01-20', to: '2025-12-31', maxOccurrences: 1 });
  assert.deepEqual(feed.events.map((e) => e.start), ['2025-01-20']);
  // Only the 19 before the window are said to be left out.
  assert.deepEqual(problems.map((p) => p.code), ['outside-window']);
  assert.match(problems[0].message, /its 19 earlier occurrences \(2025-01-01 to 2025-01-19\) are left out$/);
});

test('feedFromIcs: an empty part of a LOCATION (", ,") is skipped, as it was before the linear-time split', async () => {
  const { feedFromIcs } = await import('../../packages/feed/dist/from-ics.js');
  const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//t//EN', 'BEGIN:VEVENT', 'UID:e1', 'DTSTAMP:20250101T000000Z', 'DTSTART;VALUE=DATE:20250301', 'SUMMARY:E', 'LOCATION:Hotel Europe\\, \\, Sarajevo\\, Bosnia and Herzegovina', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
  // The comma after a space was no longer a place to split: the city came out as ", Sarajevo".
  const { feed } = feedFromIcs(ics, { from: '2025-01-01', to: '2025-12-31' });
  assert.deepEqual({ ...feed.events[0].location }, { venue: 'Hotel Europe', city: 'Sarajevo', country: 'BA' });
});

test('feedFromIcs gives each occurrence of an hourly event an id of its own, and warns once for a UID used twice', async () => {
  const { feedFromIcs } = await import('../../packages/feed/dist/from-ics.js');
  const hourly = (uid, summary) => vevent(uid, 'DTSTART;TZID=Europe/Tirane:20250301T090000', 'DTEND;TZID=Europe/Tirane:20250301T093000', 'RRULE:FREQ=HOURLY;COUNT=3', `SUMMARY:${summary}`);
  const daily = vevent('daily', 'DTSTART;VALUE=DATE:20250301', 'RRULE:FREQ=DAILY;COUNT=2', 'SUMMARY:Daily');
  // The ids were <uid>-<yyyymmdd>: one 'duplicate-uid' warning for each occurrence after a day's first.
  const { feed, problems } = feedFromIcs(calendar(hourly('hourly', 'Hourly'), daily), { from: '2025-01-01', to: '2025-12-31' });
  assert.deepEqual(feed.events.map((e) => [e.id, e.start]), [
    ['daily-20250301', '2025-03-01'],
    ['hourly-20250301T090000', '2025-03-01T09:00'],
    ['hourly-20250301T100000', '2025-03-01T10:00'],
    ['hourly-20250301T110000', '2025-03-01T11:00'],
    ['daily-20250302', '2025-03-02'],
  ]);
  assert.deepEqual(problems, []);
  // The same recurring event twice in a file (two exports pasted together): renamed, and said once, not per occurrence.
  const twice = feedFromIcs(calendar(hourly('same', 'First'), hourly('same', 'Second')), { from: '2025-01-01', to: '2025-12-31' });
  assert.deepEqual(twice.feed.events.map((e) => e.id).sort(), ['same-20250301T090000', 'same-20250301T090000~2', 'same-20250301T100000', 'same-20250301T100000~2', 'same-20250301T110000', 'same-20250301T110000~2']);
  assert.deepEqual(twice.problems.map((p) => [p.code, p.line]), [['duplicate-uid', 12]]);
  assert.equal(twice.problems[0].message, `another event has the UID "same" too; this event's occurrences are called 'same-20250301T090000~2' and so on`);
});

test('feedFromIcs reports an END:VCALENDAR inside an event with its line, and keeps the events after it', async () => {
  const { feedFromIcs } = await import('../../packages/feed/dist/from-ics.js');
  const day = (uid, date) => vevent(uid, `DTSTART;VALUE=DATE:${date}`, `SUMMARY:${uid}`);
  const read = (lines) => feedFromIcs(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...lines.flat(), ''].join('\r\n'), { from: '2025-01-01', to: '2025-12-31' });
  // ical.js closes whatever is open at any END line: the END:VEVENT of line 16 closed the calendar, and b and c were dropped unsaid.
  const cut = read([day('a', '20250301'), ['BEGIN:VEVENT', 'UID:cut', 'DTSTAMP:20190101T000000Z', 'DTSTART;VALUE=DATE:20250302', 'END:VCALENDAR', 'SUMMARY:Cut', 'END:VEVENT'], day('b', '20250303'), day('c', '20250304'), 'END:VCALENDAR']);
  assert.deepEqual(cut.feed.events.map((e) => e.id), ['a', 'b', 'c']);
  assert.deepEqual(cut.problems, [{
    severity: 'error', code: 'unexpected-end', line: 14, uid: 'cut',
    message: 'END:VCALENDAR comes before the END:VEVENT of the event that begins on line 10 (is the file cut short or garbled there?); the event is left out, and the events after it are read',
  }]);
  // The same line in the calendar's own lines: the events after it were outside every calendar, and dropped.
  const early = read([['END:VCALENDAR'], day('a', '20250301'), 'END:VCALENDAR']);
  assert.deepEqual(early.feed.events.map((e) => e.id), ['a']);
  assert.deepEqual(early.problems.map((p) => [p.severity, p.code, p.line, p.message]), [
    ['warning', 'unexpected-end', 4, 'END:VCALENDAR ends the calendar, but the event of line 5 follows it (is the file garbled there?); the events after it are read as part of the calendar'],
  ]);
  // Inside a VTIMEZONE: the zone is closed there, and the events read.
  const zone = read([['BEGIN:VTIMEZONE', 'TZID:Office', 'END:VCALENDAR', 'END:VTIMEZONE'], day('b', '20250303'), 'END:VCALENDAR']);
  assert.deepEqual(zone.feed.events.map((e) => e.id), ['b']);
  assert.deepEqual(zone.problems.map((p) => [p.severity, p.code, p.line, p.message]), [
    ['warning', 'unexpected-end', 6, 'END:VCALENDAR comes before the END:VTIMEZONE of the VTIMEZONE that begins on line 4 (is the file cut short or garbled there?); the VTIMEZONE is closed there'],
  ]);
});

test('feedFromIcs keeps the events of a file cut short (a download that stopped) and says where it stops', async () => {
  const { feedFromIcs } = await import('../../packages/feed/dist/from-ics.js');
  const day = (uid, date) => vevent(uid, `DTSTART;VALUE=DATE:${date}`, `SUMMARY:${uid}`);
  const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...day('a', '20250301'), ...day('b', '20250302'), 'BEGIN:VEVENT', 'UID:c', 'DTSTART;VALUE=DATE:2025'].join('\r\n');
  // ical.js refused the whole file ("component began but did not end"): a and b were lost.
  for (const ending of ['', '\r\n', '\r\n\r\n']) {
    const { feed, problems } = feedFromIcs(text + ending, { from: '2025-01-01', to: '2025-12-31' });
    assert.deepEqual(feed.events.map((e) => e.id), ['a', 'b']);
    assert.deepEqual(problems.map((p) => [p.severity, p.code, p.line, p.uid, p.message]), [
      ['warning', 'unexpected-end', 18, undefined, 'the file ends before the END:VCALENDAR of the VCALENDAR that begins on line 1 (is it cut short?); the VCALENDAR is closed there'],
      ['error', 'unexpected-end', 18, 'c', 'the file ends before the END:VEVENT of the event that begins on line 16 (is it cut short?); the event is left out'],
    ]);
  }
  // Cut inside a line of the calendar's own (fuzz seed 202: "BEGI" of the next BEGIN:VEVENT): ical.js refused
  // the whole calendar for a line with no name and colon; the events before are kept.
  for (const last of ['BEGI', 'B', 'X-WR-CAL']) {
    const { feed, problems } = feedFromIcs(['BEGIN:VCALENDAR', 'VERSION:2.0', ...day('a', '20250301'), last].join('\r\n'), { from: '2025-01-01', to: '2025-12-31' });
    assert.deepEqual(feed?.events.map((e) => e.id), ['a'], last);
    assert.deepEqual(problems.map((p) => [p.severity, p.code, p.line]), [['warning', 'unexpected-end', 9]], last);
  }
  // Cut between two events: every event is kept, and only the calendar's end is missing.
  const between = feedFromIcs(['BEGIN:VCALENDAR', 'VERSION:2.0', ...day('a', '20250301')].join('\r\n'), { from: '2025-01-01', to: '2025-12-31' });
  assert.deepEqual(between.feed.events.map((e) => e.id), ['a']);
  assert.deepEqual(between.problems.map((p) => [p.severity, p.line]), [['warning', 8]]);
});

/**
 * Every content line of an .ics read by ical.js, and every date or date-time value as RFC 5545 writes one
 * (`20190423`, `20190423T093000`, `...Z`), in the years 0001 to 9999 and read by ical.js as written.
 */
async function assertValidIcs(ics) {
  const { default: ICAL } = await import('ical.js');
  const unfolded = [];
  for (const line of ics.split('\r\n').slice(0, -1)) {
    if (line.startsWith(' ')) unfolded[unfolded.length - 1] += line.slice(1);
    else unfolded.push(line);
  }
  ICAL.parse(ics);
  for (const line of unfolded) {
    if (/^(BEGIN|END):/.test(line)) continue;
    const property = new ICAL.Property(ICAL.parse.property(line));
    if (!['date', 'date-time'].includes(property.type)) continue;
    const text = line.slice(line.lastIndexOf(':') + 1);
    assert.match(text, /^\d{8}(T\d{6}Z?)?$/, line);
    assert.ok(text.slice(0, 4) !== '0000', `${line}: the year 0`);
    const time = property.getFirstValue();
    assert.equal(`${String(time.year).padStart(4, '0')}${String(time.month).padStart(2, '0')}${String(time.day).padStart(2, '0')}`, text.slice(0, 8), line);
  }
}

test('toIcs writes only dates of the years 1 to 9999, and reports the events it cannot write', async () => {
  const { toIcs } = await import('../../packages/feed/dist/to-ics.js');
  const { feedFromIcs } = await import('../../packages/feed/dist/from-ics.js');
  const { feed } = parseFeed({
    version: 1,
    events: [
      { id: 'last-days', title: 'Last days', start: '9999-12-30', end: '9999-12-31' },
      { id: 'year-0', title: 'Year 0', start: '0000-01-01' },
      { id: 'utc-year-0', title: 'UTC year 0', start: '0000-01-01T00:00+14:00', timeZone: 'UTC' },
      { id: 'first-night', title: 'First night', start: '0001-01-01T00:30', end: '0001-01-01T02:00', timeZone: 'Europe/Tirane' },
      { id: 'last-night', title: 'Last night', start: '9999-12-31T23:00', end: '9999-12-31T23:59', timeZone: 'America/New_York' },
      { id: 'past-10000', title: 'Past 10000', start: '9999-12-31T20:00Z', end: '9999-12-31T23:59-12:00', timeZone: 'UTC' },
      { id: 'ordinary', title: 'Ordinary', start: '2019-04-23' },
    ],
  });
  const problems = [];
  const ics = toIcs(feed, feed.events, { lang: 'en', now: new Date(0), onProblem: (p) => problems.push(p) });
  // DTEND;VALUE=DATE:100000101, DTSTART:0000011231T100000Z, VTIMEZONE observances in the years -1 and 10000.
  await assertValidIcs(ics);
  assert.deepEqual(problems.map((p) => [p.severity, p.code, p.path, p.eventId]), [
    ['error', 'year-out-of-range', 'events[1].start', 'year-0'],
    ['error', 'year-out-of-range', 'events[2].start', 'utc-year-0'],
  ]);
  assert.equal(problems[1].message, 'its start is -000001-12-31T10:00 in UTC, outside the years 0001 to 9999 that an iCalendar file can hold; the event is left out of the calendar');
  // The others are all there, at their times: an end an .ics cannot name as a date is written as a DURATION.
  assert.ok(ics.includes('DTSTART;VALUE=DATE:99991230\r\nDURATION:P2D\r\n'), 'all-day DURATION');
  assert.ok(ics.includes('DTSTART:99991231T200000Z\r\nDURATION:PT15H59M\r\n'), 'timed DURATION');
  const back = parseFeed(feedFromIcs(ics, { from: '0001-01-01', to: '9999-12-31' }).feed).feed;
  // (past-10000 ends in the year 10000 in UTC, which fromIcs has no feed date for: its start is compared.)
  const times = (events) => events.map((e) => [e.id, e.start, e.id === 'past-10000' || e.end]).sort((a, b) => a[1] - b[1]);
  assert.deepEqual(times(back.events), times(feed.events.filter((e) => !e.id.includes('year-0'))));
});

test('a key of 100 KB is named short in the path and message of its problem, and still placed in the file', async () => {
  const { validateFeed, locateProblems } = await import('../../packages/feed/dist/validate-feed.js');
  const { feedFromCsv } = await import('../../packages/feed/dist/from-csv.js');
  const key = 'k'.repeat(100_000);
  const short = `${'k'.repeat(40)}…(100000 characters)`;
  const text = JSON.stringify({ version: 1, countries: { [key]: {} }, events: [{ id: 'a', title: { en: 'A', [key]: 'B' }, start: '2019-04-23', [key]: 1 }] }, null, 2);
  const { problems } = validateFeed(text);
  // The key was written out whole in the path: a 100,000-character path, in every console line and in the JSON of `validate --json`.
  assert.deepEqual(problems.map((p) => [p.code, p.path]), [
    ['unknown-field', `events[0].${short}`],
    ['invalid-language', `events[0].title.${short}`],
    ['invalid-country', `countries.${short}`],
  ]);
  assert.equal(problems[0].message, `unknown field '${short}'; it is ignored`);
  assert.equal(problems[1].message, `'${short}' is not a language tag such as 'en' or 'sr-Cyrl'; it is ignored`);
  for (const p of problems) assert.ok(formatProblem(p).length < 300, `${p.code}: ${formatProblem(p).length} characters`);
  // Still placed at the key (of the unknown field) or its value, as a short key is.
  assert.deepEqual(locateProblems(text, problems).map((p) => [p.line, p.column]), [[14, 7], [11, 100_013], [4, 100_009]]);
  // A spreadsheet's column: the header is the column's key.
  const csv = feedFromCsv(`id,title,start,${key}\na,A,2019-04-23,x`);
  assert.deepEqual(csv.problems.map((p) => [p.code, p.column]), [['unknown-column', short]]);
});

test('a long key is cut between characters, never inside an emoji', () => {
  // 39 letters, then emoji (two UTF-16 code units each): a cut at 40 would keep half of the first one.
  const key = `${'k'.repeat(39)}${'😀'.repeat(20)}`;
  const { problems } = parseFeed({ version: 1, events: [{ id: 'a', title: 'A', start: '2019-04-23', [key]: 1 }] });
  assert.equal(problems[0].path, `events[0].${'k'.repeat(39)}…(79 characters)`);
  assert.ok(!/[\uD800-\uDFFF]/.test(problems[0].message.replace(/\p{Extended_Pictographic}/gu, '')), 'no lone surrogate in the message');
  // One letter fewer: the cut at 40 falls after a whole emoji and keeps it.
  const even = `${'k'.repeat(38)}${'😀'.repeat(20)}`;
  assert.equal(parseFeed({ version: 1, events: [{ id: 'a', title: 'A', start: '2019-04-23', [even]: 1 }] }).problems[0].path, `events[0].${'k'.repeat(38)}😀…(78 characters)`);
});

test('feedFromIcs: the id of an occurrence does not depend on the window it is read in', async () => {
  const { feedFromIcs } = await import('../../packages/feed/dist/from-ics.js');
  // A daily meeting with an extra session on its second day: only that day has two occurrences.
  const text = calendar(vevent('m', 'DTSTART:20250301T090000Z', 'RRULE:FREQ=DAILY;COUNT=3', 'RDATE:20250302T150000Z', 'SUMMARY:Meeting'));
  const ids = (from) => feedFromIcs(text, { from, to: '2025-12-31' }).feed.events.map((e) => e.id);
  // The window ends before the day of two (the default window is a year either side of today, so it
  // moves every day): every id was <uid>-<yyyymmdd>T<hhmmss> while that day was in it, <uid>-<yyyymmdd> after.
  assert.deepEqual(ids('2025-01-01'), ['m-20250301', 'm-20250302T090000', 'm-20250302T150000', 'm-20250303']);
  assert.deepEqual(ids('2025-03-03'), ['m-20250303']);
  // An override whose recurring event is not in the file: the time only where two of them share a day.
  const orphans = calendar(
    vevent('o', 'RECURRENCE-ID:20250301T090000Z', 'DTSTART:20250301T100000Z', 'SUMMARY:Moved'),
    vevent('o', 'RECURRENCE-ID:20250302T090000Z', 'DTSTART:20250302T100000Z', 'SUMMARY:Moved'),
    vevent('o', 'RECURRENCE-ID:20250302T150000Z', 'DTSTART:20250302T160000Z', 'SUMMARY:Moved'),
  );
  assert.deepEqual(feedFromIcs(orphans, { from: '2025-01-01', to: '2025-12-31' }).feed.events.map((e) => e.id), ['o-20250301', 'o-20250302T090000', 'o-20250302T150000']);
});

test('feedFromIcs: a folded BEGIN or END line (RFC 5545 lets any line be folded) is not an END in the wrong place', async () => {
  const { feedFromIcs } = await import('../../packages/feed/dist/from-ics.js');
  const day = (uid, date) => vevent(uid, `DTSTART;VALUE=DATE:${date}`, `SUMMARY:${uid}`);
  const read = (...lines) => feedFromIcs(calendar(...lines), { from: '2025-01-01', to: '2025-12-31' });
  const folded = ['BEGIN:VEVENT', 'UID:a', 'DTSTAMP:20190101T000000Z', 'DTSTART;VALUE=DATE:20250301', 'SUMMARY:a', 'END:VEV', ' ENT'];
  // ical.js unfolds 'END:VEV' + ' ENT' and read both events; the check for misplaced END lines did not, and
  // left a out as 'END:VEV on line 9 comes before the END:VEVENT of the VEVENT that begins on line 4'.
  const plain = read(folded, day('b', '20250302'));
  assert.deepEqual(plain.feed.events.map((e) => e.id), ['a', 'b']);
  assert.deepEqual(plain.problems, []);
  // In a file read event by event (an END:VCALENDAR cuts c short), the folded line still closes its event,
  // and its second half stays with it.
  const garbled = read(folded, ['BEGIN:VEVENT', 'UID:c', 'DTSTART;VALUE=DATE:20250303', 'END:VCALENDAR', 'END:VEVENT'], day('b', '20250302'));
  assert.deepEqual(garbled.feed.events.map((e) => e.id), ['a', 'b']);
  assert.deepEqual(garbled.problems.map((p) => [p.code, p.line, p.uid]), [['unexpected-end', 14, 'c']]);
  // A folded END:VCALENDAR inside an event cuts it short as an unfolded one does.
  const cut = read(['BEGIN:VEVENT', 'UID:d', 'DTSTART;VALUE=DATE:20250304', 'END:VCAL', ' ENDAR', 'END:VEVENT'], day('b', '20250302'));
  assert.deepEqual(cut.feed.events.map((e) => e.id), ['b']);
  assert.deepEqual(cut.problems.map((p) => [p.code, p.line, p.uid]), [['unexpected-end', 7, 'd']]);
});
