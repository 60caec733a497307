/** The network map's markers at one zoom: members gathered into clusters, event places into rings. */
import type { FeedEvent } from '@iisg/feed';
import { gather, type EventPlace, type MapMember, type MemberPlace, type Point } from './member-places.js';
import { joinPhrases, type Phrase } from '../shared/phrase.js';

/** A marker on the map or in the "elsewhere" strip. `ids` are the members' keys or the event places' keys. */
interface MarkerBase {
  key: string;
  ids: string[];
  point?: Point;
  lon?: number;
  lat?: number;
  name: string;
  /** The name in parts, each in its language. */
  place: Phrase;
}
/** Members at a place; `ring`: the event place drawn round this marker, whose events its popover lists too. */
export type MembersMarker = MarkerBase & { kind: 'members'; members: MapMember[]; ring?: EventsMarker };
/**
 * Events at a place; `around`: drawn round a member's marker or a cluster's, and `room`: no wider than this, in
 * em, so that it stops short of the other member markers' targets (drawn above it, they hid part of its band).
 */
export type EventsMarker = MarkerBase & { kind: 'events'; events: FeedEvent[]; around?: 'member' | 'cluster'; room?: number };
export type Marker = MembersMarker | EventsMarker;

/** What a marker is drawn as: `events`, `cluster` (several members) or its one member's kind. */
export const markerKind = (marker: Marker): 'events' | 'cluster' | MapMember['kind'] =>
  marker.kind === 'events' ? 'events' : marker.members.length > 1 ? 'cluster' : marker.members[0].kind;

/**
 * Member markers closer than this many em (the markers' size, which follows the text) are drawn as one:
 * the widest of them (a cluster) is 1.75em, so no member marker covers part of another's pointer target
 * (WCAG 2.5.8). Event places' rings, drawn under the members, gather closer.
 */
const GATHER_EM = 1.75;
const GATHER_EVENTS_EM = 1.125;

/**
 * The markers drawn at `scale` (screen pixels per map unit) with markers `em` pixels to the em, and the
 * largest ring's number of events, which every ring's size is relative to.
 */
export function layoutMarkers(places: MemberPlace[], events: EventPlace[], scale: number, em = 16): { memberMarkers: MembersMarker[]; eventMarkers: EventsMarker[]; maxEvents: number } {
  // Members at nearby places share a marker at this zoom; so do nearby event places.
  let memberMarkers: MembersMarker[] = gather(places, (p) => p.members.length, scale, GATHER_EM * em).map((group) => membersMarker(group));
  const groups = gather(
    events.filter((e): e is EventPlace & { point: Point } => !!e.point),
    (e) => e.events.length,
    scale,
    GATHER_EVENTS_EM * em,
  );
  const gathered = groups.map((group) => eventsMarker(group));
  const maxGathered = Math.max(1, ...gathered.map((m) => m.events.length));
  // A ring with one of a member marker's members inside it is drawn round that marker, not half under it: at
  // this zoom they are one place (Brussels, the RCC in Sarajevo). A cluster is drawn at one of its members'
  // places, so each member counts, not only the one it is drawn at. Each ring goes to its nearest marker; a
  // marker with several (a cluster of two countries, in a narrow map) gets one ring with all their events.
  // So does a ring whose target the marker, drawn above it, would cover in part (Budva's ring beside
  // Montenegro's marker; WCAG 2.5.8). The marker covers most of the ring's target, so its popover lists the
  // ring's events too.
  const apart = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]) * scale;
  const pairs = gathered.flatMap((ring, r) => {
    const size = ringSize(ring.events.length, maxGathered);
    return memberMarkers.flatMap((member) => {
      const drawnAt = apart(member.point!, ring.point!);
      const d = Math.min(drawnAt, ...member.members.map((m) => apart(m.point!, ring.point!)));
      return d < (size * em) / 2 || drawnAt < ((Math.max(RING_TARGET_EM, size) + markerSize(member)) / 2) * em ? [{ r, member, d }] : [];
    });
  });
  const owner = new Map<number, MembersMarker>();
  for (const { r, member } of pairs.sort((a, b) => a.d - b.d)) if (!owner.has(r)) owner.set(r, member);
  const rings = new Map<MembersMarker, EventsMarker>();
  const eventMarkers: EventsMarker[] = [];
  gathered.forEach((ring, r) => {
    const member = owner.get(r);
    if (!member) eventMarkers.push(ring);
    else if (!rings.has(member)) {
      const around = groups.filter((_, i) => owner.get(i) === member).flat();
      const room = Math.min(...memberMarkers.filter((m) => m !== member).map((m) => (2 * apart(m.point!, member.point!)) / em - markerSize(m)));
      rings.set(member, { ...eventsMarker(around), point: member.point, around: member.members.length > 1 ? 'cluster' : 'member', ...(room < Infinity && { room }) });
      eventMarkers.push(rings.get(member)!);
    }
  });
  const maxEvents = Math.max(1, ...eventMarkers.map((m) => m.events.length));
  memberMarkers = memberMarkers.map((m) => (rings.has(m) ? { ...m, ring: rings.get(m) } : m));
  return { memberMarkers, eventMarkers, maxEvents };
}

/** A member marker's target, in em (network-map.styles.ts). */
const markerSize = (marker: MembersMarker) => (marker.members.length > 1 ? 1.75 : 1.5);
/** A ring's target is never smaller than this, in em (network-map.styles.ts). */
const RING_TARGET_EM = 1.5;

/** An event place's ring, in em (it grows with the text, as the markers do): its area grows with its number of events. */
export function ringSize(count: number, maxEvents: number): number {
  return 1 + 1.875 * Math.sqrt(count / maxEvents);
}

function membersMarker(group: MemberPlace[]): MembersMarker {
  const members = group.flatMap((p) => p.members);
  const lon = group.reduce((s, p) => s + p.lon, 0) / group.length;
  const lat = group.reduce((s, p) => s + p.lat, 0) / group.length;
  const ids = members.map((m) => m.key);
  return { kind: 'members', key: ids.join(' '), ids, point: group[0].point, lon, lat, ...placeNames(group), members };
}

export function eventsMarker(group: EventPlace[]): EventsMarker {
  const events = group.flatMap((p) => p.events);
  const ids = group.map((p) => p.key);
  const lon = avg(group.map((p) => p.lon));
  const lat = avg(group.map((p) => p.lat));
  return { kind: 'events', key: ids.join(' '), ids, point: group[0].point, lon, lat, ...placeNames(group), events };
}

/** "Sarajevo, Bosnia and Herzegovina" for a city and its country's marker drawn as one; "Budva, Montenegro; Podgorica, Montenegro". */
function placeNames(group: { name: string; place: Phrase }[]): { name: string; place: Phrase } {
  const names = [...new Set(group.map((p) => p.name))].filter((n, _, names) => !names.some((other) => other !== n && other.endsWith(`, ${n}`)));
  return { name: names.join('; '), place: joinPhrases(names.map((n) => group.find((p) => p.name === n)!.place), '; ') };
}

function avg(values: (number | undefined)[]): number | undefined {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : undefined;
}
