import { localTimeZone } from './day-key.js';
import { parseDateValue } from './event-dates.js';
import { findJsonError } from './json-error.js';
import { withLazyIndexes } from './event-index.js';
import { readCountries, readNetworks, readOrganisations, readPeriods, readSeries, readTags } from './parse-collections.js';
import { parseEvent, seriesWrittenAsId, type EventContext } from './parse-event.js';
import { ProblemList, quote } from './problems.js';
import { absent, checkFields, idOf, isLanguageTag, isObject, knownFields, readAs, readString, readText } from './read-values.js';
import { canonicalLanguage } from './text.js';
import { isTimeZone } from './time-zone.js';
import { type Feed, type FeedEvent, type ParseResult, type Problem, ORGANISATION_ROLES } from './types.js';

export const FEED_FIELDS = [
  'version', 'title', 'timeZone', 'language', 'updated', 'periods', 'countries', 'organisations', 'networks', 'series', 'tags', 'events',
] as const;

const FEED = knownFields(FEED_FIELDS);

export interface ParseOptions {
  /** Zone for the `viewer*Day` keys; the runtime's own zone by default. */
  viewerTimeZone?: string;
  /** URL the feed came from: relative links resolve against it. */
  baseUrl?: string;
}

/**
 * Parse, validate and normalise a feed (JSON text or an already-parsed value). Never throws on content:
 * every problem is returned with its JSON path, and every event that can be shown is kept.
 */
export function parseFeed(input: unknown, options: ParseOptions = {}): ParseResult {
  const problems = new ProblemList();
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (error) {
      problems.error('not-json', '', `the feed is not valid JSON (${describeJsonError(error, input)})`);
      return { feed: null, problems: problems.items };
    }
  }
  if (!isObject(data)) {
    problems.error('not-a-feed', '', `the feed must be a JSON object with "version": 1 and an "events" list, not ${Array.isArray(data) ? 'a list' : quote(data)}`);
    return { feed: null, problems: problems.items };
  }
  if (data.version === undefined) {
    problems.warn('missing-version', 'version', 'the feed does not say its version; read as version 1 (add "version": 1)');
  } else if (data.version !== 1 && data.version !== '1') {
    problems.error('unknown-version', 'version', `version ${quote(data.version)} is not supported; this library reads version 1`);
    return { feed: null, problems: problems.items };
  }

  const language = readLanguage(problems, data.language);
  const ctx: EventContext = {
    problems,
    language,
    baseUrl: options.baseUrl,
    timeZone: readZone(problems, data.timeZone),
    unzoned: data.timeZone === undefined ? 0 : undefined,
    viewerTimeZone: options.viewerTimeZone && isTimeZone(options.viewerTimeZone) ? options.viewerTimeZone : undefined,
  };
  checkFields(ctx, data, '', FEED);

  const events: FeedEvent[] = [];
  const byId = new Map<string, FeedEvent>();
  if (data.events === undefined) {
    problems.warn('missing-events', 'events', 'the feed has no "events" list');
  } else if (!Array.isArray(data.events)) {
    problems.error('invalid-type', 'events', `${quote(data.events)} is not a list of events; no event can be read`);
  } else {
    const list: unknown[] = data.events;
    /** The ids the feed's events are written with, read only when one is written twice. */
    let written: Set<string | undefined> | undefined;
    /** By id written twice, the number its next duplicate's name is looked for from (`uniqueId`). */
    const nextNumber = new Map<string, number>();
    list.forEach((raw, i) => {
      const before = problems.items.length;
      const event = parseEvent(ctx, raw, i);
      if (event && byId.has(event.id)) {
        // Not a name another event is written with: a later 'rnnc-3~2' in the file keeps its own id.
        written ??= new Set(list.map((entry) => (isObject(entry) ? idOf(entry.id) : undefined)));
        const renamed = uniqueId(byId, written, nextNumber, event.id);
        problems.error('duplicate-id', `${event.path}.id`, `the id ${quote(event.id)} is also used by ${byId.get(event.id)!.path}; this one is shown as ${quote(renamed)}`, { eventId: renamed });
        event.id = renamed;
      }
      if (problems.items.length > before) nameEvent(problems.items, before, event?.id);
      if (!event) return;
      byId.set(event.id, event);
      events.push(event);
    });
  }

  if (ctx.unzoned) problems.warn('no-time-zone', 'timeZone', `the feed has no "timeZone", so the clock times of ${ctx.unzoned} event(s) are read as UTC; add the zone they are in ("timeZone": "Europe/Belgrade")`);

  const viewerZone = ctx.viewerTimeZone;
  const feed: Feed = withLazyIndexes({
    version: 1 as const,
    // The runtime's zone is asked only when someone reads it (views in the events' own zones never do).
    get viewerTimeZone() {
      return viewerZone ?? localTimeZone();
    },
    timeZone: ctx.timeZone,
    language,
    periods: readPeriods(ctx, data.periods),
    countries: readCountries(ctx, data.countries),
    organisations: readOrganisations(ctx, data.organisations),
    networks: readNetworks(ctx, data.networks),
    series: readSeries(ctx, data.series),
    tags: readTags(ctx, data.tags),
    events,
    byId,
  });

  const title = readText(ctx, data.title, '', 'title');
  if (title) feed.title = title;
  const updated = readString(ctx, data.updated, '', 'updated');
  if (updated) {
    // Read as an event's start is, as the schema says: Date.parse took '2026-01-01, 10:00' and '2026-01-01 x GMT',
    // which the schema refuses, and refused '...T10:00:60Z', which it takes.
    if (!parseDateValue(updated, 'UTC')) problems.warn('invalid-date', 'updated', `${quote(updated)} is not a date and time; it is ignored`);
    else {
      feed.updated = updated;
      readAs(ctx, 'invalid-date', '', 'updated', data.updated, updated);
    }
  }
  checkReferences(feed, problems);
  return { feed, problems: problems.items };
}

/**
 * Dangling references are reported; the event is kept and the reference is simply not shown.
 * Loops rather than forEach, and `{ eventId }` only for a problem: this visits every event.
 */
function checkReferences(feed: Feed, problems: ProblemList) {
  const { organisations, networks, series, byId } = feed;
  for (const event of feed.events) {
    for (const role of ORGANISATION_ROLES) {
      const ids = event[role];
      for (let i = 0; i < ids.length; i++) {
        if (!organisations.has(ids[i])) problems.warn('unknown-organisation', `${event.path}.${role}[${i}]`, `no organisation with id ${quote(ids[i])} in "organisations"`, { eventId: event.id });
      }
    }
    for (let i = 0; i < event.networks.length; i++) {
      const id = event.networks[i];
      if (!networks.has(id)) problems.warn('unknown-network', `${event.path}.networks[${i}]`, `no network with id ${quote(id)} in "networks"`, { eventId: event.id });
    }
    if (event.series && !series.has(event.series.id)) {
      const at = seriesWrittenAsId.has(event.series) ? `${event.path}.series` : `${event.path}.series.id`;
      problems.warn('unknown-series', at, `no series with id ${quote(event.series.id)} in "series"`, { eventId: event.id });
    }
    for (let i = 0; i < event.related.length; i++) {
      const link = event.related[i];
      if (!byId.has(link.event)) problems.warn('unknown-event', `${event.path}.related[${i}].event`, `no event with id ${quote(link.event)} in this feed`, { eventId: event.id });
    }
  }
  for (const network of networks.values()) {
    for (const member of network.members) {
      if (member.organisation && !organisations.has(member.organisation)) {
        problems.warn('unknown-organisation', `${member.path}.organisation`, `no organisation with id ${quote(member.organisation)} in "organisations"`);
      }
    }
  }
}

function readLanguage(problems: ProblemList, value: unknown): string {
  if (absent(value)) return 'en';
  // The check a text's language key gets: 'sq-AL-AL' has the shape of a tag but is not one.
  if (typeof value === 'string' && isLanguageTag(value.trim())) return canonicalLanguage(value.trim());
  problems.warn('invalid-language', 'language', `${quote(value)} is not a language tag such as 'en' or 'sq'; using 'en'`);
  return 'en';
}

function readZone(problems: ProblemList, value: unknown): string {
  if (absent(value)) return 'UTC';
  const zone = typeof value === 'string' ? value.trim() : '';
  if (isTimeZone(zone)) return zone;
  // An error, not a warning: every clock time of the feed moves by the zone's offset.
  problems.error('unknown-time-zone', 'timeZone', `${quote(value)} is not an IANA time zone such as 'Europe/Belgrade'; clock times are read as UTC`);
  return 'UTC';
}

/**
 * Name the event that problems `from` on were found in (`eventId`): the id it is shown under (after a
 * duplicate's renaming), or, for an event left out, the id its `dropped` problem gave it. The readers an
 * event's fields go through (links, places, lists) need not each know whose field they read.
 */
function nameEvent(items: Problem[], from: number, shownId: string | undefined) {
  const id = shownId ?? items.slice(from).find((p) => p.eventId)?.eventId;
  if (id !== undefined) for (let i = from; i < items.length; i++) items[i].eventId = id;
}

/**
 * `id~2`, else `id~3` and so on: the first name no event is shown or written with. Looked for from the number after
 * the one the id's last duplicate was given (`next`), as the names below it are all taken, and stay taken (`byId` only
 * grows): counting up from 2 for each duplicate took minutes for 20,000 events with one id.
 */
function uniqueId(byId: Map<string, unknown>, written: Set<string | undefined>, next: Map<string, number>, id: string): string {
  let n = next.get(id) ?? 2;
  while (byId.has(`${id}~${n}`) || written.has(`${id}~${n}`)) n++;
  next.set(id, n + 1);
  return `${id}~${n}`;
}

/** "unexpected ',' at line 3, column 14" for a JSON syntax error. */
function describeJsonError(error: unknown, text: string): string {
  const place = findJsonError(text.replace(/^\uFEFF/, ''));
  if (place) return `unexpected ${place.found} at line ${place.line}, column ${place.column}`;
  return error instanceof Error ? error.message : String(error);
}
