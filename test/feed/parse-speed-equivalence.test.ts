import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { EventIndex, daysInMonth, dayKey, isoDate, monthIndex, parseIsoDate, plainDate, wallClock } from '@iisg/feed';

/**
 * The parser's fast paths against the plain definitions they replaced: a digit-by-digit ISO date
 * reader (was a regex), monthIndex without plainDate's object, wallClock from Intl's formatted text
 * (was formatToParts), and the order of the index's scan (was month buckets, each sorted).
 */
fc.configureGlobal({ seed: 20261129, numRuns: 300, includeErrorInReport: true });

/** The regex parseIsoDate used before. */
function referenceIsoDate(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayKey(year, month, day);
}

/** wallClock as it read formatToParts before. */
function referenceWallClock(ms: number, timeZone: string) {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', era: 'short' });
  const parts: Record<string, number> = {};
  let bc = false;
  for (const p of format.formatToParts(ms)) {
    if (p.type === 'era') bc = p.value.startsWith('B');
    else if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return { year: bc ? 1 - parts.year : parts.year, month: parts.month, day: parts.day, hour: parts.hour % 24, minute: parts.minute };
}

const ZONES = ['UTC', 'Europe/Belgrade', 'Europe/Tirane', 'America/New_York', 'America/Sao_Paulo', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Apia', 'Pacific/Kiritimati', 'Africa/Monrovia'];
const anyDay = fc.integer({ min: dayKey(-1, 1, 1), max: dayKey(10000, 12, 31) });

describe('parser fast paths equal their reference definitions', () => {
  it('parseIsoDate reads what the regex read', () => {
    const nearDate = fc.tuple(anyDay, fc.nat(9), fc.constantFrom('0', '9', '-', 'a', ' ', '\u0660', '１')).map(([day, at, c]) => {
      const text = isoDate(day);
      return text.slice(0, at) + c + text.slice(at + 1);
    });
    const text = fc.oneof(anyDay.map(isoDate), nearDate, fc.string({ maxLength: 12 }), fc.constantFrom('2019-02-29', '2020-02-29', '1900-02-29', '0000-01-01', '2019-04-23\n', ' 2019-04-23'));
    fc.assert(fc.property(text, (t) => {
      expect(parseIsoDate(t), JSON.stringify(t)).to.equal(referenceIsoDate(t));
    }));
  });

  it('monthIndex is plainDate year * 12 + month - 1', () => {
    fc.assert(fc.property(anyDay, (key) => {
      const { year, month } = plainDate(key);
      expect(monthIndex(key)).to.equal(year * 12 + month - 1);
    }));
  });

  it('wallClock reads what formatToParts says, in every zone, BC years included', () => {
    const instant = fc.integer({ min: Date.UTC(-1, 0, 1), max: Date.UTC(10000, 0, 1) });
    fc.assert(fc.property(instant, fc.constantFrom(...ZONES), (ms, zone) => {
      expect(wallClock(ms, zone)).to.deep.equal(referenceWallClock(ms, zone));
    }));
  });

  it('the index lists events in the order a stable sort by start, then end, gives', () => {
    const span = fc.tuple(fc.integer({ min: 20_000, max: 20_400 }), fc.integer({ min: 0, max: 60 }));
    fc.assert(fc.property(fc.array(span, { maxLength: 120 }), fc.integer({ min: 19_990, max: 20_500 }), fc.nat(120), (spans, from, length) => {
      const items = spans.map(([start, days], i) => ({ i, span: [start, start + days] as const }));
      const index = new EventIndex(items, (item) => item.span);
      const to = from + length;
      const expected = items.filter(({ span: [s, e] }) => s <= to && e >= from).sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
      expect(index.between(from, to).map((item) => item.i)).to.deep.equal(expected.map((item) => item.i));
    }));
  });
});
