/**
 * An event's series as the timeline shows it ("3rd · Donors", "3. Donors", "3. Donor meeting"), its names in the language
 * the feed has them in where that is not the page's (WCAG 3.1.2); the ordinal and the words around it in the
 * page's. Used by the timeline, the card and the event popover; apart from event-view.ts so that the
 * calendar's first load does not carry it.
 */
import type { Feed, FeedEvent } from '@iisg/feed';
import { fill, type Messages } from '../locales/messages.js';
import { seriesOrdinal } from './event-view.js';
import { fillPhrase, nameIn, phraseText, type Phrase } from './phrase.js';

/**
 * The short badge ("3rd · Donors") and the full label ("3. Donor meeting"), or the series name alone without an
 * ordinal. An ordinal written with a full stop ("3.") is followed by the name as in running text ("3. Donors"):
 * with the badge's "·" as well, it read as doubled punctuation.
 */
export function seriesPhrases(feed: Feed, event: FeedEvent, lang: string, messages: Messages): { short: Phrase; full: Phrase } | undefined {
  const series = event.series && feed.series.get(event.series.id);
  if (!series) return undefined;
  const n = event.series!.ordinal;
  const ordinal = n ? seriesOrdinal(feed, series.id, n, lang, messages) : '';
  const name = nameIn(series.name, lang, feed.language);
  if (!phraseText(name)) return undefined;
  const full = ordinal ? fillPhrase((slot) => fill(messages.seriesOrdinal, { ordinal, name: slot }), name) : name;
  const shortName = nameIn(series.shortName, lang, feed.language);
  if (!phraseText(shortName)) return { short: full, full };
  return { short: ordinal ? [ordinal.endsWith('.') ? `${ordinal} ` : `${ordinal} · `, ...shortName] : shortName, full };
}
