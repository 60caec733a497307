import { html, nothing, type TemplateResult } from 'lit';
import { otherLanguage, pickText, type Feed, type FeedEvent } from '@iisg/feed';
import type { LoadedLocale } from '../locales/load-locale.js';
import { fill, type Messages } from '../locales/messages.js';
import { relatedEvents, title, titleLang } from './event-view.js';
import { seriesPhrases } from './series-phrase.js';
import { placePhrase } from './place-phrase.js';
import { joinPhrases, renderPhrase, textIn } from './phrase.js';
import { keepSlashWords } from './slash-words.js';
import { networkLabel } from './network-label.js';
import { organisationRoles } from './organisation-roles.js';
import { formatEventDates, type TimeZoneMode } from './format-dates.js';
import { formatOriginalDate } from './original-date.js';
import { statusAfter, struckIfCancelled } from './event-status.js';

export interface DetailsOptions {
  feed: Feed;
  event: FeedEvent;
  locale: LoadedLocale;
  /** Language feed texts are picked for. */
  lang: string;
  timeZone?: TimeZoneMode;
  headingId: string;
  /** Called when a back-to-back neighbour is chosen. */
  onSelect?: (event: FeedEvent) => void;
  /** Shown at the end: the host's add-to-calendar menu. */
  actions?: unknown;
}

/**
 * A back-to-back neighbour's title with its status, so that a cancelled meeting is not offered as held:
 * struck through as the calendar draws it, and said in words ("... (Cancelled)").
 */
export function neighbourTitle(feed: Feed, other: FeedEvent, lang: string, messages: Messages): TemplateResult {
  const text = title(feed, other, lang);
  return html`<span lang=${titleLang(feed, other, lang) ?? nothing}>${struckIfCancelled(other, keepSlashWords(text))}</span>${statusAfter(other, messages)}`;
}

/**
 * The body of the event popover shared by the calendar and the timeline: status, title, dates, place,
 * organisers, hosts, funders, supporters, chair and networks, series, back-to-back neighbours, summary and the "more information" link.
 */
export function eventDetails({ feed, event, locale, lang, timeZone, headingId, onSelect, actions }: DetailsOptions): TemplateResult {
  const { messages } = locale;
  const dates = formatEventDates(event, locale, timeZone);
  const original = formatOriginalDate(event, locale, timeZone);
  // Each part of the place in its language (WCAG 3.1.2).
  const place = placePhrase(feed, event, lang);
  // The short badge ("3rd · RNNC"): the title usually says the long form already.
  const series = seriesPhrases(feed, event, lang, messages);
  // Every role the feed names: the organiser menu also offers hosts, and a search matches every role,
  // so the popover of an event found by one must say it.
  // Each name in its own language where that is not the page's (an English name on an Albanian page).
  const people: [string, string | TemplateResult, string?][] = [
    ...organisationRoles(feed, event, messages, lang).map(([label, list]): [string, string | TemplateResult] => [
      label,
      list.length ? html`${list.map((o, i) => html`${i ? ', ' : ''}<span lang=${o.lang ?? nothing}>${o.name}</span>`)}` : '',
    ]),
    [messages.chair, pickText(event.chair, lang, feed.language), otherLanguage(event.chair, lang, feed.language)],
  ];
  const networks = event.networks.map((id) => feed.networks.get(id)).filter((n) => !!n);
  const neighbours = relatedEvents(feed, event, 'back-to-back');
  const summary = pickText(event.summary, lang, feed.language);
  const eventTitle = title(feed, event, lang);
  return html`
    <div class="details ${event.status}">
      ${event.status !== 'scheduled' ? html`<p class="status" part="popover-status" id=${`${headingId}-status`}>${messages.status[event.status]}</p>` : nothing}
      <h2 id=${headingId} class="details-title" tabindex="-1" lang=${titleLang(feed, event, lang) ?? nothing}>${keepSlashWords(eventTitle)}</h2>
      <p class="details-when"><time datetime=${dates.datetime}>${dates.text}</time>${dates.zoneNote ? html`<span class="muted"> (${dates.zoneNote})</span>` : nothing}</p>
      ${original ? html`<p class="muted">${original}</p>` : nothing}
      ${place ? html`<p class="details-where">${renderPhrase(place.parts)}</p>` : nothing}
      ${event.online ? html`<p><a href=${event.online} rel="noopener noreferrer">${messages.online}</a></p>` : nothing}
      ${series ? html`<p class="muted"><span aria-hidden="true">${renderPhrase(series.short)}</span><span class="visually-hidden">${renderPhrase(series.full)}</span></p>` : nothing}
      ${summary ? html`<p lang=${otherLanguage(event.summary, lang, feed.language) ?? nothing}>${summary}</p>` : nothing}
      ${people.some(([, names]) => names) || networks.length
        ? // None when it would be empty: an empty list said as "description list" with nothing in it.
          html`<dl>
            ${people.map(([label, names, textLang]) => (names ? html`<dt>${label}</dt><dd lang=${textLang ?? nothing}>${names}</dd>` : nothing))}
            ${networks.length
              ? html`<dt>${messages.networks}</dt><dd>${renderPhrase(joinPhrases(networks.map((n) => { const l = networkLabel(n!, lang, feed.language); return textIn(l.label, l.lang); }), ', '))}</dd>`
              : nothing}
          </dl>`
        : nothing}
      ${neighbours.length
        ? html`<p class="muted">${messages.backToBack}</p>
            <!-- dir auto: in a right-to-left page an English list's bullets are on its left, where its lines start (every text keeps its own direction). -->
            <ul class="neighbours" dir="auto">
              ${neighbours.map((other) => {
                const text = html`${formatEventDates(other, locale, timeZone).text} – ${neighbourTitle(feed, other, lang, messages)}`;
                return html`<li>${onSelect ? html`<button type="button" class="link-button" @click=${() => onSelect(other)}>${text}</button>` : text}</li>`;
              })}
            </ul>`
        : nothing}
      ${event.url
        ? html`<p><a href=${event.url} rel="noopener noreferrer" aria-label=${fill(messages.moreInformationAbout, { title: eventTitle })}>${messages.moreInformation}</a></p>`
        : nothing}
      ${actions ?? nothing}
      ${place?.footnote ? html`<p class="muted footnote">* ${renderPhrase(place.footnote)}</p>` : nothing}
    </div>
  `;
}
