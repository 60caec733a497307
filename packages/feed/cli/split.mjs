// iisg-feed split: a large feed into per-year (or per-month) files and the index file the elements read.
import { statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatFeed } from '../dist/format-feed.js';
import { jsonLosses } from '../dist/json-positions.js';
import { splitFeed } from '../dist/split-feed.js';
import { count, explainNotJson, feedProblemLines, isUrl, printable, readFeedSource, refuseEmptyOver, reportProblems, usageError, writeOutput } from './io.mjs';

export const name = 'split';
export const synopsis = 'split <file> --out dir/ [--by year|month]';
export const summary = 'a large feed into period files and an index';
export const options = {
  out: { type: 'string', short: 'o' },
  by: { type: 'string' },
  index: { type: 'string' },
  force: { type: 'boolean' },
};
export const usage = `Usage: iisg-feed ${synopsis}

Writes one complete feed per year (events-2019.json, ...) or month (events-2019-04.json) into the folder,
each with the organisations, networks, series and countries its events use, and an index file with every
other field of the feed and the list of period files ("periods"), so a decade of events loads one period at
a time. Each event goes to the period of its start day, in its own time zone.

Options:
  -o, --out DIR    folder to write to (made if missing)
  --by PERIOD      year (default) or month
  --index NAME     file name of the index (default: the input's name)
  --force          split even when some events cannot be read (they are in no file), or when a key given
                   twice or a number JSON cannot hold would be written changed

Errors of the feed (those validate reports, as it prints them: file:line:column: error: message (path)) go to
standard error, and give exit code 1. When an event cannot be read, nothing is written, unless --force. A feed
with no event is not written over an index already there (exit code 1), as its index would list no file. Exit
code 2 for wrong usage (--out a file, say), or a file that cannot be read or written.
`;

export async function run(sources, values) {
  if (sources.length !== 1) return usageError({ name, usage }, 'give one feed file');
  if (!values.out) return usageError({ name, usage }, '--out DIR is needed');
  const by = values.by ?? 'year';
  if (by !== 'year' && by !== 'month') return usageError({ name, usage }, `--by must be year or month, not '${by}'`);
  // A file given as the folder (--out events.json) was a stack trace once the first period file was written.
  if (statSync(values.out, { throwIfNoEntry: false })?.isFile()) return usageError({ name, usage }, `--out: '${values.out}' is a file; give a folder to write the period files and the index into (it is made if missing)`);
  const [source] = sources;
  const { text } = await readFeedSource(source);
  // A key given twice or a number JSON cannot hold would be written changed into the period files, as format refuses to.
  const losses = jsonLosses(text);
  for (const loss of losses) process.stderr.write(`${printable(`${source}:${loss.line}:${loss.column}: error: ${loss.message} (${loss.path})`)}\n`);
  if (losses.length && !values.force) {
    process.stderr.write(`${source}: nothing written: splitting would change the ${losses.length === 1 ? 'value' : 'values'} above (give --force to split anyway)\n`);
    return 1;
  }
  const { index, files, problems: found } = splitFeed(text, { by });
  const problems = explainNotJson(found, text, source);
  const lost = problems.filter((p) => p.dropped || p.code === 'not-json' || p.code === 'already-split' || p.code === 'not-a-feed' || p.code === 'unknown-version');
  reportProblems(feedProblemLines(source, text, problems.filter((p) => p.severity === 'error')));
  if (!index || (lost.length && !values.force)) {
    process.stderr.write(`${source}: nothing written${index ? ': fix the events above, or give --force to leave them out' : ''}\n`);
    return 1;
  }
  const indexName = values.index ?? basename(isUrl(source) ? new URL(source).pathname : source);
  // No event, no period file: an index of none written over the published one would empty every page that reads it.
  const indexPath = join(values.out, indexName);
  if (refuseEmptyOver(indexPath, files, 'the feed has no event')) return 1;
  for (const file of files) {
    writeOutput(join(values.out, file.name), formatFeed(file.feed));
    process.stdout.write(`${join(values.out, file.name)}: ${count(file.feed.events.length, 'event')} (${file.from} to ${file.to})\n`);
  }
  writeOutput(indexPath, formatFeed(index));
  process.stdout.write(`${indexPath}: index of ${count(files.length, 'period file')}\n`);
  if (!files.length) process.stderr.write(`${source}: warning: the feed has no event, so the index lists no period file\n`);
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
}
