// Times for from-ics: ical.js times written as the feed writes them (wall clock in a zone, UTC, or an
// offset), their days, zones a file names without defining them, the ids of a recurring event's occurrences,
// its EXDATEs, and the window recurrences expand in (and what it leaves out).
import ICAL from 'ical.js';
import { dayKey, isoDate, parseIsoDate, type DayKey } from './day-key.js';
import { isTimeZone } from './time-zone.js';
import { WINDOWS_ZONES } from './windows-zones.js';
import { zonedTimeToEpoch } from './zoned-time.js';

type Time = InstanceType<typeof ICAL.Time>;
type IcalEvent = InstanceType<typeof ICAL.Event>;
type Component = InstanceType<typeof ICAL.Component>;

export interface ZoneWriter {
  /** The IANA zone the event is given (undefined: the feed's). */
  zone?: string;
  write(time: Time): string;
  writeWithOffset(time: Time): string;
  /** The instant (ms) a time so written stands for. */
  epoch(time: Time): number;
}

// Here, not imported: each name this chunk takes from the feed parser's makes the parser's chunk bigger.
const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const wall = (t: Time) => `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}${t.second ? `:${pad(t.second)}` : ''}`;
const withSeconds = (t: Time) => `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
/** A time's wall clock as milliseconds, to compare two times on one clock (or, less an offset, an instant). */
export const wallMs = (t: Time) => Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);

function offsetText(seconds: number): string {
  const sign = seconds < 0 ? '-' : '+';
  const minutes = Math.round(Math.abs(seconds) / 60);
  return `${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

export const utcWriter: ZoneWriter = {
  write: (t) => `${withSeconds(t)}Z`,
  writeWithOffset: (t) => `${withSeconds(t)}Z`,
  epoch: (t) => t.toUnixTime() * 1000,
};

/** A time zone ical.js could resolve only from the file's VTIMEZONE: the instant, as an offset. */
export const offsetWriter: ZoneWriter = {
  write: (t) => `${withSeconds(t)}${offsetText(firstPassOffset(t))}`,
  writeWithOffset: (t) => `${withSeconds(t)}${offsetText(firstPassOffset(t))}`,
  epoch: (t) => wallMs(t) - firstPassOffset(t) * 1000,
};

/**
 * The UTC offset (seconds) of a wall time in its VTIMEZONE. Of a time that clocks going back repeat, the
 * first pass, and of one that clocks going forward skip, the offset before the change: as RFC 5545 reads
 * them (and the parser, for zones it knows by name). ical.js gives the offset after the change to both.
 */
function firstPassOffset(t: Time): number {
  const offset = t.utcOffset();
  const earlier = t.clone();
  earlier.adjust(0, -3, 0, 0);
  const before = earlier.utcOffset();
  if (before === offset) return offset;
  // The hour (or whatever the change was) before this wall time still had the earlier offset: then the
  // change came after it, and this wall time was shown first with the earlier offset (or never, skipped).
  const shifted = t.clone();
  shifted.adjust(0, 0, 0, -Math.abs(offset - before));
  return shifted.utcOffset() === before ? before : offset;
}

/**
 * A zone a file names by its IANA (or Windows) name without defining it in a VTIMEZONE, as ical.js reads one
 * it defines: offsets from the runtime's zone data. Without it, ical.js leaves those times floating, and
 * compares them with an EXDATE, a RECURRENCE-ID or an UNTIL in UTC as if they were in UTC: an excluded
 * or moved occurrence stayed, and a rule lost its last one. A time the clocks repeat is the first pass.
 */
export class IanaZone extends ICAL.Timezone {
  /** By week of wall-clock time: its offset, where the zone keeps one from the day before to the day after. */
  private readonly weeks = new Map<number, number | undefined>();

  constructor(
    tzid: string,
    readonly iana: string,
  ) {
    super({ tzid });
  }

  /**
   * Read once a week of times: a rule that recurs every minute asks for tens of thousands. A zone with the
   * same offset a day before and a day after a week is taken to have kept it all week (zones do not change
   * and change back within nine days; Morocco's Ramadan break, among the shortest, lasts about a month).
   */
  override utcOffset(t: Time): number {
    const wall = dayKey(t.year, t.month, t.day) * DAY_MS + ((t.hour * 60 + t.minute) * 60 + t.second) * 1000;
    const week = Math.floor(wall / WEEK_MS);
    if (!this.weeks.has(week)) {
      const before = this.offsetAt(week * WEEK_MS - DAY_MS);
      const after = this.offsetAt((week + 1) * WEEK_MS + DAY_MS);
      this.weeks.set(week, before === after ? before : undefined);
    }
    return this.weeks.get(week) ?? this.offsetAt(wall);
  }

  /** Seconds, of a wall-clock time given as "UTC" milliseconds. */
  private offsetAt(wall: number): number {
    const d = new Date(wall);
    const epoch = zonedTimeToEpoch(this.iana, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
    return (wall - epoch) / 1000;
  }
}

/** The IANA zone of a TZID: itself, Windows' name for it, or the tail of a `/vendor/.../Area/City` id. */
export function ianaZone(tzid: string): string | undefined {
  const name = tzid.trim().replace(/^"(.*)"$/, '$1');
  if (/^(?:UTC|GMT|Z|Etc\/UTC|Coordinated Universal Time)$/i.test(name)) return 'UTC';
  if (name.includes('/') && isTimeZone(name)) return name;
  const windows = WINDOWS_ZONES[name];
  if (windows) return windows;
  const parts = name.split('/');
  for (let i = 1; i < parts.length - 1; i++) {
    const tail = parts.slice(i).join('/');
    if (isTimeZone(tail)) return tail;
  }
  return undefined;
}

/**
 * Makes each zone that the calendars' events name (TZID) without defining it known to ical.js, by its IANA
 * name, while the file is read. ical.js keeps zones in one list for the whole page: what this gives undoes it.
 */
export function lendZones(calendars: Component[]): () => void {
  const lent: string[] = [];
  for (const calendar of calendars) {
    const defined = new Set(calendar.getAllSubcomponents('vtimezone').map((zone) => String(zone.getFirstPropertyValue('tzid'))));
    for (const vevent of calendar.getAllSubcomponents('vevent')) {
      for (const property of vevent.getAllProperties()) {
        const tzid = property.getParameter('tzid');
        // `get`, not `has`: it sets up ical.js's own UTC, which must not be replaced (and then removed).
        if (typeof tzid !== 'string' || defined.has(tzid) || ICAL.TimezoneService.get(tzid)) continue;
        const iana = ianaZone(tzid);
        if (!iana) continue;
        ICAL.TimezoneService.register(new IanaZone(tzid, iana), tzid);
        lent.push(tzid);
      }
    }
  }
  return () => lent.forEach((tzid) => ICAL.TimezoneService.remove(tzid));
}

/** `t` with the offset that makes it the instant `ms`: a wall time in the hour a clock repeats, second time round. */
export const writeAt = (t: Time, ms: number) => `${withSeconds(t)}${offsetText((wallMs(t) - ms) / 1000)}`;

/** Wall-clock times in an IANA zone. */
export function zoneWriter(zone: string | undefined, clockZone: string): ZoneWriter {
  const epoch = (t: Time) => zonedTimeToEpoch(clockZone, t.year, t.month, t.day, t.hour, t.minute, t.second);
  return {
    zone,
    write: wall,
    writeWithOffset: (t) => `${withSeconds(t)}${offsetText((wallMs(t) - epoch(t)) / 1000)}`,
    epoch,
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
 * A recurring event's EXDATEs, each with its line, matched as ical.js matches them: a date-time at the same
 * instant, a date on the same day (of the occurrence's own clock).
 */
export class Exclusions {
  private readonly matched = new Set<Time>();
  private readonly byInstant = new Map<number, Time[]>();
  private readonly byDay = new Map<DayKey, Time[]>();

  constructor(private readonly list: { time: Time; line?: number }[]) {
    for (const { time } of list) {
      const [map, key] = time.isDate ? [this.byDay, dayOf(time)] : [this.byInstant, time.toUnixTime()];
      map.set(key, [...(map.get(key) ?? []), time]);
    }
  }

  /** True when an EXDATE deletes the occurrence planned at `time` (`mark` false: only names that time, and is not counted as deleting something). */
  excludes(time: Time, mark = true): boolean {
    const found = [...(this.byDay.get(dayOf(time)) ?? []), ...(this.byInstant.get(time.toUnixTime()) ?? [])];
    if (mark) for (const exdate of found) this.matched.add(exdate);
    return found.length > 0;
  }

  /** Forgets what was deleted, for the event to be read again. */
  reset() {
    this.matched.clear();
  }

  /** The EXDATEs that deleted nothing before `stop`, the first time not read (undefined: all were read). */
  unmatched(stop?: Time): { time: Time; line?: number }[] {
    const before = (t: Time) => !stop || (t.isDate ? dayOf(t) < dayOf(stop) : t.compare(stop) < 0);
    return this.list.filter(({ time }) => !this.matched.has(time) && before(time));
  }
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

/**
 * The id of a change to an occurrence that its recurring event does not have, kept as an event of its own, from
 * its RECURRENCE-ID on the event's clock: `<uid>-<yyyymmdd>T<hhmmss>`, which no occurrence has (one with that id
 * would start at that time, and the change would be for it), and which stays the same in any window. Of a date
 * in an all-day event, `<uid>-<yyyymmdd>`: an occurrence on that day would be the one the change is for.
 */
export function overrideId(baseId: string, planned: Time, allDay: boolean): string {
  return occurrenceId(baseId, planned, planned.isDate && allDay ? new Set() : new Set([basicDay(planned)]));
}

/** Occurrences of a recurring event left out, before or after the window: how many, and their first and last days. */
export interface Skipped {
  count: number;
  first?: DayKey;
  last?: DayKey;
  /** More than `count` (they were not all read). */
  more?: boolean;
  /** An RRULE without COUNT or UNTIL: they go on for ever, and are not read. */
  endless?: boolean;
  /** The first time the rule gives that was not read (undefined: the rule ended; null: not known). */
  stop?: Time | null;
}

/** One more occurrence left out, on `day`. */
export function skipped(list: Skipped, day: DayKey) {
  list.count++;
  list.first ??= day;
  list.last = day;
}

/** True for an event with an RRULE that has no COUNT or UNTIL. */
export function isEndless(component: Component): boolean {
  return component.getAllProperties('rrule').some((property) => {
    const rule = property.getFirstValue() as InstanceType<typeof ICAL.Recur> | null;
    return rule instanceof ICAL.Recur && !rule.count && !rule.until;
  });
}

/** "its 70 earlier occurrences (2020-01-06 to 2025-11-03) and those after 2027-11-29 (it has no end) are left out"; undefined if none is. */
export function leftOut(earlier: Skipped, later: Skipped | undefined, to: string): string | undefined {
  const days = (list: Skipped) => (list.first === list.last ? isoDate(list.first!) : `${isoDate(list.first!)} to ${isoDate(list.last!)}`);
  const some = (list: Skipped, which: string) => (list.count === 1 ? `its ${which} occurrence (${days(list)})` : `its ${list.count} ${which} occurrences (${days(list)})`);
  const parts: string[] = [];
  if (earlier.count) parts.push(some(earlier, 'earlier'));
  if (later?.endless || (later?.more && !later.count)) parts.push(`those after ${to}${later.endless ? ' (it has no end)' : ''}`);
  else if (later?.more) parts.push(`more than ${later.count} later ones (from ${isoDate(later.first!)})`);
  else if (later?.count) parts.push(some(later, 'later'));
  if (!parts.length) return undefined;
  const one = parts.length === 1 && !/^(those|more)/.test(parts[0]) && (earlier.count || later?.count) === 1;
  return `${parts.join(' and ')} ${one ? 'is' : 'are'} left out`;
}

/** A time as the file writes it: `20190608T080000Z`, `20190608T100000 (Europe/Belgrade)`, `20190608`. */
export function written(time: Time): string {
  const tzid = time.zone?.tzid;
  return tzid && !time.isDate && tzid !== 'UTC' && tzid !== 'floating' ? `${time.toICALString()} (${tzid})` : time.toICALString();
}

export function windowDay(value: string | undefined, name: string): DayKey | undefined {
  if (value === undefined) return undefined;
  // parseIsoDate refuses 2025-02-30 rather than rolling it over into March.
  const day = parseIsoDate(value.trim());
  if (day === undefined) throw new RangeError(`${name}: '${value}' is not a date like 2025-01-31`);
  return day;
}
