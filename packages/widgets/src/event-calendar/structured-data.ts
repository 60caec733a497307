import { indexIn, matchesFilter, type DayKey, type EventFilter, type Feed } from '@iisg/feed';
import type { TimeZoneMode } from '../shared/format-dates.js';
import type * as JsonLdWriter from '../shared/json-ld-writer.js';

/** The JSON-LD writer loads with the first `structured-data` calendar: one that never wrote has none to remove. */
let jsonLdWriter: typeof JsonLdWriter | undefined;
let loadingJsonLdWriter: Promise<typeof JsonLdWriter> | undefined;

/** What the structured data is written from: properties of `IisgEventCalendar`. */
export interface StructuredDataHost extends HTMLElement {
  readonly structuredData: boolean;
  readonly activeFilters: EventFilter;
  readonly zone: TimeZoneMode;
}

/**
 * Structured data for what the visitor sees: the events of the days in view (`from` to `to`) that pass the
 * filters; none without `structured-data` or a feed. `again`: the writer's code has just loaded, write
 * what is in view now.
 */
export function writeStructuredData(host: StructuredDataHost, feed: Feed | null, lang: string, [from, to]: [DayKey, DayKey], again: () => void) {
  if (!host.structuredData || !feed) return removeStructuredData(host);
  if (!jsonLdWriter) {
    loadingJsonLdWriter ??= import('../shared/json-ld-writer.js');
    loadingJsonLdWriter.then(
      (writer) => {
        jsonLdWriter = writer;
        if (host.isConnected) again();
      },
      () => (loadingJsonLdWriter = undefined), // tried again at the next update
    );
    return;
  }
  const filter = host.activeFilters;
  const events = indexIn(feed, host.zone)
    .between(from, to)
    .filter((e) => matchesFilter(feed, e, filter))
    .slice(0, 50);
  jsonLdWriter.writeEventsJsonLd(host, feed, events, lang);
}

/** Take the calendar's structured data out of the page (it left, or shows nothing to write). */
export function removeStructuredData(host: HTMLElement) {
  jsonLdWriter?.writeEventsJsonLd(host, null, [], '');
}
