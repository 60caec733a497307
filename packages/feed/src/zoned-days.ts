import { dayKeyInZone, lastDayInZone, today, type DayKey } from './day-key.js';
import { EventIndex, type DaySpan } from './event-index.js';
import type { Feed, FeedEvent } from './types.js';

/** The days an event covers as seen in `timeZone`. All-day events are the same days everywhere. */
export function daySpanIn(event: FeedEvent, timeZone: string): DaySpan {
  if (event.allDay) return [event.startDay, event.endDay];
  return [dayKeyInZone(event.start, timeZone), lastDayInZone(event.start, event.end, timeZone)];
}

/**
 * Which day is today for an event, its days counted as `indexIn(feed, zone)` counts them. With `'event'` a timed
 * event's days are its own zone's, and so is its today: a Belgrade evening meeting is still to come for a visitor
 * in Auckland, whose day is already the next. Otherwise (and for an all-day event, the same days everywhere)
 * `viewerToday`, the visitor's or the named zone's. Each zone's today is worked out once (a list of 10,000).
 */
export function todayFor(zone: string, viewerToday: DayKey, now?: number): (event: FeedEvent) => DayKey {
  if (zone !== 'event') return () => viewerToday;
  const byZone = new Map<string, DayKey>();
  return (event) => {
    if (event.allDay) return viewerToday;
    let day = byZone.get(event.timeZone);
    if (day === undefined) byZone.set(event.timeZone, (day = today(event.timeZone, now)));
    return day;
  };
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
