import { type DayKey, DAY_MS, dayKeyInZone, lastDayInZone, localDayKey } from './day-key.js';
import { parseDateValue, type DateValue } from './event-dates.js';
import { quote } from './problems.js';
import {
  type ReadContext,
  absent,
  checkFields,
  idOf,
  isObject,
  type Json,
  join,
  knownFields,
  NONE,
  readCountry,
  readIdList,
  readAs,
  readPoint,
  readString,
  readText,
  readUrl,
} from './read-values.js';
import { isTimeZone } from './time-zone.js';
import { EVENT_STATUSES, type EventStatus, type FeedEvent, type Location, type RelatedLink, type SeriesRef } from './types.js';

export const EVENT_FIELDS = [
  'id', 'title', 'summary', 'description', 'start', 'end', 'timeZone', 'status', 'previousStart', 'location', 'online',
  'organisers', 'hosts', 'funders', 'supporters', 'participants', 'networks', 'series', 'related', 'tags', 'url', 'chair',
] as const;

const EVENT = knownFields(EVENT_FIELDS);
const LOCATION = knownFields(['venue', 'city', 'country', 'lat', 'lon']);
const SERIES_REF = knownFields(['id', 'ordinal']);
const RELATED_LINK = knownFields(['kind', 'event']);
/** A date-time that fixes its own instant (`Z`, `+02:00`). */
const OFFSET = /(Z|[+-]\d\d:?\d\d)$/i;
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/i;

export interface EventContext extends ReadContext {
  timeZone: string;
  /** How many events' clock times are read in UTC only because the feed names no zone; undefined when it names one. */
  unzoned?: number;
  /** The viewer's zone, or undefined for the runtime's own (computed without Intl). */
  viewerTimeZone?: string;
}

/**
 * One raw event to its normalised form, or undefined when it cannot be shown (reported as dropped).
 * Runs once per event: field paths (`events[12].organisers`) are built only when a problem is reported,
 * and parseFeed names the event in its problems (`eventId`) afterwards.
 */
export function parseEvent(ctx: EventContext, raw: unknown, index: number): FeedEvent | undefined {
  const path = `events[${index}]`;
  const { problems } = ctx;
  if (!isObject(raw)) {
    problems.error('invalid-event', path, `${quote(raw)} is not an event object; it is left out`, { dropped: true });
    return undefined;
  }
  const id = readString(ctx, raw.id, path, 'id');
  const eventId = id ?? `events-${index}`;
  if (!id) problems.warn('missing-id', join(path, 'id'), `the event has no id; it is called '${eventId}' until it has one`);
  checkFields(ctx, raw, path, EVENT);

  const title = readText(ctx, raw.title, path, 'title');
  if (!title) return dropEvent(ctx, eventId, 'missing-title', join(path, 'title'), raw.title == null ? 'the event has no title' : typeof raw.title == 'string' || isObject(raw.title) ? 'the title is empty' : 'the title is not text');

  let timeZone = ctx.timeZone;
  if (!absent(raw.timeZone)) {
    const zone = typeof raw.timeZone === 'string' ? raw.timeZone.trim() : '';
    if (isTimeZone(zone)) timeZone = zone;
    else problems.error('unknown-time-zone', join(path, 'timeZone'), `${quote(raw.timeZone)} is not an IANA time zone such as 'Europe/Tirane'; its times are read in ${ctx.timeZone}`);
  }

  const start = readDate(ctx, raw, path, 'start', timeZone);
  if (start === 'missing') return dropEvent(ctx, eventId, 'missing-start', join(path, 'start'), 'the event has no start date');
  if (!start) return dropEvent(ctx, eventId, 'invalid-date', join(path, 'start'), `${quote(raw.start)} is not a date (use 2019-04-23 or 2019-04-23T09:30)`);
  if (ctx.unzoned !== undefined && start.kind === 'time' && raw.timeZone === undefined && !OFFSET.test((raw.start as string).trim())) ctx.unzoned++;
  let end: DateValue = start;
  const rawEnd = readDate(ctx, raw, path, 'end', timeZone);
  if (rawEnd === undefined) {
    problems.error('invalid-date', join(path, 'end'), `${quote(raw.end)} is not a date; the event is shown on its start day only`);
  } else if (rawEnd !== 'missing') {
    if (rawEnd.kind !== start.kind) {
      problems.error('mixed-dates', join(path, 'end'), `end ${quote(raw.end)} must be ${start.kind === 'date' ? 'a date' : 'a date and time'} like start ${quote(raw.start)}; the event is shown on its start day only`);
    } else if (rawEnd.kind === 'date' ? rawEnd.day < start.day : rawEnd.ms < (start as { ms: number }).ms) {
      problems.error('end-before-start', join(path, 'end'), `end ${quote(raw.end)} is before start ${quote(raw.start)}; the event is shown on its start day only`);
    } else {
      end = rawEnd;
    }
  }

  const allDay = start.kind === 'date';
  const startMs = start.kind === 'date' ? start.day * DAY_MS : start.ms;
  const endMs = end.kind === 'date' ? (end.day + 1) * DAY_MS : end.ms;
  const startDay = start.day;
  // Each day of a timed event costs an Intl call, so none is asked twice: an instant range that ends
  // where it starts touches only its start's day, and in the event's own zone the viewer's days are its days.
  const endDay = end.kind === 'date' ? end.day : endMs === startMs ? startDay : lastDayInZone(startMs, endMs, timeZone);
  const sameDays = allDay || ctx.viewerTimeZone === timeZone;
  const viewerStartDay = sameDays ? startDay : viewerDay(ctx.viewerTimeZone, startMs);
  const viewerEndDay = sameDays ? endDay : endMs === startMs ? viewerStartDay : viewerLastDay(ctx.viewerTimeZone, startMs, endMs);

  const event: FeedEvent = {
    id: eventId,
    index,
    path,
    title,
    allDay,
    timeZone,
    start: startMs,
    end: endMs,
    startDay,
    endDay,
    viewerStartDay,
    viewerEndDay,
    status: readStatus(ctx, raw.status, path),
    organisers: readIdList(ctx, raw.organisers, path, 'organisers'),
    hosts: readIdList(ctx, raw.hosts, path, 'hosts'),
    funders: readIdList(ctx, raw.funders, path, 'funders'),
    supporters: readIdList(ctx, raw.supporters, path, 'supporters'),
    participants: readIdList(ctx, raw.participants, path, 'participants'),
    networks: readIdList(ctx, raw.networks, path, 'networks'),
    related: readRelated(ctx, raw.related, path),
    tags: readIdList(ctx, raw.tags, path, 'tags'),
  };
  readPreviousStart(ctx, raw, event);
  if (start.kind === 'time') {
    event.startMinutes = start.minutes;
    event.endMinutes = end.kind === 'time' ? end.minutes : start.minutes;
  }
  const summary = readPlainText(ctx, raw.summary, path, 'summary');
  if (summary) event.summary = summary;
  const description = readPlainText(ctx, raw.description, path, 'description');
  if (description) event.description = description;
  const location = readLocation(ctx, raw.location, path);
  if (location) event.location = location;
  const online = readUrl(ctx, raw.online, path, 'online');
  if (online) event.online = online;
  const url = readUrl(ctx, raw.url, path, 'url');
  if (url) event.url = url;
  const series = readSeries(ctx, raw.series, path);
  if (series) event.series = series;
  const chair = readText(ctx, raw.chair, path, 'chair');
  if (chair) event.chair = chair;
  return event;
}

/** Report an event that cannot be shown; undefined, for `return dropEvent(...)`. */
function dropEvent(ctx: ReadContext, eventId: string, code: string, at: string, message: string): undefined {
  ctx.problems.error(code, at, `${message}; the event is left out`, { eventId, dropped: true });
  return undefined;
}

/** Day of an instant in the viewer's zone (the runtime's own, computed without Intl, when none is given). */
function viewerDay(viewerZone: string | undefined, ms: number): DayKey {
  return viewerZone ? dayKeyInZone(ms, viewerZone) : localDayKey(ms);
}

/** Last day (inclusive) an instant range touches in the viewer's zone. */
function viewerLastDay(viewerZone: string | undefined, start: number, end: number): DayKey {
  return viewerZone ? lastDayInZone(start, end, viewerZone) : localDayKey(Math.max(start, end - 1));
}

/** `08:00` for 480 minutes. */
const hhmm = (minutes: number) => new Date(minutes * 60_000).toISOString().slice(11, 16);

function readDate(ctx: EventContext, raw: Json, path: string, key: 'start' | 'end' | 'previousStart', timeZone: string): DateValue | undefined | 'missing' {
  const text = raw[key];
  if (absent(text)) return 'missing';
  if (typeof text !== 'string') return undefined;
  const value = parseDateValue(text.trim(), timeZone);
  if (value) readAs(ctx, 'invalid-date', path, key, text, text.trim());
  // Its zone's offset of other months (+02:00, Belgrade's summer time, in a January date, as a CMS may write every
  // date): the offset is used, so the time shown is not the one written. Said only where the event or the feed names a zone.
  if (value?.kind === 'time' && value.zoneOffset !== undefined && (ctx.unzoned === undefined || timeZone !== ctx.timeZone)) {
    const offset = (value.zoneOffset < 0 ? '-' : '+') + hhmm(Math.abs(value.zoneOffset));
    ctx.problems.warn('offset-mismatch', join(path, key), `the offset ${OFFSET.exec(text.trim())![0]} is ${timeZone}'s in other months, not on that date (${offset}): the time shown is ${hhmm(value.minutes)} (write ${offset} or no offset)`);
  }
  return value;
}

/**
 * `previousStart`: where a rescheduled event was to start (schema.org's `previousStartDate`), a date or a time as
 * `start` is written. Of another status it would be a date no one moved from: reported and not shown.
 */
function readPreviousStart(ctx: EventContext, raw: Json, event: FeedEvent) {
  const at = join(event.path, 'previousStart');
  const value = readDate(ctx, raw, event.path, 'previousStart', event.timeZone);
  if (value === 'missing') return;
  if (!value) ctx.problems.warn('invalid-date', at, `${quote(raw.previousStart)} is not a date; it is not shown`);
  else if (event.status !== 'rescheduled') ctx.problems.warn('previous-start-unused', at, 'only a rescheduled event has one ("status": "rescheduled"); it is not shown');
  else event.previousStart = value;
}

/** A status as written to the format's spelling: `Canceled` → `cancelled`, `online` → `moved-online`, `TBC` → `tentative`. */
export function statusSpelling(text: string): string {
  const normal = text.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return normal === 'canceled' ? 'cancelled' : normal === 'online' ? 'moved-online' : normal === 'tbc' ? 'tentative' : normal;
}

function readStatus(ctx: ReadContext, value: unknown, path: string): EventStatus {
  if (absent(value)) return 'scheduled';
  const status = typeof value === 'string' ? statusSpelling(value) : '';
  if ((EVENT_STATUSES as readonly string[]).includes(status)) return status as EventStatus;
  ctx.problems.warn('invalid-status', join(path, 'status'), `${quote(value)} is not a status (${EVENT_STATUSES.join(', ')}); shown as scheduled`);
  return 'scheduled';
}

function readPlainText(ctx: ReadContext, value: unknown, path: string, key: string) {
  const text = readText(ctx, value, path, key);
  if (text && Object.values(text).some((t) => HTML_TAG.test(t))) {
    ctx.problems.warn('html-in-text', join(path, key), 'looks like HTML; it is shown as plain text (use blank lines for paragraphs and "- " for list items)');
  }
  return text;
}

function readLocation(ctx: ReadContext, value: unknown, eventPath: string): Location | undefined {
  if (value === undefined || value === null) return undefined;
  const path = join(eventPath, 'location');
  if (!isObject(value)) {
    ctx.problems.warn('invalid-type', path, `${quote(value)} is not a location object ({"city": ..., "country": ...}); it is ignored`);
    return undefined;
  }
  checkFields(ctx, value, path, LOCATION);
  const location: Location = {};
  const venue = readText(ctx, value.venue, path, 'venue');
  const city = readText(ctx, value.city, path, 'city');
  const country = readCountry(ctx, value.country, path, 'country');
  const point = readPoint(ctx, value, path);
  if (venue) location.venue = venue;
  if (city) location.city = city;
  if (country) location.country = country;
  if (point) Object.assign(location, point);
  return Object.keys(location).length ? location : undefined;
}

/** Series references written as a bare id (`"series": "rnnc-meetings"`), for a problem's path: it has no `.id`. */
export const seriesWrittenAsId = new WeakSet<SeriesRef>();

function readSeries(ctx: ReadContext, value: unknown, eventPath: string): SeriesRef | undefined {
  if (absent(value)) return undefined;
  const path = join(eventPath, 'series');
  // "rnnc-meetings" for {"id": "rnnc-meetings"}; a number is an id, as in an event's own "id".
  const ref = isObject(value) ? value : { id: value };
  const id = idOf(ref.id);
  if (!id) {
    ctx.problems.warn('invalid-series', path, `${quote(value)} is not a series reference ({"id": "rnnc-meetings", "ordinal": 3}); it is ignored`);
    return undefined;
  }
  if (ref === value) checkFields(ctx, ref, path, SERIES_REF);
  const series: SeriesRef = { id };
  if (ref !== value) seriesWrittenAsId.add(series);
  const { ordinal } = ref;
  if (ordinal !== undefined && ordinal !== null) {
    if (Number.isInteger(ordinal) && (ordinal as number) > 0) series.ordinal = ordinal as number;
    else ctx.problems.warn('invalid-ordinal', join(path, 'ordinal'), `${quote(ordinal)} is not a whole number from 1 up; it is ignored`);
  }
  return series;
}

function readRelated(ctx: ReadContext, value: unknown, eventPath: string): readonly RelatedLink[] {
  if (value === undefined || value === null) return NONE;
  const path = join(eventPath, 'related');
  if (!Array.isArray(value)) {
    ctx.problems.warn('invalid-type', path, `${quote(value)} is not a list of links; it is ignored`);
    return NONE;
  }
  const out: RelatedLink[] = [];
  value.forEach((item: unknown, i) => {
    const at = join(path, i);
    const event = isObject(item) ? idOf(item.event) : undefined;
    if (event) {
      checkFields(ctx, item as Json, at, RELATED_LINK);
      const kind = readString(ctx, (item as Json).kind, at, 'kind');
      out.push({ kind: kind ?? 'related', event });
    } else {
      ctx.problems.warn('invalid-related', at, `${quote(item)} is not a link ({"kind": "back-to-back", "event": "<id>"}); it is ignored`);
    }
  });
  return out;
}
