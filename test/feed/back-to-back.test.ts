import { expect } from '@open-wc/testing';
import { daySpanIn, findClusters, isoDate, parseFeed, seriesRuns, type Feed } from '@iisg/feed';

const feedOf = (events: unknown[], extra = {}) => parseFeed({ version: 1, timeZone: 'Europe/Belgrade', events, ...extra }).feed!;
const ids = (feed: Feed, options = {}) => findClusters(feed, options).map((c) => c.events.map((e) => e.id));
const at = (city: string, country = 'AL') => ({ city, country });

describe('findClusters', () => {
  it('finds the seed page’s Tirana cluster, framed with its city and span', async () => {
    const feed = parseFeed(await (await fetch('/demo/feed.json')).text()).feed!;
    const tirana = findClusters(feed).find((c) => c.events.some((e) => e.id === 'rnnc-3'))!;
    expect(tirana.events.map((e) => e.id)).to.deep.equal(['nfp-7', 'rnnc-3', 'iisg-pcve-coordination-albania-1']);
    expect([isoDate(tirana.start), isoDate(tirana.end)]).to.deep.equal(['2019-04-23', '2019-04-25']);
    expect(tirana.city!.en).to.equal('Tirana');
  });

  it('joins events by back-to-back links even in different cities', () => {
    const feed = feedOf([
      { id: 'a', title: 'A', start: '2019-04-23', location: at('Tirana'), related: [{ kind: 'back-to-back', event: 'b' }] },
      { id: 'b', title: 'B', start: '2019-04-26', location: at('Durrës') },
    ]);
    expect(ids(feed)).to.deep.equal([['a', 'b']]);
    expect(findClusters(feed)[0].city).to.equal(undefined);
  });

  it('joins same-city events whose days touch, and respects the gap', () => {
    const feed = feedOf([
      { id: 'a', title: 'A', start: '2019-04-23', location: at('Tirana') },
      { id: 'b', title: 'B', start: '2019-04-24', location: at('Tirana') },
      { id: 'c', title: 'C', start: '2019-04-26', location: at('Tirana') },
    ]);
    expect(ids(feed)).to.deep.equal([['a', 'b']]);
    expect(ids(feed, { gap: 2 })).to.deep.equal([['a', 'b', 'c']]);
    expect(ids(feed, { proximity: false })).to.deep.equal([]);
  });

  it('does not join events in different cities on consecutive days', () => {
    const feed = feedOf([
      { id: 'a', title: 'A', start: '2019-04-23', location: at('Tirana') },
      { id: 'b', title: 'B', start: '2019-04-24', location: at('Skopje', 'MK') },
    ]);
    expect(ids(feed)).to.deep.equal([]);
  });

  it('joins a multi-day event with the meeting after it, and overlapping events', () => {
    const feed = feedOf([
      { id: 'conf', title: 'Conference', start: '2017-11-29', end: '2017-11-30', location: at('Brdo', 'SI') },
      { id: 'side', title: 'Side event', start: '2017-11-29', location: at('Brdo', 'SI') },
      { id: 'after', title: 'After', start: '2017-12-01', location: at('Brdo', 'SI') },
    ]);
    expect(ids(feed)).to.deep.equal([['side', 'conf', 'after']]);
  });

  it('decides "consecutive" in the display zone for timed events', () => {
    // 22:30 in Tirana on the 23rd is already the 24th in Tokyo; with the 24th's meeting they touch either way,
    // but a meeting on the 25th touches only in Tokyo.
    const feed = feedOf([
      { id: 'late', title: 'Late', start: '2019-04-23T22:30', end: '2019-04-23T23:30', timeZone: 'Europe/Tirane', location: at('Tirana') },
      { id: 'next', title: 'Next', start: '2019-04-25', location: at('Tirana') },
    ]);
    expect(ids(feed)).to.deep.equal([]);
    expect(ids(feed, { spanOf: (e: never) => daySpanIn(e, 'Asia/Tokyo') })).to.deep.equal([['late', 'next']]);
  });

  it('partitions: no event in two clusters, newest cluster first', () => {
    const feed = feedOf([
      { id: 'a', title: 'A', start: '2018-01-01', location: at('Tirana') },
      { id: 'b', title: 'B', start: '2018-01-02', location: at('Tirana') },
      { id: 'c', title: 'C', start: '2019-01-01', location: at('Tirana') },
      { id: 'd', title: 'D', start: '2019-01-02', location: at('Tirana'), related: [{ kind: 'back-to-back', event: 'b' }] },
    ]);
    const clusters = ids(feed);
    expect(clusters).to.deep.equal([['a', 'b', 'c', 'd']]);
    const seen = clusters.flat();
    expect(new Set(seen).size).to.equal(seen.length);
  });
});

describe('seriesRuns', () => {
  it('orders by ordinal and shows the gaps in the numbering', () => {
    const feed = feedOf([
      { id: 'r3', title: 'Third', start: '2019-04-24', series: { id: 'rnnc', ordinal: 3 } },
      { id: 'r1', title: 'Kick-off', start: '2018-06-07', series: { id: 'rnnc', ordinal: 1 } },
      { id: 'r7', title: 'Seventh', start: '2021-04-24', series: { id: 'rnnc', ordinal: 7 } },
    ], { series: [{ id: 'rnnc', name: 'Meeting of the RNNC' }] });
    const [run] = seriesRuns(feed);
    expect(run.items.map((i) => (i.kind === 'event' ? i.event.id : `${i.from}-${i.to}`))).to.deep.equal(['r1', '2-2', 'r3', '4-6', 'r7']);
  });

  it('shows the meetings before the first one in the feed as a gap', async () => {
    const feed = parseFeed(await (await fetch('/demo/feed.json')).text()).feed!;
    const [nfp] = seriesRuns(feed, 'nfp-meetings');
    expect(nfp.items[0]).to.deep.equal({ kind: 'gap', from: 1, to: 6 });
    const [donors] = seriesRuns(feed, 'ct-cve-donor-meetings');
    expect(donors.items.map((i) => i.kind)).to.deep.equal(['event', 'gap', 'event']);
  });
});
