import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  EventIndex,
  daySpanIn,
  dayKey,
  findClusters,
  indexIn,
  isoDate,
  parseFeed,
  seriesRuns,
  type Feed,
  type FeedEvent,
  type LocalText,
} from '@iisg/feed';

/**
 * Issue 9, property-based: `parseFeed`, the range index and the back-to-back grouping over generated
 * feeds. Fixed seed, so a run is repeatable; a failure prints the shrunk counter-example and its seed.
 */
fc.configureGlobal({ seed: 20261129, numRuns: 150, includeErrorInReport: true });

const VIEWER = 'Europe/Tirane';
const ZONES = ['UTC', 'Europe/Tirane', 'Europe/Belgrade', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kathmandu', 'Australia/Lord_Howe'];
const LANGUAGE_KEYS = ['en', 'EN', 'sq', 'sr-latn', 'sr-Cyrl', 'sr_Latn', 'iw', 'he', 'in', 'zh-min-nan', 'art-lojban', 'en-GB-oed', 'no-bok', 'sh', 'mo', 'und', 'x', 'not a tag', 'i-klingon', '__proto__', 'constructor'];

// ---- Arbitraries: values a person might type, and some no one should. ----

const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('Meeting', '  padded  ', '', '   ', '<b>bold</b>', 'Tiranë', '\u202Eoverride', 'zero\u200Bwidth'),
);
const localText = fc.oneof(
  { weight: 3, arbitrary: text },
  { weight: 2, arbitrary: fc.dictionary(fc.constantFrom(...LANGUAGE_KEYS), text, { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, 7, ['en', 'x'], { en: 5 }) },
);
/** A day between 1900 and 2100, with an occasional far one. */
const day = fc.oneof(
  { weight: 9, arbitrary: fc.integer({ min: dayKey(1900, 1, 1), max: dayKey(2100, 12, 31) }) },
  { weight: 1, arbitrary: fc.integer({ min: dayKey(0, 1, 1), max: dayKey(9999, 12, 31) }) },
);
const time = fc.tuple(fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 59 }), fc.option(fc.integer({ min: 0, max: 60 })), fc.option(fc.constantFrom('Z', '+00:00', '+14:00', '-11:00', '+05:45', '-0330', '+19:00')));
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const timed = (d: number, [h, m, s, offset]: [number, number, number | null, string | null]) => `${isoDate(d)}T${pad(h)}:${pad(m)}${s === null ? '' : `:${pad(s)}`}${offset ?? ''}`;
const dateValue = fc.oneof(
  { weight: 4, arbitrary: day.map(isoDate) },
  { weight: 3, arbitrary: fc.tuple(day, time).map(([d, t]) => timed(d, t)) },
  { weight: 1, arbitrary: fc.constantFrom('2019-02-30', '2019-02-29', '2020-02-29', '25/04/2019', '', ' 2019-04-23 ', '2019-04-23T25:00', '2019-4-1', 'tomorrow', 20190423, null, true) },
);
const zone = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ZONES) }, { weight: 1, arbitrary: fc.constantFrom('Europe/Tirana', 'CET+1', 7) });
const ids = ['a', 'b', 'c', 'a~2', 'events-1', 'org', 'net', 's'];
const id = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.constantFrom(undefined, 42, '', '  b  ') });
const url = fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'mailto:a@example.org', '/relative', 'data:text/html,x', 'https://example.org/a b', ''));
/** A number as JSON can carry it (JSON writes -0 as 0). */
const coordinate = (limit: number) => fc.double({ min: -limit, max: limit, noNaN: true }).map((x) => x + 0);
const location = fc.record(
  { venue: localText, city: fc.constantFrom('Tirana', 'tirana', 'Tiranë', 'Sarajevo', undefined), country: fc.constantFrom('AL', 'al', 'XK', 'Kosovo', 'BA'), lat: fc.oneof(coordinate(100), fc.constant('41.3')), lon: coordinate(200) },
  { requiredKeys: [] },
);
const related = fc.array(fc.oneof(fc.record({ kind: fc.constantFrom('back-to-back', 'follow-up', '', undefined), event: fc.constantFrom(...ids) }, { requiredKeys: ['event'] }), fc.constantFrom({ kind: 'back-to-back' }, 'a')), { maxLength: 3 });
const rawEvent = fc.record(
  {
    id,
    title: localText,
    summary: localText,
    description: localText,
    start: dateValue,
    end: dateValue,
    timeZone: zone,
    status: fc.constantFrom('scheduled', 'Canceled', 'cancelled', 'moved online', 'maybe', null),
    location: fc.oneof(location, fc.constantFrom('Tirana', null)),
    online: url,
    url,
    organisers: fc.oneof(fc.array(fc.constantFrom('org', 'ghost', '', 3)), fc.constant('org')),
    networks: fc.array(fc.constantFrom('net', 'ghost')),
    series: fc.oneof(fc.record({ id: fc.constantFrom('s', 'ghost', ''), ordinal: fc.constantFrom(1, 2, 3, 0, -1, 2.5, '3') }, { requiredKeys: ['id'] }), fc.constantFrom('s', { ordinal: 3 })),
    related,
    tags: fc.oneof(fc.array(fc.constantFrom('meeting', 'p-cve', ' spaced ', '')), fc.constant(42)),
    chair: localText,
    titel: fc.constant('typo'),
    'x-cms-id': fc.nat(),
  },
  { requiredKeys: ['title', 'start'] },
);
const rawFeed = fc.record(
  {
    version: fc.constantFrom(1, 1, 1, '1', undefined),
    timeZone: zone,
    language: fc.constantFrom('en', 'sq', 'EN', 'sr-latn', 'Albanian'),
    title: localText,
    updated: fc.constantFrom('2026-11-29T00:00:00Z', 'yesterday'),
    organisations: fc.array(fc.oneof(fc.record({ id: fc.constantFrom('org', 'org', 'other'), name: localText, website: url, lat: coordinate(1e300), lon: coordinate(1e300) }, { requiredKeys: ['id'] }), fc.constant('org')), { maxLength: 3 }),
    networks: fc.array(fc.record({ id: fc.constant('net'), name: localText, members: fc.array(fc.record({ organisation: fc.constantFrom('org', 'ghost'), country: fc.constantFrom('AL', 'xk', 'Kosovo'), since: fc.constantFrom('2018', '2018-06', '2018-02-30') }, { requiredKeys: [] }), { maxLength: 3 }) }), { maxLength: 2 }),
    series: fc.array(fc.record({ id: fc.constantFrom('s', 's'), name: localText, shortName: localText }), { maxLength: 2 }),
    countries: fc.dictionary(fc.constantFrom('XK', 'xk', 'AL', 'Kosovo'), fc.record({ name: localText, footnote: localText }, { requiredKeys: [] }), { maxKeys: 3 }),
    events: fc.array(fc.oneof({ weight: 8, arbitrary: rawEvent }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) }), { maxLength: 25 }),
  },
  { requiredKeys: ['events'] },
);

/** Parse, and touch everything built lazily from the result. */
function parseAndUse(input: unknown) {
  const { feed, problems } = parseFeed(input, { viewerTimeZone: VIEWER });
  if (feed) {
    const bounds = feed.index.bounds();
    if (bounds) feed.index.between(bounds[0], bounds[1]);
    feed.viewerIndex.bounds();
    findClusters(feed);
    seriesRuns(feed);
  }
  return { feed, problems };
}

/**
 * An instant as the feed writes it: in UTC (`2019-04-24T07:30:05Z`) when its year has four digits there,
 * else as the wall clock in `zone` with its offset (`10000-01-01T04:00Z` is `9999-12-31T23:00-05:00`).
 * Offsets with seconds (local mean time before 1970) cannot be written, so UTC comes first.
 */
function writtenInstant(ms: number, zone: string): string {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (year >= 0 && year <= 9999) {
    return `${isoDate(dayKey(year, d.getUTCMonth() + 1, d.getUTCDate()))}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}Z`;
  }
  return zonedIso(ms, zone);
}

/** A wall-clock time in `zone` with its offset, seconds included: `2019-04-24T09:30:05+02:00`. */
function zonedIso(ms: number, zone: string): string {
  const parts: Record<string, number> = {};
  const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', era: 'short' });
  for (const p of format.formatToParts(ms)) if (p.type !== 'literal' && p.type !== 'era') parts[p.type] = Number(p.value);
  const local = new Date(0);
  local.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  local.setUTCHours(parts.hour % 24, parts.minute, parts.second);
  const offset = Math.round((local.getTime() - ms) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  return `${isoDate(dayKey(parts.year, parts.month, parts.day))}T${pad(parts.hour % 24)}:${pad(parts.minute)}:${pad(parts.second)}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** A normalised feed written back in the feed format: the raw form a publisher could have written. */
function toRaw(feed: Feed) {
  const copy = (t?: LocalText) => (t ? { ...t } : undefined);
  const when = (e: FeedEvent, ms: number, key: number) => (e.allDay ? isoDate(key) : writtenInstant(ms, e.timeZone));
  return {
    version: 1,
    timeZone: feed.timeZone,
    language: feed.language,
    title: copy(feed.title),
    updated: feed.updated,
    countries: Object.fromEntries([...feed.countries].map(([code, c]) => [code, { name: copy(c.name), footnote: copy(c.footnote) }])),
    organisations: [...feed.organisations.values()].map((o) => ({ ...o })),
    networks: [...feed.networks.values()].map((n) => ({ ...n, members: n.members.map(({ path: _path, ...m }) => m) })),
    series: [...feed.series.values()].map((s) => ({ ...s })),
    periods: feed.periods.map((p) => ({ from: isoDate(p.from), to: isoDate(p.to), url: p.url })),
    events: feed.events.map((e) => ({
      id: e.id,
      title: copy(e.title),
      summary: copy(e.summary),
      description: copy(e.description),
      chair: copy(e.chair),
      start: when(e, e.start, e.startDay),
      end: when(e, e.end, e.endDay),
      timeZone: e.timeZone,
      status: e.status,
      location: e.location && { ...e.location },
      online: e.online,
      url: e.url,
      organisers: e.organisers,
      hosts: e.hosts,
      funders: e.funders,
      supporters: e.supporters,
      participants: e.participants,
      networks: e.networks,
      series: e.series,
      related: e.related,
      tags: e.tags,
    })),
  };
}

/** What normalisation decides, without where it came from (positions shift when broken entries drop out). */
function normalised(feed: Feed) {
  const { index: _i, viewerIndex: _v, byId: _b, events, organisations, networks, series, countries, ...rest } = feed;
  return {
    ...rest,
    events: events.map(({ index: _index, path: _path, ...e }) => e),
    organisations: [...organisations.values()],
    networks: [...networks.values()].map((n) => ({ ...n, members: n.members.map(({ path: _path, ...m }) => m) })),
    series: [...series.values()],
    countries: [...countries.values()],
  };
}

/** The same items, in index order: by start, then end (ties in any order). */
const sameItems = <T,>(actual: T[], expected: T[], spanOf: (t: T) => readonly [number, number]) => {
  expect(new Set(actual).size, 'no duplicates').to.equal(actual.length);
  expect(actual.length).to.equal(expected.length);
  expect(actual.every((item) => expected.includes(item)), 'the same items').to.equal(true);
  for (let i = 1; i < actual.length; i++) {
    const [a, b] = [spanOf(actual[i - 1]), spanOf(actual[i])];
    expect(a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]), 'ordered by start, then end').to.equal(true);
  }
};

describe('properties of parseFeed', () => {
  it('never throws on any JSON value, as a value or as text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        parseAndUse(value);
        parseAndUse(JSON.stringify(value));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any JavaScript value a page could set as the feed property', () => {
    fc.assert(fc.property(fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }), (value) => void parseAndUse(value)));
  });

  it('never throws on any text: arbitrary strings, JSON cut anywhere, a byte-order mark', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (value) => void parseAndUse(value)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(rawFeed, fc.nat(), (raw, cut) => {
        const text = JSON.stringify(raw, null, 1);
        parseAndUse(text.slice(0, cut % (text.length + 1)));
        parseAndUse(`\uFEFF${text}`);
      }),
    );
  });

  it('never throws on generated feeds, and every event is kept or reported as left out at its path', () => {
    fc.assert(
      fc.property(rawFeed, (raw) => {
        const { feed, problems } = parseAndUse(raw);
        if (!feed) return;
        const kept = new Set(feed.events.map((e) => e.index));
        raw.events.forEach((_, i) => {
          const dropped = problems.filter((p) => p.dropped && p.path.replace(/\..*$/, '') === `events[${i}]`);
          expect(kept.has(i) ? 0 : 1, `events[${i}]`).to.equal(dropped.length);
        });
        for (const event of feed.events) {
          expect(event.endDay).to.be.at.least(event.startDay);
          expect(event.end).to.be.at.least(event.start);
          expect(event.viewerEndDay).to.be.at.least(event.viewerStartDay);
        }
        expect(new Set(feed.events.map((e) => e.id)).size, 'ids unique').to.equal(feed.events.length);
      }),
    );
  });

  it('never throws on deeply nested values and text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), (depth) => {
        parseAndUse({ version: 1, events: [{ id: 'a', title: JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`), start: '2019-04-23' }] });
        parseAndUse(`{"version": 1, "events": ${'['.repeat(depth)}`);
      }),
      { numRuns: 40 },
    );
  });

  it('normalises idempotently: parse, write back as a feed, parse again gives the same', () => {
    fc.assert(
      fc.property(rawFeed, (raw) => {
        const first = parseFeed(raw, { viewerTimeZone: VIEWER }).feed;
        if (!first) return;
        const second = parseFeed(JSON.parse(JSON.stringify(toRaw(first))), { viewerTimeZone: VIEWER });
        expect(normalised(second.feed!)).to.deep.equal(normalised(first));
        // Written back, a feed is one the parser has nothing to repair in (dangling references and HTML-looking text aside: those it only points out).
        expect(second.problems.filter((p) => !p.code.startsWith('unknown-') && p.code !== 'html-in-text').map((p) => `${p.path}: ${p.message}`)).to.deep.equal([]);
      }),
      { numRuns: 300 },
    );
  });

  it('puts a timed event on the day written, in its zone, for every year 0000–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayKey(0, 1, 1), max: dayKey(9999, 12, 31) }), fc.constantFrom('UTC', 'Europe/Tirane', 'Pacific/Kiritimati'), fc.constantFrom('', 'Z'), (d, zone, offset) => {
        const start = `${isoDate(d)}T12:00${offset}`;
        const { feed } = parseFeed({ version: 1, events: [{ id: 'a', title: 'A', start, timeZone: offset ? 'UTC' : zone }] });
        expect(isoDate(feed!.events[0].startDay), start).to.equal(isoDate(d));
      }),
    );
  });
});

describe('properties of the range index', () => {
  const span = fc.tuple(fc.integer({ min: dayKey(1800, 1, 1), max: dayKey(2200, 1, 1) }), fc.oneof(fc.constant(0), fc.nat(40), fc.nat(900)));

  it('EventIndex.between equals a brute-force filter, for any spans and any range', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 60 }), fc.array(fc.tuple(fc.integer({ min: dayKey(1790, 1, 1), max: dayKey(2210, 1, 1) }), fc.nat(2000)), { minLength: 1, maxLength: 10 }), (raw, queries) => {
        const spans = raw.map(([start, length]) => [start, start + length] as const);
        const index = new EventIndex(spans, (s) => s);
        for (const [from, length] of queries) {
          const to = from + length;
          sameItems(index.between(from, to), spans.filter(([s, e]) => s <= to && e >= from), (s) => s);
          const counts = index.countByDay(from, Math.min(to, from + 400));
          for (const [d, n] of counts) expect(n).to.equal(spans.filter(([s, e]) => s <= d && e >= d).length);
        }
        const bounds = index.bounds();
        if (spans.length) expect(bounds).to.deep.equal([Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))]);
        else expect(bounds).to.equal(undefined);
      }),
      { numRuns: 300 },
    );
  });

  it('a feed’s indexes, in its own zones, the viewer’s and any other, equal brute force', () => {
    fc.assert(
      fc.property(rawFeed, fc.constantFrom(...ZONES), fc.integer({ min: dayKey(1899, 6, 1), max: dayKey(2101, 6, 1) }), fc.nat(800), (raw, zone, from, length) => {
        const feed = parseFeed(raw, { viewerTimeZone: VIEWER }).feed;
        if (!feed) return;
        const to = from + length;
        const overlapping = (spanOf: (e: FeedEvent) => readonly [number, number]) => feed.events.filter((e) => spanOf(e)[0] <= to && spanOf(e)[1] >= from);
        sameItems(feed.index.between(from, to), overlapping((e) => [e.startDay, e.endDay]), (e) => [e.startDay, e.endDay]);
        sameItems(feed.viewerIndex.between(from, to), overlapping((e) => [e.viewerStartDay, e.viewerEndDay]), (e) => [e.viewerStartDay, e.viewerEndDay]);
        sameItems(indexIn(feed, zone).between(from, to), overlapping((e) => daySpanIn(e, zone)), (e) => daySpanIn(e, zone));
      }),
    );
  });
});

describe('properties of back-to-back clusters', () => {
  it('partition their events: each event in at most one cluster, each cluster two or more events of the feed', () => {
    fc.assert(
      fc.property(rawFeed, fc.integer({ min: 0, max: 5 }), fc.boolean(), fc.constantFrom('event', ...ZONES), (raw, gap, proximity, zone) => {
        const feed = parseFeed(raw, { viewerTimeZone: VIEWER }).feed;
        if (!feed) return;
        const spanOf = (e: FeedEvent) => (zone === 'event' ? ([e.startDay, e.endDay] as const) : daySpanIn(e, zone));
        const clusters = findClusters(feed, { gap, proximity, spanOf });
        const all = clusters.flatMap((c) => c.events);
        expect(new Set(all).size, 'no event in two clusters').to.equal(all.length);
        for (const cluster of clusters) {
          expect(cluster.events.length).to.be.at.least(2);
          for (const e of cluster.events) expect(feed.events).to.include(e);
          expect(cluster.start).to.equal(Math.min(...cluster.events.map((e) => spanOf(e)[0])));
          expect(cluster.end).to.equal(Math.max(...cluster.events.map((e) => spanOf(e)[1])));
        }
        // Events the feed links back-to-back share a cluster.
        const clusterOf = new Map(clusters.flatMap((c) => c.events.map((e) => [e, c] as const)));
        for (const e of feed.events) {
          for (const link of e.related.filter((l) => l.kind === 'back-to-back')) {
            const other = feed.byId.get(link.event);
            if (!other || other === e) continue;
            expect(clusterOf.get(e), `${e.id} ↔ ${other.id}`).to.not.equal(undefined);
            expect(clusterOf.get(e), `${e.id} ↔ ${other.id}`).to.equal(clusterOf.get(other));
          }
        }
        // Newest first.
        for (let i = 1; i < clusters.length; i++) expect(clusters[i - 1].start).to.be.at.least(clusters[i].start);
      }),
    );
  });
});
