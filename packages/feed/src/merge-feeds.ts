import type { DayKey } from './day-key.js';
import { withLazyIndexes } from './event-index.js';
import type { Feed, FeedEvent, FeedPeriod } from './types.js';

/** The periods of an index feed that overlap days `from`..`to`. */
export function periodsBetween(feed: Feed, from: DayKey, to: DayKey): FeedPeriod[] {
  return feed.periods.filter((p) => p.from <= to && p.to >= from);
}

/**
 * An index feed together with the period files loaded so far: one feed to render. The index's own
 * organisations, networks, series, tags and countries win over a period file's. An event found in two
 * files (the same id and start) is kept from the first file that has it; another event whose id is
 * already taken (two files' `events-0`, events without an id) is kept too, renamed `<id>~2` as `parseFeed`
 * renames a duplicate in one file; `onRenamed` hears of each (with the index of its file in `parts`).
 */
export function mergeFeeds(index: Feed, parts: Feed[], onRenamed?: (event: FeedEvent, shownId: string, part: number) => void): Feed {
  if (!parts.length) return index;
  const byId = new Map(index.byId);
  // Events by the id their own file gives them, and their start: an event found in two files is shown once.
  const key = (event: FeedEvent) => `${event.start} ${event.id}`;
  const seen = new Set(index.events.map(key));
  const events: FeedEvent[] = [...index.events];
  const organisations = new Map(index.organisations);
  const networks = new Map(index.networks);
  const series = new Map(index.series);
  const tags = new Map(index.tags);
  const countries = new Map(index.countries);
  // By id renamed: a number below which every `<id>~<n>` from 2 is shown already (and stays so: `byId` only grows).
  const freeFrom = new Map<string, number>();
  parts.forEach((part, p) => {
    // By id renamed in this file: the number after the one its last duplicate was given (this file's names stay).
    const nextInPart = new Map<string, number>();
    for (const event of part.events) {
      if (seen.has(key(event))) continue;
      seen.add(key(event));
      let shown = event;
      if (byId.has(event.id)) {
        // Not a name the file gives another of its events: its own 'x~2' keeps its id, and links to it. Looked for
        // from the first number that may be free: counting up from 2 for each duplicate was quadratic.
        const name = (n: number) => `${event.id}~${n}`;
        let free = freeFrom.get(event.id) ?? 2;
        while (byId.has(name(free))) free++;
        freeFrom.set(event.id, free);
        let n = Math.max(free, nextInPart.get(event.id) ?? 2);
        while (byId.has(name(n)) || part.byId.has(name(n))) n++;
        nextInPart.set(event.id, n + 1);
        shown = { ...event, id: name(n) };
        onRenamed?.(event, shown.id, p);
      }
      byId.set(shown.id, shown);
      events.push(shown);
    }
    for (const [from, to] of [
      [part.organisations, organisations],
      [part.networks, networks],
      [part.series, series],
      [part.tags, tags],
      [part.countries, countries],
    ] as [ReadonlyMap<string, unknown>, Map<string, unknown>][]) {
      for (const [id, value] of from) if (!to.has(id)) to.set(id, value);
    }
  });
  events.sort((a, b) => a.start - b.start);
  const merged: Feed = withLazyIndexes({
    version: index.version,
    get viewerTimeZone() {
      return index.viewerTimeZone;
    },
    title: index.title,
    timeZone: index.timeZone,
    language: index.language,
    updated: index.updated,
    periods: index.periods,
    events,
    byId,
    organisations,
    networks,
    series,
    tags,
    countries,
  });
  return merged;
}
