// iisg-feed from-ics: an iCalendar file (Outlook, Google, Thunderbird exports) or URL to a feed.
import { formatFeed } from '../dist/format-feed.js';
import { languageProblem } from '../dist/from-csv-hints.js';
import { feedFromIcs } from '../dist/from-ics.js';
import { formatProblem, parseFeed } from '../dist/index.js';
import { count, notKind, readSource, refuseEmptyOver, reportProblems, usageError, writeOutput } from './io.mjs';

export const name = 'from-ics';
export const synopsis = 'from-ics <file|url> [-o feed.json]';
export const summary = 'an iCalendar (.ics) file to a feed';
export const options = {
  out: { type: 'string', short: 'o' },
  from: { type: 'string' },
  to: { type: 'string' },
  'time-zone': { type: 'string' },
  language: { type: 'string' },
  'include-private': { type: 'boolean' },
  'max-occurrences': { type: 'string' },
};
export const usage = `Usage: iisg-feed ${synopsis}

Reads an .ics file as Outlook, Google Calendar or Thunderbird export it (or a subscription URL) and writes
a feed: time zones kept (Windows zone names mapped to IANA ones), all-day events as dates, cancelled events
as "status": "cancelled", and each recurring event as one event per occurrence inside a window.

Options:
  -o, --out FILE       write the feed there (default: standard output)
  --from YYYY-MM-DD    first day of the window for recurring events (default: a year before today)
  --to YYYY-MM-DD      last day of that window (default: a year after today)
  --time-zone ZONE     the feed's time zone (default: the calendar's, else the one most events use)
  --language TAG       language of the calendar's texts: a tag (sq, sr-Latn), not a name (default: en)
  --include-private    keep events marked private or confidential (left out by default)
  --max-occurrences N  most occurrences of one recurring event (default: 1000); the whole file may give
                       5 times as many (at least 5,000), read in 25 times as many steps (at least 25,000)

Problems go to standard error as "file:line: severity: message". Exit code 1 when one is an error (an
event left out, say); warnings alone give 0. A calendar that gives no event is not written over a file
that is there (exit 1). Exit code 2 for wrong usage, or a file or URL that cannot be read, or a file that
cannot be written.
`;

export async function run(sources, values) {
  if (sources.length !== 1) return usageError({ name, usage }, 'give one .ics file or URL');
  const [source] = sources;
  // A country's code given as the language (`al`): a tag, so feedFromIcs takes it, but no language's (as from-csv).
  const mistake = values.language === undefined ? undefined : languageProblem(values.language, () => '', (text) => `'${text}'`);
  if (mistake) throw new RangeError(`language: ${mistake}`);
  const max = values['max-occurrences'];
  if (max !== undefined && !(/^\d{1,7}$/.test(max.trim()) && Number(max) > 0)) throw new RangeError(`--max-occurrences: '${max}' is not a whole number from 1 to 9999999`);
  const { text } = await readSource(source, 'ics');
  const { feed, problems } = feedFromIcs(text, {
    from: values.from,
    to: values.to,
    timeZone: values['time-zone'],
    language: values.language,
    includePrivate: values['include-private'],
    maxOccurrences: max === undefined ? undefined : Number(max),
  });
  // The library names its window; only here can the reader choose another.
  const HINTS = {
    'no-occurrences': '; use --from and --to for another window',
    'outside-window': '; use --from and --to for another window',
    'private-event': ' (use --include-private to keep it)',
    'too-many-occurrences': '; use --max-occurrences N to read more, or --from and --to for another window',
    'recurrence-budget': '; use --max-occurrences N to read more (4000 reads 100,000 steps for 20,000 occurrences), or --from and --to for another window',
    'unknown-time-zone': '; to read and show them in the zone they are in, name it with --time-zone ZONE (an IANA name such as Europe/Belgrade), which becomes the feed\'s time zone',
  };
  const other = notKind(text, source, 'ics');
  const hint = (p) => (p.code === 'not-ics' && other ? `; ${other}` : HINTS[p.code] ?? '');
  reportProblems(problems.map((p) => `${source}:${p.line ?? 1}: ${p.severity}: ${p.message}${hint(p)}`));
  if (!feed) return 1;
  // The conversion should give a feed without problems; say so if it does not.
  const check = parseFeed(feed, { viewerTimeZone: 'UTC' }).problems;
  reportProblems(check.map((p) => `${values.out ?? '<output>'}: ${p.severity}: ${formatProblem(p)}`));
  // No event (the wrong calendar exported, all private, none in the window): the live feed would be emptied.
  if (refuseEmptyOver(values.out, feed.events, 'the calendar gives no event (see above)')) return 1;
  writeOutput(values.out, formatFeed(feed));
  if (values.out) process.stderr.write(`${count(feed.events.length, 'event')} written to ${values.out}\n`);
  return [...problems, ...check].some((p) => p.severity === 'error') ? 1 : 0;
}
