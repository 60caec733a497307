// The structure of an .ics file for from-ics: its calendars read by ical.js, or, when the whole file cannot
// be read, event by event, with END lines paired to their BEGIN as readers that cope with broken files do.
import ICAL from 'ical.js';
import { shorten } from './problems.js';
import type { IcsProblem } from './from-ics.js';

type Component = InstanceType<typeof ICAL.Component>;

export function parseCalendars(text: string): Component[] {
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
export function parseEventByEvent(lines: string[], problems: IcsProblem[]): [Component[], number[]] | undefined {
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
  for (const { line, calendar: index, lines: own, cutAt, endOfFile } of blocks) {
    const uid = own.map((l) => /^UID:(.*)$/i.exec(l)?.[1]?.trim()).find((u) => u !== undefined);
    const withUid = (problem: IcsProblem) => found.push(uid === undefined ? problem : { ...problem, uid });
    if (cutAt !== undefined) {
      const message =
        endOfFile
          ? `the file ends before the END:VEVENT of the event that begins on line ${line} (is it cut short?); the event is left out`
          : `END:VCALENDAR comes before the END:VEVENT of the event that begins on line ${line} (is the file cut short or garbled there?); the event is left out, and the events after it are read`;
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
export function misplacedEnd(lines: string[]): { name: string; at: number; open?: { name: string; at: number } } | undefined {
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

/**
 * The lines (counted from 1) of each `name` property of the event whose BEGIN:VEVENT is on line `begin`, in
 * the order ical.js lists them. Those of a component inside it (a VALARM's) are not the event's.
 */
export function propertyLines(lines: string[], begin: number, name: string): number[] {
  const found: number[] = [];
  const pattern = new RegExp(`^${name}[;:]`, 'i');
  let depth = 0;
  for (let i = begin; i < lines.length; i++) {
    if (/^BEGIN:/i.test(lines[i])) depth++;
    else if (/^END:/i.test(lines[i]) && depth-- === 0) break;
    else if (!depth && pattern.test(lines[i])) found.push(i + 1);
  }
  return found;
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
  /** Line of an END:VCALENDAR that came before its END:VEVENT, or the file's last line: the event is cut short there. */
  cutAt?: number;
  /** Cut short by the end of the file. */
  endOfFile?: boolean;
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
 * or calendar begins, and fails to read on its own. A file cut short (a download that stopped) keeps the events
 * before the cut: the event it stops in is reported and left out, the components still open are closed, reported.
 */
function splitEvents(lines: string[], problems: IcsProblem[]): { rest: string[]; blocks: EventBlock[] } {
  const rest: string[] = [];
  const blocks: EventBlock[] = [];
  const open: { name: string; line: number }[] = [];
  // How many of each name are open: an END of one that is not open was looked for through all that are (quadratic:
  // seconds for 10,000 BEGIN lines and as many ENDs of another name).
  const opened = new Map<string, number>();
  const count = (name: string, by: number) => opened.set(name, (opened.get(name) ?? 0) + by);
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
      count(tag.name, 1);
      rest.push(text);
      return;
    }
    const name = componentName(tag.name);
    const at = opened.get(tag.name) ? open.findLastIndex((c) => c.name === tag.name) : -1;
    if (at < 0) {
      if (open.length) warn(line, `END:${name} closes no ${name}, as none is open here (is the file garbled there?); it is ignored`);
      into = undefined;
      return;
    }
    const inside = open.splice(at + 1).reverse();
    for (const inner of inside) count(inner.name, -1);
    for (const inner of inside) {
      const innerName = componentName(inner.name);
      warn(line, `END:${name} comes before the END:${innerName} of the ${innerName} that begins on line ${inner.line} (is the file cut short or garbled there?); the ${innerName} is closed there`);
      rest.push(`END:${inner.name}`);
    }
    count(open.pop()!.name, -1);
    rest.push(text);
    // An END:VCALENDAR reported already (it cut an event or a VTIMEZONE short) is not reported again for the events after it.
    if (tag.name === 'VCALENDAR' && !open.length && !cut && !inside.length) ended = line;
  });
  // A file cut short (a download that stopped): the event it stops in is left out, what is still open is closed.
  const last = lines.findLastIndex((text) => text.trim()) + 1;
  if (block) Object.assign(block, { cutAt: last, endOfFile: true });
  // Cut inside the calendar's own last line ("BEGI"): ical.js cannot read a line without a name and a colon,
  // and would refuse the whole calendar for it.
  if (open.length && into === rest) {
    while (rest.length && !rest[rest.length - 1].trim()) rest.pop();
    if (!/^[\w-]+(;[^:]*)?:/.test(rest[rest.length - 1] ?? '')) rest.pop();
  }
  for (const inner of open.reverse()) {
    const name = componentName(inner.name);
    warn(last, `the file ends before the END:${name} of the ${name} that begins on line ${inner.line} (is it cut short?); the ${name} is closed there`);
    rest.push(`END:${inner.name}`);
  }
  return { rest, blocks };
}

/** An ical.js error for a message, shortened: it quotes the value it could not read, whatever its length. */
export function messageOf(error: unknown): string {
  return shorten(error instanceof Error ? error.message : String(error), 200);
}
