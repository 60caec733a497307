// A press outside closes a popover or the add-to-calendar menu. Where it leaves focus nowhere (the page's
// background, plain text), focus goes back, as after Esc. A mouse moves focus at pointerdown; a finger at the
// click the browser makes after it lifts, later: focus was put back, then lost to the body.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@iisg/widgets';
import type { IisgEventCard } from '@iisg/widgets';
import { $, $$, calendar, focused } from './helpers.js';

const FEED = '/demo/feed.json';

/** A tap at `target`: pointerdown, then (after the focus timer of a mouse press) the browser's own focus move and click. */
async function tap(target: Element, pointerType: 'touch' | 'mouse' = 'touch') {
  target.dispatchEvent(new PointerEvent('pointerdown', { pointerType, bubbles: true, composed: true }));
  await aTimeout(30);
  // The compatibility mousedown: a press on what takes no focus leaves it on the body.
  let active = document.activeElement as HTMLElement | null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
  active?.blur();
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  await aTimeout(30);
}

/** A card with its add-to-calendar menu opened by the keyboard, focus on its first item. */
async function cardMenuOpen() {
  const el = await fixture<IisgEventCard>(html`<iisg-event-card src=${FEED} event-id="rnnc-3" lang="en"></iisg-event-card>`);
  await waitUntil(() => $(el, '[part~="menu-button"]'), 'the card', { timeout: 5000 });
  const button = $(el, '[part~="menu-button"]')!;
  button.focus();
  await sendKeys({ press: 'ArrowDown' });
  await waitUntil(() => focused(el)?.getAttribute('role') === 'menuitem', 'focus in the menu');
  return { el, button };
}

describe('focus after a press outside', () => {
  it('a tap on the page closes the card’s add-to-calendar menu and gives focus back to its button', async () => {
    const { el, button } = await cardMenuOpen();
    await tap(document.body);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el)).to.equal(button);
  });

  it('a click of the mouse on the page does the same', async () => {
    const { el, button } = await cardMenuOpen();
    document.body.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'mouse', bubbles: true, composed: true }));
    (focused(el) ?? button).blur();
    await aTimeout(30);
    expect(focused(el)).to.equal(button);
  });

  it('a tap on the page closes the calendar’s event popover and gives focus back to its item', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} view="list" list-range="past" lang="en" style="width: 900px"></iisg-event-calendar>`);
    const item = $$(el, '[part~="list-item"]')[0];
    item.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part~="popover"]') && $(el, '[part~="popover"]')!.contains(focused(el)), 'focus in the popover', { timeout: 5000 });
    await tap(document.body);
    expect($(el, '[part~="popover"]')).to.equal(null);
    expect(focused(el)).to.equal(item);
  });
});
