import type { CalendarContext } from './calendar-context.js';
import { gridStop, type PopoverHost } from './calendar-popover.js';

/**
 * The grid gave way to the list or back (a phone turned across the narrow width): the open popover stays open
 * at its event in the view drawn now (its first bar, its list item), a sheet or not as the new width says, focus
 * inside it staying; closed, it returns focus to what stands for the event there (its day's cell, its list item).
 * An event with no element there (behind "+N more", on another month's day the list leaves out, in the year view)
 * is anchored to its first day's cell, which names it; a day's events to that cell, or in the list to the item
 * of the first of them; failing those, to the list's first item, else the calendar. Loaded with the list view
 * (list-view.ts), the narrow calendar's view: only a calendar crossing that width needs it.
 */
export async function followView(host: PopoverHost, ctx: CalendarContext) {
  const content = host.eventPopover.content!;
  await host.updateComplete;
  if (content !== host.eventPopover.content) return;
  const root = host.renderRoot;
  const isDay = content.kind === 'day';
  const day = isDay ? content.day : ctx.index.span(content.event)![0];
  const cell = root.querySelector<HTMLElement>(`.body [data-day="${day}"]`);
  const own = (isDay ? ctx.index.onDay(day).filter(ctx.visible) : [content.event])
    .map((e) => root.querySelector<HTMLElement>(`.body [data-id="${CSS.escape(e.id)}"]`))
    .find(Boolean);
  const anchor = (isDay && cell) || own || cell || root.querySelector<HTMLElement>('.list [part~="list-item"]') || host;
  host.eventPopover.open(content, anchor, gridStop(host, day) || anchor);
}
