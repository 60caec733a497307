// What a screen reader hears for a timed event that runs past midnight, on each of its days.
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@iisg/widgets';
import { $, $$, calendar, cell } from './helpers.js';

describe('<iisg-event-calendar> a timed event over several days', () => {
  const feed = {
    version: 1,
    timeZone: 'Europe/Belgrade',
    events: [
      { id: 'night', title: 'Timed overnight', start: '2019-04-13T20:00', end: '2019-04-14T02:00' },
      { id: 'dst', title: 'DST zoned', start: '2019-03-30T22:00', end: '2019-04-01T01:30' },
    ],
  };

  it('says the start time on its first day only, in the cells, the bars and the day list', async () => {
    const el = await calendar(html`<iisg-event-calendar .feed=${feed} date="2019-04" first-day="0" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect(cell(el, '2019-04-13').getAttribute('aria-label')).to.equal('Saturday, 13 April 2019: 20:00 Timed overnight');
    expect(cell(el, '2019-04-14').getAttribute('aria-label')).to.equal('Sunday, 14 April 2019: Timed overnight');
    expect(cell(el, '2019-04-01').getAttribute('aria-label')).to.equal('Monday, 1 April 2019: DST zoned');
    // The bar in the week it starts has the time; the bar that carries it on in a later week does not.
    const bars = $$(el, '[part~="event"]').filter((b) => b.textContent!.includes('overnight'));
    expect(bars.map((b) => [b.textContent!.trim(), b.title])).to.deep.equal([
      ['20:00 Timed overnight', '20:00 Timed overnight'],
      ['Timed overnight', 'Timed overnight'],
    ]);
    cell(el, '2019-04-14').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part~="popover"] [part~="list-item"]'), 'the day popover', { timeout: 5000 });
    // As in the list view: its dates from its first day to its last (not "20:00" as a start on the 14th).
    const item = $(el, '[part~="popover"] [part~="list-item"]')!;
    expect(item.querySelector('time')!.textContent).to.equal('13 April 2019, 20:00 – 14 April 2019, 02:00');
    expect(item.querySelector('.list-title')!.textContent).to.equal('Timed overnight');
  });

  it('counts its first day in the zone shown', async () => {
    // In New York the overnight event is on one day, 13 April, 14:00–20:00.
    const el = await calendar(html`<iisg-event-calendar .feed=${feed} date="2019-04" time-zone="America/New_York" first-day="0" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect(cell(el, '2019-04-13').getAttribute('aria-label')).to.equal('Saturday, 13 April 2019: 14:00 Timed overnight');
    expect(cell(el, '2019-04-14').getAttribute('aria-label')).to.equal('Sunday, 14 April 2019: no events');
    expect(cell(el, '2019-03-31').getAttribute('aria-label')).to.equal('Sunday, 31 March 2019: DST zoned');
  });
});
