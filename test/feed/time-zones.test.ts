import { expect } from '@open-wc/testing';
import { daySpanIn, isoDate, parseFeed } from '@iisg/feed';

const feed = (events: unknown[]) => parseFeed({ version: 1, timeZone: 'Europe/Belgrade', events }, { viewerTimeZone: 'America/New_York' }).feed!;

describe('time zones', () => {
  it('keeps all-day events on the same days in every zone', () => {
    const [e] = feed([{ id: 'a', title: 'A', start: '2019-04-23', end: '2019-04-25' }]).events;
    expect([isoDate(e.viewerStartDay), isoDate(e.viewerEndDay)]).to.deep.equal(['2019-04-23', '2019-04-25']);
    expect(daySpanIn(e, 'Pacific/Kiritimati').map(isoDate)).to.deep.equal(['2019-04-23', '2019-04-25']);
  });

  it('puts a timed event on its own day and on the viewer’s day', () => {
    const [e] = feed([{ id: 'a', title: 'A', start: '2019-04-24T02:00', end: '2019-04-24T04:00', timeZone: 'Europe/Tirane' }]).events;
    expect(isoDate(e.startDay)).to.equal('2019-04-24');
    expect(isoDate(e.viewerStartDay)).to.equal('2019-04-23');
    expect(e.startMinutes).to.equal(120);
    expect(new Date(e.start).toISOString()).to.equal('2019-04-24T00:00:00.000Z');
  });

  it('counts an event ending at midnight as ending the day before', () => {
    const [e] = feed([{ id: 'a', title: 'A', start: '2019-04-24T18:00', end: '2019-04-25T00:00' }]).events;
    expect(isoDate(e.endDay)).to.equal('2019-04-24');
  });

  it('honours an explicit offset over the zone', () => {
    const [e] = feed([{ id: 'a', title: 'A', start: '2019-04-24T09:00Z' }]).events;
    expect(new Date(e.start).toISOString()).to.equal('2019-04-24T09:00:00.000Z');
    expect(e.startMinutes).to.equal(11 * 60); // 11:00 in Belgrade (CEST)
  });

  it('spans a DST change with the right length', () => {
    // Europe moved clocks forward on 31 March 2019 at 02:00.
    const [e] = feed([{ id: 'a', title: 'A', start: '2019-03-30T12:00', end: '2019-03-31T12:00' }]).events;
    expect((e.end - e.start) / 3_600_000).to.equal(23);
    expect([isoDate(e.startDay), isoDate(e.endDay)]).to.deep.equal(['2019-03-30', '2019-03-31']);
  });
});
