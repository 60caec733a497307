// "Add to calendar" links (packages/feed/src/calendar-links.ts): Google Calendar and Outlook on the web,
// read back with URL and URLSearchParams as the services read them.
// Needs `npm run build` first (parseFeed from packages/feed/dist).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { parseFeed, formatProblem } from '../../packages/feed/dist/index.js';

/**
 * The built module, or, while `packages/feed/src/index.ts` does not export it (rollup emits only what
 * the entry reaches), the same source bundled by esbuild.
 */
async function loadFeedModule(name) {
  const built = new URL(`../../packages/feed/dist/${name}.js`, import.meta.url);
  if (existsSync(built)) return import(built.href);
  const outfile = join(mkdtempSync(join(tmpdir(), 'iisg-feed-')), `${name}.mjs`);
  const entry = fileURLToPath(new URL(`../../packages/feed/src/${name}.ts`, import.meta.url));
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'warning' });
  return import(pathToFileURL(outfile).href);
}

let links;
before(async () => {
  links = await loadFeedModule('calendar-links');
});

const { feed, problems } = parseFeed(
  {
    version: 1,
    timeZone: 'Europe/Belgrade',
    countries: { XK: { name: { en: 'Kosovo', sq: 'Kosova' }, footnote: 'This designation is without prejudice to positions on status.' } },
    events: [
      {
        id: 'rnnc-2',
        title: { en: '2nd RNNC meeting', 'sr-Cyrl': 'Други састанак РННК' },
        summary: { en: 'Coordinators meet in Budva.', 'sr-Cyrl': 'Координатори се састају у Будви.' },
        start: '2018-10-15',
        end: '2018-10-16',
        location: { venue: 'Hotel Splendid', city: { en: 'Budva', 'sr-Cyrl': 'Будва' }, country: 'ME' },
        url: 'https://example.org/rnnc-2',
      },
      {
        id: 'tirana',
        title: 'Session + Q&A: "1/2" 100% done',
        description: 'Line one\nLine two',
        start: '2019-03-30T18:00',
        end: '2019-03-31T12:30',
        timeZone: 'Europe/Tirane',
        location: { city: { en: 'Tirana', sq: 'Tiranë' }, country: 'AL' },
      },
      { id: 'pristina', title: { en: 'Workshop', sq: 'Punëtori' }, start: '2019-05-22', location: { city: { sq: 'Prishtinë', en: 'Pristina' }, country: 'XK' } },
      { id: 'no-end', title: 'Briefing', start: '2019-07-01T09:00', timeZone: 'Europe/Tirane' },
      { id: 'long', title: 'Long', start: '2019-07-02', description: 'слово '.repeat(400), url: 'https://example.org/long' },
      { id: 'emoji', title: 'Line one\nLine two', start: '2019-07-03', description: '🎉'.repeat(600) },
    ],
  },
  { viewerTimeZone: 'UTC' },
);
const byId = (id) => feed.byId.get(id);
const params = (href) => Object.fromEntries(new URL(href).searchParams);

test('the test feed parses without problems', () => {
  assert.deepEqual(problems.map(formatProblem), []);
});

test('Google: an all-day event gives dates with an exclusive end', () => {
  const href = links.googleCalendarUrl(feed, byId('rnnc-2'), 'sr-Cyrl');
  const url = new URL(href);
  assert.equal(url.origin + url.pathname, 'https://calendar.google.com/calendar/render');
  assert.deepEqual(params(href), {
    action: 'TEMPLATE',
    text: 'Други састанак РННК',
    dates: '20181015/20181017',
    details: 'Координатори се састају у Будви.\n\nhttps://example.org/rnnc-2',
    location: 'Hotel Splendid, Будва, Црна Гора', // no country name in the feed: the runtime's, in Serbian
  });
  assert.ok(href.includes('dates=20181015/20181017'), 'the slash as Google documents it');
});

test('Google: a timed event gives UTC instants, across a change of summer time', () => {
  const href = links.googleCalendarUrl(feed, byId('tirana'), 'en');
  const p = params(href);
  // 18:00 CET is 17:00 UTC; 12:30 CEST is 10:30 UTC.
  assert.equal(p.dates, '20190330T170000Z/20190331T103000Z');
  assert.equal(p.text, 'Session + Q&A: "1/2" 100% done');
  assert.equal(p.details, 'Line one\nLine two');
  assert.equal(p.location, 'Tirana, Albania');
});

test('spaces are %20 and a real plus stays a plus: no "+" in any link', () => {
  for (const id of ['rnnc-2', 'tirana', 'pristina']) {
    for (const href of [links.googleCalendarUrl(feed, byId(id), 'en'), links.outlookCalendarUrl(feed, byId(id), 'en')]) {
      assert.ok(!href.includes('+'), href);
    }
  }
  const href = links.outlookCalendarUrl(feed, byId('tirana'), 'en');
  assert.ok(href.includes('subject=Session%20%2B%20Q%26A%3A%20%221/2%22%20100%25%20done'), href);
});

test('Outlook.com: an all-day event gives dates with an exclusive end and allday=true', () => {
  const href = links.outlookCalendarUrl(feed, byId('rnnc-2'), 'en');
  const url = new URL(href);
  assert.equal(url.origin + url.pathname, 'https://outlook.live.com/calendar/deeplink/compose');
  assert.deepEqual(params(href), {
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: '2nd RNNC meeting',
    startdt: '2018-10-15',
    enddt: '2018-10-17',
    allday: 'true',
    body: 'Coordinators meet in Budva.\n\nhttps://example.org/rnnc-2',
    location: 'Hotel Splendid, Budva, Montenegro',
  });
});

test('Microsoft 365: the same link on outlook.office.com; timed events in UTC', () => {
  const href = links.outlookCalendarUrl(feed, byId('tirana'), 'sq', { service: 'microsoft365' });
  const url = new URL(href);
  assert.equal(url.origin + url.pathname, 'https://outlook.office.com/calendar/deeplink/compose');
  const p = params(href);
  assert.equal(p.startdt, '2019-03-30T17:00:00Z');
  assert.equal(p.enddt, '2019-03-31T10:30:00Z');
  assert.equal(p.allday, 'false');
  assert.equal(p.location, 'Tiranë, Shqipëri');
});

test('a timed event without an end ends when it starts', () => {
  assert.equal(params(links.googleCalendarUrl(feed, byId('no-end'), 'en')).dates, '20190701T070000Z/20190701T070000Z');
  const p = params(links.outlookCalendarUrl(feed, byId('no-end'), 'en'));
  assert.deepEqual([p.startdt, p.enddt], ['2019-07-01T07:00:00Z', '2019-07-01T07:00:00Z']);
});

test('Kosovo* and its footnote, in the visitor\'s language', () => {
  const p = params(links.googleCalendarUrl(feed, byId('pristina'), 'sq'));
  assert.equal(p.text, 'Punëtori');
  assert.equal(p.location, 'Prishtinë, Kosova*');
  assert.equal(p.details, '* This designation is without prejudice to positions on status.');
});

test('a long description is cut at a word, as sent (percent-encoded), and the page link is kept', () => {
  for (const href of [links.googleCalendarUrl(feed, byId('long'), 'en'), links.outlookCalendarUrl(feed, byId('long'), 'en')]) {
    const p = params(href);
    const details = p.details ?? p.body;
    assert.ok(encodeURIComponent(details).length <= 1500, `${encodeURIComponent(details).length} characters sent`);
    assert.match(details, /^(слово )+слово…\n\nhttps:\/\/example\.org\/long$/);
    // Cyrillic: 6 characters a letter once encoded. The whole link stays short enough for every service.
    assert.ok(href.length < 2_000, `${href.length} characters`);
  }
});

test('a description with no space to cut at is cut between whole characters; a title is one line', () => {
  for (const href of [links.googleCalendarUrl(feed, byId('emoji'), 'en'), links.outlookCalendarUrl(feed, byId('emoji'), 'en')]) {
    const p = params(href);
    assert.match(p.details ?? p.body, /^(🎉)+…$/u);
    assert.ok(href.length < 2_000, `${href.length} characters`);
    assert.equal(p.text ?? p.subject, 'Line one Line two');
  }
});

test('calendarEntryText: the texts shared with the .ics file', () => {
  assert.deepEqual(links.calendarEntryText(feed, byId('rnnc-2'), 'en'), {
    title: '2nd RNNC meeting',
    location: 'Hotel Splendid, Budva, Montenegro',
    details: 'Coordinators meet in Budva.\n\nhttps://example.org/rnnc-2',
  });
  const online = { ...byId('tirana'), status: 'moved-online', online: 'https://meet.example.org/x' };
  assert.equal(links.calendarEntryText(feed, online, 'en').location, 'https://meet.example.org/x');
  assert.equal(links.calendarEntryText(feed, { ...online, status: 'scheduled' }, 'en').location, 'Tirana, Albania');
});

test('half of a UTF-16 pair in the feed (JSON allows it) still makes links, with U+FFFD as the services get it', () => {
  const { feed: odd } = parseFeed({ version: 1, events: [{ id: 'o', title: 'Odd', start: '2019-07-02', description: 'x\ud800y' }] });
  for (const href of [links.googleCalendarUrl(odd, odd.events[0], 'en'), links.outlookCalendarUrl(odd, odd.events[0], 'en')]) {
    const p = params(href);
    assert.equal(p.details ?? p.body, 'x\ufffdy');
  }
});
