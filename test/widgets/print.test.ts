// On paper nothing can be clicked, hovered or zoomed: each element prints its content and none of its
// controls. The one button that stays is the calendar's "+N more", as the text that says how many events a
// printed day holds besides those shown (a printed month must not drop events without a trace).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '@iisg/widgets';

const FEED = '/demo/feed.json';

const settle = (el: Element) => waitUntil(() => !el.shadowRoot!.querySelector('[part~="loading"]') && el.shadowRoot!.querySelector('[part]'), 'drawn', { timeout: 5000 });

/** The controls (buttons, selects, inputs) an element shows in the current media, by their part or text. */
function shownControls(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, select, input, [role="button"]')]
    .filter((control) => control.getClientRects().length > 0 && getComputedStyle(control).visibility !== 'hidden')
    .filter((control) => !control.closest('.visually-hidden'))
    // Content that is also a button (a list item, a timeline block) prints as content.
    .filter((control) => !control.matches('[part~="more"], [part~="list-item"], [part~="event"]'))
    .map((control) => control.getAttribute('part') ?? control.textContent!.trim());
}

describe('every element on paper', () => {
  for (const [name, template] of [
    ['calendar, month', html`<iisg-event-calendar src=${FEED} date="2019-04" filters="network country" style="width: 800px"></iisg-event-calendar>`],
    ['calendar, list', html`<iisg-event-calendar src=${FEED} date="2019-04" view="list" style="width: 800px"></iisg-event-calendar>`],
    ['card', html`<iisg-event-card src=${FEED} event-id="nfp-7" style="width: 400px"></iisg-event-card>`],
    ['timeline', html`<iisg-event-timeline src=${FEED} style="width: 800px"></iisg-event-timeline>`],
    ['series timeline', html`<iisg-event-timeline src=${FEED} mode="series" style="width: 800px"></iisg-event-timeline>`],
    ['map', html`<iisg-network-map src=${FEED} show="members events" style="width: 800px"></iisg-network-map>`],
  ] as const) {
    it(`${name}: controls on screen, none on paper`, async () => {
      const el = await fixture(template);
      await settle(el);
      // The card's add-to-calendar menu comes with its own chunk, after the first render.
      await waitUntil(() => shownControls(el).length > 0, 'controls on screen', { timeout: 5000 });
      await emulateMedia({ media: 'print' });
      try {
        expect(shownControls(el), 'on paper').to.deep.equal([]);
        expect(el.shadowRoot!.textContent!.trim(), 'the content prints').to.not.equal('');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  }

  for (const [name, template, opener] of [
    ['calendar', html`<iisg-event-calendar src=${FEED} date="2019-04" style="width: 800px"></iisg-event-calendar>`, '[role="grid"] [part~="event"]'],
    ['timeline', html`<iisg-event-timeline src=${FEED} style="width: 800px"></iisg-event-timeline>`, '[part~="event"]'],
    ['map', html`<iisg-network-map src=${FEED} show="members events" style="width: 800px"></iisg-network-map>`, '[part~="event-marker"], [part~="marker"]'],
  ] as const) {
    it(`${name}: an open event popover is not printed over the view`, async () => {
      const el = await fixture(template);
      await settle(el);
      await waitUntil(() => el.shadowRoot!.querySelector(opener), 'something to open', { timeout: 5000 });
      el.shadowRoot!.querySelector<HTMLElement>(opener)!.click();
      const popover = () => el.shadowRoot!.querySelector<HTMLElement>('[part~="popover"]');
      await waitUntil(() => popover()?.getClientRects().length, 'the popover opens', { timeout: 5000 });
      await emulateMedia({ media: 'print' });
      try {
        expect(popover()!.getClientRects().length, 'on paper').to.equal(0);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  }
});

describe('the timeline’s keyboard hint on paper', () => {
  it('is not printed, also while a meeting has keyboard focus (when it shows on screen)', async () => {
    const el = await fixture(html`<iisg-event-timeline src=${FEED} style="width: 800px"></iisg-event-timeline>`);
    await settle(el);
    const hint = () => el.shadowRoot!.querySelector<HTMLElement>('[part~="keyboard-hint"]')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="event"]'), 'meetings drawn', { timeout: 5000 });
    // Shown as it is for a meeting reached by Tab (event-timeline.ts showKeys).
    hint().classList.add('seen', 'shown');
    expect(hint().getClientRects().length, 'on screen').to.equal(1);
    await emulateMedia({ media: 'print' });
    try {
      expect(hint().getClientRects().length, 'on paper').to.equal(0);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
