// An open event popover while the calendar's container crosses its narrow width: see calendar-popover-resize.test.ts.
// Its own file: the list view's code must still be loading when the calendar turns narrow (a module, once
// loaded, stays for every later test of a file), and the year view's loads beside it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@iisg/widgets';
import type { IisgEventCalendar } from '@iisg/widgets';
import { $, $$, drawn, focused } from './helpers.js';
import { busy, popover, title, inPopover, bar, placedAt } from './popover-resize-helpers.js';

describe('<iisg-event-calendar> popover across the narrow width, the list’s code loading', () => {
  it('with narrow-view="year", moves the popover to the event’s day in the year view (its code loading with the list’s)', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 900px"><iisg-event-calendar .feed=${busy} date="2019-04" narrow-view="year" lang="en"></iisg-event-calendar></div>`,
    );
    const el = await drawn(box.querySelector<IisgEventCalendar>('iisg-event-calendar')!);
    bar(el, 'Event a')!.click();
    await waitUntil(() => inPopover(el), 'popover open, focus in it', { timeout: 5000 });
    box.style.width = '520px';
    await waitUntil(() => $(el, '.year') && popover(el), 'the year view, the popover open', { timeout: 5000 });
    const fifth = () => $$(el, '.mini-day').find((d) => d.getAttribute('aria-label')?.includes('Event a'))!;
    await waitUntil(() => fifth() && placedAt(el, fifth()), 'placed at 5 April in the year view', { timeout: 5000 });
    expect(title(el)).to.equal('Event a');
    expect(inPopover(el), 'focus still inside').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !popover(el), 'closed', { timeout: 5000 });
    await waitUntil(() => focused(el) === fifth(), `focus on its day, not ${focused(el)?.outerHTML.slice(0, 80)}`, { timeout: 5000 });
  });
});
