// A sheet is at least half the window tall: opened from an item low in the window (a tapped list item on a
// phone), it covered that item. The page scrolls the item up to just above the sheet.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import type { IisgEventCalendar } from '@iisg/widgets';
import { $, $$, drawn } from './helpers.js';

describe('a sheet opened from an item low in the window', () => {
  it('leaves the item in sight above it, the page scrolled as far as needed', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <div style="height: ${innerHeight}px"></div>
      <iisg-event-calendar src="/demo/feed.json" view="list" list-range="past" lang="en" style="width: 400px"></iisg-event-calendar>
      <div style="height: 2000px"></div>
    </div>`);
    const el = await drawn(page.querySelector<IisgEventCalendar>('iisg-event-calendar')!);
    const item = $$(el, '[part~="list-item"]')[0];
    // The item's top at 60% of the window's height, all of it in sight.
    scrollTo(0, scrollY + item.getBoundingClientRect().top - innerHeight * 0.6);
    const before = scrollY;
    expect(item.getBoundingClientRect().bottom, 'the item in sight').to.be.below(innerHeight);
    item.click();
    await waitUntil(() => $(el, '[part~="popover"].sheet'), 'the sheet', { timeout: 5000 });
    await el.updateComplete;
    const sheet = $(el, '[part~="popover"]')!.getBoundingClientRect();
    const now = item.getBoundingClientRect();
    expect(scrollY, 'the page scrolled').to.be.greaterThan(before);
    expect(now.bottom, `item ${now.top}–${now.bottom}, sheet from ${sheet.top}`).to.be.at.most(sheet.top);
    expect(now.top).to.be.at.least(0);
    el.eventPopover.close(false);
    scrollTo(0, 0);
  });
});
