/**
 * Dates as a visitor reads them, in their language and the chosen time zone. Month and weekday names
 * come from the date-fns locale (browsers' Intl data for Albanian, Bosnian or Macedonian cannot be
 * relied on); the patterns from the language's messages. Views call these, never parse.
 */
import { DAY_MS, isTimeZone, isoDate, localTimeZone, plainDate, wallClock, weekday, dayKey, zonedTimeToEpoch, type DayKey, type FeedEvent } from '@iisg/feed';
import type { LoadedLocale } from '../locales/load-locale.js';
import { fill } from '../locales/messages.js';
import { formatPattern, type DateParts } from './date-pattern.js';

/** `event`: each event in its own zone; `local`: the visitor's; or an IANA zone name. */
export type TimeZoneMode = 'event' | 'local' | (string & {});

/** The zone an event is shown in. */
export function displayZone(event: FeedEvent, mode: TimeZoneMode | undefined): string {
  if (!mode || mode === 'event') return event.timeZone;
  if (mode === 'local') return localTimeZone();
  return mode;
}

const warned = new Set<string>();

/**
 * A `time-zone` attribute as the elements use it: `event`, `local`, or a zone the runtime knows. A typo
 * (`Europe/Tirana`) falls back to each event's own zone, with a warning for the page's developer.
 */
export function checkedZoneMode(value: string | undefined, reporter: string): TimeZoneMode {
  if (!value || value === 'event' || value === 'local' || isTimeZone(value)) return value || 'event';
  if (!warned.has(value)) {
    warned.add(value);
    console.warn(`${reporter}: time-zone="${value}" is not a time zone (use event, local or an IANA name such as Europe/Tirane); showing each event in its own zone`);
  }
  return 'event';
}

export interface EventDates {
  /** "23–25 April 2019", "24 April 2019, 09:00–17:00" */
  text: string;
  /** For `<time datetime>`: `2019-04-23` or an ISO instant. */
  datetime: string;
  /** Set when times are shown in a zone other than the visitor's: "Time zone: Europe/Tirane". */
  zoneNote?: string;
}

type MonthStyle = 'long' | 'short';

function patterns({ messages }: LoadedLocale, month: MonthStyle) {
  const p = messages.dates;
  const m = (s: string) => (month === 'short' ? s.replace('MMMM', 'MMM') : s);
  return { day: p.day, dayMonth: m(p.dayMonth), dayMonthYear: m(p.dayMonthYear), time: p.time };
}

export function dayParts(day: DayKey): DateParts {
  return { ...plainDate(day), weekday: weekday(day) };
}

/** Format a day with a pattern of the mini-language in `date-pattern.ts`. */
export function formatDayKey(day: DayKey, pattern: string, locale: LoadedLocale): string {
  return formatPattern(dayParts(day), pattern, locale.dateLocale);
}

/** A range of days, shared parts written once: "23–25 April 2019", "30 Nov – 1 Dec 2017". */
export function formatDayRange(start: DayKey, end: DayKey, locale: LoadedLocale, month: MonthStyle = 'long'): string {
  const p = patterns(locale, month);
  const f = (day: DayKey, pattern: string) => formatDayKey(day, pattern, locale);
  const last = f(end, p.dayMonthYear);
  if (start === end) return last;
  const [a, b] = [plainDate(start), plainDate(end)];
  if (a.year !== b.year) return `${f(start, p.dayMonthYear)} – ${last}`;
  if (a.month !== b.month) return `${f(start, p.dayMonth)} – ${last}`;
  return `${f(start, p.day)}–${last}`;
}

/**
 * Wall-clock parts of an instant in a zone, and the zone's offset then (minutes west of UTC, as
 * Date#getTimezoneOffset counts). Through the feed package's Intl-based wallClock, so that displaying an
 * event needs no time-zone library in the first load.
 */
function zonedParts(ms: number, zone: string): DateParts & { offset: number } {
  const wall = wallClock(ms, zone);
  const day = dayKey(wall.year, wall.month, wall.day);
  const wallMs = day * DAY_MS + (wall.hour * 60 + wall.minute) * 60_000;
  const offset = -Math.round((wallMs - (ms - (((ms % 60_000) + 60_000) % 60_000))) / 60_000);
  return { ...wall, weekday: weekday(day), offset };
}

/** "09:30": a timed event's start in the chosen zone; undefined for an all-day event. */
export function formatStartTime(event: FeedEvent, locale: LoadedLocale, mode?: TimeZoneMode): string | undefined {
  if (event.allDay) return undefined;
  return formatPattern(zonedParts(event.start, displayZone(event, mode)), locale.messages.dates.time, locale.dateLocale);
}

/** Range-aware dates of an event, with times in the chosen zone for timed events. */
export function formatEventDates(event: FeedEvent, locale: LoadedLocale, mode?: TimeZoneMode, month: MonthStyle = 'long'): EventDates {
  if (event.allDay) return { text: formatDayRange(event.startDay, event.endDay, locale, month), datetime: isoDate(event.startDay) };
  const zone = displayZone(event, mode);
  const p = patterns(locale, month);
  const f = (parts: DateParts, pattern: string) => formatPattern(parts, pattern, locale.dateLocale);
  const start = zonedParts(event.start, zone);
  const endMs = Math.max(event.start, event.end);
  const end = zonedParts(endMs, zone);
  // Ending at midnight, it ends with its start's day ("15 April 2026, 22:00–00:00"), not on the next; a whole day
  // keeps both dates (not "00:00–00:00").
  const last = zonedParts(Math.max(event.start, event.end - 1), zone);
  const sameDay = dayKey(start.year, start.month, start.day) === dayKey(last.year, last.month, last.day) && (event.end <= event.start || f(start, p.time) !== f(end, p.time));
  const times = event.end > event.start ? `${f(start, p.time)}–${f(end, p.time)}` : f(start, p.time);
  const text = sameDay
    ? `${f(start, p.dayMonthYear)}, ${times}`
    : `${f(start, p.dayMonthYear)}, ${f(start, p.time)} – ${f(end, p.dayMonthYear)}, ${f(end, p.time)}`;
  // Not the visitor's clock at its start or at its end (a clock change between them, in either zone); across
  // a change in its own zone, named at both ends: "…Standard Time, GMT+1 – …Summer Time, GMT+2".
  const foreign = start.offset !== new Date(event.start).getTimezoneOffset() || end.offset !== new Date(endMs).getTimezoneOffset();
  const name = () => zoneName(event.start, zone, locale.lang) + (end.offset === start.offset ? '' : ` – ${zoneName(endMs, zone, locale.lang)}`);
  return {
    text,
    datetime: new Date(event.start).toISOString(),
    zoneNote: foreign ? fill(locale.messages.timeZoneNote, { zone: name() }) : undefined,
  };
}

/** An event's dates with their zone where it is not the visitor's: "23 April 2026, 23:30–01:00 (Time zone: …)". */
export function datesWithZone(dates: EventDates): string {
  return dates.zoneNote ? `${dates.text} (${dates.zoneNote})` : dates.text;
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * "Central European Summer Time, GMT+2": the zone's name at that instant, in the visitor's language, and its
 * offset. Where the browser has no name in the language, the offset alone ("GMT+2"; in English the city,
 * "Tirane, GMT+2"), never a name in another language: a browser may claim a language and answer in English
 * (Chromium's Bosnian), so a name that is the English one counts as none.
 */
function zoneName(ms: number, zone: string, lang: string): string {
  const part = (style: 'long' | 'shortOffset', tag: string) => {
    const key = `${tag}|${zone}|${style}`;
    let format = zoneFormats.get(key);
    if (!format) zoneFormats.set(key, (format = new Intl.DateTimeFormat(tag, { timeZone: zone, timeZoneName: style })));
    return format.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? '';
  };
  const offset = part('shortOffset', 'en');
  const english = lang === 'en';
  const name = Intl.DateTimeFormat.supportedLocalesOf(lang).length > 0 ? part('long', lang) : '';
  if (name && !/^(GMT|UTC)/.test(name) && (english || name !== part('long', 'en'))) return `${name}, ${offset}`;
  return english ? `${zone.split('/').pop()!.replace(/_/g, ' ')}, ${offset}` : offset;
}

/**
 * "in 3 days", "in about 2 years"; "Happening now" and "Ended" from the messages. `zone`: the named zone the element
 * shows dates in (`time-zone="Asia/Tokyo"`), whose days an all-day event's are counted in; else the visitor's.
 */
export function relativeTime(event: FeedEvent, locale: LoadedLocale, now = Date.now(), zone?: string): string {
  // An all-day event runs from midnight to midnight, each at its own offset: a clock change on its days (Auckland's on
  // 5 April 2026) moved one of them by an hour when both took the start's. The visitor's midnight, or the zone's:
  // a card set to Tokyo's time said "in 12 hours" to a visitor in New York of a day already begun in Tokyo.
  const midnight = (ms: number) => {
    const d = new Date(ms);
    if (zone) return zonedTimeToEpoch(zone, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    d.setFullYear(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    return d.setHours(0, 0, 0, 0);
  };
  const [start, end] = event.allDay ? [midnight(event.start), midnight(event.end)] : [event.start, event.end];
  if (now >= end) return locale.messages.relative.ended;
  if (now >= start) return locale.messages.relative.now;
  const minutes = Math.round((start - now) / 60_000);
  const [token, count] =
    minutes < 60 ? ['xMinutes', Math.max(1, minutes)]
    : minutes < 1440 ? ['xHours', Math.round(minutes / 60)]
    : minutes < 1440 * 45 ? ['xDays', Math.round(minutes / 1440)]
    : Math.round(minutes / 43_200) < 12 ? ['xMonths', Math.round(minutes / 43_200)]
    : ['xYears', Math.round(minutes / 525_600)];
  return locale.dateLocale.formatDistance!(token as never, count as number, { addSuffix: true, comparison: 1 });
}

/** "3 November 2026", for notices such as the saved-copy date. */
export function formatDay(ms: number, locale: LoadedLocale): string {
  const d = new Date(ms);
  return formatPattern({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), weekday: d.getDay() }, locale.messages.dates.dayMonthYear, locale.dateLocale);
}
