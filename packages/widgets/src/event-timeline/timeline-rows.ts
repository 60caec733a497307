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
  /** Days between which the gap is drawn (the neighbours' days). */
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
  const gaps: GapMark[] = [];
  run.items.forEach((item, i) => {
    if (item.kind !== 'gap') return;
    const previous = run.items[i - 1];
    const next = run.items[i + 1];
    const after = previous?.kind === 'event' ? spanOf(previous.event)[1] : run.start - 30;
    const before = next?.kind === 'event' ? spanOf(next.event)[0] : run.end + 30;
    gaps.push({ from: item.from, to: item.to, after, before });
  });
  // Whole years, so the axis reads in years.
  const first = dayKey(plainDate(run.start).year, 1, 1);
  const last = dayKey(plainDate(run.end).year, 12, 31);
  return { id: run.id, kind: 'series', start: Math.min(first, ...gaps.map((g) => g.after)), end: last, blocks, gaps, series: run };
}
