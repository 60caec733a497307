import { type DayKey, dayKey, monthIndex } from './day-key.js';

/** Months an event may span and still be filed under each one; longer ones are scanned per query. */
const LONG_MONTHS = 24;

/** The days an event covers (inclusive), in whichever zone the index was built for. */
export type DaySpan = readonly [start: DayKey, end: DayKey];

interface Entry<T> {
  item: T;
  start: DayKey;
  end: DayKey;
  /** Month bucket of the start: an entry is emitted once, from the first bucket a query visits. */
  firstMonth: number;
}

/**
 * Answers "which events touch days A..B" in time proportional to the months in the range plus the
 * answer, not to the feed: every event is filed under each month it touches.
 */
export class EventIndex<T = unknown> {
  readonly size: number;
  private readonly buckets = new Map<number, Entry<T>[]>();
  /** Events longer than LONG_MONTHS are not filed month by month (a 0001-9999 event would fill 120,000 buckets). */
  private readonly long: Entry<T>[] = [];
  private readonly spans = new Map<T, DaySpan>();

  constructor(items: Iterable<T>, spanOf: (item: T) => DaySpan) {
    let size = 0;
    for (const item of items) {
      const [start, end] = spanOf(item);
      const entry: Entry<T> = { item, start, end, firstMonth: monthIndex(start) };
      const last = monthIndex(end);
      this.spans.set(item, [start, end]);
      size++;
      if (last - entry.firstMonth > LONG_MONTHS) {
        this.long.push(entry);
        continue;
      }
      for (let m = entry.firstMonth; m <= last; m++) {
        let bucket = this.buckets.get(m);
        if (!bucket) this.buckets.set(m, (bucket = []));
        bucket.push(entry);
      }
    }
    for (const bucket of this.buckets.values()) bucket.sort((a, b) => a.start - b.start || a.end - b.end);
    this.size = size;
  }

  /** The span the index holds for an item. */
  span(item: T): DaySpan | undefined {
    return this.spans.get(item);
  }

  /** Items touching any day from `from` to `to` (inclusive), ordered by start day, then end day. */
  between(from: DayKey, to: DayKey): T[] {
    if (to < from) return [];
    const firstMonth = monthIndex(from);
    const lastMonth = monthIndex(to);
    const out: Entry<T>[] = [];
    for (let m = firstMonth; m <= lastMonth; m++) {
      const bucket = this.buckets.get(m);
      if (!bucket) continue;
      for (const entry of bucket) {
        if (entry.start > to) break;
        // Emit once: from its own first month, or from the query's first month if it started earlier.
        if (entry.end >= from && (entry.firstMonth === m || m === firstMonth)) out.push(entry);
      }
    }
    for (const entry of this.long) if (entry.start <= to && entry.end >= from) out.push(entry);
    if (lastMonth > firstMonth || this.long.length) out.sort((a, b) => a.start - b.start || a.end - b.end);
    return out.map((e) => e.item);
  }

  /** Items touching one day. */
  onDay(day: DayKey): T[] {
    return this.between(day, day);
  }

  /** Days in [from, to] with at least one item, and how many: for density views (year overview). */
  countByDay(from: DayKey, to: DayKey): Map<DayKey, number> {
    const counts = new Map<DayKey, number>();
    for (const item of this.between(from, to)) {
      const [start, end] = this.spans.get(item)!;
      for (let d = Math.max(start, from); d <= Math.min(end, to); d++) counts.set(d, (counts.get(d) ?? 0) + 1);
    }
    return counts;
  }

  /** First and last day covered by any item, or undefined when empty. */
  bounds(): DaySpan | undefined {
    if (!this.size) return undefined;
    let start = Infinity;
    let end = -Infinity;
    const months = [...this.buckets.keys()].sort((a, b) => a - b);
    if (months.length) {
      start = this.buckets.get(months[0])![0].start;
      end = Math.max(...this.buckets.get(months[months.length - 1])!.map((e) => e.end));
    }
    for (const entry of this.long) [start, end] = [Math.min(start, entry.start), Math.max(end, entry.end)];
    return [start, end];
  }
}


/**
 * Give a feed its `index` and `viewerIndex`, each built the first time it is read: a view in the
 * events' own zones never pays for the viewer-zone index, and parsing alone builds neither.
 * (Getters defined on the object: spreading a getter would build it at once.)
 */
export function withLazyIndexes<F extends { events: E[] }, E extends { startDay: DayKey; endDay: DayKey; viewerStartDay: DayKey; viewerEndDay: DayKey }>(
  feed: F,
): F & { index: EventIndex<E>; viewerIndex: EventIndex<E> } {
  let index: EventIndex<E> | undefined;
  let viewerIndex: EventIndex<E> | undefined;
  return Object.defineProperties(feed, {
    index: { enumerable: true, get: () => (index ??= new EventIndex(feed.events, (e) => [e.startDay, e.endDay])) },
    viewerIndex: { enumerable: true, get: () => (viewerIndex ??= new EventIndex(feed.events, (e) => [e.viewerStartDay, e.viewerEndDay])) },
  }) as F & { index: EventIndex<E>; viewerIndex: EventIndex<E> };
}
