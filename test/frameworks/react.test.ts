import { expect, waitUntil } from '@open-wc/testing';
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { IisgEventCalendar } from '@iisg/widgets';
import { EventsPage } from '../../examples/react/events-page.js';
import { chosenCard, firstEventBar, sampleFeed, shadowText } from './mount-helpers.js';

describe('React 19: examples/react', () => {
  let container: HTMLDivElement;
  let root: Root;
  let feed: object;

  beforeEach(async () => {
    feed = await sampleFeed();
    container = document.createElement('div');
    container.lang = 'en'; // as a page would have it (and headless Chromium's own language can be `en-US@posix`)
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    root.unmount();
    container.remove();
  });

  const calendarIn = async () => {
    await waitUntil(() => container.querySelector('iisg-event-calendar'), 'React rendered the calendar');
    return container.querySelector<IisgEventCalendar>('iisg-event-calendar')!;
  };

  it('sets feed as a property (the object itself, no attribute) and string props as properties too', async () => {
    root.render(createElement(EventsPage, { feed, date: '2019-04' }));
    const calendar = await calendarIn();
    expect(calendar.feed).to.equal(feed);
    expect(calendar.hasAttribute('feed')).to.equal(false);
    expect(calendar.date).to.equal('2019-04');
    await firstEventBar(calendar);
    expect(shadowText(calendar, '[part~="heading"]')).to.equal('April 2019');
  });

  it('hears iisg-feed-load through an oniisg-feed-load prop', async () => {
    root.render(createElement(EventsPage, { feed, date: '2019-04' }));
    await waitUntil(() => container.querySelector('[role="status"]')?.textContent?.startsWith('Feed ready'), 'React state from iisg-feed-load');
    expect(container.querySelector('[role="status"]')!.textContent).to.equal('Feed ready, 0 problem(s)');
  });

  it('hears iisg-event-select when a visitor clicks an event, and renders a card for it', async () => {
    root.render(createElement(EventsPage, { feed, date: '2019-04' }));
    const calendar = await calendarIn();
    const bar = await firstEventBar(calendar);
    bar.click();
    const card = await chosenCard(container);
    expect(card.eventId).to.equal('nfp-7');
    expect(card.feed).to.equal(feed);
    expect(shadowText(card, '[part~="title"]')).to.match(/^7th Meeting of the RCC Group of National Focal Points/);
    // The example cancelled the event, so the calendar kept its own popover closed.
    expect(calendar.shadowRoot!.querySelector('[part~="popover"]:popover-open, [part~="popover"][open]')).to.equal(null);
  });

  it('passes a changed prop on to the element', async () => {
    root.render(createElement(EventsPage, { feed, date: '2019-04' }));
    const calendar = await calendarIn();
    await firstEventBar(calendar);
    root.render(createElement(EventsPage, { feed, date: '2018-11' }));
    await waitUntil(() => calendar.date === '2018-11', 'React set the new date');
    expect(container.querySelector('iisg-event-calendar')).to.equal(calendar); // the same element, updated
  });
});
