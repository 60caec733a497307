/** What the network map shows, resolved against the feed: members, where they are, and in what order. */
import { otherLanguage, pickText, plainDate, type Feed, type FeedEvent, type LocalText, type Network } from '@iisg/feed';
import { COUNTRIES } from './geometry.generated.js';
import { drawn, project } from './projection.js';
import { countryPhrase } from '../shared/country-phrase.js';
import { joinPhrases, phraseText, textIn, type Phrase } from '../shared/phrase.js';

export type Point = [number, number];

/** One member of a network as the map shows it. */
export interface MapMember {
  /** `organisation:rcc` or `country:AL`. */
  key: string;
  kind: 'organisation' | 'country';
  /** The organisation's id or the country's ISO code. */
  id: string;
  name: string;
  shortName?: string;
  role?: string;
  /** ISO date, year-month or year. */
  since?: string;
  /** ISO code of the member's country (an organisation's seat). */
  country?: string;
  /** The country's display name, with its asterisk when the feed gives a footnote. */
  countryName?: string;
  city?: string;
  website?: string;
  lon?: number;
  lat?: number;
  /** Where the marker goes, in map units, when the member is inside the drawn area. */
  point?: Point;
  /**
   * The language of each of these texts that is not the page's: the feed has it only in another language
   * (`{ name: 'en' }` on a Slovenian page), or the country's name is the browser's English one.
   */
  langs: Partial<Record<'name' | 'shortName' | 'role' | 'city' | 'country', string>>;
}

/** Something with a place: a member, a group of them, or the events held somewhere. */
export interface Located {
  point?: Point;
  lon?: number;
  lat?: number;
}

/** Several members at one place (a city, or a country's marker). */
export interface MemberPlace extends Located {
  key: string;
  point: Point;
  lon: number;
  lat: number;
  /** "Sarajevo, Bosnia and Herzegovina", or a country's name. */
  name: string;
  /** The name in parts, each in its language. */
  place: Phrase;
  members: MapMember[];
}

/** The events held at one place. */
export interface EventPlace extends Located {
  key: string;
  name: string;
  /** The name in parts, each in its language. */
  place: Phrase;
  events: FeedEvent[];
}

/** Where a country's marker goes: the point of its largest drawn part farthest from its borders. */
export function countryAnchor(code: string | undefined): { lon: number; lat: number } | undefined {
  const shape = code ? COUNTRIES[code] : undefined;
  return shape ? { lon: shape[1], lat: shape[2] } : undefined;
}

function locate(lon: number | undefined, lat: number | undefined): Pick<MapMember, 'lon' | 'lat' | 'point'> {
  if (lon === undefined || lat === undefined) return {};
  const point = project(lon, lat);
  return { lon, lat, point: drawn(point) ? point : undefined };
}

/** The members of a network, each resolved: names in `lang`, places from the feed or the country's marker. */
export function networkMembers(feed: Feed, network: Network, lang: string): MapMember[] {
  const seen = new Set<string>();
  return network.members.map((member, i) => {
    const text = (value: Parameters<typeof pickText>[0]) => pickText(value, lang, feed.language) || undefined;
    const base = { role: text(member.role), since: member.since };
    // The language of each text that is not the one shown: the feed has none in it.
    const langsOf = (texts: Partial<Record<keyof MapMember['langs'], LocalText>>) => {
      const langs: MapMember['langs'] = {};
      for (const [key, text] of Object.entries(texts) as [keyof MapMember['langs'], LocalText | undefined][]) {
        const tag = otherLanguage(text, lang, feed.language);
        if (tag) langs[key] = tag;
      }
      return langs;
    };
    let result: MapMember;
    if (member.organisation) {
      const o = feed.organisations.get(member.organisation);
      const country = o?.country;
      const where = o?.lat !== undefined && o.lon !== undefined ? { lon: o.lon, lat: o.lat } : countryAnchor(country);
      const named = country ? countryPhrase(feed, country, lang) : undefined;
      result = {
        key: `organisation:${member.organisation}`,
        kind: 'organisation',
        id: member.organisation,
        name: text(o?.name) ?? member.organisation,
        shortName: text(o?.shortName),
        country,
        countryName: named?.name,
        city: text(o?.city),
        website: o?.website,
        ...locate(where?.lon, where?.lat),
        ...base,
        langs: { ...langsOf({ name: o?.name, shortName: o?.shortName, role: member.role, city: o?.city }), ...(named?.lang && { country: named.lang }) },
      };
    } else {
      const code = member.country ?? '';
      const where = countryAnchor(code);
      const { name, lang: nameLang } = countryPhrase(feed, code, lang);
      const langs = { ...langsOf({ role: member.role }), ...(nameLang && { name: nameLang, country: nameLang }) };
      result = { key: `country:${code}`, kind: 'country', id: code, name, country: code, countryName: name, ...locate(where?.lon, where?.lat), ...base, langs };
    }
    // A member listed twice keeps a key of its own.
    if (seen.has(result.key)) result.key += `#${i}`;
    seen.add(result.key);
    return result;
  });
}

/** Members at the same point share one marker. */
export function memberPlaces(members: MapMember[]): MemberPlace[] {
  const places = new Map<string, MemberPlace>();
  for (const member of members) {
    if (!member.point) continue;
    const key = `${Math.round(member.point[0])},${Math.round(member.point[1])}`;
    let place = places.get(key);
    if (!place) {
      const where = placeName(member);
      place = { key: `at:${key}`, point: member.point, lon: member.lon!, lat: member.lat!, name: phraseText(where), place: where, members: [] };
      places.set(key, place);
    }
    place.members.push(member);
  }
  return [...places.values()];
}

/** The name of a member's place: "Sarajevo, Bosnia and Herzegovina", or its country's. */
function placeName(member: MapMember): Phrase {
  if (member.kind === 'country' || !member.city) return member.countryName ? textIn(member.countryName, member.langs.country) : textIn(member.name, member.langs.name);
  return cityAndCountry(member);
}

/** An organisation's city and country, as far as the feed gives them: "Sarajevo, Bosnia and Herzegovina". */
export function cityAndCountry(member: MapMember): Phrase {
  return joinPhrases([member.city ? textIn(member.city, member.langs.city) : [], textIn(member.countryName ?? '', member.langs.country)], ', ');
}

/** Members with no point on the map: outside the drawn area (Washington, London) or with no place at all. */
export function membersElsewhere(members: MapMember[]): MapMember[] {
  return members.filter((m) => !m.point);
}

/** The years the feed's events (those with a place) fall in, newest first. */
export function eventYears(feed: Feed): number[] {
  const years = new Set(feed.events.filter((e) => e.location).map((e) => plainDate(e.startDay).year));
  return [...years].sort((a, b) => b - a);
}

/** The feed's events grouped by place (their coordinates, else their country's marker); `year` filters. */
export function eventPlaces(feed: Feed, lang: string, year?: number): EventPlace[] {
  const places = new Map<string, EventPlace>();
  for (const event of feed.events) {
    const loc = event.location;
    if (!loc || (year !== undefined && plainDate(event.startDay).year !== year)) continue;
    const where = loc.lat !== undefined && loc.lon !== undefined ? { lon: loc.lon, lat: loc.lat } : countryAnchor(loc.country);
    const city = pickText(loc.city, lang, feed.language);
    const country = loc.country ? countryPhrase(feed, loc.country, lang) : undefined;
    const phrase = joinPhrases([textIn(city, otherLanguage(loc.city, lang, feed.language)), country ? textIn(country.name, country.lang) : []], ', ');
    const name = phraseText(phrase);
    if (!where && !name) continue;
    const located = locate(where?.lon, where?.lat);
    const key = located.point ? `events:${Math.round(located.point[0])},${Math.round(located.point[1])}` : `events:${name}`;
    let place = places.get(key);
    if (!place) places.set(key, (place = { key, name, place: phrase, events: [], ...located }));
    place.events.push(event);
  }
  return [...places.values()].map((p) => ({ ...p, events: p.events.sort((a, b) => a.start - b.start) }));
}

/**
 * Markers closer than `distance` on screen are drawn as one. `scale` is screen pixels per map unit;
 * the heaviest item of a group gives the group its point.
 */
export function gather<T extends Located & { point: Point }>(items: T[], weight: (item: T) => number, scale: number, distance: number): T[][] {
  const groups: { point: Point; items: T[] }[] = [];
  for (const item of [...items].sort((a, b) => weight(b) - weight(a))) {
    const near = groups.find((g) => Math.hypot(g.point[0] - item.point[0], g.point[1] - item.point[1]) * scale < distance);
    if (near) near.items.push(item);
    else groups.push({ point: item.point, items: [item] });
  }
  return groups.map((g) => g.items);
}

/**
 * The order arrow keys follow: west to east (ArrowLeft/Right) or north to south (ArrowUp/Down), by longitude
 * and latitude so that members outside the drawn area fall into place too. Items without a place come last.
 */
export function geographicOrder<T extends Located>(items: T[], axis: 'west-east' | 'north-south'): T[] {
  const placed = items.filter((i) => i.lon !== undefined && i.lat !== undefined);
  const unplaced = items.filter((i) => i.lon === undefined || i.lat === undefined);
  const byLon = (a: T, b: T) => a.lon! - b.lon!;
  const byLat = (a: T, b: T) => b.lat! - a.lat!;
  placed.sort(axis === 'west-east' ? (a, b) => byLon(a, b) || byLat(a, b) : (a, b) => byLat(a, b) || byLon(a, b));
  return [...placed, ...unplaced];
}

/** The box of map units a set of points and countries take up, or undefined for none. */
export function boundsOf(points: Point[], countries: string[]): [number, number, number, number] | undefined {
  const boxes: number[][] = points.map(([x, y]) => [x, y, x, y]);
  for (const code of countries) {
    const shape = COUNTRIES[code];
    if (shape) boxes.push(shape.slice(3) as number[]);
  }
  if (!boxes.length) return undefined;
  return [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
}
