/**
 * "Add to calendar" links for Google Calendar and Outlook.com / Microsoft 365, and the texts every
 * calendar entry shares (title, place, notes) with the `.ics` export in `to-ics.ts`.
 * No DOM: runs in browsers and in Node.
 */
import { countryName } from './country-name.js';
import { isoDate } from './day-key.js';
import { pickText } from './text.js';
import type { Feed, FeedEvent } from './types.js';

/** What a calendar entry shows of an event, in one language. Empty strings where the feed has nothing. */
export interface CalendarEntryText {
  title: string;
  /** "Venue, City, Country"; for an event moved online (or with no place) its online link. */
  location: string;
  /** Plain text: summary, description, online link, more-information link, country footnote; blank lines between. */
  details: string;
}

/** Country names by code in `lang`, for a language the runtime has none in (see `countryName`). */
export type CountryNames = Readonly<Record<string, string>>;

/** Title, place and notes of an event for a calendar entry, in the best language for `lang`. */
export function calendarEntryText(feed: Feed, event: FeedEvent, lang: string, countryNames?: CountryNames): CalendarEntryText {
  const text = (value: Parameters<typeof pickText>[0]) => pickText(value, lang, feed.language).trim();
  const loc = event.location;
  const place = [text(loc?.venue), text(loc?.city)].filter(Boolean);
  let footnote: string | undefined;
  if (loc?.country) {
    const country = countryName(feed, loc.country, lang, countryNames);
    place.push(country.name);
    footnote = country.footnote;
  }
  const online = event.online ?? '';
  const location = (event.status === 'moved-online' && online) || place.join(', ') || online;
  const details = [text(event.summary), text(event.description), online, event.url ?? '', footnote ? `* ${footnote}` : '']
    .filter(Boolean)
    .join('\n\n');
  // A title on one line: a calendar's title field has one (a newline from the feed reached it as "%0A"). Each run of
  // white space with a newline in it, tried only from the run's start: /\s*\n\s*/ was tried from each space of a
  // long run, to its end (quadratic: 10 seconds for a title of 60,000 spaces).
  return { title: text(event.title).replace(/(?<!\s)\s*\n\s*/g, ' '), location, details };
}

/**
 * Longest `details` put into a link, about as sent: calendar services refuse very long URLs (Google answered 414),
 * and a Cyrillic letter is 6 characters once percent-encoded, an emoji 12. The page link is kept.
 */
const MAX_LINK_DETAILS = 1500;
const sent = (text: string) => encodeURIComponent(text).length;

function linkDetails(entry: CalendarEntryText, event: FeedEvent): string {
  // Half of a UTF-16 pair, which JSON allows, as the link sends it (U+FFFD): encodeURIComponent throws on it.
  const details = Array.from(entry.details, (c) => (c.length === 1 && c >= '\ud800' && c <= '\udfff' ? '\ufffd' : c)).join('');
  if (sent(details) <= MAX_LINK_DETAILS) return details;
  const tail = event.url ? `\n\n${event.url}` : '';
  let room = MAX_LINK_DETAILS - sent(`…${tail}`);
  let cut = '';
  // By whole characters (code points): half of an emoji is sent as "�".
  for (const char of details) {
    if ((room -= sent(char)) < 0) break;
    cut += char;
  }
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord || cut}…${tail}`;
}

/** `20190424T073000Z`: UTC, to the second. */
function utcBasic(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/**
 * A Google Calendar "create event" link. All-day events give dates with Google's exclusive end
 * (`20190423/20190424` for one day); timed events give UTC instants, so the visitor's calendar shows
 * them at the right time in any zone.
 */
export function googleCalendarUrl(feed: Feed, event: FeedEvent, lang: string, countryNames?: CountryNames): string {
  const entry = calendarEntryText(feed, event, lang, countryNames);
  const dates = event.allDay
    ? `${isoDate(event.startDay).replace(/-/g, '')}/${isoDate(event.endDay + 1).replace(/-/g, '')}`
    : `${utcBasic(event.start)}/${utcBasic(Math.max(event.end, event.start))}`;
  const params = new URLSearchParams({ action: 'TEMPLATE', text: entry.title, dates });
  const details = linkDetails(entry, event);
  if (details) params.set('details', details);
  if (entry.location) params.set('location', entry.location);
  return withQuery('https://calendar.google.com/calendar/render', params);
}

export interface OutlookLinkOptions {
  /** `outlook.com` (personal Microsoft accounts, the default) or `microsoft365` (work and school accounts). */
  service?: 'outlook.com' | 'microsoft365';
  /** Country names in `lang` where the runtime has none (see `calendarEntryText`). */
  countryNames?: CountryNames;
}

const OUTLOOK_HOSTS = { 'outlook.com': 'https://outlook.live.com', microsoft365: 'https://outlook.office.com' } as const;

/**
 * An Outlook on the web "new event" deep link. All-day events give `startdt`/`enddt` as dates with an
 * exclusive end and `allday=true`; timed events give UTC instants (`2019-04-24T07:30:00Z`).
 */
export function outlookCalendarUrl(feed: Feed, event: FeedEvent, lang: string, options: OutlookLinkOptions = {}): string {
  const entry = calendarEntryText(feed, event, lang, options.countryNames);
  const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const params = new URLSearchParams({ path: '/calendar/action/compose', rru: 'addevent', subject: entry.title });
  if (event.allDay) {
    params.set('startdt', isoDate(event.startDay));
    params.set('enddt', isoDate(event.endDay + 1));
    params.set('allday', 'true');
  } else {
    params.set('startdt', iso(event.start));
    params.set('enddt', iso(Math.max(event.end, event.start)));
    params.set('allday', 'false');
  }
  const details = linkDetails(entry, event);
  if (details) params.set('body', details);
  if (entry.location) params.set('location', entry.location);
  return withQuery(`${OUTLOOK_HOSTS[options.service ?? 'outlook.com']}/calendar/deeplink/compose`, params);
}

/**
 * `base?query` with spaces as `%20`, since Outlook on the web shows the `+` of form encoding literally,
 * and `/` as itself (`dates=A/B`, `path=/calendar/...`, as the services document them). URLSearchParams
 * writes a real `+` as `%2B` and a real `%2F` as `%252F`, so both replacements are exact.
 */
function withQuery(base: string, params: URLSearchParams): string {
  const url = new URL(base);
  url.search = params.toString().replace(/\+/g, '%20').replace(/%2F/g, '/');
  return url.href;
}
