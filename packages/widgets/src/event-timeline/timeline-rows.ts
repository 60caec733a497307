/** Turns clusters and series into rows of positioned blocks: days to pixels, lanes for overlaps. */
import { dayKey, plainDate, type Cluster, type DayKey, type DaySpan, type FeedEvent, type SeriesRun } from '@iisg/feed';

export interface Block {
  event: FeedEvent;
  start: DayKey;
  end: DayKey;
  /** 1-based position among the row's events, and how many there are. */
  position: number;
  count: number;
}

export interface GapMark {
  from: number;
  to: number;
  /**
   * Days between which the gap is drawn, in time order: the last day of the meeting that ends last before it, and
   * the first day of the first meeting after it.
   */
  after: DayKey;
  before: DayKey;
}

export interface Row {
  id: string;
  kind: 'cluster' | 'series';
  start: DayKey;
  end: DayKey;
  blocks: Block[];
  gaps: GapMark[];
  cluster?: Cluster;
  series?: SeriesRun;
}

/**
 * Stack horizontal intervals (in pixels, so labels of a minimum width never overlap) into lanes:
 * each goes into the first lane whose last interval ends before it starts. Returns each one's lane.
 */
export function assignLanes(intervals: { left: number; right: number }[], spacing = 4): number[] {
  const laneEnds: number[] = [];
  return intervals.map(({ left, right }) => {
    let lane = laneEnds.findIndex((end) => end + spacing <= left);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = right;
    return lane;
  });
}

function blocksOf(events: FeedEvent[], spanOf: (e: FeedEvent) => DaySpan): Block[] {
  return events.map((event, i) => {
    const [start, end] = spanOf(event);
    return { event, start, end, position: i + 1, count: events.length };
  });
}

export function clusterRow(cluster: Cluster, spanOf: (e: FeedEvent) => DaySpan): Row {
  const blocks = blocksOf(cluster.events, spanOf);
  return { id: cluster.id, kind: 'cluster', start: cluster.start, end: cluster.end, blocks, gaps: [], cluster };
}

export function seriesRow(run: SeriesRun, spanOf: (e: FeedEvent) => DaySpan): Row {
  const events = run.items.flatMap((i) => (i.kind === 'event' ? [i.event] : []));
  const blocks = blocksOf(events, spanOf);
  const spans = blocks.map((b) => [b.start, b.end] as const);
  const gaps: GapMark[] = [];
  run.items.forEach((item, i) => {
    if (item.kind !== 'gap') return;
    // Placed in time, not by the numbers' order: the meetings around a gap in that order can overlap or be held
    // the other way round (a longer 2nd and a one-day 3rd held beside it; a 6th held before the 5th). The gap
    // ends where the next numbered meeting starts, and starts where the last meeting held before that ends.
    const next = run.items[i + 1];
    const nextStart = next?.kind === 'event' ? spanOf(next.event)[0] : run.end + 30;
    // The next numbered one held during a longer, earlier meeting: the gap ends at it, from the day before.
    const inside = spans.some(([start, end]) => start < nextStart && nextStart <= end);
    const endsBefore = spans.map(([, end]) => end).filter((end) => end < nextStart);
    const after = inside ? nextStart - 1 : endsBefore.length ? Math.max(...endsBefore) : run.start - 30;
    // The first meeting that starts after it: the next numbered one, or one held between them.
    const before = Math.min(nextStart, ...spans.map(([start]) => start).filter((start) => start > after));
    gaps.push({ from: item.from, to: item.to, after, before });
  });
  // Whole years, so the axis reads in years.
  const first = dayKey(plainDate(run.start).year, 1, 1);
  const last = dayKey(plainDate(run.end).year, 12, 31);
  return { id: run.id, kind: 'series', start: Math.min(first, ...gaps.map((g) => g.after)), end: last, blocks, gaps, series: run };
}
