import { type DayKey, parseIsoDate, wallClock, daysInMonth, dayKey } from './day-key.js';
import { utcMs, zonedTimeToEpoch } from './zoned-time.js';

/** A parsed `start` or `end` value. */
export type DateValue =
  | { kind: 'date'; day: DayKey }
  /** `zoneOffset`: the zone's offset (minutes) at `ms`, where the written one is not it but is the zone's at other times of year (`offset-mismatch`). */
  | { kind: 'time'; ms: number; day: DayKey; minutes: number; zoneOffset?: number };

/** RFC 3339 allows `t` and `z` in lower case (`2019-04-23t10:00z`): the `i` flag. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

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
  let written = 0;
  if (offset) {
    const [oh, om] = offset.length === 1 ? [0, 0] : [Number(offset.slice(1, 3)), Number(offset.slice(-2))];
    if (oh > 18 || om > 59) return undefined;
    written = (offset[0] === '-' ? -1 : 1) * (oh * 60 + om);
    ms = utcMs(year, month, date, hour, minute, Math.min(second, 59)) - written * 60_000;
  } else {
    ms = zonedTimeToEpoch(timeZone, year, month, date, hour, minute, Math.min(second, 59));
  }
  const wall = wallClock(ms, timeZone);
  const value: DateValue = { kind: 'time', ms, day: dayKey(wall.year, wall.month, wall.day), minutes: wall.hour * 60 + wall.minute };
  // An offset (UTC's aside) that the zone has in other months but not at this time: summer time's +02:00 in a
  // January date, as a CMS may write every date. The zone's offset then is the written one plus the minutes its
  // clock is ahead of the time written (taken within 12 hours, so across midnight too); its offsets in other months,
  // those at noon on 1 January and 1 July.
  if (written) {
    const zoneOffset = written + ((value.minutes - hour * 60 - minute + 2160) % 1440) - 720;
    if (zoneOffset !== written && [1, 7].some((mo) => utcMs(year, mo, 1, 12, 0, 0) - zonedTimeToEpoch(timeZone, year, mo, 1, 12) === written * 60_000)) value.zoneOffset = zoneOffset;
  }
  return value;
}
