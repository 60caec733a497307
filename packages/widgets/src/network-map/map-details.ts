/** What the network map says about its members and event places: markers' names, the tooltip, the popover's details. */
import { html, nothing } from 'lit';
import { dayKey, type Feed, type FeedEvent } from '@iisg/feed';
import { title } from '../shared/event-view.js';
import { formatDayKey, formatEventDates } from '../shared/format-dates.js';
import { colonAfter, fill, plural, type MapMessages } from '../locales/messages.js';
import type { LoadedLocale } from '../locales/load-locale.js';
import type { MapMember } from './member-places.js';
import type { Marker } from './map-markers.js';

/** What the map's text is rendered from: the feed and the language shown. */
export interface MapContext {
  feed: Feed;
  lang: string;
  locale: LoadedLocale;
  /** The map's strings in the language shown. */
  messages: MapMessages;
}

export type PopoverContent =
  | { kind: 'members'; title: string; members: MapMember[]; ring?: { title: string; events: FeedEvent[] } }
  | { kind: 'events'; title: string; events: FeedEvent[] };

export function markerLabel(ctx: MapContext, marker: Marker): string {
  if (marker.kind === 'events') return plural(ctx.messages.eventsAt, marker.events.length, ctx.lang, { place: marker.name });
  if (marker.members.length === 1) return memberLabel(marker.members[0]);
  return `${plural(ctx.messages.membersAt, marker.members.length, ctx.lang, { place: marker.name })}: ${marker.members.map((m) => m.shortName ?? m.name).join(', ')}`;
}

/** "DCAF Ljubljana, Host of the IISG Support Group, Ljubljana, Slovenia" */
function memberLabel(m: MapMember): string {
  const place = m.kind === 'country' ? undefined : [m.city, m.countryName].filter(Boolean).join(', ');
  return [m.name, m.role, place].filter(Boolean).join(', ');
}

/** What the tooltip of a marker shows. */
export function tooltipBody(ctx: MapContext, marker: Marker) {
  if (marker.kind === 'events') {
    return html`<strong>${plural(ctx.messages.eventsAt, marker.events.length, ctx.lang, { place: marker.name })}</strong>`;
  } else if (marker.members.length === 1) {
    const m = marker.members[0];
    return html`<strong>${m.name}</strong>
      ${m.role ? html`<span>${m.role}</span>` : nothing}
      <span>${m.kind === 'country' ? '' : [m.city, m.countryName].filter(Boolean).join(', ')}</span>
      ${m.since ? html`<span>${fill(ctx.messages.memberSince, { date: formatSince(m.since, ctx.locale) })}</span>` : nothing}
      ${m.website ? html`<span class="muted">${hostOf(m.website)}</span>` : nothing}`;
  } else {
    const shown = marker.members.slice(0, 8);
    return html`<strong>${plural(ctx.messages.membersAt, marker.members.length, ctx.lang, { place: marker.name })}</strong>
      <ul>${shown.map((m) => html`<li>${m.shortName ?? m.name}</li>`)}${marker.members.length > shown.length ? html`<li>…</li>` : nothing}</ul>`;
  }
}

/** What the popover shows under its title. */
export function popoverDetails(ctx: MapContext, content: PopoverContent) {
  return html`${content.kind === 'events'
      ? eventList(ctx, content.events)
      : content.members.length === 1
        ? memberDetails(ctx, content.members[0], false)
        : content.members.map((m) => memberDetails(ctx, m, true))}
    ${content.kind === 'members' && content.ring
      ? html`<section class="details ring"><h3 class="member-name">${content.ring.title}</h3>${eventList(ctx, content.ring.events)}</section>`
      : nothing}`;
}

function memberDetails(ctx: MapContext, member: MapMember, withName: boolean) {
  const organised = memberEvents(ctx.feed, member);
  const place = member.kind === 'country' ? undefined : [member.city, member.countryName].filter(Boolean).join(', ');
  return html`<section class="details member">
    ${withName ? html`<h3 class="member-name">${member.name}${member.shortName && member.shortName !== member.name ? ` (${member.shortName})` : ''}</h3>` : nothing}
    ${!withName && member.shortName && member.shortName !== member.name ? html`<p class="muted">${member.shortName}</p>` : nothing}
    <dl>
      ${member.role ? html`<dt>${ctx.messages.role}</dt><dd>${member.role}</dd>` : nothing}
      ${place ? html`<dt>${ctx.messages.place}</dt><dd>${place}</dd>` : nothing}
      ${member.kind === 'country' ? html`<dt>${ctx.messages.country}</dt><dd>${member.countryName}</dd>` : nothing}
    </dl>
    ${member.since ? html`<p>${fill(ctx.messages.memberSince, { date: formatSince(member.since, ctx.locale) })}</p>` : nothing}
    ${member.website ? html`<p><a href=${member.website} rel="noopener noreferrer">${ctx.messages.website}: ${hostOf(member.website)}</a></p>` : nothing}
    ${organised.length
      ? html`<p class="muted">${member.kind === 'organisation' ? ctx.messages.organisedEvents : ctx.messages.events}</p>
          ${eventList(ctx, organised)}`
      : nothing}
  </section>`;
}

function eventList(ctx: MapContext, events: FeedEvent[]) {
  const sorted = [...events].sort((a, b) => b.start - a.start);
  return html`<ul class="event-list">
    ${sorted.map((e) => {
      const text = title(ctx.feed, e, ctx.lang);
      const dates = formatEventDates(e, ctx.locale);
      return html`<li><time datetime=${dates.datetime}>${dates.text}</time>${colonAfter(dates.text)} ${e.url ? html`<a href=${e.url} rel="noopener noreferrer">${text}</a>` : text}</li>`;
    })}
  </ul>`;
}

/** The events a member's popover lists: those an organisation organised, or those held in a member country. */
export function memberEvents(feed: Feed, member: MapMember): FeedEvent[] {
  return member.kind === 'organisation' ? feed.events.filter((e) => e.organisers.includes(member.id)) : feed.events.filter((e) => e.location?.country === member.id);
}

/** "2018-06" as "June 2018", "2017" as "2017", a full date as the language writes it. */
export function formatSince(since: string, locale: LoadedLocale): string {
  const [y, m, d] = since.split('-').map(Number);
  if (!y) return since;
  if (!m) return String(y);
  return formatDayKey(dayKey(y, m, d || 1), d ? locale.messages.dates.dayMonthYear : 'LLLL yyyy', locale);
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}
