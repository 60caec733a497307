// Feeds and calendars made to freeze the page that reads them (a third party publishes them; partner sites read
// them on their main thread): each case once quadratic, backtracking or unbounded, now linear or capped.
//
// No test measures time. Where work can be counted (lookups of a renamed id, steps of a recurrence), the count is
// checked. Where it cannot (a regular expression's backtracking), the input is one the old code took 10 seconds or
// more for and the new one a fraction of a second, run in a worker: a call that blocks the test's own thread would
// keep its `timeout` from ever firing, so the test waits on the worker, and its timeout fails it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { mergeFeeds, parseFeed } from '../../packages/feed/dist/index.js';
import { feedFromIcs, htmlToText } from '../../packages/feed/dist/from-ics.js';

const INDEX = new URL('../../packages/feed/dist/index.js', import.meta.url).href;
const FROM_ICS = new URL('../../packages/feed/dist/from-ics.js', import.meta.url).href;
const ICAL = import.meta.resolve('ical.js');
/** What stops a regression: the old code took from 10 seconds to for ever for each input given to `inWorker`. */
const TIMEOUT = { timeout: 5000 };

/**
 * `body(...modules, data)` (a function, sent as its source) run in a worker thread with the modules at `urls`
 * imported, and its result (structured-cloned). The worker is stopped when the test's `signal` aborts (its timeout).
 */
function inWorker(signal, body, urls, data) {
  const code = `const { parentPort, workerData } = require('node:worker_threads');
Promise.all(workerData.urls.map((url) => import(url)))
  .then((modules) => (${body})(...modules, workerData.data))
  .then((result) => parentPort.postMessage({ result }), (error) => parentPort.postMessage({ error: String(error?.stack ?? error) }));`;
  const worker = new Worker(code, { eval: true, workerData: { urls, data } });
  worker.unref();
  signal.addEventListener('abort', () => worker.terminate(), { once: true });
  return new Promise((resolve, reject) => {
    worker.once('message', ({ result, error }) => (error ? reject(new Error(error)) : resolve(result)));
    worker.once('error', reject);
  });
}

/** How often `Map` and `Set` were asked for a string key that `match` accepts while `run` ran, and what it gave. */
function lookups(match, run) {
  const protos = [Map.prototype, Set.prototype];
  const originals = protos.map((proto) => proto.has);
  let count = 0;
  protos.forEach((proto, i) => {
    proto.has = function has(key) {
      if (typeof key === 'string' && match(key)) count++;
      return originals[i].call(this, key);
    };
  });
  try {
    return { result: run(), count };
  } finally {
    protos.forEach((proto, i) => (proto.has = originals[i]));
  }
}

const calendar = (...events) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...events.flat(), 'END:VCALENDAR'].join('\r\n');
const vevent = (uid, ...lines) => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20250101T000000Z', ...lines.flat(), 'END:VEVENT'];
const pad = (n) => String(n).padStart(2, '0');

// 1. Duplicate ids: each renamed by counting up from ~2 past every name given before it.

test('parseFeed names 3,000 events with one id same, same~2 … same~3000, each looked up about once', () => {
  const n = 3000;
  const events = Array.from({ length: n }, (_, i) => ({ id: 'same', title: `E${i}`, start: '2019-04-23' }));
  // Each duplicate looked up every name before its own: 20,000 took 132 s.
  const { result, count } = lookups((key) => key.startsWith('same~'), () => parseFeed({ version: 1, timeZone: 'UTC', events }, { viewerTimeZone: 'UTC' }));
  assert.deepEqual(result.feed.events.map((e) => e.id), ['same', ...Array.from({ length: n - 1 }, (_, i) => `same~${i + 2}`)]);
  assert.equal(result.problems.filter((p) => p.code === 'duplicate-id').length, n - 1);
  assert.ok(count < 10 * n, `${count} lookups`);
});

test('parseFeed gives duplicates the names it gave before: ids written in the feed are skipped, and keep their own', () => {
  const ids = (list) => parseFeed({ version: 1, timeZone: 'UTC', events: list.map((id, i) => ({ id, title: `E${i}`, start: '2019-04-23' })) }, { viewerTimeZone: 'UTC' }).feed.events.map((e) => e.id);
  assert.deepEqual(ids(['a', 'a~2', 'a', 'a']), ['a', 'a~2', 'a~3', 'a~4']);
  assert.deepEqual(ids(['a', 'a', 'a~2', 'a~3', 'a']), ['a', 'a~4', 'a~2', 'a~3', 'a~5']);
  assert.deepEqual(ids(['a', 'a', 'a~2', 'a~2', 'b', 'a']), ['a', 'a~3', 'a~2', 'a~2~2', 'b', 'a~4']);
});

/** A feed of events with these ids, a minute apart from `start` (ms). */
const feedOf = (ids, start) =>
  parseFeed({ version: 1, timeZone: 'UTC', events: ids.map((id, i) => ({ id, title: `E${i}`, start: new Date(start + i * 60_000).toISOString().slice(0, 16) })) }, { viewerTimeZone: 'UTC' }).feed;

test('mergeFeeds gives the names it gave before: those of every file read so far, and of its own, are skipped', () => {
  const day = (d) => Date.UTC(2019, 3, d);
  const renamed = [];
  const merged = mergeFeeds(feedOf(['same'], day(1)), [feedOf(['same', 'same~4'], day(2)), feedOf(['same', 'same~2', 'same~3'], day(3))], (event, shown, part) => renamed.push([event.id, shown, part]));
  // A file's own 'same~3' keeps its id, though the merged feed does not have one yet.
  assert.deepEqual(merged.events.map((e) => e.id), ['same', 'same~2', 'same~4', 'same~5', 'same~2~2', 'same~3']);
  assert.deepEqual(renamed, [['same', 'same~2', 0], ['same', 'same~5', 1], ['same~2', 'same~2~2', 1]]);
});

test('mergeFeeds renames an id that 3,000 files give, each looked up about once', () => {
  const n = 3000;
  // Files of one event each, all with the id 'same' (as parseFeed gives them, but read at once).
  const parts = feedOf(Array.from({ length: n }, (_, i) => `e${i}`), Date.UTC(2019, 0, 2)).events.map((event) => {
    const one = { ...event, id: 'same' };
    return { events: [one], byId: new Map([['same', one]]), organisations: new Map(), networks: new Map(), series: new Map(), tags: new Map(), countries: new Map() };
  });
  // Each was a new object for every name tried: 3,000 took seconds, 20,000 many minutes.
  const { result, count } = lookups((key) => key.startsWith('same~'), () => mergeFeeds(feedOf(['same'], Date.UTC(2019, 0, 1)), parts));
  assert.deepEqual(result.events.map((e) => e.id), ['same', ...Array.from({ length: n }, (_, i) => `same~${i + 2}`)]);
  assert.ok(count < 10 * n, `${count} lookups`);
});

test('feedFromIcs names 600 events with one UID same, same~2 …, each looked up about once', () => {
  const n = 600;
  const at = (i) => new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString().replace(/[-:]|\.\d+/g, '');
  const text = calendar(...Array.from({ length: n }, (_, i) => vevent('same', `DTSTART:${at(i)}`, `SUMMARY:E${i}`)));
  // 12,000 took 43 s.
  const { result, count } = lookups((key) => key.startsWith('same~'), () => feedFromIcs(text, { from: '2025-01-01', to: '2025-12-31' }));
  assert.deepEqual(result.feed.events.map((e) => e.id), ['same', ...Array.from({ length: n - 1 }, (_, i) => `same~${i + 2}`)]);
  assert.equal(result.problems.length, n - 1);
  assert.equal(result.problems[0].message, "another event has the UID \"same\"; this one is called 'same~2'");
  assert.ok(count < 10 * n, `${count} lookups`);
});

test('feedFromIcs numbers 400 organisers whose names give one id linearly, and finds each again by name', () => {
  const n = 400;
  const base = 'x'.repeat(40);
  // Names alike in their first 40 letters make one id; each organiser twice, in two events.
  const text = calendar(...Array.from({ length: 2 * n }, (_, i) => vevent(`u${i}`, 'DTSTART:20250101T090000Z', 'SUMMARY:S', `ORGANIZER;CN=${base}${i % n}:mailto:a@example.org`)));
  // Each organiser was looked for among all before it, and its id counted up from 2: 6,000 took 9 s.
  const { result, count } = lookups((key) => key.startsWith(`${base}-`), () => feedFromIcs(text, { from: '2025-01-01', to: '2025-12-31' }));
  const { feed } = result;
  assert.deepEqual(feed.organisations.map((o) => o.id), [base, ...Array.from({ length: n - 1 }, (_, i) => `${base}-${i + 2}`)]);
  assert.deepEqual(feed.events.slice(n, n + 3).map((e) => e.organisers), [[base], [`${base}-2`], [`${base}-3`]]);
  assert.ok(count < 10 * n, `${count} lookups`);
});

test('feedFromIcs reads 2,000 categories of an event that recurs 500 times once, each tag once', () => {
  const categories = Array.from({ length: 2000 }, (_, i) => `Topic ${i % 1000}`).join(',');
  const text = calendar(vevent('c', 'DTSTART:20250101T090000Z', 'RRULE:FREQ=DAILY;COUNT=500', 'SUMMARY:S', `CATEGORIES:${categories},,!!`));
  // Each occurrence folded them again (foldText lower-cases each), kept unique with indexOf: 3 s here.
  const toLowerCase = String.prototype.toLowerCase;
  let folded = 0;
  String.prototype.toLowerCase = function counted() {
    folded++;
    return toLowerCase.call(this);
  };
  let feed;
  try {
    ({ feed } = feedFromIcs(text, { from: '2025-01-01', to: '2026-12-31' }));
  } finally {
    String.prototype.toLowerCase = toLowerCase;
  }
  assert.equal(feed.events.length, 500);
  assert.deepEqual(feed.events[0].tags, Array.from({ length: 1000 }, (_, i) => `topic-${i}`));
  assert.deepEqual(feed.events[499].tags, feed.events[0].tags);
  assert.ok(folded < 20_000, `${folded} texts lower-cased`);
});

test('an .ics file with 5,000 BEGIN lines and as many ENDs of another name is read with each END looked up once', () => {
  const n = 5000;
  const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', ...Array(n).fill('BEGIN:X'), ...Array(n).fill('END:Y'), 'END:VCALENDAR'].join('\r\n');
  const findLastIndex = Array.prototype.findLastIndex;
  let tried = 0;
  Array.prototype.findLastIndex = function counted(predicate, self) {
    return findLastIndex.call(this, (...args) => (tried++, predicate.apply(self, args)));
  };
  let problems;
  try {
    // Each END:Y was looked for among all 5,000 open: 20,000 of each took 8 s.
    ({ problems } = feedFromIcs(text, { from: '2025-01-01', to: '2025-12-31' }));
  } finally {
    Array.prototype.findLastIndex = findLastIndex;
  }
  assert.equal(problems.filter((p) => p.code === 'unexpected-end').length, 2 * n);
  assert.ok(tried < 10 * n, `${tried} components compared`);
});

// 2. The title's newlines: /\s*\n\s*/ tried from each space of a run, to the run's end.

test('a title of 60,000 spaces between two words makes calendar links and an .ics quickly, on one line', TIMEOUT, async (t) => {
  const result = await inWorker(
    t.signal,
    (feedModule, toIcsModule) => {
      const { parseFeed, googleCalendarUrl, calendarEntryText } = feedModule;
      const title = `a${' '.repeat(60_000)}b`;
      const { feed } = parseFeed({ version: 1, timeZone: 'UTC', events: [{ id: 'e', title, start: '2019-04-23' }, { id: 'f', title: 'one \n \t two\nthree  ', start: '2019-04-23' }] }, { viewerTimeZone: 'UTC' });
      // googleCalendarUrl took 10 s, toIcs as long.
      const url = googleCalendarUrl(feed, feed.events[0], 'en');
      const ics = toIcsModule.toIcs(feed, feed.events, { lang: 'en' });
      return { url: url.length, ics: ics.length, titles: feed.events.map((e) => calendarEntryText(feed, e, 'en').title) };
    },
    [INDEX, new URL('../../packages/feed/dist/to-ics.js', import.meta.url).href],
  );
  assert.ok(result.url > 60_000 && result.ics > 60_000);
  assert.deepEqual(result.titles, [`a${' '.repeat(60_000)}b`, 'one two three']);
});

// 3. A link's tag in an HTML description: one pattern for the tag and its href backtracked on a tag with no '>'.

test('an .ics description with <a href= and 60,000 letters but no ">" becomes text quickly', TIMEOUT, async (t) => {
  const result = await inWorker(
    t.signal,
    ({ feedFromIcs }, data) => {
      const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:h', 'DTSTART:20250101T090000Z', 'SUMMARY:S', `DESCRIPTION:${data.description}`, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
      // 10 s in feedFromIcs.
      const { feed } = feedFromIcs(text, { from: '2025-01-01', to: '2025-12-31' });
      return feed.events[0].description;
    },
    [FROM_ICS],
    { description: `<p>x</p><a href=${'x'.repeat(60_000)}` },
  );
  assert.equal(result, `x\n\n<a href=${'x'.repeat(60_000)}`);
});

test('htmlToText reads a link as before: the first href with a value, in a tag that ends before the next "<"', () => {
  assert.equal(htmlToText('<a title="x" href = "https://a.org/1" href="https://b.org">A</a>'), 'A (https://a.org/1)');
  assert.equal(htmlToText('<a ahref="https://a.org" data-href=\'https://b.org\'>B</a>'), 'B (https://b.org)');
  assert.equal(htmlToText('<a href="https://a.org>C</a> <a name=x href=https://d.org/>D</a>'), 'C D (https://d.org/)');
  assert.equal(htmlToText('<a title=">" href="https://a.org">E</a>'), '" href="https://a.org">E');
  assert.equal(htmlToText('<a href=<b>https://a.org</b>>F</a>'), '<a href=https://a.org>F');
  assert.equal(htmlToText(`<a href='https://a.org/${'y'.repeat(30_000)}'>G</a>`), `G (https://a.org/${'y'.repeat(30_000)})`);
});

// 4. Recurrence: each event was capped, the file was not.

const minutely = (count) => calendar(...Array.from({ length: count }, (_, i) => vevent(`m${i}`, `DTSTART:20100101T0000${pad(i)}Z`, 'RRULE:FREQ=MINUTELY', `SUMMARY:Every minute ${i}`)));

/** feedFromIcs on `text` in a worker, with the steps of ical.js's expansion counted: the codes, problems and events. */
function readCounted(signal, text, options) {
  return inWorker(
    signal,
    ({ feedFromIcs }, { default: ICAL }, { text, options }) => {
      let steps = 0;
      const next = ICAL.RecurExpansion.prototype.next;
      ICAL.RecurExpansion.prototype.next = function (...args) {
        steps++;
        return next.apply(this, args);
      };
      const { feed, problems } = feedFromIcs(text, options);
      return { steps, problems, events: feed.events.length };
    },
    [FROM_ICS, ICAL],
    { text, options },
  );
}

test('20 events of FREQ=MINUTELY from 2010 are read for 25,000 steps in all, and the rest is reported once', TIMEOUT, async (t) => {
  const text = minutely(20);
  // 3 KB; each event was read for its own 20,000 steps: 22 s.
  const { steps, problems, events } = await readCounted(t.signal, text, { now: new Date('2026-06-01T00:00:00Z') });
  assert.ok(steps <= 25_100, `${steps} steps`);
  assert.equal(events, 0);
  // The first is read for its own 20,000 and reported as before; the second up to the file's 25,000.
  assert.deepEqual(problems.map((p) => [p.code, p.severity, p.uid, p.line]), [
    ['too-many-occurrences', 'warning', 'm0', 4],
    ['recurrence-budget', 'warning', undefined, 4 + 7],
  ]);
  assert.equal(
    problems[1].message,
    "the file's recurring events recur more than 25000 times in all from their starts to 2027-06-01, the end of the window recurring events are read in, more than one file is read for; 19 of them are read no further, and their occurrences from there on are left out",
  );
});

test('a rule whose BYMONTH and BYMONTHDAY never meet, which ical.js tried for ever, is reported, and the others read', TIMEOUT, async (t) => {
  const text = calendar(
    vevent('never', 'DTSTART:20250101T090000Z', 'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', 'SUMMARY:Never'),
    vevent('weekly', 'DTSTART:20250106T090000Z', 'RRULE:FREQ=WEEKLY;COUNT=3', 'SUMMARY:Weekly'),
    vevent('once', 'DTSTART:20250107T090000Z', 'SUMMARY:Once'),
  );
  const { problems, events } = await readCounted(t.signal, text, { from: '2025-01-01', to: '2025-12-31' });
  // The one-off event is read whatever is spent; the series after the file's steps are spent are not.
  assert.equal(events, 1);
  assert.deepEqual(problems.map((p) => [p.code, p.line]), [['recurrence-budget', 4]]);
  assert.match(problems[0].message, /^the file's recurring events recur more than 25000 times in all from their starts to 2025-12-31, .*; 2 of them are read no further, and their occurrences from there on are left out$/);
});

test('an event with the same RRULE 100 times, given each time 100 times, is read for the file\'s steps only', TIMEOUT, async (t) => {
  const text = calendar(vevent('same', 'DTSTART:20100101T000000Z', Array.from({ length: 100 }, () => 'RRULE:FREQ=MINUTELY'), 'SUMMARY:Same'));
  // 2 KB: its own cap counted each time once, and ical.js gave 2,000,000 of them: 58 s.
  const { steps, problems } = await readCounted(t.signal, text, { now: new Date('2026-06-01T00:00:00Z') });
  assert.ok(steps <= 25_100, `${steps} steps`);
  assert.deepEqual(problems.map((p) => p.code), ['recurrence-budget']);
  assert.match(problems[0].message, /; one of them is read no further, and its occurrences from there on are left out$/);
});

test('20 daily events of 300 days each give 5,000 occurrences in all, and the rest is reported once', TIMEOUT, async (t) => {
  const text = calendar(...Array.from({ length: 20 }, (_, i) => vevent(`d${i}`, `DTSTART;VALUE=DATE:202501${pad(i + 1)}`, 'RRULE:FREQ=DAILY;COUNT=300', `SUMMARY:Daily ${i}`)));
  // 6,000 events (50 of FREQ=DAILY with no end gave 50,000 in a two-year window, and the widgets read eight years).
  const { problems, events } = await readCounted(t.signal, text, { from: '2025-01-01', to: '2025-12-31' });
  assert.equal(events, 5000);
  // The 17th is cut after its 200th occurrence: it and the three after it.
  assert.deepEqual(problems.map((p) => [p.code, p.line]), [['recurrence-budget', 4 + 16 * 7]]);
  assert.equal(problems[0].message, "the file's recurring events have more than 5000 occurrences in all between 2025-01-01 and 2025-12-31, more than one file is read for; 4 of them are read no further, and their occurrences from there on are left out");
});

// 5. Splitting: each event was added to its period by copying the period's list.

test('a feed of 40,000 events in one year is split quickly into one file', TIMEOUT, async (t) => {
  const result = await inWorker(
    t.signal,
    ({ splitFeed }, data) => {
      const events = Array.from({ length: data.n }, (_, i) => ({ id: `e${i}`, title: 'T', start: `2019-${String(1 + (i % 12)).padStart(2, '0')}-01` }));
      // 27 s in splitFeed (0.5 s now, most of it validating).
      const { files, problems } = splitFeed({ version: 1, events }, { by: 'year' });
      return { files: files.map((f) => [f.period, f.feed.events.length]), problems: problems.length };
    },
    [new URL('../../packages/feed/dist/split-feed.js', import.meta.url).href],
    { n: 40_000 },
  );
  assert.deepEqual(result, { files: [['2019', 40_000]], problems: 0 });
});

test('a text of 100,000 commas as an id list is one problem of bounded length; a list of 300 non-ids is eleven', () => {
  const feed = (organisers, url) => ({ version: 1, organisations: [], events: [{ id: 'a', title: 'A', start: '2019-04-23', organisers, url }] });
  // Each empty id was a problem of its own (100,002 in all), and the message held the whole list.
  const commas = parseFeed(feed(','.repeat(100_000))).problems;
  assert.deepEqual(commas.map((p) => p.path), ['events[0].organisers']);
  assert.ok(commas[0].message.length < 200, commas[0].message.slice(0, 300));
  const listed = parseFeed(feed('rcc,,iisg-sg, ,')).problems;
  assert.deepEqual(listed.map((p) => p.message), [`'rcc,,iisg-sg, ,' is one text; it is read as the list ["rcc","iisg-sg"] (write it so)`, ...['rcc', 'iisg-sg'].map((id) => `no organisation with id '${id}' in "organisations"`)]);
  const empties = parseFeed(feed(Array(300).fill(''))).problems;
  assert.deepEqual(empties.map((p) => p.path), [...Array.from({ length: 10 }, (_, i) => `events[0].organisers[${i}]`), 'events[0].organisers']);
  assert.equal(empties[10].message, '290 more items are not ids; they are ignored');
  // A link without https:// was repeated whole in its hint.
  const [link] = parseFeed(feed(undefined, `www.rcc.int/${'x'.repeat(100_000)}`)).problems;
  assert.ok(link.message.length < 200, link.message.slice(0, 300));
  assert.match(link.message, /has no https:\/\/ in front; it is not shown \(write 'https:\/\/www\.rcc\.int\/x+\.\.\.'\)$/);
});
