import { TZDateMini } from '@date-fns/tz';

const validZones = new Map<string, boolean>();

/** True for a time zone the runtime knows (IANA names such as `Europe/Tirane`, and `UTC`). */
export function isTimeZone(name: string): boolean {
  let ok = validZones.get(name);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: name });
      ok = true;
    } catch {
      ok = false;
    }
    validZones.set(name, ok);
  }
  return ok;
}

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
  return new TZDateMini(year, month - 1, day, hour, minute, second, timeZone).getTime();
}
