// An event chosen in a day's list ("+N more", Enter on a day) shows in the same popover: a Back button and
// Esc return to the list, with focus on the event's item; Esc there closes, focus back on the day.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@iisg/widgets';
import { $, $$, accessibleName, calendar, cell, focused } from './helpers.js';

const day = (id: string, start = '2019-04-10') => ({ id, title: `Event ${id}`, start });
const FEED = { version: 1, events: [...['a', 'b', 'c', 'd', 'e'].map((id) => day(id)), day('z', '2019-04-11')] };

const items = (el: Element) => $$(el, '.day-list [part~="list-item"]');
const title = (el: Element) => $(el, '#popover-title')?.textContent?.trim();
const open = (el: Element) => $(el, '[part~="popover"]');

async function dayListOpen(width = 900) {
  const el = await calendar(html`<iisg-event-calendar .feed=${FEED} date="2019-04" max-events="2" lang="en" style="width: ${width}px"></iisg-event-calendar>`);
  $$(el, '[part~="more"]')[0].click();
  await waitUntil(() => items(el).length === 5 && focused(el)?.id === 'popover-title', 'the day’s list', { timeout: 5000 });
  return el;
}

describe('<iisg-event-calendar>: back from an event to its day’s list', () => {
  it('a Back button named as the list returns to it, with the chosen event’s item focused', async () => {
    const el = await dayListOpen();
    items(el)[3].click();
    await waitUntil(() => title(el) === 'Event d', 'the event', { timeout: 5000 });
    expect($(el, '[part~="popover"] dl'), 'no empty description list (no organisers, no networks)').to.equal(null);
    const back = $(el, '[part~="back"]')!;
    expect(back.textContent!.replace(/\s+/g, ' ').trim()).to.equal('‹ Events on 10 April 2019 – Back');
    expect(back.querySelector('.visually-hidden')!.getBoundingClientRect().width, '"Back" said only').to.be.at.most(1);
    expect(back.getBoundingClientRect().height, 'target size').to.be.at.least(24);
    back.click();
    await waitUntil(() => items(el).length === 5 && focused(el) === items(el)[3], 'the list, focus on Event d', { timeout: 5000 });
    expect(title(el)).to.equal('Events on 10 April 2019');
  });

  it('says the Back button as "Events on 10 April 2019 – Back" (the arrow is not said; the name starts with what is seen)', async () => {
    const el = await dayListOpen();
    items(el)[3].click();
    await waitUntil(() => $(el, '[part~="back"]'), 'the event', { timeout: 5000 });
    expect(await accessibleName($(el, '[part~="back"]')!)).to.equal('Events on 10 April 2019 – Back');
  });

  it('Esc from the event returns to the list; Esc again closes, focus on the day', async () => {
    const el = await calendar(html`<iisg-event-calendar .feed=${FEED} date="2019-04" max-events="2" lang="en" style="width: 900px"></iisg-event-calendar>`);
    cell(el, '2019-04-10').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => items(el).length === 5 && focused(el)?.id === 'popover-title', 'the day’s list', { timeout: 5000 });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el), 'second item').to.equal(items(el)[1]);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => title(el) === 'Event b' && focused(el)?.id === 'popover-title', 'the event, focus on its title', { timeout: 5000 });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => items(el).length === 5 && focused(el) === items(el)[1], 'back in the list, focus on Event b', { timeout: 5000 });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !open(el), 'closed', { timeout: 5000 });
    await el.updateComplete;
    expect(focused(el)).to.equal(cell(el, '2019-04-10'));
  });

  it('an event opened from its bar has no Back button, and Esc closes it', async () => {
    const el = await calendar(html`<iisg-event-calendar .feed=${FEED} date="2019-04" max-events="2" lang="en" style="width: 900px"></iisg-event-calendar>`);
    $$(el, '[part~="event"]').find((bar) => bar.textContent!.includes('Event z'))!.click();
    await waitUntil(() => title(el) === 'Event z', 'the event', { timeout: 5000 });
    expect($(el, '[part~="back"]')).to.equal(null);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !open(el), 'closed', { timeout: 5000 });
  });

  it('goes back in a sheet too (a narrow calendar)', async () => {
    const el = await calendar(html`<iisg-event-calendar .feed=${FEED} date="2019-04" max-events="2" narrow-view="month" lang="en" style="width: 400px"></iisg-event-calendar>`);
    $$(el, '[part~="more"]')[0].click();
    await waitUntil(() => items(el).length === 5, 'the day’s list', { timeout: 5000 });
    expect(open(el)!.classList.contains('sheet')).to.equal(true);
    items(el)[4].click();
    await waitUntil(() => title(el) === 'Event e', 'the event', { timeout: 5000 });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => items(el).length === 5 && focused(el) === items(el)[4], 'the list, focus on Event e', { timeout: 5000 });
    expect(open(el)!.classList.contains('sheet')).to.equal(true);
  });

  it('keeps the Back button when the feed is replaced and the calendar then narrows (the popover becomes a sheet)', async () => {
    const el = await dayListOpen();
    items(el)[3].click();
    await waitUntil(() => title(el) === 'Event d', 'the event', { timeout: 5000 });
    el.feed = structuredClone(FEED); // the same events, new objects: the popover shows the feed's own
    await el.updateComplete;
    el.style.width = '400px';
    await waitUntil(() => open(el)?.classList.contains('sheet') && title(el) === 'Event d', 'a sheet, the same event', { timeout: 5000 });
    expect($(el, '[part~="back"]'), 'Back').to.not.equal(null);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => items(el).length > 0, 'the list', { timeout: 5000 });
  });

  it('keeps the Back button on a back-to-back neighbour chosen in the event', async () => {
    const el = await calendar(html`<iisg-event-calendar src="/demo/feed.json" date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    cell(el, '2019-04-24').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => items(el).length === 1, 'the day’s list', { timeout: 5000 });
    items(el)[0].click();
    await waitUntil(() => title(el)?.startsWith('3rd Meeting'), 'the event', { timeout: 5000 });
    $$(el, '[part~="popover"] .link-button:not(.popover-back)')[0].click();
    await waitUntil(() => title(el)?.startsWith('7th Meeting'), 'its neighbour', { timeout: 5000 });
    expect($(el, '[part~="back"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('‹ Events on 24 April 2019 – Back');
  });

  it('puts Back under the close button, whole words, when it does not fit beside it (a phone, 200% text, German)', async () => {
    const wrapper = await fixture(html`<div style="font-size: 200%"><iisg-event-calendar .feed=${FEED} date="2019-04" max-events="2" narrow-view="month" lang="de" style="width: 320px"></iisg-event-calendar></div>`);
    const el = wrapper.firstElementChild as HTMLElement;
    await waitUntil(() => $$(el, '[part~="more"]').length, 'the month', { timeout: 5000 });
    $$(el, '[part~="more"]')[0].click();
    await waitUntil(() => items(el).length === 5, 'the day’s list', { timeout: 5000 });
    items(el)[0].click();
    await waitUntil(() => $(el, '[part~="back"]'), 'the event', { timeout: 5000 });
    const back = $(el, '[part~="back"]')!;
    open(el)!.scrollTop = 0; // scrolled, the close button stays in sight over the text (it is sticky)
    const close = $(el, '[part~="close"]')!.getBoundingClientRect();
    const box = back.getBoundingClientRect();
    expect(box.top, 'under the close button').to.be.at.least(close.top + close.height / 2);
    // Its words clear of the button (its padding may touch the button's box).
    const words = document.createRange();
    words.selectNodeContents(back);
    expect(words.getBoundingClientRect().top, 'its words below the button').to.be.at.least(close.bottom - 1);
    // Whole words: none broken over two lines (the text is 32 px here, so Back takes several lines of 320 px).
    const broken: string[] = [];
    const walker = document.createTreeWalker(back, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const word of node.textContent!.matchAll(/\S+/g)) {
        words.setStart(node, word.index!);
        words.setEnd(node, word.index! + word[0].length);
        if (words.getClientRects().length > 1) broken.push(word[0]);
      }
    }
    expect(broken, 'words broken over two lines').to.deep.equal([]);
    expect(parseFloat(getComputedStyle(back).fontSize), 'at 200% text').to.be.at.least(2 * 16 * 0.8);
  });
});
