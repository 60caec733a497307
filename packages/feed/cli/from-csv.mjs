// iisg-feed from-csv: a spreadsheet export (CSV) to a feed, bad rows reported with their row number.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatFeed } from '../dist/format-feed.js';
import { feedFromCsv } from '../dist/from-csv.js';
import { baseProblems } from '../dist/from-csv-base.js';
import { formatProblem } from '../dist/index.js';
import { count, notKind, readSource, refuseEmptyOver, reportProblems, usageError, writeOutput } from './io.mjs';

export const name = 'from-csv';
export const synopsis = 'from-csv <file> [--base feed.json] [-o feed.json]';
export const summary = 'a spreadsheet (CSV) of events to a feed';
export const options = {
  out: { type: 'string', short: 'o' },
  base: { type: 'string' },
  'time-zone': { type: 'string' },
  language: { type: 'string' },
};
export const usage = `Usage: iisg-feed ${synopsis}

Reads a CSV with one event per row and the columns of templates/events-template.csv (see the package
README, "Events from a spreadsheet"): comma, semicolon or tab separated, UTF-8 with or without a byte-order
mark, quoted cells with line breaks. Rows that cannot be an event (no title, no readable start) or would
show what was not meant (a status or a time zone that is none) are reported with their row number (the
header is row 1, or row 2 below Excel's "sep=;" line) and left out; every other row is kept. A text
column whose language ending is a country's code (title.al: Albanian is sq) is refused, with the code meant.

Options:
  -o, --out FILE     write the feed there (default: standard output)
  --base FEED        a feed whose organisations, networks, series, countries, title and time zone the
                     result keeps; its events are replaced by the rows (those without a row are named, and
                     then -o may not be the base itself); ids in the rows are checked against it
  --time-zone ZONE   time zone of clock times in rows without a timeZone (default: the base's, else UTC)
  --language TAG     language of columns without a suffix such as .sq: a tag (sq, sr-Latn), not a name
                     (default: the base's, else en)

Problems go to standard error as "file:row: severity: message (column)". Exit code 1 when one is an
error (a row left out, say); warnings alone give 0. With an error, nothing is written over a file that is
there already (-o), nor anywhere when no row could be read. A sheet without rows of events is not
written over a file that is there. A feed or an .ics file given as the sheet is named so, with the command for
it (exit 1). Exit code 2 for wrong usage, or a file that cannot be read or written.
`;

export async function run(sources, values) {
  if (sources.length !== 1) return usageError({ name, usage }, 'give one CSV file');
  const [source] = sources;
  const { text } = await readSource(source, 'csv');
  const other = notKind(text, source, 'csv');
  if (other) {
    process.stderr.write(`${source}:1: error: ${other}; nothing written\n`);
    return 1;
  }
  let base;
  if (values.base) {
    const { text: baseText } = await readSource(values.base, 'json');
    try {
      base = JSON.parse(baseText.replace(/^\uFEFF/, ''));
    } catch {
      process.stderr.write(`${values.base}: error: the base feed is not JSON (run iisg-feed validate on it); nothing written\n`);
      return 1;
    }
    // Checked as validate checks a feed: its fields are copied into the result, and its time zone reads the rows' times.
    const found = baseProblems(base);
    reportProblems(found.map((p) => `${values.base}: ${p.severity}: ${formatProblem(p)}`));
    if (found.some((p) => p.severity === 'error')) {
      process.stderr.write(`${values.base}: nothing written: the base feed has the errors above; fix them (iisg-feed validate ${values.base} shows where), or leave out --base\n`);
      return 1;
    }
  }
  const { feed, problems } = feedFromCsv(text, { base, timeZone: values['time-zone'], language: values.language });
  // The library's messages do not know its caller; here the way to give a time zone is a flag.
  const hint = (p) => (p.code === 'no-time-zone' ? '; use --time-zone ZONE' : '');
  reportProblems(problems.map((p) => `${source}:${p.row}: ${p.severity}: ${p.message}${hint(p)}${p.column ? ` (column ${JSON.stringify(p.column)})` : ''}`));
  if (!feed) return 1;
  // Writing over the base would lose its events that have no row, with no copy left to get them back.
  if (values.out && values.base && resolve(values.out) === resolve(values.base) && problems.some((p) => p.code === 'base-events-left-out')) {
    process.stderr.write(`${values.out}: nothing written: it is the base feed, and writing over it would lose the events named above; write to another file (-o events-new.json), check it, then put it in place of ${values.base}\n`);
    return 1;
  }
  // Rows left out: the feed is short of them. Over a file that is there (the live feed, most likely), it would
  // replace every event of it with the rows that could be read, none perhaps, and a later validate finds nothing wrong.
  const left = problems.filter((p) => p.severity === 'error').length;
  if (left && values.out && existsSync(values.out)) {
    process.stderr.write(`${values.out}: nothing written: it is there already, and the rows above could not be read; writing would replace it with the ${count(feed.events.length, 'event')} that could. Fix the rows, or write to another file (-o events-new.json), check it, then put it in place\n`);
    return 1;
  }
  if (left && !feed.events.length) {
    process.stderr.write(`${source}: no row could be read as an event; nothing written\n`);
    return 1;
  }
  // A header and no rows (or empty ones only): no row is in error, and yet the live feed would be emptied.
  if (refuseEmptyOver(values.out, feed.events, 'the sheet has no row of events')) return 1;
  writeOutput(values.out, formatFeed(feed));
  if (values.out) process.stderr.write(`${count(feed.events.length, 'event')} written to ${values.out}\n`);
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
}
