/**
 * An event's place as the card, the popover and the timeline show it, each part in its language (WCAG 3.1.2).
 * Not in event-view.ts: the calendar's first load names places in its labels as text (`placeOf`), and
 * this, with the country names' languages, loads with its popover.
 */
import type { Feed, FeedEvent } from '@iisg/feed';
import { countryPhrase } from './country-phrase.js';
import { joinPhrases, nameIn, textIn, type Phrase } from './phrase.js';

export interface PlacePhrase {
  /** "EU House, Sarajevo, Japan": each part with its language where that is not the page's (WCAG 3.1.2). */
  parts: Phrase;
  /**
   * The city, or the country where there is none: a place in few words. A country with a designation footnote
   * is named after its city ("Pristina, Kosovo*"): the footnote under the text refers to the asterisk it shows.
   */
  short: Phrase;
  footnote?: Phrase;
}

/** An event's place as shown: venue, city and country, each in the language the feed or the browser has it in. */
export function placePhrase(feed: Feed, event: FeedEvent, lang: string): PlacePhrase | undefined {
  const loc = event.location;
  if (!loc) return undefined;
  const city = nameIn(loc.city, lang, feed.language);
  const country = loc.country ? countryPhrase(feed, loc.country, lang) : undefined;
  const countryParts = country ? textIn(country.name, country.lang) : [];
  const parts = joinPhrases([nameIn(loc.venue, lang, feed.language), city, countryParts], ', ');
  if (!parts.length) return undefined;
  const short = loc.city ? joinPhrases([city, country?.footnote ? countryParts : []], ', ') : countryParts;
  return { parts, short, footnote: country?.footnote ? textIn(country.footnote, country.footnoteLang) : undefined };
}

/** A country's name ("Kosovo*") where the feed gives it a designation footnote, else nothing: for text that names a city alone. */
export function footnotedCountry(feed: Feed, code: string | undefined, lang: string): Phrase {
  const country = code ? countryPhrase(feed, code, lang) : undefined;
  return country?.footnote ? textIn(country.name, country.lang) : [];
}
