import { allTexts } from './text.js';
import type { Feed, FeedEvent } from './types.js';

/** What a visitor (or a page, by attribute) narrowed the events to. Empty fields match everything. */
export interface EventFilter {
  network?: string;
  organiser?: string;
  country?: string;
  tag?: string;
  /** Free text, matched against titles, places and organisers in every language of the feed. */
  query?: string;
}

/** Lower case without diacritics, so "prishtine" finds "Prishtinë" and "sastanak" finds "Sastanak". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const searchTexts = new WeakMap<FeedEvent, string>();

/** Everything a search can match for an event, folded, built once per event. */
function searchText(feed: Feed, event: FeedEvent): string {
  let text = searchTexts.get(event);
  if (text === undefined) {
    const parts = [...allTexts(event.title), ...allTexts(event.location?.venue), ...allTexts(event.location?.city)];
    const country = event.location?.country;
    if (country) parts.push(country, ...allTexts(feed.countries.get(country)?.name));
    for (const id of [...event.organisers, ...event.hosts]) {
      const org = feed.organisations.get(id);
      if (org) parts.push(...allTexts(org.name), ...allTexts(org.shortName));
    }
    for (const id of event.networks) {
      const network = feed.networks.get(id);
      if (network) parts.push(network.acronym ?? '', ...allTexts(network.name));
    }
    text = foldText(parts.join('\n'));
    searchTexts.set(event, text);
  }
  return text;
}

export function matchesFilter(feed: Feed, event: FeedEvent, filter: EventFilter): boolean {
  if (filter.network && !event.networks.includes(filter.network)) return false;
  if (filter.organiser && !event.organisers.includes(filter.organiser) && !event.hosts.includes(filter.organiser)) return false;
  if (filter.country && event.location?.country !== filter.country) return false;
  if (filter.tag && !event.tags.includes(filter.tag)) return false;
  const words = filter.query ? foldText(filter.query).split(/\s+/).filter(Boolean) : [];
  if (words.length) {
    const text = searchText(feed, event);
    if (!words.every((w) => text.includes(w))) return false;
  }
  return true;
}

export function isEmptyFilter(filter: EventFilter): boolean {
  return !filter.network && !filter.organiser && !filter.country && !filter.tag && !filter.query?.trim();
}

/** The choices a filter offers: the values the feed's events use, with how many events use each. */
const choiceCache = new WeakMap<Feed, Map<string, Map<string, number>>>();

export function filterChoices(feed: Feed, kind: 'network' | 'organiser' | 'country' | 'tag'): Map<string, number> {
  let byKind = choiceCache.get(feed);
  if (!byKind) choiceCache.set(feed, (byKind = new Map()));
  const cached = byKind.get(kind);
  if (cached) return cached;
  const counts = new Map<string, number>();
  byKind.set(kind, counts);
  const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const event of feed.events) {
    if (kind === 'network') event.networks.forEach(bump);
    else if (kind === 'organiser') new Set([...event.organisers, ...event.hosts]).forEach(bump);
    else if (kind === 'country') event.location?.country && bump(event.location.country);
    else event.tags.forEach(bump);
  }
  return counts;
}
