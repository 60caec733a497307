import { foldText } from './fold-text.js';
import { allTexts } from './text.js';
import type { Feed, FeedEvent } from './types.js';

export { foldText };

/** What a visitor (or a page, by attribute) narrowed the events to. Empty fields match everything. */
export interface EventFilter {
  network?: string;
  organiser?: string;
  country?: string;
  tag?: string;
  /** Free text, matched against titles, places and organisers in every language of the feed. */
  query?: string;
}

const searchTexts = new WeakMap<FeedEvent, string>();
/** The folded names of an organisation, network or country, folded once for all the events that name it. */
const foldedNames = new WeakMap<object, string>();

function namesOf(owner: object, names: () => string[]): string {
  let text = foldedNames.get(owner);
  if (text === undefined) foldedNames.set(owner, (text = foldText(names().join('\n'))));
  return text;
}

/**
 * Everything a search can match for an event, folded, built once per event. "đ" folds to "dj", as it is
 * typed without the key; text with "dj" is also kept with "d" for it, as "đ" is also typed (and slugged):
 * "djakovica" and "dakovica" both find "Đakovica" / "Ђаковица".
 */
function searchText(feed: Feed, event: FeedEvent): string {
  let text = searchTexts.get(event);
  if (text === undefined) {
    const own = [...allTexts(event.title), ...allTexts(event.location?.venue), ...allTexts(event.location?.city)];
    const parts = [foldText(own.join('\n'))];
    const code = event.location?.country;
    const country = code ? feed.countries.get(code) : undefined;
    if (code) parts.push(foldText(code));
    if (country) parts.push(namesOf(country, () => allTexts(country.name)));
    // Every organisation the event names, whatever its role: a visitor searching 'CEELI' or 'European
    // Commission' finds the events that say 'With the support of' or 'Funded by' it.
    for (const id of [...event.organisers, ...event.hosts, ...event.funders, ...event.supporters]) {
      const org = feed.organisations.get(id);
      if (org) parts.push(namesOf(org, () => [...allTexts(org.name), ...allTexts(org.shortName)]));
    }
    for (const id of event.networks) {
      const network = feed.networks.get(id);
      if (network) parts.push(namesOf(network, () => [network.acronym ?? '', ...allTexts(network.shortName), ...allTexts(network.name)]));
    }
    text = parts.join('\n');
    if (text.includes('dj')) text += `\n${text.replace(/dj/g, 'd')}`;
    searchTexts.set(event, text);
  }
  return text;
}

/** How far `prepareSearch` has gone through each feed's events. */
const prepared = new WeakMap<Feed, number>();

/**
 * Builds the search texts of the feed's events before a search needs them, while `more()` says there is time
 * (a slice of an idle moment), from where the last call stopped; true once all are built. The first key typed
 * otherwise built them all: 10,000 events took about a second on a slow phone.
 */
export function prepareSearch(feed: Feed, more: () => boolean): boolean {
  let i = prepared.get(feed) ?? 0;
  for (; i < feed.events.length && more(); i++) searchText(feed, feed.events[i]);
  prepared.set(feed, i);
  return i >= feed.events.length;
}

/** The folded words of the last query: `matchesFilter` runs on every event for one query. */
let lastQuery = '';
let lastWords: readonly string[] = [];

function queryWords(query: string): readonly string[] {
  if (query !== lastQuery) {
    lastWords = foldText(query).split(/\s+/).filter(Boolean);
    lastQuery = query;
  }
  return lastWords;
}

export function matchesFilter(feed: Feed, event: FeedEvent, filter: EventFilter): boolean {
  if (filter.network && !event.networks.includes(filter.network)) return false;
  if (filter.organiser && !event.organisers.includes(filter.organiser) && !event.hosts.includes(filter.organiser)) return false;
  if (filter.country && event.location?.country !== filter.country) return false;
  if (filter.tag && !event.tags.includes(filter.tag)) return false;
  const words = filter.query ? queryWords(filter.query) : [];
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

/**
 * Where the filters' matches are, seen from the days shown (`from`..`to`): how many are on them (`shown`), and
 * when none is, where to look (`nearest`): the first day of the nearest match after them, else the last day of
 * the nearest before (a long one may have begun years earlier); undefined when there is no match. `spanOf`
 * gives an event's days, as the view lays them out.
 */
export function matchesAround<T>(matches: Iterable<T>, spanOf: (item: T) => readonly [number, number], from: number, to: number): { shown: number; nearest?: number } {
  let shown = 0;
  let after = Infinity;
  let before = -Infinity;
  for (const item of matches) {
    const [start, end] = spanOf(item);
    if (start <= to && end >= from) shown++;
    else if (start > to) after = Math.min(after, start);
    else before = Math.max(before, end);
  }
  return { shown, nearest: shown ? undefined : after < Infinity ? after : before > -Infinity ? before : undefined };
}
