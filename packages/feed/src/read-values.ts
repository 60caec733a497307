/** Readers for the feed's field types. Each reports what it cannot use and returns undefined. */
import { keyName, ProblemList, quote, suggest } from './problems.js';
import { linkProblem, safeUrl } from './safe-url.js';
import { canonicalLanguage } from './text.js';
import type { LocalText } from './types.js';

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Context shared by the readers: where problems go and which language plain strings are in. */
export interface ReadContext {
  problems: ProblemList;
  language: string;
  /** Base URL that relative links resolve against (the feed's own URL), if known. */
  baseUrl?: string;
}

/** The fields a kind of record defines: in order (for suggestions), and as a Set to look keys up in. */
export interface KnownFields {
  readonly list: readonly string[];
  readonly set: ReadonlySet<string>;
}

export function knownFields(list: readonly string[]): KnownFields {
  return { list, set: new Set(list) };
}

/**
 * Warn about fields the format does not define, suggesting the nearest known one. Runs on every
 * event: a Set lookup per key rather than a scan of the known list, and `for...in` rather than
 * `Object.keys` (no array per event: ~9% of a cold parse of 10,000 events). A key `for...in` finds on a
 * page's polluted Object.prototype is not the event's own, and not reported.
 */
export function checkFields(ctx: ReadContext, obj: Json, path: string, known: KnownFields) {
  for (const key in obj) {
    if (known.set.has(key) || key.startsWith('x-') || (key === '$schema' && !path) || key === '$comment' || !Object.hasOwn(obj, key)) continue;
    const hint = suggest(key, known.list);
    ctx.problems.warn(
      'unknown-field',
      join(path, key),
      `unknown field '${keyName(key)}'${hint ? ` (did you mean '${hint}'?)` : ''}; it is ignored`,
    );
  }
}

/**
 * The JSON path of `key` in the value at `path`, a long key shortened (`keyName`). The readers below take
 * both and join them only when they report a problem: most fields of most events have none, and most are absent.
 */
export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${keyName(key)}` : keyName(key);
}

/** `value` as text: a number is written out, anything else but a string is reported (at `path`.`key`). */
export function readString(ctx: ReadContext, value: unknown, path: string, key: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') {
    ctx.problems.warn('invalid-type', join(path, key), `${quote(value)} is not text; it is ignored`);
    return undefined;
  }
  const text = value.trim();
  return text || undefined;
}

/**
 * Close bidi embeddings and isolates a text leaves open, so that a stray U+202E (right-to-left
 * override) in a venue cannot reverse the city, country or dates printed after it.
 */
export function closeBidi(text: string): string {
  if (!/[\u202A-\u202E\u2066-\u2069]/.test(text)) return text;
  let embeddings = 0;
  let isolates = 0;
  for (const c of text) {
    if (c >= '\u202A' && c <= '\u202E' && c !== '\u202C') embeddings++;
    else if (c === '\u202C') embeddings = Math.max(0, embeddings - 1);
    else if (c >= '\u2066' && c <= '\u2068') isolates++;
    else if (c === '\u2069') isolates = Math.max(0, isolates - 1);
  }
  return text + '\u202C'.repeat(embeddings) + '\u2069'.repeat(isolates);
}

/** A string or a map of language to string. */
export function readText(ctx: ReadContext, value: unknown, path: string, key: string): LocalText | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') {
    const text = closeBidi(value.trim());
    return text ? { [ctx.language]: text } : undefined;
  }
  if (!isObject(value)) {
    ctx.problems.warn('invalid-type', join(path, key), `${quote(value)} is not text or a map of language to text; it is ignored`);
    return undefined;
  }
  const out: Record<string, string> = {};
  let empty = true;
  for (const [lang, text] of Object.entries(value)) {
    if (typeof text !== 'string') {
      ctx.problems.warn('invalid-type', join(join(path, key), lang), `${quote(text)} is not text; it is ignored`);
      continue;
    }
    if (!isLanguageTag(lang)) {
      ctx.problems.warn('invalid-language', join(join(path, key), lang), `'${keyName(lang)}' is not a language tag such as 'en' or 'sr-Cyrl'; it is ignored`);
      continue;
    }
    const trimmed = text.trim();
    const tag = canonicalLanguage(lang);
    // `sr-latn` and `sr-Latn` are one language: the second had replaced the first without a word.
    if (trimmed && out[tag]) ctx.problems.warn('invalid-language', join(join(path, key), lang), `a text before it is in '${tag}' too (a tag's case does not count); the first is shown, this one is ignored`);
    else if (trimmed) {
      out[tag] = closeBidi(trimmed);
      empty = false;
    }
  }
  return empty ? undefined : out;
}

const languageTags = new Map<string, boolean>();

/** Whether a title's key is a language tag; asked once per distinct key (a feed repeats a handful). */
export function isLanguageTag(tag: string): boolean {
  let ok = languageTags.get(tag);
  if (ok === undefined) languageTags.set(tag, (ok = checkLanguageTag(tag)));
  return ok;
}

function checkLanguageTag(tag: string): boolean {
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag)) return false;
  try {
    Intl.getCanonicalLocales(tag);
    return true;
  } catch {
    return false;
  }
}

export function readUrl(ctx: ReadContext, value: unknown, path: string, key: string): string | undefined {
  if (absent(value)) return undefined;
  const url = safeUrl(value, ctx.baseUrl);
  if (!url) ctx.problems.warn('unsafe-url', join(path, key), linkProblem(value, 'it is not shown'));
  return url;
}

/**
 * The one empty list every absent list of every event shares (frozen: parsed feeds are read-only). An
 * event has eight lists and most are empty: 80,000 fresh arrays for 10,000 events were a megabyte of heap.
 */
export const NONE: readonly never[] = Object.freeze([]);

/** No value: what the format reads as an absent field (`null` and `""` too). */
export const absent = (value: unknown): value is undefined | null | '' => value === undefined || value === null || value === '';

/** An id as a reference gives it: a text, trimmed, or a number (ids are read so: `readString`). */
export function idOf(value: unknown): string | undefined {
  return typeof value === 'number' ? String(value) : (typeof value === 'string' && value.trim()) || undefined;
}

/** A list of ids (strings); a single string is taken as a list of one. */
export function readIdList(ctx: ReadContext, value: unknown, path: string, key: string): readonly string[] {
  if (absent(value)) return NONE;
  let list = typeof value === 'string' ? [value] : value;
  if (typeof value === 'string' && value.includes(',')) {
    // "rcc, iisg-sg": an id holds no comma, so this is a list written as one text. Its empty items are no ids: a
    // megabyte of commas gave a million problems, and a message with the whole list.
    const ids = value.split(',').map((id) => id.trim()).filter(Boolean);
    ctx.problems.warn('invalid-type', join(path, key), `${quote(value)} is one text; it is read as the list ${quote(ids)} (write it so)`);
    list = ids;
  }
  if (!Array.isArray(list)) {
    ctx.problems.warn('invalid-type', join(path, key), `${quote(value)} is not a list; it is ignored`);
    return NONE;
  }
  const out: string[] = [];
  let bad = 0;
  // A loop rather than forEach (no closure per list), skipping holes as forEach does.
  for (let i = 0, length = list.length; i < length; i++) {
    if (!(i in list)) continue;
    const item: unknown = list[i];
    const id = idOf(item);
    if (id) out.push(id);
    // The first ten each, the rest in one: a list of 300,000 "" is not 300,000 problems.
    else if (++bad <= 10) ctx.problems.warn('invalid-type', join(join(path, key), i), `${quote(item)} is not an id; it is ignored`);
  }
  if (bad > 10) ctx.problems.warn('invalid-type', join(path, key), `${bad - 10} more items are not ids; they are ignored`);
  return out;
}

const COUNTRY = /^[A-Z]{2}$/;
/** Codes people write that are not ISO 3166-1 (Kosovo's designation footnote goes with XK only). */
const MISTAKEN: Record<string, string> = { KS: 'XK', UK: 'GB', EL: 'GR' };

export function readCountry(ctx: ReadContext, value: unknown, path: string, key: string): string | undefined {
  if (absent(value)) return undefined;
  const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
  const meant = MISTAKEN[code];
  if (meant) {
    ctx.problems.warn('invalid-country', join(path, key), `${quote(value)} is not an ISO 3166-1 country code; it is read as '${meant}' (write that)`);
    return meant;
  }
  if (COUNTRY.test(code)) {
    readAs(ctx, 'invalid-country', path, key, value, code);
    return code;
  }
  ctx.problems.warn('invalid-country', join(path, key), `${quote(value)} is not a two-letter ISO 3166-1 country code (use 'XK' for Kosovo); it is ignored`);
  return undefined;
}

/**
 * A date or a code that is read, but not as written (`' 2018'` as `'2018'`, `'al'` as `'AL'`, the number 2018 as
 * `'2018'`): said, as the schema refuses what is written and other readers of the feed may too. Events' and entries'
 * fields alike.
 */
export function readAs(ctx: ReadContext, code: string, path: string, key: string, written: unknown, read: string) {
  if (written !== read) ctx.problems.warn(code, join(path, key), `${quote(written)} is read as '${read}' (write that)`);
}

/** An object's `lat` and `lon`, both or neither: one alone is reported, and ignored. */
export function readPoint(ctx: ReadContext, value: Json, path: string): { lat: number; lon: number } | undefined {
  const lat = readNumber(ctx, value.lat, path, 'lat', -90, 90);
  const lon = readNumber(ctx, value.lon, path, 'lon', -180, 180);
  if (lat !== undefined && lon !== undefined) return { lat, lon };
  if (absent(value.lat) !== absent(value.lon)) ctx.problems.warn('incomplete-coordinates', path, 'lat and lon must be given together; they are ignored');
}

export function readNumber(ctx: ReadContext, value: unknown, path: string, key: string, min: number, max: number): number | undefined {
  if (absent(value)) return undefined;
  // A decimal written as a string ("41.33") is read; Number() would also read "0x10" as 16 and "1e1" as 10.
  const n = typeof value === 'string' && /^\s*[+-]?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
  if (typeof n === 'number' && Number.isFinite(n) && n >= min && n <= max) return n;
  ctx.problems.warn('invalid-number', join(path, key), `${quote(value)} is not a number from ${min} to ${max}; it is ignored`);
  return undefined;
}
