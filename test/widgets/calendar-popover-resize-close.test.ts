// An open event popover while the calendar's container crosses its narrow width: see calendar-popover-resize.test.ts.
// Its own file: the list view's code must still be loading when the popover is closed mid-move (a module,
// once loaded, stays for every later test of a file).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@iisg/widgets';
import type { IisgEventCalendar } from '@iisg/widgets';
import { $, $$, cell, drawn, focused } from './helpers.js';

const day = (d: string, id: string, title = `Event ${id}`) => ({ id, title, start: d });
// Five events on 10 April: three bars and "+2 more" in the grid (max-events 3).
const busy = {
  version: 1,
  events: [day('2019-04-05', 'a'), ...['b', 'c', 'd', 'e', 'f'].map((id) => day('2019-04-10', id))],
};

/** A calendar in a container whose width the test sets (not the window's). */
async function inBox(width: number) {
  const box = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}><iisg-event-calendar .feed=${busy} date="2019-04" lang="en"></iisg-event-calendar></div>`);
  const el = await drawn(box.querySelector<IisgEventCalendar>('iisg-event-calendar')!);
  return { box, el };
}

const popover = (el: Element) => $(el, '[part~="popover"]');
const title = (el: Element) => popover(el)?.querySelector('#popover-title')?.textContent?.trim();
const inPopover = (el: Element) => Boolean(focused(el) && popover(el)?.contains(focused(el)));
const bar = (el: Element, name: string) => $$(el, '[part~="event"]').find((b) => b.textContent!.includes(name));
const item = (el: Element, name: string) => $$(el, '.list [part~="list-item"]').find((b) => b.textContent!.includes(name));
const grid = (el: Element) => $(el, '[role="grid"]');
const list = (el: Element) => $(el, '.list [part~="list-item"]');
/** The popover shown and placed next to `anchor`: floating-ui puts it 6 px below (or, short of room, above) it. */
function placedAt(el: Element, anchor: Element) {
  const p = popover(el)!.getBoundingClientRect();
  const a = anchor.getBoundingClientRect();
  return getComputedStyle(popover(el)!).visibility === 'visible' && p.left < a.right && p.right > a.left && (Math.abs(p.top - a.bottom - 6) < 2 || Math.abs(a.top - p.bottom - 6) < 2);
}

describe('<iisg-event-calendar> popover across the narrow width, the list’s code loading', () => {
  it('closed while it moves, gives focus to the day in the new view, not the page, and throws nothing', async () => {
    const errors: unknown[] = [];
    const onError = (e: PromiseRejectionEvent) => errors.push(e.reason);
    window.addEventListener('unhandledrejection', onError);
    try {
      const { box, el } = await inBox(900);
      bar(el, 'Event a')!.click();
      await waitUntil(() => inPopover(el), 'popover open', { timeout: 5000 });
      box.style.width = '400px';
      // Once the grid is gone, while the list's code loads and before the popover has moved.
      await waitUntil(() => !grid(el), 'the grid gone', { timeout: 5000, interval: 1 });
      expect(list(el), 'the list not drawn yet').to.equal(null);
      el.eventPopover.close();
      await waitUntil(() => list(el), 'the list', { timeout: 5000 });
      await waitUntil(() => focused(el) === item(el, 'Event a'), `focus on the event in the list, not ${focused(el)?.outerHTML.slice(0, 80) ?? document.activeElement?.localName}`, { timeout: 5000 });
      expect(popover(el)).to.equal(null);
      await new Promise((r) => setTimeout(r, 100));
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onError);
    }
  });
});
