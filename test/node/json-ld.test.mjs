// schema.org Event JSON-LD (packages/feed/src/json-ld.ts): what search engines need for event rich
// results, for every status and attendance mode, and a serialisation that no text can break out of.
// Needs `npm run build` first (parseFeed from packages/feed/dist).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { EVENT_STATUSES, parseFeed, formatProblem } from '../../packages/feed/dist/index.js';

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

let eventJsonLd;
let jsonLdScriptText;
before(async () => {
  ({ eventJsonLd, jsonLdScriptText } = await loadFeedModule('json-ld'));
});

const SCHEMA = 'https://schema.org/';

const { feed, problems } = parseFeed(
  {
    version: 1,
    timeZone: 'Europe/Belgrade',
    organisations: [
      { id: 'rcc', name: { en: 'Regional Cooperation Council', sq: 'Këshilli i Bashkëpunimit Rajonal' }, website: 'https://www.rcc.int' },
      { id: 'iisg-sg', name: 'IISG Support Group', website: 'mailto:info@wb-iisg.com' },
      { id: 'eu', name: 'European Union' },
      { id: 'ceeli', name: 'CEELI Institute' },
    ],
    series: [{ id: 'rnnc-meetings', name: { en: 'Meeting of the RNNC', 'sr-Cyrl': 'Састанак РННК' } }],
    countries: { XK: { name: { en: 'Kosovo', sq: 'Kosova' }, footnote: 'This designation is without prejudice to positions on status.' } },
    events: [
      {
        id: 'offline',
        title: { en: '3rd RNNC meeting', sq: 'Takimi i tretë i RNNC', 'sr-Cyrl': 'Трећи састанак РННК' },
        summary: 'The coordinators meet in Tirana.',
        description: 'First paragraph.\n\n- one\n- two',
        start: '2019-04-24',
        end: '2019-04-25',
        location: { venue: 'EU House', city: { en: 'Tirana', sq: 'Tiranë' }, country: 'AL', lat: 41.33, lon: 19.82 },
        organisers: ['rcc', 'iisg-sg'],
        funders: ['eu'],
        supporters: ['ceeli'],
        series: { id: 'rnnc-meetings', ordinal: 3 },
        url: 'https://example.org/rnnc-3',
      },
      {
        id: 'timed-mixed',
        title: 'Hybrid session',
        start: '2019-03-30T18:00',
        end: '2019-03-31T12:30',
        timeZone: 'Europe/Tirane',
        location: { city: 'Tirana', country: 'AL' },
        online: 'https://meet.example.org/hybrid',
        organisers: ['rcc'],
      },
      { id: 'online-only', title: 'Webinar', start: '2020-05-05T15:00', end: '2020-05-05T16:30', timeZone: 'America/New_York', online: 'https://meet.example.org/webinar' },
      { id: 'moved-online', title: 'Workshop', start: '2020-03-20', location: { city: { en: 'Pristina', sq: 'Prishtinë' }, country: 'XK' }, status: 'moved-online', online: 'https://meet.example.org/pristina' },
      { id: 'cancelled', title: 'Conference', start: '2020-04-01', location: { city: 'Skopje', country: 'MK' }, status: 'cancelled' },
      { id: 'postponed', title: 'Conference', start: '2020-04-02', location: { city: 'Skopje', country: 'MK' }, status: 'postponed' },
      { id: 'rescheduled', title: 'Conference', start: '2020-09-02', location: { city: 'Skopje', country: 'MK' }, status: 'rescheduled', previousStart: '2020-04-03' },
      { id: 'rescheduled-timed', title: 'Briefing', start: '2020-11-05T10:00', end: '2020-11-05T12:00', timeZone: 'Europe/Skopje', location: { city: 'Skopje', country: 'MK' }, status: 'rescheduled', previousStart: '2020-06-04T09:30' },
      { id: 'tentative', title: 'Meeting', start: '2020-10-01', location: { city: 'Skopje', country: 'MK' }, status: 'tentative' },
      { id: 'no-end', title: 'Briefing', start: '2019-07-01T09:00', timeZone: 'Europe/Tirane', location: { city: 'Tirana', country: 'AL' } },
      { id: 'only-country', title: 'Somewhere in Kosovo', start: '2019-07-01', location: { country: 'XK' } },
    ],
  },
  { viewerTimeZone: 'UTC' },
);
const byId = (id) => feed.byId.get(id);

/** What Google requires of an Event for rich results, and the types it reads: the problems found. */
function richResultProblems(data) {
  const found = [];
  const need = (ok, message) => ok || found.push(message);
  need(data['@context'] === 'https://schema.org', '@context');
  need(data['@type'] === 'Event', '@type');
  need(typeof data.name === 'string' && data.name.length > 0, 'name');
  need(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$/.test(data.startDate), `startDate ${data.startDate}`);
  need(data.endDate === undefined || /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$/.test(data.endDate), `endDate ${data.endDate}`);
  need(data.endDate === undefined || data.endDate.length === data.startDate.length, 'startDate and endDate of one kind');
  const statuses = ['EventScheduled', 'EventCancelled', 'EventPostponed', 'EventRescheduled', 'EventMovedOnline'].map((s) => SCHEMA + s);
  need(statuses.includes(data.eventStatus), `eventStatus ${data.eventStatus}`);
  const modes = ['Offline', 'Online', 'Mixed'].map((m) => `${SCHEMA}${m}EventAttendanceMode`);
  need(data.eventAttendanceMode === undefined || modes.includes(data.eventAttendanceMode), `eventAttendanceMode ${data.eventAttendanceMode}`); // recommended
  const locations = [data.location].flat().filter(Boolean);
  need(locations.length > 0, 'location');
  for (const location of locations) {
    if (location['@type'] === 'Place') {
      need(location.address?.['@type'] === 'PostalAddress', 'Place.address');
      need(typeof location.name === 'string' && location.name.length > 0, 'Place.name');
    } else {
      need(location['@type'] === 'VirtualLocation' && /^https?:\/\//.test(location.url), 'VirtualLocation.url');
    }
  }
  const hasPlace = locations.some((l) => l['@type'] === 'Place');
  const hasVirtual = locations.some((l) => l['@type'] === 'VirtualLocation');
  const mode = data.eventAttendanceMode?.slice(SCHEMA.length);
  need(mode !== 'OfflineEventAttendanceMode' || (hasPlace && !hasVirtual), 'Offline: a Place');
  need(mode !== 'OnlineEventAttendanceMode' || (hasVirtual && !hasPlace), 'Online: a VirtualLocation');
  need(mode !== 'MixedEventAttendanceMode' || (hasPlace && hasVirtual), 'Mixed: both');
  for (const org of [data.organizer].flat().filter(Boolean)) need(org['@type'] === 'Organization' && org.name, 'organizer');
  return found;
}

test('the test feed parses without problems', () => {
  assert.deepEqual(problems.map(formatProblem), []);
});

test('every status and attendance mode carries what event rich results require', () => {
  const seen = { status: new Set(), feedStatus: new Set(), mode: new Set() };
  for (const event of feed.events) {
    const data = eventJsonLd(feed, event, 'en');
    assert.deepEqual(richResultProblems(data), [], event.id);
    seen.status.add(data.eventStatus);
    seen.feedStatus.add(event.status);
    seen.mode.add(data.eventAttendanceMode);
  }
  assert.equal(seen.feedStatus.size, EVENT_STATUSES.length, 'every status of the feed format was checked');
  // tentative and scheduled share EventScheduled: schema.org has no "to be confirmed".
  assert.equal(seen.status.size, EVENT_STATUSES.length - 1);
  assert.equal(seen.mode.size, 3, 'Offline, Online and Mixed were checked');
});

test('an all-day event in person: dates, Place with PostalAddress, organizers, funder, sponsor (supporters), series', () => {
  assert.deepEqual(eventJsonLd(feed, byId('offline'), 'sq'), {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: 'Takimi i tretë i RNNC',
    startDate: '2019-04-24',
    endDate: '2019-04-25',
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: 'EU House',
      address: { '@type': 'PostalAddress', addressLocality: 'Tiranë', addressCountry: 'AL' },
      geo: { '@type': 'GeoCoordinates', latitude: 41.33, longitude: 19.82 },
    },
    description: 'The coordinators meet in Tirana.\n\nFirst paragraph.\n\n- one\n- two',
    url: 'https://example.org/rnnc-3',
    organizer: [
      { '@type': 'Organization', name: 'Këshilli i Bashkëpunimit Rajonal', url: 'https://www.rcc.int/' },
      { '@type': 'Organization', name: 'IISG Support Group', email: 'info@wb-iisg.com' },
    ],
    funder: { '@type': 'Organization', name: 'European Union' },
    sponsor: { '@type': 'Organization', name: 'CEELI Institute' },
    superEvent: { '@type': 'EventSeries', name: 'Meeting of the RNNC' },
  });
});

test('a timed hybrid event: offsets of the event\'s zone on each side of a clock change, Place and VirtualLocation', () => {
  const data = eventJsonLd(feed, byId('timed-mixed'), 'en');
  assert.equal(data.startDate, '2019-03-30T18:00:00+01:00');
  assert.equal(data.endDate, '2019-03-31T12:30:00+02:00');
  assert.equal(Date.parse(data.startDate), byId('timed-mixed').start);
  assert.equal(Date.parse(data.endDate), byId('timed-mixed').end);
  assert.equal(data.eventAttendanceMode, 'https://schema.org/MixedEventAttendanceMode');
  assert.deepEqual(data.location, [
    { '@type': 'Place', name: 'Tirana', address: { '@type': 'PostalAddress', addressLocality: 'Tirana', addressCountry: 'AL' } },
    { '@type': 'VirtualLocation', url: 'https://meet.example.org/hybrid' },
  ]);
  assert.deepEqual(data.organizer, { '@type': 'Organization', name: 'Regional Cooperation Council', url: 'https://www.rcc.int/' });
});

test('an online event, west of Greenwich: a negative offset and only a VirtualLocation', () => {
  const data = eventJsonLd(feed, byId('online-only'), 'en');
  assert.equal(data.startDate, '2020-05-05T15:00:00-04:00');
  assert.equal(data.endDate, '2020-05-05T16:30:00-04:00');
  assert.equal(data.eventAttendanceMode, 'https://schema.org/OnlineEventAttendanceMode');
  assert.deepEqual(data.location, { '@type': 'VirtualLocation', url: 'https://meet.example.org/webinar' });
});

test('moved online: EventMovedOnline, Online, and the place dropped for the link', () => {
  const data = eventJsonLd(feed, byId('moved-online'), 'sq');
  assert.equal(data.eventStatus, 'https://schema.org/EventMovedOnline');
  assert.equal(data.eventAttendanceMode, 'https://schema.org/OnlineEventAttendanceMode');
  assert.deepEqual(data.location, { '@type': 'VirtualLocation', url: 'https://meet.example.org/pristina' });
});

test('cancelled, postponed and rescheduled keep their dates and place', () => {
  for (const [id, status] of [['cancelled', 'EventCancelled'], ['postponed', 'EventPostponed'], ['rescheduled', 'EventRescheduled']]) {
    const data = eventJsonLd(feed, byId(id), 'en');
    assert.equal(data.eventStatus, SCHEMA + status);
    assert.equal(data.eventAttendanceMode, 'https://schema.org/OfflineEventAttendanceMode');
    assert.equal(data.location.address.addressCountry, 'MK');
    assert.equal(data.startDate, data.endDate, 'a one-day event ends on its day');
  }
});

test('a timed event without an end has no endDate (not one at its start); a place of only a country is named by it', () => {
  const data = eventJsonLd(feed, byId('no-end'), 'en');
  assert.equal(data.startDate, '2019-07-01T09:00:00+02:00');
  assert.equal('endDate' in data, false);
  // Named by the country alone: its asterisk, and the footnote at the end of the description, as in calendar entries.
  const kosovo = eventJsonLd(feed, byId('only-country'), 'sq');
  assert.deepEqual(kosovo.location, { '@type': 'Place', name: 'Kosova*', address: { '@type': 'PostalAddress', addressCountry: 'XK' } });
  assert.equal(kosovo.description, 'This designation is without prejudice to positions on status.');
  assert.equal(eventJsonLd(feed, byId('moved-online'), 'en').description, undefined, 'a city names the place: no footnote');
});

test('a venue alone is no Place (Google requires its address); hosts organise where no organisers are named; the page link is a web address', () => {
  const { feed: f } = parseFeed({
    version: 1,
    organisations: [{ id: 'eeas', name: 'European External Action Service', website: 'https://www.eeas.europa.eu' }],
    events: [
      { id: 'venue', title: 'At EU House', start: '2019-07-01', location: { venue: 'EU House' } },
      { id: 'venue-online', title: 'At EU House or online', start: '2019-07-01', location: { venue: 'EU House' }, online: 'https://example.org/join' },
      { id: 'hosted', title: 'Donors', start: '2019-07-01', hosts: ['eeas'], location: { city: 'Brussels', country: 'BE' }, url: 'mailto:donors@example.org' },
    ],
  });
  const at = (id) => eventJsonLd(f, f.byId.get(id), 'en');
  assert.equal(at('venue'), undefined);
  assert.deepEqual(at('venue-online').location, { '@type': 'VirtualLocation', url: 'https://example.org/join' });
  // Still held at the venue too.
  assert.equal(at('venue-online').eventAttendanceMode, 'https://schema.org/MixedEventAttendanceMode');
  assert.deepEqual(at('hosted').organizer, { '@type': 'Organization', name: 'European External Action Service', url: 'https://www.eeas.europa.eu/' });
  assert.equal(at('hosted').url, undefined);
  assert.deepEqual(richResultProblems(at('hosted')), []);
});

// Google's guidance for a rescheduled event: startDate the new date, previousStartDate the one it had. A date stays a
// date; a time gets the offset of its own day in the event's zone (summer time in June, not November's).
test('a rescheduled event names the start it had as previousStartDate; no other event has one', () => {
  assert.equal(eventJsonLd(feed, byId('rescheduled'), 'en').previousStartDate, '2020-04-03');
  const timed = eventJsonLd(feed, byId('rescheduled-timed'), 'en');
  assert.equal(timed.previousStartDate, '2020-06-04T09:30:00+02:00');
  assert.equal(timed.startDate, '2020-11-05T10:00:00+01:00');
  for (const id of ['cancelled', 'postponed', 'offline', 'timed-mixed']) assert.equal(eventJsonLd(feed, byId(id), 'en').previousStartDate, undefined, id);
});

test('no location, no JSON-LD: Google requires one; a mailto: link is not a place to attend', () => {
  const { feed: f } = parseFeed({
    version: 1,
    events: [
      { id: 'nowhere', title: 'Board meeting', start: '2019-07-01' },
      { id: 'by-mail', title: 'Register by e-mail', start: '2019-07-01', online: 'mailto:join@example.org' },
      { id: 'hybrid-mail', title: 'Skopje, or by e-mail', start: '2019-07-01', location: { city: 'Skopje', country: 'MK' }, online: 'mailto:join@example.org' },
      { id: 'moved-no-link', title: 'Moved online', start: '2019-07-01', location: { city: 'Skopje', country: 'MK' }, status: 'moved-online' },
    ],
  });
  const at = (id) => eventJsonLd(f, f.byId.get(id), 'en');
  assert.equal(at('nowhere'), undefined);
  assert.equal(at('by-mail'), undefined);
  assert.equal(at('hybrid-mail').eventAttendanceMode, 'https://schema.org/OfflineEventAttendanceMode');
  assert.deepEqual(richResultProblems(at('hybrid-mail')), []);
  // Moved online with no web address: its place is the one location known; how to attend is not said.
  const moved = at('moved-no-link');
  assert.equal(moved.eventStatus, 'https://schema.org/EventMovedOnline');
  assert.equal(moved.location.name, 'Skopje');
  assert.equal(moved.eventAttendanceMode, undefined);
  assert.deepEqual(richResultProblems(moved), []);
});

test("an organiser's mailto link gives one e-mail address, without the subject or copies the link carries", () => {
  const { feed: f } = parseFeed({
    version: 1,
    organisations: [
      { id: 'plain', name: 'Plain', website: 'mailto:info@example.org' },
      { id: 'carrying', name: 'Carrying', website: 'mailto:info@example.org?subject=Hi&cc=someone@example.net' },
      { id: 'two', name: 'Two', website: 'mailto:a@example.org,b@example.org' },
      { id: 'encoded-two', name: 'Encoded two', website: 'mailto:a@example.org%2Cb@example.org' },
      { id: 'outlook-two', name: 'Outlook two', website: 'mailto:a@example.org;b@example.org' },
      { id: 'encoded', name: 'Encoded', website: 'mailto:info%40example.org#top' },
    ],
    events: [{ id: 'e', title: 'E', start: '2019-07-01', location: { city: 'Skopje', country: 'MK' }, organisers: ['plain', 'carrying', 'two', 'encoded-two', 'outlook-two', 'encoded'] }],
  });
  assert.deepEqual(eventJsonLd(f, f.byId.get('e'), 'en').organizer, [
    { '@type': 'Organization', name: 'Plain', email: 'info@example.org' },
    { '@type': 'Organization', name: 'Carrying', email: 'info@example.org' },
    { '@type': 'Organization', name: 'Two' },
    { '@type': 'Organization', name: 'Encoded two' },
    { '@type': 'Organization', name: 'Outlook two' },
    { '@type': 'Organization', name: 'Encoded', email: 'info@example.org' },
  ]);
});

test('texts in the best language for the visitor (Macedonian readers get Serbian Cyrillic before English), and no inLanguage', () => {
  // For an Event, inLanguage is the language it is held in, which the feed does not say.
  assert.equal(eventJsonLd(feed, byId('offline'), 'mk').name, 'Трећи састанак РННК');
  for (const lang of ['mk', 'de', 'sq']) assert.equal(eventJsonLd(feed, byId('offline'), lang).inLanguage, undefined);
});

test('jsonLdScriptText: no title can close the script element, and the JSON is unchanged', () => {
  const hostile = parseFeed({
    version: 1,
    events: [{ id: 'x', title: '</script><script>alert(1)</script><!-- & \u2028\u2029 "quoted" \\ back', start: '2020-01-01', location: { city: '</SCRIPT >', country: 'AL' } }],
  }).feed;
  const data = eventJsonLd(hostile, hostile.events[0], 'en');
  const text = jsonLdScriptText(data);
  assert.doesNotMatch(text, /[<>&\u2028\u2029]/);
  assert.match(text, /\\u003c\/script\\u003e/);
  assert.match(text, /\\u2028\\u2029/);
  assert.deepEqual(JSON.parse(text), data);
  const html = `<script type="application/ld+json">${text}</script>`;
  assert.equal(html.match(/<\/script/gi).length, 1);
  assert.equal(jsonLdScriptText([data, data]), `[${text},${text}]`, 'a list of events for the calendar');
});

test('the sample feed: every event has what rich results require, in every language it has', async () => {
  const { feed: sample } = parseFeed(await readFile(new URL('../../demo/feed.json', import.meta.url), 'utf8'));
  for (const lang of ['en', 'sq', 'sr-Latn', 'sr-Cyrl', 'mk', 'bs', 'hr', 'sl', 'de']) {
    for (const event of sample.events) {
      const data = eventJsonLd(sample, event, lang);
      // An event the feed gives no place for has no JSON-LD: Google would report it as invalid.
      if (!event.location && !event.online) {
        assert.equal(data, undefined, `${event.id} in ${lang}`);
        continue;
      }
      assert.deepEqual(richResultProblems(data), [], `${event.id} in ${lang}`);
      assert.notEqual(data.eventAttendanceMode, undefined);
      assert.deepEqual(JSON.parse(jsonLdScriptText(data)), data);
    }
  }
});

test('a tentative event is EventScheduled: schema.org has no "to be confirmed"', () => {
  const tbc = parseFeed({ version: 1, events: [{ id: 'tbc', title: 'To be confirmed', start: '2018-09-28', status: 'tentative', location: { city: 'Berlin', country: 'DE' } }] }).feed;
  assert.equal(eventJsonLd(tbc, tbc.events[0], 'en').eventStatus, 'https://schema.org/EventScheduled');
});

test('a date-time in the years 1 to 99 keeps its year and the zone\'s offset (Date.UTC reads them as 1900-1999)', () => {
  const { feed: old } = parseFeed({ version: 1, timeZone: 'UTC', events: [{ id: 'a', title: 'A', start: '0050-06-01T10:00', end: '0050-06-01T12:00+01:00', location: { city: 'Roma', country: 'IT' } }] });
  const data = eventJsonLd(old, old.events[0], 'en');
  assert.equal(data.startDate, '0050-06-01T10:00:00+00:00');
  assert.equal(data.endDate, '0050-06-01T11:00:00+00:00');
});
