// iisg-feed format: a feed in canonical key order and indentation, for clean diffs in a repository.
import { JsonLossError, formatFeed } from '../dist/format-feed.js';
import { InputError, count, notAFeed, printable, readFeedSource, usageError, writeOutput } from './io.mjs';

export const name = 'format';
export const synopsis = 'format <file>... [--write | --check]';
export const summary = 'canonical key order and indentation';
export const options = {
  write: { type: 'boolean', short: 'w' },
  check: { type: 'boolean' },
};
export const usage = `Usage: iisg-feed ${synopsis}

Writes the feed with its fields in the order of the format's tables (extension and unknown fields after
them, as written), two-space indentation and a final newline. Values, and the order of events, lists,
translations and countries, are never changed.

Options:
  -w, --write   rewrite the files in place (default: print the one file to standard output)
  --check       change nothing; list the files that are not formatted, exit code 1 if there are any

Exit code 1 for a file that is not JSON (it is left as it is; iisg-feed validate says where), and for one
that formatting would change: a key given twice in an object (a JSON reader keeps only the last), or a
number that a JSON number cannot hold exactly (12345678901234567890); each is named with its line. Exit code
2 for wrong usage, or a file that cannot be read or written.
`;

function isJson(text) {
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
    return true;
  } catch {
    return false;
  }
}

export async function run(sources, values) {
  if (!sources.length) return usageError({ name, usage }, 'give a feed file');
  if (values.write && values.check) return usageError({ name, usage }, 'give --write or --check, not both');
  if (sources.length > 1 && !values.write && !values.check) return usageError({ name, usage }, 'give one file, or --write or --check for several');
  let unformatted = 0;
  let invalid = 0;
  let unreadable = 0;
  for (const source of sources) {
    // One file that cannot be read stopped the rest (--check a b c); each file that can is now checked, as validate does.
    let text;
    try {
      ({ text } = await readFeedSource(source));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      process.stderr.write(`iisg-feed ${name}: ${printable(error.message)}\n`); // as to-ics and split say it
      unreadable++;
      continue;
    }
    let formatted;
    try {
      formatted = formatFeed(text);
    } catch (error) {
      if (error instanceof JsonLossError) {
        for (const loss of error.losses) process.stderr.write(`${printable(`${source}:${loss.line}:${loss.column}: error: ${loss.message} (${loss.path})`)}\n`);
        process.stderr.write(`${source}: not formatted: formatting would change the ${error.losses.length === 1 ? 'value' : 'values'} above\n`);
        invalid++;
        continue;
      }
      if (isJson(text)) throw error; // JSON, and yet not formatted (nested too deeply): main says so
      process.stderr.write(`${source}: error: ${notAFeed(text, source) ?? `not JSON (run iisg-feed validate ${source} to see where)`}\n`);
      invalid++;
      continue;
    }
    if (values.check) {
      if (formatted !== text) {
        process.stdout.write(`${source}\n`);
        unformatted++;
      }
    } else if (values.write) {
      if (formatted !== text) writeOutput(source, formatted); // a file that cannot be written: said, exit 2
    } else writeOutput(undefined, formatted);
  }
  if (values.check && unformatted) process.stderr.write(`${unformatted} of ${count(sources.length, 'file')} ${unformatted === 1 ? 'is' : 'are'} not formatted (run iisg-feed format --write)\n`);
  if (unreadable) return 2;
  return unformatted || invalid ? 1 : 0;
}
