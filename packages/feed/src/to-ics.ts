/**
 * RFC 5545 iCalendar (`.ics`) for one event or a whole feed: the "download .ics" item of the card's
 * menu and a feed's "subscribe" file. Widgets load this module with a dynamic `import()`, so it is never
 * part of a drop-in bundle's first load.
 *
 * Written by hand rather than with ical.js: ical.js would save only the escaping and folding below
 * (about 30 lines), costs some 23 KB gzipped, and cannot make a VTIMEZONE from IANA data, which is
 * the one hard part. Each time zone is written from the runtime's own zone data (Intl).
 *
 * - `UID` is `<event id>@iisg-events.<host>` with `uidDomain` (the host the feed is published on), else
 *   `<event id>@iisg-events`: stable for as long as the feed keeps the event's id (and the host), so a calendar that
 *   imports the file again, or a subscription that refreshes it, updates the event instead of adding a copy. The
 *   host makes it unique among publishers (RFC 5545 3.8.4.7): without it, another publisher's feed with an event
 *   `rnnc-7` writes the same UID, and a calendar that imports both keeps one of them.
 * - All-day events: `DTSTART;VALUE=DATE` and the exclusive `DTEND;VALUE=DATE` (the day after the last).
 * - Dates are written in the years 0001 to 9999, as RFC 5545's four-digit years allow and calendar programs
 *   read them (many cannot hold a year 0). An event whose start falls outside them, on the clock it is written
 *   on, is left out and reported (`onProblem`, code `year-out-of-range`). An end past 9999-12-31 (an all-day
 *   event's exclusive end after its last day of 9999-12-31) is written as the event's `DURATION` instead.
 * - Timed events: wall-clock times with `TZID=<the event's zone>` and a `VTIMEZONE` for each zone used,
 *   right for the years the events start and end in. Where the zone's changes in those years follow one yearly
 *   rule, it is one STANDARD and one DAYLIGHT with an RRULE each: the form Outlook keeps, one pair (MS-OXCICAL
 *   2.1.3.1.1.19.2); a zone written change by change is reported to land there in another zone or in UTC, an
 *   hour off. Otherwise one observance per change, without RRULE. UTC events, and the rare time in the hour
 *   repeated when clocks go back (which RFC 5545 and some clients read differently), are written in UTC (`...Z`).
 * - `STATUS`: `cancelled` → `CANCELLED`; `tentative` and `postponed` → `TENTATIVE` (the dates are not
 *   confirmed, or placeholders until new ones are set); every other status → `CONFIRMED`. Any status but
 *   `scheduled` is also written as `X-IISG-STATUS`, which `fromIcs` reads back. A cancelled or postponed
 *   event's `SUMMARY` starts with the status in `lang` ("Cancelled: …", "Otkazano: …"): a subscribed calendar
 *   in Outlook or Google shows the event as any other, or not at all, whatever its `STATUS`.
 * - `ORGANIZER;CN=<name>:<address>` for the first organiser that has an address in the feed: its
 *   `website`, an `http(s):` link or a `mailto:` link's one mailbox, without its `?subject=`, `?cc=`... (a
 *   CAL-ADDRESS is any URI; mailto is required only for e-mail). Without one there is no ORGANIZER: the property needs a value, and an invented
 *   `mailto:noreply@invalid` would be shown to visitors as a contact, and replied to.
 * - `X-WR-TIMEZONE`: the feed's `timeZone`, which `fromIcs` gives back as the feed's (every time is written
 *   with its own zone, so calendar programs need it for nothing else).
 * - No `METHOD`: the file is a plain calendar to import, not an iTIP scheduling message.
 */
import { calendarEntryText, type CountryNames } from './calendar-links.js';
import { DAY_MS, dayKey, isoDate } from './day-key.js';
import { changeIn, yearlyChanges, yearlyRrule, type YearlyChange } from './ics-zone-rule.js';
import { mailboxOf } from './json-ld.js';
import { statusMark } from './status-mark.js';
import { pickText } from './text.js';
import type { EventStatus, Feed, FeedEvent, Problem } from './types.js';

export interface IcsOptions {
  /** Language of the texts (`SUMMARY`, `DESCRIPTION`, `LOCATION`), picked along `languageChain`. */
  lang: string;
  /**
   * For `DTSTAMP`, which in a file without `METHOD` is when the events were last revised (RFC 5545 3.8.7.2).
   * Defaults to the feed's `updated`, else now.
   */
  now?: Date;
  /** `PRODID` of the calendar. */
  prodId?: string;
  /**
   * A name for the calendar (`NAME`, `X-WR-CALNAME`), for a whole-feed file that is subscribed to.
   * Leave it out for a single event: several clients file a named calendar apart from the visitor's own.
   */
  calendarName?: string;
  /** Country names in `lang` where the runtime has none, for `LOCATION` (see `calendarEntryText`). */
  countryNames?: CountryNames;
  /** Told of each event left out of the calendar, and why (code `year-out-of-range`). */
  onProblem?: (problem: Problem) => void;
  /**
   * The host the feed is published on (`www.rcc.int`), for UIDs no other publisher's events have:
   * `<event id>@iisg-events.www.rcc.int`. Give the same one every time. A RangeError if it is not a host name.
   */
  uidDomain?: string;
}

export const ICS_UID_SUFFIX = '@iisg-events';
/** A UID `toIcs` wrote: the event's id, and the host after `@iisg-events.`, if any. */
const OUR_UID = /^(.*)@iisg-events(?:\.([a-z0-9-]+(?:\.[a-z0-9-]+)*))?$/is;

/** The feed's event id of a UID `toIcs` wrote (`rnnc-7@iisg-events.www.rcc.int` → `rnnc-7`), else undefined. */
export function idOfUid(uid: string): string | undefined {
  return OUR_UID.exec(uid)?.[1];
}
/** The feed's status of an event, beside RFC 5545's coarser STATUS. */
export const ICS_STATUS = 'X-IISG-STATUS';
const DEFAULT_PROD_ID = '-//IISG//Event widgets//EN';

const STATUS: Record<EventStatus, string> = {
  scheduled: 'CONFIRMED',
  tentative: 'TENTATIVE',
  cancelled: 'CANCELLED',
  postponed: 'TENTATIVE',
  rescheduled: 'CONFIRMED',
  'moved-online': 'CONFIRMED',
};

/** First instant and first day of the year 0001, and the first of the year 10000: the range an .ics can write. */
const FIRST_DAY = dayKey(1, 1, 1);
const FIRST_MS = FIRST_DAY * DAY_MS;
const END_MS = dayKey(10000, 1, 1) * DAY_MS;

/**
 * An RFC 5545 VCALENDAR with one VEVENT per event, CRLF line endings, lines folded at 75 octets. An event
 * that starts outside the years 0001 to 9999 is left out, and `options.onProblem` told why.
 */
export function toIcs(feed: Feed, allEvents: readonly FeedEvent[], options: IcsOptions): string {
  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${text(options.prodId ?? DEFAULT_PROD_ID)}`, 'CALSCALE:GREGORIAN'];
  if (options.calendarName) lines.push(`NAME:${text(options.calendarName)}`, `X-WR-CALNAME:${text(options.calendarName)}`);
  // The feed's own zone: without it, reading the file back takes the zone most events use as the feed's.
  lines.push(`X-WR-TIMEZONE:${text(feed.timeZone)}`);
  const events = allEvents.filter((event) => {
    const problem = unwritable(event);
    if (problem) options.onProblem?.(problem);
    return !problem;
  });

  // The years each zone is needed in: those its events start and end in (not every year between two
  // events centuries apart, which took seconds to sample).
  const zones = new Map<string, Set<number>>();
  for (const event of events) {
    if (event.allDay || isUtc(event.timeZone)) continue;
    const years = zones.get(event.timeZone) ?? new Set<number>();
    zones.set(event.timeZone, years.add(new Date(event.start).getUTCFullYear()).add(new Date(event.end).getUTCFullYear()));
  }
  for (const [zone, years] of zones) lines.push(...vtimezone(zone, [...years].sort((a, b) => a - b)));

  const stamp = utcDateTime(options.now?.getTime() ?? revised(feed.updated) ?? Date.now());
  const domain = options.uidDomain?.trim().toLowerCase();
  if (domain !== undefined && !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain)) throw new RangeError(`uidDomain: '${options.uidDomain}' is not a host name such as 'www.rcc.int'`);
  const uidSuffix = domain ? `${ICS_UID_SUFFIX}.${domain}` : ICS_UID_SUFFIX;
  for (const event of events) lines.push(...vevent(feed, event, options.lang, stamp, uidSuffix, options.countryNames));
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/**
 * The feed's `updated` as an instant, where it names one: a date (its UTC midnight) or a time with `Z` or an
 * offset (one without is a wall clock in no known zone), in the years RFC 5545 writes.
 */
function revised(updated: string | undefined): number | undefined {
  if (!updated || (updated.length !== 10 && !/(Z|[+-]\d\d:?\d\d)$/i.test(updated))) return undefined;
  const ms = Date.parse(updated);
  return ms >= FIRST_MS && ms < END_MS ? ms : undefined;
}

function vevent(feed: Feed, event: FeedEvent, lang: string, stamp: string, uidSuffix: string, countryNames?: CountryNames): string[] {
  const entry = calendarEntryText(feed, event, lang, countryNames);
  const lines = ['BEGIN:VEVENT', `UID:${text(event.id + uidSuffix)}`, `DTSTAMP:${stamp}`];
  if (event.allDay) {
    lines.push(`DTSTART;VALUE=DATE:${basicDate(event.startDay)}`);
    // The day after 9999-12-31 has no four-digit year: the length of the event says the same.
    const after = event.endDay + 1;
    lines.push(after * DAY_MS < END_MS ? `DTEND;VALUE=DATE:${basicDate(after)}` : `DURATION:P${after - event.startDay}D`);
  } else {
    lines.push(`DTSTART${dateTimeValue(icsClock(event.start, event.timeZone), event.timeZone)}`);
    // An event without an end time ends when it starts: RFC 5545 says so when DTEND is left out.
    if (event.end > event.start) {
      const end = icsClock(event.end, event.timeZone);
      lines.push(inIcsYears(end.wall) ? `DTEND${dateTimeValue(end, event.timeZone)}` : `DURATION:${exactDuration(event.end - event.start)}`);
    }
  }
  const mark = statusMark(event.status, lang);
  lines.push(`SUMMARY:${text(mark ? `${mark}: ${entry.title}` : entry.title)}`);
  if (entry.details) lines.push(`DESCRIPTION:${text(entry.details)}`);
  if (entry.location) lines.push(`LOCATION:${text(entry.location)}`);
  const { lat, lon } = event.location ?? {};
  // FLOATs in decimal (RFC 5545 3.3.7): JavaScript writes 0.0000001 as "1e-7". Six places are 11 cm.
  const float = (n: number) => String(Number(n.toFixed(6)));
  if (lat !== undefined && lon !== undefined) lines.push(`GEO:${float(lat)};${float(lon)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  // The first organiser with an address: a web page, or a mailto link's one mailbox (the subject, body or copies
  // a link may carry, `?cc=...`, are no organiser's).
  for (const organiser of event.organisers.map((id) => feed.organisations.get(id))) {
    const website = organiser?.website;
    const address = website?.startsWith('mailto:') ? mailboxOf(website) && `mailto:${mailboxOf(website)}` : website;
    if (!organiser || !address) continue;
    const name = pickText(organiser.name, lang, feed.language);
    lines.push(`ORGANIZER${name ? `;CN=${paramValue(name)}` : ''}:${address}`);
    break;
  }
  lines.push(`STATUS:${STATUS[event.status]}`);
  // STATUS has three values for our six: the feed's own is kept beside it, so that reading the file back
  // (fromIcs) gives the same status.
  if (event.status !== 'scheduled') lines.push(`${ICS_STATUS}:${event.status}`);
  lines.push('END:VEVENT');
  return lines;
}

/** TEXT value: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
function text(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/** A parameter value, always quoted; `"`, `^` and line breaks written as RFC 6868 says (`^'`, `^^`, `^n`). */
function paramValue(value: string): string {
  const escaped = value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\^/g, '^^')
    .replace(/\n/g, '^n')
    .replace(/"/g, "^'");
  return `"${escaped}"`;
}

/** Fold a content line to at most 75 octets per physical line, never inside a UTF-8 character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const code = char.codePointAt(0)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4; // its UTF-8 length
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // a continuation line starts with a space, which counts
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function basicDate(day: number): string {
  return isoDate(day).replace(/-/g, '');
}

function utcDateTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** `YYYYMMDDTHHMMSS` of a wall clock given as "UTC" milliseconds (instant + offset). */
function wallDateTime(wallMs: number): string {
  return utcDateTime(wallMs).slice(0, -1);
}

/** The clock an instant is written on: UTC where a zoned time would be unclear, else the zone's. */
interface IcsClock {
  /** The time on that clock, as "UTC" milliseconds. */
  wall: number;
  utc: boolean;
}

function icsClock(ms: number, zone: string): IcsClock {
  const offset = offsetAt(ms, zone);
  const utc = isUtc(zone) || isRepeated(ms + offset, zone);
  return { wall: utc ? ms : ms + offset, utc };
}

/** True for a time (on the clock it is written on) in the years 0001 to 9999. */
function inIcsYears(wall: number): boolean {
  return wall >= FIRST_MS && wall < END_MS;
}

/** `;TZID=Europe/Tirane:20190424T093000`, or `:20190424T073000Z` on the UTC clock. */
function dateTimeValue(clock: IcsClock, zone: string): string {
  return clock.utc ? `:${utcDateTime(clock.wall)}` : `;TZID=${zone}:${wallDateTime(clock.wall)}`;
}

/** `PT15H59M`, `PT1H0M5S`: a length of time as an exact RFC 5545 duration (hours, not nominal days). */
function exactDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  let time = h ? `${h}H` : '';
  if (m || (h && s)) time += `${m}M`;
  if (s || !time) time += `${s}S`;
  return `PT${time}`;
}

/**
 * Why an event cannot be written (its start is outside the years 0001 to 9999 on the clock it would be
 * written on: '0000-01-01', or '0000-01-01T00:00+14:00' in UTC), as a problem; undefined if it can.
 */
function unwritable(event: FeedEvent): Problem | undefined {
  let when: string;
  if (event.allDay) {
    if (event.startDay >= FIRST_DAY) return undefined;
    when = isoDate(event.startDay);
  } else {
    const clock = icsClock(event.start, event.timeZone);
    if (inIcsYears(clock.wall)) return undefined;
    // toISOString writes a year past 9999 or before 0 with six digits and a sign: -000001-12-31T10:00.
    when = `${new Date(clock.wall).toISOString().slice(0, -8)} in ${clock.utc ? 'UTC' : event.timeZone}`;
  }
  return {
    severity: 'error',
    code: 'year-out-of-range',
    path: `${event.path}.start`,
    eventId: event.id,
    message: `its start is ${when}, outside the years 0001 to 9999 that an iCalendar file can hold; the event is left out of the calendar`,
  };
}

/**
 * True for a wall-clock time (as "UTC" milliseconds) that happens twice, in the hour repeated when clocks
 * go back. RFC 5545 reads it as the first pass, some clients (ical.js) as the second; UTC is unambiguous.
 */
function isRepeated(wall: number, zone: string): boolean {
  const instants = new Set<number>();
  for (const offset of [offsetAt(wall - DAY_MS, zone), offsetAt(wall + DAY_MS, zone)]) {
    if (offsetAt(wall - offset, zone) === offset) instants.add(wall - offset);
  }
  return instants.size > 1;
}

const utcZones = new Map<string, boolean>();

function isUtc(zone: string): boolean {
  let utc = utcZones.get(zone);
  if (utc === undefined) {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    utc = /^(?:Etc\/)?(?:UTC|UCT|GMT|Zulu|Universal|Greenwich)$/.test(resolved);
    utcZones.set(zone, utc);
  }
  return utc;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** Offset of `zone` from UTC at the instant `ms`, in milliseconds (to the second). */
function offsetAt(ms: number, zone: string): number {
  let format = offsetFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    offsetFormats.set(zone, format);
  }
  const p: Record<string, number> = {};
  let bc = false;
  for (const part of format.formatToParts(ms)) {
    if (part.type === 'era') bc = part.value.startsWith('B');
    else if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  // dayKey, not Date.UTC, which reads years 0-99 as 1900-1999; Intl counts years before 1 as eras (1 BC is year 0).
  const wall = dayKey(bc ? 1 - p.year : p.year, p.month, p.day) * DAY_MS + (((p.hour % 24) * 60 + p.minute) * 60 + p.second) * 1000;
  return wall - (ms - (((ms % 1000) + 1000) % 1000));
}

/** `+0100`, `-0330`, `+011920` (seconds only where the zone has them). */
function utcOffset(offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const total = Math.abs(Math.round(offset / 1000));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${sign}${pad(h)}${pad(m)}${s ? pad(s) : ''}`;
}

/** A change of a zone's offset: its instant, and the offsets before and after it. */
interface Change {
  at: number;
  before: number;
  after: number;
}

/** A stretch of time a VTIMEZONE holds for: the zone's offset at its start, and each change in it. */
interface Span {
  start: number;
  end: number;
  offset: number;
  changes: Change[];
}

/**
 * A VTIMEZONE for `zone` that holds in each of `years` (ascending; in UTC, widened by a day each side, but
 * not beyond the years 0001 to 9999 on the zone's clock). Its changes are found by sampling the runtime's zone
 * data daily and narrowing each down to the second. Where they follow one yearly rule, it is written as Outlook
 * reads a zone: one STANDARD and one DAYLIGHT, each with its RRULE. Otherwise (no summer time, or rules that
 * changed in those years), as the changes are: for each run of consecutive years, the offset in force at its
 * start, then one observance per change, without RRULE.
 */
function vtimezone(zone: string, years: number[]): string[] {
  const spans: Span[] = [];
  for (let i = 0; i < years.length; i++) {
    const first = years[i];
    while (years[i + 1] === years[i] + 1) i++;
    // An observance's DTSTART is a time on the zone's clock, which needs a four-digit year too.
    const start = Math.max((dayKey(first, 1, 1) - 1) * DAY_MS, FIRST_MS - offsetAt(FIRST_MS, zone));
    const end = Math.min((dayKey(years[i] + 1, 1, 1) + 1) * DAY_MS, END_MS - 1000 - offsetAt(END_MS - 1000, zone));
    spans.push(changesIn(zone, start, end));
  }
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const observance = (kind: string, { at, before, after }: Change, rrule?: string) => {
    // DTSTART of an observance is the local time of the change, on the clock as it was before it.
    lines.push(`BEGIN:${kind}`, `DTSTART:${wallDateTime(at + before)}`, ...(rrule ? [`RRULE:${rrule}`] : []));
    lines.push(`TZOFFSETFROM:${utcOffset(before)}`, `TZOFFSETTO:${utcOffset(after)}`, `END:${kind}`);
  };
  const rules = yearlyRules(zone, spans);
  if (rules) {
    for (const rule of rules) observance(rule.after < rule.before ? 'STANDARD' : 'DAYLIGHT', rule, yearlyRrule(rule.rule));
  } else {
    // No one yearly rule gives these changes, so an RRULE would be wrong in some of the years: written change
    // by change, as RFC 5545 allows, which is exact whatever the rules were (Outlook may misread it).
    const kind = (c: Change) => (isDaylight(c.at, c.after, zone) ? 'DAYLIGHT' : 'STANDARD');
    for (const span of spans) {
      const open = { at: span.start, before: span.offset, after: span.offset };
      for (const change of [open, ...span.changes]) observance(kind(change), change);
    }
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/** The offset of `zone` at `start`, and each change of it after `start` up to `end`. */
function changesIn(zone: string, start: number, end: number): Span {
  const span: Span = { start, end, offset: offsetAt(start, zone), changes: [] };
  let t = start;
  let offset = span.offset;
  while (t < end) {
    const next = Math.min(t + DAY_MS, end);
    if (offsetAt(next, zone) === offset) {
      t = next;
      continue;
    }
    let lo = t; // last known second with `offset`
    let hi = next; // first known second without it
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (offsetAt(mid, zone) === offset) lo = mid;
      else hi = mid;
    }
    const after = offsetAt(hi, zone);
    span.changes.push({ at: hi, before: offset, after });
    t = hi;
    offset = after;
  }
  return span;
}

/** A yearly change of the zone, as an observance: `at` is its first onset. */
type Rule = Change & { rule: YearlyChange };

/**
 * The zone's two yearly changes (to summer time and back), STANDARD first, where they are every change in the
 * spans and happen in each of their years; each from its first onset: the first in the spans, or, for the one
 * in force when they start, the one before. Undefined where the spans hold anything else: no summer time, a
 * zone that changed its rules in them (dropped summer time, moved a date), or dates that no BYDAY names
 * (Israel's Friday before the last Sunday of March).
 */
function yearlyRules(zone: string, spans: Span[]): Rule[] | undefined {
  const changes = spans.flatMap((span) => span.changes);
  const first = changes[0];
  const back = first && changes.find((c) => c.before === first.after && c.after === first.before);
  if (!back) return undefined;
  const yearOf = (wall: number) => new Date(wall).getUTCFullYear();
  const rules: Rule[] = [];
  for (const change of [first, back]) {
    // The reading of its date (the last Sunday, or the 4th) that gives each change of the kind in the spans.
    const like = changes.filter((c) => c.before === change.before && c.after === change.after);
    const rule = yearlyChanges(change.at + change.before).find((r) => like.every((c) => changeIn(r, yearOf(c.at + c.before)) === c.at + c.before));
    if (!rule) return undefined;
    rules.push({ ...change, rule });
  }
  const onset = (r: Rule, year: number) => changeIn(r.rule, year) - r.before;
  // No other change, and no year without them: the rules' onsets are the spans' changes, one for one, and to the
  // same offsets (Nuuk kept its dates in 2023 but moved both offsets an hour: the 2022 pair was 2025's an hour off).
  for (const span of spans) {
    const onsets: [number, number][] = [];
    for (let year = yearOf(span.start) - 1; year <= yearOf(span.end) + 1; year++) onsets.push(...rules.map((r): [number, number] => [onset(r, year), r.after]));
    const inSpan = onsets.filter(([t]) => t > span.start && t <= span.end).sort((a, b) => a[0] - b[0]);
    if (inSpan.join() !== span.changes.map((c) => [c.at, c.after]).join()) return undefined;
  }
  // RFC 5545 makes an observance's DTSTART its first onset, so the one in force at the first event starts
  // before it (the October or April before); that must have been a change in the zone's data too.
  const inForce = rules[1];
  const year = yearOf(first.at + first.before);
  inForce.at = onset(inForce, year) < first.at ? onset(inForce, year) : onset(inForce, year - 1);
  const real = inForce.at < first.at && offsetAt(inForce.at - 1000, zone) === inForce.before && offsetAt(inForce.at, zone) === inForce.after;
  if (!real || !inIcsYears(inForce.at + inForce.before)) return undefined;
  return rules.sort((a, b) => a.after - b.after);
}

/** Summer time: an offset above the lower of the year's January and July offsets. */
function isDaylight(at: number, offset: number, zone: string): boolean {
  const year = new Date(at).getUTCFullYear();
  return offset > Math.min(offsetAt(dayKey(year, 1, 1) * DAY_MS, zone), offsetAt(dayKey(year, 7, 1) * DAY_MS, zone));
}
