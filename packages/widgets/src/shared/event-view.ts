/** What a view shows of an event, resolved against the feed in the visitor's language. */
import { otherLanguage, pickLanguage, pickText, type Feed, type FeedEvent, type Organisation, type OrganisationRole } from '@iisg/feed';
import { plural, type Messages } from '../locales/messages.js';
import { countryName } from './country-name.js';

export interface Place {
  /** "EU House, Sarajevo, Bosnia and Herzegovina" */
  text: string;
  /** The country's designation footnote, when the feed gives one. */
  footnote?: string;
}

/** An event's place as one text, for names and labels (the calendar's day labels); `placePhrase` to show it. */
export function placeOf(feed: Feed, event: FeedEvent, lang: string): Place | undefined {
  const loc = event.location;
  if (!loc) return undefined;
  const parts = [pickText(loc.venue, lang, feed.language), pickText(loc.city, lang, feed.language)].filter(Boolean);
  let footnote: string | undefined;
  if (loc.country) {
    const country = countryName(feed, loc.country, lang);
    parts.push(country.name);
    footnote = country.footnote;
  }
  return parts.length ? { text: parts.join(', '), footnote } : undefined;
}

export interface OrganisationView {
  id: string;
  name: string;
  /** The name's language where it is not the page's (an English name on an Albanian page), for `lang`. */
  lang?: string;
  shortName?: string;
  /** The short name's language where it is not the page's. */
  shortLang?: string;
  website?: string;
}

export function organisationsOf(feed: Feed, event: FeedEvent, role: OrganisationRole, lang: string): OrganisationView[] {
  return event[role]
    .map((id) => feed.organisations.get(id))
    .filter((o): o is Organisation => !!o)
    .map((o) => ({
      id: o.id,
      name: pickText(o.name, lang, feed.language),
      lang: otherLanguage(o.name, lang, feed.language),
      shortName: pickText(o.shortName, lang, feed.language) || undefined,
      shortLang: otherLanguage(o.shortName, lang, feed.language),
      website: o.website,
    }));
}

/** A meeting's number in its series, agreeing with the series name in the language it is shown in: "1re réunion". */
export function seriesOrdinal(feed: Feed, seriesId: string, n: number, lang: string, messages: Messages): string {
  const series = feed.series.get(seriesId);
  const nameLang = series && pickLanguage(series.name, lang, feed.language);
  const feminine = nameLang && series.nameGender?.[nameLang] === 'feminine';
  return plural((feminine && messages.ordinalFeminine) || messages.ordinal, n, lang, {}, 'ordinal');
}

/** The events this one is linked to by `kind` (`back-to-back`), in date order. */
export function relatedEvents(feed: Feed, event: FeedEvent, kind: string): FeedEvent[] {
  return event.related
    .filter((link) => link.kind === kind)
    .map((link) => feed.byId.get(link.event))
    .filter((e): e is FeedEvent => !!e)
    .sort((a, b) => a.start - b.start);
}

export function title(feed: Feed, event: FeedEvent, lang: string): string {
  return pickText(event.title, lang, feed.language);
}

/** A topic's label from the feed's `tags`, in the reader's language; the id where it has none. */
export function tagLabel(feed: Feed, id: string, lang: string): string {
  return pickText(feed.tags.get(id)?.name, lang, feed.language) || id;
}

/** The `lang` attribute of an event's title where the feed has it only in another language. */
export function titleLang(feed: Feed, event: FeedEvent, lang: string): string | undefined {
  return otherLanguage(event.title, lang, feed.language);
}
