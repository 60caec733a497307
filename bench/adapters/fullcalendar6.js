// FullCalendar 6: @fullcalendar/core + @fullcalendar/daygrid (v6 injects its own CSS).
import { Calendar } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import { expose, isShown, laidOut, moreCount, root } from './common.js';

let calendar;

expose('fullcalendar6', {
  async render(events, cap) {
    calendar = new Calendar(root(), {
      plugins: [dayGridPlugin],
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
    const more = [...r.querySelectorAll('.fc-daygrid-more-link')];
    return {
      heading: r.querySelector('.fc-toolbar-title')?.textContent.trim() ?? '',
      grid: Boolean(r.querySelector('.fc-daygrid-body')),
      days: r.querySelectorAll('td.fc-daygrid-day').length,
      bars: [...r.querySelectorAll('.fc-daygrid-event')].filter(isShown).length,
      moreLinks: more.length,
      moreTotal: more.reduce((s, m) => s + moreCount(m), 0),
    };
  },
});
