// What a screen reader hears for a day of the year view: its titles, not "3 events", and a cancelled
// event said and shaded as one that does not take place.
import { expect, html } from '@open-wc/testing';
import '@iisg/widgets';
import { $, calendar } from './helpers.js';

const day = (id: string, title: string, start: string, status?: string) => ({ id, title, start, ...(status ? { status } : {}) });
const feed = {
  version: 1,
  events: [
    day('o', 'Opening', '2019-04-10'),
    day('a', 'Alpha', '2019-04-11'),
    day('b', 'Beta', '2019-04-11', 'cancelled'),
    // Cancelled first in the feed: the name says those that take place first.
    day('c1', 'Gone one', '2019-04-12', 'cancelled'),
    day('e1', 'First', '2019-04-12'),
    day('e2', 'Second', '2019-04-12', 'postponed'),
    day('e3', 'Third', '2019-04-12'),
    day('c2', 'Gone two', '2019-04-12', 'cancelled'),
    day('x', 'Called off', '2019-04-13', 'cancelled'),
    day('p', 'Later', '2019-04-16', 'postponed'),
  ],
};
const key = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
const miniDay = (el: Element, iso: string) => $(el, `.mini-day[data-day="${key(iso)}"]`)!;

describe('<iisg-event-calendar> year view day names', () => {
  it('names a day’s events, says which are cancelled, and shades only those that take place', async () => {
    const el = await calendar(html`<iisg-event-calendar .feed=${feed} view="year" date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    const name = (iso: string) => miniDay(el, iso).getAttribute('aria-label');
    expect(name('2019-04-10')).to.equal('Wednesday, 10 April 2019: Opening');
    expect(name('2019-04-11')).to.equal('Thursday, 11 April 2019: Alpha; Beta (Cancelled)');
    expect(name('2019-04-12')).to.equal('Friday, 12 April 2019: First; Second (Postponed); and 3 more, 2 cancelled');
    expect(name('2019-04-13')).to.equal('Saturday, 13 April 2019: Called off (Cancelled)');
    expect(name('2019-04-14')).to.equal('Sunday, 14 April 2019: no events');
    const part = (iso: string) => miniDay(el, iso).getAttribute('part');
    expect(part('2019-04-11'), 'one of two takes place').to.equal('mini-day has-events level-1');
    expect(part('2019-04-12'), 'two of five take place (one is postponed)').to.equal('mini-day has-events level-2');
    expect(part('2019-04-13'), 'cancelled only: not shaded').to.equal('mini-day has-events');
    expect(part('2019-04-14')).to.equal('mini-day');
    expect(name('2019-04-16')).to.equal('Tuesday, 16 April 2019: Later (Postponed)');
    expect(part('2019-04-16'), 'postponed, no date yet: not shaded').to.equal('mini-day has-events');
    expect(getComputedStyle(miniDay(el, '2019-04-13')).backgroundColor).to.equal(getComputedStyle(miniDay(el, '2019-04-14')).backgroundColor);
    // The two paler fills are 1.3:1 apart: the bar along the foot tells one event from two or three, by its size.
    const bar = (iso: string) => Number(/-(\d+)px/.exec(getComputedStyle(miniDay(el, iso)).boxShadow)?.[1]);
    expect(bar('2019-04-12'), 'two or three events: a bar twice as thick as one event’s').to.equal(2 * bar('2019-04-11'));
    await expect(el).to.be.accessible();
  });

  it('says it in the page’s language', async () => {
    const el = await calendar(html`<iisg-event-calendar .feed=${feed} view="year" date="2019-04" lang="de" style="width: 900px"></iisg-event-calendar>`);
    expect(miniDay(el, '2019-04-12').getAttribute('aria-label')).to.equal('Freitag, 12. April 2019: First; Second (Verschoben); und 3 weitere, 2 abgesagt');
    const sr = await calendar(html`<iisg-event-calendar .feed=${feed} view="year" date="2019-04" lang="sr-Latn" style="width: 900px"></iisg-event-calendar>`);
    expect(miniDay(sr, '2019-04-11').getAttribute('aria-label')).to.match(/ Alpha; Beta \(Otkazano\)$/);
    expect(miniDay(sr, '2019-04-12').getAttribute('aria-label')).to.match(/; i još 3, 2 otkazana$/);
  });
});
