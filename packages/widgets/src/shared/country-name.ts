import { countryName as feedCountryName, type Feed } from '@iisg/feed';
import { countryNames, supportedLanguage } from '../locales/load-locale.js';

/**
 * A country's name and footnote as the elements show them: the feed package's `countryName`, with the
 * language's own names where the browser has none (Albanian, Bosnian and Macedonian: `Messages.countries`).
 */
export function countryName(feed: Feed, code: string, lang: string): { name: string; footnote?: string } {
  // Kept per feed: a month of 10,000 events says a country in each day's name about 1,200 times, and each asked
  // Intl.DisplayNames twice (150 ms of a slow phone's render). The language's own names may load later: a key of their own.
  const names = countryNamesFor(lang);
  let known = named.get(feed);
  if (!known) named.set(feed, (known = new Map()));
  const key = `${lang}|${code}|${names ? 1 : 0}`;
  let found = known.get(key);
  if (!found) known.set(key, (found = feedCountryName(feed, code, lang, names)));
  return found;
}

const named = new WeakMap<Feed, Map<string, { name: string; footnote?: string }>>();

/** The language's own country names, for the feed package's calendar links and .ics writer. */
export function countryNamesFor(lang: string): Readonly<Record<string, string>> | undefined {
  return countryNames[supportedLanguage(lang)];
}
