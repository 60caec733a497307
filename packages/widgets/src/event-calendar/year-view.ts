import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { addMonths, dayKey, endOfMonth, plainDate, startOfMonth, startOfWeek, type DayKey, type EventIndex, type FeedEvent } from '@iisg/feed';
import { plural } from '../locales/messages.js';
import { formatDayKey } from '../shared/format-dates.js';
import { title } from '../shared/event-view.js';
import { dayLabel, type CalendarContext } from './calendar-context.js';

export { yearStyles } from './year-view.styles.js';

/**
 * Twelve mini-months showing which days have events (density; a day's name says its titles).
 *
 * Keyboard: the year is one composite, twelve WAI-ARIA grids (one per month, under its month's heading) that
 * share a single roving tab stop, on the calendar's focused day; the name of that day's month is the
 * only other tab stop. Every day can take focus, with or without events:
 * - Left/Right: previous/next day, across months and years (swapped on a right-to-left page);
 * - Up/Down: the same weekday a week earlier/later;
 * - Home/End: first/last day of the week, within the month (Ctrl: of the month);
 * - PageUp/PageDown: the same day a month earlier/later (Shift: a year);
 * - Enter/Space (or a click): the month view on that day, with focus on it.
 */
export function yearView(ctx: CalendarContext): TemplateResult {
  const { year } = plainDate(ctx.focusDay);
  const days = eventsPerDay(ctx, year);
  const weekdays = Array.from({ length: 7 }, (_, i) => startOfWeek(dayKey(2024, 1, 1), ctx.weekStartsOn) + i);

  const onKeydown = (event: KeyboardEvent) => {
    const button = (event.target as HTMLElement).closest<HTMLElement>('.mini-day');
    if (!button || event.altKey || event.metaKey) return; // the month names, and the browser's shortcuts
    // The day that has focus (a screen reader can move focus without the arrow keys).
    const day = Number(button.dataset.day);
    const week = startOfWeek(day, ctx.weekStartsOn);
    const step = getComputedStyle(event.currentTarget as Element).direction === 'rtl' ? -1 : 1;
    const move: Record<string, () => DayKey> = {
      ArrowLeft: () => day - step,
      ArrowRight: () => day + step,
      ArrowUp: () => day - 7,
      ArrowDown: () => day + 7,
      // The week's row ends at the month's edges: the days beyond are in another mini-month.
      Home: () => (event.ctrlKey ? startOfMonth(day) : Math.max(week, startOfMonth(day))),
      End: () => (event.ctrlKey ? endOfMonth(day) : Math.min(week + 6, endOfMonth(day))),
      PageUp: () => addMonths(day, event.shiftKey ? -12 : -1),
      PageDown: () => addMonths(day, event.shiftKey ? 12 : 1),
    };
    if (!move[event.key]) return;
    event.preventDefault();
    moveFocus(ctx, button.getRootNode() as ShadowRoot, move[event.key]());
  };

  return html`
    <div class="year" part="year" @keydown=${onKeydown}>
      ${Array.from({ length: 12 }, (_, m) => miniMonth(ctx, dayKey(year, m + 1, 1), days, weekdays))}
    </div>
  `;
}

/**
 * The last year counted with each range index (one per feed and time zone): its events, those the filters
 * let through, and those by day. Going back to the year view, or drawing it again, counted 10,000 events anew.
 */
const counted = new WeakMap<EventIndex<FeedEvent>, { year: number; events: FeedEvent[]; shown: FeedEvent[]; days: Map<DayKey, FeedEvent[]> }>();

/**
 * The visible events of each day of the year (a day without any is left out). Counted again only for another
 * feed, time zone or year, or when the filters and search let other events through: never stale.
 */
function eventsPerDay(ctx: CalendarContext, year: number): Map<DayKey, FeedEvent[]> {
  const from = dayKey(year, 1, 1);
  const to = dayKey(year, 12, 31);
  let last = counted.get(ctx.index);
  if (last?.year !== year) counted.set(ctx.index, (last = { year, events: ctx.index.between(from, to), shown: [], days: new Map() }));
  const shown = last.events.filter(ctx.visible);
  if (shown.length === last.shown.length && shown.every((event, i) => event === last.shown[i])) return last.days;
  const days = new Map<DayKey, FeedEvent[]>();
  for (const event of shown) {
    const [start, end] = ctx.index.span(event)!;
    for (let d = Math.max(start, from); d <= Math.min(end, to); d++) {
      let list = days.get(d);
      if (!list) days.set(d, (list = []));
      list.push(event);
    }
  }
  last.shown = shown;
  last.days = days;
  return days;
}

/**
 * One month: its name (a heading, and a button opening it) over a grid of week rows. The grid has no name of its
 * own: named by its month, it had a screen reader say "January" again after the heading, and before the first day
 * reached from another month (whose name says its month and year).
 */
function miniMonth(ctx: CalendarContext, first: DayKey, days: Map<DayKey, FeedEvent[]>, weekdays: DayKey[]) {
  const last = endOfMonth(first);
  const weeks: DayKey[] = [];
  for (let start = startOfWeek(first, ctx.weekStartsOn); start <= last; start += 7) weeks.push(start);
  return html`
    <section class="mini-month" part="mini-month">
      <div role="heading" aria-level=${Math.min(6, ctx.headingLevel + 1)} class="mini-month-heading">
        <button
          type="button"
          class="mini-month-name"
          part="button mini-month-name"
          tabindex=${first === startOfMonth(ctx.focusDay) ? 0 : -1}
          @click=${() => ctx.openMonth(first)}
        >
          ${formatDayKey(first, 'LLLL', ctx.locale)}
        </button>
      </div>
      <div role="grid" class="mini-grid">
        <!-- One letter ("M T W"), as mini-months write them: the short names ("pon. tor. sre." in Slovenian) touched
             and wrapped in a phone's two columns. Hidden: each day's name says its weekday in full. -->
        <div class="mini-weekdays" aria-hidden="true">${weekdays.map((d) => html`<span>${formatDayKey(d, 'ccccc', ctx.locale)}</span>`)}</div>
        ${weeks.map(
          (start) => html`<div role="row" class="mini-week">
            ${Array.from({ length: 7 }, (_, i) => start + i)
              .filter((day) => day <= last)
              // Days of the month before stay as empty cells, so that each column is one weekday.
              .map((day) => (day < first ? html`<div role="gridcell"></div>` : miniDay(ctx, day, days.get(day) ?? [])))}
          </div>`,
        )}
      </div>
    </section>
  `;
}

function miniDay(ctx: CalendarContext, day: DayKey, events: FeedEvent[]) {
  // The shading counts what takes place on the day: a day of cancelled or postponed (no date yet) events
  // only is not shaded (its number is bold).
  const count = events.filter((e) => e.status !== 'cancelled' && e.status !== 'postponed').length;
  const level = count === 0 ? 0 : count === 1 ? 1 : count < 4 ? 2 : 3;
  const isToday = day === ctx.today;
  const shade = events.length ? ` has-events${level ? ` level-${level}` : ''}` : '';
  return html`<div role="gridcell">
    <button
      type="button"
      class="mini-day${shade} ${isToday ? 'today' : ''}"
      part="mini-day${shade}${isToday ? ' today' : ''}"
      data-day=${day}
      tabindex=${day === ctx.focusDay ? 0 : -1}
      aria-label=${dayLabel(ctx, day, events.length ? dayEvents(ctx, events) : ctx.locale.messages.calendar.noEvents)}
      aria-current=${isToday ? 'date' : nothing}
      @click=${() => ctx.openMonth(day)}
    >${plainDate(day).day}</button>
  </div>`;
}

/** How many titles a day's name says; a day with more says two and "and N more". */
const NAMED = 3;

/**
 * A day's events as its name says them, short: their titles, a status other than scheduled after its title
 * ("Meeting (Cancelled)"); of more than three, the first two that take place and "and 3 more, 1 cancelled".
 */
function dayEvents(ctx: CalendarContext, events: FeedEvent[]): string {
  const { messages } = ctx.locale;
  const off = (e: FeedEvent) => e.status === 'cancelled';
  const sorted = [...events.filter((e) => !off(e)), ...events.filter(off)];
  const named = sorted.length > NAMED ? sorted.slice(0, NAMED - 1) : sorted;
  const said = named.map((e) => `${title(ctx.feed, e, ctx.lang)}${e.status === 'scheduled' ? '' : ` (${messages.status[e.status]})`}`);
  const rest = sorted.slice(named.length);
  const cancelled = rest.filter(off).length;
  if (rest.length)
    said.push(`${plural(messages.calendar.andMore, rest.length, ctx.lang)}${cancelled ? `, ${plural(messages.calendar.cancelledCount, cancelled, ctx.lang)}` : ''}`);
  return said.join('; ');
}

/** Make `day` the year's tab stop (drawing its year if it is in another) and focus it. */
function moveFocus(ctx: CalendarContext, root: ShadowRoot, day: DayKey) {
  if (day !== ctx.focusDay) ctx.focusOn(day);
  (root.host as ReactiveElement).updateComplete.then(() => root.querySelector<HTMLElement>(`.mini-day[data-day="${day}"]`)?.focus());
}
