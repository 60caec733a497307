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
 *   become dates, with the exclusive DTEND turned into the feed's inclusive `end`.
 * - Recurring events become one event per occurrence inside a window (one year either side of today
 *   by default), with ids `<uid>-<yyyymmdd>` (`<uid>-<yyyymmdd>T<hhmmss>` on a day the event recurs more
 *   than once) that stay stable when the file is read again.
 * - `STATUS:CANCELLED` (or Outlook's "Canceled: " title prefix) → `cancelled`, whatever else is said;
 *   otherwise `X-IISG-STATUS`, which `toIcs` writes, gives the status; otherwise `TENTATIVE` → `tentative`
 *   ("not confirmed", RFC 5545), or `postponed` in a file our export wrote before it wrote X-IISG-STATUS.
 * - Events marked `CLASS:PRIVATE` or `CONFIDENTIAL` are left out unless asked for: a personal calendar
 *   exported for a public web page should not publish them.
 */
import ICAL from 'ical.js';
import { addMonths, dayKey, isoDate, parseIsoDate, today, wallClock, type DayKey } from './day-key.js';
import { shorten } from './problems.js';
import { parseDateValue } from './event-dates.js';
import { canonicalFeed, type RawEvent, type RawFeed } from './format-feed.js';
import { foldText } from './filter-events.js';
import { safeUrl } from './safe-url.js';
import { isTimeZone } from './time-zone.js';
import { zonedTimeToEpoch } from './zoned-time.js';
import { ICS_STATUS, ICS_UID_SUFFIX } from './to-ics.js';
import type { Severity } from './types.js';
import { WINDOWS_ZONES } from './windows-zones.js';

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
  /** Language of the calendar's texts, the feed's `language`; `en` by default. */
  language?: string;
  /** Keep events marked `CLASS:PRIVATE` or `CONFIDENTIAL` (left out by default). */
  includePrivate?: boolean;
  /**
   * Most occurrences one recurring event may give (default 1000); more are reported and left out. An event is
   * read for at most 20 times as many occurrences from its start, those before the window included.
   */
  maxOccurrences?: number;
}

export interface IcsProblem {
  severity: Severity;
  /** `not-ics`, `missing-start`, `missing-title`, `unknown-time-zone`, `private-event`, `too-many-occurrences`, `no-occurrences`, `unexpected-end`, ... */
  code: string;
  message: string;
  /** Line of the event's `BEGIN:VEVENT` in the file, where the problem is about one event; for `unexpected-end`, the END line. */
  line?: number;
  uid?: string;
}

export interface IcsResult {
  /** The feed as JSON data (give it to `parseFeed`); null when the text is not iCalendar at all. */
  feed: RawFeed | null;
  problems: IcsProblem[];
}

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
  reader.feedZone = options.timeZone ?? (calendarZone && reader.ianaZone(calendarZone)) ?? reader.commonZone(components) ?? 'UTC';

  const masters: Component[] = [];
  const exceptions = new Map<string, Component[]>();
  for (const component of components) {
    if (!options.includePrivate && /^(PRIVATE|CONFIDENTIAL)$/i.test(String(component.getFirstPropertyValue('class') ?? ''))) {
      reader.report(component, 'warning', 'private-event', 'the event is marked private in the calendar; it is left out');
      continue;
    }
    if (component.hasProperty('recurrence-id')) {
      const uid = String(component.getFirstPropertyValue('uid') ?? '');
      exceptions.set(uid, [...(exceptions.get(uid) ?? []), component]);
    } else masters.push(component);
  }
  for (const component of masters) {
    const uid = String(component.getFirstPropertyValue('uid') ?? '');
    const own = uid ? exceptions.get(uid) : undefined;
    exceptions.delete(uid);
    reader.readSafely(component, own ?? []);
  }
  // Overrides whose recurring event is not in the file: each is an event of its own.
  for (const list of exceptions.values()) for (const component of list) reader.readSafely(component, [], list);

  const feed: RawFeed = { version: 1, events: [] };
  const title = calendars.map((c) => c.getFirstPropertyValue('x-wr-calname') ?? c.getFirstPropertyValue('name')).find(Boolean);
  if (typeof title === 'string' && title.trim()) feed.title = title.trim();
  feed.timeZone = reader.feedZone;
  feed.language = language;
  if (reader.organisations.size) feed.organisations = [...reader.organisations.values()];
  const order = (event: RawEvent) => parseDateValue(event.start, event.timeZone ?? reader.feedZone);
  const keyed = reader.events.map((event, i) => ({ event, i, at: order(event) }));
  keyed.sort((a, b) => instant(a.at) - instant(b.at) || a.i - b.i);
  feed.events = keyed.map((k) => k.event);
  return { feed: canonicalFeed(feed), problems };
}

function parseCalendars(text: string): Component[] {
  const jcal = ICAL.parse(text);
  const list = (typeof jcal[0] === 'string' ? [jcal] : jcal) as unknown[];
  return list.map((c) => new ICAL.Component(c as never)).filter((c) => c.name === 'vcalendar');
}

/**
 * A file read event by event: the calendars without their VEVENTs, then each VEVENT in a calendar of its own,
 * moved into the calendar it was in. An event that still cannot be read is reported at its BEGIN:VEVENT line
 * and left out. Gives the calendars and the line of each event kept; undefined when the rest of the file (the
 * calendar, its time zones) cannot be read either. Problems are added in the order of their lines.
 */
function parseEventByEvent(lines: string[], problems: IcsProblem[]): [Component[], number[]] | undefined {
  const found: IcsProblem[] = [];
  const { rest, blocks } = splitEvents(lines, found);
  let calendars: Component[];
  try {
    calendars = parseCalendars(rest.join('\r\n'));
  } catch {
    return undefined;
  }
  if (!calendars.length) return undefined;
  const kept: number[] = [];
  for (const { line, calendar: index, lines: own, cutAt } of blocks) {
    const uid = own.map((l) => /^UID:(.*)$/i.exec(l)?.[1]?.trim()).find((u) => u !== undefined);
    const withUid = (problem: IcsProblem) => found.push(uid === undefined ? problem : { ...problem, uid });
    if (cutAt !== undefined) {
      const message = `END:VCALENDAR comes before the END:VEVENT of the event that begins on line ${line} (is the file cut short or garbled there?); the event is left out, and the events after it are read`;
      withUid({ severity: 'error', code: 'unexpected-end', message, line: cutAt });
      continue;
    }
    try {
      const misplaced = misplacedEnd(own);
      if (misplaced) {
        const end = `END:${componentName(misplaced.name)} on line ${line + misplaced.at}`;
        const { open } = misplaced;
        const inner = open && componentName(open.name);
        throw new Error(open ? `${end} comes before the END:${inner} of the ${inner} that begins on line ${line + open.at}` : `${end} closes nothing`);
      }
      const vevent = parseCalendars(['BEGIN:VCALENDAR', ...own, 'END:VCALENDAR'].join('\r\n'))[0]?.getFirstSubcomponent('vevent');
      if (!vevent) throw new Error('no VEVENT');
      calendars[Math.min(Math.max(index, 0), calendars.length - 1)].addSubcomponent(vevent);
      kept.push(line);
    } catch (error) {
      withUid({ severity: 'error', code: 'invalid-event', message: `the event cannot be read (${messageOf(error)}); it is left out`, line });
    }
  }
  problems.push(...found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  return [calendars, kept];
}

/**
 * The BEGIN or END line that starts at `lines[at]`, as ical.js reads one (`BEGIN:VEVENT`): the word, and the
 * component's name in capitals. Unfolded first, as ical.js does: RFC 5545 lets any line be folded, `END:VEV` +
 * ` ENT` too. Undefined for other lines and for a line that goes on a folded one.
 */
function componentLine(lines: string[], at: number): { word: 'BEGIN' | 'END'; name: string } | undefined {
  let line = lines[at];
  if (!/^[be]/i.test(line)) return undefined;
  while (/^[ \t]/.test(lines[at + 1] ?? '')) line += lines[++at].slice(1);
  const match = /^(BEGIN|END):(.*)$/i.exec(line);
  return match ? { word: match[1].toUpperCase() as 'BEGIN' | 'END', name: match[2].trim().toUpperCase() } : undefined;
}

/**
 * The first END line that does not close the innermost component open (an END:VCALENDAR inside a VEVENT, an
 * END with nothing open): its component's name and index in `lines`, with the component open there, if any.
 */
function misplacedEnd(lines: string[]): { name: string; at: number; open?: { name: string; at: number } } | undefined {
  const open: { name: string; at: number }[] = [];
  for (let at = 0; at < lines.length; at++) {
    const tag = componentLine(lines, at);
    if (tag?.word === 'BEGIN') open.push({ name: tag.name, at });
    else if (tag) {
      const inner = open.pop();
      if (inner?.name !== tag.name) return { name: tag.name, at, open: inner };
    }
  }
  return undefined;
}

/** A component's name for a message: a garbled line may give it any length. */
function componentName(name: string): string {
  return shorten(name, 40);
}

interface EventBlock {
  /** Line of its BEGIN:VEVENT. */
  line: number;
  /** The calendar it is in: an index in the file's calendars (-1 before the first). */
  calendar: number;
  lines: string[];
  /** Line of an END:VCALENDAR that came before its END:VEVENT: the event is cut short there. */
  cutAt?: number;
}

/**
 * A file's lines split into the calendars' own lines (`rest`) and one block of lines per VEVENT. ical.js closes
 * whatever is open at any END line; here an END is paired with its BEGIN, as the readers that cope with broken
 * files do, and the rest is made well nested for ical.js:
 * - an END:VCALENDAR inside a VEVENT cuts the event short (it is reported and left out) and ends the calendar;
 * - an END inside other components it does not close (a VTIMEZONE) closes them with it, reported;
 * - an END of a component that is not open is ignored (reported, inside a calendar);
 * - a VEVENT after the END:VCALENDAR of its calendar is read as part of that calendar, reported once.
 * Other lines outside every calendar are ignored. An event without its END:VEVENT ends where the next event
 * or calendar begins, and fails to read on its own.
 */
function splitEvents(lines: string[], problems: IcsProblem[]): { rest: string[]; blocks: EventBlock[] } {
  const rest: string[] = [];
  const blocks: EventBlock[] = [];
  const open: { name: string; line: number }[] = [];
  let block: EventBlock | undefined;
  let calendar = -1;
  // The END:VCALENDAR that closed the last calendar, until an event after it is reported.
  let ended: number | undefined;
  // Where the last line that is not a continuation went (`rest`, an event's lines, nowhere): a folded line's continuations go with it.
  let into: string[] | undefined;
  const warn = (line: number, message: string) => problems.push({ severity: 'warning', code: 'unexpected-end', message, line });
  lines.forEach((text, i) => {
    const line = i + 1;
    if (/^[ \t]/.test(text)) {
      into?.push(text);
      return;
    }
    const tag = componentLine(lines, i);
    const cut = block !== undefined && tag?.word === 'END' && tag.name === 'VCALENDAR';
    if (block && (cut || (tag?.word === 'BEGIN' && (tag.name === 'VEVENT' || tag.name === 'VCALENDAR')))) {
      if (cut) block.cutAt = line;
      block = undefined;
    }
    if (block) {
      (into = block.lines).push(text);
      if (tag?.word === 'END' && tag.name === 'VEVENT') block = undefined;
      return;
    }
    if (tag?.word === 'BEGIN' && tag.name === 'VEVENT') {
      if (ended !== undefined && !open.length) {
        warn(ended, `END:VCALENDAR ends the calendar, but the event of line ${line} follows it (is the file garbled there?); the events after it are read as part of the calendar`);
      }
      ended = undefined;
      blocks.push((block = { line, calendar, lines: [text] }));
      into = block.lines;
      return;
    }
    // A line outside every component is ignored.
    into = open.length > 0 || tag ? rest : undefined;
    if (!tag) {
      into?.push(text);
      return;
    }
    if (tag.word === 'BEGIN') {
      if (tag.name === 'VCALENDAR') [calendar, ended] = [calendar + 1, undefined];
      open.push({ name: tag.name, line });
      rest.push(text);
      return;
    }
    const name = componentName(tag.name);
    const at = open.findLastIndex((c) => c.name === tag.name);
    if (at < 0) {
      if (open.length) warn(line, `END:${name} closes no ${name}, as none is open here (is the file garbled there?); it is ignored`);
      into = undefined;
      return;
    }
    const inside = open.splice(at + 1).reverse();
    for (const inner of inside) {
      const innerName = componentName(inner.name);
      warn(line, `END:${name} comes before the END:${innerName} of the ${innerName} that begins on line ${inner.line} (is the file cut short or garbled there?); the ${innerName} is closed there`);
      rest.push(`END:${inner.name}`);
    }
    open.pop();
    rest.push(text);
    // An END:VCALENDAR reported already (it cut an event or a VTIMEZONE short) is not reported again for the events after it.
    if (tag.name === 'VCALENDAR' && !open.length && !cut && !inside.length) ended = line;
  });
  return { rest, blocks };
}

/** An ical.js error for a message, shortened: it quotes the value it could not read, whatever its length. */
function messageOf(error: unknown): string {
  return shorten(error instanceof Error ? error.message : String(error), 200);
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
  private readonly reportedZones = new Set<string>();
  private readonly untitled = new Set<Component>();
  private readonly renamed = new Set<Component>();
  private readonly fromDay: DayKey;
  private readonly toDay: DayKey;

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
  }

  report(component: Component, severity: Severity, code: string, message: string) {
    const uid = component.getFirstPropertyValue('uid');
    const problem: IcsProblem = { severity, code, message };
    const line = this.lineOf.get(component);
    if (line !== undefined) problem.line = line;
    if (typeof uid === 'string') problem.uid = uid;
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
    let event: IcalEvent;
    try {
      event = new ICAL.Event(component, { exceptions: overrides, strictExceptions: false });
    } catch (error) {
      this.report(component, 'error', 'invalid-event', `the event cannot be read (${messageOf(error)}); it is left out`);
      return;
    }
    const uid = String(component.getFirstPropertyValue('uid') ?? '').trim();
    const baseId = uid ? uid.replace(new RegExp(`${ICS_UID_SUFFIX.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), '') : `ics-${this.events.length + 1}`;
    if (orphans) {
      const original = component.getFirstPropertyValue('recurrence-id') as Time;
      const planned = orphans.map((c) => c.getFirstPropertyValue('recurrence-id')).filter((t): t is Time => t instanceof ICAL.Time);
      this.add(component, event, event.startDate, event.endDate, occurrenceId(baseId, original, daysOfSeveral(planned)));
      return;
    }
    if (!event.isRecurring()) {
      this.add(component, event, event.startDate, event.endDate, baseId);
      return;
    }
    const limit = this.options.maxOccurrences ?? 1000;
    // Occurrences before the window are skipped one by one (ical.js cannot jump ahead), some 10 µs each: a
    // FREQ=MINUTELY rule from 2010 took minutes. Past this many steps the rest is left out, reported.
    const maxSteps = limit * 20;
    const iterator = event.iterator();
    const occurrences: Occurrence[] = [];
    let count = 0;
    let steps = 0;
    let failed = false;
    for (;;) {
      let next: Time | Period | null;
      try {
        next = iterator.next() as Time | Period | null;
      } catch (error) {
        this.report(component, 'error', 'invalid-recurrence', `the event's recurrence cannot be read further (${messageOf(error)}); its later occurrences are left out`);
        failed = true;
        break;
      }
      if (!next) break;
      // RDATE;VALUE=PERIOD gives a period: its own start and end instead of the event's duration.
      const period = next instanceof ICAL.Period ? next : undefined;
      const time = period ? period.start : (next as Time);
      if (dayOf(time) > this.toDay) break;
      // Counted once there is one more occurrence to read, so that exactly maxSteps of them are not "more".
      if (++steps > maxSteps) {
        this.report(component, 'warning', 'too-many-occurrences', `the event recurs more than ${maxSteps} times from its start to ${isoDate(this.toDay)}, the end of the window recurring events are read in; occurrences after the ${maxSteps}th are left out`);
        failed = true;
        break;
      }
      try {
        const details = event.getOccurrenceDetails(time);
        let start: Time = details.startDate;
        let end = period && details.item === event ? period.getEnd() : details.endDate;
        const endDay = dayOf(end) - (end.isDate ? 1 : 0);
        if (Math.max(endDay, dayOf(start)) < this.fromDay) continue;
        if (++count > limit) {
          this.report(component, 'warning', 'too-many-occurrences', `the event recurs more than ${limit} times between ${isoDate(this.fromDay)} and ${isoDate(this.toDay)}; occurrences after the ${limit}th are left out`);
          break;
        }
        if (details.item === event) {
          start = this.onEventClock(component, event, start);
          end = this.onEventClock(component, event, end);
        }
        occurrences.push({ item: details.item, start, end, planned: time });
      } catch (error) {
        this.report(component, 'error', 'invalid-occurrence', `the occurrence of ${isoDate(dayOf(time))} cannot be read (${messageOf(error)}); it is left out`);
        failed = true;
      }
    }
    const several = daysOfSeveral(occurrences.map((o) => o.planned));
    for (const { item, start, end, planned } of occurrences) {
      try {
        this.add(item.component, item, start, end, occurrenceId(baseId, planned, several), true);
      } catch (error) {
        this.report(component, 'error', 'invalid-occurrence', `the occurrence of ${isoDate(dayOf(planned))} cannot be read (${messageOf(error)}); it is left out`);
        failed = true;
      }
    }
    if (!count && !failed) {
      const summary = (event.summary ?? '').trim();
      const name = summary ? ` ${JSON.stringify(summary)}` : uid ? ` with UID ${JSON.stringify(uid)}` : '';
      this.report(component, 'warning', 'no-occurrences', `the recurring event${name} has no occurrences between ${isoDate(this.fromDay)} and ${isoDate(this.toDay)}, the window recurring events are read in`);
    }
  }

  /** An occurrence's time on the clock of the event's DTSTART, which is the one written: an RDATE may be in UTC. */
  private onEventClock(component: Component, event: IcalEvent, t: Time): Time {
    const zone = event.startDate.zone;
    if (t.isDate || !zone || !t.zone || t.zone.tzid === zone.tzid || t.zone.tzid === 'floating') return t;
    if (zone.tzid !== 'floating') return t.convertToZone(zone);
    // A TZID the file does not define (ical.js leaves it floating) or a floating DTSTART: the IANA zone it is read in.
    const tzid = component.getFirstProperty('dtstart')?.getParameter('tzid');
    const iana = typeof tzid === 'string' ? this.ianaZone(tzid) ?? this.feedZone : this.feedZone;
    const w = wallClock(t.toUnixTime() * 1000, iana);
    return new ICAL.Time({ year: w.year, month: w.month, day: w.day, hour: w.hour, minute: w.minute, second: t.second, isDate: false }, zone);
  }

  private add(component: Component, event: IcalEvent, start: Time, end: Time, id: string, occurrence = false) {
    let title = (event.summary ?? '').trim();
    let status = statusOf(component);
    if (CANCELLED_PREFIX.test(title)) {
      title = title.replace(CANCELLED_PREFIX, '');
      status = 'cancelled';
    }
    if (!title) {
      // Once for a recurring event, not once per occurrence.
      if (!this.untitled.has(component)) this.report(component, 'error', 'missing-title', 'the event has no SUMMARY (title); it is left out');
      this.untitled.add(component);
      return;
    }
    if (this.ids.has(id)) {
      let n = 2;
      while (this.ids.has(`${id}~${n}`)) n++;
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
      const last = dayOf(end) - 1; // DTEND is exclusive
      raw.start = isoDate(first);
      if (last > first) raw.end = isoDate(last);
    } else {
      const startZone = this.zoneOf(component, 'dtstart', start);
      raw.start = startZone.write(start);
      // An occurrence's end is its start plus the duration, on the start's clock.
      const endZone = occurrence || !component.hasProperty('dtend') ? startZone : this.zoneOf(component, 'dtend', end);
      if (end.compare(start) > 0) {
        raw.end = endZone.zone === startZone.zone ? endZone.write(end) : endZone.writeWithOffset(end);
      }
      if (startZone.zone && startZone.zone !== this.feedZone) raw.timeZone = startZone.zone;
    }
    // ical.js reads a DTSTART of year -1 or 10000; the feed's dates have four digits. Said here, with the line.
    if (!parseDateValue(raw.start, raw.timeZone ?? this.feedZone)) {
      this.report(component, 'error', 'invalid-date', `its DTSTART is not a date of the years 0000 to 9999 (read as ${JSON.stringify(raw.start)}); the event is left out`);
      return;
    }
    if (status !== 'scheduled') raw.status = status;

    const description = String(component.getFirstPropertyValue('description') ?? '').trim();
    if (description) raw.description = HTML_TAG.test(description) ? htmlToText(description) : description;

    const locationText = String(component.getFirstPropertyValue('location') ?? '').trim();
    const geo = component.getFirstPropertyValue('geo') as unknown;
    const online = ONLINE_PROPERTIES.map((name) => safeUrl(component.getFirstPropertyValue(name))).find(Boolean);
    if (online) raw.online = online;
    if (locationText && safeUrl(locationText)?.startsWith('http')) raw.online ??= safeUrl(locationText);
    else if (locationText && !(online && MEETING_SERVICE.test(locationText))) raw.location = readPlace(locationText, this.options.language ?? 'en');
    if (Array.isArray(geo) && geo.length === 2 && geo.every((n) => typeof n === 'number' && Number.isFinite(n))) {
      raw.location = { ...raw.location, lat: geo[0], lon: geo[1] };
    }

    const url = safeUrl(component.getFirstPropertyValue('url'));
    if (url) raw.url = url;
    const organiser = this.organiser(component);
    if (organiser) raw.organisers = [organiser];
    const tags = component
      .getAllProperties('categories')
      .flatMap((p) => p.getValues())
      .map((t) => foldText(String(t)).trim().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''))
      .filter((t, i, all) => t && all.indexOf(t) === i);
    if (tags.length) raw.tags = tags;
    this.events.push(raw);
  }

  /** ORGANIZER;CN=Name:mailto:address → an organisation of the feed, one per name and address. */
  private organiser(component: Component): string | undefined {
    const property = component.getFirstProperty('organizer');
    if (!property) return undefined;
    const address = String(property.getFirstValue() ?? '').trim();
    const cn = String(property.getParameter('cn') ?? '').trim();
    const name = cn || address.replace(/^mailto:/i, '');
    if (!name) return undefined;
    const website = safeUrl(address);
    for (const org of this.organisations.values()) if (org.name === name && org.website === website) return org.id;
    const base = foldText(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'organiser';
    let id = base;
    for (let n = 2; this.organisations.has(id); n++) id = `${base}-${n}`;
    this.organisations.set(id, website ? { id, name, website } : { id, name });
    return id;
  }

  /** The IANA zone of a TZID: itself, Windows' name for it, or the tail of a `/vendor/.../Area/City` id. */
  ianaZone(tzid: string): string | undefined {
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

  /** The zone most timed events start in, for the feed's default. */
  commonZone(components: Component[]): string | undefined {
    const counts = new Map<string, number>();
    for (const component of components) {
      const tzid = component.getFirstProperty('dtstart')?.getParameter('tzid');
      const zone = typeof tzid === 'string' ? this.ianaZone(tzid) : undefined;
      if (zone) counts.set(zone, (counts.get(zone) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  }

  private zoneOf(component: Component, property: string, time: Time): ZoneWriter {
    const tzid = component.getFirstProperty(property)?.getParameter('tzid');
    if (time.zone?.tzid === 'UTC' && typeof tzid !== 'string') return utcWriter;
    if (typeof tzid !== 'string') return zoneWriter(undefined, this.feedZone); // floating: the feed's zone
    const zone = this.ianaZone(tzid);
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

interface ZoneWriter {
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

const utcWriter: ZoneWriter = {
  write: (t) => `${withSeconds(t)}Z`,
  writeWithOffset: (t) => `${withSeconds(t)}Z`,
};

/** A time zone ical.js could resolve only from the file's VTIMEZONE: the instant, as an offset. */
const offsetWriter: ZoneWriter = {
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
function zoneWriter(zone: string | undefined, clockZone: string): ZoneWriter {
  return {
    zone,
    write: wall,
    writeWithOffset(t) {
      const ms = zonedTimeToEpoch(clockZone, t.year, t.month, t.day, t.hour, t.minute, t.second);
      return `${withSeconds(t)}${offsetText((Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) - ms) / 1000)}`;
    },
  };
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
  if (status === 'TENTATIVE') return uid.endsWith(ICS_UID_SUFFIX) ? 'postponed' : 'tentative';
  return 'scheduled';
}

function isOutlookAllDay(component: Component): boolean {
  return String(component.getFirstPropertyValue(OUTLOOK_ALL_DAY) ?? '').toUpperCase() === 'TRUE';
}

function isMidnight(t: Time): boolean {
  return !t.hour && !t.minute && !t.second;
}

function dayOf(t: Time): DayKey {
  return dayKey(t.year, t.month, t.day);
}

function basicDay(t: Time): string {
  return isoDate(dayOf(t)).replace(/-/g, '');
}

/** One occurrence of a recurring event: the VEVENT that gives it (an override, or the event) and when it was planned. */
interface Occurrence {
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
function daysOfSeveral(planned: Time[]): Set<string> {
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
function occurrenceId(baseId: string, planned: Time, several: Set<string>): string {
  const day = basicDay(planned);
  return several.has(day) ? `${baseId}-${day}T${pad(planned.hour)}${pad(planned.minute)}${pad(planned.second)}` : `${baseId}-${day}`;
}

function windowDay(value: string | undefined, name: string): DayKey | undefined {
  if (value === undefined) return undefined;
  // parseIsoDate refuses 2025-02-30 rather than rolling it over into March.
  const day = parseIsoDate(value.trim());
  if (day === undefined) throw new RangeError(`${name}: '${value}' is not a date like 2025-01-31`);
  return day;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Google Calendar writes DESCRIPTION as HTML; the feed wants plain text with blank-line paragraphs. */
export function htmlToText(html: string): string {
  return html
    .replace(/\r\n?/g, '\n')
    .replace(/\n/g, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    // A tag ends before the next '<': with [^>], each of 30,000 '<p ' without a '>' scanned to the end (seconds).
    .replace(/<\/?(?:p|div|h[1-6]|ul|ol|table)(?:\s[^<>]*)?>/gi, '\n\n')
    .replace(/<li[^<>]*>/gi, '\n- ')
    .replace(/<[^<>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
      if (name[0] === '#') return String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? all;
    })
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

let countryCodes: Map<string, string> | undefined;

function countryKey(name: string): string {
  return foldText(name).replace(/\*/g, '').replace(/&/g, ' and ').replace(/\s+/g, ' ').trim();
}

/** Country name (in English or `language`) or code to its ISO code, from the runtime's region names. */
function countryCode(name: string, language: string): string | undefined {
  if (!countryCodes) {
    countryCodes = new Map();
    const A = 65;
    for (const lang of new Set(['en', language])) {
      let names: Intl.DisplayNames;
      try {
        names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
      } catch {
        continue;
      }
      for (let a = 0; a < 26; a++) {
        for (let b = 0; b < 26; b++) {
          const code = String.fromCharCode(A + a, A + b);
          const display = names.of(code);
          if (display && display !== code) {
            countryCodes.set(countryKey(display), code);
            countryCodes.set(code.toLowerCase(), code);
          }
        }
      }
    }
    for (const [alias, code] of [['kosova', 'XK'], ['macedonia', 'MK'], ['republic of north macedonia', 'MK'], ['bosnia', 'BA'], ['serbia', 'RS']]) countryCodes.set(alias, code);
  }
  return countryCodes.get(countryKey(name));
}

/** "Venue, City, Country" (as `toIcs` and most calendars write it) to a location; else all of it as the venue. */
function readPlace(text: string, language: string): NonNullable<RawEvent['location']> {
  // Split at commas and trim: /\s*,\s*/, tried from each space of a long run, was quadratic.
  const parts = text.split(',').map((part) => part.trim()).filter(Boolean);
  const country = parts.length > 1 ? countryCode(parts[parts.length - 1], language) : undefined;
  if (!country) return { venue: text };
  const rest = parts.slice(0, -1);
  const location: NonNullable<RawEvent['location']> = { city: rest[rest.length - 1] };
  if (rest.length > 1) location.venue = rest.slice(0, -1).join(', ');
  location.country = country;
  return location;
}
