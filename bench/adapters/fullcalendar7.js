// FullCalendar 7: the `fullcalendar` package (v7's vanilla JS build) with its day grid and the
// classic theme, plus the stylesheets its README asks for.
import { Calendar } from 'fullcalendar';
import dayGridPlugin from 'fullcalendar/daygrid';
import classicThemePlugin from 'fullcalendar/themes/classic';
import 'fullcalendar/skeleton.css';
import 'fullcalendar/themes/classic/theme.css';
import 'fullcalendar/themes/classic/palette.css';
import { expose, isShown, laidOut, moreCount, root } from './common.js';

let calendar;

expose('fullcalendar7', {
  async render(events, cap) {
    calendar = new Calendar(root(), {
      plugins: [dayGridPlugin, classicThemePlugin],
      initialView: 'dayGridMonth',
      initialDate: '2025-03-01',
      timeZone: 'UTC',
      headerToolbar: { start: 'title', center: '', end: 'today prev,next' },
      firstDay: 0,
      fixedWeekCount: false,
      height: '100%',
      dayMaxEvents: cap,
      events,
    });
    calendar.render();
    return laidOut();
  },
  async next() {
    calendar.next();
    return laidOut();
  },
  check() {
    // v7's class names are hashed: go by roles, the event colour property and the "more" button.
    const r = root();
    const more = [...r.querySelectorAll('[role="gridcell"] [role="button"][aria-haspopup="dialog"]')].filter(isShown);
    return {
      heading: r.querySelector('[role="heading"]')?.textContent.trim() ?? '',
      grid: Boolean(r.querySelector('[role="grid"]')),
      days: r.querySelectorAll('[role="gridcell"]').length,
      bars: [...r.querySelectorAll('[role="gridcell"] [style*="--fc-event-color"]')].filter(isShown).length,
      moreLinks: more.length,
      moreTotal: more.reduce((s, m) => s + moreCount(m), 0),
    };
  },
});
