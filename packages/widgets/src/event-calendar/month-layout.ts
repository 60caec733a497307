/**
 * Lays a month's events out in week rows: every event is one continuous bar per week it touches,
 * stacked in lanes; what does not fit under the per-day cap is counted as "+N more" on its days.
 */
import { startOfWeek, type DayKey, type DaySpan } from '@iisg/feed';

export interface Segment<T> {
  item: T;
  /** Columns 0-6 within the week. */
  startCol: number;
  endCol: number;
  lane: number;
  /** The bar continues from the previous week (or month) / into the next. */
  continuesBefore: boolean;
  continuesAfter: boolean;
}

export interface WeekRow<T> {
  /** First day of the week. */
  start: DayKey;
  days: DayKey[];
  /** Bars shown, in lanes below the cap. */
  segments: Segment<T>[];
  /** Per column: every item on that day (shown or not), in lane order, for the day's list and its label. */
  itemsByDay: T[][];
  /** Per column: how many of that day's items are not shown as bars. */
  hidden: number[];
  lanes: number;
}

/** The weeks that show a month, starting on `weekStartsOn` (0 = Sunday): 4 to 6 rows. */
export function monthWeeks(monthStart: DayKey, monthEnd: DayKey, weekStartsOn: number): DayKey[] {
  const weeks: DayKey[] = [];
  for (let w = startOfWeek(monthStart, weekStartsOn); w <= monthEnd; w += 7) weeks.push(w);
  return weeks;
}

/**
 * @param items events overlapping the weeks, in start order (as `EventIndex.between` returns them)
 * @param spanOf the days of an item in the display zone
 * @param maxLanes bars per day before "+N more"
 */
export function layoutWeeks<T>(weekStarts: DayKey[], items: T[], spanOf: (item: T) => DaySpan, maxLanes: number): WeekRow<T>[] {
  // Each item's span once, not once per week (a month of a 10,000-event feed holds about 1,000 items).
  const spanned = items.map((item) => ({ item, span: spanOf(item) }));
  return weekStarts.map((start) => {
    const end = start + 6;
    const inWeek = spanned
      .filter(({ span }) => span[0] <= end && span[1] >= start)
      // Longer bars first within a start day, so they stay continuous and on top.
      .sort((a, b) => Math.max(a.span[0], start) - Math.max(b.span[0], start) || b.span[1] - a.span[1]);
    const occupied: boolean[][] = []; // occupied[lane][col]
    const segments: Segment<T>[] = [];
    const itemsByDay: T[][] = Array.from({ length: 7 }, () => []);
    const hidden = Array(7).fill(0);
    for (const { item, span } of inWeek) {
      const startCol = Math.max(span[0], start) - start;
      const endCol = Math.min(span[1], end) - start;
      let lane = 0;
      while (occupied[lane]?.some((taken, col) => taken && col >= startCol && col <= endCol)) lane++;
      for (let col = startCol; col <= endCol; col++) itemsByDay[col].push(item);
      if (lane < maxLanes) {
        (occupied[lane] ??= Array(7).fill(false)).fill(true, startCol, endCol + 1);
        segments.push({ item, startCol, endCol, lane, continuesBefore: span[0] < start, continuesAfter: span[1] > end });
      } else {
        for (let col = startCol; col <= endCol; col++) hidden[col]++;
      }
    }
    return {
      start,
      days: Array.from({ length: 7 }, (_, i) => start + i),
      segments,
      itemsByDay,
      hidden,
      lanes: Math.min(maxLanes, occupied.length),
    };
  });
}
