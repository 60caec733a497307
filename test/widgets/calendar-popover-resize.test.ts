// An open event popover or sheet while the calendar's container crosses its narrow width (a phone turned):
// the grid gives way to the list or back, and the popover follows its event there instead of closing.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@iisg/widgets';
import { $, cell, focused } from './helpers.js';
import { busy, inBox, popover, title, inPopover, bar, item, grid, list, placedAt } from './popover-resize-helpers.js';

describe('<iisg-event-calendar> popover across the narrow width', () => {
  it('keeps a sheet open as a popover at the event’s bar; Esc returns focus to its day', async () => {
    const { box, el } = await inBox(400);
    await waitUntil(() => list(el), 'narrow: the list', { timeout: 5000 });
    item(el, 'Event c')!.click();
    await waitUntil(() => inPopover(el) && popover(el)!.classList.contains('sheet'), 'a sheet, focus in it', { timeout: 5000 });
    // First in this file: floating-ui loads now, while the popover waits hidden to be placed.
    const close = $(el, '[part~="close"]')!;
    close.focus();
    box.style.width = '900px';
    await waitUntil(() => grid(el), 'the grid', { timeout: 5000 });
    await waitUntil(() => popover(el) && !popover(el)!.classList.contains('sheet'), `a popover, not ${popover(el)?.className ?? 'closed'}`, { timeout: 5000 });
    expect(title(el)).to.equal('Event c');
    expect(focused(el), `focus on the close button still, not ${focused(el)?.outerHTML.slice(0, 80)}`).to.equal(close);
    await waitUntil(() => placedAt(el, bar(el, 'Event c')!) && Math.abs(popover(el)!.getBoundingClientRect().left - bar(el, 'Event c')!.getBoundingClientRect().left) < 2, 'placed at the bar', { timeout: 5000 });
    expect(popover(el)!.style.maxHeight, 'a popover’s own height').to.not.equal('');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !popover(el), 'closed', { timeout: 5000 });
    await waitUntil(() => focused(el) === cell(el, '2019-04-10'), `focus on the event’s day, not ${focused(el)?.outerHTML.slice(0, 80)}`, { timeout: 5000 });
  });

  it('keeps a grid popover open as a sheet at the event’s list item, focus inside; Esc returns focus to that item', async () => {
    const { box, el } = await inBox(900);
    bar(el, 'Event a')!.click();
    await waitUntil(() => inPopover(el), 'popover open, focus in it', { timeout: 5000 });
    expect(popover(el)!.classList.contains('sheet')).to.equal(false);
    // Focus on a control inside it, not its heading: it stays there.
    const close = $(el, '[part~="close"]')!;
    close.focus();
    box.style.width = '400px';
    await waitUntil(() => list(el), 'the list', { timeout: 5000 });
    await waitUntil(() => popover(el)?.classList.contains('sheet'), `a sheet, not ${popover(el)?.className ?? 'closed'}`, { timeout: 5000 });
    expect(title(el)).to.equal('Event a');
    expect(focused(el), 'focus on the close button still').to.equal(close);
    const sheet = popover(el)!.getBoundingClientRect();
    expect(Math.round(sheet.width), 'as wide as the calendar').to.equal(Math.round(el.getBoundingClientRect().width));
    // Once slid up.
    await waitUntil(() => Math.round(popover(el)!.getBoundingClientRect().bottom) === window.innerHeight, 'at the bottom of the window', { timeout: 5000 });
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !popover(el), 'closed', { timeout: 5000 });
    await waitUntil(() => focused(el) === item(el, 'Event a'), `focus on the event’s list item, not ${focused(el)?.outerHTML.slice(0, 80)}`, { timeout: 5000 });
  });

  it('anchors an event behind "+N more" to its day, and back to a sheet without a popover’s height', async () => {
    const { box, el } = await inBox(400);
    await waitUntil(() => list(el), 'narrow: the list', { timeout: 5000 });
    item(el, 'Event f')!.click();
    await waitUntil(() => inPopover(el), 'a sheet, focus in it', { timeout: 5000 });
    $(el, '[part~="close"]')!.focus();
    box.style.width = '900px';
    await waitUntil(() => grid(el) && popover(el) && !popover(el)!.classList.contains('sheet'), 'a popover over the grid', { timeout: 5000 });
    expect(bar(el, 'Event f'), 'no bar of its own').to.equal(undefined);
    await waitUntil(() => placedAt(el, cell(el, '2019-04-10')), 'placed at its day', { timeout: 5000 });
    expect(title(el)).to.equal('Event f');
    expect(focused(el), 'floating-ui loaded: focus kept while it is placed').to.equal($(el, '[part~="close"]'));
    // Turned back: a sheet again, 80% of the window high at most, not the popover's measured height.
    box.style.width = '400px';
    await waitUntil(() => list(el) && popover(el)?.classList.contains('sheet'), 'a sheet again', { timeout: 5000 });
    expect(popover(el)!.style.maxHeight).to.equal('');
    expect(inPopover(el)).to.equal(true);
    $(el, '[part~="close"]')!.click();
    await waitUntil(() => !popover(el), 'closed', { timeout: 5000 });
    await waitUntil(() => focused(el) === item(el, 'Event f'), `focus on its list item, not ${focused(el)?.outerHTML.slice(0, 80)}`, { timeout: 5000 });
  });

  it('keeps a day’s "+N more" list open as a sheet; closed, focus goes to that day’s first event in the list', async () => {
    const { box, el } = await inBox(900);
    $(el, '[part~="more"]')!.click();
    await waitUntil(() => inPopover(el) && popover(el)!.querySelector('[part~="list-item"]'), 'the day’s list, focus in it', { timeout: 5000 });
    box.style.width = '400px';
    await waitUntil(() => list(el) && popover(el)?.classList.contains('sheet'), `the day’s list as a sheet, not ${popover(el)?.className ?? 'closed'}`, { timeout: 5000 });
    expect(title(el)).to.contain('10 April 2019');
    expect(inPopover(el)).to.equal(true);
    // And back: a popover at the day's cell; focus returns there.
    box.style.width = '900px';
    await waitUntil(() => grid(el) && popover(el) && !popover(el)!.classList.contains('sheet'), 'a popover again', { timeout: 5000 });
    box.style.width = '400px';
    await waitUntil(() => list(el) && popover(el)?.classList.contains('sheet'), 'a sheet again', { timeout: 5000 });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !popover(el), 'closed', { timeout: 5000 });
    await waitUntil(() => focused(el) === item(el, 'Event b'), `focus on the day’s first event, not ${focused(el)?.outerHTML.slice(0, 80)}`, { timeout: 5000 });
  });

  it('a resize that stays on one side of the narrow width leaves the popover and the sheet as they were', async () => {
    const { box, el } = await inBox(900);
    bar(el, 'Event a')!.click();
    await waitUntil(() => inPopover(el), 'popover open', { timeout: 5000 });
    const heading = focused(el);
    box.style.width = '700px';
    await waitUntil(() => el.getBoundingClientRect().width === 700 && placedAt(el, bar(el, 'Event a')!), 'the popover follows its bar', { timeout: 5000 });
    expect(grid(el)).to.not.equal(null);
    expect(focused(el)).to.equal(heading);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => focused(el) === cell(el, '2019-04-05'), 'focus on the day', { timeout: 5000 });

    box.style.width = '320px';
    await waitUntil(() => list(el), 'the list', { timeout: 5000 });
    item(el, 'Event d')!.click();
    await waitUntil(() => inPopover(el) && popover(el)!.classList.contains('sheet'), 'a sheet', { timeout: 5000 });
    box.style.width = '440px';
    await waitUntil(() => Math.round(popover(el)!.getBoundingClientRect().width) === Math.round(el.getBoundingClientRect().width), 'the sheet follows', { timeout: 5000 });
    expect(title(el)).to.equal('Event d');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => focused(el) === item(el, 'Event d'), 'focus on the item', { timeout: 5000 });
  });
  it('follows the event of a feed given again (new objects), and closes for one the new feed no longer has', async () => {
    const { box, el } = await inBox(900);
    bar(el, 'Event a')!.click();
    await waitUntil(() => inPopover(el), 'popover open', { timeout: 5000 });
    el.feed = structuredClone(busy);
    await el.updateComplete;
    box.style.width = '400px';
    await waitUntil(() => list(el) && popover(el)?.classList.contains('sheet'), `a sheet, not ${popover(el)?.className ?? 'closed'}`, { timeout: 5000 });
    expect(title(el)).to.equal('Event a');
    // Gone from the feed: closed, focus on the list, not the page.
    el.feed = { version: 1, events: busy.events.filter((e) => e.id !== 'a') };
    await el.updateComplete;
    box.style.width = '900px';
    await waitUntil(() => grid(el) && !popover(el), 'the grid, the popover closed', { timeout: 5000 });
    await waitUntil(() => focused(el) === cell(el, '2019-04-05'), `focus on the event’s day, not ${focused(el)?.outerHTML.slice(0, 80) ?? document.activeElement?.localName}`, { timeout: 5000 });
  });
});
