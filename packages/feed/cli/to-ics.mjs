// iisg-feed to-ics: a whole feed as one subscribable .ics, with the code of the card's download.
import { formatProblem, pickText } from '../dist/index.js';
import { toIcs } from '../dist/to-ics.js';
import { validateFeed } from '../dist/validate-feed.js';
import { count, explainNotJson, readFeedSource, reportProblems, usageError, writeOutput } from './io.mjs';

export const name = 'to-ics';
export const synopsis = 'to-ics <file|url> [-o events.ics]';
export const summary = 'a feed as one subscribable iCalendar file';
export const options = {
  out: { type: 'string', short: 'o' },
  lang: { type: 'string' },
  name: { type: 'string' },
};
export const usage = `Usage: iisg-feed ${synopsis}

Writes every event of the feed as one .ics file that calendar programs import or subscribe to (publish it
next to the feed and give its URL). Event UIDs come from the feed's ids, so a refreshed subscription updates
events instead of copying them.

Options:
  -o, --out FILE   write the calendar there (default: standard output)
  --lang TAG       language of titles and descriptions (default: the feed's language)
  --name TEXT      the calendar's name (default: the feed's title)

Feed problems (those validate reports) go to standard error, and so do events an iCalendar file cannot hold
(a start before the year 0001 or after 9999). Exit code 1 when the feed has an error or an event is left out;
the calendar is written all the same, without those events.
`;

export async function run(sources, values) {
  if (sources.length !== 1) return usageError({ name, usage }, 'give one feed file or URL');
  const [source] = sources;
  const { text, baseUrl } = await readFeedSource(source);
  const { feed, problems: found } = validateFeed(text, baseUrl ? { baseUrl } : {});
  const problems = explainNotJson(found, text, source);
  reportProblems(problems.map((p) => `${source}: ${p.severity}: ${formatProblem(p)}`));
  if (!feed) return 1;
  const lang = values.lang ?? feed.language;
  const calendarName = values.name ?? (pickText(feed.title, lang, feed.language) || undefined);
  const leftOut = [];
  const ics = toIcs(feed, feed.events, { lang, calendarName, onProblem: (p) => leftOut.push(p) });
  reportProblems(leftOut.map((p) => `${source}: ${p.severity}: ${formatProblem(p)}`));
  writeOutput(values.out, ics);
  if (values.out) process.stderr.write(`${count(feed.events.length - leftOut.length, 'event')} written to ${values.out}\n`);
  return [...problems, ...leftOut].some((p) => p.severity === 'error') ? 1 : 0;
}
