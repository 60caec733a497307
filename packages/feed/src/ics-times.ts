// Times for from-ics: ical.js times written as the feed writes them (wall clock in a zone, UTC, or an
// offset), their days, the ids of a recurring event's occurrences, and the window recurrences expand in.
import type ICAL from 'ical.js';
import { dayKey, isoDate, parseIsoDate, type DayKey } from './day-key.js';
import { zonedTimeToEpoch } from './zoned-time.js';

type Time = InstanceType<typeof ICAL.Time>;
type IcalEvent = InstanceType<typeof ICAL.Event>;

export interface ZoneWriter {
  /** The IANA zone the event is given (undefined: the feed's). */
  zone?: string;
  write(time: Time): string;
  writeWithOffset(time: Time): string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const wall = (t: Time) => `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}${t.second ? `:${pad(t.second)}` : ''}`;
const withSeconds = (t: Time) => `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;

function offsetText(seconds: number): string {
  const sign = seconds < 0 ? '-' : '+';
  const minutes = Math.round(Math.abs(seconds) / 60);
  return `${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

export const utcWriter: ZoneWriter = {
  write: (t) => `${withSeconds(t)}Z`,
  writeWithOffset: (t) => `${withSeconds(t)}Z`,
};

/** A time zone ical.js could resolve only from the file's VTIMEZONE: the instant, as an offset. */
export const offsetWriter: ZoneWriter = {
  write: (t) => `${withSeconds(t)}${offsetText(firstPassOffset(t))}`,
  writeWithOffset: (t) => `${withSeconds(t)}${offsetText(firstPassOffset(t))}`,
};

/**
 * The UTC offset (seconds) of a wall time in its VTIMEZONE. Of a time that clocks going back repeat, the
 * first pass, as RFC 5545 reads it (and the parser, for zones it knows by name); ical.js gives the second.
 */
function firstPassOffset(t: Time): number {
  const offset = t.utcOffset();
  const earlier = t.clone();
  earlier.adjust(0, -3, 0, 0);
  const before = earlier.utcOffset();
  if (before <= offset) return offset;
  // The hour (or whatever the change was) before this wall time still had the earlier offset: then the
  // change came after it, and this wall time was first shown with the earlier offset too.
  const shifted = t.clone();
  shifted.adjust(0, 0, 0, offset - before);
  return shifted.utcOffset() === before ? before : offset;
}

/** Wall-clock times in an IANA zone. */
export function zoneWriter(zone: string | undefined, clockZone: string): ZoneWriter {
  return {
    zone,
    write: wall,
    writeWithOffset(t) {
      const ms = zonedTimeToEpoch(clockZone, t.year, t.month, t.day, t.hour, t.minute, t.second);
      return `${withSeconds(t)}${offsetText((Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) - ms) / 1000)}`;
    },
  };
}

export function isMidnight(t: Time): boolean {
  return !t.hour && !t.minute && !t.second;
}

export function dayOf(t: Time): DayKey {
  return dayKey(t.year, t.month, t.day);
}

function basicDay(t: Time): string {
  return isoDate(dayOf(t)).replace(/-/g, '');
}

/** One occurrence of a recurring event: the VEVENT that gives it (an override, or the event) and when it was planned. */
export interface Occurrence {
  item: IcalEvent;
  start: Time;
  end: Time;
  /** Its date in the recurrence (its RECURRENCE-ID), which an override may have moved it from. */
  planned: Time;
}

/**
 * The days (yyyymmdd) on which two or more of the times fall: the days an event recurs more than once
 * (every day of FREQ=HOURLY or BYHOUR=9,14; the one day an RDATE adds a second session to a daily rule).
 */
export function daysOfSeveral(planned: Time[]): Set<string> {
  const seen = new Set<string>();
  const several = new Set<string>();
  for (const day of planned.map(basicDay)) (seen.has(day) ? several : seen).add(day);
  return several;
}

/**
 * The id of an occurrence, from the time it was planned for: `<uid>-<yyyymmdd>`, or `<uid>-<yyyymmdd>T<hhmmss>`
 * on a day the event recurs more than once. Decided day by day, not for the whole event: a day is in the
 * window whole or not at all, so no two occurrences of one event share an id, and each keeps its id when the
 * file is read again in another window (the default one moves with today), which an event-wide choice did not.
 */
export function occurrenceId(baseId: string, planned: Time, several: Set<string>): string {
  const day = basicDay(planned);
  return several.has(day) ? `${baseId}-${day}T${pad(planned.hour)}${pad(planned.minute)}${pad(planned.second)}` : `${baseId}-${day}`;
}

export function windowDay(value: string | undefined, name: string): DayKey | undefined {
  if (value === undefined) return undefined;
  // parseIsoDate refuses 2025-02-30 rather than rolling it over into March.
  const day = parseIsoDate(value.trim());
  if (day === undefined) throw new RangeError(`${name}: '${value}' is not a date like 2025-01-31`);
  return day;
}
