// <iisg-event-calendar> from the drop-in bundle, as a partner page would load it.
import '../../dist/iisg-widgets.min.js';
import { expose, isShown, laidOut, moreCount, root } from './common.js';

let el;

/** Lit renders in a microtask: wait until no update is pending, then lay out. */
async function settled() {
  while (!(await el.updateComplete));
  return laidOut();
}

expose('ours', {
  async render(events, cap) {
    el = document.createElement('iisg-event-calendar');
    el.setAttribute('view', 'month');
    el.setAttribute('date', '2025-03');
    el.setAttribute('first-day', '0');
    el.setAttribute('max-events', String(cap));
    el.feed = { version: 1, timeZone: 'UTC', events };
    // Done when the events are on screen: the calendar draws its empty frame first, while the feed
    // parser's chunk loads, and says the feed is shown with iisg-feed-load (after that render).
    const loaded = new Promise((resolve) => el.addEventListener('iisg-feed-load', resolve, { once: true }));
    root().append(el);
    await loaded;
    return settled();
  },
  async next() {
    el.shadowRoot.querySelector('[part~="next"]').click();
    return settled();
  },
  check() {
    const sr = el.shadowRoot;
    const more = [...sr.querySelectorAll('[role="grid"] [part~="more"]')];
    return {
      heading: sr.querySelector('[part~="heading"]')?.textContent.trim() ?? '',
      grid: Boolean(sr.querySelector('[role="grid"]')),
      days: sr.querySelectorAll('[role="gridcell"]').length,
      bars: [...sr.querySelectorAll('[role="grid"] [part~="event"]')].filter(isShown).length,
      moreLinks: more.length,
      moreTotal: more.reduce((s, m) => s + moreCount(m), 0),
    };
  },
});
