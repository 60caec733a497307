import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { otherLanguage, pickText, textBlocks, type FeedEvent, type Feed } from '@iisg/feed';
import { FeedController } from '../shared/feed-controller.js';
// iisg-feed-load, typed in this module's declarations (define.js alone types them).
import '../shared/events.js';
import { droppedProblem, explainMissingEvent } from '../shared/missing-event.js';
import { AddToCalendarMenu } from '../shared/add-to-calendar.js';
import { writeEventsJsonLd } from '../shared/json-ld-writer.js';
import { LocaleController } from '../shared/locale-controller.js';
import { stopLinkDecoration } from '../shared/link-decoration.js';
import { feedStatus } from '../shared/feed-status.js';
import { formatOriginalDate } from '../shared/original-date.js';
import { formatEventDates, relativeTime, checkedZoneMode, type TimeZoneMode } from '../shared/format-dates.js';
import { organisationRoles } from '../shared/organisation-roles.js';
import { networkLabel } from '../shared/network-label.js';
import { neighbourTitle } from '../shared/event-details.js';
import { relatedEvents, tagLabel, title, titleLang, type OrganisationView } from '../shared/event-view.js';
import { seriesPhrases } from '../shared/series-phrase.js';
import { placePhrase } from '../shared/place-phrase.js';
import { renderPhrase } from '../shared/phrase.js';
import { keepSlashWords } from '../shared/slash-words.js';
import { fill } from '../locales/messages.js';
import { themeStyles } from '../shared/theme.styles.js';
import { addToCalendarStyles } from '../shared/add-to-calendar.styles.js';
import { cardStyles } from './event-card.styles.js';
import { headingLevel } from '../shared/heading-level.js';

/**
 * One event from a feed: title, dates, place, status, organisers, series and links. Printed, it leaves
 * out the add-to-calendar menu.
 *
 * @tagname iisg-event-card
 * @summary One event of a feed as a card, full, compact or teaser (the feed from its URL, inline JSON or the `feed` property).
 *
 * @slot header - Replaces the status, title and series line.
 * @slot media - Shown above the header (an image or logo); in the `full` layout only.
 * @slot footer - Shown at the end of the card; in the `full` layout only.
 *
 * @csspart card - The card's frame (an `<article>`); also its layout (`full`, `compact`, `teaser`) and the event's status (`cancelled`, ...).
 * @csspart status - The status line, shown unless the event is scheduled; also `status-cancelled`, ...
 * @csspart title - The event's title.
 * @csspart series - The series line ("7th Meeting of the NFP Group").
 * @csspart when - The dates (a `<time>`), with the relative time.
 * @csspart relative - "in 3 days", "Happening now", "Ended"; none for a cancelled or postponed event.
 * @csspart original-date - "Original date: 12 March 2019": a rescheduled event's start before it moved (the feed's `previousStart`); not in the compact layout.
 * @csspart where - The place, or the online link (also `online`).
 * @csspart summary - The summary.
 * @csspart description - The description (paragraphs and lists).
 * @csspart people - The list of organisers, hosts, funders, supporters, chair and networks.
 * @csspart networks - The networks line within `people`.
 * @csspart tags - The event's topics.
 * @csspart related - The back-to-back events.
 * @csspart link - The "More information" link.
 * @csspart footnote - A country's designation footnote.
 * @csspart message - The loading, empty, error or saved-copy message; also `loading`, `error`, `saved-copy`.
 * @csspart retry - The "Try again" button of a network or server error (also `button`).
 * @csspart button - The menu button and the "Try again" button.
 * @csspart add-to-calendar - The "Add to calendar" menu button and its menu.
 * @csspart menu-button - The button that opens the menu.
 * @csspart menu - The menu: download an .ics file, Google Calendar, Outlook.com, Microsoft 365, copy link.
 * @csspart menu-item - An item of the menu.
 *
 * @cssproperty [--iisg-color-surface=#ffffff] - Card background.
 * @cssproperty [--iisg-color-surface-alt=#f3f5f8] - Messages, topic tags and the highlighted menu item.
 * @cssproperty [--iisg-color-text=#1a1f26] - Text colour.
 * @cssproperty [--iisg-color-text-muted=#4f5966] - Secondary text.
 * @cssproperty [--iisg-color-border=#88929e] - Card border.
 * @cssproperty [--iisg-color-accent=#0b4f8a] - Links and the accent bar.
 * @cssproperty [--iisg-color-danger=#a4161a] - Cancelled status and its accent bar, the error message.
 * @cssproperty [--iisg-color-warning=#7a4a00] - Every status but cancelled (to be confirmed, postponed, rescheduled, moved online), the saved-copy notice.
 * @cssproperty [--iisg-color-focus=#0b62c4] - Focus ring.
 * @cssproperty [--iisg-dark-color-surface=#15191e] - `--iisg-color-surface` in the dark theme: with `theme="dark"`, or `theme="auto"` where the visitor's system is dark. Each `--iisg-dark-color-*` stands for its light token there.
 * @cssproperty [--iisg-dark-color-surface-alt=#1f252c] - `--iisg-color-surface-alt` in the dark theme.
 * @cssproperty [--iisg-dark-color-text=#eef1f4] - `--iisg-color-text` in the dark theme.
 * @cssproperty [--iisg-dark-color-text-muted=#b3bcc6] - `--iisg-color-text-muted` in the dark theme.
 * @cssproperty [--iisg-dark-color-border=#66707c] - `--iisg-color-border` in the dark theme.
 * @cssproperty [--iisg-dark-color-accent=#8cc4ff] - `--iisg-color-accent` in the dark theme.
 * @cssproperty [--iisg-dark-color-danger=#ff9c9c] - `--iisg-color-danger` in the dark theme.
 * @cssproperty [--iisg-dark-color-warning=#ffcf7a] - `--iisg-color-warning` in the dark theme.
 * @cssproperty [--iisg-dark-color-focus=#9fd0ff] - `--iisg-color-focus` in the dark theme.
 * @cssproperty [--iisg-font-family=system-ui] - Font.
 * @cssproperty [--iisg-font-size=max(1rem, 1em)] - Base font size. By default the text size of the page around the element, never below the root's (`1rem`, the visitor's chosen size where the site leaves the root alone): a site with `html { font-size: 62.5% }` and 16 px body text needs nothing. Every length inside the element follows it (bars, buttons, gaps), as they follow a `font-size` set on the element.
 * @cssproperty [--iisg-radius=0.5em] - Corner radius.
 * @cssproperty [--iisg-space=1em] - Base spacing.
 *
 * @fires iisg-feed-load - The feed was loaded (or failed): `detail` is `{ state, problems, savedAt }` (`savedAt`: the saved copy is shown); again with the fresh feed if it arrives after its saved copy was shown.
 */
export class IisgEventCard extends LitElement {
  static {
    this.addInitializer(stopLinkDecoration);
  }

  static override styles = [themeStyles, addToCalendarStyles, cardStyles];

  /** URL of the feed (JSON). */
  @property() src?: string;

  /**
   * The event the card shows: its id in the feed (such as `rnnc-3`; the configurator lists the events by title).
   * Needed unless the feed holds only one event: without it, the card shows none.
   *
   * Not needed either with the `event` property, or an inline feed of one event.
   */
  @property({ attribute: 'event-id' }) eventId?: string;

  /** A feed as a value: raw feed JSON (text or object) or a parsed `Feed`. Takes precedence over `src`. */
  @property({ attribute: false }) feed?: unknown;

  /**
   * `event` (each event in its own zone, the default), `local` (the visitor's), or an IANA zone.
   *
   * An all-day event's date is the same in every zone; its "in 3 days" or "Happening now" counts the days of the IANA
   * zone named here, else the visitor's.
   */
  @property({ attribute: 'time-zone' }) timeZone: TimeZoneMode = 'event';

  /** The zone mode in use: `timeZone`, or `event` when the page named a zone the runtime does not know. */
  get zone(): TimeZoneMode {
    return checkedZoneMode(this.timeZone, this.localName);
  }

  /** `light` (default), `dark`, or `auto` (follows the system setting). */
  @property({ reflect: true, useDefault: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /** One event as a value, in the feed's event format (no feed file needed). */
  @property({ attribute: false }) event?: unknown;

  /** `full` (default), `compact` (one line, for lists and sidebars), or `teaser` (title, date, place, link). */
  @property({ reflect: true, useDefault: true }) layout: 'full' | 'compact' | 'teaser' = 'full';

  /**
   * Leave out the description of the event the card otherwise adds to the page for search engines (nothing
   * visible; Google and others can show it as an event in their results): for a page, or another widget on it,
   * that already describes the event.
   *
   * Leaves out the schema.org Event JSON-LD the card otherwise writes into the page (none for an event with neither a
   * place nor a web address: Google requires a location).
   */
  @property({ type: Boolean, attribute: 'no-structured-data' }) noStructuredData = false;

  /** Leave out the "Add to calendar" menu. */
  @property({ type: Boolean, attribute: 'no-add-to-calendar' }) noAddToCalendar = false;

  /** The level of the event's title heading, 1 to 6: one more than the heading the card sits under, so that the page's headings stay in order. Under a Heading 2 of the page, type 3 (the default). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /**
   * How long to wait for the feed's server, in milliseconds: 15000 (15 seconds) by default. The card tries twice more
   * before it says the feed could not be loaded; raise it for a slow server (30000, for example).
   *
   * Per request; a request that times out, fails on the network or gets a 408, 429 or 5xx answer is retried twice.
   */
  @property({ type: Number }) timeout = 15_000;

  private readonly feedController = new FeedController(this, () => ({
    src: this.src,
    feed: this.feed ?? this.eventFeed(),
    timeout: this.timeout,
    label: this.feed === undefined && this.event !== undefined ? 'the event property' : undefined,
  }));
  /** The `event` property and the feed of one made of it. */
  private eventWrapped?: [event: unknown, feed: unknown];

  /**
   * The `event` property as a feed of one, made once per value: the feed controller reads a feed again when
   * it is another object (a new one at each call would be read, and its problems told, at each).
   */
  private eventFeed(): unknown {
    if (this.event === undefined) return undefined;
    if (this.eventWrapped?.[0] !== this.event) this.eventWrapped = [this.event, { version: 1, events: [this.event] }];
    return this.eventWrapped[1];
  }
  private readonly locale = new LocaleController(this);
  private readonly addToCalendar = new AddToCalendarMenu(this);

  /** The first render waits for the page's language: no English first (LocaleController.ready). */
  protected override async scheduleUpdate() {
    if (!this.hasUpdated) await this.locale.ready;
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('src') || changed.has('feed') || changed.has('event')) this.feedController.refresh();
    if (changed.has('lang')) this.locale.resolve();
  }

  protected override updated() {
    const feed = this.feedController.feed;
    const event = this.shownEvent;
    // A feed split by year (an index with periods): the event is in one of its files; fetch them.
    if (!event && this.feedController.state === 'ready') {
      this.feedController.requestAll();
      // (A card given `event` has no id to miss: its problems were told when it was read.)
      if (this.eventId || this.event === undefined) explainMissingEvent(this.feedController, this.eventId, this.src, this.explained);
    }
    // Structured data in the page's head, where crawlers read it (not in the light DOM, which is the page's).
    writeEventsJsonLd(this, feed, !this.noStructuredData && event ? [event] : [], this.locale.lang);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    writeEventsJsonLd(this, null, [], '');
  }

  /** What the console was told about a missing event, by feed: each is said once, not at every render. */
  private readonly explained = new WeakMap<Feed, string>();

  /** The event shown, once the feed is loaded. */
  get shownEvent(): FeedEvent | undefined {
    const feed = this.feedController.feed;
    if (!feed) return undefined;
    if (this.eventId) return feed.byId.get(this.eventId);
    // A card given one event (the `event` property, a feed of one) shows it without an id; once an index
    // feed's period files are all in (one event in the first is not one in all).
    return feed.events.length === 1 && this.feedController.complete ? feed.events[0] : undefined;
  }

  protected override render(): TemplateResult | typeof nothing {
    const { feed } = this.feedController;
    const messages = this.locale.messages;
    const status = feedStatus(this.feedController, this.locale.locale);
    if (!feed) return status;
    const event = this.shownEvent;
    if (!event) return html`${status}<p part="message" class="message" role="status">${droppedProblem(this.feedController, this.eventId) ? messages.eventNotShown : messages.eventNotFound}</p>`;
    return html`${status}${this.renderEvent(feed, event)}`;
  }

  private renderEvent(feed: Feed, event: FeedEvent) {
    const lang = this.locale.lang;
    const locale = this.locale.locale;
    const messages = locale.messages;
    const layout = this.layout;
    const dates = formatEventDates(event, locale, this.zone);
    const original = formatOriginalDate(event, locale, this.zone);
    // Each part of the place in its language: the browser's English country name on an Albanian page (WCAG 3.1.2).
    const place = placePhrase(feed, event, lang);
    const series = seriesPhrases(feed, event, lang, messages);
    const eventTitle = title(feed, event, lang);
    const statusText = messages.status[event.status];
    const full = layout === 'full';
    return html`
      <article part="card ${layout} ${event.status}" aria-labelledby=${event.status !== 'scheduled' ? 'status title' : 'title'} class="${layout} ${event.status}">
        ${full ? html`<slot name="media"></slot>` : nothing}
        <header>
          <slot name="header">
            ${event.status !== 'scheduled'
              ? html`<p part="status status-${event.status}" class="status" id="status">${statusText}</p>`
              : nothing}
            <div part="title" id="title" role="heading" aria-level=${headingLevel(this.headingLevel, 3)} class="title" lang=${titleLang(feed, event, lang) ?? nothing}>${keepSlashWords(eventTitle)}</div>
            ${series && layout !== 'compact'
              ? html`<p part="series" class="series"><span aria-hidden="true">${renderPhrase(series.short)}</span><span class="visually-hidden">${renderPhrase(series.full)}</span></p>`
              : nothing}
          </slot>
        </header>
        <p part="when" class="when">
          <!-- No space between the two: the relative time's own (a space alone beside an expression is not said). -->
          <time datetime=${dates.datetime}>${dates.text}</time>${dates.zoneNote ? html`<span class="zone"> (${dates.zoneNote})</span>` : nothing}${layout !== 'compact' && event.status !== 'cancelled' && event.status !== 'postponed' ? html`<span part="relative" class="relative">${` ${relativeTime(event, locale, undefined, this.zone === 'event' || this.zone === 'local' ? undefined : this.zone)}`}</span>` : nothing}
        </p>
        ${original && layout !== 'compact' ? html`<p part="original-date" class="original-date">${original}</p>` : nothing}
        ${place ? html`<p part="where" class="where">${renderPhrase(place.parts)}</p>` : nothing}
        ${event.online ? html`<p part="where online" class="where"><a href=${event.online} rel="noopener noreferrer">${messages.online}</a></p>` : nothing}
        ${full ? this.renderDetails(feed, event) : nothing}
        ${event.url && layout !== 'compact'
          ? html`<p><a part="link" class="link" href=${event.url} rel="noopener noreferrer" aria-label=${fill(messages.moreInformationAbout, { title: eventTitle })}>${messages.moreInformation}</a></p>`
          : nothing}
        ${layout !== 'compact' && !this.noAddToCalendar ? this.addToCalendar.render(feed, event, locale, lang) : nothing}
        ${place?.footnote ? html`<p part="footnote" class="footnote">* ${renderPhrase(place.footnote)}</p>` : nothing}
        ${full ? html`<slot name="footer"></slot>` : nothing}
      </article>
    `;
  }

  /** The full layout's body: summary, description, people, networks, back-to-back events, topics. */
  private renderDetails(feed: Feed, event: FeedEvent) {
    const lang = this.locale.lang;
    const locale = this.locale.locale;
    const messages = locale.messages;
    const summary = pickText(event.summary, lang, feed.language);
    const description = pickText(event.description, lang, feed.language);
    const chair = pickText(event.chair, lang, feed.language);
    const networks = event.networks.map((id) => feed.networks.get(id)).filter((n) => !!n);
    const backToBack = relatedEvents(feed, event, 'back-to-back');
    const people = organisationRoles(feed, event, messages, lang);
    // A name in another language than the page's (an English one on an Albanian page) says so, for screen readers.
    const orgLink = (o: OrganisationView) =>
      o.website ? html`<a href=${o.website} rel="noopener noreferrer" lang=${o.lang ?? nothing}>${o.name}</a>` : o.lang ? html`<span lang=${o.lang}>${o.name}</span>` : o.name;
    return html`
      ${summary ? html`<p part="summary" class="summary" lang=${otherLanguage(event.summary, lang, feed.language) ?? nothing}>${summary}</p>` : nothing}
      ${description && description !== summary
        ? html`<div part="description" class="description" lang=${otherLanguage(event.description, lang, feed.language) ?? nothing}>
            ${textBlocks(description).map((block) =>
              block.type === 'paragraph' ? html`<p>${block.text}</p>` : html`<ul role="list">${block.items.map((item) => html`<li>${item}</li>`)}</ul>`,
            )}
          </div>`
        : nothing}
      ${people.some(([, list]) => list.length) || chair || networks.length
        ? html`<dl part="people" class="people">
            ${people.map(([label, list]) =>
              list.length ? html`<div><dt>${label}</dt><dd>${list.map((o, i) => html`${i ? ', ' : ''}${orgLink(o)}`)}</dd></div>` : nothing,
            )}
            ${chair ? html`<div><dt>${messages.chair}</dt><dd lang=${otherLanguage(event.chair, lang, feed.language) ?? nothing}>${chair}</dd></div>` : nothing}
            ${networks.length
              ? html`<div part="networks"><dt>${messages.networks}</dt><dd>${networks.map((n, i) => {
                  const { label, lang: l } = networkLabel(n!, lang, feed.language);
                  return html`${i ? ', ' : ''}${n!.website ? html`<a href=${n!.website} rel="noopener noreferrer" lang=${l ?? nothing}>${label}</a>` : l ? html`<span lang=${l}>${label}</span>` : label}`;
                })}</dd></div>`
              : nothing}
          </dl>`
        : nothing}
      ${backToBack.length
        ? html`<div part="related" class="related">
            <p class="label">${messages.backToBack}</p>
            <!-- role: Safari drops the semantics of a list without bullets (they are drawn, on a right-to-left page). -->
            <ul role="list">
              ${backToBack.map((other) => {
                const text = html`${formatEventDates(other, locale, this.zone).text} – ${neighbourTitle(feed, other, lang, messages)}`;
                return html`<li>${other.url ? html`<a href=${other.url} rel="noopener noreferrer">${text}</a>` : text}</li>`;
              })}
            </ul>
          </div>`
        : nothing}
      ${event.tags.length
        ? // A list named "Topics": each topic said as one (as a line of spans they ran into one phrase).
          html`<ul part="tags" class="tags" role="list" aria-label=${messages.tags}>${event.tags.map((tag) => html`<li class="tag">${tagLabel(feed, tag, lang)}</li>`)}</ul>`
        : nothing}
    `;
  }
}
