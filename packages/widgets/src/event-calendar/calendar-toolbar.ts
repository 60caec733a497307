import { html, nothing, type TemplateResult } from 'lit';
import { dayKey, plainDate, type DayKey } from '@iisg/feed';
import { formatDayKey } from '../shared/format-dates.js';
import { periodName, type CalendarContext, type ListRange } from './calendar-context.js';
import type { CalendarView } from './event-calendar.js';

/**
 * What the toolbar reads of the calendar, also when the visitor acts: fields of `IisgEventCalendar`
 * (private to its users, not to this part of it), as url-sync's `UrlSyncTarget`.
 */
export interface ToolbarHost {
  readonly focusDay: DayKey;
  /** The `view` property: the switcher's pressed button. */
  readonly view: CalendarView;
  readonly offeredViews: CalendarView[];
}

/**
 * Previous, Today and Next, the heading that names the period, the month and year pickers and the view
 * switcher. `view` and `listMode` are those drawn: a narrow calendar draws the month (`host.view`, the
 * switcher's pressed button) as its `narrow-view`. `stepTo` says where previous (-1) and next go; `step`,
 * `toToday`, `pick` and `show` go there.
 */
export function calendarToolbar(
  ctx: CalendarContext,
  headingId: string,
  view: CalendarView,
  listMode: ListRange,
  host: ToolbarHost,
  stepTo: (direction: 1 | -1) => DayKey,
  step: (direction: 1 | -1) => void,
  toToday: () => void,
  pick: (year: number, month: number) => void,
  show: (view: CalendarView) => void,
): TemplateResult {
  const { messages } = ctx.locale;
  const heading =
    view === 'list' && listMode === 'upcoming' ? messages.calendar.upcoming
    : view === 'list' && listMode === 'past' ? messages.calendar.past
    : periodName(ctx, view, ctx.focusDay);
  const { year, month } = plainDate(ctx.focusDay);
  const bounds = ctx.feed.index.bounds();
  // The feed's years and one either side, at most 50 years from the shown one: an event from year 1 to 9999
  // (a typo, a "forever") made a picker of 10,000 years, which took Firefox seconds to draw.
  const firstYear = Math.max(year - 50, Math.min(year, bounds ? plainDate(bounds[0]).year : year) - 1);
  const lastYear = Math.min(year + 50, Math.max(year, bounds ? plainDate(bounds[1]).year : year) + 1);
  const views = host.offeredViews;
  // A month drawn as the list (or year) of a narrow calendar: its button says so, not only "Month, pressed".
  const drawnAs = view !== host.view ? messages.calendar.shownAs[view as 'list' | 'year'] : '';
  // The markup keeps the indentation it had in the element: the DOM's whitespace is as before.
  return html`
      <div class="toolbar" part="toolbar">
        <div class="nav">
          <button type="button" part="button previous" aria-label=${`${messages.calendar.previous}: ${periodName(ctx, view, stepTo(-1))}`} @click=${() => step(-1)}>
            <span aria-hidden="true">‹</span>
          </button>
          <button type="button" part="button go-today" @click=${() => toToday()}>${messages.calendar.today}</button>
          <button type="button" part="button next" aria-label=${`${messages.calendar.next}: ${periodName(ctx, view, stepTo(1))}`} @click=${() => step(1)}>
            <span aria-hidden="true">›</span>
          </button>
        </div>
        <div role="heading" aria-level=${ctx.headingLevel} id=${headingId} class="heading" part="heading" aria-live="polite">${heading}</div>
        ${view !== 'list' || listMode === 'month'
          ? html`<div class="pickers">
          ${view !== 'year'
            ? html`<label class="visually-hidden" for="month-picker">${messages.calendar.month}</label>
                <select id="month-picker" @change=${(e: Event) => pick(plainDate(host.focusDay).year, Number((e.target as HTMLSelectElement).value))}>
                  ${Array.from({ length: 12 }, (_, i) => html`<option value=${i + 1} .selected=${i + 1 === month}>${formatDayKey(dayKey(year, i + 1, 1), 'LLLL', ctx.locale)}</option>`)}
                </select>`
            : nothing}
          <label class="visually-hidden" for="year-picker">${messages.calendar.year}</label>
          <select id="year-picker" @change=${(e: Event) => pick(Number((e.target as HTMLSelectElement).value), plainDate(host.focusDay).month)}>
            ${Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i).map((y) => html`<option value=${y} .selected=${y === year}>${y}</option>`)}
          </select>
        </div>`
          : nothing}
        ${views.length > 1
          ? html`<div class="views" role="group" aria-label=${messages.calendar.viewSwitcher}>
              ${views.map(
                (v) => html`<button
                  type="button"
                  part=${`button view${v === host.view ? ' view-active' : ''}`}
                  aria-pressed=${v === host.view ? 'true' : 'false'}
                  aria-label=${v === host.view && drawnAs ? `${messages.calendar.views[v]}, ${drawnAs}` : nothing}
                  @click=${() => show(v)}
                >
                  ${messages.calendar.views[v]}
                </button>`,
              )}
            </div>`
          : nothing}
      </div>
    `;
}
