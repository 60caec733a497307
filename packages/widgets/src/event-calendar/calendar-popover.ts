import { startOfMonth, type DayKey, type FeedEvent } from '@iisg/feed';
import type { LazyPopover } from '../shared/lazy-popover.js';
import type { CalendarContext } from './calendar-context.js';
import type * as ListView from './list-view.js';

/**
 * What the calendar's popover shows: an event, or a day's events. `fromDay`: the event was chosen in that
 * day's list, which a Back button (and Esc) shows again; `focus`: the id of the event whose item takes focus.
 */
export type PopoverContent = { kind: 'event'; event: FeedEvent; fromDay?: DayKey } | { kind: 'day'; day: DayKey; focus?: string };

/**
 * The calendar's state its popover reads and sets: fields of `IisgEventCalendar` (private to its users,
 * not to this part of it), as url-sync's `UrlSyncTarget`.
 */
export interface PopoverHost extends HTMLElement {
  readonly renderRoot: ParentNode;
  readonly eventPopover: LazyPopover<PopoverContent>;
  focusDay: DayKey;
}

/** The event or day popover; `list`: the list view's module (a day's events), undefined while it loads. */
export function calendarPopover(host: PopoverHost, ctx: CalendarContext, list: () => typeof ListView | undefined) {
  return host.eventPopover.render(ctx.locale.messages.calendar.close, (content, details) =>
    content.kind === 'event'
      ? [
          // Only then: asking for the list's module loads it (an event opened from its bar needs none).
          content.fromDay !== undefined ? list()?.backToDay(host, ctx, content.event, content.fromDay) : undefined,
          details({
            feed: ctx.feed,
            event: content.event,
            locale: ctx.locale,
            lang: ctx.lang,
            timeZone: ctx.timeZone,
            headingId: 'popover-title',
            // A neighbour keeps the way back to the day's list the event was chosen in.
            onSelect: (other) => showEvent(host, ctx, other, content.fromDay),
          }),
        ]
      : list()?.dayList(ctx, content.day, (event) => showEvent(host, ctx, event, content.day), content.focus),
  );
}

/** Show another event in the open popover (a back-to-back neighbour, one of `fromDay`'s events): same place, same focus return. */
function showEvent(host: PopoverHost, ctx: CalendarContext, event: FeedEvent, fromDay?: DayKey) {
  const cell = host.renderRoot.querySelector<HTMLElement>(`[role="gridcell"][data-day="${host.focusDay}"]`);
  ctx.selectEvent(event, cell ?? host, undefined, true, fromDay);
}

/**
 * Open an event the page let the calendar show. An event bar cannot take focus (the day cells carry the
 * events for keyboard and screen-reader users), so a bar passes its first day: that cell becomes the
 * grid's focus stop and focus returns there on close. `keepPlace`: in the open popover, in its place.
 */
export function openEvent(host: PopoverHost, event: FeedEvent, anchor: HTMLElement, day?: DayKey, keepPlace = false, fromDay?: DayKey) {
  const returnTo = day !== undefined ? gridStop(host, day) ?? anchor : anchor;
  host.eventPopover.open({ kind: 'event', event, fromDay }, anchor.isConnected ? anchor : host, returnTo, keepPlace);
}

/** The day's events in the popover; a day without events says so (Enter on it must not do nothing). */
export function openDay(host: PopoverHost, day: DayKey, anchor: HTMLElement) {
  // From "+N more" (a pointer target hidden from assistive technology) focus returns to the day's cell.
  const returnTo = anchor.getAttribute('role') === 'gridcell' ? anchor : gridStop(host, day);
  host.eventPopover.open({ kind: 'day', day }, anchor, returnTo ?? anchor);
}

/**
 * The grid's focus stop for something chosen on `day` with the pointer: that day's cell, which becomes
 * the tab stop. A day of the month before or after (dimmed) does not switch the month under the
 * visitor: the current stop stays.
 */
export function gridStop(host: PopoverHost, day: DayKey): HTMLElement | null {
  if (startOfMonth(day) === startOfMonth(host.focusDay)) host.focusDay = day;
  return host.renderRoot.querySelector<HTMLElement>(`[role="gridcell"][data-day="${host.focusDay}"]`);
}
