/**
 * A spreadsheet (CSV) of events to a feed. One row per event, one column per field; the column set is
 * documented in README "Events from a spreadsheet" and in `templates/events-template.csv`. Parsed with
 * Papa Parse (quoted fields with line breaks and doubled quotes, as Excel, LibreOffice and Google Sheets
 * write them); comma, semicolon or tab separated; UTF-8 with or without a byte-order mark.
 *
 * Every row is checked as `parseFeed` checks an event; a row that cannot be an event (no title, no
 * readable start), or that would show what the sheet does not say (a status or a time zone that is none), is
 * reported with its row number, as the file numbers it (the header is row 1, or 2 below Excel's `sep=;` line), and left out; every other
 * row is kept. Where a cell or a header is not what the feed takes, the message says what to write
 * (`from-csv-hints.ts`: a country's three-letter code, `title.al`, `Europe/Pristina`, `Start Date`).
 */
import Papa from 'papaparse';
import { daysInMonth, isoDate, MONTH_NAMES, parseIsoDate } from './day-key.js';
import type { RawEvent, RawFeed } from './format-feed.js';
import { htmlToText } from './ics-text.js';
import { baseAsRead, baseProblems } from './from-csv-base.js';
import { formatProblem, keyName, shorten, suggest } from './problems.js';
import { statusSpelling } from './parse-event.js';
import { isObject } from './read-values.js';
import { checkLanguageOption } from './language-option.js';
import { columnHint, countryOfCell, languageProblem, zoneHint } from './from-csv-hints.js';
import { statusMarkWords } from './status-mark.js';
import { isTimeZone } from './time-zone.js';
import { EVENT_STATUSES, type FeedEvent, type Severity } from './types.js';
import { validateFeed } from './validate-feed.js';

export interface FromCsvOptions {
  /**
   * A feed (parsed JSON) whose other fields the result keeps (title, zone, language, organisations,
   * networks, series, countries); its events are replaced by the rows, and those without a row with
   * their id are named in a `base-events-left-out` warning. Ids are checked against it. A RangeError if `parseFeed`
   * finds an error in it (`baseProblems`): not a feed, another version, a time zone that is none. Its fields are
   * kept as the parser reads them (`baseAsRead`): what a warning of `baseProblems` says is ignored or not shown is
   * left out of the result, and a country read as another ('UK') is written as read ('GB').
   */
  base?: Record<string, unknown>;
  /** The feed's `timeZone` (over the base's): the zone of clock times in rows without a `timeZone`. A RangeError if unknown. */
  timeZone?: string;
  /** Language of columns without a language suffix (`title`, not `title.sq`); the base's, else `en`. A RangeError if not a language tag. */
  language?: string;
}

export interface CsvProblem {
  severity: Severity;
  code: string;
  message: string;
  /** Row as the file numbers it: the header is row 1, the first event row 2 (one more below Excel's `sep=;` line). */
  row: number;
  /** Header of the column concerned, where one is. */
  column?: string;
}

export interface CsvResult {
  /** Null when the text has no header row with at least `title` and `start`. */
  feed: RawFeed | null;
  problems: CsvProblem[];
}

/** The columns, in template order; a `.lang` suffix (`title.sq`) gives a translation of a text column. */
export const CSV_COLUMNS = [
  'id', 'title', 'start', 'startTime', 'end', 'endTime', 'timeZone', 'status', 'previousStart', 'summary', 'description',
  'venue', 'city', 'country', 'lat', 'lon', 'online', 'url', 'organisers', 'hosts', 'funders', 'supporters', 'participants',
  'networks', 'series', 'ordinal', 'backToBack', 'tags', 'chair',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

const TEXT_COLUMNS = new Set<Column>(['title', 'summary', 'description', 'venue', 'city', 'chair']);
const LIST_COLUMNS = ['organisers', 'hosts', 'funders', 'supporters', 'participants', 'networks', 'tags'] as const;
/** Columns whose cells may hold several lines: texts with paragraphs, and lists (one id a line). Every other is one line. */
const MULTILINE_COLUMNS = new Set<Column>(['summary', 'description', ...LIST_COLUMNS, 'backToBack']);
/** Columns whose HTML becomes plain text; the same test for HTML as the parser's `html-in-text`. */
const HTML_COLUMNS = new Set<Column>(['summary', 'description']);
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/i;
/** Codes about ids that only a base feed can hold. */
const REFERENCE_CODES = new Set(['unknown-organisation', 'unknown-network', 'unknown-series', 'unknown-event']);

/** A cell or header for a message, shortened as `quote` does (a 50 KB cell is not a 50 KB line), in double quotes. */
const shown = (text: string) => JSON.stringify(shorten(text));

/** `Start time`, `start_time`, `START-TIME` → `starttime`. */
const headerKey = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');
const COLUMN_BY_KEY = new Map<string, Column>(CSV_COLUMNS.map((c) => [headerKey(c), c]));
COLUMN_BY_KEY.set('organizers', 'organisers');
COLUMN_BY_KEY.set('btb', 'backToBack');

interface ColumnRef {
  column: Column;
  language?: string;
  header: string;
}

export function feedFromCsv(text: string, options: FromCsvOptions = {}): CsvResult {
  if (options.timeZone !== undefined && !isTimeZone(options.timeZone)) {
    const hint = zoneHint(options.timeZone, (text) => `'${text}'`);
    throw new RangeError(`time zone: '${options.timeZone}' is not an IANA time zone such as 'Europe/Tirane'${hint ? ` (${hint})` : ''}`);
  }
  checkLanguageOption(options.language);
  // A country's code given as the language (`al`): a tag, so checkLanguageOption takes it, but no language's.
  const languageMistake = options.language === undefined ? undefined : languageProblem(options.language, () => '', (text) => `'${text}'`);
  if (languageMistake) throw new RangeError(`language: ${languageMistake}`);
  const baseFound = options.base === undefined ? [] : baseProblems(options.base);
  const baseErrors = baseFound.filter((p) => p.severity === 'error');
  if (baseErrors.length) throw new RangeError(`base: ${baseErrors.map(formatProblem).join('; ')}`);
  const problems: CsvProblem[] = [];
  const report = (severity: Severity, code: string, row: number, message: string, column?: string) => {
    // A header is the column's key: a long one is named short (`keyName`), as in every problem.
    problems.push(column === undefined ? { severity, code, message, row } : { severity, code, message, row, column: keyName(column) });
  };
  // Excel's first line `sep=;` names the separator and is not the header: read as the header, it made every column
  // unknown. It is the file's first line all the same (a text editor and LibreOffice show it; Excel hides it), so rows
  // are numbered from it: numbered from the header, every problem named the row above the one meant.
  const sep = /^sep=([^\r\n])\r?\n/i.exec(text.replace(/^\uFEFF/, ''));
  const source = text.replace(/^\uFEFF/, '').slice(sep?.[0].length ?? 0);
  const headerRow = sep ? 2 : 1;
  const parsed = Papa.parse<string[]>(source, { delimiter: sep?.[1] ?? guessDelimiter(source), skipEmptyLines: false });
  const [headers = [], ...rows] = parsed.data;
  // A quote that is never closed takes the rest of the file into its cell (Papa Parse's `MissingQuotes`).
  const unclosed = parsed.errors.find((error) => error.code === 'MissingQuotes');
  if (unclosed) reportUnclosedQuote(source, unclosed.index ?? 0, (unclosed.row ?? 0) + headerRow, headerRow - 1, headers[(parsed.data[unclosed.row ?? 0]?.length ?? 1) - 1], report);
  for (const error of parsed.errors) {
    if (error.code === 'TooFewFields' || error.code === 'TooManyFields') continue; // checked per row below
    if (unclosed && error.row === unclosed.row) continue; // said above
    report('error', 'invalid-csv', (error.row ?? 0) + headerRow, `${error.message}; save the sheet again as CSV UTF-8`);
  }

  // Excel's plain "CSV" is the Windows code page: letters it lacks (Cyrillic on a Latin or Western Windows, ć and đ
  // on a Western one) are written as "?", and the file is then valid text. Words of question marks alone mean that.
  const lost = findLostLetters(rows, headerRow);
  if (lost) {
    report('error', 'lost-letters', lost.row, `${shown(lost.cell)} has lost its letters: Excel writes "?" for each letter the plain "CSV" format cannot hold (Cyrillic on a Latin-script Windows, say); nothing is read from this file: save the sheet again as "CSV UTF-8"`, headers[lost.column]);
    return { feed: null, problems };
  }

  const columns: (ColumnRef | { extension: string } | undefined)[] = [];
  const seen = new Set<string>();
  headers.forEach((raw) => {
    const header = raw.trim();
    const [name, language] = header.split('.', 2) as [string, string | undefined];
    const column = COLUMN_BY_KEY.get(headerKey(name));
    const key = `${column}.${language ?? ''}`;
    // `title.al`: a country's code where the language's goes ("sq" for Albanian); a title no visitor's language would show.
    const wrongLanguage = column && language && TEXT_COLUMNS.has(column) ? languageProblem(language, (tag) => `name the column ${JSON.stringify(`${name}.${tag}`)}`) : undefined;
    if (header.startsWith('x-')) columns.push({ extension: header });
    else if (!header) columns.push(undefined);
    else if (!column || (language && !TEXT_COLUMNS.has(column))) {
      const hint = column ? undefined : columnHint(headerKey(name), CSV_COLUMNS, headerKey);
      report('warning', 'unknown-column', headerRow, `unknown column ${JSON.stringify(keyName(header))}${hint ? ` (did you mean '${hint}'?)` : ''}; it is ignored`, header);
      columns.push(undefined);
    } else if (wrongLanguage) {
      report('error', 'unknown-language', headerRow, `${shown(header)}: ${wrongLanguage}; the column is ignored`, header);
      columns.push(undefined);
    } else if (seen.has(key)) {
      report('warning', 'duplicate-column', headerRow, `the column ${JSON.stringify(keyName(header))} is there twice; the second is ignored`, header);
      columns.push(undefined);
    } else {
      seen.add(key);
      columns.push({ column, language, header });
    }
  });
  if (![...seen].some((k) => k.startsWith('title.')) || !seen.has('start.')) {
    report('error', 'missing-columns', headerRow, `the first row must name the columns, with at least "title" and "start" (found ${[...headers.slice(0, 30).map(shown), ...(headers.length > 30 ? ['...'] : [])].join(', ') || 'nothing'})`);
    return { feed: null, problems };
  }

  // The base as read: what its warnings (the caller's to report) say is not read is not written either.
  const base = options.base && isObject(options.base) ? baseAsRead(options.base, baseFound) : undefined;
  const language = options.language ?? (typeof base?.language === 'string' ? base.language : 'en');
  const events: RawEvent[] = [];
  const rowOfEvent: number[] = [];
  const rowIds = new Set<string>();
  rows.forEach((cells, r) => {
    const row = r + headerRow + 1;
    if (cells.every((cell) => !cell.trim())) return; // blank rows between blocks of events
    if (unclosed && row === (unclosed.row ?? 0) + headerRow) return; // its cells are the rest of the file
    if (cells.length > headers.length && cells.slice(headers.length).some((cell) => cell.trim())) {
      report('warning', 'extra-cells', row, `the row has ${cells.length} cells but there are ${headers.length} columns; the cells after the last column are ignored`);
    }
    const values = new Map<Column, Map<string | undefined, string>>();
    const extensions: Record<string, string> = {};
    columns.forEach((ref, i) => {
      let cell = (cells[i] ?? '').trim().replace(/\r\n?/g, '\n');
      if (!ref || !cell) return;
      if ('extension' in ref) extensions[ref.extension] = cell;
      else {
        // HTML pasted from a CMS (`<p>`, `<br>`, `<li>`) as the feed's plain text, as from-ics reads Google's.
        if (HTML_COLUMNS.has(ref.column) && HTML_TAG.test(cell)) cell = htmlToText(cell);
        if (!cell) return;
        // A line break typed in a title (Alt+Enter in Excel) would stay in the page's headings and the .ics.
        if (cell.includes('\n') && !MULTILINE_COLUMNS.has(ref.column)) {
          // Matched only from where a run of white space begins: tried from each space of a long run, it was quadratic.
          cell = cell.replace(/(?<!\s)\s*\n\s*/g, ' ');
          report('warning', 'line-break', row, 'the line breaks in the cell are read as spaces (only summary and description cells hold several lines)', ref.header);
        }
        values.set(ref.column, (values.get(ref.column) ?? new Map()).set(ref.language, cell));
      }
    });
    const one = (column: Column) => values.get(column)?.get(undefined);
    const textOf = (column: Column) => {
      const byLanguage = values.get(column);
      if (!byLanguage) return undefined;
      if (byLanguage.size === 1 && byLanguage.has(undefined)) return byLanguage.get(undefined)!;
      return Object.fromEntries([...byLanguage].map(([lang, value]) => [lang ?? language, value]));
    };
    const header = (column: Column) => columns.find((c) => c && 'column' in c && c.column === column) as ColumnRef | undefined;

    // A time in the date's cell and another in the time's column: the sheet says two things, so say which is used.
    const reportTimes = (date: Column, time: Column, { used, ignored }: { used: string; ignored: string }) => {
      const [dateHeader, timeHeader] = [header(date)?.header ?? date, header(time)?.header ?? time];
      report('warning', 'two-times', row, `the ${shown(dateHeader)} cell gives the time ${shown(used)} and the ${shown(timeHeader)} cell ${shown(ignored)}; ${shown(used)} is used (clear one of the two)`, timeHeader);
    };

    const event: Partial<RawEvent> & Record<string, unknown> = {};
    event.id = one('id') ?? `row-${row}`;
    rowIds.add(event.id);
    const title = textOf('title');
    if (title) event.title = title;
    const named = (column: Column) => header(column)?.header ?? column;
    // A cell that makes the row mean something else than the sheet says (an unknown status, a zone that is none):
    // the row is refused, as one without a readable start is, rather than published as it was not meant.
    let refused = false;
    const start = readDate(one('start'), one('startTime'), { date: named('start'), time: named('startTime') });
    if (start.error) report('error', 'invalid-date', row, `${start.error}; the row is left out`, header(start.inTimeColumn ? 'startTime' : 'start')?.header);
    if (start.value) event.start = start.value;
    if (start.conflict) reportTimes('start', 'startTime', start.conflict);
    if (!one('end') && one('endTime') && start.value && !start.value.includes('T')) {
      // An all-day start and an end time: the feed's end would be a time and its start a date (`mixed-dates`).
      report('warning', 'invalid-date', row, `the row gives an end time (${shown(one('endTime')!)}) but no start time; the end is ignored (give the start time too, or clear the end time)`, named('endTime'));
    } else if (one('end') || one('endTime')) {
      // An end time alone is on the start's day, or on the next day when it is before the start's time (22:00 to
      // 01:00). The start's own time stays on its day: more likely copied than a 24-hour event.
      const names = { date: named('end'), time: named('endTime') };
      const end = one('end') ? readDate(one('end'), one('endTime'), names) : start.value ? readDate(start.value.slice(0, 10), one('endTime'), names) : {};
      // (HH:MM and HH:MM:SS alike: "22:00" is not before "22:00:00".)
      const clock = (value: string) => value.slice(11).padEnd(8, ':00');
      if (!one('end') && end.value && start.value?.includes('T') && clock(end.value) < clock(start.value)) {
        end.value = isoDate(parseIsoDate(end.value.slice(0, 10))! + 1) + end.value.slice(10);
      }
      if (end.error) report('warning', 'invalid-date', row, `${end.error}; the end is ignored`, header(end.inTimeColumn || !one('end') ? 'endTime' : 'end')?.header);
      else if (end.value) event.end = end.value;
      if (end.conflict) reportTimes('end', 'endTime', end.conflict);
    }
    for (const column of ['online', 'url'] as const) {
      const value = one(column);
      if (value) event[column] = value;
    }
    // A zone that is none: the row's clock times would be read in another zone, hours off.
    const zone = one('timeZone');
    if (zone && !isTimeZone(zone)) {
      const hint = zoneHint(zone);
      const write = hint ? ` (${hint})` : ': write a zone such as "Europe/Belgrade" or "Europe/Tirane", or leave the cell empty for the feed\'s';
      report('error', 'unknown-time-zone', row, `${shown(zone)} is not a time zone${write}; the row is left out`, header('timeZone')?.header);
      refused = true;
    } else if (zone) event.timeZone = zone;
    // A status that is no status ("canceled?", a typo): shown as scheduled, a cancelled meeting would mislead its visitors.
    const statusCell = one('status');
    const status = statusCell ? canonicalStatus(statusCell) : undefined;
    if (statusCell && !status) {
      const hint = suggestStatus(statusCell);
      report('error', 'invalid-status', row, `${shown(statusCell)} is not a status${hint ? ` (did you mean "${hint}"?)` : ''}; write ${EVENT_STATUSES.map((word) => `"${word}"`).join(', ')} or the same word in the widgets' languages, or leave the cell empty for scheduled; the row is left out`, header('status')?.header);
      refused = true;
    } else if (status && status !== 'scheduled') event.status = status;
    // A rescheduled event's start before it moved: a date, or a date and a time, in one cell.
    const previousCell = one('previousStart');
    if (previousCell) {
      const name = named('previousStart');
      const previous = readDate(previousCell, undefined, { date: name, time: name });
      if (previous.error) report('warning', 'invalid-date', row, `${previous.error}; the original date is ignored`, name);
      else if (event.status !== 'rescheduled') report('warning', 'previous-start-unused', row, `the row gives an original date (${shown(previousCell)}) but its status is not "rescheduled"; it is ignored`, name);
      else event.previousStart = previous.value;
    }
    for (const column of ['summary', 'description', 'chair'] as const) {
      const value = textOf(column);
      if (value) event[column] = value;
    }
    const location: NonNullable<RawEvent['location']> = {};
    const venue = textOf('venue');
    const city = textOf('city');
    if (venue) location.venue = venue;
    if (city) location.city = city;
    const country = one('country');
    // Checked by the parser, which reads 'UK' as 'GB'. In capitals, as the feed writes a code: a sheet's 'al' is no mistake in the feed.
    if (country && /^[a-z]{2}$/i.test(country)) location.country = country.toUpperCase();
    else if (country) {
      const { code, read } = countryOfCell(country);
      if (read) {
        report('warning', 'invalid-country', row, `${shown(country)} is a three-letter country code; it is read as "${code}" (write that)`, header('country')?.header);
        location.country = code!;
      } else {
        const write = code ? `write "${code}"` : 'write its two-letter code, such as "AL", "BA", "ME", "MK", "RS" or "XK"';
        report('warning', 'invalid-country', row, `${shown(country)} is not a country code (${write}); it is ignored`, header('country')?.header);
      }
    }
    Object.assign(location, readPoint(one('lat'), one('lon'), (message, axis) => report('warning', axis ? 'invalid-number' : 'incomplete-coordinates', row, message, named(axis ?? (one('lat') ? 'lon' : 'lat')))));
    if (Object.keys(location).length) event.location = location;
    for (const column of LIST_COLUMNS) {
      const list = splitList(one(column));
      if (list.length) event[column] = list;
    }
    const series = one('series');
    const ordinalText = one('ordinal');
    if (series) {
      // A whole number, or one with the dot that marks it as the seventh in the region's languages ("7."). Not
      // the 7 of "7,5", nor the 42 that Number() makes of "0x2A".
      const ordinal = ordinalText && /^\d{1,9}\.?$/.test(ordinalText) ? Number(ordinalText.replace('.', '')) : undefined;
      if (ordinalText && !ordinal) report('warning', 'invalid-ordinal', row, `${shown(ordinalText)} is not a meeting's number: write a whole number from 1 up, such as 7; the ordinal is ignored`, header('ordinal')?.header);
      event.series = ordinal ? { id: series, ordinal } : series;
    } else if (ordinalText) {
      report('warning', 'invalid-series', row, 'an ordinal needs a series; it is ignored', header('ordinal')?.header);
    }
    const backToBack = splitList(one('backToBack'));
    if (backToBack.length) event.related = backToBack.map((id) => ({ kind: 'back-to-back', event: id }));
    Object.assign(event, extensions);
    if (!start.error && !refused) {
      events.push(event as RawEvent);
      rowOfEvent.push(row);
    }
  });

  if (base) reportReplacedEvents(base, rowIds, headerRow, report);
  const timeZone = options.timeZone ?? (typeof base?.timeZone === 'string' ? base.timeZone : undefined);
  const feed: RawFeed = { ...(base ?? {}), version: 1, events } as RawFeed;
  if (timeZone) feed.timeZone = timeZone;
  if (!base || options.language) feed.language = language;
  if (!timeZone && events.some((e) => e.start?.includes('T') && !e.timeZone)) {
    report('warning', 'no-time-zone', headerRow, 'rows give clock times but there is no time zone: they are read as UTC (add a "timeZone" column, or give the conversion a time zone)');
  }

  // Each row as `iisg-feed validate` checks an event, with its row number; rows that cannot be shown are left out.
  const { problems: eventProblems, feed: read } = validateFeed(feed, { viewerTimeZone: 'UTC' });
  writeAsRead(events, read?.events ?? []);
  const dropped = new Set<number>();
  for (const problem of eventProblems) {
    const m = /^events\[(\d+)\](?:\.(.+))?$/.exec(problem.path);
    if (!m) continue;
    if (!base && REFERENCE_CODES.has(problem.code)) continue;
    const [k, field] = [Number(m[1]), m[2]];
    const column = columnOfField(field, columns);
    const message = problem.message
      .replace(/; the event is left out$/, '; the row is left out')
      // A link not taken is left out of the feed written (below), as from-ics says: not only not shown.
      .replace('; it is not shown', problem.code === 'unsafe-url' ? '; it is left out' : '; it is not shown')
      .replace(/\bevents\[(\d+)\]/g, (_, i: string) => `row ${rowOfEvent[Number(i)]}`);
    report(problem.severity, problem.code, rowOfEvent[k], message, column);
    if (problem.dropped) dropped.add(k);
    // A link that is not shown, an end that is not read: the feed written leaves them out, as it was said, and passes its schema.
    else if ((field === 'url' || field === 'online') && problem.code === 'unsafe-url') delete events[k][field];
    else if (field === 'end' && problem.severity === 'error') delete events[k].end;
  }
  feed.events = events.filter((_, k) => !dropped.has(k));
  problems.sort((a, b) => a.row - b.row);
  return { feed, problems };
}

/**
 * A cell the check reported as read otherwise ('UK' as 'GB', 'al' as 'AL') or ignored ('Kosovo' as a country,
 * 'maybe' as a status, a lat with no lon) is written as it was read: the feed then passes its schema, and
 * the same problem is not reported again on every page that loads it. (The rows' problems said so.)
 */
function writeAsRead(events: Partial<RawEvent>[], read: readonly FeedEvent[]) {
  const byId = new Map(read.map((event) => [event.id, event]));
  const seen = new Set<string | undefined>();
  const twice = new Set(events.map((event) => event.id).filter((id) => seen.has(id) || !seen.add(id)));
  for (const event of events) {
    // Two rows with one id: the second was read under another id ('rnnc-3~2'); leave both as written.
    const as = twice.has(event.id) ? undefined : byId.get(event.id!);
    if (!as) continue;
    if (event.status !== undefined) {
      if (as.status === 'scheduled') delete event.status;
      else event.status = as.status;
    }
    const location = event.location;
    if (!location) continue;
    if (location.country !== undefined) {
      if (as.location?.country) location.country = as.location.country;
      else delete location.country;
    }
    if (as.location?.lat === undefined) {
      delete location.lat;
      delete location.lon;
    }
    if (!Object.keys(location).length) delete event.location;
  }
}

/** The rows replace the base's events: name those that have no row, so that none is lost without a word. */
function reportReplacedEvents(base: Record<string, unknown>, rowIds: ReadonlySet<string>, headerRow: number, report: (severity: Severity, code: string, row: number, message: string) => void) {
  const baseIds = (Array.isArray(base.events) ? base.events : []).map((event: unknown) => (isObject(event) && typeof event.id === 'string' ? event.id : undefined));
  const missing = [...new Set(baseIds.filter((id): id is string => id !== undefined && !rowIds.has(id)))];
  if (!missing.length) return;
  const named = missing.slice(0, 10).map((id) => `'${shorten(id)}'`).join(', ') + (missing.length > 10 ? ` and ${missing.length - 10} more` : '');
  const [has, its, is] = missing.length === 1 ? ['has', 'its', 'is'] : ['have', 'their', 'are'];
  const total = `${baseIds.length} event${baseIds.length === 1 ? '' : 's'}`;
  report('warning', 'base-events-left-out', headerRow, `the rows replace the base feed's ${total}; ${missing.length} of them ${has} no row with ${its} id and ${is} left out: ${named}; add a row for each event to keep`);
}

/**
 * The quote at `index` opens a cell that never closes, so the rows after it were read into that cell: name
 * them as the lines of the file count them (in the sheet they are one row), and say how to fix it.
 */
function reportUnclosedQuote(source: string, index: number, row: number, linesBefore: number, header: string | undefined, report: (severity: Severity, code: string, row: number, message: string, column?: string) => void) {
  const line = source.slice(0, index).split('\n').length + linesBefore;
  const rows = source.slice(index).split(/\r\n?|\n/).filter((text) => text.trim()).length;
  const taken = rows > 1 ? `rows ${row} to ${row + rows - 1} (the rest of the file) were read into that one cell and are left out` : 'the rest of the row was read into that one cell and the row is left out';
  report('error', 'unclosed-quote', row, `a quote (") at line ${line} of the file opens a cell that is never closed, so ${taken}; close the quote (or remove it) and save again`, header?.trim() || undefined);
}

/** `Canceled`, `Moved online`, `TBC`, `Otkazano` → `cancelled`, `moved-online`, `tentative`, `cancelled`; undefined for anything else. */
function canonicalStatus(cell: string): string | undefined {
  const known = statusSpelling(cell);
  if ((EVENT_STATUSES as readonly string[]).includes(known)) return known;
  return LOCAL_STATUS.get(foldStatus(cell));
}

/** The status an unknown word is nearest to (`Cancled`, `canceled?`, `Otkazao` → `cancelled`), by its spelling. */
function suggestStatus(cell: string): string | undefined {
  const words = [...EVENT_STATUSES, 'canceled', 'tbc', 'online', ...LOCAL_STATUS.keys()];
  const near = suggest(foldStatus(cell).replace(/[\s_]+/g, '-'), words.map((word) => word.replace(/ /g, '-')));
  return near === undefined ? undefined : canonicalStatus(near.replace(/-/g, ' ')) ?? canonicalStatus(near);
}

/**
 * A status typed in an editor's language, as the widgets show it (locales/*.ts; a cancelled or postponed event's
 * words are those the .ics export marks titles with, status-mark.ts) and a few spellings around it:
 * "Otkazano" in a Croatian sheet was read as no status, and the cancelled meeting published as scheduled. Only
 * here, where people type; a feed's JSON is written by tools, in the feed's own words.
 */
const LOCAL_STATUS = new Map<string, string>(
  Object.entries({
    scheduled: ['planifikuar', 'zakazano', 'заказано', 'закажано', 'načrtovano', 'geplant', 'prévu'],
    cancelled: [...statusMarkWords('cancelled'), 'anulluar', 'otkazan'],
    tentative: ['për t’u konfirmuar', 'treba potvrditi', 'треба потврдити', 'треба да се потврди', 'še ni potrjeno', 'noch nicht bestätigt', 'à confirmer'],
    postponed: statusMarkWords('postponed'),
    rescheduled: ['riplanifikuar', 'promenjen termin', 'промењен термин', 'promijenjen termin', 'променет термин', 'nov termin', 'neu terminiert', 'reprogrammé'],
    'moved-online': ['zhvillohet online', 'održava se onlajn', 'održava se online', 'одржава се онлајн', 'се одржува онлајн', 'poteka na spletu', 'findet online statt', 'désormais en ligne'],
  }).flatMap(([status, words]) => words.map((word) => [foldStatus(word), status] as [string, string])),
);

/** Lower case, single spaces, no accents (č as c, đ as d), one apostrophe: as an editor may type it. */
function foldStatus(text: string): string {
  return text.trim().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/[’‘`]/g, "'").replace(/\s+/g, ' ');
}

/** The header a feed field came from (`events[3].location.lat` → `Lat`), for a problem's column. */
function columnOfField(field: string | undefined, columns: (ColumnRef | { extension: string } | undefined)[]): string | undefined {
  if (!field) return undefined;
  const [first, second] = field.split(/[.[]/);
  // (A problem of the location as a whole is no one column's: not the city's, as it was said of coordinates.)
  const column =
    first === 'location' ? second : first === 'series' && second === 'ordinal' ? 'ordinal' : first === 'related' ? 'backToBack' : first;
  const refs = columns.filter((c): c is ColumnRef => !!c && 'column' in c && c.column === column);
  return (refs.find((c) => c.language === second) ?? refs[0])?.header;
}

/** The separator of the header row: the first of `;`, tab and `,` that it holds the most of. */
function guessDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  return [';', '\t', ','].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

/** `rcc, iisg-sg` or `rcc; iisg-sg` or one id per line. */
function splitList(cell: string | undefined): string[] {
  if (!cell) return [];
  return cell.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean);
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// Excel in Croatian, Serbian and Bosnian writes a final dot (`23.04.2019.`), and some locales a space after each dot (`23. 4. 2019.`).
const DOTTED = /^(\d{1,2})\. ?(\d{1,2})\. ?(\d{4})\.?$/;
const TIME = /^(\d{1,2})[:.](\d{2})(?::(\d{2}))?$/;

interface DateCells {
  value?: string;
  error?: string;
  /** The error is in the time's own column (`startTime`), not in the date's cell. */
  inTimeColumn?: boolean;
  /** The time of the date's cell was used and the time column, which gives another, was not: `{used, ignored}`. */
  conflict?: { used: string; ignored: string };
}

/** A word of two or more question marks alone, or three in a row: letters a code page could not hold. */
const LOST_LETTERS = /(?:^|[\s(«„"'])\?{2,}(?=$|[\s).,;:!»"'])|\?{3}/;

/** The first cell (its row as the sheet numbers it, its column 0-based) whose letters became question marks. */
function findLostLetters(rows: string[][], headerRow: number): { row: number; column: number; cell: string } | undefined {
  for (const [r, cells] of rows.entries()) {
    const column = cells.findIndex((cell) => LOST_LETTERS.test(cell));
    if (column >= 0) return { row: r + headerRow + 1, column, cell: cells[column].trim() };
  }
  return undefined;
}

/**
 * A date cell (`2019-04-23`, or `23.04.2019`, `23.04.2019.`, `23. 4. 2019.` as European sheets write it) and an optional time
 * (`09:30`, in the same cell after a space or `T`, or in its own column) to the feed's form.
 * Slashed dates (`04/05/2019`) are refused: April or May depends on the sheet's locale.
 * `names`: the headers of the two columns, for messages.
 */
function readDate(dateCell: string | undefined, timeCell: string | undefined, names: { date: string; time: string }): DateCells {
  if (!dateCell) return timeCell ? { error: 'a time without a date' } : {};
  // Split only where a run of T and spaces begins: tried from every T of a long run, the split was quadratic.
  // The time's minutes end there: `1. 12.2019` is a date, not the day 1 at 12:20.
  const [datePart, inlineTime] = dateCell.split(/(?<![T ])[T ]+(?=\d{1,2}[:.]\d{2}(?!\d))/, 2);
  let y: number, m: number, d: number;
  const iso = ISO.exec(datePart.trim());
  const dotted = DOTTED.exec(datePart.trim());
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dotted) [d, m, y] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
  else return { error: notADate(dateCell, names) };
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    // Day and month the other way round (`2019-25-04`, `04.25.2019`): say so, with the date it would then be.
    const swapped = m > 12 && d >= 1 && d <= 12 && m <= daysInMonth(y, d);
    const pad = (n: number) => String(n).padStart(2, '0');
    const instead = swapped ? (iso ? `${y}-${pad(d)}-${pad(m)}` : `${pad(m)}.${pad(d)}.${y}`) : undefined;
    const why = instead ? `there is no month ${m}: write ${iso ? 'year-month-day' : 'day.month.year'}, ${instead}` : m < 1 || m > 12 ? `there is no month ${m}` : `${MONTH_NAMES[m - 1]} ${y} has ${daysInMonth(y, m)} days`;
    return { error: `${shown(dateCell)} is not a date of the calendar (${why})` };
  }
  const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const inline = inlineTime?.trim();
  const own = timeCell?.trim();
  if (!inline && !own) return { value: date };
  const time = readTime(inline ?? own!);
  if (time === undefined) {
    const cell = (inline ?? own)!;
    // A date typed into the time's own column.
    const isDate = !inline && (ISO.test(cell) || DOTTED.test(cell));
    const error = isDate ? `${shown(cell)} is a date, not a time: the date goes in the ${shown(names.date)} column, and here the time (09:30, or 14:00 for 2 PM)` : `${shown(cell)} is not a time (write 09:30, or 14:00 for 2 PM)`;
    return { error, inTimeColumn: !inline };
  }
  const result: DateCells = { value: `${date}T${time}` };
  if (inline && own && readTime(own) !== time) result.conflict = { used: inline, ignored: own };
  return result;
}


/**
 * Why a date cell is not read, and what to write instead: a time (`17:00`), a date with slashes (`04/05/2019`),
 * dashes in the day-first order (`25-04-2019`), a two-digit year (`25.04.19`), or the number Excel keeps a date as
 * (`43580`, when the cell is formatted as a number); else the two forms it takes.
 */
function notADate(cell: string, names: { date: string; time: string }): string {
  const text = cell.trim();
  const forms = 'write 2019-04-25, or 25.04.2019';
  // (With a colon: `23.04` is as likely the 23rd of April without its year.)
  if (/^\d{1,2}:\d{2}(?::\d{2})?$/.test(text) || /^\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?$/i.test(text)) {
    return `${shown(cell)} is a time, not a date: ${forms}, with the time after it (2019-04-25 09:30) or in the ${shown(names.time)} column`;
  }
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\b/.exec(text);
  if (slashed) {
    const [a, b, y] = [Number(slashed[1]), Number(slashed[2]), slashed[3]];
    const ok = (m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(Number(y), m);
    const day = (m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    // The cell's own readings, written as the feed takes them, where its year is whole.
    const readings = [ok(b, a) && [b, a], ok(a, b) && a !== b && [a, b]].filter((r): r is number[] => !!r);
    const either = readings.length === 2 ? ` (${a} ${MONTH_NAMES[b - 1]} or ${b} ${MONTH_NAMES[a - 1]}?)` : '';
    const write = y.length === 4 && readings.length ? `write ${readings.map(([m, d]) => `${day(m, d)} for ${d} ${MONTH_NAMES[m - 1]}`).join(', or ')}` : forms;
    return `${shown(cell)} is not read: with slashes, the day and the month come in the order of the sheet's language${either}; ${write}`;
  }
  if (/^\d{1,2}-\d{1,2}-\d{4}$/.test(text)) return `${shown(cell)} is not read: with dashes the year comes first (2019-04-25); or write the day first with dots, 25.04.2019`;
  if (/^\d{4}[./]\d{1,2}[./]\d{1,2}\.?$/.test(text)) return `${shown(cell)} is not read: with the year first, write dashes, 2019-04-25; or write the day first with dots, 25.04.2019`;
  const short = /^(\d{1,2})[.-] ?(\d{1,2})[.-] ?(\d{2})\.?$/.exec(text);
  if (short) {
    // The cell's own date with its year whole, read as Excel reads a two-digit year (00-29 are 2000-2029).
    const [d, m, yy] = short.slice(1).map(Number);
    const y = yy + (yy < 30 ? 2000 : 1900);
    const two = (n: number) => String(n).padStart(2, '0');
    const whole = m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? `${two(d)}.${two(m)}.${y} or ${y}-${two(m)}-${two(d)}` : '25.04.2019 or 2019-04-25';
    return `${shown(cell)} has a two-digit year: write the year in full, ${whole}`;
  }
  if (/^\d{5}$/.test(text)) return `${shown(cell)} is a number, not a date: Excel writes a date so when its cell is formatted as a number; format the column as dates (or text) and save again, or ${forms}`;
  return `${shown(cell)} is not a date (write 2019-04-23, or 23.04.2019)`;
}

/**
 * The `lat` and `lon` cells to a point, or nothing: each a decimal number of degrees (`41.33`, or `41,33` from a sheet
 * with decimal commas) within its range, both or neither. Not `0x2A`, `1e1`, `41°19′` or `41.33 N`, which `Number`
 * would read or half read. Each problem is reported with the axis concerned (none: one cell of the two is empty).
 */
function readPoint(latCell: string | undefined, lonCell: string | undefined, report: (message: string, axis?: 'lat' | 'lon') => void): { lat?: number; lon?: number } {
  if (latCell === undefined && lonCell === undefined) return {};
  let ok = true;
  const read = (cell: string | undefined, axis: 'lat' | 'lon', limit: number) => {
    if (cell === undefined) return undefined;
    const number = /^[+-]?\d{1,3}(?:[.,]\d+)?$/.test(cell) ? Number(cell.replace(',', '.')) : undefined;
    if (number !== undefined && Math.abs(number) <= limit) return number;
    const what = number === undefined ? `is not a number of degrees: write a decimal number, such as ${axis === 'lat' ? '41.33 (or 41,33)' : '19.82 (or 19,82)'}` : `is not a ${axis === 'lat' ? 'latitude' : 'longitude'}: it is from -${limit} to ${limit}`;
    report(`${shown(cell)} ${what}; the coordinates are ignored`, axis);
    ok = false;
    return undefined;
  };
  const lat = read(latCell, 'lat', 90);
  const lon = read(lonCell, 'lon', 180);
  if (!ok) return {};
  if (lat === undefined || lon === undefined) {
    report(`the row gives ${lat === undefined ? 'a longitude but no latitude' : 'a latitude but no longitude'}: write both (lat and lon), or neither; the coordinates are ignored`);
    return {};
  }
  return { lat, lon };
}

/** `9:30`, `09.30`, `09:30:15` → `09:30`, `09:30:15`; undefined for anything else. */
function readTime(text: string): string | undefined {
  const t = TIME.exec(text);
  if (!t || Number(t[1]) > 24 || Number(t[2]) > 59) return undefined;
  return `${t[1].padStart(2, '0')}:${t[2]}${t[3] ? `:${t[3]}` : ''}`;
}
