// vkurko's EventCalendar (@event-calendar/core, Svelte 5) with its DayGrid plugin and stylesheet.
// Its only per-day cap is `dayMaxEvents: true` (as many bars as fit the cell): in the bench's 900 px box
// a six-week month fits three, like the others' cap, and event-calendar.html keeps that row height for
// five-week months (bench.mjs reports what each library shows, to check).
import { createCalendar, DayGrid } from '@event-calendar/core';
import '@event-calendar/core/index.css';
import { expose, isShown, laidOut, moreCount, root } from './common.js';

let calendar;
let pending;

/** Resolves at the end of EventCalendar's event rendering cycle (its eventAllUpdated callback). */
function rendered() {
  return new Promise((resolve) => (pending = resolve));
}

expose('event-calendar', {
  async render(events, cap) {
    const done = rendered();
    calendar = createCalendar(root(), [DayGrid], {
      view: 'dayGridMonth',
      date: '2025-03-01',
      firstDay: 0,
      height: '100%',
      dayMaxEvents: cap > 0,
      events,
      eventAllUpdated: () => pending?.(),
    });
    await done;
    return laidOut();
  },
  async next() {
    const done = rendered();
    calendar.next();
    await done;
    return laidOut();
  },
  check() {
    const r = root();
    const more = [...r.querySelectorAll('.ec-day a[role="button"]')].filter(isShown);
    return {
      heading: r.querySelector('.ec-title, h2')?.textContent.trim() ?? '',
      grid: Boolean(r.querySelector('.ec-day-grid, .ec-body')),
      days: r.querySelectorAll('.ec-day').length,
      bars: [...r.querySelectorAll('.ec-event')].filter(isShown).length,
      moreLinks: more.length,
      moreTotal: more.reduce((s, m) => s + moreCount(m), 0),
    };
  },
});
