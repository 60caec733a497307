/**
 * Grouping for the timeline: back-to-back clusters (meetings on consecutive days in one place) and
 * numbered series with their gaps. Framework-free, in day keys.
 */
import type { DayKey } from './day-key.js';
import type { DaySpan } from './event-index.js';
import { foldText } from './filter-events.js';
import type { Feed, FeedEvent, LocalText } from './types.js';

export interface Cluster {
  /** Id of the first event: stable while the cluster's first event is. */
  id: string;
  /** Events in time order (start, then end, then id). */
  events: FeedEvent[];
  start: DayKey;
  end: DayKey;
  /** The city all its events share, if they do. */
  city?: LocalText;
  country?: string;
}

export interface ClusterOptions {
  /** Events in one city at most this many days apart (1 = consecutive days) form a cluster. */
  gap?: number;
  /** Also group by place and dates, not only by the feed's back-to-back links (default true). */
  proximity?: boolean;
  /** Days of an event in the display zone; each event's own zone by default. */
  spanOf?: (event: FeedEvent) => DaySpan;
}

const ownDays = (e: FeedEvent): DaySpan => [e.startDay, e.endDay];
const byTime = (spanOf: (e: FeedEvent) => DaySpan) => (a: FeedEvent, b: FeedEvent) =>
  spanOf(a)[0] - spanOf(b)[0] || a.start - b.start || spanOf(a)[1] - spanOf(b)[1] || a.id.localeCompare(b.id);

/** The place key for proximity: the city (any language, folded) and country. */
function placeKey(event: FeedEvent): string | undefined {
  const city = event.location?.city;
  if (!city) return undefined;
  const name = city.en ?? Object.values(city)[0];
  return `${foldText(name)}|${event.location?.country ?? ''}`;
}

/**
 * Back-to-back clusters: events joined by `related` back-to-back links, plus (unless `proximity` is
 * false) events in the same city whose days touch, overlap or are at most `gap` days apart. Only
 * groups of two or more events are clusters; newest first.
 */
export function findClusters(feed: Feed, options: ClusterOptions = {}): Cluster[] {
  const { gap = 1, proximity = true, spanOf = ownDays } = options;
  const parent = new Map<FeedEvent, FeedEvent>();
  const find = (e: FeedEvent): FeedEvent => {
    let root = e;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let n = e; n !== root; ) {
      const next = parent.get(n)!;
      parent.set(n, root);
      n = next;
    }
    return root;
  };
  const union = (a: FeedEvent, b: FeedEvent) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(rb, ra);
  };
  for (const e of feed.events) parent.set(e, e);

  for (const event of feed.events) {
    for (const link of event.related) {
      if (link.kind !== 'back-to-back') continue;
      const other = feed.byId.get(link.event);
      if (other) union(event, other);
    }
  }

  if (proximity) {
    const byPlace = new Map<string, FeedEvent[]>();
    for (const event of feed.events) {
      const key = placeKey(event);
      if (!key) continue;
      let list = byPlace.get(key);
      if (!list) byPlace.set(key, (list = []));
      list.push(event);
    }
    for (const list of byPlace.values()) {
      list.sort(byTime(spanOf));
      let runEnd = -Infinity;
      let previous: FeedEvent | undefined;
      for (const event of list) {
        const [start, end] = spanOf(event);
        if (previous && start - runEnd <= gap) union(previous, event);
        if (end >= runEnd || !previous) [runEnd, previous] = [Math.max(end, runEnd), event];
      }
    }
  }

  const groups = new Map<FeedEvent, FeedEvent[]>();
  for (const event of feed.events) {
    const root = find(event);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = []));
    group.push(event);
  }
  const clusters: Cluster[] = [];
  for (const events of groups.values()) {
    if (events.length < 2) continue;
    events.sort(byTime(spanOf));
    const spans = events.map(spanOf);
    const cluster: Cluster = {
      id: events[0].id,
      events,
      start: Math.min(...spans.map((s) => s[0])),
      end: Math.max(...spans.map((s) => s[1])),
    };
    const keys = new Set(events.map(placeKey));
    if (keys.size === 1 && !keys.has(undefined)) {
      cluster.city = events[0].location!.city;
      cluster.country = events[0].location!.country;
    }
    clusters.push(cluster);
  }
  return clusters.sort((a, b) => b.start - a.start || a.id.localeCompare(b.id));
}

/** The cluster an event belongs to, if any. */
export function clusterOf(feed: Feed, eventId: string, options: ClusterOptions = {}): Cluster | undefined {
  return findClusters(feed, options).find((c) => c.events.some((e) => e.id === eventId));
}

export type SeriesItem = { kind: 'event'; event: FeedEvent; ordinal?: number } | { kind: 'gap'; from: number; to: number };

export interface SeriesRun {
  id: string;
  /** Events by ordinal (then date), with the missing ordinals between them as gaps. */
  items: SeriesItem[];
  events: FeedEvent[];
  start: DayKey;
  end: DayKey;
}

/**
 * Every series of the feed (or the one asked for), its events ordered by ordinal, and the gaps in
 * its numbering ("4th–6th not in this feed") so that missing meetings show rather than vanish.
 */
export function seriesRuns(feed: Feed, only?: string, spanOf: (e: FeedEvent) => DaySpan = ownDays): SeriesRun[] {
  const bySeries = new Map<string, FeedEvent[]>();
  for (const event of feed.events) {
    const id = event.series?.id;
    if (!id || (only && id !== only)) continue;
    let list = bySeries.get(id);
    if (!list) bySeries.set(id, (list = []));
    list.push(event);
  }
  const runs: SeriesRun[] = [];
  for (const [id, events] of bySeries) {
    events.sort((a, b) => (a.series!.ordinal ?? Infinity) - (b.series!.ordinal ?? Infinity) || byTime(spanOf)(a, b));
    const items: SeriesItem[] = [];
    let expected = 1;
    for (const event of events) {
      const n = event.series!.ordinal;
      if (n !== undefined && n > expected) items.push({ kind: 'gap', from: expected, to: n - 1 });
      items.push({ kind: 'event', event, ordinal: n });
      if (n !== undefined) expected = Math.max(expected, n + 1);
    }
    const spans = events.map(spanOf);
    runs.push({ id, items, events, start: Math.min(...spans.map((s) => s[0])), end: Math.max(...spans.map((s) => s[1])) });
  }
  return runs.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
}
