import { html } from 'lit';
import { dayKey, plainDate, daysInMonth, weekday, type DayKey } from '@iisg/feed';
import { plural } from '../locales/messages.js';
import { formatDayKey } from '../shared/format-dates.js';
import { fullDate, type CalendarContext } from './calendar-context.js';

export { yearStyles } from './year-view.styles.js';

/** Twelve mini-months showing which days have events (density, not titles). */
export function yearView(ctx: CalendarContext) {
  const { year } = plainDate(ctx.focusDay);
  const from = dayKey(year, 1, 1);
  const to = dayKey(year, 12, 31);
  const counts = new Map<DayKey, number>();
  for (const event of ctx.index.between(from, to)) {
    if (!ctx.visible(event)) continue;
    const [start, end] = ctx.index.span(event)!;
    for (let d = Math.max(start, from); d <= Math.min(end, to); d++) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  const weekdays = Array.from({ length: 7 }, (_, i) => {
    const d = dayKey(2024, 1, 1) + ((ctx.weekStartsOn + 6) % 7) + i; // 2024-01-01 was a Monday
    return d;
  });
  return html`
    <div class="year" part="year">
      ${Array.from({ length: 12 }, (_, m) => {
        const first = dayKey(year, m + 1, 1);
        const lead = (weekday(first) - ctx.weekStartsOn + 7) % 7;
        const total = daysInMonth(year, m + 1);
        return html`
          <section class="mini-month" part="mini-month">
            <h3>
              <button type="button" class="mini-month-name" part="button mini-month-name" @click=${() => ctx.openMonth(first)}>
                ${formatDayKey(first, 'LLLL', ctx.locale)}
              </button>
            </h3>
            <div class="mini-grid" role="presentation">
              ${weekdays.map((d) => html`<span class="mini-weekday" aria-hidden="true">${formatDayKey(d, 'cccccc', ctx.locale)}</span>`)}
              ${Array.from({ length: lead }, () => html`<span></span>`)}
              ${Array.from({ length: total }, (_, i) => {
                const day = first + i;
                const count = counts.get(day) ?? 0;
                const level = count === 0 ? 0 : count === 1 ? 1 : count < 4 ? 2 : 3;
                const isToday = day === ctx.today;
                return count
                  ? html`<button
                      type="button"
                      class="mini-day level-${level} ${isToday ? 'today' : ''}"
                      part="mini-day has-events level-${level}"
                      aria-label=${`${fullDate(ctx, day)}: ${plural(ctx.locale.messages.eventCount, count, ctx.lang)}`}
                      @click=${() => ctx.openMonth(day)}
                    >${i + 1}</button>`
                  : html`<span class="mini-day ${isToday ? 'today' : ''}" part="mini-day">${i + 1}</span>`;
              })}
            </div>
          </section>
        `;
      })}
    </div>
  `;
}
