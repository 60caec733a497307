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
    const r = root();
    const more = [...r.querySelectorAll('.fc-more-link, .fc-daygrid-more-link')];
    return {
      heading: r.querySelector('.fc-toolbar-title, [class*="toolbar-title"]')?.textContent.trim() ?? '',
      grid: Boolean(r.querySelector('[role="grid"], .fc-daygrid-body')),
      days: r.querySelectorAll('[role="gridcell"], td.fc-daygrid-day').length,
      bars: [...r.querySelectorAll('.fc-event, .fc-daygrid-event')].filter(isShown).length,
      moreLinks: more.length,
      moreTotal: more.reduce((s, m) => s + moreCount(m), 0),
    };
  },
});
