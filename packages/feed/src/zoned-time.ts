import { TZDateMini } from '@date-fns/tz';

/** 400 Gregorian years, in milliseconds. */
const CYCLE_MS = 146_097 * 86_400_000;

/** Epoch milliseconds of a wall-clock time in `timeZone` (month 1-12). */
export function zonedTimeToEpoch(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  // Date reads years 0-99 as 1900-1999: work 400 years later (the Gregorian cycle repeats exactly) and go back.
  const shift = year < 100 ? 400 : 0;
  return new TZDateMini(year + shift, month - 1, day, hour, minute, second, timeZone).getTime() - (shift ? CYCLE_MS : 0);
}
