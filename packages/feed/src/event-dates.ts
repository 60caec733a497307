import { type DayKey, parseIsoDate, wallClock, daysInMonth, dayKey } from './day-key.js';
import { utcMs, zonedTimeToEpoch } from './zoned-time.js';

/** A parsed `start` or `end` value. */
export type DateValue =
  | { kind: 'date'; day: DayKey }
  | { kind: 'time'; ms: number; day: DayKey; minutes: number };

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * `2019-04-23` (an all-day date) or `2019-04-23T09:30` (a wall-clock time in `timeZone`), optionally
 * with an offset (`Z`, `+02:00`) that fixes the instant. Undefined when it is not a real date or time.
 */
export function parseDateValue(text: string, timeZone: string): DateValue | undefined {
  const day = parseIsoDate(text);
  if (day !== undefined) return { kind: 'date', day };
  const m = DATE_TIME.exec(text);
  if (!m) return undefined;
  const [year, month, date, hour, minute] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
  const second = Number(m[6] ?? 0);
  if (month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return undefined;
  if (hour > 24 || minute > 59 || second > 60 || (hour === 24 && (minute || second))) return undefined;
  const offset = m[7];
  let ms: number;
  if (offset) {
    const sign = offset[0] === '-' ? -1 : 1;
    const [oh, om] = offset === 'Z' ? [0, 0] : [Number(offset.slice(1, 3)), Number(offset.slice(-2))];
    if (oh > 18 || om > 59) return undefined;
    ms = utcMs(year, month, date, hour, minute, Math.min(second, 59)) - (offset === 'Z' ? 0 : sign * (oh * 60 + om) * 60_000);
  } else {
    ms = zonedTimeToEpoch(timeZone, year, month, date, hour, minute, Math.min(second, 59));
  }
  const wall = wallClock(ms, timeZone);
  return { kind: 'time', ms, day: dayKey(wall.year, wall.month, wall.day), minutes: wall.hour * 60 + wall.minute };
}
