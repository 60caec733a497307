// The base feed of from-csv (`--base`), checked as the widgets read a feed before its fields are copied into the result.
import { zoneHint } from './from-csv-hints.js';
import { parseFeed } from './parse-feed.js';
import { quote } from './problems.js';
import { isObject, join } from './read-values.js';
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

/** Warnings about a value that is kept and shown as written: a reference to an id the base does not hold. */
const KEPT = new Set(['unknown-organisation', 'missing-version']);

/**
 * A copy of the base as the widgets read it, for the feed that from-csv writes: what its warnings say is ignored
 * or not shown (a `javascript:` website, a title that is a number, a misspelt field) is left out, and what they say
 * is read otherwise ('UK' as 'GB') is written so. Copied as written, it went into the new feed, which then failed its
 * schema, and validate reported again on every page what the conversion had reported as dropped.
 */
export function baseAsRead(base: Record<string, unknown>, problems: readonly Problem[]): Record<string, unknown> {
  const paths = new Map<string, Problem>();
  for (const problem of problems) if (problem.severity === 'warning' && !KEPT.has(problem.code)) paths.set(problem.path, problem);
  return (paths.size ? rewrite(base, '', paths, undefined) : base) as Record<string, unknown>;
}

/** `value` (at `path`) as read: undefined where it is not read at all. An object or list that only held such values goes too. */
function rewrite(value: unknown, path: string, paths: ReadonlyMap<string, Problem>, problem: Problem | undefined): unknown {
  if (problem && problem.code !== 'incomplete-coordinates') return readAs(problem);
  if (Array.isArray(value)) {
    const items = value.map((item, i) => rewrite(item, join(path, i), paths, paths.get(join(path, i)))).filter((item) => item !== undefined);
    return items.length || !value.length ? items : undefined;
  }
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    // lat and lon must be given together: `incomplete-coordinates` is said of the object that has one of them.
    if (problem?.code === 'incomplete-coordinates' && (key === 'lat' || key === 'lon')) continue;
    const at = join(path, key);
    // A key of "countries" read as another code ('KS' as 'XK'): its entry goes under that code.
    const as = typeof value[key] === 'string' ? undefined : readAs(paths.get(at));
    const kept = rewrite(value[key], at, paths, as ? undefined : paths.get(at));
    if (kept !== undefined) out[as ?? key] = kept;
  }
  return Object.keys(out).length || !Object.keys(value).length ? out : undefined;
}

/** The value a warning says was read instead of the one written ('UK' is read as 'GB'), else undefined. */
function readAs(problem: Problem | undefined): string | undefined {
  return problem?.code === 'invalid-country' ? /it is read as '([A-Z]{2})'/.exec(problem.message)?.[1] : undefined;
}
