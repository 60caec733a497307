// The day's list ("+N more", Enter on a day) shows each event as the list view does: bold title, status (a
// cancelled one struck through), place with country, its dates unless the list's heading says them; each
// item is named as the list's are, day first.
import { expect, html, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import { $, $$, accessibleNames, calendar, focused } from './helpers.js';

const FEED = {
  version: 1,
  timeZone: 'Europe/Belgrade',
  events: [
    { id: 'week', title: 'Week-long school', start: '2019-04-08', end: '2019-04-12', location: { city: 'Skopje', country: 'MK' } },
    { id: 'off', title: 'Called-off meeting', start: '2019-04-10', status: 'cancelled', location: { city: 'Tirana', country: 'AL' } },
    { id: 'later', title: 'Moved workshop', start: '2019-04-10', status: 'postponed', location: { city: 'Podgorica', country: 'ME' } },
    { id: 'night', title: 'Night session', start: '2019-04-09T20:00', end: '2019-04-10T02:00' },
  ],
};

const items = () => $$(el, '.day-list [part~="list-item"]');
let el: HTMLElement;

describe('<iisg-event-calendar>: the day’s list', () => {
  beforeEach(async () => {
    // In a named zone: the same times and zone note wherever the test runs.
    el = await calendar(html`<iisg-event-calendar .feed=${FEED} date="2019-04" max-events="1" time-zone="Europe/Belgrade" lang="en" style="width: 900px"></iisg-event-calendar>`);
    // 10 April's: three events besides the week's bar (9 April has one, the night's).
    $$(el, '[part~="more"]').find((more) => more.textContent!.includes('3'))!.click();
    await waitUntil(() => items().length === 4 && focused(el)?.id === 'popover-title', 'the day’s list', { timeout: 5000 });
  });

  it('starts below the close button, clear of it', () => {
    // The button's negative top margin, undone by its sticky position, had let the list start 4 px under it.
    const close = $(el, '.popover-close')!.getBoundingClientRect();
    expect(items()[0].getBoundingClientRect().top).to.be.at.least(close.bottom);
  });

  it('shows each event as the list view does', async () => {
    const [week, night, off, later] = items();
    expect($(el, '#popover-title')!.textContent!.trim()).to.equal('Events on 10 April 2019');
    for (const item of items()) expect(getComputedStyle(item.querySelector('.list-title')!).fontWeight, 'bold title').to.equal('600');
    expect(getComputedStyle(off.querySelector('.list-title')!).textDecorationLine, 'cancelled: struck through').to.equal('line-through');
    expect(off.querySelector('[part~="status"]')!.textContent).to.equal('Cancelled');
    expect(later.querySelector('[part~="status"]')!.textContent).to.equal('Postponed');
    expect(off.querySelector('.list-place')!.textContent!.trim()).to.equal('Tirana, Albania');
    expect(week.querySelector('.list-place')!.textContent!.trim()).to.equal('Skopje, North Macedonia');
    // The list's heading says the day: a one-day all-day event shows no date; several days, or a night, do.
    expect(off.querySelector('.list-date'), 'no date line').to.equal(null);
    expect(later.querySelector('.list-date'), 'no date line').to.equal(null);
    expect(week.querySelector('.list-date')!.textContent).to.contain('8–12 April 2019');
    expect(night.querySelector('.list-date')!.textContent).to.contain('20:00');
    expect(night.querySelector('.list-date')!.textContent).to.contain('02:00');
    await expect(el).to.be.accessible();
  });

  it('names each item as the list view does: day, title, status and place', async () => {
    expect(await accessibleNames(items())).to.deep.equal([
      'Monday, 8–12 April 2019: Week-long school, Skopje, North Macedonia',
      // With the zone's note, as in the list view.
      'Tuesday, 9 April 2019, 20:00 – 10 April 2019, 02:00 Time zone: Central European Summer Time, GMT+2: Night session',
      'Wednesday, 10 April 2019: Called-off meeting, Cancelled, Tirana, Albania',
      'Wednesday, 10 April 2019: Moved workshop, Postponed, Podgorica, Montenegro',
    ]);
  });

  it('opens an event chosen in it, with the way back to the list', async () => {
    items()[2].click();
    await waitUntil(() => $(el, '[part~="back"]') && $(el, '#popover-title')?.textContent?.trim() === 'Called-off meeting', 'the event', { timeout: 5000 });
    $(el, '[part~="back"]')!.click();
    await waitUntil(() => items().length === 4 && focused(el) === items()[2], 'back in the list, on the event’s item', { timeout: 5000 });
  });
});
