// What the popover-across-the-narrow-width tests share (calendar-popover-resize*.test.ts): a busy month in a
// container whose width the test sets, and where the popover is.
import { fixture, html } from '@open-wc/testing';
import '@iisg/widgets';
import type { IisgEventCalendar } from '@iisg/widgets';
import { $, $$, drawn, focused } from './helpers.js';

export const day = (d: string, id: string, title = `Event ${id}`) => ({ id, title, start: d });
// Five events on 10 April: three bars and "+2 more" in the grid (max-events 3).
export const busy = {
  version: 1,
  events: [day('2019-04-05', 'a'), ...['b', 'c', 'd', 'e', 'f'].map((id) => day('2019-04-10', id))],
};

/** A calendar in a container whose width the test sets (not the window's). */
export async function inBox(width: number) {
  const box = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}><iisg-event-calendar .feed=${busy} date="2019-04" lang="en"></iisg-event-calendar></div>`);
  const el = await drawn(box.querySelector<IisgEventCalendar>('iisg-event-calendar')!);
  return { box, el };
}

export const popover = (el: Element) => $(el, '[part~="popover"]');
export const title = (el: Element) => popover(el)?.querySelector('#popover-title')?.textContent?.trim();
export const inPopover = (el: Element) => Boolean(focused(el) && popover(el)?.contains(focused(el)));
export const bar = (el: Element, name: string) => $$(el, '[part~="event"]').find((b) => b.textContent!.includes(name));
export const item = (el: Element, name: string) => $$(el, '.list [part~="list-item"]').find((b) => b.textContent!.includes(name));
export const grid = (el: Element) => $(el, '[role="grid"]');
export const list = (el: Element) => $(el, '.list [part~="list-item"]');
/** The popover shown and placed next to `anchor`: floating-ui puts it 6 px below (or, short of room, above) it. */
export function placedAt(el: Element, anchor: Element) {
  const p = popover(el)!.getBoundingClientRect();
  const a = anchor.getBoundingClientRect();
  return getComputedStyle(popover(el)!).visibility === 'visible' && p.left < a.right && p.right > a.left && (Math.abs(p.top - a.bottom - 6) < 2 || Math.abs(a.top - p.bottom - 6) < 2);
}

