/**
 * What `iisg-feed validate` checks: everything `parseFeed` reports, plus checks across events that the
 * widgets can live with but a web editor wants to hear about, each problem placed at a line and column
 * of the source text.
 */
import { daysInMonth, MONTH_NAMES } from './day-key.js';
import { countryOfCell } from './from-csv-hints.js';
import { findJsonError, jsonErrorHint } from './json-error.js';
import { jsonPositions, positionOf } from './json-positions.js';
import { parseFeed, type ParseOptions } from './parse-feed.js';
import { ProblemList, quote } from './problems.js';
import { isObject } from './read-values.js';
import type { Feed, ParseResult, Problem } from './types.js';
import { WINDOWS_ZONES } from './windows-zones.js';

/** A problem with the place in the source text of the value it is about. */
export interface LocatedProblem extends Problem {
  line: number;
  column: number;
}

/** Back-to-back events further apart than this (days between one's end and the other's start) are reported. */
const BACK_TO_BACK_DAYS = 7;

/** `parseFeed` followed by `feedChecks`: the feed, and every problem of both. */
export function validateFeed(input: unknown, options: ParseOptions = {}): ParseResult {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch {
      // parseFeed says where the syntax error is; the likely fix is added here, for the command line.
      const result = parseFeed(input, options);
      const text = input.replace(/^\uFEFF/, '');
      const place = findJsonError(text);
      const hint = place && jsonErrorHint(text, place);
      if (hint) result.problems[0].message = result.problems[0].message.replace(/\)$/, `: ${hint})`);
      return result;
    }
  }
  const result = parseFeed(data, options);
  for (const problem of result.problems) {
    // Outlook's zone names, which editors copy from Windows: name the IANA zone to write.
    const written = textAt(data, problem.path);
    const zone = problem.code === 'unknown-time-zone' && WINDOWS_ZONES[written];
    if (zone) problem.message += ` (that is Windows' name for '${zone}': write that)`;
    // A three-letter code or a country's name (`SRB`, `Serbia`, `Kosova`): name the two letters to write.
    const country = problem.code === 'invalid-country' && written && countryOfCell(written).code;
    if (country) problem.message = problem.message.replace("(use 'XK' for Kosovo)", `(write '${country}')`);
    // A day its month does not have (`2019-02-30`, `2019-04-31T10:00`): written in the right form, so the parser's
    // example of the form does not help; the month's length does.
    const noSuchDay = problem.code === 'invalid-date' && dayNotInMonth(written);
    if (noSuchDay) problem.message = problem.message.replace(/ is not a date[^;]*/, ` is not a date: ${noSuchDay}`);
  }
  if (result.feed) result.problems.push(...feedChecks(result.feed, data));
  return result;
}

/**
 * The text a problem's path (`timeZone`, `events[3].location.country`, `countries.Serbia`) leads to in the raw
 * JSON, trimmed; a key's own text where the path ends at a key (`countries` is keyed by code). Empty if none.
 */
function textAt(data: unknown, path: string): string {
  let value = data;
  let key = '';
  for (const [, name, index] of path.matchAll(/\.?([^.[\]]+)|\[(\d+)\]/g)) {
    key = name ?? '';
    value = isObject(value) && name !== undefined ? value[name] : Array.isArray(value) && index !== undefined ? value[Number(index)] : undefined;
  }
  const text = typeof value === 'string' ? value : isObject(value) ? key : '';
  return text.trim();
}


/**
 * Why a date or date-time whose form is right (`2019-02-30`, `2019-04-31T10:00`) names no day: "February 2019 has 28
 * days". Undefined when its month is no month (13: the parser's example of the form says that) or its day exists.
 */
export function dayNotInMonth(text: string): string | undefined {
  const m = /^(\d{4})-(0[1-9]|1[0-2])-(\d\d)(?=$|[Tt ])/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = daysInMonth(year, month);
  if (day >= 1 && day <= days) return undefined;
  if (!day) return `there is no day 00 (a month's first day is ${m[1]}-${m[2]}-01)`;
  return `${MONTH_NAMES[month - 1]} ${year} has ${days} days${month === 2 && day === 29 ? ` (${year} is not a leap year)` : ''}`;
}

/**
 * Checks across a parsed feed (`raw` is the JSON it was parsed from, for paths into lists the feed
 * keeps as maps):
 * - `duplicate-ordinal` (error): two events of a series with the same ordinal, neither cancelled;
 * - `unknown-network` (warning): a series whose `network` is not in `networks`;
 * - `self-link` (warning): an event related to itself;
 * - `one-way-back-to-back` (warning): A lists B as back-to-back but B does not list A;
 * - `distant-back-to-back` (warning): back-to-back events more than a week apart, usually a wrong id.
 * Dangling ids, duplicate ids and an end before the start are `parseFeed`'s own problems.
 */
export function feedChecks(feed: Feed, raw: unknown): Problem[] {
  const problems = new ProblemList();

  const byOrdinal = new Map<string, string>();
  for (const event of feed.events) {
    if (!event.series?.ordinal || event.status === 'cancelled') continue;
    const key = `${event.series.id}\u0000${event.series.ordinal}`;
    const first = byOrdinal.get(key);
    if (first === undefined) {
      byOrdinal.set(key, event.path);
      continue;
    }
    problems.error(
      'duplicate-ordinal',
      `${event.path}.series.ordinal`,
      `ordinal ${event.series.ordinal} of series ${quote(event.series.id)} is also given to ${first}; two meetings cannot both be number ${event.series.ordinal} (mark one that did not take place as cancelled)`,
      { eventId: event.id },
    );
  }

  const rawSeries = isObject(raw) && Array.isArray(raw.series) ? raw.series : [];
  rawSeries.forEach((entry: unknown, i) => {
    if (!isObject(entry) || typeof entry.network !== 'string' || !entry.network.trim()) return;
    const network = entry.network.trim();
    if (!feed.networks.has(network)) problems.warn('unknown-network', `series[${i}].network`, `no network with id ${quote(network)} in "networks"`);
  });

  for (const event of feed.events) {
    event.related.forEach((link, i) => {
      const at = `${event.path}.related[${i}].event`;
      const extra = { eventId: event.id };
      if (link.event === event.id) {
        problems.warn('self-link', at, `the event is related to itself; the link is not shown`, extra);
        return;
      }
      const other = feed.byId.get(link.event);
      if (!other || link.kind !== 'back-to-back') return;
      if (!other.related.some((back) => back.kind === 'back-to-back' && back.event === event.id)) {
        problems.warn('one-way-back-to-back', at, `${quote(other.id)} does not list ${quote(event.id)} as back-to-back; state the link on both events`, extra);
      }
      const gap = Math.max(other.startDay - event.endDay, event.startDay - other.endDay);
      if (gap > BACK_TO_BACK_DAYS) {
        problems.warn('distant-back-to-back', at, `${quote(other.id)} is ${gap} days away; back-to-back meetings follow one another (is the id right?)`, extra);
      }
    });
  }
  return problems.items;
}

/**
 * Each problem with the line and column, in `text`, of the value it is about (of the key, for an
 * unknown field; of the enclosing object, for a missing field; of the syntax error, for `not-json`).
 */
export function locateProblems(text: string, problems: readonly Problem[]): LocatedProblem[] {
  const syntax = problems.some((p) => p.code === 'not-json') ? findJsonError(text.replace(/^\uFEFF/, '')) : undefined;
  const positions = jsonPositions(text, problems.map((p) => p.path));
  return problems.map((problem) => {
    if (problem.code === 'not-json') return { ...problem, line: syntax?.line ?? 1, column: syntax?.column ?? 1 };
    const at = positionOf(positions, problem.path);
    const onKey = problem.code === 'unknown-field' && at.exact && at.keyLine !== undefined;
    return { ...problem, line: onKey ? at.keyLine! : at.line, column: onKey ? at.keyColumn! : at.column };
  });
}
