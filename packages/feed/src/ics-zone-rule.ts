/**
 * A change of clocks that comes back every year on the nth or last weekday of one month, at one time on the clock
 * before it (the EU's last Sunday of March at 02:00, the US's second Sunday of March at 02:00): what the RRULE of a
 * VTIMEZONE observance says, and the form of a zone that Outlook keeps: one STANDARD and one DAYLIGHT (MS-OXCICAL
 * 2.1.3.1.1.19.2).
 * Wall-clock times are "UTC" milliseconds (instant + offset), as in to-ics.ts.
 */
import { DAY_MS, dayKey, plainDate } from './day-key.js';

export interface YearlyChange {
  /** 1-12 */
  month: number;
  /** 0 (Sunday) to 6 (Saturday) */
  weekday: number;
  /** 1 to 4 for the first to the fourth such weekday of the month, -1 for the last. */
  nth: number;
  /** Time of day of the change on the clock before it, in milliseconds. */
  time: number;
}

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/**
 * 0 (Sunday) to 6 of a day key (1970-01-01 was a Thursday): day-key.ts's `weekday`, not imported, as ics-times.ts
 * does not either: each name this on-demand chunk takes from the first load's modules adds to the first load.
 */
const weekdayOf = (day: number) => (((day + 4) % 7) + 7) % 7;


/**
 * The rules a change at the wall-clock time `wall` may follow: the last such weekday of its month where it is one,
 * the nth where n is at most 4 (a "5th Sunday" is missing from most months). Both for a day that is both
 * (22-28 February): the changes of other years tell which.
 */
export function yearlyChanges(wall: number): YearlyChange[] {
  const day = Math.floor(wall / DAY_MS);
  const { year, month, day: date } = plainDate(day);
  const base = { month, weekday: weekdayOf(day), time: wall - day * DAY_MS };
  const rules: YearlyChange[] = [];
  if (day + 7 >= dayKey(year, month + 1, 1)) rules.push({ ...base, nth: -1 });
  if (date <= 28) rules.push({ ...base, nth: Math.ceil(date / 7) });
  return rules;
}

/** The wall-clock time of the change in `year`. */
export function changeIn(rule: YearlyChange, year: number): number {
  let day: number;
  if (rule.nth > 0) {
    const first = dayKey(year, rule.month, 1);
    day = first + ((rule.weekday - weekdayOf(first) + 7) % 7) + 7 * (rule.nth - 1);
  } else {
    const last = dayKey(year, rule.month + 1, 1) - 1;
    day = last - ((weekdayOf(last) - rule.weekday + 7) % 7);
  }
  return day * DAY_MS + rule.time;
}

/** `FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU` */
export function yearlyRrule(rule: YearlyChange): string {
  return `FREQ=YEARLY;BYMONTH=${rule.month};BYDAY=${rule.nth}${BYDAY[rule.weekday]}`;
}
