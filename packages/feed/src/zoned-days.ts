import { dayKeyInZone, lastDayInZone, today, type DayKey } from './day-key.js';
import { EventIndex, type DaySpan } from './event-index.js';
import type { Feed, FeedEvent } from './types.js';

/** The days an event covers as seen in `timeZone`. All-day events are the same days everywhere. */
export function daySpanIn(event: FeedEvent, timeZone: string): DaySpan {
  if (event.allDay) return [event.startDay, event.endDay];
  return [dayKeyInZone(event.start, timeZone), lastDayInZone(event.start, event.end, timeZone)];
}

/**
 * Which day is today for `event`, its days counted as `indexIn(feed, zone)` counts them. With `'event'` a
 * timed event's days are its own zone's, and so is its today: a Belgrade evening meeting is still to come
 * for a visitor in Auckland, whose day is already the next. Otherwise (and for an all-day event, the same
 * days everywhere) `viewerToday`, the visitor's or the named zone's.
 */
export function todayFor(event: FeedEvent, zone: string, viewerToday: DayKey, now?: number): DayKey {
  return zone === 'event' && !event.allDay ? today(event.timeZone, now) : viewerToday;
}

const zoneIndexes = new WeakMap<Feed, Map<string, EventIndex<FeedEvent>>>();

/**
 * A range index for a display zone: `'event'` (each event in its own zone), `'local'` (the viewer's),
 * or an IANA name. Built once per feed and zone.
 */
export function indexIn(feed: Feed, zone: string): EventIndex<FeedEvent> {
  if (zone === 'event') return feed.index;
  if (zone === 'local') return feed.viewerIndex;
  let byZone = zoneIndexes.get(feed);
  if (!byZone) zoneIndexes.set(feed, (byZone = new Map()));
  let index = byZone.get(zone);
  if (!index) byZone.set(zone, (index = new EventIndex(feed.events, (e) => daySpanIn(e, zone))));
  return index;
}
