/**
 * Dates as a visitor reads them, in their language and the chosen time zone. Month names come from
 * the date-fns locale (browsers' Intl data for Albanian, Bosnian or Macedonian cannot be relied on);
 * the patterns from the language's messages. Views call these, never parse.
 */
import { format, formatDistanceStrict } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { isoDate, localTimeZone, plainDate, type DayKey, type FeedEvent } from '@iisg/feed';
import type { LoadedLocale } from '../locales/load-locale.js';
import { fill } from '../locales/messages.js';

/** `event`: each event in its own zone; `local`: the visitor's; or an IANA zone name. */
export type TimeZoneMode = 'event' | 'local' | (string & {});

/** The zone an event is shown in. */
export function displayZone(event: FeedEvent, mode: TimeZoneMode | undefined): string {
  if (!mode || mode === 'event') return event.timeZone;
  if (mode === 'local') return localTimeZone();
  return mode;
}

export interface EventDates {
  /** "23–25 April 2019", "24 April 2019, 09:00–17:00" */
  text: string;
  /** For `<time datetime>`: `2019-04-23` or an ISO instant. */
  datetime: string;
  /** Set when times are shown in a zone other than the visitor's: "Europe/Tirane time". */
  zoneNote?: string;
}

type MonthStyle = 'long' | 'short';

function patterns({ messages }: LoadedLocale, month: MonthStyle) {
  const p = messages.dates;
  const m = (s: string) => (month === 'short' ? s.replace('MMMM', 'MMM') : s);
  return { day: p.day, dayMonth: m(p.dayMonth), dayMonthYear: m(p.dayMonthYear), time: p.time };
}

/** A range of days, shared parts written once: "23–25 April 2019", "30 Nov – 1 Dec 2017". */
export function formatDayRange(start: DayKey, end: DayKey, locale: LoadedLocale, month: MonthStyle = 'long'): string {
  const p = patterns(locale, month);
  const options = { locale: locale.dateLocale };
  const a = localDate(start);
  const b = localDate(end);
  const last = format(b, p.dayMonthYear, options);
  if (start === end) return last;
  if (a.getFullYear() !== b.getFullYear()) return `${format(a, p.dayMonthYear, options)} – ${last}`;
  if (a.getMonth() !== b.getMonth()) return `${format(a, p.dayMonth, options)} – ${last}`;
  return `${format(a, p.day, options)}–${last}`;
}

/** Range-aware dates of an event, with times in the chosen zone for timed events. */
export function formatEventDates(event: FeedEvent, locale: LoadedLocale, mode?: TimeZoneMode, month: MonthStyle = 'long'): EventDates {
  if (event.allDay) return { text: formatDayRange(event.startDay, event.endDay, locale, month), datetime: isoDate(event.startDay) };
  const zone = displayZone(event, mode);
  const p = patterns(locale, month);
  const options = { locale: locale.dateLocale };
  const start = new TZDate(event.start, zone);
  const end = new TZDate(Math.max(event.start, event.end), zone);
  const sameDay = format(start, 'yyyy-MM-dd') === format(end, 'yyyy-MM-dd');
  const times = event.end > event.start ? `${format(start, p.time)}–${format(end, p.time)}` : format(start, p.time);
  const text = sameDay
    ? `${format(start, p.dayMonthYear, options)}, ${times}`
    : `${format(start, p.dayMonthYear, options)}, ${format(start, p.time)} – ${format(end, p.dayMonthYear, options)}, ${format(end, p.time)}`;
  const foreign = start.getTimezoneOffset() !== new Date(event.start).getTimezoneOffset();
  return {
    text,
    datetime: new Date(event.start).toISOString(),
    zoneNote: foreign ? fill(locale.messages.timeZoneNote, { zone: zone.replace(/_/g, ' ') }) : undefined,
  };
}

/** "in 3 days", "2 years ago" before and after; "Happening now" and "Ended" from the messages. */
export function relativeTime(event: FeedEvent, locale: LoadedLocale, now = Date.now()): string {
  // An all-day event runs from the visitor's midnight to their midnight.
  const shift = event.allDay ? new Date(event.start).getTimezoneOffset() * 60_000 : 0;
  const start = event.start + shift;
  const end = event.end + shift;
  if (now >= end) return locale.messages.relative.ended;
  if (now >= start) return locale.messages.relative.now;
  return formatDistanceStrict(start, now, { addSuffix: true, locale: locale.dateLocale, roundingMethod: 'round' });
}

/** "3 November 2026", for notices such as the saved-copy date. */
export function formatDay(ms: number, locale: LoadedLocale): string {
  return format(ms, locale.messages.dates.dayMonthYear, { locale: locale.dateLocale });
}

/** A local Date at midnight of a day key, for date-fns to format (never for arithmetic). */
function localDate(day: DayKey): Date {
  const { year, month, day: date } = plainDate(day);
  return new Date(year, month - 1, date);
}
