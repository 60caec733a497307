// What the eye gets from the timeline's event popover and sheet (shared with the calendar): the open
// add-to-calendar menu in sight, the close button clear of the text scrolling under it.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '@iisg/widgets';
import type { IisgEventTimeline } from '@iisg/widgets';
import { $, $$, calendar, focused } from './helpers.js';

const FEED = '/demo/feed.json';

async function timeline(template: ReturnType<typeof html>) {
  const el = await fixture<IisgEventTimeline>(template);
  await waitUntil(() => $(el, '[part~="event"]'), 'timeline rendered', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** Clicks a block and waits for its popover, placed. */
async function openPopover(el: Element, block: HTMLElement) {
  block.click();
  await waitUntil(() => $(el, '[part~="popover"]') && getComputedStyle($(el, '[part~="popover"]')!).visibility === 'visible' && focused(el)?.localName === 'h2', 'popover open', { timeout: 5000 });
  // The sheet slides up.
  await aTimeout(300);
  return $(el, '[part~="popover"]')!;
}

/** Opens the popover's add-to-calendar menu, as a click does, and returns its items. */
async function openMenu(el: Element) {
  $(el, '[part~="popover"] [part~="menu-button"]')!.click();
  await waitUntil(() => focused(el)?.getAttribute('role') === 'menuitem' && $$(el, '[part~="menu-item"]').length === 5, 'the menu open', { timeout: 5000 });
  await aTimeout(50);
  return $$(el, '[part~="menu-item"]');
}

describe('the event popover’s add-to-calendar menu', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const [what, height] of [
    ['a tall window', 900],
    ['a short window', 700],
  ] as const) {
    it(`is in sight whole once opened: the popover scrolls to its last item (timeline, ${what})`, async () => {
      await setViewport({ width: 1280, height });
      const el = await timeline(html`<iisg-event-timeline src=${FEED} lang="en" style="width: 1200px"></iisg-event-timeline>`);
      const popover = await openPopover(el, $$(el, '[part~="event"]')[0]);
      const items = await openMenu(el);
      expect(items.at(-1)!.getBoundingClientRect().bottom, 'the last item inside the popover').to.be.at.most(popover.getBoundingClientRect().bottom);
      expect(items[0].getBoundingClientRect().top, 'the first item too').to.be.at.least(popover.getBoundingClientRect().top);
    });
  }

  it('is in sight whole once opened (timeline sheet, 320 px)', async () => {
    await setViewport({ width: 360, height: 700 });
    const el = await timeline(html`<iisg-event-timeline src=${FEED} lang="en" style="width: 320px"></iisg-event-timeline>`);
    const popover = await openPopover(el, $$(el, '[part~="event"]')[0]);
    const items = await openMenu(el);
    expect(items.at(-1)!.getBoundingClientRect().bottom).to.be.at.most(popover.getBoundingClientRect().bottom);
  });

  it('is in sight whole once opened (calendar)', async () => {
    await setViewport({ width: 1280, height: 700 });
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 1200px"></iisg-event-calendar>`);
    const popover = await openPopover(el, $$(el, '[part~="event"]').find((e) => e.textContent!.includes('NFP'))!);
    const items = await openMenu(el);
    expect(items.at(-1)!.getBoundingClientRect().bottom).to.be.at.most(popover.getBoundingClientRect().bottom);
  });
});

describe('the timeline’s sheet', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('scrolls its text under an opaque band that holds the close button, not under the button alone', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await timeline(html`<iisg-event-timeline src=${FEED} lang="en" style="width: 320px"></iisg-event-timeline>`);
    const sheet = await openPopover(el, $$(el, '[part~="event"]')[0]);
    expect(sheet.classList.contains('sheet')).to.equal(true);
    expect(sheet.scrollHeight, 'a sheet that scrolls').to.be.greaterThan(sheet.clientHeight + 100);
    const close = $(el, '[part~="close"]')!;
    for (const by of [40, 120, 200]) {
      sheet.scrollTop = by;
      await waitUntil(() => sheet.hasAttribute('data-scrolled'), 'scrolled');
      await new Promise(requestAnimationFrame);
      const box = close.getBoundingClientRect();
      // Beside the button, on its line and a little below it: the band (the sheet's own ::before), no text.
      for (const [x, y] of [
        [box.left - 8, box.top + box.height / 2],
        [sheet.getBoundingClientRect().left + 24, box.bottom + 2],
      ]) {
        const hit = el.shadowRoot!.elementFromPoint(x, y);
        expect(hit, `scrolled by ${by}: what is drawn at ${Math.round(x)},${Math.round(y)}`).to.equal(sheet);
      }
    }
    sheet.scrollTop = 0;
    await waitUntil(() => !sheet.hasAttribute('data-scrolled'), 'back at the top: no band over the title');
  });

  for (const [what, width] of [
    ['a 300 px sidebar', 300],
    ['a 320 px phone', 320],
  ] as const) {
    it(`leaves the meeting it was opened from in sight above it, whole (${what})`, async () => {
      await setViewport({ width: width + 40, height: 700 });
      const el = await timeline(html`<iisg-event-timeline src=${FEED} lang="en" style=${`width: ${width}px`}></iisg-event-timeline>`);
      for (const i of [0, 1]) {
        const block = $$(el, '[part~="event"]')[i];
        const sheet = await openPopover(el, block);
        expect(sheet.getBoundingClientRect().top, `block ${i}: the sheet's top under it`).to.be.at.least(block.getBoundingClientRect().bottom);
        expect(sheet.getBoundingClientRect().height, 'at least half the window still').to.be.at.least(350);
        $(el, '[part~="close"]')!.click();
        await waitUntil(() => !$(el, '[part~="popover"]'), 'closed');
      }
    });
  }
});

describe('the timeline’s popover in a right-to-left page', () => {
  it('puts the bullets of English back-to-back meetings on the side their lines start', async () => {
    const page = await fixture<HTMLDivElement>(html`<div dir="rtl"><iisg-event-timeline src=${FEED} lang="en" style="width: 375px"></iisg-event-timeline></div>`);
    const el = page.firstElementChild as IisgEventTimeline;
    await waitUntil(() => $(el, '[part~="event"]'), 'timeline rendered', { timeout: 5000 });
    await openPopover(el, $$(el, '[part~="event"]')[0]);
    const list = $(el, '.neighbours')!;
    expect(getComputedStyle(list).direction, 'the list in its text’s direction').to.equal('ltr');
    for (const item of $$(el, '.neighbours li')) {
      const button = item.querySelector('button')!;
      const range = document.createRange();
      range.selectNodeContents(button);
      // The item's start (where its bullet is drawn) is where its text starts: on the left.
      expect(Math.abs(range.getClientRects()[0].left - item.getBoundingClientRect().left), button.textContent!).to.be.below(2);
      expect(item.getBoundingClientRect().left - list.getBoundingClientRect().left, 'room for the bullet before it').to.be.at.least(12);
    }
  });
});
