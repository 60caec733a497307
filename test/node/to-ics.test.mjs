// `toIcs` (packages/feed/src/to-ics.ts) read back by an independent parser, ical.js (we write the
// files by hand; ical.js is only a devDependency here). It resolves each TZID from the file's own
// VTIMEZONE, so the instants it computes check our time zone definitions too.
// Needs `npm run build` first (parseFeed from packages/feed/dist); toIcs is read from its source.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import ICAL from 'ical.js';
import { parseFeed, formatProblem, isoDate } from '../../packages/feed/dist/index.js';
import { feedFromIcs } from '../../packages/feed/dist/from-ics.js';

/** The module's source bundled by esbuild, not dist/, which is only as new as the last build. */
async function loadFeedModule(name) {
  const outfile = join(mkdtempSync(join(tmpdir(), 'iisg-feed-')), `${name}.mjs`);
  const entry = fileURLToPath(new URL(`../../packages/feed/src/${name}.ts`, import.meta.url));
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'warning' });
  return import(pathToFileURL(outfile).href);
}

let toIcs;
before(async () => {
  ({ toIcs } = await loadFeedModule('to-ics'));
});

const NOW = new Date('2026-11-29T08:15:30Z');

const feedJson = {
  version: 1,
  timeZone: 'Europe/Belgrade',
  language: 'en',
  organisations: [
    { id: 'rcc', name: { en: 'Regional Cooperation Council', sq: 'Këshilli i Bashkëpunimit Rajonal', 'sr-Cyrl': 'Савјет за регионалну сарадњу', mk: 'Совет за регионална соработка' }, website: 'https://www.rcc.int' },
    { id: 'iisg-sg', name: 'IISG Support Group', website: 'mailto:info@wb-iisg.com' },
    { id: 'no-address', name: 'Ministry; of "Interior"' },
  ],
  countries: {
    AL: { name: { en: 'Albania', sq: 'Shqipëri', 'sr-Cyrl': 'Албанија', mk: 'Албанија' } },
    ME: { name: { en: 'Montenegro', 'sr-Cyrl': 'Црна Гора' } },
    MK: { name: { en: 'North Macedonia', mk: 'Северна Македонија' } },
    XK: { name: { en: 'Kosovo', sq: 'Kosova' }, footnote: { en: 'This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.' } },
  },
  events: [
    {
      id: 'nfp-7',
      title: { en: '7th Meeting of the NFP Group', sq: 'Takimi i shtatë i Grupit të RCC-së për çështjet e ekstremizmit të dhunshëm në Evropën Juglindore' },
      summary: { en: 'The RCC convenes its NFP Group.', sq: 'KBR mbledh Grupin NFP, në Tiranë; takim i hapur.' },
      start: '2019-04-23',
      timeZone: 'Europe/Tirane',
      location: { city: { en: 'Tirana', sq: 'Tiranë' }, country: 'AL', lat: 41.33, lon: 19.82 },
      organisers: ['rcc'],
      url: 'https://www.rcc.int/events/nfp-7',
    },
    {
      id: 'rnnc-2',
      title: { en: '2nd RNNC meeting', 'sr-Cyrl': 'Други састанак Регионалне мреже националних координатора за превенцију и сузбијање насилног екстремизма' },
      description: { 'sr-Cyrl': 'Први ред, са зарезом; и тачком-зарезом.\nДруги ред: обрнута коса црта \\ овде.\r\n\r\n- тачка један\n- тачка два' },
      start: '2018-10-15',
      end: '2018-10-16',
      timeZone: 'Europe/Podgorica',
      location: { venue: { en: 'Hotel Splendid', 'sr-Cyrl': 'Хотел Сплендид' }, city: { en: 'Budva', 'sr-Cyrl': 'Будва' }, country: 'ME' },
      organisers: ['no-address', 'iisg-sg'],
    },
    {
      id: 'tirana-dst',
      title: { en: 'Night session across the clock change, with "quotes", commas; semicolons and a \\ backslash', sq: 'Seancë nate: ora verore' },
      description: 'Starts on Saturday evening, ends on Sunday after the clocks went forward 🕑.',
      start: '2019-03-30T18:00',
      end: '2019-03-31T12:30',
      timeZone: 'Europe/Tirane',
      location: { venue: 'Rogner, "Europark"', city: { en: 'Tirana', sq: 'Tiranë' }, country: 'AL' },
      online: 'https://meet.example.org/tirana?room=1&lang=sq',
      organisers: ['rcc'],
      url: 'https://example.org/events/tirana-dst?x=1,2;3',
    },
    {
      id: 'tirana-autumn',
      title: 'Autumn session',
      start: '2019-10-28T09:30',
      end: '2019-10-28T17:00',
      timeZone: 'Europe/Tirane',
    },
    {
      id: 'tirana-2020',
      title: 'Winter session',
      start: '2020-01-24T09:30',
      timeZone: 'Europe/Tirane',
      status: 'postponed',
    },
    {
      id: 'repeated-hour',
      title: 'Starts in the repeated hour, second pass',
      start: '2019-10-27T02:30:00+01:00',
      end: '2019-10-27T04:00',
      timeZone: 'Europe/Tirane',
    },
    {
      id: 'repeated-hour-first',
      title: 'Ends in the repeated hour, first pass',
      start: '2019-10-27T01:00',
      end: '2019-10-27T02:15:00+02:00',
      timeZone: 'Europe/Tirane',
    },
    {
      id: 'skopje-cancelled',
      title: { en: 'Skopje workshop', mk: 'Работилница во Скопје за превенција на насилниот екстремизам и радикализација што води кон тероризам' },
      summary: { mk: 'Откажано поради непредвидени околности; ќе биде закажано повторно.' },
      start: '2019-06-12T10:00',
      end: '2019-06-12T13:00',
      timeZone: 'Europe/Skopje',
      status: 'cancelled',
      location: { city: { en: 'Skopje', mk: 'Скопје' }, country: 'MK' },
      organisers: ['rcc'],
    },
    {
      id: 'pristina',
      title: { en: 'Workshop for students, parents and teachers', sq: 'Punëtori për nxënës, prindër dhe mësues' },
      start: '2019-05-22',
      timeZone: 'Europe/Belgrade',
      location: { city: { en: 'Pristina', sq: 'Prishtinë' }, country: 'XK' },
      status: 'moved-online',
      online: 'https://meet.example.org/pristina',
    },
    {
      id: 'new-york',
      title: 'Donors meeting',
      start: '2017-04-19T14:00',
      end: '2017-04-19T16:00',
      timeZone: 'America/New_York',
      status: 'rescheduled',
    },
    { id: 'utc-call', title: 'Call', start: '2019-07-01T12:00', end: '2019-07-01T13:00', timeZone: 'UTC' },
  ],
};

const { feed, problems } = parseFeed(feedJson, { viewerTimeZone: 'UTC' });
const byId = (id) => feed.byId.get(id);

/** The file as bytes and lines, checked for the RFC 5545 line rules; and the parsed calendar. */
function readIcs(ics) {
  assert.ok(ics.isWellFormed(), 'no lone UTF-16 surrogate (a split astral character)');
  assert.ok(ics.endsWith('\r\n'), 'ends with CRLF');
  const bytes = Buffer.from(ics, 'utf8');
  const lines = [];
  let from = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(bytes.subarray(from, i));
      from = i + 2;
    }
  }
  assert.equal(from, bytes.length, 'nothing after the last CRLF');
  const strict = new TextDecoder('utf-8', { fatal: true });
  const text = lines.map((line, n) => {
    assert.ok(line.length <= 75, `line ${n + 1} is ${line.length} octets: ${line}`);
    assert.ok(!line.includes(0x0d) && !line.includes(0x0a), `line ${n + 1} has a bare CR or LF`);
    return strict.decode(line); // throws where a fold split a UTF-8 sequence
  });
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { lines: text, calendar };
}

/** Content lines, unfolded by hand (CRLF + one space or tab removed), to check escaping as written. */
const unfold = (ics) => ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);

function veventsById(calendar) {
  return new Map(calendar.getAllSubcomponents('vevent').map((v) => [v.getFirstPropertyValue('uid'), v]));
}

const instant = (time) => new Date(time.toUnixTime() * 1000).toISOString();

test('the test feed parses without problems', () => {
  assert.deepEqual(problems.map(formatProblem), []);
});

test('a whole feed: CRLF, lines of at most 75 octets, folds between UTF-8 characters only, and it parses', () => {
  const ics = toIcs(feed, feed.events, { lang: 'sq', now: NOW });
  const { lines, calendar } = readIcs(ics);
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.equal(lines.at(-1), 'END:VCALENDAR');
  assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
  assert.equal(calendar.getFirstPropertyValue('prodid'), '-//IISG//Event widgets//EN');
  assert.equal(calendar.getFirstPropertyValue('method'), null, 'a calendar to import, not an iTIP message');
  assert.equal(calendar.getAllSubcomponents('vevent').length, feed.events.length);
  // The Cyrillic and Macedonian titles fold: some line ends short of 75 octets because the next
  // character would not fit whole, and every continuation starts with one space.
  const folded = lines.filter((line) => line.startsWith(' '));
  assert.ok(folded.length >= 4, `${folded.length} continuation lines`);
  assert.ok(lines.some((line, n) => lines[n + 1]?.startsWith(' ') && Buffer.byteLength(line) < 75), 'a fold moved a multi-byte character whole to the next line');
});

test('every field of an all-day event, in Albanian', () => {
  const ics = toIcs(feed, [byId('nfp-7')], { lang: 'sq', now: NOW });
  const { calendar } = readIcs(ics);
  const [vevent] = calendar.getAllSubcomponents('vevent');
  assert.deepEqual(vevent.getAllProperties().map((p) => p.name), ['uid', 'dtstamp', 'dtstart', 'dtend', 'summary', 'description', 'location', 'geo', 'url', 'organizer', 'status']);
  const event = new ICAL.Event(vevent);
  assert.equal(event.uid, 'nfp-7@iisg-events');
  assert.equal(vevent.getFirstPropertyValue('dtstamp').toString(), '2026-11-29T08:15:30Z');
  assert.equal(event.startDate.isDate, true);
  assert.equal(event.startDate.toString(), '2019-04-23');
  assert.equal(event.endDate.isDate, true);
  assert.equal(event.endDate.toString(), '2019-04-24', 'DTEND is the day after the last day');
  assert.equal(event.summary, 'Takimi i shtatë i Grupit të RCC-së për çështjet e ekstremizmit të dhunshëm në Evropën Juglindore');
  assert.equal(event.description, 'KBR mbledh Grupin NFP, në Tiranë; takim i hapur.\n\nhttps://www.rcc.int/events/nfp-7');
  assert.equal(event.location, 'Tiranë, Shqipëri');
  assert.deepEqual(vevent.getFirstPropertyValue('geo'), [41.33, 19.82]);
  assert.equal(vevent.getFirstPropertyValue('url'), 'https://www.rcc.int/events/nfp-7');
  const organizer = vevent.getFirstProperty('organizer');
  assert.equal(organizer.getParameter('cn'), 'Këshilli i Bashkëpunimit Rajonal');
  assert.equal(organizer.getFirstValue(), 'https://www.rcc.int/');
  assert.equal(vevent.getFirstPropertyValue('status'), 'CONFIRMED');
  assert.equal(calendar.getAllSubcomponents('vtimezone').length, 0, 'all-day dates need no time zone');
  // As written: the summary's comma and semicolon escaped.
  assert.ok(unfold(ics).includes('DESCRIPTION:KBR mbledh Grupin NFP\\, në Tiranë\\; takim i hapur.\\n\\nhttps://www.rcc.int/events/nfp-7'));
});

test('every field of a multi-day event, in Serbian Cyrillic, with escaped text and an organiser e-mail', () => {
  const ics = toIcs(feed, [byId('rnnc-2')], { lang: 'sr-Cyrl', now: NOW });
  const { calendar } = readIcs(ics);
  const [vevent] = calendar.getAllSubcomponents('vevent');
  assert.deepEqual(vevent.getAllProperties().map((p) => p.name), ['uid', 'dtstamp', 'dtstart', 'dtend', 'summary', 'description', 'location', 'organizer', 'status']);
  const event = new ICAL.Event(vevent);
  assert.equal(event.uid, 'rnnc-2@iisg-events');
  assert.equal(event.startDate.toString(), '2018-10-15');
  assert.equal(event.endDate.toString(), '2018-10-17', 'two days: 15 and 16 October, so DTEND is the 17th');
  assert.equal(event.summary, 'Други састанак Регионалне мреже националних координатора за превенцију и сузбијање насилног екстремизма');
  assert.equal(event.description, 'Први ред, са зарезом; и тачком-зарезом.\nДруги ред: обрнута коса црта \\ овде.\n\n- тачка један\n- тачка два');
  assert.equal(event.location, 'Хотел Сплендид, Будва, Црна Гора');
  // The first organiser has no address, so the ORGANIZER is the first one that has.
  const organizer = vevent.getFirstProperty('organizer');
  assert.equal(organizer.getParameter('cn'), 'IISG Support Group');
  assert.equal(organizer.getFirstValue(), 'mailto:info@wb-iisg.com');
  assert.ok(unfold(ics).some((line) => line.startsWith('DESCRIPTION:Први ред\\, са зарезом\\; и тачком-зарезом.\\nДруги ред: обрнута коса црта \\\\ овде.\\n\\n- тачка')));
});

test("ORGANIZER is a mailto link's one mailbox, without the subject, body or copies the link carries", () => {
  const organiserWith = (website, next) => {
    const organisations = [{ id: 'o', name: 'O', website }, ...(next ? [{ id: 'p', name: 'P', website: next }] : [])];
    const { feed: f } = parseFeed({ version: 1, organisations, events: [{ id: 'e', title: 'E', start: '2019-07-01', organisers: organisations.map((o) => o.id) }] });
    const [vevent] = readIcs(toIcs(f, f.events, { lang: 'en', now: NOW })).calendar.getAllSubcomponents('vevent');
    return vevent.getFirstProperty('organizer')?.getFirstValue() ?? null;
  };
  assert.equal(organiserWith('mailto:a@example.org%2Cb@example.org'), null, 'two mailboxes, one comma encoded');
  assert.equal(organiserWith('mailto:a@example.org;b@example.org'), null, "two mailboxes, Outlook's way");
  assert.equal(organiserWith('mailto:info%40example.org'), 'mailto:info@example.org');
  // The first organiser with an address is the ORGANIZER, though an organiser before it has an unusable one.
  assert.equal(organiserWith('mailto:a@example.org,b@example.org', 'https://www.rcc.int/'), 'https://www.rcc.int/');
  assert.equal(organiserWith('mailto:info@example.org?subject=Hi&cc=someone@example.net&body=Reply'), 'mailto:info@example.org');
  assert.equal(organiserWith('mailto:info@example.org'), 'mailto:info@example.org');
  assert.equal(organiserWith('mailto:a@example.org,b@example.org'), null, 'two mailboxes: no one organiser');
  assert.equal(organiserWith('https://www.rcc.int/'), 'https://www.rcc.int/');
});

test('a timed event across the start of summer time: TZID, VTIMEZONE, and the right instants', () => {
  const ics = toIcs(feed, [byId('tirana-dst')], { lang: 'sq', now: NOW });
  const { calendar } = readIcs(ics);
  assert.equal(ICAL.TimezoneService.has('Europe/Tirane'), false, 'the zone can only come from the file');
  const [vevent] = calendar.getAllSubcomponents('vevent');
  assert.deepEqual(vevent.getAllProperties().map((p) => p.name), ['uid', 'dtstamp', 'dtstart', 'dtend', 'summary', 'description', 'location', 'url', 'organizer', 'status']);
  const event = new ICAL.Event(vevent);
  assert.equal(event.startDate.isDate, false);
  assert.equal(vevent.getFirstProperty('dtstart').getParameter('tzid'), 'Europe/Tirane');
  assert.equal(event.startDate.zone.tzid, 'Europe/Tirane');
  assert.equal(event.startDate.toString(), '2019-03-30T18:00:00');
  assert.equal(event.endDate.toString(), '2019-03-31T12:30:00');
  // 18:00 CET is 17:00 UTC; 12:30 CEST, after the change at 02:00, is 10:30 UTC.
  assert.equal(instant(event.startDate), '2019-03-30T17:00:00.000Z');
  assert.equal(instant(event.endDate), '2019-03-31T10:30:00.000Z');
  assert.equal(event.summary, 'Seancë nate: ora verore');
  assert.equal(event.description, 'Starts on Saturday evening, ends on Sunday after the clocks went forward 🕑.\n\nhttps://meet.example.org/tirana?room=1&lang=sq\n\nhttps://example.org/events/tirana-dst?x=1,2;3');
  assert.equal(event.location, 'Rogner, "Europark", Tiranë, Shqipëri');
  assert.equal(vevent.getFirstPropertyValue('url'), 'https://example.org/events/tirana-dst?x=1,2;3');
  assert.equal(vevent.getFirstPropertyValue('status'), 'CONFIRMED');

  const [vtimezone] = calendar.getAllSubcomponents('vtimezone');
  assert.equal(vtimezone.getFirstPropertyValue('tzid'), 'Europe/Tirane');
  const observances = vtimezone.getAllSubcomponents().map((o) => [o.name, o.getFirstPropertyValue('dtstart').toString(), o.getFirstPropertyValue('rrule').toString(), o.getFirstPropertyValue('tzoffsetfrom').toString(), o.getFirstPropertyValue('tzoffsetto').toString()]);
  // One STANDARD and one DAYLIGHT with their yearly rules, as Outlook reads a zone; winter time from the October before.
  assert.deepEqual(observances, [
    ['standard', '2018-10-28T03:00:00', 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', '+02:00', '+01:00'],
    ['daylight', '2019-03-31T02:00:00', 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', '+01:00', '+02:00'],
  ]);
});

test('the English title keeps its quotes, commas, semicolons and backslash', () => {
  const ics = toIcs(feed, [byId('tirana-dst')], { lang: 'en', now: NOW });
  const { calendar } = readIcs(ics);
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent'));
  assert.equal(event.summary, 'Night session across the clock change, with "quotes", commas; semicolons and a \\ backslash');
  assert.ok(unfold(ics).includes('SUMMARY:Night session across the clock change\\, with "quotes"\\, commas\\; semicolons and a \\\\ backslash'));
  assert.equal(event.location, 'Rogner, "Europark", Tirana, Albania');
});

test('one VTIMEZONE per zone, covering every year its events touch, agreeing with the zone data hour by hour', () => {
  const events = ['tirana-dst', 'tirana-autumn', 'tirana-2020', 'repeated-hour', 'repeated-hour-first', 'skopje-cancelled', 'new-york', 'utc-call', 'nfp-7'].map(byId);
  const ics = toIcs(feed, events, { lang: 'en', now: NOW });
  const { calendar } = readIcs(ics);
  const zones = calendar.getAllSubcomponents('vtimezone').map((v) => v.getFirstPropertyValue('tzid'));
  assert.deepEqual(zones, ['Europe/Tirane', 'Europe/Skopje', 'America/New_York'], 'no VTIMEZONE for UTC or for all-day events');
  const years = { 'Europe/Tirane': [2019, 2020], 'Europe/Skopje': [2019, 2019], 'America/New_York': [2017, 2017] };
  const HOUR = 3_600_000;
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    const tz = new ICAL.Timezone(vtimezone);
    const [first, last] = years[tz.tzid];
    const format = new Intl.DateTimeFormat('en-CA', { timeZone: tz.tzid, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    const wall = (ms) => format.format(ms).replace(', ', 'T');
    const offset = (ms) => Date.parse(`${wall(ms)}Z`) - ms;
    let checked = 0;
    // Every half hour past the hour: a wall-clock time in the zone, read through the file's VTIMEZONE,
    // must give back the instant. Times of the hour repeated in autumn are left out: RFC 5545 reads them
    // as the first pass, ical.js as the second, and toIcs writes them in UTC.
    for (let ms = Date.UTC(first, 0, 1, 0, 30); ms < Date.UTC(last + 1, 0, 1); ms += HOUR) {
      if (offset(ms - HOUR) > offset(ms) || offset(ms + HOUR) < offset(ms)) continue;
      const time = ICAL.Time.fromDateTimeString(wall(ms));
      time.zone = tz;
      assert.equal(time.toUnixTime() * 1000, ms, `${tz.tzid} ${wall(ms)}`);
      checked++;
    }
    assert.ok(checked > 8700 * (last - first + 1), `${checked} hours checked in ${tz.tzid}`);
  }
  // The EU's rules and the US's (2017), as the observances state them.
  const changes = (tzid) => calendar.getAllSubcomponents('vtimezone').find((v) => v.getFirstPropertyValue('tzid') === tzid).getAllSubcomponents().map((o) => `${o.name} ${o.getFirstPropertyValue('dtstart')} ${o.getFirstPropertyValue('rrule')} ${o.getFirstPropertyValue('tzoffsetto')}`);
  assert.deepEqual(changes('Europe/Tirane'), ['standard 2018-10-28T03:00:00 FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU +01:00', 'daylight 2019-03-31T02:00:00 FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU +02:00']);
  assert.deepEqual(changes('America/New_York'), ['standard 2016-11-06T02:00:00 FREQ=YEARLY;BYMONTH=11;BYDAY=1SU -05:00', 'daylight 2017-03-12T02:00:00 FREQ=YEARLY;BYMONTH=3;BYDAY=2SU -04:00']);

  const vevents = veventsById(calendar);
  const at = (id) => {
    const event = new ICAL.Event(vevents.get(`${id}@iisg-events`));
    return [instant(event.startDate), event.endDate && instant(event.endDate)];
  };
  assert.deepEqual(at('tirana-autumn'), ['2019-10-28T08:30:00.000Z', '2019-10-28T16:00:00.000Z']);
  assert.deepEqual(at('new-york'), ['2017-04-19T18:00:00.000Z', '2017-04-19T20:00:00.000Z']);
  assert.deepEqual(at('utc-call'), ['2019-07-01T12:00:00.000Z', '2019-07-01T13:00:00.000Z']);
  assert.equal(vevents.get('utc-call@iisg-events').getFirstProperty('dtstart').getParameter('tzid'), undefined);
  assert.equal(vevents.get('utc-call@iisg-events').getFirstPropertyValue('dtstart').zone, ICAL.Timezone.utcTimezone);
  for (const event of events) {
    const parsed = new ICAL.Event(vevents.get(`${event.id}@iisg-events`));
    if (!event.allDay) assert.equal(parsed.startDate.toUnixTime() * 1000, event.start, event.id);
  }
});

test('a time in the hour repeated when clocks go back is written in UTC, which names it exactly', () => {
  const ics = toIcs(feed, [byId('repeated-hour'), byId('repeated-hour-first')], { lang: 'en', now: NOW });
  const vevents = veventsById(readIcs(ics).calendar);
  // 02:30 at +01:00 is the second 02:30 of 27 October 2019 in Tirana, 02:15 at +02:00 the first 02:15:
  // as TZID times RFC 5545 would read both as the first, ical.js both as the second.
  const second = vevents.get('repeated-hour@iisg-events');
  assert.equal(second.getFirstProperty('dtstart').getParameter('tzid'), undefined);
  assert.equal(instant(second.getFirstPropertyValue('dtstart')), '2019-10-27T01:30:00.000Z');
  assert.equal(second.getFirstProperty('dtend').getParameter('tzid'), 'Europe/Tirane');
  assert.equal(instant(second.getFirstPropertyValue('dtend')), '2019-10-27T03:00:00.000Z');
  const first = vevents.get('repeated-hour-first@iisg-events');
  assert.equal(first.getFirstProperty('dtstart').getParameter('tzid'), 'Europe/Tirane');
  assert.equal(instant(first.getFirstPropertyValue('dtstart')), '2019-10-26T23:00:00.000Z');
  assert.equal(first.getFirstProperty('dtend').getParameter('tzid'), undefined);
  assert.equal(instant(first.getFirstPropertyValue('dtend')), '2019-10-27T00:15:00.000Z');
});

test('a timed event without an end has no DTEND; postponed is TENTATIVE, rescheduled CONFIRMED', () => {
  const ics = toIcs(feed, [byId('tirana-2020'), byId('new-york')], { lang: 'en', now: NOW });
  const vevents = veventsById(readIcs(ics).calendar);
  const winter = vevents.get('tirana-2020@iisg-events');
  assert.equal(winter.getFirstProperty('dtend'), null);
  assert.equal(winter.getFirstPropertyValue('dtstart').toString(), '2020-01-24T09:30:00');
  assert.equal(instant(winter.getFirstPropertyValue('dtstart')), '2020-01-24T08:30:00.000Z');
  assert.equal(winter.getFirstPropertyValue('status'), 'TENTATIVE');
  assert.equal(vevents.get('new-york@iisg-events').getFirstPropertyValue('status'), 'CONFIRMED');
});

test('a postponed or cancelled title is marked in the language asked for, English where none is near; no other is', () => {
  const title = (id, lang) => new ICAL.Event(readIcs(toIcs(feed, [byId(id)], { lang, now: NOW })).calendar.getFirstSubcomponent('vevent')).summary;
  assert.equal(title('tirana-2020', 'en'), 'Postponed: Winter session');
  assert.match(title('tirana-2020', 'sr'), /^Одложено: /, 'Serbian is read in Cyrillic');
  assert.match(title('tirana-2020', 'sr-Latn-ME'), /^Odloženo: /);
  assert.match(title('tirana-2020', 'hr-HR'), /^Odgođeno: /);
  assert.match(title('tirana-2020', 'ja'), /^Postponed: /);
  assert.match(title('skopje-cancelled', 'de-AT'), /^Abgesagt: /);
  for (const id of ['new-york', 'pristina', 'utc-call']) assert.doesNotMatch(title(id, 'en'), /^(Postponed|Cancelled|Rescheduled):/);
});

test('from-ics takes the mark off again, in any of its languages, and keeps the status', () => {
  for (const lang of ['en', 'sr', 'mk', 'sq', 'de']) {
    const back = feedFromIcs(toIcs(feed, [byId('tirana-2020'), byId('skopje-cancelled')], { lang, now: NOW })).feed.events;
    assert.deepEqual(
      back.map((e) => [e.title, e.status]),
      [
        [lang === 'mk' ? 'Работилница во Скопје за превенција на насилниот екстремизам и радикализација што води кон тероризам' : 'Skopje workshop', 'cancelled'],
        ['Winter session', 'postponed'],
      ],
      lang,
    );
  }
});

test('a cancelled event, in Macedonian', () => {
  const ics = toIcs(feed, [byId('skopje-cancelled')], { lang: 'mk', now: NOW });
  const { calendar } = readIcs(ics);
  const vevent = calendar.getFirstSubcomponent('vevent');
  assert.deepEqual(vevent.getAllProperties().map((p) => p.name), ['uid', 'dtstamp', 'dtstart', 'dtend', 'summary', 'description', 'location', 'organizer', 'status', 'x-iisg-status']);
  const event = new ICAL.Event(vevent);
  assert.equal(vevent.getFirstPropertyValue('status'), 'CANCELLED');
  // Marked in the title too: a subscribed calendar in Outlook or Google shows STATUS:CANCELLED as any event, or not at all.
  assert.equal(event.summary, 'Откажано: Работилница во Скопје за превенција на насилниот екстремизам и радикализација што води кон тероризам');
  assert.equal(event.description, 'Откажано поради непредвидени околности; ќе биде закажано повторно.');
  assert.equal(event.location, 'Скопје, Северна Македонија');
  assert.equal(vevent.getFirstProperty('organizer').getParameter('cn'), 'Совет за регионална соработка');
  assert.equal(event.startDate.zone.tzid, 'Europe/Skopje');
  assert.equal(instant(event.startDate), '2019-06-12T08:00:00.000Z');
  assert.equal(instant(event.endDate), '2019-06-12T11:00:00.000Z');
});

test('an event moved online: the online link is its location; Kosovo* carries its footnote', () => {
  const ics = toIcs(feed, [byId('pristina')], { lang: 'sq', now: NOW });
  const event = new ICAL.Event(readIcs(ics).calendar.getFirstSubcomponent('vevent'));
  assert.equal(event.summary, 'Punëtori për nxënës, prindër dhe mësues');
  assert.equal(event.location, 'https://meet.example.org/pristina');
  assert.equal(event.description, 'https://meet.example.org/pristina\n\n* This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.');
  assert.equal(event.startDate.toString(), '2019-05-22');
  assert.equal(event.endDate.toString(), '2019-05-23');

  const held = { ...byId('pristina'), status: 'scheduled' };
  const inPerson = new ICAL.Event(readIcs(toIcs(feed, [held], { lang: 'sq', now: NOW })).calendar.getFirstSubcomponent('vevent'));
  assert.equal(inPerson.location, 'Prishtinë, Kosova*');
});

test('an organiser name with a quote and a caret is written as RFC 6868 says', () => {
  const withOrganiser = parseFeed({
    version: 1,
    organisations: [{ id: 'o', name: 'The "Best" ^ Ministry', website: 'https://example.org' }],
    events: [{ id: 'e', title: 'E', start: '2020-02-02', organisers: ['o'] }],
  }).feed;
  const ics = toIcs(withOrganiser, withOrganiser.events, { lang: 'en', now: NOW });
  assert.ok(unfold(ics).includes(`ORGANIZER;CN="The ^'Best^' ^^ Ministry":https://example.org/`));
  const organizer = readIcs(ics).calendar.getFirstSubcomponent('vevent').getFirstProperty('organizer');
  assert.equal(organizer.getParameter('cn'), 'The "Best" ^ Ministry');
});

test('no ORGANIZER without an address, and no invented one', () => {
  const ics = toIcs(feed, [{ ...byId('rnnc-2'), organisers: ['no-address'] }], { lang: 'en', now: NOW });
  assert.equal(readIcs(ics).calendar.getFirstSubcomponent('vevent').getFirstProperty('organizer'), null);
  assert.ok(!ics.includes('ORGANIZER'));
});

test('folding: a line of 2-, 3- and 4-byte characters folds at 75 octets, each piece decodes, and it unfolds to the original', () => {
  const title = 'ë'.repeat(37) + '€' + 'Љ'.repeat(20) + '😀'.repeat(30) + 'ç';
  const oneEvent = parseFeed({ version: 1, events: [{ id: 'long', title, start: '2020-02-02' }] }).feed;
  const ics = toIcs(oneEvent, oneEvent.events, { lang: 'en', now: NOW });
  const { lines, calendar } = readIcs(ics);
  const start = lines.findIndex((line) => line.startsWith('SUMMARY:'));
  const pieces = [lines[start]];
  for (let n = start + 1; lines[n].startsWith(' '); n++) pieces.push(lines[n]);
  assert.ok(pieces.length >= 3);
  for (const piece of pieces.slice(0, -1)) assert.ok(Buffer.byteLength(piece) > 75 - 4, 'a fold is made only when the next character does not fit');
  assert.equal(pieces.map((p, i) => (i ? p.slice(1) : p)).join(''), `SUMMARY:${title}`);
  assert.equal(new ICAL.Event(calendar.getFirstSubcomponent('vevent')).summary, title);
});

test('control characters are dropped from text; a calendar name is written for subscriptions only', () => {
  const odd = parseFeed({ version: 1, events: [{ id: 'c', title: 'Bell\u0007 and tab\tkept', start: '2020-02-02' }] }).feed;
  const single = toIcs(odd, odd.events, { lang: 'en', now: NOW });
  const { calendar } = readIcs(single);
  assert.equal(new ICAL.Event(calendar.getFirstSubcomponent('vevent')).summary, 'Bell and tab\tkept');
  assert.equal(calendar.getFirstProperty('x-wr-calname'), null);
  const named = readIcs(toIcs(odd, odd.events, { lang: 'en', now: NOW, calendarName: 'IISG, WBCTi events', prodId: '-//Example//Test//EN' })).calendar;
  // ical.js does not know NAME (RFC 7986) or X-WR-CALNAME and keeps them as written: TEXT, escaped.
  assert.equal(named.getFirstPropertyValue('name'), 'IISG\\, WBCTi events');
  assert.equal(named.getFirstPropertyValue('x-wr-calname'), 'IISG\\, WBCTi events');
  assert.equal(named.getFirstPropertyValue('prodid'), '-//Example//Test//EN');
});

test('X-WR-TIMEZONE names the feed\'s own time zone, for a single event too', () => {
  const { calendar } = readIcs(toIcs(feed, [byId('new-york')], { lang: 'en', now: NOW }));
  assert.equal(calendar.getFirstPropertyValue('x-wr-timezone'), 'Europe/Belgrade');
  const vevent = calendar.getFirstSubcomponent('vevent');
  assert.equal(vevent.getFirstProperty('dtstart').getParameter('tzid'), 'America/New_York', 'each time keeps its own zone');
});

test('DTSTAMP defaults to now, in UTC, for a feed without updated', () => {
  const before = Math.floor(Date.now() / 1000) * 1000;
  const ics = toIcs(feed, [byId('nfp-7')], { lang: 'en' });
  const stamp = readIcs(ics).calendar.getFirstSubcomponent('vevent').getFirstPropertyValue('dtstamp');
  assert.equal(stamp.zone, ICAL.Timezone.utcTimezone);
  assert.ok(stamp.toJSDate().getTime() >= before && stamp.toJSDate().getTime() <= Date.now());
});

test('the sample feed as one subscription file: every event, unique stable UIDs, each parsed back', async () => {
  const { feed: sample } = parseFeed(await readFile(new URL('../../demo/feed.json', import.meta.url), 'utf8'));
  const ics = toIcs(sample, sample.events, { lang: 'sr-Cyrl', now: NOW, calendarName: 'IISG' });
  const { calendar } = readIcs(ics);
  const vevents = calendar.getAllSubcomponents('vevent');
  assert.deepEqual(vevents.map((v) => v.getFirstPropertyValue('uid')), sample.events.map((e) => `${e.id}@iisg-events`));
  for (const [n, vevent] of vevents.entries()) {
    const event = new ICAL.Event(vevent);
    const source = sample.events[n];
    assert.ok(source.allDay, 'the sample feed holds all-day events');
    assert.ok(event.summary.length > 0);
    assert.equal(event.startDate.toString(), isoDate(source.startDay));
    assert.equal(event.endDate.toString(), isoDate(source.endDay + 1));
  }
  assert.equal(toIcs(sample, sample.events, { lang: 'sr-Cyrl', now: NOW, calendarName: 'IISG' }), ics, 'the same input gives the same file');
});

test('DTSTAMP: when the feed was last updated, else now (in a file without METHOD, the last revision)', () => {
  const stampOf = (updated) => {
    const { feed: f } = parseFeed({ version: 1, ...(updated && { updated }), events: [{ id: 'a', title: 'A', start: '2019-05-20' }] });
    return toIcs(f, f.events, { lang: 'en' }).match(/\r\nDTSTAMP:([^\r]*)\r\n/)[1];
  };
  assert.equal(stampOf('2019-05-02T10:30:00Z'), '20190502T103000Z');
  assert.equal(stampOf('2019-05-02T12:30:00+02:00'), '20190502T103000Z');
  assert.equal(stampOf('2019-05-02'), '20190502T000000Z');
  // Now: with no updated, one without a zone (a wall clock in no known zone), and one past the year 9999.
  for (const updated of [undefined, '2019-05-02T10:30', '9999-12-31T23:59:59-12:00']) {
    const before = Date.now();
    const stamp = stampOf(updated);
    const when = Date.UTC(+stamp.slice(0, 4), +stamp.slice(4, 6) - 1, +stamp.slice(6, 8), +stamp.slice(9, 11), +stamp.slice(11, 13), +stamp.slice(13, 15));
    assert.ok(when >= before - 1000 && when <= Date.now(), `${updated}: ${stamp}`);
  }
});

test('GEO is written in decimals (RFC 5545 FLOAT), never as JavaScript\'s "1e-7"', () => {
  const near = parseFeed({ version: 1, events: [{ id: 'g', title: 'On the equator', start: '2020-02-02', location: { city: 'Quito', country: 'EC', lat: 0.0000001, lon: -78.4678 } }] }).feed;
  const geo = unfold(toIcs(near, near.events, { lang: 'en', now: NOW })).find((line) => line.startsWith('GEO:'));
  assert.equal(geo, 'GEO:0;-78.4678');
});
