// The subpath: the package's index would bring its Date classes along (they do not tree-shake).
import { tzOffset } from '@date-fns/tz/tzOffset';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * Epoch milliseconds of a wall-clock time in `timeZone` (month 1-12).
 *
 * A time a zone skips (02:30 when clocks go from 02:00 to 03:00) is read with the offset before the
 * change, so it lands as far past the change as it was meant to be after 02:00 (03:30); a time a zone
 * has twice (02:30 when clocks go back) is the first of the two. Both as RFC 5545 (3.3.5) reads a
 * DATE-TIME with a TZID, and Temporal's "compatible" choice.
 *
 * This replaced date-fns' TZDate here: it needs one small function of @date-fns/tz, the zone's offset at
 * an instant, instead of its Date class (a kilobyte less for every page), and TZDate read a repeated
 * time as the first west of Greenwich but as the second east of it (Europe: our events).
 */
export function zonedTimeToEpoch(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const asUtc = utcMs(year, month, day, hour, minute, second);
  // A zone changes its offset at most once in a day or so: the offsets a day either side are the only
  // candidates, and a candidate is right when the zone has that offset at the instant it gives.
  const before = offsetAt(timeZone, asUtc - DAY_MS);
  const after = offsetAt(timeZone, asUtc + DAY_MS);
  let found: number | undefined;
  for (const offset of [before, after]) {
    const epoch = asUtc - offset * MINUTE_MS;
    if (offsetAt(timeZone, epoch) === offset && (found === undefined || epoch < found)) found = epoch;
  }
  return found ?? asUtc - before * MINUTE_MS;
}

/** The zone's offset from UTC in minutes at an instant; NaN for a zone the runtime does not know. */
function offsetAt(timeZone: string, epoch: number): number {
  const date = new Date(epoch);
  const offset = tzOffset(timeZone, date);
  // tzOffset reads an offset between -01:00 and 00:00 ("-00:44:30": Monrovia until 1972, local mean time in
  // Dublin, Lisbon or Madrid before standard time) as positive: Intl says the sign. (Historic zones only,
  // so the format is not kept for another call.)
  return offset > 0 && offset < 60 && new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).format(date).includes('-')
    ? -offset
    : offset;
}

/** Date.UTC, but years 0-99 are those years, not 1900-1999 (and 24:00 is the next day's midnight). */
export function utcMs(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}
