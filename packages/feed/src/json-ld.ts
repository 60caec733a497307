/**
 * schema.org `Event` JSON-LD for search engines, built as plain objects and serialised only by
 * `jsonLdScriptText`, so no title or description can change the markup around it.
 */
import { countryName } from './country-name.js';
import { DAY_MS, dayKey, isoDate, wallClock } from './day-key.js';
import { pickText } from './text.js';
import type { EventStatus, Feed, FeedEvent, LocalText, Organisation } from './types.js';

export type JsonObject = { [key: string]: JsonValue };
export type JsonValue = string | number | boolean | JsonObject | JsonValue[];

const SCHEMA = 'https://schema.org';

const EVENT_STATUS: Record<EventStatus, string> = {
  scheduled: `${SCHEMA}/EventScheduled`,
  // schema.org has no "to be confirmed": the event is planned for these dates.
  tentative: `${SCHEMA}/EventScheduled`,
  cancelled: `${SCHEMA}/EventCancelled`,
  postponed: `${SCHEMA}/EventPostponed`,
  rescheduled: `${SCHEMA}/EventRescheduled`,
  'moved-online': `${SCHEMA}/EventMovedOnline`,
};

/**
 * A schema.org `Event` for one feed event, in the best language for `lang`:
 * - `startDate`/`endDate`: dates for all-day events (`endDate` is the last day, inclusive, as
 *   schema.org reads it), else date-times with the offset in the event's zone (`2019-04-24T09:30:00+02:00`).
 * - `location`: a `Place` (name, `PostalAddress` with `addressLocality` and the ISO `addressCountry`,
 *   coordinates; none without a city or a country, as Google requires an address) and/or a `VirtualLocation` with the online link, if it is a web address (`mailto:` is not a
 *   place to attend). An event moved online with a web address has only the latter; without one it keeps its
 *   place, the one location known.
 * - `eventAttendanceMode`: Online with only a web address (an event moved online with one has only that),
 *   Mixed with a place and a web address, Offline with only a place; left out for an event moved online with
 *   no web address.
 * - `organizer` (its hosts where it names no organisers) and `funder` as `Organization`s; `superEvent` an
 *   `EventSeries` for a series' meeting. `url` only if it is a web address.
 * - No `endDate` for a timed event without an end. `previousStartDate` for a rescheduled event's `previousStart`.
 * - A place named by its country alone keeps the country's asterisk (Kosovo*), and the description ends with
 *   the footnote, as in calendar entries.
 * - No `inLanguage`: for an Event it is the language the event is held in, which the feed does not say (the
 *   texts' language is the visitor's).
 * A value the feed does not have is left out, never invented. Undefined for an event with neither a place nor
 * a web address: Google requires a location, and an Event without one is an invalid item in Search Console.
 */
export function eventJsonLd(feed: Feed, event: FeedEvent, lang: string): JsonObject | undefined {
  const text = (value: LocalText | undefined) => pickText(value, lang, feed.language).trim();
  const data: JsonObject = {
    '@context': SCHEMA,
    '@type': 'Event',
    name: text(event.title),
    startDate: event.allDay ? isoDate(event.startDay) : zonedIso(event.start, event.timeZone),
    eventStatus: EVENT_STATUS[event.status],
  };
  const previous = event.previousStart;
  if (previous) data.previousStartDate = previous.kind === 'date' ? isoDate(previous.day) : zonedIso(previous.ms, event.timeZone);
  // A timed event with no end has none (not one at its start: a meeting of no length).
  if (event.allDay || event.end > event.start) data.endDate = event.allDay ? isoDate(event.endDay) : zonedIso(event.end, event.timeZone);

  const web = event.online && /^https?:/.test(event.online) ? event.online : undefined;
  const movedOnline = event.status === 'moved-online';
  const place = movedOnline && web ? undefined : placeOf(feed, event, lang);
  const locations: JsonObject[] = place ? [place.place] : [];
  if (web) locations.push({ '@type': 'VirtualLocation', url: web });
  if (!locations.length) return undefined;
  data.location = locations.length === 1 ? locations[0] : locations;
  // Moved online with no web address: how to attend is not known (its place is not it). A place with no address
  // (a venue alone) is not written, but is still one to attend: with a web address, Mixed.
  const loc = event.location;
  const inPerson = place || (!movedOnline && (loc?.venue || loc?.city || loc?.country));
  const mode = !inPerson ? 'Online' : web ? 'Mixed' : movedOnline ? '' : 'Offline';
  if (mode) data.eventAttendanceMode = `${SCHEMA}/${mode}EventAttendanceMode`;

  const description = [text(event.summary), text(event.description), place?.footnote ?? ''].filter(Boolean).join('\n\n');
  if (description) data.description = description;
  if (event.url && /^https?:/.test(event.url)) data.url = event.url;
  // Its hosts where the feed names no organisers: schema.org's Event has no host, and Google recommends an organizer.
  const organizer = organisations(feed, event.organisers.length ? event.organisers : event.hosts, lang);
  if (organizer) data.organizer = organizer;
  const funder = organisations(feed, event.funders, lang);
  if (funder) data.funder = funder;
  const sponsor = organisations(feed, event.supporters, lang);
  if (sponsor) data.sponsor = sponsor;
  const series = event.series && feed.series.get(event.series.id);
  if (series) data.superEvent = { '@type': 'EventSeries', name: text(series.name) };
  return data;
}

/**
 * JSON for the inside of `<script type="application/ld+json">`: `<`, `>`, `&`, U+2028 and U+2029 written
 * as `\uXXXX` escapes, so that `</script>` or `<!--` in any text cannot end or change the element.
 * The result is still the same JSON to any parser.
 */
export function jsonLdScriptText(data: JsonValue): string {
  // An event without a location has no data (eventJsonLd): say so, not "cannot read 'replace' of undefined".
  if (data === undefined) throw new TypeError('jsonLdScriptText: no data (eventJsonLd gives none for an event without a location; leave it out)');
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The event's `Place`, and the country's footnote where the place is named by its country alone (Kosovo*). */
function placeOf(feed: Feed, event: FeedEvent, lang: string): { place: JsonObject; footnote?: string } | undefined {
  const loc = event.location;
  if (!loc) return undefined;
  const text = (value: LocalText | undefined) => pickText(value, lang, feed.language).trim();
  const venue = text(loc.venue);
  const city = text(loc.city);
  const country = loc.country ? countryName(feed, loc.country, lang) : undefined;
  const address: JsonObject = { '@type': 'PostalAddress' };
  if (city) address.addressLocality = city;
  if (loc.country) address.addressCountry = loc.country;
  const place: JsonObject = { '@type': 'Place', name: venue || city || country?.name || '' };
  // A place with no city and no country has no address, which Google requires of a Place (an invalid item): none.
  if (!city && !loc.country) return undefined;
  place.address = address;
  if (loc.lat !== undefined && loc.lon !== undefined) place.geo = { '@type': 'GeoCoordinates', latitude: loc.lat, longitude: loc.lon };
  return { place, footnote: venue || city ? undefined : country?.footnote };
}

function organisations(feed: Feed, ids: readonly string[], lang: string): JsonValue | undefined {
  const list = ids
    .map((id) => feed.organisations.get(id))
    .filter((o): o is Organisation => !!o)
    .map((o) => {
      const org: JsonObject = { '@type': 'Organization', name: pickText(o.name, lang, feed.language) };
      const mailbox = mailboxOf(o.website);
      if (mailbox) org.email = mailbox;
      else if (o.website?.startsWith('http')) org.url = o.website;
      return org;
    });
  return list.length > 1 ? list : list[0];
}


/** `2019-04-24T09:30:00+02:00`: the wall clock in `timeZone` and its offset from UTC. */
function zonedIso(ms: number, timeZone: string): string {
  const wall = wallClock(ms, timeZone);
  const minuteMs = ms - (((ms % 60_000) + 60_000) % 60_000);
  // dayKey, not Date.UTC, which reads the years 0-99 as 1900-1999.
  const wallMs = dayKey(wall.year, wall.month, wall.day) * DAY_MS + (wall.hour * 60 + wall.minute) * 60_000;
  const offsetMinutes = Math.round((wallMs - minuteMs) / 60_000);
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The one mailbox a `mailto:` link names (`mailto:info@rcc.int?subject=Hi` → `info@rcc.int`), decoded, without the
 * subject, body, copies or fragment a link may carry; undefined for another link, or for one that names several
 * mailboxes (`a@x.org,b@y.org`, Outlook's `a@x.org;b@y.org`) or none.
 * (Here, not in a module of its own: the `.ics` writer takes it from this chunk rather than load a third.)
 */
export function mailboxOf(url: string | undefined): string | undefined {
  const to = /^mailto:([^?#]*)/i.exec(url ?? '')?.[1];
  let address: string;
  try {
    address = decodeURIComponent(to ?? '').trim();
  } catch {
    return undefined; // a stray % that is no escape
  }
  return /^[^\s@,;<>"]+@[^\s@,;<>"]+$/.test(address) ? address : undefined;
}
