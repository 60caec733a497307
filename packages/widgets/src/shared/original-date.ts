import { DAY_MS, type FeedEvent } from '@iisg/feed';
import type { LoadedLocale } from '../locales/load-locale.js';
import { fill } from '../locales/messages.js';
import { formatEventDates, type TimeZoneMode } from './format-dates.js';

/** "Original date: 12 March 2019": a rescheduled event's start before it moved, in the chosen zone; none without one. */
export function formatOriginalDate(event: FeedEvent, locale: LoadedLocale, mode?: TimeZoneMode): string | undefined {
  const was = event.previousStart;
  if (!was) return undefined;
  const start = was.kind === 'date' ? was.day * DAY_MS : was.ms;
  const moved = { ...event, allDay: was.kind === 'date', start, end: start, startDay: was.day, endDay: was.day };
  return fill(locale.messages.originalDate, { date: formatEventDates(moved, locale, mode).text });
}
