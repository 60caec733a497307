import type { CalendarContext } from './calendar-context.js';
import { gridStop, type PopoverContent, type PopoverHost } from './calendar-popover.js';

/**
 * The grid gave way to the list or back (a phone turned across the narrow width) under the open popover
 * showing `content`, and the new view is drawn: the popover stays open at its event there (its first bar, its
 * list item), a sheet or not as the new width says, focus inside it staying; closed, it returns focus to what
 * stands for the event there (its day's cell, its list item). An event with no element there (behind "+N more",
 * on another month's day the list leaves out, in the year view) is anchored to its first day's cell, which
 * names it; a day's events to that cell, or in the list to the item of the first of them; failing those, to the
 * list's first item, brought into sight. Closed instead where there is nothing to anchor it to, or its event
 * is no longer in the feed; closed meanwhile, it stays so. Either way, focus that was in it, or that went with
 * the element it was to return to (to the page's body), goes to the day at the next render (`refocus`, where
 * the calendar had focus), not focus the visitor moved elsewhere. Loaded with the list view (list-view.ts), the
 * narrow calendar's view: only a calendar crossing that width needs it. The move's promise, if it moved.
 */
export function followView(host: PopoverHost, content: PopoverContent, context: () => CalendarContext | null | undefined, refocus: () => void) {
  const ctx = host.eventPopover.content === content ? context() : undefined;
  const root = host.renderRoot;
  const isDay = content.kind === 'day';
  // The feed may have been replaced while the popover was open: the event as it is now, if it still is.
  const event = isDay ? undefined : ctx?.feed.byId.get(content.event.id);
  const span = event && ctx!.index.span(event);
  const day = isDay ? content.day : span?.[0];
  const cell = root.querySelector<HTMLElement>(`.body [data-day="${day}"]`);
  const own =
    ctx &&
    (isDay ? ctx.index.onDay(content.day).filter(ctx.visible) : event ? [event] : [])
      .map((e) => root.querySelector<HTMLElement>(`.body [data-id="${CSS.escape(e.id)}"]`))
      .find(Boolean);
  const anchor = ctx && (isDay || span) && ((isDay && cell) || own || cell || root.querySelector<HTMLElement>('.list [part~="list-item"]'));
  if (anchor) {
    // A list item may be far down the list, and a popover (not a sheet) is drawn beside it.
    anchor.scrollIntoView({ block: 'nearest' });
    // The event as the feed now has it, still with the day's list it was chosen in (its Back button).
    return host.eventPopover.open(isDay || event === content.event ? content : { ...content, event: event! }, anchor, gridStop(host, day!) || anchor);
  }
  // In the calendar: only from the popover. Outside it: only if lost to the page's body (a calendar inside
  // another shadow root is that root's host to the document, so focus the visitor moved elsewhere is not taken).
  const inside = (root as ShadowRoot).activeElement;
  if (inside ? inside.closest('.popover') : !document.activeElement || document.activeElement === document.body) refocus();
  host.eventPopover.close(false);
}
