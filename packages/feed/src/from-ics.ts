/**
 * iCalendar (`.ics`) to a feed: what Outlook, Google Calendar, Thunderbird and our own `toIcs` write,
 * read with ical.js (RFC 5545 parsing, line unfolding, RRULE/RDATE/EXDATE expansion and RECURRENCE-ID
 * overrides are where hand-written readers go wrong). Runs in browsers and in Node; widgets load it
 * with a dynamic `import()`, so pages that read JSON feeds never download ical.js.
 *
 * - Times keep their wall clock and zone: `DTSTART;TZID=Europe/Tirane:20190424T093000` becomes
 *   `"start": "2019-04-24T09:30", "timeZone": "Europe/Tirane"`. Windows zone names (Outlook's
 *   `TZID:Central Europe Standard Time`) and Thunderbird's `/mozilla.org/.../Europe/Berlin` map to IANA
 *   names; an unknown TZID with a VTIMEZONE keeps the instant as an offset (`+02:00`); UTC stays UTC.
 * - All-day events (`VALUE=DATE`, or Outlook's midnight-to-midnight `X-MICROSOFT-CDO-ALLDAYEVENT`)
 *   become dates, with the exclusive DTEND turned into the feed's inclusive `end`. A date-and-time DTEND after a
 *   date DTSTART (not allowed, but written) ends on its own day, unless it is midnight (reported: `mixed-end`).
 * - A TZID with no VTIMEZONE in the file is read, where its name is known, from the runtime's zone data as if
 *   the file defined it (ical.js alone leaves such times floating, and an EXDATE in UTC then misses).
 * - Recurring events become one event per occurrence inside a window (one year either side of today
 *   by default), with ids `<uid>-<yyyymmdd>` (`<uid>-<yyyymmdd>T<hhmmss>` on a day the event recurs more
 *   than once) that stay stable when the file is read again. Each is read for at most `maxOccurrences`
 *   occurrences (1,000) in the window and 20 times as many steps from its start; all of a file's together for at
 *   most 25,000 steps and 5,000 occurrences (25 and 5 times `maxOccurrences` where that is more), so that a page
 *   reading a calendar on its main thread is not held up by a few lines of RRULE. Past that, the recurring events
 *   still to be read are read no further, reported once for the file (`recurrence-budget`).
 * - `STATUS:CANCELLED` (or Outlook's "Canceled: " title prefix) → `cancelled`, whatever else is said;
 *   otherwise `X-IISG-STATUS`, which `toIcs` writes, gives the status; otherwise `TENTATIVE` → `tentative`
 *   ("not confirmed", RFC 5545), or `postponed` in a file our export wrote before it wrote X-IISG-STATUS.
 * - Events marked `CLASS:PRIVATE` or `CONFIDENTIAL` are left out unless asked for: a personal calendar
 *   exported for a public web page should not publish them.
 */
import ICAL from 'ical.js';
import { addMonths, isoDate, today, wallClock, type DayKey } from './day-key.js';
import { quote, shorten } from './problems.js';
import { parseDateValue } from './event-dates.js';
import { canonicalFeed, type RawEvent, type RawFeed } from './format-feed.js';
import { foldText } from './filter-events.js';
import { linkProblem, safeUrl } from './safe-url.js';
import { isTimeZone } from './time-zone.js';
import { checkLanguageOption } from './language-option.js';
import { withoutStatusMark } from './status-mark.js';
import { ICS_STATUS, idOfUid } from './to-ics.js';
import type { Severity } from './types.js';
import { messageOf, misplacedEnd, parseCalendars, parseEventByEvent, propertyLines } from './ics-components.js';
import { dayOf, daysOfSeveral, Exclusions, ianaZone, IanaZone, isEndless, isMidnight, leftOut, lendZones, occurrenceId, offsetWriter, overrideId, skipped } from './ics-times.js';
import { utcWriter, wallMs, windowDay, writeAt, written, zoneWriter } from './ics-times.js';
import type { Occurrence, Skipped, ZoneWriter } from './ics-times.js';
import { htmlToText, joinDetails, readPlace } from './ics-text.js';
import { zonedTimeToEpoch } from './zoned-time.js';

export { htmlToText } from './ics-text.js';

type Time = InstanceType<typeof ICAL.Time>;
type Period = InstanceType<typeof ICAL.Period>;
type Component = InstanceType<typeof ICAL.Component>;
type IcalEvent = InstanceType<typeof ICAL.Event>;

export interface FromIcsOptions {
  /** First day of the window recurring events are expanded over (`2025-01-01`, else a RangeError); a year before today by default. */
  from?: string;
  /** Last day of that window, inclusive (a RangeError if before `from`); a year after today by default. */
  to?: string;
  /** "Today", for the default window. */
  now?: Date;
  /** The feed's `timeZone`; by default the calendar's `X-WR-TIMEZONE`, else the zone most events use, else UTC. A RangeError if unknown. */
  timeZone?: string;
  /** Language of the calendar's texts, the feed's `language`; `en` by default. A RangeError if not a language tag. */
  language?: string;
  /** Keep events marked `CLASS:PRIVATE` or `CONFIDENTIAL` (left out by default). */
  includePrivate?: boolean;
  /**
   * Most occurrences one recurring event may give (default 1000); more are reported and left out. An event is
   * read for at most 20 times as many occurrences from its start, those before the window included, and those
   * after it, counted for the report of what the window leaves out. All recurring events of the file together are
   * read for at most 25,000 such steps and give at most 5,000 occurrences (25 and 5 times this where that is
   * more); then those still to be read are read no further (`recurrence-budget`, once for the file). Of these steps,
   * a time a rule tries and its BYMONTH (or the like) refuses counts two, and one that reads what ical.js gives of an
   * occurrence outside the window (an event with changes to occurrences) three.
   */
  maxOccurrences?: number;
  /**
   * Do not report that a series with no end goes on past `to` (`outside-window`): true of every live
   * calendar, and the widgets read one on every page load. Earlier occurrences left out are still reported.
   */
  quietEndless?: boolean;
}

export interface IcsProblem {
  severity: Severity;
  /**
   * Every code this reader gives: `not-ics`, `unexpected-end`, `invalid-event`, `invalid-date`, `missing-start`,
   * `missing-title`, `private-event`, `unknown-time-zone`, `duplicate-uid`, `invalid-recurrence`, `invalid-occurrence`,
   * `too-many-occurrences`, `recurrence-budget`, `no-occurrences`, `outside-window`, `unmatched-exdate`, `unmatched-override`,
   * `duplicate-override`, `end-before-start`, `mixed-end`, `meeting-details`, `email-title`, `no-events`, `unsafe-url`,
   * `invalid-number`.
   */
  code: string;
  message: string;
  /**
   * Line of the event's `BEGIN:VEVENT` in the file, where the problem is about one event, or of the property
   * concerned (`unmatched-exdate`: the EXDATE; `unmatched-override`, `duplicate-override`: the RECURRENCE-ID; `end-before-start`, `mixed-end`:
   * the DTEND or DURATION; `meeting-details`: the DESCRIPTION; `unsafe-url`: the URL; `invalid-number`: the GEO; `email-title`: the X-WR-CALNAME; `no-events`: the BEGIN:VCALENDAR;
   * `recurrence-budget`: the first recurring event read no further); for `unexpected-end`, the END line.
   */
  line?: number;
  uid?: string;
}

export interface IcsResult {
  /** The feed as JSON data (give it to `parseFeed`); null when the text is not iCalendar at all. */
  feed: RawFeed | null;
  problems: IcsProblem[];
}

/**
 * How far a RECURRENCE-ID that is no occurrence's time may be from the only occurrence of its day to be taken for
 * a change to it: an hour off across a change of summer time, or written in a neighbouring zone.
 */
const SLIP_HOURS = 3;

/** Occurrences of a recurring event on the days of its overrides' RECURRENCE-IDs, for `findSlips`. */
interface Seen {
  /** Those days, on the event's clock; undefined: none is kept. */
  days?: Set<DayKey>;
  /** Each as ical.js gives it (`time`) and on the event's clock (`planned`); `taken`: an override changes it. */
  list: { time: Time; planned: Time; taken: boolean }[];
}

/** Overrides whose RECURRENCE-ID is no occurrence's, taken for changes to the occurrences given (`findSlips`). */
interface Slips {
  /** `among`: how many occurrences of its day no matched change is for (more than one: paired by `pairByTime`). */
  target: Map<Component, { time: Time; planned: Time; among: number }>;
  /** Of several taken for one occurrence, each but the current one. */
  replaced: Map<Component, { winner: Component; by: Decider }>;
}

/**
 * What all recurring events of one file are read for together, at most, however many there are: steps (15 to
 * 30 µs each, most of it in ical.js: these take about half a second) and occurrences kept (100 to 200 µs each). A
 * page reads a calendar on its main thread, and each event's own cap did not stop 20 events of `FREQ=MINUTELY` from
 * 2010 (3 KB of text) taking 22 seconds, nor 50 of `FREQ=DAILY` giving 50,000 events. More than one event's own
 * 20,000 steps; every sample calendar of ical.js's is read in full, in any window from 2005 to 2040. Times
 * `maxOccurrences` where that is more.
 */
const FILE_STEPS = 25_000;
const FILE_OCCURRENCES = 5_000;
/**
 * Steps more that an occurrence before the window (or after it, counted for the report) takes where what ical.js
 * gives of it is read (an event with changes to some occurrences): as long as two more steps.
 */
const READ_STEPS = 2;

/** Thrown from inside ical.js when the file's steps are spent: a rule that matches nothing tries for ever. */
class StepsSpent extends Error {}

/** A calendar name that is an e-mail address and nothing else. */
const MAILBOX = /^(?:mailto:)?[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i;
/** Outlook's all-day flag on events it writes as midnight-to-midnight times. */
const OUTLOOK_ALL_DAY = 'x-microsoft-cdo-alldayevent';
const CANCELLED_PREFIX = /^\s*(?:cancell?ed|abgesagt|annul(?:é|e)e?)\s*:\s*/i;
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/i;
const ONLINE_PROPERTIES = ['x-microsoft-skypeteamsmeetingurl', 'x-google-conference'];
/** What Outlook and others put in LOCATION for a call that has its link elsewhere: not a place. */
const MEETING_SERVICE = /^(?:microsoft teams|teams|zoom|google meet|webex|skype)\b[^,]*$/i;

/** An iCalendar text as a feed: every event, recurring ones expanded over the window. */
export function feedFromIcs(text: string, options: FromIcsOptions = {}): IcsResult {
  if (options.timeZone !== undefined && !isTimeZone(options.timeZone)) throw new RangeError(`time zone: '${options.timeZone}' is not an IANA time zone such as 'Europe/Tirane'`);
  checkLanguageOption(options.language);
  const problems: IcsProblem[] = [];
  const source = text.replace(/^\uFEFF/, '');
  // What was found instead of a calendar (a feed, a web page, a sign-in page), said plainly.
  const lines = source.split(/\r\n|\r|\n/);
  const firstLine = lines.findIndex((line) => line.trim());
  if (firstLine < 0 || !/^BEGIN:VCALENDAR$/i.test(lines[firstLine].trim())) {
    const found = firstLine < 0 ? 'it is empty' : `its first line is ${JSON.stringify(shorten(lines[firstLine].trim()))}`;
    problems.push({ severity: 'error', code: 'not-ics', message: `the file is not iCalendar: it should start with BEGIN:VCALENDAR, but ${found}`, line: firstLine + 1 || 1 });
    return { feed: null, problems };
  }
  let calendars: Component[] | undefined;
  let veventLines: number[] | undefined;
  let failure: unknown;
  // ical.js closes whatever is open at any END line, so a misplaced one (an END:VCALENDAR inside a VEVENT)
  // lost the events after it without an error. Such a file is read event by event, as is one with a line
  // ical.js cannot read (which fails the whole file): only the events concerned are left out.
  if (!misplacedEnd(lines)) {
    try {
      calendars = parseCalendars(source);
    } catch (error) {
      failure = error;
    }
  }
  if (!calendars) {
    const byEvent = parseEventByEvent(lines, problems);
    if (!byEvent) {
      // ical.js's own parser messages say what is wrong ("invalid line ..."); anything else would be JavaScript's.
      const reason = failure instanceof Error && failure.name === 'ParserError' ? ` (${failure.message})` : '';
      problems.push({ severity: 'error', code: 'not-ics', message: `the file is not valid iCalendar${reason}` });
      return { feed: null, problems };
    }
    [calendars, veventLines] = byEvent;
  }
  if (!calendars.length) {
    problems.push({ severity: 'error', code: 'not-ics', message: 'the file has no VCALENDAR' });
    return { feed: null, problems };
  }

  if (!veventLines) {
    veventLines = [];
    lines.forEach((line, i) => {
      if (/^BEGIN:VEVENT\s*$/i.test(line)) veventLines!.push(i + 1);
    });
  }
  const components = calendars.flatMap((c) => c.getAllSubcomponents('vevent'));
  const lineOf = new Map(components.map((c, i) => [c, veventLines[i]]));

  const language = options.language ?? 'en';
  const reader = new IcsReader(problems, lineOf, options, lines);
  const calendarZone = calendars.map((c) => c.getFirstPropertyValue('x-wr-timezone')).find((z): z is string => typeof z === 'string');
  reader.feedZone = options.timeZone ?? (calendarZone && ianaZone(calendarZone)) ?? reader.commonZone(components) ?? 'UTC';

  const returnZones = lendZones(calendars);
  try {
    reader.readAll(components);
  } finally {
    returnZones();
  }

  // A calendar with no VEVENT at all (an export of the wrong calendar, or of its time zones only) is valid, but a
  // web team publishing it would otherwise get an empty feed without a word.
  if (!components.length && !lines.some((line) => /^BEGIN:VEVENT\s*$/i.test(line))) problems.push({ severity: 'warning', code: 'no-events', message: 'the calendar has no events (no BEGIN:VEVENT): the feed is empty; check that the export is of the right calendar', line: firstLine + 1 });
  const feed: RawFeed = { version: 1, events: [] };
  // The calendar's name: X-WR-CALNAME, else NAME. Google names a person's own calendar by its address: as an
  // organiser's, it is not published (README), and a NAME beside it is used instead.
  const names = calendars.flatMap((c) => ['x-wr-calname', 'name'].map((p) => c.getFirstPropertyValue(p))).filter((v): v is string => typeof v === 'string' && Boolean(v.trim()));
  const title = names.find((name) => !MAILBOX.test(name.trim()));
  const mailbox = names.find((name) => MAILBOX.test(name.trim()));
  if (title) feed.title = title.trim();
  else if (mailbox) {
    const line = lines.findIndex((l) => /^(X-WR-CALNAME|NAME)[;:]/i.test(l) && l.includes(mailbox.trim())) + 1;
    problems.push({ severity: 'warning', code: 'email-title', message: `the calendar's name, ${JSON.stringify(mailbox.trim())}, is an e-mail address (Google names a person's own calendar so); it is not made the feed's title, as the feed is published: give the feed a "title" by hand`, ...(line ? { line } : {}) });
  }
  feed.timeZone = reader.feedZone;
  feed.language = language;
  if (reader.organisations.size) feed.organisations = [...reader.organisations.values()];
  const order = (event: RawEvent) => parseDateValue(event.start, event.timeZone ?? reader.feedZone);
  const keyed = reader.events.map((event, i) => ({ event, i, at: order(event) }));
  keyed.sort((a, b) => instant(a.at) - instant(b.at) || a.i - b.i);
  feed.events = keyed.map((k) => k.event);
  return { feed: canonicalFeed(feed), problems };
}

function instant(value: ReturnType<typeof parseDateValue>): number {
  if (!value) return 0;
  return value.kind === 'date' ? value.day * 86_400_000 : value.ms;
}

class IcsReader {
  readonly events: RawEvent[] = [];
  readonly organisations = new Map<string, { id: string; name: string; website?: string }>();
  feedZone = 'UTC';
  private readonly ids = new Set<string>();
  /** By id given twice, the number the next duplicate's `<id>~<n>` is looked for from (`add`). */
  private readonly nextNumber = new Map<string, number>();
  /** Organisations by name and website, and by id given twice the number the next `<base>-<n>` is looked for from. */
  private readonly organisationIds = new Map<string, string>();
  private readonly nextOrganisationNumber = new Map<string, number>();
  /** The tags of each VEVENT, read once for all its occurrences. */
  private readonly tagsOf = new Map<Component, string[]>();
  private readonly reportedZones = new Set<string>();
  private readonly untitled = new Set<Component>();
  private readonly renamed = new Set<Component>();
  private readonly checked = new Set<Component>();
  private readonly fromDay: DayKey;
  private readonly toDay: DayKey;
  /** What is left of the file's steps and occurrences (FILE_STEPS), and the recurring events cut short once one is spent. */
  private stepsLeft: number;
  private occurrencesLeft: number;
  private readonly maxFileSteps: number;
  private readonly maxFileOccurrences: number;
  private readonly cut = new Set<Component>();
  private spent?: 'steps' | 'occurrences';

  constructor(
    private readonly problems: IcsProblem[],
    private readonly lineOf: Map<Component, number | undefined>,
    private readonly options: FromIcsOptions,
    private readonly lines: string[] = [],
  ) {
    const now = today('UTC', (options.now ?? new Date()).getTime());
    this.fromDay = windowDay(options.from, 'from') ?? addMonths(now, -12);
    this.toDay = windowDay(options.to, 'to') ?? addMonths(now, 12);
    if (this.toDay < this.fromDay) throw new RangeError(`to: '${isoDate(this.toDay)}' is before from '${isoDate(this.fromDay)}'`);
    const limit = options.maxOccurrences ?? 1000;
    this.stepsLeft = this.maxFileSteps = Math.max(FILE_STEPS, limit * 25);
    this.occurrencesLeft = this.maxFileOccurrences = Math.max(FILE_OCCURRENCES, limit * 5);
  }

  /** A problem of an event, at the line of its BEGIN:VEVENT unless another `line` (its DTEND's, say) is given. */
  report(component: Component, severity: Severity, code: string, message: string, line = this.lineOf.get(component)) {
    const uid = component.getFirstPropertyValue('uid');
    const problem: IcsProblem = { severity, code, message };
    if (line !== undefined) problem.line = line;
    if (typeof uid === 'string') problem.uid = uid;
    this.problems.push(problem);
  }

  /** Every event, each recurring one with its RECURRENCE-ID overrides. */
  readAll(components: Component[]) {
    const masters: Component[] = [];
    const exceptions = new Map<string, Component[]>();
    const hidden = new Set<string>();
    for (const component of components) {
      const uid = String(component.getFirstPropertyValue('uid') ?? '');
      if (!this.options.includePrivate && /^(PRIVATE|CONFIDENTIAL)$/i.test(String(component.getFirstPropertyValue('class') ?? ''))) {
        this.report(component, 'warning', 'private-event', 'the event is marked private in the calendar; it is left out');
        if (uid && !component.hasProperty('recurrence-id')) hidden.add(uid);
        continue;
      }
      if (!component.hasProperty('recurrence-id')) masters.push(component);
      else if (exceptions.has(uid)) exceptions.get(uid)!.push(component);
      else exceptions.set(uid, [component]);
    }
    // A change to a private event need not say CLASS again: it was published as an event of its own.
    const shown = new Set(masters.map((m) => String(m.getFirstPropertyValue('uid') ?? '')));
    for (const uid of hidden) {
      if (shown.has(uid)) continue;
      for (const component of exceptions.get(uid) ?? []) {
        this.report(component, 'warning', 'private-event', 'this change to an event marked private in the calendar is left out with it');
      }
      exceptions.delete(uid);
    }
    for (const component of masters) {
      const uid = String(component.getFirstPropertyValue('uid') ?? '');
      const own = uid ? exceptions.get(uid) : undefined;
      exceptions.delete(uid);
      this.readSafely(component, own ?? []);
    }
    // Overrides whose recurring event is not in the file: each is an event of its own, the current version of
    // each change only (those without a UID are not known to be versions of one another). A cancelled one is kept,
    // cancelled: unlike one for an occurrence a series in the file lacks, it is what the feed listed (someone
    // invited to one occurrence only), under the same id, and leaving it out would not say it is off.
    for (const [uid, list] of exceptions) {
      const replaced = uid ? replacedOverrides(list) : new Map();
      this.reportReplaced(` with UID ${JSON.stringify(uid)}`, replaced);
      const current = list.filter((override) => !replaced.has(override));
      for (const component of current) this.readSafely(component, [], current);
    }
    this.reportCut();
  }

  /** Once for the file: the recurring events read no further once its steps or its occurrences were spent. */
  private reportCut() {
    const [first] = this.cut;
    if (!first) return;
    const n = this.cut.size;
    const which = n === 1 ? 'one of them is read no further, and its' : `${n} of them are read no further, and their`;
    const [from, to] = [isoDate(this.fromDay), isoDate(this.toDay)];
    const found =
      this.spent === 'steps'
        ? `recur more than ${this.maxFileSteps} times in all from their starts to ${to}, the end of the window recurring events are read in`
        : `have more than ${this.maxFileOccurrences} occurrences in all between ${from} and ${to}`;
    const message = `the file's recurring events ${found}, more than one file is read for; ${which} occurrences from there on are left out`;
    const problem: IcsProblem = { severity: 'warning', code: 'recurrence-budget', message };
    const line = this.lineOf.get(first);
    if (line !== undefined) problem.line = line;
    this.problems.push(problem);
  }

  /** `read`, with a failure (ical.js on input nobody foresaw) reported for this event alone: the others are kept. */
  readSafely(component: Component, overrides: Component[], orphans?: Component[]) {
    try {
      this.read(component, overrides, orphans);
    } catch (error) {
      this.report(component, 'error', 'invalid-event', `the event cannot be read (${messageOf(error)}); it is left out`);
    }
  }

  /**
   * `DTSTART "2019-04-23"` when the event's DTSTART or DTEND, as written in the file, is not an RFC 5545
   * date or date-time: ical.js reads a dashed date without complaint, and wrongly (2019-04-23 as
   * 4 December 2018). Looked up in the event's own lines, from its BEGIN:VEVENT to its END:VEVENT.
   */
  private misreadDate(component: Component): string | undefined {
    const begin = this.lineOf.get(component);
    if (begin === undefined) return undefined;
    for (let i = begin; i < this.lines.length && !/^END:VEVENT\s*$/i.test(this.lines[i]); i++) {
      if (!/^(DTSTART|DTEND)/i.test(this.lines[i])) continue;
      // Unfolded (a long line goes on in lines that start with a space or tab).
      let line = this.lines[i];
      while (i + 1 < this.lines.length && /^[ \t]/.test(this.lines[i + 1])) line += this.lines[++i].slice(1);
      const name = /^(DTSTART|DTEND)[;:]/i.exec(line)?.[1];
      if (!name) continue;
      // The value follows the first colon outside a quoted parameter (TZID="...:...").
      let quoted = false;
      let colon = -1;
      for (let c = 0; c < line.length && colon < 0; c++) {
        if (line[c] === '"') quoted = !quoted;
        else if (line[c] === ':' && !quoted) colon = c;
      }
      const value = line.slice(colon + 1).trim();
      if (!/^\d{8}(T\d{6}Z?)?$/i.test(value)) return `${name.toUpperCase()} ${JSON.stringify(shorten(value))}`;
    }
    return undefined;
  }

  /**
   * One VEVENT (with its RECURRENCE-ID overrides) to one event, or one per occurrence in the window. `orphans`:
   * the overrides of one UID whose recurring event is not in the file, this one among them.
   */
  private read(component: Component, overrides: Component[], orphans?: Component[]) {
    if (!component.hasProperty('dtstart')) {
      this.report(component, 'error', 'missing-start', 'the event has no DTSTART; it is left out');
      return;
    }
    const misread = this.misreadDate(component);
    if (misread) {
      this.report(component, 'error', 'invalid-date', `its ${misread} is not an iCalendar date such as 20190423 or 20190423T093000; the event is left out`);
      return;
    }
    // Only the current one of two changes to one occurrence: ical.js would take the last one it is given, or,
    // of two written in different zones, the one written as the event's DTSTART is.
    const replaced = replacedOverrides(overrides);
    const current = overrides.filter((o) => !replaced.has(o));
    let event: IcalEvent;
    try {
      event = new ICAL.Event(component, { exceptions: current, strictExceptions: false });
    } catch (error) {
      this.report(component, 'error', 'invalid-event', `the event cannot be read (${messageOf(error)}); it is left out`);
      return;
    }
    const uid = String(component.getFirstPropertyValue('uid') ?? '').trim();
    const baseId = uid ? (idOfUid(uid) ?? uid) : `ics-${this.events.length + 1}`;
    if (orphans) {
      const original = component.getFirstPropertyValue('recurrence-id') as Time;
      const planned = orphans.map((c) => valueOf(c, 'recurrence-id')).filter((t): t is Time => t instanceof ICAL.Time);
      this.add(component, event, event.startDate, event.endDate, occurrenceId(baseId, original, daysOfSeveral(planned)));
      return;
    }
    if (!event.isRecurring()) {
      this.readOneOff(component, event, current, replaced, baseId);
      return;
    }
    this.reportReplaced(seriesName(component, event), replaced);
    this.readOccurrences(component, event, current, baseId);
  }

  /**
   * An event that does not recur, with its changes (`overrides`, the current versions; `replaced`, the others).
   * RFC 5545 lets a RECURRENCE-ID equal to DTSTART change an event's only instance, and Google Calendar and Outlook
   * write one when a one-off meeting is moved, renamed or cancelled: such a change (at the same instant; on the same
   * day where either is a date) is read instead of the event, under the event's id, as a change to an occurrence
   * is, and not reported. One a few hours off it that day is read so too, as a change to an occurrence of a
   * recurring event is (`findSlips`); of several for the event, the current one (`currentOf`). Any other is
   * reported and left out.
   */
  private readOneOff(component: Component, event: IcalEvent, overrides: Component[], replaced: ReturnType<typeof replacedOverrides>, baseId: string) {
    const name = seriesName(component, event);
    const start = event.startDate;
    const local = (override: Component) => {
      const original = valueOf(override, 'recurrence-id');
      return original instanceof ICAL.Time ? this.onEventClock(component, event, original) : undefined;
    };
    const atStart = overrides.filter((override) => {
      const t = local(override);
      return t && (t.isDate || start.isDate ? dayOf(t) === dayOf(start) : wallMs(t) === wallMs(start));
    });
    // Two versions of the change at the start with RECURRENCE-IDs of two kinds (a date and a time that day).
    const versions = replacedOverrides(atStart, () => 'start');
    const slips = this.findSlips(component, event, new Exclusions([]), overrides.filter((o) => !atStart.includes(o)), [{ time: start, planned: start, taken: atStart.length > 0 }]);
    const read = atStart.find((o) => !versions.has(o)) ?? [...slips.target.keys()].find((o) => !slips.replaced.has(o));
    let item = event;
    if (read) {
      try {
        if (!read.hasProperty('dtstart')) throw new Error('it has no DTSTART');
        item = new ICAL.Event(read);
      } catch (error) {
        this.report(read, 'error', 'invalid-occurrence', `the change to the event${name} cannot be read (${messageOf(error)}); the event is shown as it was before the change`);
      }
    }
    this.add(item.component, item, item.startDate, item.endDate, baseId);

    const the = 'the event';
    this.reportReplaced(name, new Map([...replaced, ...versions, ...slips.replaced]), the);
    const check = 'check it in the calendar the file comes from';
    for (const override of overrides) {
      if (versions.has(override) || slips.replaced.has(override) || (override === read && item === event)) continue;
      const original = valueOf(override, 'recurrence-id');
      const about = `this change to the event${name} is for ${original instanceof ICAL.Time ? written(original) : 'a time that cannot be read'} (its RECURRENCE-ID)`;
      const line = this.lineOfProperty(override, 'RECURRENCE-ID');
      const cancels = isCancelled(override);
      // A change at the start is what RFC 5545 allows and Google and Outlook write: nothing to report, as for a
      // change that matches an occurrence of a recurring event (the widgets would say it on every page load).
      if (override === read && atStart.includes(override)) continue;
      if (override === read) {
        this.report(override, 'warning', 'unmatched-override', `${about}, not the event's start; it is read as ${cancels ? 'cancelling' : 'a change to'} ${slipText(local(override)!, start, the)} (a RECURRENCE-ID written in another zone, or across a change of summer time): ${check}`, line);
      } else {
        const why = atStart.length ? `another change is for the event's start` : `that is not the event's start, ${written(start)}, nor ${SLIP_HOURS} hours or less from it that day`;
        this.report(override, 'warning', 'unmatched-override', `${about}, but the event does not recur (it has no RRULE or RDATE), and ${why}; the change is left out: ${check}`, line);
      }
    }
  }

  /**
   * A recurring event as one event per occurrence in the window. Read twice where a change to an occurrence it
   * does not have is taken for a change to one it has (`findSlips`), then given as `slips`: what the first reading
   * reported is taken back, and the second, with those changes matched, is the one kept.
   */
  private readOccurrences(component: Component, event: IcalEvent, overrides: Component[], baseId: string, exclusions = this.takeExclusions(component), slips?: Slips) {
    const mark = this.problems.length;
    // The occurrences on the days of the changes' RECURRENCE-IDs, for findSlips; none in the second reading.
    const seen: Seen = { days: slips || !overrides.length ? undefined : this.daysOf(component, event, overrides), list: [] };
    const limit = this.options.maxOccurrences ?? 1000;
    // Occurrences before the window are skipped one by one (ical.js cannot jump ahead), some 10 µs each: a
    // FREQ=MINUTELY rule from 2010 took minutes. Past this many steps the rest is left out, reported.
    const maxSteps = limit * 20;
    const occurrencesLeft = this.occurrencesLeft;
    const iterator = this.metered(keepEveryRule(keepStart(keepPeriods(event.iterator()), component)));
    // Days from an occurrence's start to its last day, at most, where its details need not be read before the window.
    const quick = seen.days ? undefined : quickSpan(component, event);
    const occurrences: (Occurrence & { byPeriod: boolean })[] = [];
    const changed = new Set<Component>();
    const earlier: Skipped = { count: 0 };
    let count = 0;
    let steps = 0;
    let failed = false;
    // Read no further, the file's steps or occurrences spent (`recurrence-budget`, reported once for the file).
    let cut = false;
    // The first time the rule gives that is not read (undefined: the rule ended); null: not known.
    let stop: Time | null | undefined;
    // The first time after the window.
    let beyond: Time | undefined;
    let previous: Time | undefined;
    for (;;) {
      if (this.stepsLeft <= 0) {
        cut = this.cutShort(component, 'steps');
        stop = null;
        break;
      }
      let next: Time | Period | null;
      try {
        next = iterator.next() as Time | Period | null;
      } catch (error) {
        if (error instanceof StepsSpent) {
          cut = this.cutShort(component, 'steps');
          stop = null;
          break;
        }
        this.report(component, 'error', 'invalid-recurrence', `the event's recurrence cannot be read further (${messageOf(error)}); its later occurrences are left out`);
        failed = true;
        stop = null;
        break;
      }
      if (!next) break;
      // RDATE;VALUE=PERIOD gives a period: its own start and end instead of the event's duration.
      const period = next instanceof ICAL.Period ? next : undefined;
      const time = period ? period.start : (next as Time);
      // A time two rules give, or a rule and an RDATE, is one occurrence (RFC 5545's recurrence set is a set); ical.js
      // gives it again, next in line, and it was shown twice under ids with a time and '~2'.
      if (previous && time.compare(previous) === 0) continue;
      previous = time;
      stop = time;
      if (dayOf(time) > this.toDay) {
        beyond = time;
        break;
      }
      // Counted once there is one more occurrence to read, so that exactly maxSteps of them are not "more".
      if (++steps > maxSteps) {
        this.report(component, 'warning', 'too-many-occurrences', `the event recurs more than ${maxSteps} times from its start to ${isoDate(this.toDay)}, the end of the window recurring events are read in; occurrences after the ${maxSteps}th are left out`);
        failed = true;
        break;
      }
      stop = undefined;
      if (exclusions.excludes(time)) continue;
      // Before the window, an occurrence of an event with no changes, whatever its length, is left out unread: reading
      // what ical.js gives of it (its end, a change to it) was most of the time a step took.
      if (quick !== undefined && !period && dayOf(time) + quick < this.fromDay) {
        skipped(earlier, dayOf(time));
        continue;
      }
      try {
        let details = event.getOccurrenceDetails(time);
        // A time an RDATE gives in UTC (kept when a rule gives the same instant): ical.js finds a change written on
        // the event's clock only by that clock's time.
        if (details.item === event && time.zone !== event.startDate.zone) {
          const onClock = event.getOccurrenceDetails(this.onEventClock(component, event, time));
          if (onClock.item !== event) details = onClock;
        }
        if (details.item !== event) changed.add(details.item.component);
        this.see(component, event, seen, time, details.item !== event);
        let start: Time = details.startDate;
        const byPeriod = period !== undefined && details.item === event;
        let end = byPeriod ? period.getEnd() : details.endDate;
        if (lastDayOf(details.item.component, start, end) < this.fromDay) {
          this.stepsLeft -= READ_STEPS;
          skipped(earlier, dayOf(start));
          continue;
        }
        if (++count > limit) {
          this.report(component, 'warning', 'too-many-occurrences', `the event recurs more than ${limit} times between ${isoDate(this.fromDay)} and ${isoDate(this.toDay)}; occurrences after the ${limit}th are left out`);
          stop = time;
          break;
        }
        if (--this.occurrencesLeft < 0) {
          cut = this.cutShort(component, 'occurrences');
          stop = null;
          break;
        }
        if (details.item === event) {
          start = this.onEventClock(component, event, start);
          end = this.onEventClock(component, event, end);
        }
        // Its id from its time on the event's clock, as a kept change's (`keepOverride`): an RDATE may be in UTC.
        occurrences.push({ item: details.item, start, end, planned: this.onEventClock(component, event, time), byPeriod });
      } catch (error) {
        this.report(component, 'error', 'invalid-occurrence', `the occurrence of ${isoDate(dayOf(time))} cannot be read (${messageOf(error)}); it is left out`);
        failed = true;
      }
    }
    let later: Skipped | undefined;
    if (beyond) {
      later = isEndless(component) ? { count: 0, endless: true } : this.countLater(component, event, iterator, beyond, exclusions, changed, maxSteps - steps, seen);
      stop = later.endless ? beyond : later.stop;
    }
    const unused = stop === null ? [] : overrides.filter((override) => {
      const original = valueOf(override, 'recurrence-id');
      return !changed.has(override) && original instanceof ICAL.Time && !(stop && original.compare(stop) >= 0);
    });
    if (seen.days && unused.length) {
      const found = this.findSlips(component, event, exclusions, unused, seen.list);
      if (found.target.size) {
        this.problems.length = mark;
        exclusions.reset();
        // Read again: its occurrences are counted again (its steps are not given back).
        this.occurrencesLeft = occurrencesLeft;
        // ical.js keeps them by the RECURRENCE-ID's text (its types say an array), and looks up an occurrence's.
        const exceptions = event.exceptions as unknown as Record<string, IcalEvent>;
        for (const [override, { time }] of found.target) {
          if (found.replaced.has(override)) continue;
          for (const [key, item] of Object.entries(exceptions)) if (item.component === override) delete exceptions[key];
          exceptions[time.toString()] = new ICAL.Event(override);
        }
        this.readOccurrences(component, event, overrides, baseId, exclusions, found);
        return;
      }
    }
    const several = daysOfSeveral(occurrences.map((o) => o.planned));
    for (const { item, start, end, planned, byPeriod } of occurrences) {
      try {
        this.add(item.component, item, start, end, occurrenceId(baseId, planned, several), true, byPeriod);
      } catch (error) {
        this.report(component, 'error', 'invalid-occurrence', `the occurrence of ${isoDate(dayOf(planned))} cannot be read (${messageOf(error)}); it is left out`);
        failed = true;
      }
    }
    const name = seriesName(component, event);
    if (stop !== null) this.reportUnmatched(component, event, baseId, name, exclusions, overrides, unused, stop, slips);
    if (cut) return;
    if (!count && !failed) {
      this.report(component, 'warning', 'no-occurrences', `the recurring event${name} has no occurrences between ${isoDate(this.fromDay)} and ${isoDate(this.toDay)}, the window recurring events are read in`);
    } else if (count && count <= limit) {
      const to = isoDate(this.toDay);
      const outside = leftOut(earlier, later?.endless && this.options.quietEndless ? undefined : later, to);
      if (outside) this.report(component, 'warning', 'outside-window', `the recurring event${name} is read from ${isoDate(this.fromDay)} to ${to} only, the window recurring events are read in: ${outside}`);
    }
  }

  /** Notes that `component` is read no further, the file's `what` spent (the first spent is the one reported). */
  private cutShort(component: Component, what: 'steps' | 'occurrences'): true {
    this.spent ??= what;
    this.cut.add(component);
    return true;
  }

  /**
   * The expansion, each step it takes counted against the file's steps: each time it gives (a hundred copies of one
   * RRULE give each time a hundred times), or, where more, each time a rule tries, a time its BYMONTH, BYMONTHDAY and
   * the like refuse counting two (ical.js tries on for one occurrence as long as they refuse: for ever for
   * `FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30`, each try some 30 µs); and one more for each hundred rules still going, each
   * compared with the others for each time. Throws StepsSpent from inside ical.js when the steps are spent.
   */
  private metered(iterator: Expansion): Expansion {
    type Rule = { check_contracting_rules?: () => boolean };
    const expansion = iterator as unknown as { ruleIterators?: Rule[]; next: () => unknown };
    const rulesOf = () => (Array.isArray(expansion.ruleIterators) ? expansion.ruleIterators : []);
    for (const rule of rulesOf()) {
      const check = rule.check_contracting_rules;
      if (typeof check !== 'function') continue;
      rule.check_contracting_rules = () => {
        if (--this.stepsLeft < 0) throw new StepsSpent('the steps of the file are spent');
        const given = check.call(rule);
        if (!given) this.stepsLeft--;
        return given;
      };
    }
    const next = expansion.next;
    expansion.next = () => {
      const before = this.stepsLeft;
      const time = next.call(expansion);
      this.stepsLeft -= Math.max(0, 1 - (before - this.stepsLeft)) + Math.floor(rulesOf().length / 100);
      return time;
    };
    return iterator;
  }

  /**
   * The occurrences after the window, from `first`, counted for the report (at most `budget` of them) and
   * checked against the EXDATEs and overrides; `stop` as in readOccurrences.
   */
  private countLater(component: Component, event: IcalEvent, iterator: ReturnType<IcalEvent['iterator']>, first: Time, exclusions: Exclusions, changed: Set<Component>, budget: number, seen: Seen): Skipped {
    const later: Skipped = { count: 0 };
    for (let time: Time | null = first, steps = 0; time; steps++) {
      // Or the file's steps spent: the window's occurrences are all read, only these are not counted.
      if (steps >= budget || this.stepsLeft <= 0) return { ...later, more: true, stop: time };
      if (!exclusions.excludes(time)) {
        skipped(later, dayOf(time));
        this.stepsLeft -= READ_STEPS;
        try {
          const { item } = event.getOccurrenceDetails(time);
          if (item !== event) changed.add(item.component);
          this.see(component, event, seen, time, item !== event);
        } catch {
          // Not read, only counted: the occurrence is left out whatever is wrong with it.
        }
      }
      try {
        // A time given again (see readOccurrences) is not counted again.
        const last: Time = time;
        do {
          const next = iterator.next() as Time | Period | null;
          time = next instanceof ICAL.Period ? next.start : next;
        } while (time && time.compare(last) === 0);
      } catch (error) {
        // The file's steps spent inside ical.js (a rule that matches little): as above, from the time after this one.
        if (error instanceof StepsSpent) return { ...later, more: true, stop: time };
        return { ...later, more: true, stop: null };
      }
    }
    return later;
  }

  /**
   * The event's EXDATEs, taken out of it to be matched here: ical.js removes what they match but does not
   * say which matched nothing (an EXDATE in UTC an hour off the event's time, say), and the file should.
   */
  private takeExclusions(component: Component): Exclusions {
    const begin = this.lineOf.get(component);
    const lines = begin === undefined ? [] : propertyLines(this.lines, begin, 'EXDATE');
    const list = component
      .getAllProperties('exdate')
      .flatMap((property, n) => property.getValues().filter((t): t is Time => t instanceof ICAL.Time).map((time) => ({ time, line: lines[n] })));
    component.removeAllProperties('exdate');
    return new Exclusions(list);
  }

  /**
   * EXDATEs that removed nothing and RECURRENCE-ID overrides that changed nothing (`unused`), before `stop` (the
   * first time the rule gives that was not read; undefined: the rule ended): the deleted meeting is still shown,
   * the moved one at its old time, without a word from ical.js. Such an override is taken for a change to an
   * occurrence the event has where `findSlips` finds one (`slips`); else, if it cancels, it is left out; else it is
   * shown, as Outlook and Google Calendar show it, as an event of its own (`keepOverride`). One whose RECURRENCE-ID
   * an EXDATE names too is left out.
   */
  private reportUnmatched(component: Component, event: IcalEvent, baseId: string, name: string, exclusions: Exclusions, overrides: Component[], unused: Component[], stop: Time | undefined, slips?: Slips) {
    for (const { time, line } of exclusions.unmatched(stop)) {
      this.report(component, 'warning', 'unmatched-exdate', `the EXDATE ${written(time)} of the recurring event${name} is not the start of any of its occurrences, so it deletes none; check which occurrence it should delete in the calendar the file comes from`, line);
    }
    const check = 'check it in the calendar the file comes from';
    const unmatched = new Set(unused);
    for (const override of overrides) {
      const replaced = slips?.replaced.get(override);
      if (replaced) {
        this.reportReplaced(name, new Map([[override, replaced]]));
        continue;
      }
      const slip = slips?.target.get(override);
      if (!slip && !unmatched.has(override)) continue;
      const original = override.getFirstPropertyValue('recurrence-id') as Time;
      const line = this.lineOfProperty(override, 'RECURRENCE-ID');
      const about = `this change to one occurrence of the recurring event${name} is for ${written(original)} (its RECURRENCE-ID)`;
      if (slip) {
        const local = this.onEventClock(component, event, original);
        const what = isCancelled(override) ? 'cancelling' : 'a change to';
        this.report(override, 'warning', 'unmatched-override', `${about}, when the event does not occur; it is read as ${what} ${slipText(local, slip.planned, slip.among)} (a RECURRENCE-ID written in another zone, or across a change of summer time): ${check}`, line);
        continue;
      }
      // The occurrence deleted (an override found here for an EXDATE's occurrence), or both written for one that is not there.
      if (exclusions.excludes(original, false)) {
        this.report(override, 'warning', 'unmatched-override', `${about}, which an EXDATE of the event names too; the change is left out: ${check}`, line);
        continue;
      }
      // Outlook cancels one occurrence with such a change: as an event of its own it would say that a meeting
      // nobody planned is cancelled, or, next to the occurrence it was meant for, that this one is both held and not.
      if (isCancelled(override)) {
        this.report(override, 'warning', 'unmatched-override', `${about}, when the event does not occur; it cancels an occurrence the event does not have, and is left out: ${check}`, line);
        continue;
      }
      const kept = this.keepOverride(component, event, override, baseId);
      if (kept === null) continue; // not read; reported
      const outcome = kept
        ? `it is shown as an event of its own ('${kept}'), as calendar programs show it`
        : `as an event of its own it is outside the window recurring events are read in (${isoDate(this.fromDay)} to ${isoDate(this.toDay)}), and left out`;
      this.report(override, 'warning', 'unmatched-override', `${about}, when the event does not occur; ${outcome}: ${check}`, line);
    }
  }

  /** The days of the overrides' RECURRENCE-IDs, on the event's clock. */
  private daysOf(component: Component, event: IcalEvent, overrides: Component[]): Set<DayKey> {
    const days = new Set<DayKey>();
    for (const override of overrides) {
      const original = valueOf(override, 'recurrence-id');
      if (original instanceof ICAL.Time) days.add(dayOf(this.onEventClock(component, event, original)));
    }
    return days;
  }

  /** An occurrence read (`time`, as ical.js gives it), kept in `seen` if it is on one of its days. */
  private see(component: Component, event: IcalEvent, seen: Seen, time: Time, taken: boolean) {
    if (!seen.days) return;
    const planned = this.onEventClock(component, event, time);
    if (seen.days.has(dayOf(planned))) seen.list.push({ time, planned, taken });
  }

  /**
   * Of the overrides whose RECURRENCE-ID is no occurrence's (`unused`), each that is taken for a change to an
   * occurrence the event has, with that occurrence, on the RECURRENCE-ID's day (on the event's clock), of those
   * no other override is for (free), both being times of day at most SLIP_HOURS apart (a RECURRENCE-ID written in
   * another zone, or an hour off across a change of summer time): the only free one of the day; or, where the day
   * has several and two or more overrides are that near one, those overrides paired with them by nearest time
   * (`pairByTime`; a lone one might be a session the event does not have, and is not guessed at). Of several taken
   * for one occurrence, the current one (`currentOf`) is; the others are `replaced`. Not one an EXDATE names, nor a
   * RANGE=THISANDFUTURE.
   */
  private findSlips(component: Component, event: IcalEvent, exclusions: Exclusions, unused: Component[], seen: Seen['list']): Slips {
    const target: Slips['target'] = new Map();
    const byDay = new Map<DayKey, { override: Component; local: Time }[]>();
    for (const override of unused) {
      const original = valueOf(override, 'recurrence-id');
      if (!(original instanceof ICAL.Time) || exclusions.excludes(original, false)) continue;
      if (override.getFirstProperty('recurrence-id')?.getParameter('range')) continue;
      const local = this.onEventClock(component, event, original);
      byDay.set(dayOf(local), [...(byDay.get(dayOf(local)) ?? []), { override, local }]);
    }
    for (const [day, changes] of byDay) {
      const free = seen.filter((o) => !o.taken && dayOf(o.planned) === day);
      if (free.length === 1) {
        for (const { override, local } of changes) if (near(local, free[0].planned)) target.set(override, { ...free[0], among: 1 });
        continue;
      }
      const candidates = changes.filter(({ local }) => free.some((o) => near(local, o.planned)));
      if (free.length < 2 || candidates.length < 2) continue;
      const byTime = (a: Time, b: Time) => wallMs(a) - wallMs(b);
      candidates.sort((a, b) => byTime(a.local, b.local));
      const sessions = [...free].sort((a, b) => byTime(a.planned, b.planned));
      for (const [i, j] of pairByTime(candidates.map((c) => c.local), sessions.map((o) => o.planned))) {
        target.set(candidates[i].override, { ...sessions[j], among: free.length });
      }
    }
    const occurrence = new Map([...target].map(([override, { time }]) => [override, String(seen.findIndex((o) => o.time === time))]));
    const replaced = replacedOverrides([...target.keys()], (override) => occurrence.get(override));
    return { target, replaced };
  }

  /**
   * A change to an occurrence that its recurring event does not have, as an event of its own where its own days
   * are in the window. Its id is that of an occurrence on its RECURRENCE-ID (`overrideId`), which none has. Gives
   * the id (undefined: outside the window; null: it cannot be read, or has no title, as reported).
   */
  private keepOverride(component: Component, event: IcalEvent, override: Component, baseId: string): string | undefined | null {
    try {
      const item = new ICAL.Event(override);
      const { startDate: start, endDate: end } = item;
      if (dayOf(start) > this.toDay || lastDayOf(override, start, end) < this.fromDay) return undefined;
      const original = this.onEventClock(component, event, override.getFirstPropertyValue('recurrence-id') as Time);
      return this.add(override, item, start, end, overrideId(baseId, original, event.startDate.isDate), true) ?? null;
    } catch (error) {
      this.report(override, 'error', 'invalid-occurrence', `the change to the occurrence of ${isoDate(dayOf(override.getFirstPropertyValue('recurrence-id') as Time))} cannot be read (${messageOf(error)}); it is left out`);
      return null;
    }
  }

  /**
   * Each override that another one of the same occurrence replaces (`replacedOverrides`), at its RECURRENCE-ID:
   * it was read instead of the current one, or reported as changing an occurrence that does not exist.
   */
  private reportReplaced(name: string, replaced: Map<Component, { winner: Component; by: Decider }>, of = 'the same occurrence of the recurring event') {
    for (const [override, { winner, by }] of replaced) {
      const original = override.getFirstPropertyValue('recurrence-id') as Time;
      const why = by === 'sequence' ? 'as it has a higher SEQUENCE' : by === 'dtstamp' ? 'as it has the same SEQUENCE and a later DTSTAMP' : 'as it comes later in the file, with the same SEQUENCE and DTSTAMP';
      const begin = this.lineOf.get(override);
      const line = begin === undefined ? undefined : propertyLines(this.lines, begin, 'RECURRENCE-ID')[0];
      const at = this.lineOf.get(winner);
      const where = at === undefined ? '' : `, on line ${at},`;
      this.report(override, 'warning', 'duplicate-override', `another change to ${of}${name} (RECURRENCE-ID ${written(original)})${where} is read instead of this one, ${why}; this one is left out`, line);
    }
  }

  /** An occurrence's time on the clock of the event's DTSTART, which is the one written: an RDATE may be in UTC. */
  private onEventClock(component: Component, event: IcalEvent, t: Time): Time {
    const zone = event.startDate.zone;
    if (t.isDate || !zone || !t.zone || t.zone.tzid === zone.tzid || t.zone.tzid === 'floating') return t;
    if (zone.tzid !== 'floating' && !(zone instanceof IanaZone)) return t.convertToZone(zone);
    // A zone known by name (ical.js would convert with the offset of the UTC clock time, an hour off near a
    // change), or a floating DTSTART (or a TZID nobody knows): the IANA zone it is read in.
    const tzid = component.getFirstProperty('dtstart')?.getParameter('tzid');
    const iana = zone instanceof IanaZone ? zone.iana : typeof tzid === 'string' ? ianaZone(tzid) ?? this.feedZone : this.feedZone;
    const w = wallClock(t.toUnixTime() * 1000, iana);
    return new ICAL.Time({ year: w.year, month: w.month, day: w.day, hour: w.hour, minute: w.minute, second: t.second, isDate: false }, zone);
  }

  /** Gives the event's id (another if another event has it), undefined if it is left out (reported). `byPeriod`: the end is an RDATE period's. */
  private add(component: Component, event: IcalEvent, start: Time, end: Time, id: string, occurrence = false, byPeriod = false): string | undefined {
    let status = statusOf(component);
    // The mark our own export puts before a cancelled or postponed event's title.
    let title = withoutStatusMark((event.summary ?? '').trim(), status);
    if (CANCELLED_PREFIX.test(title)) {
      title = title.replace(CANCELLED_PREFIX, '');
      status = 'cancelled';
    }
    if (!title) {
      // Once for a recurring event, not once per occurrence.
      if (!this.untitled.has(component)) this.report(component, 'error', 'missing-title', 'the event has no SUMMARY (title); it is left out');
      this.untitled.add(component);
      return undefined;
    }
    if (this.ids.has(id)) {
      // From the number after the last one given for this id: the names below it are taken (`ids` only grows).
      // Counting up from 2 for each duplicate took most of a minute for 12,000 events with one UID.
      let n = this.nextNumber.get(id) ?? 2;
      while (this.ids.has(`${id}~${n}`)) n++;
      this.nextNumber.set(id, n + 1);
      // Once for a recurring event: its other occurrences are renamed alike.
      if (!this.renamed.has(component)) {
        const uid = JSON.stringify(String(component.getFirstPropertyValue('uid') ?? ''));
        const message = occurrence
          ? `another event has the UID ${uid} too; this event's occurrences are called '${id}~${n}' and so on`
          : `another event has the UID ${JSON.stringify(id)}; this one is called '${id}~${n}'`;
        this.report(component, 'warning', 'duplicate-uid', message);
      }
      this.renamed.add(component);
      id = `${id}~${n}`;
    }
    this.ids.add(id);
    const raw: RawEvent = { id, title, start: '' };

    const allDay = start.isDate || (isOutlookAllDay(component) && isMidnight(start) && isMidnight(end));
    if (allDay) {
      const first = dayOf(start);
      // DTEND is exclusive; a date and time after a date is not (mixedEndDays).
      const span = start.isDate ? mixedEndDays(component) : undefined;
      const last = span === undefined ? dayOf(end) - 1 : first + span;
      raw.start = isoDate(first);
      if (last > first) raw.end = isoDate(last);
    } else {
      const startZone = this.zoneOf(component, 'dtstart', start);
      raw.start = startZone.write(start);
      // An occurrence of a series ends at its start plus the duration, on the start's clock; a change to one
      // occurrence (matched or kept as an event of its own) at its own DTEND, on that DTEND's clock.
      const ownEnd = component.hasProperty('dtend') && !(occurrence && !component.hasProperty('recurrence-id'));
      const endZone = ownEnd ? this.zoneOf(component, 'dtend', end) : startZone;
      // The end RFC 5545 gives, on the clock the start is written on, where ical.js adds a length on the wall clock: a
      // time in UTC had it right, and one in a zone known only from the file's VTIMEZONE (written with its offset)
      // keeps ical.js's, as does an RDATE period and a changed occurrence with its own DTEND.
      let exact: number | undefined;
      if (!byPeriod && startZone !== utcWriter && startZone !== offsetWriter) {
        const zone = startZone.zone ?? this.feedZone;
        const duration = component.getFirstPropertyValue('duration');
        const [dtstart, dtend] = [component.getFirstPropertyValue('dtstart'), component.getFirstPropertyValue('dtend')];
        if (duration instanceof ICAL.Duration && !duration.isNegative && !dtend) {
          // A DURATION: its weeks and days on the wall clock, its hours, minutes and seconds as time that passes (3.3.6).
          ({ end, ms: exact } = durationEnd(start, duration.weeks * 7 + duration.days, (duration.hours * 60 + duration.minutes) * 60 + duration.seconds, zone));
        } else if (!ownEnd && dtstart instanceof ICAL.Time && dtend instanceof ICAL.Time && !dtend.isDate) {
          // An occurrence of a series with a DTEND: the exact time from DTSTART to DTEND passes (3.8.5.3). Weekly
          // 22:00 to 04:00 ended at 04:00, 7 hours later, the night the clocks go back.
          const length = this.zoneOf(component, 'dtend', dtend).epoch(dtend) - startZone.epoch(dtstart);
          ({ end, ms: exact } = durationEnd(start, 0, length / 1000, zone));
        }
      }
      if (end.compare(start) > 0) {
        // That exact end in the hour a clock repeats, second time round (22:00 and 5 hours the night clocks go
        // back: 02:00 at +01:00), with its offset: a wall time alone is read as the first pass.
        if (exact !== undefined && startZone.epoch(end) !== exact) raw.end = writeAt(end, exact);
        else raw.end = endZone.zone === startZone.zone ? endZone.write(end) : endZone.writeWithOffset(end);
      }
      if (startZone.zone && startZone.zone !== this.feedZone) raw.timeZone = startZone.zone;
    }
    // ical.js reads a DTSTART of year -1 or 10000; the feed's dates have four digits. Said here, with the line.
    if (!parseDateValue(raw.start, raw.timeZone ?? this.feedZone)) {
      this.report(component, 'error', 'invalid-date', `its DTSTART is not a date of the years 0000 to 9999 (read as ${JSON.stringify(raw.start)}); the event is left out`);
      return undefined;
    }
    if (status !== 'scheduled') raw.status = status;

    const source = String(component.getFirstPropertyValue('description') ?? '').trim();
    const description = HTML_TAG.test(source) ? htmlToText(source) : source;
    if (description) raw.description = description;
    // Once for a recurring event, not once per occurrence.
    if (!this.checked.has(component)) {
      this.checked.add(component);
      this.checkEnd(component);
      this.checkJoinDetails(component, description);
      this.checkLinkAndPlace(component);
    }

    const locationText = String(component.getFirstPropertyValue('location') ?? '').trim();
    const geo = component.getFirstPropertyValue('geo') as unknown;
    const online = ONLINE_PROPERTIES.map((name) => safeUrl(component.getFirstPropertyValue(name))).find(Boolean);
    if (online) raw.online = online;
    if (locationText && safeUrl(locationText)?.startsWith('http')) raw.online ??= safeUrl(locationText);
    else if (locationText && !(online && MEETING_SERVICE.test(locationText))) raw.location = readPlace(locationText, this.options.language ?? 'en');
    if (isPoint(geo)) {
      raw.location = { ...raw.location, lat: geo[0], lon: geo[1] };
    }

    const url = safeUrl(component.getFirstPropertyValue('url'));
    if (url) raw.url = url;
    const organiser = this.organiser(component);
    if (organiser) raw.organisers = [organiser];
    const tags = this.tags(component);
    if (tags.length) raw.tags = [...tags];
    this.events.push(raw);
    return id;
  }

  /**
   * A DTEND before DTSTART (or a negative DURATION), or a DTEND of another kind (a date for a date and time, or
   * the other way round), reported at its line, once for a recurring event: its end was dropped or guessed at
   * without a word.
   */
  private checkEnd(component: Component) {
    const start = component.getFirstPropertyValue('dtstart');
    const end = component.getFirstPropertyValue('dtend');
    const duration = component.getFirstPropertyValue('duration');
    if (!(start instanceof ICAL.Time)) return;
    const at = (name: string) => this.lineOfProperty(component, name);
    const shown = start.isDate ? 'the event is shown on its start day only' : 'the event is shown without an end';
    if (end instanceof ICAL.Time && end.isDate !== start.isDate) {
      // As a date DTEND is read: the day after the event's last.
      const reading = start.isDate
        ? `the event is read as all-day, ending on ${isoDate(dayOf(start) + Math.max(mixedEndDays(component) ?? 0, 0))}`
        : `it is read as midnight at the start of ${isoDate(dayOf(end))}`;
      const kinds = start.isDate ? 'a date and time, but its DTSTART' : 'a date, but its DTSTART';
      const startKind = start.isDate ? 'a date' : 'a date and time';
      this.report(component, 'warning', 'mixed-end', `its DTEND ${written(end)} is ${kinds} ${written(start)} is ${startKind} (iCalendar wants both alike); ${reading}: check the event's end`, at('DTEND'));
    } else if (end instanceof ICAL.Time && end.compare(start) < 0) {
      this.report(component, 'warning', 'end-before-start', `its DTEND ${written(end)} is before its DTSTART ${written(start)}; ${shown}`, at('DTEND'));
    } else if (!end && duration instanceof ICAL.Duration && duration.isNegative && duration.toSeconds() < 0) {
      this.report(component, 'warning', 'end-before-start', `its DURATION ${duration.toString()} is negative, so it ends before it starts; ${shown}`, at('DURATION'));
    }
  }

  /**
   * A description with what joins a call (a Teams or Zoom link, a passcode), reported at its line: Outlook
   * copies them into every invitation, and on a public page anyone could join. The text is the editor's: it
   * is kept, to be checked.
   */
  private checkJoinDetails(component: Component, description: string) {
    const found = joinDetails(description);
    if (!found.length) return;
    const what = found.length > 1 ? `${found.slice(0, -1).join(', ')} and ${found[found.length - 1]}` : found[0];
    this.report(component, 'warning', 'meeting-details', `its description holds what joins the meeting (${what}); anyone who reads the published feed could join: remove them from the description unless the meeting is open to all`, this.lineOfProperty(component, 'DESCRIPTION'));
  }

  /**
   * A URL that is not taken (`javascript:…`, `www.rcc.int` without its scheme) and a GEO off the globe (`91;200`) are
   * reported, as the feed's parser and from-csv report them, rather than left out (or copied) without a word.
   */
  private checkLinkAndPlace(component: Component) {
    const url = component.getFirstPropertyValue('url');
    if (url != null && String(url).trim() && !safeUrl(url)) {
      this.report(component, 'warning', 'unsafe-url', `its URL ${linkProblem(String(url), 'it is left out')}`, this.lineOfProperty(component, 'URL'));
    }
    const geo = component.getFirstPropertyValue('geo') as unknown;
    if (geo != null && !isPoint(geo)) {
      this.report(component, 'warning', 'invalid-number', `its GEO ${quote(Array.isArray(geo) ? geo.join(';') : geo)} is not a latitude from -90 to 90 and a longitude from -180 to 180; it is left out`, this.lineOfProperty(component, 'GEO'));
    }
  }

  /** The line of the event's first `name` property, else of its BEGIN:VEVENT. */
  private lineOfProperty(component: Component, name: string): number | undefined {
    const begin = this.lineOf.get(component);
    return begin === undefined ? undefined : propertyLines(this.lines, begin, name)[0] ?? begin;
  }

  /**
   * CATEGORIES as tags (`Board meeting` → `board-meeting`), each once, in order. Read once for a recurring event: with
   * a list kept unique by `indexOf`, per occurrence, 2,000 categories took seconds.
   */
  private tags(component: Component): string[] {
    let tags = this.tagsOf.get(component);
    if (!tags) {
      const unique = new Set(
        component
          .getAllProperties('categories')
          .flatMap((p) => p.getValues())
          .map((t) => foldText(String(t)).trim().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')),
      );
      unique.delete('');
      tags = [...unique];
      this.tagsOf.set(component, tags);
    }
    return tags;
  }

  /**
   * ORGANIZER;CN=Name:address → an organisation of the feed named by CN, one per name and website. The address
   * is its website only if it is a web page, or in a file `toIcs` wrote (it came from a feed): otherwise it is
   * the mailbox of whoever sent the invitation (`mailto:ana.petrovic@...`), often a person's, and not published.
   */
  private organiser(component: Component): string | undefined {
    const property = component.getFirstProperty('organizer');
    if (!property) return undefined;
    const address = safeUrl(String(property.getFirstValue() ?? '').trim());
    const ours = idOfUid(String(component.getFirstPropertyValue('uid') ?? '')) !== undefined;
    const website = address && (ours || /^https?:/i.test(address)) ? address : undefined;
    const name = String(property.getParameter('cn') ?? '').trim() || website?.replace(/^mailto:/i, '');
    if (!name) return undefined;
    // Looked up by name and website, and a new id counted up from the last one given for its base: a search of
    // all organisations for each occurrence, and a count from 2 for each, took seconds for 6,000 organisers.
    const key = JSON.stringify([name, website ?? null]);
    const known = this.organisationIds.get(key);
    if (known !== undefined) return known;
    const base = foldText(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'organiser';
    let id = base;
    if (this.organisations.has(id)) {
      let n = this.nextOrganisationNumber.get(base) ?? 2;
      while (this.organisations.has(`${base}-${n}`)) n++;
      this.nextOrganisationNumber.set(base, n + 1);
      id = `${base}-${n}`;
    }
    this.organisations.set(id, website ? { id, name, website } : { id, name });
    this.organisationIds.set(key, id);
    return id;
  }

  /** The zone most timed events start in, for the feed's default. */
  commonZone(components: Component[]): string | undefined {
    const counts = new Map<string, number>();
    for (const component of components) {
      const tzid = component.getFirstProperty('dtstart')?.getParameter('tzid');
      const zone = typeof tzid === 'string' ? ianaZone(tzid) : undefined;
      if (zone) counts.set(zone, (counts.get(zone) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  }

  private zoneOf(component: Component, property: string, time: Time): ZoneWriter {
    const tzid = component.getFirstProperty(property)?.getParameter('tzid');
    if (time.zone?.tzid === 'UTC' && typeof tzid !== 'string') return utcWriter;
    if (typeof tzid !== 'string') return zoneWriter(undefined, this.feedZone); // floating: the feed's zone
    const zone = ianaZone(tzid);
    if (zone) return zoneWriter(zone, zone);
    if (time.zone && time.zone.tzid !== 'floating' && time.zone.tzid !== 'UTC') {
      this.reportZone(component, tzid, `the time zone ${JSON.stringify(tzid)} is not one this library knows; its times are kept with their offset from the file's VTIMEZONE and shown in ${this.feedZone}`);
      return offsetWriter;
    }
    this.reportZone(component, tzid, `the time zone ${JSON.stringify(tzid)} is not known and the file does not define it; its times are read in ${this.feedZone}`);
    return zoneWriter(undefined, this.feedZone);
  }

  private reportZone(component: Component, tzid: string, message: string) {
    if (this.reportedZones.has(tzid)) return;
    this.reportedZones.add(tzid);
    this.report(component, 'warning', 'unknown-time-zone', message);
  }
}

/** ` "Weekly call"` or ` with UID "..."`, to follow "the recurring event" in a message. */
function seriesName(component: Component, event: IcalEvent): string {
  const summary = (event.summary ?? '').trim();
  const uid = String(component.getFirstPropertyValue('uid') ?? '').trim();
  return summary ? ` ${JSON.stringify(summary)}` : uid ? ` with UID ${JSON.stringify(uid)}` : '';
}

function statusOf(component: Component): string {
  const status = String(component.getFirstPropertyValue('status') ?? '').toUpperCase();
  // Cancelled in a calendar app after our export: that wins over what the export said.
  if (status === 'CANCELLED') return 'cancelled';
  // Our own files say the feed's status exactly; the parser reports a value it does not know.
  const own = component.getFirstPropertyValue(ICS_STATUS.toLowerCase());
  if (own) return String(own);
  const uid = String(component.getFirstPropertyValue('uid') ?? '');
  // Files our export wrote before X-IISG-STATUS: TENTATIVE was a postponed event.
  if (status === 'TENTATIVE') return idOfUid(uid) !== undefined ? 'postponed' : 'tentative';
  return 'scheduled';
}

/**
 * Of an event whose DTSTART is a date and whose DTEND is a date and time (which RFC 5545 does not allow, and some
 * calendars write): how many days after its start day its last day is. The last day is the calendar day of the
 * DTEND, on the DTEND's own clock (its TZID, UTC, or as written), as the end is a moment on that day: a DTEND of
 * 20190425T170000Z ends on 25 April, not, as a DATE DTEND would, on the 24th. A DTEND at midnight ends the day
 * before, as a DATE does. Undefined for every other event. ical.js gives an occurrence of such an event an end
 * of its DTSTART's kind (a date: the time of day is dropped), so this is read from the VEVENT's own properties.
 */
function mixedEndDays(component: Component): number | undefined {
  const start = component.getFirstPropertyValue('dtstart');
  const end = component.getFirstPropertyValue('dtend');
  if (!(start instanceof ICAL.Time) || !(end instanceof ICAL.Time) || !start.isDate || end.isDate) return undefined;
  return dayOf(end) - (isMidnight(end) ? 1 : 0) - dayOf(start);
}

/**
 * The last day of an event or occurrence from `start` to `end`, as ical.js gives them: the day before a date
 * `end` (exclusive), `mixedEndDays` after an all-day start, never before the start day.
 */
function lastDayOf(component: Component, start: Time, end: Time): DayKey {
  const span = start.isDate ? mixedEndDays(component) : undefined;
  const last = span === undefined ? dayOf(end) - (end.isDate ? 1 : 0) : dayOf(start) + span;
  return Math.max(last, dayOf(start));
}

/**
 * For `readOccurrences`: how many days after its start an occurrence of `event` ends at most (`lastDayOf`), where it
 * is as the event is, with nothing ical.js would look up for it (a change to one occurrence, or to all from one on):
 * its end is then its start plus the event's duration, on the wall clock. Undefined where it may be otherwise.
 */
function quickSpan(component: Component, event: IcalEvent): number | undefined {
  const { exceptions, rangeExceptions } = event as unknown as { exceptions?: object; rangeExceptions?: unknown[] };
  if (!exceptions || Object.keys(exceptions).length || !Array.isArray(rangeExceptions) || rangeExceptions.length) return undefined;
  try {
    const duration = event.duration;
    const span = event.startDate.isDate ? mixedEndDays(component) : undefined;
    // From the last second of a day, a day more than the duration's whole days (none for a negative one).
    const days = duration.isNegative ? 0 : Math.ceil(duration.toSeconds() / 86_400) + 1;
    return Number.isFinite(days) ? Math.max(days, span ?? 0) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A property's value; undefined where ical.js cannot read it (a RECURRENCE-ID or DTSTAMP that is no date), so that
 * comparing the versions of a change does not fail the other changes or their recurring event.
 */
function valueOf(component: Component, name: string): unknown {
  try {
    return component.getFirstPropertyValue(name);
  } catch {
    return undefined;
  }
}

function sequenceOf(component: Component): number {
  return Number(valueOf(component, 'sequence')) || 0;
}

/** DTSTAMP in milliseconds; none (RFC 5545 requires one, some files leave it out) is earlier than any. */
function stampOf(component: Component): number {
  const stamp = valueOf(component, 'dtstamp');
  return stamp instanceof ICAL.Time ? stamp.toUnixTime() * 1000 : -Infinity;
}

/** What makes one version of a change current over another: its SEQUENCE, its DTSTAMP, or its place in the file. */
type Decider = 'sequence' | 'dtstamp' | 'order';

/**
 * Of two versions of one change, `earlier` before `later` in the file: the current one and what decided. RFC 5546
 * (§2.1.5) makes the higher SEQUENCE current and, of equal ones, the later DTSTAMP: Outlook leaves SEQUENCE:0 on
 * every update. Of versions equal in both, the later in the file.
 */
function currentOf(earlier: Component, later: Component): { current: Component; by: Decider } {
  const [a, b] = [sequenceOf(earlier), sequenceOf(later)];
  if (a !== b) return { current: a > b ? earlier : later, by: 'sequence' };
  const [s, t] = [stampOf(earlier), stampOf(later)];
  if (s !== t) return { current: s > t ? earlier : later, by: 'dtstamp' };
  return { current: later, by: 'order' };
}

/** Which occurrence an override changes, as ical.js matches them: a RECURRENCE-ID's instant, or its date. */
function recurrenceKey(override: Component): string | undefined {
  const original = valueOf(override, 'recurrence-id');
  if (!(original instanceof ICAL.Time)) return undefined;
  return original.isDate ? original.toString() : String(original.toUnixTime());
}

/**
 * Of overrides that change the same occurrence (RECURRENCE-IDs at the same instant, or of the same date; else
 * the same `keyOf`), each but the current one (`currentOf`), with the one that replaces it and what decided.
 * `overrides` are in file order.
 */
function replacedOverrides(overrides: Component[], keyOf = recurrenceKey): Map<Component, { winner: Component; by: Decider }> {
  const current = new Map<string, Component>();
  for (const override of overrides) {
    const key = keyOf(override);
    if (key === undefined) continue;
    const other = current.get(key);
    if (!other || currentOf(other, override).current === override) current.set(key, override);
  }
  const replaced = new Map<Component, { winner: Component; by: Decider }>();
  const place = new Map(overrides.map((o, i) => [o, i]));
  for (const override of overrides) {
    const winner = current.get(keyOf(override) ?? '');
    if (!winner || winner === override) continue;
    const [earlier, later] = place.get(override)! < place.get(winner)! ? [override, winner] : [winner, override];
    replaced.set(override, { winner, by: currentOf(earlier, later).by });
  }
  return replaced;
}

function isOutlookAllDay(component: Component): boolean {
  return String(component.getFirstPropertyValue(OUTLOOK_ALL_DAY) ?? '').toUpperCase() === 'TRUE';
}

/** STATUS:CANCELLED, or Outlook's "Canceled: " title: as `add` reads them. */
function isCancelled(component: Component): boolean {
  return statusOf(component) === 'cancelled' || CANCELLED_PREFIX.test(String(valueOf(component, 'summary') ?? ''));
}

/**
 * The end `days` and `seconds` after `start`, on the wall clock of `zone`: the days on the wall clock, the seconds as
 * time that passes (RFC 5545, 3.3.6). ical.js adds all of it on the wall clock: PT6H from 22:00 on the night the
 * clocks go back ended at 04:00, 7 hours later.
 */
function durationEnd(start: Time, days: number, seconds: number, zone: string): { end: Time; ms: number } {
  const day = start.clone();
  day.adjust(days, 0, 0, 0);
  const ms = zonedTimeToEpoch(zone, day.year, day.month, day.day, day.hour, day.minute, day.second) + seconds * 1000;
  const w = wallClock(ms, zone);
  return { end: new ICAL.Time({ year: w.year, month: w.month, day: w.day, hour: w.hour, minute: w.minute, second: new Date(ms).getUTCSeconds(), isDate: false }, start.zone!), ms };
}


const hhmm = (t: Time) => `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;

/** "an hour", "2 hours", "30 minutes", "1 hour 30 minutes". */
function span(minutes: number): string {
  const [hours, rest] = [Math.floor(minutes / 60), minutes % 60];
  const h = hours === 1 && !rest ? 'an hour' : hours ? `${hours} hour${hours > 1 ? 's' : ''}` : '';
  return [h, rest ? `${rest} minute${rest > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
}

/**
 * The occurrence a RECURRENCE-ID (`local`, on the event's clock) is taken for, and how far off it is: "its only
 * occurrence that day, at 10:00, an hour before the RECURRENCE-ID's 11:00 on the event's clock". `among`: how many
 * occurrences the day has for changes to be paired with, or what to call the occurrence ("the event").
 */
function slipText(local: Time, planned: Time, among: number | string = 1): string {
  const which = typeof among === 'string' ? among : among > 1 ? `one of the ${among} occurrences that day no other change is for (each change paired with the nearest in time)` : 'its only occurrence that day';
  if (local.isDate || planned.isDate) return `${which} (${isoDate(dayOf(planned))})`;
  const minutes = Math.round((wallMs(local) - wallMs(planned)) / 60_000);
  const at = `${which}, at ${hhmm(planned)}`;
  if (!minutes) return `${at}, the RECURRENCE-ID's time of day on the event's clock`;
  return `${at}, ${span(Math.abs(minutes))} ${minutes > 0 ? 'before' : 'after'} the RECURRENCE-ID's ${hhmm(local)} on the event's clock`;
}

/** Times of day at most SLIP_HOURS apart on one clock, or either a date: a RECURRENCE-ID that may be a slip of the occurrence's. */
function near(a: Time, b: Time): boolean {
  return a.isDate || b.isDate || Math.abs(wallMs(a) - wallMs(b)) <= SLIP_HOURS * 3_600_000;
}

/**
 * Changes (their RECURRENCE-IDs) and occurrences of one day, each in order of time, paired by nearest time: as many
 * pairs as can be made of times `near` each other, and of those the pairs least apart in all, each change and each
 * occurrence in one pair at most. Such pairs never cross (a later change with an earlier occurrence than an earlier
 * change has), so the pairs are found in order; of pairings equally good, the one that pairs the earliest change and
 * occurrence. Gives the pairs as [change, occurrence] indexes.
 */
function pairByTime(changes: Time[], occurrences: Time[]): [number, number][] {
  const gap = (a: Time, b: Time) => (a.isDate || b.isDate ? 0 : Math.abs(wallMs(a) - wallMs(b)));
  // best[i][j]: of changes from i and occurrences from j, the most pairs, the least time apart, and the first step.
  type Best = { pairs: number; apart: number; step: 'pair' | 'change' | 'occurrence' };
  const [n, m] = [changes.length, occurrences.length];
  const best: Best[][] = Array.from({ length: n + 1 }, () => []);
  for (let i = n; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      if (i === n || j === m) {
        best[i][j] = { pairs: 0, apart: 0, step: 'pair' };
        continue;
      }
      const steps: Best[] = [];
      if (near(changes[i], occurrences[j])) {
        const rest = best[i + 1][j + 1];
        steps.push({ pairs: rest.pairs + 1, apart: rest.apart + gap(changes[i], occurrences[j]), step: 'pair' });
      }
      steps.push({ ...best[i + 1][j], step: 'change' }, { ...best[i][j + 1], step: 'occurrence' });
      best[i][j] = steps.reduce((a, b) => (b.pairs > a.pairs || (b.pairs === a.pairs && b.apart < a.apart) ? b : a));
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    const { step } = best[i][j];
    if (step === 'pair') pairs.push([i++, j++]);
    else if (step === 'change') i++;
    else j++;
  }
  return pairs;
}

type Expansion = ReturnType<IcalEvent['iterator']>;

/**
 * The expansion, mended where ical.js (2.2.1) loses occurrences of an event with several RRULEs: when one rule ends,
 * its list of rules is spliced while it is walked, so the rule after the ended one is skipped (the first rule
 * ending, nothing is chosen and the expansion stops) or the rule before it is taken out instead. Apple's calendar
 * wrote a weekly and a monthly rule to one UNTIL, and the monthly rule's last occurrence went. RFC 5545 advises
 * against several RRULEs but reads them as one set. Here ended rules are taken out, and the next time is the
 * earliest of the others' (the first such rule on a tie, as ical.js chooses).
 */
function keepEveryRule(iterator: Expansion): Expansion {
  type Rule = { completed: boolean; last: Time };
  const expansion = iterator as unknown as { ruleIterators?: Rule[]; _nextRecurrenceIter?: () => Rule | null };
  if (!Array.isArray(expansion.ruleIterators) || expansion.ruleIterators.length < 2 || typeof expansion._nextRecurrenceIter !== 'function') return iterator;
  expansion._nextRecurrenceIter = () => {
    const rules = (expansion.ruleIterators = expansion.ruleIterators!.filter((rule) => !rule.completed));
    return rules.reduce<Rule | null>((first, rule) => (first && first.last.compare(rule.last) <= 0 ? first : rule), null);
  };
  return iterator;
}

/**
 * The expansion without an RDATE time that an RDATE period (`VALUE=PERIOD`) starts at too: ical.js (2.2.1) keeps the
 * two in the order written, and a period written after the time was taken for its duplicate and dropped, and with it
 * the end it gives. The period is the more the calendar says of that occurrence.
 */
function keepPeriods(iterator: Expansion): Expansion {
  const expansion = iterator as unknown as { ruleDates?: (Time | Period)[]; ruleDateInc?: number; ruleDate?: Time | Period };
  const { ruleDates, ruleDateInc } = expansion;
  if (!Array.isArray(ruleDates) || typeof ruleDateInc !== 'number') return iterator;
  const starts = new Set(ruleDates.flatMap((date) => (date instanceof ICAL.Period ? [date.start.toUnixTime()] : [])));
  if (!starts.size) return iterator;
  const kept = ruleDates.filter((date) => date instanceof ICAL.Period || !starts.has(date.toUnixTime()));
  expansion.ruleDateInc = kept.filter((date) => ruleDates.indexOf(date) < ruleDateInc).length;
  ruleDates.splice(0, ruleDates.length, ...kept);
  expansion.ruleDate = ruleDates[expansion.ruleDateInc];
  return iterator;
}

/**
 * The expansion, with DTSTART where the event has RDATEs and no RRULE: ical.js (2.2.1) gives the RDATEs only, and the
 * first occurrence, which DTSTART always is (RFC 5545, 3.8.5.2), was lost. It goes among the RDATEs in order (ical.js
 * reads those from the first, before DTSTART too), unless one of them is that time (a period there keeps its end).
 */
function keepStart(iterator: Expansion, component: Component): Expansion {
  const expansion = iterator as unknown as { dtstart?: Time; ruleDates?: (Time | Period)[]; ruleDateInc?: number; ruleDate?: Time | Period };
  const { dtstart, ruleDates, ruleDateInc } = expansion;
  if (component.hasProperty('rrule') || !(dtstart instanceof ICAL.Time) || !Array.isArray(ruleDates) || typeof ruleDateInc !== 'number') return iterator;
  const startOf = (date: Time | Period) => (date instanceof ICAL.Period ? date.start : date);
  if (ruleDates.some((date) => startOf(date).compare(dtstart) === 0)) return iterator;
  const at = ruleDates.findIndex((date, i) => i >= ruleDateInc && startOf(date).compare(dtstart) > 0);
  ruleDates.splice(at < 0 ? ruleDates.length : at, 0, dtstart.clone());
  expansion.ruleDate = ruleDates[ruleDateInc];
  return iterator;
}

/** A GEO value as ical.js reads it (`[41.33, 19.82]`) that is a place on the globe. */
function isPoint(geo: unknown): geo is [number, number] {
  return Array.isArray(geo) && geo.length === 2 && Math.abs(geo[0]) <= 90 && Math.abs(geo[1]) <= 180;
}
