/** The network map's tables: its members and its event places (the list view; under the map, for screen readers and print). */
import { html, nothing, type TemplateResult } from 'lit';
import type { Network } from '@iisg/feed';
import { datesWithZone, formatEventDates } from '../shared/format-dates.js';
import { colonAfter, fill, plural } from '../locales/messages.js';
import { eventTitle, formatSince, hostOf, memberName, memberRole, memberShortName, networkName, type MapContext } from './map-details.js';
import { statusAfter, struckIfCancelled } from '../shared/event-status.js';
import { cityAndCountry, type EventPlace, type MapMember } from './member-places.js';
import { phraseText, renderPhrase, textIn } from '../shared/phrase.js';

export interface MapTablesOptions {
  /** Whether the members layer is shown (the members table with it). */
  showMembers: boolean;
  /** The year of the events shown, if one. */
  year?: number;
  /** Names are buttons and websites links: the list view (not the copy under the map). */
  interactive: boolean;
  chooseMember: (member: MapMember, anchor: HTMLElement) => void;
}

export function mapTables(ctx: MapContext, network: Network | undefined, members: MapMember[], events: EventPlace[], options: MapTablesOptions): TemplateResult {
  const { lang, messages } = ctx;
  const { interactive } = options;
  const name = networkName(ctx, network, true);
  const rows = [...members].sort((a, b) => (a.countryName ?? '').localeCompare(b.countryName ?? '', lang) || a.name.localeCompare(b.name, lang));
  return html`
    ${options.showMembers
      ? html`<table part="table" class="members" role="table">
          <caption>${messages.members}${phraseText(name) ? html`: ${renderPhrase(name)}` : ''} (${plural(messages.memberCount, members.length, lang)})</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">${messages.members}</th><th scope="col" role="columnheader">${messages.role}</th><th scope="col" role="columnheader">${messages.country}</th><th scope="col" role="columnheader">${messages.website}</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${rows.map(
              (m) => html`<tr data-member=${m.key} role="row">
                <th scope="row" role="rowheader">${memberHeader(m, interactive, options)}</th>
                <td role="cell" data-label=${messages.role}>${renderPhrase(memberRole(m))}${m.since ? html`<br /><span class="muted">${fill(messages.memberSince, { date: formatSince(m.since, ctx.locale) })}</span>` : nothing}</td>
                <td role="cell" data-label=${messages.country}>${renderPhrase(m.kind === 'country' ? textIn(m.countryName ?? '', m.langs.country) : cityAndCountry(m))}${m.point ? '' : html`<span class="muted"> (${messages.elsewhere})</span>`}</td>
                <td role="cell" data-label=${messages.website}>${m.website ? (interactive ? html`<a href=${m.website} rel="noopener noreferrer">${hostOf(m.website)}</a>` : hostOf(m.website)) : ''}</td>
              </tr>`,
            )}
          </tbody>
        </table>`
      : nothing}
    ${events.length
      ? html`<table part="table" class="events" role="table">
          <caption>${messages.events}${options.year ? ` (${formatSince(String(options.year), ctx.locale)})` : ''}</caption>
          <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">${messages.place}</th><th scope="col" role="columnheader">${messages.events}</th></tr></thead>
          <tbody role="rowgroup">
            ${events.map(
              (place) => html`<tr role="row">
                <th scope="row" role="rowheader">${renderPhrase(place.place)}</th>
                <td role="cell"><ul>${place.events.map((e) => {
                  const date = datesWithZone(formatEventDates(e, ctx.locale));
                  return html`<li>${`${date}${colonAfter(date)} `}${struckIfCancelled(e, renderPhrase(eventTitle(ctx, e)))}${statusAfter(e, ctx.locale.messages)}</li>`;
                })}</ul></td>
              </tr>`,
            )}
          </tbody>
        </table>`
      : nothing}
  `;
}

/**
 * A member's row header: its name and short name, both in its button (the list view) when there is one.
 * The short name beside a button of its own (a block) was heard run into the name ("IISG Support Group(IISG SG)").
 */
function memberHeader(m: MapMember, interactive: boolean, options: MapTablesOptions) {
  const name = html`${renderPhrase(memberName(m))}${m.shortName && m.shortName !== m.name ? html`<span class="muted"> (${renderPhrase(memberShortName(m))})</span>` : nothing}`;
  return interactive ? html`<button type="button" class="link-button" aria-haspopup="dialog" @click=${(e: Event) => options.chooseMember(m, e.currentTarget as HTMLElement)}>${name}</button>` : name;
}
