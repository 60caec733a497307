import type { DayKey, EventIndex, Feed, FeedEvent } from '@iisg/feed';
import { parseIsoDate, pickText } from '@iisg/feed';
import type { LoadedLocale } from '../locales/load-locale.js';
import { colonAfter } from '../locales/messages.js';
import { placeOf, title } from '../shared/event-view.js';
import { formatDayKey, formatStartTime, type TimeZoneMode } from '../shared/format-dates.js';

/** The list's range: `upcoming` (from today on), `past` (newest first), or the month of `focusDay`. */
export type ListRange = 'upcoming' | 'past' | 'month';

/** How many list items render before "Show more": a decade of events must not build 10,000 nodes. */
export const LIST_PAGE = 100;
/** Days an event's own today may be behind the visitor's (`todayOf`, time-zone="event": zones from -12 to +14 hours). */
export const TODAY_SPREAD = 2;

/** What every view of the calendar renders from: resolved data and the element's callbacks. */
export interface CalendarContext {
  feed: Feed;
  locale: LoadedLocale;
  lang: string;
  timeZone: TimeZoneMode;
  /** Range index in the display zone. */
  index: EventIndex<FeedEvent>;
  /** The events that pass the filters. */
  visible: (event: FeedEvent) => boolean;
  today: DayKey;
  /** Today for an event, its days counted as `index` counts them (`todayFor`: with `time-zone="event"`, its own zone's). */
  todayOf: (event: FeedEvent) => DayKey;
  focusDay: DayKey;
  weekStartsOn: number;
  weekNumbers: boolean;
  /** Bars per day before "+N more". */
  maxLanes: number;
  /** The calendar's heading level (1-6); its views' headings are one below, at most 6. */
  headingLevel: number;
  /** A narrow container: "+N more" is only "+N" (a sidebar's column has no room for "+3 weitere"). */
  narrow: boolean;
  /**
   * `day`: the day cell that stands for an anchor that cannot take focus (an event bar); `keepPlace`: shown
   * in the open popover, in its place (another event chosen in it); `fromDay`: chosen in that day's list.
   */
  selectEvent: (event: FeedEvent, anchor: HTMLElement, day?: DayKey, keepPlace?: boolean, fromDay?: DayKey) => void;
  openDay: (day: DayKey, anchor: HTMLElement) => void;
  focusOn: (day: DayKey) => void;
  openMonth: (day: DayKey) => void;
}

/**
 * The month ("April 2019") or, in the year view (`view`: the view drawn), the year a day is in ("2019", Croatian
 * "2019."): what the heading names.
 */
export function periodName(ctx: CalendarContext, view: string, day: DayKey): string {
  const { dates } = ctx.locale.messages;
  return formatDayKey(day, view === 'year' ? dates.year : dates.monthYear, ctx.locale);
}

/** "Tuesday, 23 April 2019" */
export function fullDate(ctx: CalendarContext, day: DayKey): string {
  const { dates } = ctx.locale.messages;
  return `${formatDayKey(day, 'EEEE', ctx.locale)}, ${formatDayKey(day, dates.dayMonthYear, ctx.locale)}`;
}

/**
 * A day's label, "Tuesday, 23 April 2019: two events". A date that ends in a full stop (Serbian, Croatian,
 * Bosnian "23. april 2019.", Macedonian "23 април 2019 г.") takes no colon after it ("2019.:" reads as a typo).
 */
export function dayLabel(ctx: CalendarContext, day: DayKey, text: string): string {
  const date = fullDate(ctx, day);
  return `${date}${colonAfter(date)} ${text}`;
}

/**
 * What a screen reader hears for an event: "7th Meeting of the NFP Group, Tirana, Albania, Cancelled";
 * a timed event starts with its time ("09:30 Working lunch, Belgrade, Serbia"), but said for one of its
 * days (`day`) only on its first day in the zone shown: on the next day "20:00" would be a start that day.
 */
export function eventSummary(ctx: CalendarContext, event: FeedEvent, day?: DayKey): string {
  const parts = [title(ctx.feed, event, ctx.lang)];
  const place = placeOf(ctx.feed, event, ctx.lang);
  if (place) parts.push(place.text);
  if (event.status !== 'scheduled') parts.push(ctx.locale.messages.status[event.status]);
  const time = day === undefined || day === ctx.index.span(event)![0] ? formatStartTime(event, ctx.locale, ctx.timeZone) : undefined;
  return `${time ? `${time} ` : ''}${parts.join(', ')}`;
}

/** A bar's text: the title, after the start time for a timed event ("09:30 Working lunch"). */
export function shortTitle(ctx: CalendarContext, event: FeedEvent, withTime = true): string {
  const text = pickText(event.title, ctx.lang, ctx.feed.language);
  const time = withTime ? formatStartTime(event, ctx.locale, ctx.timeZone) : undefined;
  return time ? `${time} ${text}` : text;
}

/** `2019`, `2019-04` or `2019-04-23` (the `date` attribute, a shared link): the first day of the year or month, or the day. */
export function parseDateAttribute(text: string): DayKey | undefined {
  const value = text.trim();
  if (/^\d{4}$/.test(value)) return parseIsoDate(`${value}-01-01`);
  if (/^\d{4}-\d{2}$/.test(value)) return parseIsoDate(`${value}-01`);
  return parseIsoDate(value);
}
