/**
 * A large feed split into one file per year (or month) and an index file listing them, the layout of
 * README "Splitting a large archive by period": each period file is a complete feed (its events and the
 * organisations, networks, series and countries they refer to, and every tag label); the index keeps every top-level field
 * but the events (all organisations and networks, for views such as the network map that need no
 * events) and lists the period files. Events are copied as written, so nothing is reformatted or lost.
 */
import { dayKey, daysInMonth, isoDate, plainDate } from './day-key.js';
import type { RawEvent, RawFeed } from './format-feed.js';
import { validateFeed } from './validate-feed.js';
import { MAX_PERIODS } from './parse-collections.js';
import { isObject } from './read-values.js';
import type { Feed, FeedEvent, Problem } from './types.js';

export interface SplitOptions {
  /** Period of each file: `year` (default) or `month`. */
  by?: 'year' | 'month';
  /** File name (also the index's relative `url`) of a period: `events-2019.json`, `events-2019-04.json` by default. */
  fileName?: (period: string) => string;
}

export interface SplitFile {
  /** `events-2019.json` */
  name: string;
  /** `2019` or `2019-04`. */
  period: string;
  from: string;
  to: string;
  feed: RawFeed;
}

export interface SplitResult {
  /** The index file; null when the feed cannot be read at all. */
  index: RawFeed | null;
  files: SplitFile[];
  /** `validateFeed`'s problems (`parseFeed`'s and the checks across events): an event left out (`dropped`) is in no file. */
  problems: Problem[];
}

/** Split a feed (JSON text or value) by the start day of each event, in the event's own zone. */
export function splitFeed(input: unknown, options: SplitOptions = {}): SplitResult {
  const by = options.by ?? 'year';
  const fileName = options.fileName ?? ((period: string) => `events-${period}.json`);
  const raw = typeof input === 'string' ? safeJson(input) : input;
  const { feed, problems } = validateFeed(raw ?? input, { viewerTimeZone: 'UTC' });
  if (!feed || !isObject(raw)) return { index: null, files: [], problems };
  if (feed.periods.length) {
    problems.push({ severity: 'error', code: 'already-split', path: 'periods', message: 'the feed is already an index of period files; split each period file instead' });
    return { index: null, files: [], problems };
  }
  const rawEvents = raw.events as unknown[];

  const groups = new Map<string, FeedEvent[]>();
  for (const event of feed.events) {
    const { year, month } = plainDate(event.startDay);
    const period = by === 'year' ? String(year) : `${year}-${String(month).padStart(2, '0')}`;
    // One list per period, added to: a new list per event took minutes for 100,000 events in one year.
    let group = groups.get(period);
    if (!group) groups.set(period, (group = []));
    group.push(event);
  }

  const { events: _events, periods: _periods, ...top } = raw;
  const files: SplitFile[] = [...groups.keys()].sort().map((period) => {
    const [year, month] = period.split('-').map(Number);
    const from = isoDate(dayKey(year, month ?? 1, 1));
    const to = isoDate(month ? dayKey(year, month, daysInMonth(year, month)) : dayKey(year, 12, 31));
    const events = groups.get(period)!;
    return { name: fileName(period), period, from, to, feed: periodFeed(top, feed, events, events.map((e) => rawEvents[e.index] as RawEvent)) };
  });

  const index: RawFeed = { ...top, version: 1, periods: files.map((f) => ({ from: f.from, to: f.to, url: f.name })), events: [] } as RawFeed;
  if (files.length > MAX_PERIODS) {
    const hint = by === 'month' ? 'split by year' : 'keep the oldest years in a separate archive';
    problems.push({ severity: 'error', code: 'too-many-periods', path: 'periods', message: `${files.length} period files, more than the ${MAX_PERIODS} an index may list (the widgets ignore the earliest); ${hint}` });
  }
  return { index, files, problems };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

/** A complete feed of `events`: the top-level fields, and the reference data the events use. */
function periodFeed(top: Record<string, unknown>, feed: Feed, events: FeedEvent[], rawEvents: RawEvent[]): RawFeed {
  const organisations = new Set<string>();
  const networks = new Set<string>();
  const series = new Set<string>();
  const countries = new Set<string>();
  for (const event of events) {
    for (const id of [...event.organisers, ...event.hosts, ...event.funders, ...event.supporters, ...event.participants]) organisations.add(id);
    event.networks.forEach((id) => networks.add(id));
    if (event.series) {
      series.add(event.series.id);
      const network = feed.series.get(event.series.id)?.network;
      if (network) networks.add(network);
    }
    if (event.location?.country) countries.add(event.location.country);
  }
  for (const id of networks) {
    for (const member of feed.networks.get(id)?.members ?? []) {
      if (member.organisation) organisations.add(member.organisation);
      if (member.country) countries.add(member.country);
    }
  }
  for (const id of organisations) {
    const country = feed.organisations.get(id)?.country;
    if (country) countries.add(country);
  }

  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(top)) {
    if (key === 'organisations' || key === 'networks' || key === 'series') {
      const keep = key === 'organisations' ? organisations : key === 'networks' ? networks : series;
      // Ids are text or numbers (as the parser reads them); String() of an object with its own "toString" throws.
      const list = Array.isArray(value) ? value.filter((entry) => isObject(entry) && /^(string|number)$/.test(typeof entry.id) && keep.has(String(entry.id).trim())) : value;
      if (!Array.isArray(list) || list.length) out[key] = list;
    } else if (key === 'countries' && isObject(value)) {
      const kept = Object.entries(value).filter(([code]) => countries.has(code.trim().toUpperCase()));
      if (kept.length) out[key] = Object.fromEntries(kept);
    } else out[key] = value;
  }
  out.version = 1;
  out.events = rawEvents;
  return out as RawFeed;
}
