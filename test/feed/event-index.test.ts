import { expect } from '@open-wc/testing';
import { EventIndex, addMonths, dayKey, isoDate, isoWeek, parseIsoDate, startOfWeek, weekday } from '@iisg/feed';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

describe('EventIndex', () => {
  it('answers every range query exactly as a brute-force filter does', () => {
    const next = random(42);
    const base = dayKey(2019, 1, 1);
    const spans: [number, number][] = Array.from({ length: 2000 }, () => {
      const start = base + Math.floor(next() * 730);
      // A fifth multi-day, and a few very long ones.
      const r = next();
      return [start, start + (r < 0.01 ? Math.floor(next() * 3000) : r < 0.2 ? Math.floor(next() * 70) : 0)];
    });
    const index = new EventIndex(spans, (s) => s);
    for (let q = 0; q < 300; q++) {
      const from = base - 10 + Math.floor(next() * 760);
      const to = from + Math.floor(next() * (q % 3 === 0 ? 120 : 10));
      const expected = spans.filter(([s, e]) => s <= to && e >= from).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      const actual = index.between(from, to);
      expect(new Set(actual).size, 'no duplicates').to.equal(actual.length);
      expect(actual.map(([s, e]) => [s, e])).to.deep.equal(expected.map(([s, e]) => [s, e]), `${isoDate(from)}..${isoDate(to)}`);
    }
  });

  it('keeps the feed order for events with the same days, and knows every span', () => {
    const items = [{ n: 1, s: [5, 6] }, { n: 2, s: [3, 3] }, { n: 3, s: [5, 6] }, { n: 4, s: [5, 5] }, { n: 5, s: [5, 6] }];
    const index = new EventIndex(items, (item) => item.s as [number, number]);
    expect(index.between(0, 10).map((item) => item.n)).to.deep.equal([2, 4, 1, 3, 5]);
    // A span asked for before any query returned the item, and after one did.
    const other = new EventIndex(items, (item) => item.s as [number, number]);
    expect(other.span(items[3])).to.deep.equal([5, 5]);
    expect(other.between(3, 3).map((item) => item.n)).to.deep.equal([2]);
    expect(other.span(items[1])).to.deep.equal([3, 3]);
    expect(index.span(items[0])).to.deep.equal([5, 6]);
    expect(index.span({ n: 9, s: [1, 1] })).to.equal(undefined);
  });

  it('counts events per day for density views', () => {
    const index = new EventIndex([[10, 12], [11, 11]] as [number, number][], (s) => s);
    expect([...index.countByDay(0, 100)]).to.deep.equal([[10, 1], [11, 2], [12, 1]]);
    expect(index.bounds()).to.deep.equal([10, 12]);
  });

  it('leaves a span with an infinite or missing day out of every range and of the bounds', () => {
    const index = new EventIndex([[10, 12], [5, Infinity], [NaN, 11], [-Infinity, 3]] as [number, number][], (s) => s);
    expect(index.between(-1e9, 1e9)).to.deep.equal([[10, 12]]);
    expect(index.bounds()).to.deep.equal([10, 12]);
    expect([...index.countByDay(0, 100).keys()]).to.deep.equal([10, 11, 12]);
  });

  it('is empty for an empty feed', () => {
    const index = new EventIndex([] as [number, number][], (s) => s);
    expect(index.between(0, 1e6)).to.deep.equal([]);
    expect(index.bounds()).to.equal(undefined);
  });
});

describe('day keys', () => {
  it('round-trips ISO dates and rejects impossible ones', () => {
    expect(isoDate(parseIsoDate('2020-02-29')!)).to.equal('2020-02-29');
    expect(parseIsoDate('2019-02-29')).to.equal(undefined);
    expect(parseIsoDate('2019-13-01')).to.equal(undefined);
    expect(parseIsoDate('2019-4-1')).to.equal(undefined);
  });

  it('knows weekdays, week starts and ISO weeks', () => {
    const tuesday = dayKey(2019, 4, 23);
    expect(weekday(tuesday)).to.equal(2);
    expect(isoDate(startOfWeek(tuesday, 1))).to.equal('2019-04-22');
    expect(isoDate(startOfWeek(tuesday, 0))).to.equal('2019-04-21');
    expect(isoWeek(dayKey(2021, 1, 3))).to.equal(53);
    expect(isoWeek(dayKey(2019, 12, 30))).to.equal(1);
  });

  it('adds months, clamping to the month length', () => {
    expect(isoDate(addMonths(dayKey(2019, 1, 31), 1))).to.equal('2019-02-28');
    expect(isoDate(addMonths(dayKey(2019, 12, 15), 1))).to.equal('2020-01-15');
    expect(isoDate(addMonths(dayKey(2019, 1, 15), -1))).to.equal('2018-12-15');
  });
});
