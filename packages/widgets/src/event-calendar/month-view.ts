import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from '../shared/style-props.js';
import { addMonths, endOfMonth, isoWeek, monthIndex, startOfMonth, weekday, type DayKey, type FeedEvent } from '@iisg/feed';
import { plural } from '../locales/messages.js';
import { formatDayKey } from '../shared/format-dates.js';
import { dayLabel, eventSummary, shortTitle, type CalendarContext } from './calendar-context.js';
import { layoutWeeks, monthWeeks } from './month-layout.js';

/** The weeks the month of `day` shows (first days), and the grid's first and last day, other months' included. */
export function monthGridDays(day: DayKey, weekStartsOn: number) {
  const weeks = monthWeeks(startOfMonth(day), endOfMonth(day), weekStartsOn);
  return { weeks, gridStart: weeks[0], gridEnd: weeks[weeks.length - 1] + 6 };
}

/** The weeks the focused day's month shows, and the events (those the filters let through) on them. */
export function monthGrid(ctx: CalendarContext) {
  const days = monthGridDays(ctx.focusDay, ctx.weekStartsOn);
  return { ...days, items: ctx.index.between(days.gridStart, days.gridEnd).filter(ctx.visible) };
}

/** The month grid (WAI-ARIA grid pattern): one tab stop, arrows by day, Enter opens the day's events. */
export function monthView(ctx: CalendarContext, headingId: string, grid = monthGrid(ctx)): TemplateResult {
  const first = startOfMonth(ctx.focusDay);
  const { weeks, gridStart, items } = grid;
  const rows = layoutWeeks(weeks, items, (e) => ctx.index.span(e)!, ctx.maxLanes);
  const offset = ctx.weekNumbers ? 1 : 0;
  const { messages } = ctx.locale;
  const weekdays = weeks[0] === undefined ? [] : Array.from({ length: 7 }, (_, i) => gridStart + i);

  const onKeydown = (event: KeyboardEvent) => {
    // The cell that has focus (a screen reader can move focus without the arrow keys).
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[role="gridcell"]');
    const day = cell ? Number(cell.dataset.day) : ctx.focusDay;
    const move: Record<string, () => DayKey> = {
      ArrowLeft: () => day - 1,
      ArrowRight: () => day + 1,
      ArrowUp: () => day - 7,
      ArrowDown: () => day + 7,
      // Ctrl: the month's first or last day, as in the year view.
      Home: () => (event.ctrlKey ? startOfMonth(day) : day - ((day - gridStart) % 7)),
      End: () => (event.ctrlKey ? endOfMonth(day) : day + 6 - ((day - gridStart) % 7)),
      PageUp: () => addMonths(day, event.shiftKey ? -12 : -1),
      PageDown: () => addMonths(day, event.shiftKey ? 12 : 1),
    };
    if (getComputedStyle(event.currentTarget as Element).direction === 'rtl') {
      [move.ArrowLeft, move.ArrowRight] = [move.ArrowRight, move.ArrowLeft];
    }
    if (move[event.key]) {
      event.preventDefault();
      // Home on the week's first day goes nowhere: asking to focus it would leave a focus request
      // pending that a later render (a click elsewhere) would act on.
      const target = move[event.key]();
      if (target !== day) ctx.focusOn(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      ctx.openDay(day, event.target as HTMLElement);
    }
  };

  return html`
    <div role="grid" class="month" part="month" aria-labelledby=${headingId} @keydown=${onKeydown} ${styleProps({ '--lanes': String(ctx.maxLanes) })}>
      <div role="row" class="weekdays">
        ${ctx.weekNumbers ? html`<div role="columnheader" class="week-number" part="week-number">${messages.calendar.weekColumn}</div>` : nothing}
        ${weekdays.map(
          (d) => html`<div role="columnheader" part="weekday">
            <span class="visually-hidden">${formatDayKey(d, 'cccc', ctx.locale)}</span><span aria-hidden="true">${formatDayKey(d, 'ccc', ctx.locale)}</span>
          </div>`,
        )}
      </div>
      ${rows.map(
        (row) => html`
          <div role="row" class="week">
            ${ctx.weekNumbers
              ? html`<div role="rowheader" class="week-number" part="week-number" aria-label=${messages.calendar.week.replace('{week}', String(rowWeek(row.start)))}>${rowWeek(row.start)}</div>`
              : nothing}
            ${row.days.map((day, col) => dayCell(ctx, day, col + offset, row.itemsByDay[col], monthIndex(day) !== monthIndex(first)))}
            ${row.segments.map((s) => bar(ctx, s.item, row.days[s.startCol], s.startCol + offset, s.endCol + offset, s.lane, s.continuesBefore, s.continuesAfter))}
            ${row.days.map((day, col) => (row.hidden[col] ? moreButton(ctx, day, col + offset, row.hidden[col]) : nothing))}
          </div>
        `,
      )}
    </div>
  `;
}

/**
 * The ISO week a row shows: the week of its Thursday. A row that starts on Sunday (or Saturday) holds the
 * last day of the week before and six days of this one.
 */
function rowWeek(start: DayKey): number {
  return isoWeek(start + ((4 - weekday(start) + 7) % 7));
}

function dayCell(ctx: CalendarContext, day: DayKey, col: number, items: FeedEvent[], outside: boolean) {
  const { messages } = ctx.locale;
  const isToday = day === ctx.today;
  // Every event of the day, those behind "+N more" too: the cell is what a keyboard or screen reader uses.
  const label = dayLabel(ctx, day, items.length ? items.map((e) => eventSummary(ctx, e, day)).join('; ') : messages.calendar.noEvents);
  const parts = ['day', isToday ? 'today' : '', outside ? 'outside' : '', items.length ? 'has-events' : ''].filter(Boolean).join(' ');
  return html`
    <div
      role="gridcell"
      class="day ${isToday ? 'today' : ''} ${outside ? 'outside' : ''}"
      part=${parts}
      data-day=${day}
      tabindex=${day === ctx.focusDay ? 0 : -1}
      aria-label=${label}
      aria-current=${isToday ? 'date' : nothing}
      ${styleProps({ 'grid-column': String(col + 1) })}
      @click=${() => ctx.focusOn(day)}
    >
      <span class="day-number" part="day-number" aria-hidden="true">${formatDayKey(day, 'd', ctx.locale)}</span>
    </div>
  `;
}

/**
 * "+N more" at the foot of a day, for the pointer: like the bars it sits beside the cell, hidden from
 * assistive technology, since the cell already names every event and Enter on it opens the same list.
 * (Inside the cell its text would have to be part of the cell's name, WCAG 2.5.3.)
 */
function moreButton(ctx: CalendarContext, day: DayKey, col: number, hidden: number) {
  return html`<button
    type="button"
    class="more"
    part="more"
    tabindex="-1"
    aria-hidden="true"
    ${styleProps({ 'grid-column': String(col + 1) })}
    @click=${(e: Event) => ctx.openDay(day, e.currentTarget as HTMLElement)}
  >
    ${ctx.narrow ? `+${hidden}` : plural(ctx.locale.messages.calendar.more, hidden, ctx.lang)}
  </button>`;
}

/**
 * An event's bar in one week row; `day` is its first day in the row, whose cell takes focus for it. A status
 * other than scheduled is a word before the title, as in the list, for the eye only: the cell says it.
 */
function bar(ctx: CalendarContext, event: FeedEvent, day: DayKey, startCol: number, endCol: number, lane: number, before: boolean, after: boolean) {
  const multi = ctx.index.span(event)![0] !== ctx.index.span(event)![1];
  const parts = ['event', multi ? 'event-multi' : 'event-single', event.status, before ? 'continues-before' : '', after ? 'continues-after' : '']
    .filter(Boolean)
    .join(' ');
  return html`
    <div
      class="bar ${multi ? 'multi' : 'single'} ${event.status} ${before ? 'before' : ''} ${after ? 'after' : ''}"
      part=${parts}
      data-id=${event.id}
      aria-hidden="true"
      title=${eventSummary(ctx, event, day)}
      ${styleProps({ 'grid-column': `${startCol + 1} / ${endCol + 2}`, 'grid-row': String(lane + 2) })}
      @click=${(e: Event) => ctx.selectEvent(event, e.currentTarget as HTMLElement, day)}
    >
      ${event.status !== 'scheduled' ? html`<span class="bar-status">${ctx.locale.messages.status[event.status]}</span> ` : nothing}${shortTitle(ctx, event, !before)}
    </div>
  `;
}
