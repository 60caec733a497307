// Wall-clock times in a zone to instants, across zones with every kind of change: summer time both ways,
// 30-minute shifts, a skipped day, southern-hemisphere summers, and years before 100. The runtime's own
// clock (Intl) is the judge: an answer must show the asked wall time in the zone, or be a time the zone
// skipped; date-fns' TZDate (what this replaced) must agree everywhere but in the hour clocks repeat.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TZDateMini } from '@date-fns/tz';
import { zonedTimeToEpoch } from '../../packages/feed/dist/zoned-time.js';
import { parseFeed } from '../../packages/feed/dist/index.js';

const ZONES = [
  'Europe/Belgrade', 'Europe/London', 'Europe/Moscow', 'America/New_York', 'America/St_Johns', 'America/Sao_Paulo',
  'Australia/Lord_Howe', 'Australia/Sydney', 'Pacific/Apia', 'Pacific/Chatham', 'Africa/Casablanca', 'Asia/Kolkata', 'UTC',
];
const HOURS = [[0, 0], [0, 30], [1, 0], [1, 30], [2, 0], [2, 30], [2, 45], [3, 0], [3, 30], [12, 0], [23, 59]];
const QUARTER = 15 * 60_000;

const formats = new Map();
/** The wall clock in `zone` at `epoch`, as the runtime's Intl shows it: 'y-m-d h:min'. */
function wallClock(zone, epoch) {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    formats.set(zone, format);
  }
  const p = Object.fromEntries(format.formatToParts(new Date(epoch)).map((x) => [x.type, x.value]));
  return `${+p.year}-${+p.month}-${+p.day} ${+p.hour}:${+p.minute}`;
}

const offsetFormats = new Map();
function offsetOf(zone, epoch) {
  let format = offsetFormats.get(zone);
  if (!format) offsetFormats.set(zone, (format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })));
  return format.format(new Date(epoch)).split('GMT')[1];
}

/** Every instant (offsets on a 15-minute grid, -12:00 to +14:00) at which `zone` shows the wall time. */
function instantsShowing(zone, y, m, d, h, min) {
  const asUtc = Date.UTC(y, m - 1, d, h, min);
  const want = `${y}-${m}-${d} ${h}:${min}`;
  const found = [];
  for (let q = -48; q <= 56; q++) if (wallClock(zone, asUtc - q * QUARTER) === want) found.push(asUtc - q * QUARTER);
  return found.sort((a, b) => a - b);
}

test('2008-2026 at the hours clocks change, in 13 zones (every day near a change, one in seven otherwise)', () => {
  let repeated = 0;
  let skipped = 0;
  for (const zone of ZONES) {
    const first = Date.UTC(2008, 0, 1);
    const days = (Date.UTC(2027, 0, 1) - first) / 86_400_000;
    const offsets = Array.from({ length: days + 3 }, (_, i) => offsetOf(zone, first + (i - 1) * 86_400_000));
    for (let i = 0; i < days; i++) {
      const day = first + i * 86_400_000;
      const date = new Date(day);
      const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
      // Days near a change of offset in full; one day in seven of the rest (Intl is slow).
      if (offsets[i] === offsets[i + 3] && i % 7) continue;
      for (const [h, min] of HOURS) {
        const actual = zonedTimeToEpoch(zone, y, m, d, h, min);
        const tz = new TZDateMini(y, m - 1, d, h, min, 0, zone).getTime();
        const at = `${zone} ${y}-${m}-${d} ${h}:${min}`;
        if (wallClock(zone, actual) !== `${y}-${m}-${d} ${h}:${min}`) {
          // Only a time the zone skipped may show another wall time; TZDate reads those the same way.
          assert.equal(instantsShowing(zone, y, m, d, h, min).length, 0, `${at}: ${new Date(actual).toISOString()} shows ${wallClock(zone, actual)}`);
          assert.equal(actual, tz, `${at}: skipped, but TZDate says ${new Date(tz).toISOString()}`);
          skipped++;
        } else if (actual !== tz) {
          const all = instantsShowing(zone, y, m, d, h, min);
          assert.equal(all.length, 2, `${at}: ${new Date(actual).toISOString()}, TZDate ${new Date(tz).toISOString()}`);
          assert.equal(actual, all[0], `${at}: not the first of ${all.map((t) => new Date(t).toISOString())}`);
          repeated++;
        }
      }
    }
  }
  // The run did meet both kinds (Europe's repeated 02:xx is where TZDate took the second).
  assert.ok(skipped > 50 && repeated > 50, `skipped ${skipped}, repeated ${repeated}`);
});

test('a skipped time moves past the change, a repeated one is the first of the two (RFC 5545)', () => {
  // Belgrade, 31 March 2019: 02:00 CET became 03:00 CEST. 02:30 is read with CET: 01:30 UTC (= 03:30 CEST).
  assert.equal(new Date(zonedTimeToEpoch('Europe/Belgrade', 2019, 3, 31, 2, 30)).toISOString(), '2019-03-31T01:30:00.000Z');
  // 27 October 2019: 03:00 CEST became 02:00 CET. 02:30 happened twice, at 00:30 and 01:30 UTC.
  assert.equal(new Date(zonedTimeToEpoch('Europe/Belgrade', 2019, 10, 27, 2, 30)).toISOString(), '2019-10-27T00:30:00.000Z');
  // RFC 5545's own examples: New York, 1:30 on 4 November 2007 is EDT; 2:30 on 11 March 2007 is 3:30 EDT.
  assert.equal(new Date(zonedTimeToEpoch('America/New_York', 2007, 11, 4, 1, 30)).toISOString(), '2007-11-04T05:30:00.000Z');
  assert.equal(new Date(zonedTimeToEpoch('America/New_York', 2007, 3, 11, 2, 30)).toISOString(), '2007-03-11T07:30:00.000Z');
  // Samoa skipped 30 December 2011: its times are read with the old offset (-10:00).
  assert.equal(new Date(zonedTimeToEpoch('Pacific/Apia', 2011, 12, 30, 12, 0)).toISOString(), '2011-12-30T22:00:00.000Z');
});

test('years before 100 are not read as 19xx, and an unknown zone gives NaN', () => {
  assert.equal(new Date(zonedTimeToEpoch('UTC', 33, 4, 3, 15, 0)).toISOString(), '0033-04-03T15:00:00.000Z');
  assert.equal(new Date(zonedTimeToEpoch('Europe/Belgrade', 33, 4, 3, 15, 0)).toISOString().slice(0, 4), '0033');
  assert.ok(Number.isNaN(zonedTimeToEpoch('Mars/Olympus_Mons', 2019, 4, 23, 10, 0)));
});

test('24:00 is midnight at the end of the day, with a zone or an offset', () => {
  assert.equal(new Date(zonedTimeToEpoch('Europe/Belgrade', 2019, 4, 24, 24, 0)).toISOString(), '2019-04-24T22:00:00.000Z');
  const { feed } = parseFeed({
    version: 1,
    events: [
      { id: 'zoned', title: 'Zoned', start: '2019-04-24T20:00', end: '2019-04-24T24:00', timeZone: 'Europe/Belgrade' },
      { id: 'offset', title: 'Offset', start: '2019-04-24T20:00+02:00', end: '2019-04-24T24:00+02:00', timeZone: 'Europe/Belgrade' },
    ],
  });
  for (const event of feed.events) assert.equal(new Date(event.end).toISOString(), '2019-04-24T22:00:00.000Z', event.id);
});

test('offsets between -01:00 and 00:00 keep their sign (tzOffset alone reads "-00:44:30" as +44.5 minutes)', () => {
  // Monrovia was at -00:44:30 until 1972, Dublin's mean time -00:25:21 until 1916; Paris mean time +00:09:21 stays east.
  assert.equal(new Date(zonedTimeToEpoch('Africa/Monrovia', 1970, 6, 1, 12, 0)).toISOString(), '1970-06-01T12:44:30.000Z');
  assert.equal(new Date(zonedTimeToEpoch('Europe/Dublin', 1910, 1, 15, 12, 0)).toISOString(), '1910-01-15T12:25:21.000Z');
  assert.equal(new Date(zonedTimeToEpoch('Europe/Paris', 1905, 1, 15, 12, 0)).toISOString(), '1905-01-15T11:50:39.000Z');
});
