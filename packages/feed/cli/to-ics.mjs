// iisg-feed to-ics: a whole feed as one subscribable .ics, with the code of the card's download.
import { languageProblem } from '../dist/from-csv-hints.js';
import { pickText } from '../dist/index.js';
import { toIcs } from '../dist/to-ics.js';
import { validateFeed } from '../dist/validate-feed.js';
import { count, explainNotJson, feedProblemLines, readFeedSource, refuseEmptyOver, reportProblems, usageError, writeOutput } from './io.mjs';

export const name = 'to-ics';
export const synopsis = 'to-ics <file|url> [--domain HOST] [-o events.ics]';
export const summary = 'a feed as one subscribable iCalendar file';
export const options = {
  out: { type: 'string', short: 'o' },
  lang: { type: 'string' },
  name: { type: 'string' },
  domain: { type: 'string' },
};
export const usage = `Usage: iisg-feed ${synopsis}

Writes every event of the feed as one .ics file that calendar programs import or subscribe to (publish it
next to the feed and give its URL). Event UIDs come from the feed's ids and the host the feed is published
on (rnnc-7@iisg-events.www.rcc.int), so a refreshed subscription updates events instead of copying them,
and no other publisher's events have them.

Options:
  -o, --out FILE   write the calendar there (default: standard output)
  --lang TAG       language of titles and descriptions: a tag (sq, sr-Latn), not a name (default: the
                   feed's language)
  --name TEXT      the calendar's name (default: the feed's title)
  --domain HOST    the host the feed is published on, in every UID (default: the URL's host, for a URL);
                   give the same one every time, or calendars take the events for new ones

Feed problems (those validate reports, as it prints them: file:line:column: severity: message (path)) go to
standard error, and so do events an iCalendar file cannot hold (a start before the year 0001 or after 9999).
Exit code 1 when the feed has an error or an event is left out; the calendar is written all the same, without
those events. A feed without events is not written over a file that is there (exit 1). Exit code 2 for wrong
usage, or a file that cannot be read or written.
`;

export async function run(sources, values) {
  if (sources.length !== 1) return usageError({ name, usage }, 'give one feed file or URL');
  const [source] = sources;
  if (values.domain !== undefined && !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(values.domain.trim())) {
    return usageError({ name, usage }, `--domain: '${values.domain}' is not a host name; give the one the feed is published on, such as www.rcc.int (no https://, no path)`);
  }
  // A language name (--lang Albanian) was taken, and the feed's texts shown in whatever language came first.
  const wrongLanguage = values.lang === undefined ? undefined : languageProblem(values.lang.trim(), () => '', (text) => `'${text}'`);
  if (wrongLanguage) return usageError({ name, usage }, `--lang: ${wrongLanguage}`);
  const { text, baseUrl } = await readFeedSource(source);
  const { feed, problems: found } = validateFeed(text, baseUrl ? { baseUrl } : {});
  const problems = explainNotJson(found, text, source);
  reportProblems(feedProblemLines(source, text, problems));
  if (!feed) return 1;
  // A feed with no event (the wrong file, an export cut short): a subscribed calendar would lose every event.
  if (refuseEmptyOver(values.out, feed.events, 'the feed has no event')) return 1;
  const lang = values.lang?.trim() ?? feed.language;
  const calendarName = values.name ?? (pickText(feed.title, lang, feed.language) || undefined);
  const leftOut = [];
  // The host as given, not where a redirect led (which may change from one export to the next).
  const uidDomain = values.domain ?? (baseUrl ? new URL(source.replace(/^webcal:/i, 'https:')).hostname : undefined);
  // The UIDs of another publisher's feed with the same ids: a calendar that imports both keeps one event of each pair.
  if (!uidDomain) process.stderr.write(`${source}: warning: the events' UIDs are their ids alone (rnnc-7@iisg-events), as another publisher's feed with the same ids writes them; give --domain with the host the feed is published on (--domain www.rcc.int), the same every time\n`);
  const ics = toIcs(feed, feed.events, { lang, calendarName, uidDomain, onProblem: (p) => leftOut.push(p) });
  reportProblems(feedProblemLines(source, text, leftOut));
  writeOutput(values.out, ics);
  if (values.out) process.stderr.write(`${count(feed.events.length - leftOut.length, 'event')} written to ${values.out}\n`);
  return [...problems, ...leftOut].some((p) => p.severity === 'error') ? 1 : 0;
}
