import { countryName as feedCountryName, type Feed } from '@iisg/feed';
import { countryNames, supportedLanguage } from '../locales/load-locale.js';

/**
 * A country's name and footnote as the elements show them: the feed package's `countryName`, with the
 * language's own names where the browser has none (Albanian, Bosnian and Macedonian: `Messages.countries`).
 */
export function countryName(feed: Feed, code: string, lang: string): { name: string; footnote?: string } {
  return feedCountryName(feed, code, lang, countryNamesFor(lang));
}

/** The language's own country names, for the feed package's calendar links and .ics writer. */
export function countryNamesFor(lang: string): Readonly<Record<string, string>> | undefined {
  return countryNames[supportedLanguage(lang)];
}
