/** What the network map says about its members and event places: markers' names, the tooltip, the popover's details. */
import { html, nothing, type TemplateResult } from 'lit';
import { dayKey, otherLanguage, pickText, type Feed, type FeedEvent, type Network } from '@iisg/feed';
import { title, titleLang } from '../shared/event-view.js';
import { statusAfter, struckIfCancelled } from '../shared/event-status.js';
import { datesWithZone, formatDayKey, formatEventDates } from '../shared/format-dates.js';
import { colonAfter, fill, plural, type MapMessages } from '../locales/messages.js';
import type { LoadedLocale } from '../locales/load-locale.js';
import { cityAndCountry, type MapMember } from './member-places.js';
import type { Marker } from './map-markers.js';
import { fillPhrase, joinPhrases, renderPhrase, textIn, type Phrase } from '../shared/phrase.js';
import { networkLabel } from '../shared/network-label.js';

/** What the map's text is rendered from: the feed and the language shown. */
export interface MapContext {
  feed: Feed;
  lang: string;
  locale: LoadedLocale;
  /** The map's strings in the language shown. */
  messages: MapMessages;
}

/** The section of a member marker's popover for the ring drawn round it: `events` are those not listed above it, `above` how many are. */
export interface RingDetails {
  title: Phrase;
  events: FeedEvent[];
  above: number;
}

export type PopoverContent =
  | { kind: 'members'; title: Phrase; members: MapMember[]; ring?: RingDetails }
  | { kind: 'events'; title: Phrase; events: FeedEvent[] };

/** A network's name; `short`: its acronym, else its short name, else its name. */
export function networkName(ctx: MapContext, network: Network | undefined, short = false): Phrase {
  if (!network) return [];
  if (short) {
    const { label, lang } = networkLabel(network, ctx.lang, ctx.feed.language);
    return textIn(label, lang);
  }
  return textIn(pickText(network.name, ctx.lang, ctx.feed.language), otherLanguage(network.name, ctx.lang, ctx.feed.language));
}

/** "7 members in Sarajevo, Bosnia and Herzegovina" */
export function membersAt(ctx: MapContext, count: number, place: Phrase): Phrase {
  return fillPhrase((slot) => plural(ctx.messages.membersAt, count, ctx.lang, { place: slot }), place);
}

/** "3 events in Tirana, Albania" */
export function eventsAt(ctx: MapContext, count: number, place: Phrase): Phrase {
  return fillPhrase((slot) => plural(ctx.messages.eventsAt, count, ctx.lang, { place: slot }), place);
}

/**
 * A place's events, counted with those that are not scheduled named by status, so that a ring does not
 * pass a cancelled meeting off as held: "5 events in Tirana, Albania (Cancelled: 1, Postponed: 1)".
 */
export function eventsAtWithStatus(ctx: MapContext, events: FeedEvent[], place: Phrase): Phrase {
  return [...eventsAt(ctx, events.length, place), ...statusCounts(ctx, events)];
}

/** " (Cancelled: 1, Postponed: 1)", in the order the statuses are listed; nothing when every event is scheduled. */
function statusCounts(ctx: MapContext, events: FeedEvent[]): Phrase {
  const words = ctx.locale.messages.status;
  const counts = (Object.keys(words) as FeedEvent['status'][])
    .filter((status) => status !== 'scheduled')
    .map((status) => [words[status], events.filter((e) => e.status === status).length] as const)
    .filter(([, count]) => count)
    .map(([word, count]) => `${word}${colonAfter(word)} ${count}`);
  return counts.length ? [` (${counts.join(', ')})`] : [];
}

export const memberName = (m: MapMember): Phrase => textIn(m.name, m.langs.name);
/** The short name where the member has one, else its name. */
export const memberShortName = (m: MapMember): Phrase => (m.shortName ? textIn(m.shortName, m.langs.shortName) : memberName(m));
export const memberRole = (m: MapMember): Phrase => (m.role ? textIn(m.role, m.langs.role) : []);

/** What a marker is called: its text for screen readers, inside it. */
export function markerLabel(ctx: MapContext, marker: Marker): Phrase {
  if (marker.kind === 'events') return eventsAtWithStatus(ctx, marker.events, marker.place);
  if (marker.members.length === 1) return memberLabel(marker.members[0]);
  return [...membersAt(ctx, marker.members.length, marker.place), ': ', ...joinPhrases(marker.members.map(memberShortName), ', ')];
}

/** "DCAF Ljubljana, Host of the IISG Support Group, Ljubljana, Slovenia" */
function memberLabel(m: MapMember): Phrase {
  return joinPhrases([memberName(m), memberRole(m), m.kind === 'country' ? [] : cityAndCountry(m)], ', ');
}

/** What the "elsewhere" strip shows of a marker: "USAID · Washington, D.C.", "2 events in London, United Kingdom". */
export function elsewhereText(ctx: MapContext, marker: Marker): Phrase {
  if (marker.kind === 'events') return eventsAtWithStatus(ctx, marker.events, marker.place);
  const m = marker.members[0];
  return joinPhrases([memberShortName(m), m.city ? textIn(m.city, m.langs.city) : textIn(m.countryName ?? '', m.langs.country)], ' · ');
}

/** What the tooltip of a marker shows. */
export function tooltipBody(ctx: MapContext, marker: Marker): TemplateResult {
  if (marker.kind === 'events') {
    return html`<strong>${renderPhrase(eventsAtWithStatus(ctx, marker.events, marker.place))}</strong>`;
  } else if (marker.members.length === 1) {
    const m = marker.members[0];
    return html`<strong>${renderPhrase(memberName(m))}</strong>
      ${m.role ? html`<span>${renderPhrase(memberRole(m))}</span>` : nothing}
      <span>${m.kind === 'country' ? '' : renderPhrase(cityAndCountry(m))}</span>
      ${m.since ? html`<span>${fill(ctx.messages.memberSince, { date: formatSince(m.since, ctx.locale) })}</span>` : nothing}
      ${m.website ? html`<span class="muted">${hostOf(m.website)}</span>` : nothing}`;
  } else {
    const shown = marker.members.slice(0, 8);
    return html`<strong>${renderPhrase(membersAt(ctx, marker.members.length, marker.place))}</strong>
      <ul>${shown.map((m) => html`<li>${renderPhrase(memberShortName(m))}</li>`)}${marker.members.length > shown.length ? html`<li>…</li>` : nothing}</ul>`;
  }
}

/** What the popover shows under its title. */
export function popoverDetails(ctx: MapContext, content: PopoverContent): TemplateResult {
  return html`${content.kind === 'events'
      ? eventList(ctx, content.events)
      : content.members.length === 1
        ? memberDetails(ctx, content.members[0], false)
        : content.members.map((m) => memberDetails(ctx, m, true))}
    ${content.kind === 'members' && content.ring
      ? html`<section class="details ring"><h3 class="member-name">${renderPhrase(content.ring.title)}</h3>${content.ring.above
            ? html`<p class="muted">${plural(ctx.messages.listedAbove, content.ring.above, ctx.lang)}</p>`
            : nothing}${eventList(ctx, content.ring.events)}</section>`
      : nothing}`;
}

function memberDetails(ctx: MapContext, member: MapMember, withName: boolean) {
  const organised = memberEvents(ctx.feed, member);
  const shortName = member.shortName && member.shortName !== member.name ? memberShortName(member) : undefined;
  return html`<section class="details member">
    ${withName ? html`<h3 class="member-name">${renderPhrase(memberName(member))}${shortName ? html` (${renderPhrase(shortName)})` : ''}</h3>` : nothing}
    ${!withName && shortName ? html`<p class="muted">${renderPhrase(shortName)}</p>` : nothing}
    <dl>
      ${member.role ? html`<dt>${ctx.messages.role}</dt><dd>${renderPhrase(memberRole(member))}</dd>` : nothing}
      ${member.kind !== 'country' && (member.city || member.countryName) ? html`<dt>${ctx.messages.place}</dt><dd>${renderPhrase(cityAndCountry(member))}</dd>` : nothing}
      ${member.kind === 'country' ? html`<dt>${ctx.messages.country}</dt><dd>${renderPhrase(textIn(member.countryName ?? '', member.langs.country))}</dd>` : nothing}
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
      const text = struckIfCancelled(e, renderPhrase(eventTitle(ctx, e)));
      const dates = formatEventDates(e, ctx.locale);
      const when = datesWithZone(dates);
      return html`<li><time datetime=${dates.datetime}>${`${when}${colonAfter(when)} `}</time>${e.url ? html`<a href=${e.url} rel="noopener noreferrer">${text}</a>` : text}${statusAfter(e, ctx.locale.messages)}</li>`;
    })}
  </ul>`;
}

/** An event's title, in its language. */
export function eventTitle(ctx: MapContext, event: FeedEvent): Phrase {
  return textIn(title(ctx.feed, event, ctx.lang), titleLang(ctx.feed, event, ctx.lang));
}

/** The events a member's popover lists: those an organisation organised, or those held in a member country. */
export function memberEvents(feed: Feed, member: MapMember): FeedEvent[] {
  return member.kind === 'organisation' ? feed.events.filter((e) => e.organisers.includes(member.id)) : feed.events.filter((e) => e.location?.country === member.id);
}

/** "2018-06" as "June 2018", "2017" as "2017" (Croatian "2017."), a full date as the language writes it. */
export function formatSince(since: string, locale: LoadedLocale): string {
  const [y, m, d] = since.split('-').map(Number);
  if (!y) return since;
  const { dates } = locale.messages;
  return formatDayKey(dayKey(y, m || 1, d || 1), d ? dates.dayMonthYear : m ? dates.monthYear : dates.year, locale);
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}
