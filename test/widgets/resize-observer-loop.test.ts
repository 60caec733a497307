// A calendar or a timeline that renders while the browser delivers ResizeObserver notifications reports no "ResizeObserver
// loop completed with undelivered notifications" error on the page. WebKit may run a promise's callbacks (the
// feed arriving) just after an observer's callback, inside its delivery loop: a render there that changes the
// box an observer watches leaves that notification undelivered. Here the render is made to happen there in any
// browser: another observer's callback, for an element deeper in the calendar, changes what the calendar shows
// (its render runs in the microtasks that follow that callback).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import type { IisgEventCalendar, IisgEventTimeline } from '@iisg/widgets';
import { $, $$, calendar } from './helpers.js';

const FEED = '/demo/feed.json';
const LOOP = /ResizeObserver loop/;

/** Runs `change` inside a ResizeObserver callback for `deep`, and resolves with the loop errors the page reported meanwhile. */
async function loopErrorsWhenRenderedInDelivery(deep: Element, change: () => void): Promise<string[]> {
  const errors: string[] = [];
  // (mocha's window.onerror fails the test as well.)
  const onError = (event: ErrorEvent) => LOOP.test(event.message) && errors.push(event.message);
  window.addEventListener('error', onError);
  try {
    let delivered = false;
    const observer = new ResizeObserver(() => {
      if (delivered) return;
      delivered = true;
      change();
    });
    observer.observe(deep);
    await waitUntil(() => delivered, 'observed', { timeout: 2000 });
    // The frame after, where an undelivered notification would be reported at the latest.
    for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
    observer.disconnect();
  } finally {
    window.removeEventListener('error', onError);
  }
  return errors;
}

describe('<iisg-event-calendar> rendering during ResizeObserver delivery', () => {
  it('reports no loop error when a search changes its height (a wide list)', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} view="list" list-range="past" lang="en" style="width: 900px"></iisg-event-calendar>`);
    const before = el.getBoundingClientRect().height;
    const errors = await loopErrorsWhenRenderedInDelivery($(el, '[part~="go-today"]')!, () => (el.query = 'Budva'));
    expect(el.getBoundingClientRect().height, 'the render changed the height').to.not.equal(before);
    expect(errors).to.deep.equal([]);
  });

  it('reports no loop error when it renders with its sheet open (a narrow calendar)', async () => {
    const el: IisgEventCalendar = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 320px"></iisg-event-calendar>`);
    await waitUntil(() => $(el, '[part~="list-item"]'), 'the narrow list', { timeout: 5000 });
    $$(el, '[part~="list-item"]')[0].click();
    await waitUntil(() => $(el, '.popover.sheet .details-title'), 'the sheet', { timeout: 5000 });
    const before = el.getBoundingClientRect().height;
    const errors = await loopErrorsWhenRenderedInDelivery($(el, '.popover.sheet .details-title')!, () => (el.filters = 'network organiser country tag'));
    expect($(el, '.popover.sheet'), 'the sheet stays open').to.not.equal(null);
    expect(el.getBoundingClientRect().height, 'the render changed the height').to.not.equal(before);
    expect(errors).to.deep.equal([]);
  });
});

describe('<iisg-event-timeline> rendering during ResizeObserver delivery', () => {
  it('reports no loop error when it draws its rows there (its feed arriving)', async () => {
    const el: IisgEventTimeline = await fixture(html`<iisg-event-timeline src=${FEED} mode="series" limit="1" lang="en" style="width: 900px"></iisg-event-timeline>`);
    await waitUntil(() => $(el, '[part~="show-more"]'), 'the first row and its button', { timeout: 5000 });
    const before = el.getBoundingClientRect().height;
    const errors = await loopErrorsWhenRenderedInDelivery($(el, '[part~="zoom-in"]')!, () => (el.limit = 0));
    expect(el.getBoundingClientRect().height, 'the render changed the height').to.not.equal(before);
    expect(errors).to.deep.equal([]);
  });
});
