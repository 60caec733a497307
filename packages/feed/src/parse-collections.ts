/** Organisations, networks, series, countries and periods: the feed's reference data. */
import { parseIsoDate } from './day-key.js';
import { quote } from './problems.js';
import { safeUrl } from './safe-url.js';
import {
  type Json,
  type ReadContext,
  checkFields,
  isObject,
  join,
  knownFields,
  readAs,
  readCountry,
  readPoint,
  readString,
  readText,
  readUrl,
} from './read-values.js';
import type { Country, FeedPeriod, GrammaticalGender, Network, NetworkMember, Organisation, Series, Tag } from './types.js';

const ORGANISATION = knownFields(['id', 'name', 'shortName', 'kind', 'country', 'city', 'lat', 'lon', 'website']);
const NETWORK = knownFields(['id', 'name', 'acronym', 'shortName', 'description', 'website', 'established', 'members']);
const MEMBER = knownFields(['organisation', 'country', 'role', 'since']);
const SERIES = knownFields(['id', 'name', 'nameGender', 'shortName', 'network']);
const TAG = knownFields(['id', 'name']);
const COUNTRY = knownFields(['name', 'footnote']);
const PERIOD = knownFields(['from', 'to', 'url']);
/**
 * The most period files an index may list: one a month for a century. A timeline fetches every one, in each
 * visitor's browser; an index of 20,000 made as many requests.
 */
export const MAX_PERIODS = 1200;

/** Read a list of `{id, ...}` objects into a map; entries without an id or a name are reported and skipped. */
function readIdMap<T extends { id: string }>(
  ctx: ReadContext,
  value: unknown,
  path: string,
  read: (obj: Json, at: string, id: string) => T | undefined,
): Map<string, T> {
  const map = new Map<string, T>();
  if (value === undefined || value === null) return map;
  if (!Array.isArray(value)) {
    ctx.problems.error('invalid-type', path, `${quote(value)} is not a list; it is ignored`);
    return map;
  }
  value.forEach((raw: unknown, i) => {
    const at = join(path, i);
    if (!isObject(raw)) {
      ctx.problems.error('invalid-type', at, `${quote(raw)} is not an object; it is left out`);
      return;
    }
    const id = readString(ctx, raw.id, at, 'id');
    if (!id) {
      ctx.problems.error('missing-id', at, 'the entry has no id; it is left out');
      return;
    }
    if (map.has(id)) {
      ctx.problems.error('duplicate-id', join(at, 'id'), `the id ${quote(id)} is used twice in ${path}; the second is left out`);
      return;
    }
    const item = read(raw, at, id);
    if (item) map.set(id, item);
  });
  return map;
}

function requireName(ctx: ReadContext, raw: Json, at: string) {
  const name = readText(ctx, raw.name, at, 'name');
  if (!name) ctx.problems.error('missing-name', join(at, 'name'), 'the entry has no name; it is left out');
  return name;
}

export function readOrganisations(ctx: ReadContext, value: unknown): Map<string, Organisation> {
  return readIdMap(ctx, value, 'organisations', (raw, at, id) => {
    checkFields(ctx, raw, at, ORGANISATION);
    const name = requireName(ctx, raw, at);
    if (!name) return undefined;
    const org: Organisation = { id, name };
    const shortName = readText(ctx, raw.shortName, at, 'shortName');
    const kind = readString(ctx, raw.kind, at, 'kind');
    const country = readCountry(ctx, raw.country, at, 'country');
    const city = readText(ctx, raw.city, at, 'city');
    const point = readPoint(ctx, raw, at);
    const website = readUrl(ctx, raw.website, at, 'website');
    if (shortName) org.shortName = shortName;
    if (kind) org.kind = kind;
    if (country) org.country = country;
    if (city) org.city = city;
    if (point) Object.assign(org, point);
    if (website) org.website = website;
    return org;
  });
}

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function readNetworks(ctx: ReadContext, value: unknown): Map<string, Network> {
  return readIdMap(ctx, value, 'networks', (raw, at, id) => {
    checkFields(ctx, raw, at, NETWORK);
    const name = requireName(ctx, raw, at);
    if (!name) return undefined;
    const network: Network = { id, name, members: [] };
    const acronym = readString(ctx, raw.acronym, at, 'acronym');
    const shortName = readText(ctx, raw.shortName, at, 'shortName');
    const description = readText(ctx, raw.description, at, 'description');
    const website = readUrl(ctx, raw.website, at, 'website');
    const established = readPartialDate(ctx, raw.established, at, 'established');
    if (acronym) network.acronym = acronym;
    if (shortName) network.shortName = shortName;
    if (description) network.description = description;
    if (website) network.website = website;
    if (established) network.established = established;
    const members = raw.members ?? [];
    if (!Array.isArray(members)) {
      ctx.problems.warn('invalid-type', join(at, 'members'), `${quote(members)} is not a list of members; it is ignored`);
    } else {
      members.forEach((m: unknown, i) => {
        const mat = join(join(at, 'members'), i);
        if (!isObject(m)) {
          ctx.problems.warn('invalid-member', mat, `${quote(m)} is not a member object; it is ignored`);
          return;
        }
        checkFields(ctx, m, mat, MEMBER);
        const member: NetworkMember = { path: mat };
        const organisation = readString(ctx, m.organisation, mat, 'organisation');
        const country = readCountry(ctx, m.country, mat, 'country');
        const role = readText(ctx, m.role, mat, 'role');
        const since = readPartialDate(ctx, m.since, mat, 'since');
        if (organisation) member.organisation = organisation;
        if (country) member.country = country;
        if (role) member.role = role;
        if (since) member.since = since;
        if (!organisation && !country) {
          ctx.problems.warn('invalid-member', mat, 'a member needs an organisation or a country; it is ignored');
          return;
        }
        network.members.push(member);
      });
    }
    return network;
  });
}

function readPartialDate(ctx: ReadContext, value: unknown, path: string, key: string): string | undefined {
  const text = readString(ctx, value, path, key);
  if (text === undefined) return undefined;
  // `2018` and `2018-06` are checked as their first day (`2018-01-01`, `2018-06-01`), so month 13 is refused too.
  if (PARTIAL_DATE.test(text) && parseIsoDate(text.padEnd(10, '-01')) !== undefined) {
    readAs(ctx, 'invalid-date', path, key, value, text);
    return text;
  }
  ctx.problems.warn('invalid-date', join(path, key), `${quote(text)} is not a date, year-month or year (2018-06-07, 2018-06, 2018); it is ignored`);
  return undefined;
}

export function readSeries(ctx: ReadContext, value: unknown): Map<string, Series> {
  return readIdMap(ctx, value, 'series', (raw, at, id) => {
    checkFields(ctx, raw, at, SERIES);
    const name = requireName(ctx, raw, at);
    if (!name) return undefined;
    const series: Series = { id, name };
    const nameGender = readGenders(ctx, raw.nameGender, at);
    const shortName = readText(ctx, raw.shortName, at, 'shortName');
    const network = readString(ctx, raw.network, at, 'network');
    if (nameGender) series.nameGender = nameGender;
    if (shortName) series.shortName = shortName;
    if (network) series.network = network;
    return series;
  });
}

/** `nameGender`: `"feminine"` (in the feed's language) or a map of language to `"feminine"` or `"masculine"`. */
function readGenders(ctx: ReadContext, value: unknown, at: string): Series['nameGender'] {
  const texts = readText(ctx, value, at, 'nameGender');
  if (!texts) return undefined;
  const genders: Record<string, GrammaticalGender> = {};
  const path = join(at, 'nameGender');
  for (const [lang, gender] of Object.entries(texts)) {
    if (gender === 'feminine' || gender === 'masculine') genders[lang] = gender;
    // A plain string is reported where it is, not under the language it is read as (a key not in the file).
    else ctx.problems.warn('invalid-gender', typeof value === 'string' ? path : join(path, lang), `${quote(gender)} is not 'feminine' or 'masculine'; it is ignored`);
  }
  return Object.keys(genders).length ? genders : undefined;
}

/** Topic labels: `[{ "id": "p-cve", "name": { "en": "P/CVE" } }]`. */
export function readTags(ctx: ReadContext, value: unknown): Map<string, Tag> {
  return readIdMap(ctx, value, 'tags', (raw, at, id) => {
    checkFields(ctx, raw, at, TAG);
    const name = requireName(ctx, raw, at);
    return name ? { id, name } : undefined;
  });
}

export function readCountries(ctx: ReadContext, value: unknown): Map<string, Country> {
  const map = new Map<string, Country>();
  if (value === undefined || value === null) return map;
  if (!isObject(value)) {
    ctx.problems.error('invalid-type', 'countries', `${quote(value)} is not a map of country code to names ({"XK": {...}}); it is ignored`);
    return map;
  }
  for (const [key, raw] of Object.entries(value)) {
    const at = join('countries', key);
    const code = readCountry(ctx, key, 'countries', key);
    if (!code) continue;
    if (map.has(code)) {
      // "xk" and "XK", or "KS" and "XK": one country written twice.
      ctx.problems.warn('duplicate-id', at, `${quote(key)} is ${quote(code)} again; the first is kept`);
      continue;
    }
    if (!isObject(raw)) {
      ctx.problems.warn('invalid-type', at, `${quote(raw)} is not an object ({"name": ..., "footnote": ...}); it is ignored`);
      continue;
    }
    checkFields(ctx, raw, at, COUNTRY);
    const country: Country = { code };
    const name = readText(ctx, raw.name, at, 'name');
    const footnote = readText(ctx, raw.footnote, at, 'footnote');
    if (name) country.name = name;
    if (footnote) country.footnote = footnote;
    map.set(code, country);
  }
  return map;
}

export function readPeriods(ctx: ReadContext, value: unknown): FeedPeriod[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    ctx.problems.error('invalid-type', 'periods', `${quote(value)} is not a list of periods; it is ignored`);
    return [];
  }
  const out: FeedPeriod[] = [];
  value.forEach((raw: unknown, i) => {
    const at = join('periods', i);
    if (!isObject(raw)) {
      ctx.problems.error('invalid-period', at, `${quote(raw)} is not a period ({"from": ..., "to": ..., "url": ...}); it is ignored`);
      return;
    }
    checkFields(ctx, raw, at, PERIOD);
    const from = typeof raw.from === 'string' ? parseIsoDate(raw.from) : undefined;
    const to = typeof raw.to === 'string' ? parseIsoDate(raw.to) : undefined;
    const url = readPeriodUrl(raw.url);
    if (from === undefined || to === undefined || to < from || !url) {
      ctx.problems.error('invalid-period', at, 'a period needs dates "from" and "to" (from first) and a "url"; it is ignored');
      return;
    }
    out.push({ from, to, url });
  });
  out.sort((a, b) => a.from - b.from);
  // The latest are kept: a calendar opens on today.
  if (out.length > MAX_PERIODS) {
    ctx.problems.error('too-many-periods', 'periods', `${out.length} periods, more than ${MAX_PERIODS}: the ${out.length - MAX_PERIODS} earliest are ignored; split the archive by year`);
  }
  return out.slice(-MAX_PERIODS);
}

/** A period file: a relative path (resolved against the index's URL when fetched) or an http(s) URL. */
function readPeriodUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const text = value.trim();
  // A browser drops tabs and line breaks from a URL: 'da\tta:…' looks relative here and is fetched as data:.
  if (/[\t\n\r]/.test(text)) return undefined;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) || text.startsWith('//');
  if (!hasScheme) return text;
  const url = safeUrl(text);
  return url?.startsWith('http') ? url : undefined;
}
