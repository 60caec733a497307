// The base feed of from-csv (`--base`), checked as the widgets read a feed before its fields are copied into the result.
import { zoneHint } from './from-csv-hints.js';
import { parseFeed } from './parse-feed.js';
import { quote } from './problems.js';
import { isObject } from './read-values.js';
import type { Problem } from './types.js';

/**
 * The problems `parseFeed` finds in a base feed, its events aside (the rows replace them). Unchecked, a base that is
 * no feed (`[]`, `null`) was ignored, a `"version": 2` written as version 1, and a misspelt `timeZone` copied, so
 * that every clock time of the sheet was read as UTC. A zone that is none is said as `--time-zone` says it.
 */
export function baseProblems(base: unknown): Problem[] {
  // A string is a value here, not a feed's text for parseFeed to read: '"x"' is the text of the value "x".
  const feed = isObject(base) ? { ...base, events: [] } : (JSON.stringify(base) ?? 'undefined');
  return parseFeed(feed, { viewerTimeZone: 'UTC' }).problems.map((problem) => {
    if (problem.code !== 'unknown-time-zone' || !isObject(base)) return problem;
    const zone = String(base.timeZone);
    const hint = zoneHint(zone, (text) => `'${text}'`);
    return { ...problem, message: `${quote(base.timeZone)} is not an IANA time zone such as 'Europe/Tirane'${hint ? ` (${hint})` : ''}` };
  });
}
