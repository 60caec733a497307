// iisg-feed validate: every problem of one or more feeds, as `file:line:col: severity: message (path)`.
import { dirname, join } from 'node:path';
import { jsonLosses } from '../dist/json-positions.js';
import { locateProblems, validateFeed } from '../dist/validate-feed.js';
import { InputError, count, explainNotJson, isUrl, printable, readFeedSource, usageError } from './io.mjs';

export const name = 'validate';
export const synopsis = 'validate <file|url>... [--json] [--periods]';
export const summary = 'report every problem, with its line and column';
export const options = {
  json: { type: 'boolean' },
  periods: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
};
export const usage = `Usage: iisg-feed ${synopsis}

Checks each feed as the widgets read it, and more: missing organisations, networks and series, duplicate
ids, an end before the start, related events that are not in the feed, one-way back-to-back links, and two
meetings of a series with the same ordinal, a key given twice in an object, and a number too long for JSON
to hold exactly. Each problem is printed as

  file:line:column: error|warning: message (JSON path)

with the line and column of the value concerned, as editors and CI annotations read it.

Options:
  --json       print the problems as a JSON list (file, line, column, severity, code, message, path, eventId)
  --periods    also check the period files an index file lists (resolved against the index's place),
               and that no id is used in two of them
  -q, --quiet  no summary line on standard error

Exit code: 0 when no feed has an error (warnings alone are fine), 1 when one has, 2 for wrong usage or when
one cannot be read (each file that can is still checked).
`;

export async function run(sources, values) {
  if (!sources.length) return usageError({ name, usage }, 'give at least one feed file or URL');
  const results = [];
  let unreadable = 0;
  const queue = [...sources];
  const seen = new Set();
  // --periods: the index each period file belongs to, and the ids used so far in each index's files.
  const indexOf = new Map();
  const idsByIndex = new Map();
  while (queue.length) {
    const source = queue.shift();
    if (seen.has(source)) continue;
    seen.add(source);
    let input;
    try {
      input = await readFeedSource(source);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      process.stderr.write(`${printable(error.message)}\n`);
      unreadable++;
      continue;
    }
    const { feed, problems: found } = validateFeed(input.text, input.baseUrl ? { baseUrl: input.baseUrl } : {});
    const problems = [...explainNotJson(found, input.text, source)];
    if (values.periods && feed) {
      const index = indexOf.get(source) ?? source;
      if (!idsByIndex.has(index)) idsByIndex.set(index, new Map());
      problems.push(...idsUsedBefore(feed, source, idsByIndex.get(index)));
      for (const period of feed.periods) {
        const file = resolveAgainst(period.url, source);
        if (!indexOf.has(file)) indexOf.set(file, index);
        queue.push(file);
      }
    }
    // What a JSON reader does not give back as written (a key twice, a too-long number): the widgets read the feed so.
    const losses = problems.some((p) => p.code === 'not-json') ? [] : jsonLosses(input.text).map((loss) => ({ severity: 'warning', ...loss }));
    // In the order of the file, as an editor walks through them; parser order breaks ties.
    // locateProblems walks the whole text even for no problem: a feed without any is not walked twice.
    const located = [...(problems.length ? locateProblems(input.text, problems) : []), ...losses]
      .map((p, i) => ({ p, i }))
      .sort((a, b) => a.p.line - b.p.line || a.p.column - b.p.column || a.i - b.i)
      .map(({ p }) => p);
    results.push({ source, events: feed?.events.length ?? 0, problems: located });
  }

  if (values.json) {
    const list = results.flatMap(({ source, problems }) =>
      problems.map(({ line, column, severity, code, message, path, eventId }) => ({ file: source, line, column, severity, code, message, path, ...(eventId ? { eventId } : {}) })),
    );
    process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
  } else {
    for (const { source, problems } of results) {
      for (const p of problems) process.stdout.write(`${printable(`${source}:${p.line}:${p.column}: ${p.severity}: ${p.message}${p.path ? ` (${p.path})` : ''}`)}\n`);
    }
  }
  const errors = results.reduce((n, r) => n + r.problems.filter((p) => p.severity === 'error').length, 0);
  const warnings = results.reduce((n, r) => n + r.problems.filter((p) => p.severity === 'warning').length, 0);
  if (!values.quiet && !values.json) {
    const events = results.reduce((n, r) => n + r.events, 0);
    const checked = `${count(results.length, 'feed')}, ${count(events, 'event')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
    // A file that could not be read is not a feed without errors.
    const notRead = `${count(unreadable, 'file')} could not be read (see above)`;
    process.stderr.write(`${!unreadable ? checked : results.length ? `${notRead}; ${checked}` : `${notRead}, so nothing was checked`}\n`);
  }
  if (unreadable) return 2;
  return errors ? 1 : 0;
}

/**
 * The events of `feed` whose id an earlier file of the same index uses (`ids`: id → where it is used):
 * each file is checked on its own, but the widgets merge them, and one of the two would be renamed `<id>~2`.
 */
function idsUsedBefore(feed, source, ids) {
  const problems = [];
  for (const event of feed.events) {
    const first = ids.get(event.id);
    if (!first) {
      ids.set(event.id, `${source} (${event.path})`);
      continue;
    }
    problems.push({
      severity: 'error',
      code: 'duplicate-id',
      path: `${event.path}.id`,
      message: `the id '${event.id}' is also used in ${first}; an id must be unique across the period files of an index (the widgets show one of the two as '${event.id}~2')`,
      eventId: event.id,
    });
  }
  return problems;
}

const plural = (n, word) => (n ? count(n, word) : `no ${word}s`);

/** A period file's place: its URL resolved against the index's URL, or its path against the index's folder. */
function resolveAgainst(url, index) {
  if (isUrl(url)) return url;
  if (isUrl(index)) return new URL(url, index).href;
  return join(dirname(index), decodeURIComponent(url));
}
