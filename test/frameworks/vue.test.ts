import { expect, waitUntil } from '@open-wc/testing';
import { createApp, nextTick, type App } from 'vue';
import type { IisgEventCalendar } from '@iisg/widgets';
import { EventsPage } from '../../examples/vue/events-page.js';
import { chosenCard, firstEventBar, sampleFeed, shadowText } from './mount-helpers.js';

describe('Vue 3: examples/vue', () => {
  let container: HTMLDivElement;
  let app: App | undefined;
  let feed: object;

  beforeEach(async () => {
    feed = await sampleFeed();
    container = document.createElement('div');
    container.lang = 'en'; // as a page would have it (and headless Chromium's own language can be `en-US@posix`)
    document.body.append(container);
  });

  afterEach(() => {
    app?.unmount();
    container.remove();
  });

  const mountPage = (props: { feed: unknown; date?: string }) => {
    app = createApp(EventsPage, props);
    app.mount(container);
    return container.querySelector<IisgEventCalendar>('iisg-event-calendar')!;
  };

  it('sets feed as a property (the object itself, no attribute)', async () => {
    const calendar = mountPage({ feed, date: '2019-04' });
    expect(calendar.feed).to.equal(feed);
    expect(calendar.hasAttribute('feed')).to.equal(false);
    expect(calendar.date).to.equal('2019-04');
    await firstEventBar(calendar);
    expect(shadowText(calendar, '[part~="heading"]')).to.equal('April 2019');
  });

  it('hears iisg-feed-load through onIisgFeedLoad', async () => {
    mountPage({ feed, date: '2019-04' });
    await waitUntil(() => container.querySelector('[role="status"]')?.textContent?.startsWith('Feed ready'), 'Vue state from iisg-feed-load');
    expect(container.querySelector('[role="status"]')!.textContent).to.equal('Feed ready, 0 problem(s)');
  });

  it('hears iisg-event-select when a visitor clicks an event, and renders a card for it', async () => {
    const calendar = mountPage({ feed, date: '2019-04' });
    (await firstEventBar(calendar)).click();
    await nextTick();
    const card = await chosenCard(container);
    expect(card.eventId).to.equal('nfp-7');
    expect(card.feed).to.equal(feed);
    expect(shadowText(card, '[part~="title"]')).to.match(/^7th Meeting of the RCC Group of National Focal Points/);
  });
});
