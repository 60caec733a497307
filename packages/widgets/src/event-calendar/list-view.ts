import { html, nothing, type TemplateResult } from 'lit';
import { endOfMonth, monthIndex, startOfMonth, type DayKey, type EventIndex, type FeedEvent } from '@iisg/feed';
import { organisationsOf, title, titleLang } from '../shared/event-view.js';
import { placePhrase } from '../shared/place-phrase.js';
import { renderPhrase } from '../shared/phrase.js';
import { keepSlashWords } from '../shared/slash-words.js';
import { colonAfter, fill, plural } from '../locales/messages.js';
import { formatDayKey, formatEventDates } from '../shared/format-dates.js';
import { LIST_PAGE, TODAY_SPREAD, periodName, type CalendarContext, type ListRange } from './calendar-context.js';
import type { PopoverHost } from './calendar-popover.js';

export { LIST_PAGE, type ListRange };
export { listStyles } from './list-view.styles.js';
export { followView } from './follow-view.js';

/** Each index's last answer: every "Show more" asks for the same days again (10,000 events, sorted each time). */
const lastBetween = new WeakMap<EventIndex<FeedEvent>, [DayKey, DayKey, FeedEvent[]]>();

/** `ctx.index.between(from, to)`, not to be changed (the next render may get the same array). */
function between(ctx: CalendarContext, from: DayKey, to: DayKey): FeedEvent[] {
  const last = lastBetween.get(ctx.index);
  if (last?.[0] === from && last[1] === to) return last[2];
  const events = ctx.index.between(from, to);
  lastBetween.set(ctx.index, [from, to, events]);
  return events;
}

/** Whether an event is over: its last day before its own today (`todayOf`: in its own zone with time-zone="event"). */
const ended = (ctx: CalendarContext, e: FeedEvent) => ctx.index.span(e)![1] < ctx.todayOf(e);

export function listEvents(ctx: CalendarContext, range: ListRange): FeedEvent[] {
  const bounds = ctx.index.bounds();
  if (!bounds) return [];
  if (range === 'month') {
    const first = startOfMonth(ctx.focusDay);
    return between(ctx, first, first + 30).filter((e) => monthIndex(Math.max(ctx.index.span(e)![0], first)) === monthIndex(first) && ctx.visible(e));
  }
  // An event's today may be up to TODAY_SPREAD days from the visitor's (`todayOf`: in its own zone).
  if (range === 'upcoming') return between(ctx, ctx.today - TODAY_SPREAD, Math.max(bounds[1], ctx.today)).filter((e) => !ended(ctx, e) && ctx.visible(e));
  return between(ctx, bounds[0], ctx.today + TODAY_SPREAD).filter((e) => ended(ctx, e) && ctx.visible(e)).reverse();
}

/** What the list asks of the calendar. */
export interface ListHost {
  /** The list's next page. */
  showMore(): void;
  /** The upcoming or past list, its first event focused. */
  showRange(range: 'upcoming' | 'past'): void;
  /** Whether events of `range` (or of days `range`..`to`) may be still to come: an index feed's period files for its days not all in. */
  pending(range: ListRange | DayKey, to?: DayKey): boolean;
  /**
   * Whether the filter row says how many events match: a search or filter is on (a preset too), and every period
   * file of an index feed has come or failed. An empty list with nothing to offer then says nothing more.
   */
  said: boolean;
  /** Whether the visitor searches or filters: every period file is asked for, and the other list's events are known once in. */
  searched: boolean;
  /** Whether the list view is shown, with its upcoming and past lists (not a narrow month drawn as a list). */
  ranges: boolean;
}

/**
 * Events grouped by month under sticky headings; each item opens the event's popover. An event that began
 * before the first day the list shows (the month's, today) is listed under that day's month, not its own.
 * A month's list has no heading of its own: the calendar's heading names the month, and a screen reader
 * would hear it twice. Undefined (the body is busy) while an empty list's events may be still to come.
 */
export function listView(ctx: CalendarContext, events: FeedEvent[], limit: number, range: ListRange, host: ListHost): unknown {
  if (!events.length) return emptyList(ctx, range, host);
  const shown = events.slice(0, limit);
  // Upcoming: from the earliest today of the events shown (each its own zone's with time-zone="event"), one day for
  // all, so the months only go forward.
  const from = range === 'month' ? startOfMonth(ctx.focusDay) : range === 'upcoming' ? Math.min(...shown.map(ctx.todayOf)) : undefined;
  const groups: { month: DayKey; events: FeedEvent[] }[] = [];
  for (const event of shown) {
    const start = ctx.index.span(event)![0];
    const month = startOfMonth(from === undefined ? start : Math.max(start, from));
    const group = groups[groups.length - 1];
    if (group?.month === month) group.events.push(event);
    else groups.push({ month, events: [event] });
  }
  const { messages } = ctx.locale;
  return html`
    <div class="list" part="list" @focusin=${keepInSight}>
      ${groups.map(
        (group) => html`
          <section class="list-month">
            ${range === 'month' ? nothing : html`<div role="heading" aria-level=${Math.min(6, ctx.headingLevel + 1)} class="list-heading" part="list-heading">${formatDayKey(group.month, ctx.locale.messages.dates.monthYear, ctx.locale)}</div>`}
            <ul role="list">
              ${group.events.map((event) => listItem(ctx, event, (item) => ctx.selectEvent(event, item)))}
            </ul>
          </section>
        `,
      )}
      ${events.length > limit
        ? html`<button type="button" class="show-more" part="button show-more" @click=${host.showMore}>${plural(messages.calendar.more, Math.min(LIST_PAGE, events.length - limit), ctx.lang)}</button>`
        : nothing}
    </div>
  `;
}

/**
 * An empty list says so; an empty upcoming (past) list offers the past (upcoming) events when there are any
 * (`show-matches`, as the filter row's button for another month), or may have (their period files not fetched); an
 * empty month gone by (to come) offers the month of the nearest event before (after) it, or the past (upcoming) list.
 * Searched or filtered with none to offer, it says nothing where the filter row says it ("No events match",
 * "..., but not in April 2019", by its "Clear filters"); focus then goes to that line.
 */
function emptyList(ctx: CalendarContext, range: ListRange, host: ListHost) {
  if (host.pending(range)) return undefined;
  const { messages } = ctx.locale;
  // An empty month looks back from a month gone by (forward from one to come): the past (upcoming) list is its way on.
  const first = startOfMonth(ctx.focusDay);
  const back = range === 'month' ? first < startOfMonth(ctx.today) : range === 'upcoming';
  const other = back ? 'past' : 'upcoming';
  // Period files not yet asked for are taken to hold events (a preset's too), unless the visitor's search or filter
  // asks which: then all are asked for, and the button waits for them.
  // Any event in the other list, by listEvents' test (`ended`): not that list itself, whose sorting and the one-entry
  // cache it would take (each key typed in an empty list's search sorted both lists of the whole archive again).
  const inOther = (e: FeedEvent) => ctx.visible(e) && ended(ctx, e) === back;
  // A month searched or filtered: the filter row offers the nearest match's month.
  let offer: 'past' | 'upcoming' | undefined =
    range !== other && !(range === 'month' && host.said) && (ctx.feed.events.some(inOther) || (!host.searched && host.pending(other))) ? other : undefined;
  // A month: the nearest month with events that way once no file between is still to come (June 2019 with April's
  // event in: not the whole past list), else that list (which fetches them). Stepped back from the past list into
  // years whose period files are empty, a visitor met month after empty month with no sign of the older events. A
  // narrow month drawn as a list has no other list: the nearest month only.
  let month: DayKey | undefined;
  if (range === 'month' && offer) {
    const bounds = ctx.index.bounds();
    const around = bounds ? (back ? between(ctx, bounds[0], first - 1) : between(ctx, endOfMonth(first) + 1, bounds[1])).filter(ctx.visible) : [];
    const nearest = back ? around.at(-1) : around[0];
    const found = nearest && startOfMonth(ctx.index.span(nearest)![0]);
    if (found && !(back ? host.pending(found, first - 1) : host.pending(endOfMonth(first) + 1, endOfMonth(found)))) month = found;
    else if (!host.ranges || !host.pending(other)) offer = undefined;
  }
  if (host.said && !offer) return nothing;
  // Focusable from code: where focus goes when the day it was on is not in the list (a narrow calendar's empty month).
  return html`<p class="empty" part="empty" tabindex="-1">${range === 'past' ? messages.calendar.noPast : range === 'upcoming' ? messages.calendar.noUpcoming : messages.empty}</p>
    ${offer
      ? html`<button type="button" class="show-range" part="button show-matches" @click=${() => (month === undefined ? host.showRange(offer) : ctx.focusOn(month))}>
          ${month !== undefined ? fill(messages.calendar.showPeriod, { period: periodName(ctx, 'month', month) }) : offer === 'past' ? messages.calendar.showPast : messages.calendar.showUpcoming}
        </button>`
      : nothing}`;
}

/**
 * An item focused by the keyboard is scrolled clear of its month's sticky heading (its `scroll-margin`):
 * Chrome does so when Shift+Tab focuses it, Firefox left it under the heading or above the window. A
 * pointer's focus, or focus given back with `preventScroll`, is left where it is.
 */
function keepInSight(event: FocusEvent) {
  const item = event.target as HTMLElement;
  if (item.matches('.list-item:focus-visible')) item.scrollIntoView({ block: 'nearest' });
}

/**
 * An event's item, in the list and in a day's list (`day`): its dates, title, status, place and organisers,
 * said as one sentence that starts with its day. In a day's list a one-day all-day event shows no dates (the
 * list's heading says the day), but still says its day: a screen reader may hear the item alone.
 */
function listItem(ctx: CalendarContext, event: FeedEvent, select: (item: HTMLElement) => void, day?: DayKey, focus = false) {
  const { messages } = ctx.locale;
  const span = ctx.index.span(event)!;
  // Month names in full: there is room on the item's first line, and a screen reader says an abbreviated
  // one as written ("23 pri 2019", "23. апр 2019.").
  const dates = formatEventDates(event, ctx.locale, ctx.timeZone);
  // Each part of the place, and an organiser's full name, marked with its language where it is not the page's.
  const place = placePhrase(ctx.feed, event, ctx.lang);
  const organisers = organisationsOf(ctx.feed, event, 'organisers', ctx.lang);
  // Said as one sentence, with its weekday, as in the month grid: "Tuesday, 23 April 2019: 7th Meeting ...,
  // Tirana, Albania, RCC" (the parts are lines on screen, which a screen reader would run together).
  // The commas end the line before (`.then`), where no space comes before them in the name.
  const rest: [string, unknown, string?][] = [];
  if (event.status !== 'scheduled') rest.push(['list-status', messages.status[event.status], 'status']);
  if (place) rest.push(['list-place', renderPhrase(place.parts)]);
  if (organisers.length) rest.push(['list-organisers', organisers.map((o, i) => html`${i ? ', ' : ''}${named(o.shortName ?? o.name, o.shortName ? o.shortLang : o.lang)}`)]);
  const weekday = formatDayKey(span[0], 'EEEE', ctx.locale);
  return html`
    <li>
      <button type="button" class="list-item ${event.status}" part="list-item ${event.status}" data-id=${event.id} ?autofocus=${focus} @click=${(e: Event) => select(e.currentTarget as HTMLElement)}>
        ${day !== undefined && event.allDay && span[0] === span[1]
          ? html`<span class="visually-hidden">${weekday}, ${dates.text}${colonAfter(dates.text)}</span>`
          : html`<span class="list-date"><span class="visually-hidden">${weekday}, </span><time datetime=${dates.datetime}>${dates.text}</time>${dates.zoneNote ? html`<span class="muted">${` ${dates.zoneNote}`}</span>` : nothing}<span class="said">${colonAfter(dates.zoneNote || dates.text)}</span></span>`}
        <span class="list-title ${rest.length ? 'then' : ''}" lang=${titleLang(ctx.feed, event, ctx.lang) ?? nothing}>${keepSlashWords(title(ctx.feed, event, ctx.lang))}</span>
        ${rest.map(([name, text, part], i) => html`<span class="${name} ${i < rest.length - 1 ? 'then' : ''}" part=${part ?? nothing}>${text}</span>`)}
      </button>
    </li>
  `;
}

/** A name, marked with its language where that is not the page's. */
const named = (name: string, lang: string | undefined) => (lang ? html`<span lang=${lang}>${name}</span>` : name);

/**
 * Above an event chosen in a day's list: back to that list (Esc too, event-popover.ts), where the event's
 * item takes focus again. Named as the list's heading is, then a word said only ("Events on 23 April 2019 – Back"):
 * the name starts with what is seen, for speech input.
 */
export function backToDay(host: PopoverHost, ctx: CalendarContext, event: FeedEvent, fromDay: DayKey) {
  const back = () => host.eventPopover.open({ kind: 'day', day: fromDay, focus: event.id }, host, host, true);
  return html`<button type="button" class="link-button popover-back" part="button back" @click=${back}><span aria-hidden="true">‹ </span>${eventsOn(ctx, fromDay)}<span class="visually-hidden"> – ${ctx.locale.messages.calendar.back}</span></button>`;
}

/** "Events on 23 April 2019": the day list's heading, and the name of the button back to it. */
const eventsOn = (ctx: CalendarContext, day: DayKey) =>
  ctx.locale.messages.calendar.eventsOn.replace('{date}', formatDayKey(day, ctx.locale.messages.dates.dayMonthYear, ctx.locale));

/** The events of one day, for the day popover ("+N more", Enter on a day); each opens the event; `focusId`: the item that takes focus (back from that event). */
export function dayList(ctx: CalendarContext, day: DayKey, showEvent: (event: FeedEvent) => void, focusId?: string): TemplateResult {
  const events = ctx.index.onDay(day).filter(ctx.visible);
  return html`
    <div role="heading" aria-level=${ctx.headingLevel} id="popover-title" class="details-title" tabindex="-1">${eventsOn(ctx, day)}</div>
    ${events.length
      ? html`<ul class="day-list" role="list">
          ${events.map((event) => listItem(ctx, event, () => showEvent(event), day, event.id === focusId))}
        </ul>`
      : html`<p class="empty">${ctx.locale.messages.calendar.noEvents}</p>`}
  `;
}
