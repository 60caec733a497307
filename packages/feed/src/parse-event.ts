import { DAY_MS, dayKeyInZone, lastDayInZone, localDayKey } from './day-key.js';
import { parseDateValue, type DateValue } from './event-dates.js';
import { quote } from './problems.js';
import {
  type Json,
  type ReadContext,
  checkFields,
  isObject,
  join,
  readCountry,
  readIdList,
  readNumber,
  readString,
  readText,
  readUrl,
} from './read-values.js';
import { isTimeZone } from './time-zone.js';
import { EVENT_STATUSES, type EventStatus, type FeedEvent, type Location, type RelatedLink, type SeriesRef } from './types.js';

export const EVENT_FIELDS = [
  'id', 'title', 'summary', 'description', 'start', 'end', 'timeZone', 'status', 'location', 'online',
  'organisers', 'hosts', 'funders', 'participants', 'networks', 'series', 'related', 'tags', 'url', 'chair',
] as const;

const LOCATION_FIELDS = ['venue', 'city', 'country', 'lat', 'lon'];
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/i;

export interface EventContext extends ReadContext {
  timeZone: string;
  /** The viewer's zone, or undefined for the runtime's own (computed without Intl). */
  viewerTimeZone?: string;
}

/** One raw event to its normalised form, or undefined when it cannot be shown (reported as dropped). */
export function parseEvent(ctx: EventContext, raw: unknown, index: number): FeedEvent | undefined {
  const path = `events[${index}]`;
  const { problems } = ctx;
  if (!isObject(raw)) {
    problems.error('invalid-event', path, `${quote(raw)} is not an event object; it is left out`, { dropped: true });
    return undefined;
  }
  const id = readString(ctx, raw.id, join(path, 'id'));
  const eventId = id ?? `events-${index}`;
  const extra = { eventId };
  if (!id) problems.warn('missing-id', join(path, 'id'), `the event has no id; it is called '${eventId}' until it has one`, extra);
  checkFields(ctx, raw, path, EVENT_FIELDS, extra);

  const drop = (code: string, at: string, message: string) => {
    problems.error(code, at, `${message}; the event is left out`, { ...extra, dropped: true });
    return undefined;
  };

  const title = readText(ctx, raw.title, join(path, 'title'));
  if (!title) return drop('missing-title', join(path, 'title'), raw.title === undefined ? 'the event has no title' : 'the title is empty');

  let timeZone = ctx.timeZone;
  if (raw.timeZone !== undefined) {
    if (typeof raw.timeZone === 'string' && isTimeZone(raw.timeZone)) timeZone = raw.timeZone;
    else problems.warn('unknown-time-zone', join(path, 'timeZone'), `${quote(raw.timeZone)} is not an IANA time zone such as 'Europe/Tirane'; using ${ctx.timeZone}`, extra);
  }

  const start = readDate(raw.start, timeZone);
  if (start === 'missing') return drop('missing-start', join(path, 'start'), 'the event has no start date');
  if (!start) return drop('invalid-date', join(path, 'start'), `${quote(raw.start)} is not a date (use 2019-04-23 or 2019-04-23T09:30)`);
  let end: DateValue = start;
  const rawEnd = readDate(raw.end, timeZone);
  if (rawEnd === undefined) {
    problems.error('invalid-date', join(path, 'end'), `${quote(raw.end)} is not a date; the event is shown on its start day only`, extra);
  } else if (rawEnd !== 'missing') {
    if (rawEnd.kind !== start.kind) {
      problems.error('mixed-dates', join(path, 'end'), `end ${quote(raw.end)} must be ${start.kind === 'date' ? 'a date' : 'a date and time'} like start ${quote(raw.start)}; the event is shown on its start day only`, extra);
    } else if (rawEnd.kind === 'date' ? rawEnd.day < start.day : rawEnd.ms < (start as { ms: number }).ms) {
      problems.error('end-before-start', join(path, 'end'), `end ${quote(raw.end)} is before start ${quote(raw.start)}; the event is shown on its start day only`, extra);
    } else {
      end = rawEnd;
    }
  }

  const allDay = start.kind === 'date';
  const startMs = start.kind === 'date' ? start.day * DAY_MS : start.ms;
  const endMs = end.kind === 'date' ? (end.day + 1) * DAY_MS : end.ms;
  const startDay = start.day;
  const endDay = end.kind === 'date' ? end.day : lastDayInZone(startMs, endMs, timeZone);

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
    viewerStartDay: allDay ? startDay : ctx.viewerTimeZone ? dayKeyInZone(startMs, ctx.viewerTimeZone) : localDayKey(startMs),
    viewerEndDay: allDay ? endDay : ctx.viewerTimeZone ? lastDayInZone(startMs, endMs, ctx.viewerTimeZone) : localDayKey(Math.max(startMs, endMs - 1)),
    status: readStatus(ctx, raw.status, join(path, 'status'), eventId),
    organisers: readIdList(ctx, raw.organisers, join(path, 'organisers')),
    hosts: readIdList(ctx, raw.hosts, join(path, 'hosts')),
    funders: readIdList(ctx, raw.funders, join(path, 'funders')),
    participants: readIdList(ctx, raw.participants, join(path, 'participants')),
    networks: readIdList(ctx, raw.networks, join(path, 'networks')),
    related: readRelated(ctx, raw.related, join(path, 'related')),
    tags: readIdList(ctx, raw.tags, join(path, 'tags')),
  };
  if (start.kind === 'time') {
    event.startMinutes = start.minutes;
    event.endMinutes = end.kind === 'time' ? end.minutes : start.minutes;
  }
  const summary = readPlainText(ctx, raw.summary, join(path, 'summary'), eventId);
  if (summary) event.summary = summary;
  const description = readPlainText(ctx, raw.description, join(path, 'description'), eventId);
  if (description) event.description = description;
  const location = readLocation(ctx, raw.location, join(path, 'location'));
  if (location) event.location = location;
  const online = readUrl(ctx, raw.online, join(path, 'online'));
  if (online) event.online = online;
  const url = readUrl(ctx, raw.url, join(path, 'url'));
  if (url) event.url = url;
  const series = readSeries(ctx, raw.series, join(path, 'series'));
  if (series) event.series = series;
  const chair = readText(ctx, raw.chair, join(path, 'chair'));
  if (chair) event.chair = chair;
  return event;
}

function readDate(value: unknown, timeZone: string): DateValue | undefined | 'missing' {
  if (value === undefined || value === null || value === '') return 'missing';
  if (typeof value !== 'string') return undefined;
  return parseDateValue(value.trim(), timeZone);
}

function readStatus(ctx: ReadContext, value: unknown, path: string, eventId: string): EventStatus {
  if (value === undefined || value === null) return 'scheduled';
  const normal = typeof value === 'string' ? value.trim().toLowerCase().replace(/[\s_]+/g, '-') : '';
  const status = normal === 'canceled' ? 'cancelled' : normal === 'online' ? 'moved-online' : normal;
  if ((EVENT_STATUSES as readonly string[]).includes(status)) return status as EventStatus;
  ctx.problems.warn('invalid-status', path, `${quote(value)} is not a status (${EVENT_STATUSES.join(', ')}); shown as scheduled`, { eventId });
  return 'scheduled';
}

function readPlainText(ctx: ReadContext, value: unknown, path: string, eventId: string) {
  const text = readText(ctx, value, path);
  if (text && Object.values(text).some((t) => HTML_TAG.test(t))) {
    ctx.problems.warn('html-in-text', path, 'looks like HTML; it is shown as plain text (use blank lines for paragraphs and "- " for list items)', { eventId });
  }
  return text;
}

function readLocation(ctx: ReadContext, value: unknown, path: string): Location | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) {
    ctx.problems.warn('invalid-type', path, `${quote(value)} is not a location object ({"city": ..., "country": ...}); it is ignored`);
    return undefined;
  }
  checkFields(ctx, value, path, LOCATION_FIELDS);
  const location: Location = {};
  const venue = readText(ctx, value.venue, join(path, 'venue'));
  const city = readText(ctx, value.city, join(path, 'city'));
  const country = readCountry(ctx, value.country, join(path, 'country'));
  const lat = readNumber(ctx, value.lat, join(path, 'lat'), -90, 90);
  const lon = readNumber(ctx, value.lon, join(path, 'lon'), -180, 180);
  if (venue) location.venue = venue;
  if (city) location.city = city;
  if (country) location.country = country;
  if (lat !== undefined && lon !== undefined) Object.assign(location, { lat, lon });
  else if ((value.lat === undefined) !== (value.lon === undefined)) ctx.problems.warn('incomplete-coordinates', path, 'lat and lon must be given together; they are ignored');
  return Object.keys(location).length ? location : undefined;
}

function readSeries(ctx: ReadContext, value: unknown, path: string): SeriesRef | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && value.trim()) return { id: value.trim() };
  if (!isObject(value) || typeof value.id !== 'string' || !value.id.trim()) {
    ctx.problems.warn('invalid-series', path, `${quote(value)} is not a series reference ({"id": "rnnc-meetings", "ordinal": 3}); it is ignored`);
    return undefined;
  }
  checkFields(ctx, value, path, ['id', 'ordinal']);
  const series: SeriesRef = { id: value.id.trim() };
  if (value.ordinal !== undefined) {
    if (Number.isInteger(value.ordinal) && (value.ordinal as number) > 0) series.ordinal = value.ordinal as number;
    else ctx.problems.warn('invalid-ordinal', join(path, 'ordinal'), `${quote(value.ordinal)} is not a whole number from 1 up; it is ignored`);
  }
  return series;
}

function readRelated(ctx: ReadContext, value: unknown, path: string): RelatedLink[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    ctx.problems.warn('invalid-type', path, `${quote(value)} is not a list of links; it is ignored`);
    return [];
  }
  const out: RelatedLink[] = [];
  value.forEach((item: unknown, i) => {
    const at = join(path, i);
    if (isObject(item) && typeof item.event === 'string' && item.event.trim()) {
      checkFields(ctx, item, at, ['kind', 'event']);
      out.push({ kind: typeof item.kind === 'string' && item.kind.trim() ? item.kind.trim() : 'related', event: item.event.trim() });
    } else {
      ctx.problems.warn('invalid-related', at, `${quote(item)} is not a link ({"kind": "back-to-back", "event": "<id>"}); it is ignored`);
    }
  });
  return out;
}
