/**
 * A country's name as the elements show it (the map, and the card, popover and timeline in a place), with the
 * language it is in where that is not the page's (WCAG 3.1.2).
 * `countryName` falls back to names in other languages: the feed's in the best language it has, and the
 * browser's English one where the browser has no names in the page's language (Chromium has none in Albanian
 * or Macedonian, and answers Bosnian in English) and `Messages.countries` does not list the country.
 */
import { canonicalLanguage, otherLanguage, pickText, type Feed } from '@iisg/feed';
import { countryName, countryNamesFor } from './country-name.js';

export interface CountryPhrase {
  /** With its asterisk when the feed gives a footnote. */
  name: string;
  /** The name's language where it is not the page's. */
  lang?: string;
  footnote?: string;
  footnoteLang?: string;
}

export function countryPhrase(feed: Feed, code: string, lang: string): CountryPhrase {
  const { name, footnote } = countryName(feed, code, lang);
  const country = feed.countries.get(code);
  return {
    name,
    lang: shownLanguage(feed, code, lang, footnote ? name.slice(0, -1) : name),
    footnote,
    footnoteLang: footnote ? otherLanguage(country?.footnote, lang, feed.language) : undefined,
  };
}

/** Which of `countryName`'s sources `shown` came from, as a language other than the page's, if it is. */
function shownLanguage(feed: Feed, code: string, lang: string, shown: string): string | undefined {
  const page = canonicalLanguage(lang);
  const base = page.split('-')[0];
  const names = feed.countries.get(code)?.name;
  // The page's language: the feed's name in it, the language's own list, the browser's name in it.
  if (shown === code || shown === names?.[page] || shown === names?.[base] || shown === countryNamesFor(lang)?.[code]) return undefined;
  if (browserNames(page) && shown === regionName(code, page)) return undefined;
  if (shown === pickText(names, lang, feed.language)) return otherLanguage(names, lang, feed.language);
  // Else the browser's name in English.
  return base === 'en' ? undefined : 'en';
}

const displayNames = new Map<string, Intl.DisplayNames | undefined>();

/** The browser's name of a region in `lang`, or in English where it has none: as `countryName` asks. */
function regionName(code: string, lang: string): string | undefined {
  if (!displayNames.has(lang)) displayNames.set(lang, Intl.DisplayNames && new Intl.DisplayNames([lang, 'en'], { type: 'region' }));
  return displayNames.get(lang)?.of(code);
}

const hasNames = new Map<string, boolean>();

/**
 * Whether the browser names regions in `lang` itself: it does not fall back to another locale, and its
 * name of Germany is not the English one (Chromium claims Bosnian and answers "Germany").
 */
function browserNames(lang: string): boolean {
  if (!hasNames.has(lang)) {
    const base = lang.split('-')[0];
    regionName('DE', lang);
    const names = displayNames.get(lang);
    hasNames.set(lang, !!names && names.resolvedOptions().locale.split('-')[0] === base && (base === 'en' || names.of('DE') !== regionName('DE', 'en')));
  }
  return hasNames.get(lang)!;
}
