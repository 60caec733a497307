/**
 * A feed's JSON in one canonical form, so that a feed kept in a repository diffs cleanly whoever or
 * whatever wrote it: fields in the order of the format's tables (README), extension and unknown fields
 * after them in the order written, two-space indentation, a final newline. Values are never changed,
 * added or dropped; lists, translations and `countries` keep the order written (editors group them).
 */
import { jsonLosses, type JsonLoss } from './json-positions.js';
import { EVENT_FIELDS } from './parse-event.js';
import { FEED_FIELDS } from './parse-feed.js';
import { isObject } from './read-values.js';
import type { RawText } from './types.js';

/** An event as written in a feed (the input of `parseFeed`), as the converters produce it. */
export interface RawEvent {
  id: string;
  title: RawText;
  start: string;
  end?: string;
  timeZone?: string;
  status?: string;
  previousStart?: string;
  summary?: RawText;
  description?: RawText;
  location?: { venue?: RawText; city?: RawText; country?: string; lat?: number; lon?: number };
  online?: string;
  url?: string;
  organisers?: string[];
  hosts?: string[];
  funders?: string[];
  supporters?: string[];
  participants?: string[];
  networks?: string[];
  series?: string | { id: string; ordinal?: number };
  related?: { kind?: string; event: string }[];
  tags?: string[];
  chair?: RawText;
  [extension: `x-${string}`]: unknown;
}

/** A feed as written (the input of `parseFeed`). */
export interface RawFeed {
  version: 1;
  events: RawEvent[];
  [field: string]: unknown;
}

type Order = { fields: readonly string[]; children?: Record<string, Shape> };
type Shape = Order | { list: Shape } | { map: Shape } | 'text';

const text = 'text' as const;
const location: Shape = { fields: ['venue', 'city', 'country', 'lat', 'lon'], children: { venue: text, city: text } };
const event: Shape = {
  fields: EVENT_FIELDS,
  children: {
    title: text,
    summary: text,
    description: text,
    chair: text,
    location,
    series: { fields: ['id', 'ordinal'] },
    related: { list: { fields: ['kind', 'event'] } },
  },
};
const FEED_SHAPE: Shape = {
  fields: ['$schema', '$comment', ...FEED_FIELDS],
  children: {
    title: text,
    periods: { list: { fields: ['from', 'to', 'url'] } },
    countries: { map: { fields: ['name', 'footnote'], children: { name: text, footnote: text } } },
    organisations: {
      list: { fields: ['id', 'name', 'shortName', 'kind', 'country', 'city', 'lat', 'lon', 'website'], children: { name: text, shortName: text, city: text } },
    },
    networks: {
      list: {
        fields: ['id', 'name', 'acronym', 'shortName', 'description', 'website', 'established', 'members'],
        children: { name: text, shortName: text, description: text, members: { list: { fields: ['organisation', 'country', 'role', 'since'], children: { role: text } } } },
      },
    },
    series: { list: { fields: ['id', 'name', 'nameGender', 'shortName', 'network'], children: { name: text, nameGender: text, shortName: text } } },
    tags: { list: { fields: ['id', 'name'], children: { name: text } } },
    events: { list: event },
  },
};

/** The same JSON value with its object keys in canonical order. */
export function canonicalFeed<T>(feed: T): T {
  return reorder(feed, FEED_SHAPE) as T;
}

/**
 * Thrown by `formatFeed` for a text whose values JSON cannot give back as written (a key given twice, an
 * integer beyond 2^53): formatting it would change them. `losses` says where.
 */
export class JsonLossError extends Error {
  readonly losses: JsonLoss[];

  constructor(losses: JsonLoss[]) {
    super(`formatting would change ${losses.length === 1 ? 'a value' : `${losses.length} values`}: ${losses.map((l) => `${l.path}: ${l.message}`).join('; ')}`);
    this.name = 'JsonLossError';
    this.losses = losses;
  }
}

/**
 * A feed (JSON text or value) as canonical JSON text. Throws a SyntaxError for text that is not JSON, and
 * a `JsonLossError` for text that reading would change (so formatting never changes a value).
 */
export function formatFeed(feed: unknown): string {
  let value = feed;
  if (typeof feed === 'string') {
    value = JSON.parse(feed.replace(/^\uFEFF/, ''));
    const losses = jsonLosses(feed);
    if (losses.length) throw new JsonLossError(losses);
  }
  return `${JSON.stringify(canonicalFeed(value), null, 2)}\n`;
}

function reorder(value: unknown, shape: Shape | undefined): unknown {
  if (shape === undefined || shape === text) return value;
  if ('list' in shape) return Array.isArray(value) ? value.map((item) => reorder(item, shape.list)) : value;
  if (!isObject(value)) return value;
  if ('map' in shape) {
    return Object.fromEntries(Object.keys(value).map((key) => [key, reorder(value[key], shape.map)]));
  }
  const out: Record<string, unknown> = Object.create(null); // a "__proto__" key stays a key
  for (const key of shape.fields) if (key in value) out[key] = reorder(value[key], shape.children?.[key]);
  for (const key of Object.keys(value)) if (!(key in out)) out[key] = value[key];
  return out;
}
