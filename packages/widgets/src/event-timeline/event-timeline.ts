import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleProps } from '../shared/style-props.js';
import { allTexts, clusterOf, dayKey, findClusters, indexIn, otherLanguage, pickText, plainDate, seriesRuns, today, todayFor, type DayKey, type Feed, type FeedEvent } from '@iisg/feed';
import { FeedController } from '../shared/feed-controller.js';
// iisg-event-select and iisg-feed-load, typed in this module's declarations (define.js alone types them).
import '../shared/events.js';
import { explainMissingEvent } from '../shared/missing-event.js';
import { LocaleController } from '../shared/locale-controller.js';
import { stopLinkDecoration } from '../shared/link-decoration.js';
import { LazyPopover } from '../shared/lazy-popover.js';
import { feedStatus } from '../shared/feed-status.js';
import { seriesOrdinal, title, titleLang } from '../shared/event-view.js';
import { footnotedCountry, placePhrase } from '../shared/place-phrase.js';
import { countryFootnotes } from '../shared/country-footnotes.js';
import { seriesPhrases } from '../shared/series-phrase.js';
import { joinPhrases, nameIn, phraseText, renderPhrase, textIn, type Phrase } from '../shared/phrase.js';
import { keepSlashWords } from '../shared/slash-words.js';
import { formatDayKey, formatDayRange, checkedZoneMode, type TimeZoneMode } from '../shared/format-dates.js';
import { colonAfter, fill, plural } from '../locales/messages.js';
import { themeStyles } from '../shared/theme.styles.js';
import { addToCalendarStyles } from '../shared/add-to-calendar.styles.js';
import { popoverStyles } from '../shared/popover.styles.js';
import { timelineStyles } from './event-timeline.styles.js';
import { saidStyles } from '../shared/said.styles.js';
import { enTimeline } from '../locales/en-timeline.js';
import { assignLanes, clusterRow, seriesRow, type Block, type GapMark, type Row } from './timeline-rows.js';
import { headingLevel } from '../shared/heading-level.js';
import { widthBox } from '../shared/width-probe.js';
import { idNamed } from '../shared/id-named.js';

export type TimelineMode = 'clusters' | 'series' | 'cluster';

/**
 * Pixels per day at zoom 1: a cluster's days are wide. A series row is fitted to its track's width, but never
 * drawn narrower than `series`: a series held over many years scrolls rather than squeezing its years.
 */
const DAY_WIDTH = { cluster: 150, series: 0.7 };
const ZOOM_STEPS = [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 5];
/** A series block's least width at dateFit 1, in pixels: its date ("4 Dec 2017", "19–20 Apr 2019") in English at the default font. */
const LEAST_WIDTH = { day: 120, days: 144 };
/** A cluster block's least width at dateFit 1, in pixels: the day it shows when zoomed out ("23", "23–25"). */
const LEAST_DAY = { day: 24, days: 44 };
/** A gap's least width at dateFit 1, in pixels: "1st–6th not in this feed" on one line in English at the default font. */
const LEAST_GAP = 168;

/**
 * Meetings held back-to-back (on consecutive days in one place) and numbered series such as
 * "3rd Meeting of the RNNC", on a horizontal time axis that becomes vertical in a narrow container.
 * Printed, it shows its blocks without the zoom buttons or a popover.
 *
 * @tagname iisg-event-timeline
 * @summary Meetings held back to back in one city (clusters), and series of meetings, on a time axis.
 *
 * @csspart row - One timeline: a cluster or a series. The first also holds the zoom buttons, at the end of its heading's line.
 * @csspart row-heading - Its heading ("Tirana, 23–25 April 2019").
 * @csspart track - The scrolling time axis.
 * @csspart tick - A day or year label on the axis.
 * @csspart event - An event block; also its status (`cancelled`, ...).
 * @csspart status - The status label on an event block ("Postponed"), shown unless the event is scheduled.
 * @csspart gap - Missing numbers of a series ("4th–6th not in this feed").
 * @csspart today - The today marker.
 * @csspart keyboard-hint - The keys that move between meetings, shown while a meeting has keyboard focus.
 * @csspart button - Zoom buttons (also `zoom-in`, `zoom-out`; `aria-disabled` at the end of the range), `show-more`, the popover's `close`, `retry`, `menu-button`.
 * @csspart show-more - The "+10 more" button under the rows drawn (`limit`).
 * @csspart popover - The event popover.
 * @csspart popover-status - The status line in the popover.
 * @csspart close - The popover's close button.
 * @csspart add-to-calendar - The popover's "Add to calendar" menu button and its menu.
 * @csspart menu-button - The button that opens that menu.
 * @csspart menu - The menu: .ics file, Google Calendar, Outlook.com, Microsoft 365, copy link.
 * @csspart menu-item - An item of the menu.
 * @csspart message - Loading, error and saved-copy messages; also `loading`, `error`, `saved-copy`.
 * @csspart retry - The "Try again" button of a network or server error (also `button`).
 * @csspart empty - The "nothing to show" message.
 * @csspart footnote - A designation footnote of a country the blocks name ("* This designation is without prejudice ...", for Kosovo*).
 *
 * @cssproperty [--iisg-color-surface=#ffffff] - Background.
 * @cssproperty [--iisg-color-surface-alt=#f3f5f8] - The axis.
 * @cssproperty [--iisg-color-text=#1a1f26] - Text.
 * @cssproperty [--iisg-color-text-muted=#4f5966] - Secondary text.
 * @cssproperty [--iisg-color-border=#88929e] - Lines.
 * @cssproperty [--iisg-color-accent=#0b4f8a] - Event blocks.
 * @cssproperty [--iisg-color-on-accent=#ffffff] - Text on event blocks.
 * @cssproperty [--iisg-color-danger=#a4161a] - Cancelled events, the today marker, the error message.
 * @cssproperty [--iisg-color-warning=#7a4a00] - Every status but cancelled (to be confirmed, postponed, rescheduled, moved online) in the popover, the saved-copy notice.
 * @cssproperty [--iisg-color-focus=#0b62c4] - Focus ring.
 * @cssproperty [--iisg-dark-color-surface=#15191e] - `--iisg-color-surface` in the dark theme: with `theme="dark"`, or `theme="auto"` where the visitor's system is dark. Each `--iisg-dark-color-*` stands for its light token there.
 * @cssproperty [--iisg-dark-color-surface-alt=#1f252c] - `--iisg-color-surface-alt` in the dark theme.
 * @cssproperty [--iisg-dark-color-text=#eef1f4] - `--iisg-color-text` in the dark theme.
 * @cssproperty [--iisg-dark-color-text-muted=#b3bcc6] - `--iisg-color-text-muted` in the dark theme.
 * @cssproperty [--iisg-dark-color-border=#66707c] - `--iisg-color-border` in the dark theme.
 * @cssproperty [--iisg-dark-color-accent=#8cc4ff] - `--iisg-color-accent` in the dark theme.
 * @cssproperty [--iisg-dark-color-on-accent=#0b1b2c] - `--iisg-color-on-accent` in the dark theme.
 * @cssproperty [--iisg-dark-color-danger=#ff9c9c] - `--iisg-color-danger` in the dark theme.
 * @cssproperty [--iisg-dark-color-warning=#ffcf7a] - `--iisg-color-warning` in the dark theme.
 * @cssproperty [--iisg-dark-color-focus=#9fd0ff] - `--iisg-color-focus` in the dark theme.
 * @cssproperty [--iisg-font-family=system-ui] - Font.
 * @cssproperty [--iisg-font-size=max(1rem, 1em)] - Base font size. By default the text size of the page around the element, never below the root's (`1rem`, the visitor's chosen size where the site leaves the root alone): a site with `html { font-size: 62.5% }` and 16 px body text needs nothing. Every length inside the element follows it (bars, buttons, gaps), as they follow a `font-size` set on the element.
 * @cssproperty [--iisg-radius=0.5em] - Corner radius.
 * @cssproperty [--iisg-space=1em] - Base spacing.
 *
 * @fires iisg-event-select - The visitor chose an event: `detail` is `{ event }`; cancel it to handle the choice yourself.
 * @fires iisg-feed-load - The feed was loaded (or failed): `detail` is `{ state, problems, savedAt }` (`savedAt`: the saved copy is shown); again with the fresh feed if it arrives after its saved copy was shown.
 */
export class IisgEventTimeline extends LitElement {
  static {
    this.addInitializer(stopLinkDecoration);
  }

  // The popover's styles stay here (its code loads on demand): they are the timeline's only use of
  // --iisg-color-warning, which the token test reads from `elementStyles`.
  static override styles = [themeStyles, popoverStyles, addToCalendarStyles, saidStyles, timelineStyles];

  /** URL of the feed (JSON). */
  @property() src?: string;
  /** A feed as a value: raw feed JSON (text or object) or a parsed `Feed`. Takes precedence over `src`. */
  @property({ attribute: false }) feed?: unknown;
  /** `clusters`, `series` or `cluster`: what the timeline shows. `clusters` (the default): meetings held back to back in one city, one row for each such group, newest first (`limit` rows at a time). `series`: one row for each series of meetings, the one with the latest meeting first. `cluster`: only the meetings held back to back with one event (pick it in `event-id`). */
  @property({ reflect: true, useDefault: true }) mode: TimelineMode = 'clusters';
  /**
   * With `mode="series"`, for a page about one series of meetings: show only this one. Type its name, short name or
   * id as the feed gives them (capitals or not).
   *
   * One the feed does not have is reported in the console.
   */
  @property() series?: string;
  /** With `mode="cluster"`: the event whose back-to-back meetings the timeline shows, by its id in the feed (such as `rnnc-3`; the configurator lists the events by title). */
  @property({ attribute: 'event-id' }) eventId?: string;
  /** How many days apart two meetings in one city can be and still count as back to back: 1 (the default) for meetings on consecutive days, 2 for one free day between them. */
  @property({ type: Number }) gap = 1;
  /** Count as back to back only the meetings the feed links as such, not also every meeting held in the same city within `gap` days. */
  @property({ type: Boolean, attribute: 'links-only' }) linksOnly = false;
  /**
   * How many rows the timeline shows at first (the newest); a button under them shows as many more. 0 shows every
   * row.
   *
   * Clusters newest first, series by their latest meetings, newest first.
   */
  @property({ type: Number }) limit = 10;
  /** `event` (each event in its own zone, the default), `local`, or an IANA zone. */
  @property({ attribute: 'time-zone' }) timeZone: TimeZoneMode = 'event';

  /** The zone mode in use: `timeZone`, or `event` when the page named a zone the runtime does not know. */
  get zone(): TimeZoneMode {
    return checkedZoneMode(this.timeZone, this.localName);
  }
  /** `light` (default), `dark`, or `auto`. */
  @property({ reflect: true, useDefault: true }) theme: 'light' | 'dark' | 'auto' = 'light';
  /**
   * How long to wait for the feed's server, in milliseconds: 15000 (15 seconds) by default. The timeline tries twice
   * more before it says the feed could not be loaded; raise it for a slow server (30000, for example).
   *
   * Per request; a request that times out, fails on the network or gets a 408, 429 or 5xx answer is retried twice.
   */
  @property({ type: Number }) timeout = 15_000;
  /**
   * The level of the rows' headings ("Tirana, 23–25 April 2019"), 1 to 6: one more than the heading the timeline sits
   * under, so that the page's headings stay in order. Under a Heading 3 of the page, type 4.
   *
   * The event popover is a dialog: its title stays at level 2, as the map's does.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /**
   * The timeline's name for screen readers, said when a visitor moves to it: "Back-to-back meetings" or "Meeting
   * series" in the visitor's language by default. On a page with two timelines, name each ("Tirana meetings", "RNNC
   * series").
   *
   * The accessible name of the rows' landmark.
   */
  @property() label?: string;

  @state() private zoom = 1;
  /**
   * How much wider than their least widths (set for English at the default font) blocks are drawn so that
   * their one-line text fits (a series block's date and status, a cluster block's day): a language's longer
   * dates, a larger font, text spacing the page inherits.
   * Measured when what it depends on changes (see #fitDates), so it narrows again as well as widening.
   */
  @state() private dateFit = 1;
  /** The timeline's em in 16 px units: a cluster's days widen with its text (a page's larger font, WCAG 1.4.4), so each meeting keeps its name and each day its label. Measured with dateFit. */
  @state() private em = 1;
  /** The tracks' inner width in pixels, which series rows are fitted to; measured with dateFit (unknown before the first measure). */
  @state() private trackWidth?: number;
  /** Id of the event that holds the one tab stop. */
  @state() private activeId?: string;
  /** Rows drawn: `limit` at first, and `limit` more each time the visitor asks. */
  @state() private shownRows = 0;

  private readonly feedController = new FeedController(this, () => ({ src: this.src, feed: this.feed, timeout: this.timeout }));
  private readonly locale = new LocaleController(this);
  private readonly eventPopover = new LazyPopover<FeedEvent>(this, () => this.renderRoot.querySelector<HTMLElement>('.popover'), timelineStyles);
  private focusAfterRender = false;
  private tabStop?: string;
  /** The visitor has moved between meetings by the arrows: the keys' hint is not said on each (again once focus has left the rows). */
  private arrowed = false;
  /** What the series blocks' text was drawn from when last measured: the feed, the language, which series, the zone. */
  #measuredFor: unknown[] = [];
  /** What the console was told about a missing `event-id`, by feed: said once, not at every render. */
  private readonly explained = new WeakMap<Feed, string>();
  #fitFrame?: number;
  /**
   * The size changes with the page's font size, and a narrow container draws the blocks in another font size.
   * Also observed: #probe, whose width changes with the font and spacing the dates are drawn in.
   */
  readonly #resizeObserver = new ResizeObserver(() => this.#measureSoon());
  readonly #fontsLoaded = () => this.#measureSoon();
  /**
   * An unseen date in a series block (.fit-probe), or a cluster block's day (.block-day), so in the blocks'
   * font: a font (--iisg-font-family), text spacing or a `::part(event)` rule the page sets changes the width
   * of the dates, but neither their text nor the timeline's size. (A `.block-day` also changes with its text: a
   * render during an observer delivery that changed the first cluster's day could still leave that notification
   * undelivered, as the host's height did; not seen in any run.)
   */
  #probe?: Element;
  /** The timeline's own size: its `.width-probe` once rendered (theme.styles.ts says why not the host), else the host. */
  #widthBox?: Element;

  #observeWidth() {
    const box = widthBox(this);
    if (box === this.#widthBox || !this.isConnected) return;
    if (this.#widthBox) this.#resizeObserver.unobserve(this.#widthBox);
    this.#resizeObserver.observe((this.#widthBox = box));
  }

  /** The first render waits for the page's language: no English first (LocaleController.ready). */
  protected override async scheduleUpdate() {
    if (!this.hasUpdated) await this.locale.ready;
    super.scheduleUpdate();
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#widthBox = undefined;
    this.#observeWidth();
    if (this.#probe) this.#resizeObserver.observe(this.#probe);
    document.fonts?.addEventListener('loadingdone', this.#fontsLoaded);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#resizeObserver.disconnect();
    document.fonts?.removeEventListener('loadingdone', this.#fontsLoaded);
    if (this.#fitFrame !== undefined) cancelAnimationFrame(this.#fitFrame);
    this.#fitFrame = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('src') || changed.has('feed')) this.feedController.refresh();
    if (changed.has('lang')) this.locale.resolve();
    // Other rows: back to the first `limit` of them.
    if ((['src', 'feed', 'mode', 'series', 'eventId', 'gap', 'linksOnly', 'limit'] as const).some((name) => changed.has(name))) this.shownRows = 0;
  }

  protected override updated() {
    this.#observeWidth();
    // A feed split by year (an index with periods): the timeline shows the whole archive.
    if (this.feedController.state === 'ready') {
      this.feedController.requestAll();
      // The meetings around `event-id`: an id the feed does not have (a typo, or an event left out) is said.
      if (this.mode === 'cluster') explainMissingEvent(this.feedController, this.eventId, this.src, this.explained);
    }
    const drawnFrom = [this.feedController.feed, this.locale.locale, this.locale.lang, this.mode, this.series, this.zone];
    if (drawnFrom.some((value, i) => value !== this.#measuredFor[i])) {
      this.#measuredFor = drawnFrom;
      this.#measureSoon();
    }
    const probe = this.renderRoot.querySelector('.fit-probe, .block-day');
    if (probe && probe !== this.#probe) {
      if (this.#probe) this.#resizeObserver.unobserve(this.#probe);
      this.#resizeObserver.observe((this.#probe = probe));
    }
    if (this.focusAfterRender) {
      this.focusAfterRender = false;
      const button = this.renderRoot.querySelector<HTMLElement>(`button[data-id="${CSS.escape(this.activeId ?? '')}"]`);
      button?.focus();
      button?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    }
  }

  /**
   * Measure at the next frame, once: the browser lays the page out for that frame anyway, and the blocks
   * drawn to the new width are in the same frame. Not in an update (Lit warns of a change made while updating).
   */
  #measureSoon() {
    this.#fitFrame ??= requestAnimationFrame(() => {
      this.#fitFrame = undefined;
      this.#fitDates();
    });
  }

  /**
   * A series block's date and status are on one line each, and were cut off where they did not fit
   * ("19.–20. Apr. 201", "To be confir…"), as a zoomed-out cluster block's day would be: draw the blocks as
   * much wider than their least widths as the widest line needs (WCAG 1.4.12, 1.4.4). From the text alone,
   * so a shorter language narrows them again.
   */
  #fitDates() {
    // A narrow container stacks the blocks at its own width, in another font size: no least width to fit.
    const axis = this.renderRoot.querySelector('.axis');
    if (!axis || getComputedStyle(axis).display === 'none') return;
    this.em = parseFloat(getComputedStyle(this).fontSize) / 16 || 1;
    // Every row's track is as wide as the rows; a fraction of a pixel down, so a fitted row never scrolls by it.
    // Not laid out (hidden): the width it had stays.
    const track = axis.closest<HTMLElement>('.track')!;
    const trackStyle = getComputedStyle(track);
    if (track.offsetWidth) this.trackWidth = Math.floor(track.getBoundingClientRect().width - parseFloat(trackStyle.borderLeftWidth) - parseFloat(trackStyle.borderRightWidth));
    let fit = 1;
    let measured = false;
    const padding = (style: CSSStyleDeclaration) => parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    const border = (style: CSSStyleDeclaration) => parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
    for (const line of this.renderRoot.querySelectorAll<HTMLElement>('.row.series :is(.block-date, .block-status), .block-day')) {
      const block = line.parentElement!;
      // Not laid out (the timeline or a parent is display: none): nothing to measure; measured when shown.
      if (!block.offsetWidth) continue;
      measured = true;
      const text = document.createRange();
      text.selectNodeContents(line);
      // The status is a pill, the day a label: their own padding and border around the text.
      const needed = text.getBoundingClientRect().width + padding(getComputedStyle(line)) + border(getComputedStyle(line));
      // A block showing its day has no padding of its own.
      const frame = (line.classList.contains('block-day') ? 0 : padding(getComputedStyle(block))) + border(getComputedStyle(block));
      fit = Math.max(fit, (needed + frame + 1) / Number(block.dataset.least));
    }
    // At most four times as wide.
    if (measured) this.dateFit = Math.min(fit, 4);
  }

  /** Series ids found for `series` values, per feed: each value not found is told once. */
  private readonly namedSeries = new WeakMap<Feed, Map<string, string>>();

  /**
   * The id of the series `series` names by its id in any case, or by its name or short name (`series="RNNC-MEETINGS"`,
   * `series="Meeting of the RNNC"`); one the feed does not have is told to the page's developer, with the ids it has.
   */
  private seriesNamed(feed: Feed): string | undefined {
    const value = this.series;
    if (!value) return undefined;
    let named = this.namedSeries.get(feed);
    if (!named) this.namedSeries.set(feed, (named = new Map()));
    let id = named.get(value);
    if (id === undefined) {
      const all = [...feed.series.values()];
      // Ids of series known from their events alone too; then names and short names.
      const ids = [...new Set([...feed.series.keys(), ...feed.events.flatMap((e) => e.series?.id ?? [])])];
      id = idNamed(value, ids, (known) => { const s = feed.series.get(known); return s ? [...allTexts(s.name), ...allTexts(s.shortName)] : []; });
      // Said once every period file is in: a series may be known from its events alone.
      if (!id && this.feedController.complete) {
        console.warn(`${this.feedController.who}: series="${value}" is not a series of the feed (its series: ${all.map((s) => s.id).join(', ') || 'none'})`);
      }
      id ??= value;
      named.set(value, id);
    }
    return id;
  }

  private rows(feed: Feed): Row[] {
    const index = indexIn(feed, this.zone);
    const spanOf = (e: FeedEvent) => index.span(e)!;
    const options = { gap: this.gap, proximity: !this.linksOnly, spanOf };
    // The series with the latest meeting (held or planned) first, as clusters are newest first: past `limit`,
    // the ones still meeting stay in sight, and a series begun long ago is not pushed down by its age.
    if (this.mode === 'series') return seriesRuns(feed, this.seriesNamed(feed), spanOf).sort((a, b) => b.end - a.end).map((run) => seriesRow(run, spanOf));
    if (this.mode === 'cluster') {
      const cluster = this.eventId ? clusterOf(feed, this.eventId, options) : undefined;
      return cluster ? [clusterRow(cluster, spanOf)] : [];
    }
    return findClusters(feed, options).map((c) => clusterRow(c, spanOf));
  }

  protected override render(): TemplateResult | typeof nothing {
    const { feed } = this.feedController;
    const status = feedStatus(this.feedController, this.locale.locale);
    // The first load's message holds a row's room: the page below does not jump as far when the rows come.
    if (!feed) return html`<div class="first-load">${status}</div><div class="width-probe"></div>`;
    const found = this.rows(feed);
    const rows = this.limit > 0 ? found.slice(0, Math.max(this.shownRows, this.limit)) : found;
    const more = Math.min(found.length - rows.length, this.limit);
    const all = rows.flatMap((r) => r.blocks.map((b) => b.event));
    // The one tab stop: the last event focused, or the first one shown.
    this.tabStop = this.activeId && all.some((e) => e.id === this.activeId) ? this.activeId : all[0]?.id;
    const messages = this.locale.messages.timeline ?? enTimeline;
    // Around a meeting held alone, that is what is said: the feed may well have back-to-back meetings.
    const empty = this.mode === 'series' ? messages.noSeries : this.mode === 'cluster' && feed.byId.has(this.eventId!) ? messages.notInCluster : messages.noClusters;
    const label = this.label?.trim() || (this.mode === 'series' ? messages.series : messages.clusters);
    // The zoom buttons are in the rows' region, under the timeline's name: two timelines on a page have two
    // "Zoom in"s. (A group of that name too had a screen reader say it twice.) They share the first row's
    // heading line, at its end (after the heading, as read). None with no rows: nothing to zoom.
    const zoom = html`<div class="controls">
      <!-- aria-disabled, not disabled: a button disabled under the visitor's focus drops it to the page. -->
      <button type="button" part="button zoom-out" aria-label=${messages.zoomOut} aria-disabled=${this.zoom <= ZOOM_STEPS[0] ? 'true' : 'false'} @click=${() => this.zoomBy(-1)}>
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" part="button zoom-in" aria-label=${messages.zoomIn} aria-disabled=${this.zoom >= ZOOM_STEPS[ZOOM_STEPS.length - 1] ? 'true' : 'false'} @click=${() => this.zoomBy(1)}>
        <span aria-hidden="true">+</span>
      </button>
    </div>`;
    return html`
      ${status}
      ${rows.length
        ? html`<div class="rows" role="region" aria-label=${label} @keydown=${(e: KeyboardEvent) => this.onKeydown(e, rows)} @focusin=${this.showKeys} @focusout=${this.showKeys}>
              ${rows.map((row, i) => this.renderRow(feed, row, i ? nothing : zoom))}
            </div>
            <p id="keyboard-hint" class="keyboard-hint" part="keyboard-hint">${messages.keyboardHint}</p>`
        : html`<p class="empty" part="empty">${empty}</p>`}
      ${more > 0
        ? html`<button type="button" class="show-more" part="button show-more" @click=${() => this.showMore(rows.length, found[rows.length])}>${plural(this.locale.messages.calendar.more, more, this.locale.lang)}</button>`
        : nothing}
      ${countryFootnotes(feed, all.flatMap((e) => e.location?.country ?? []), this.locale.lang)}
      ${this.renderPopover(feed)}
      <div class="width-probe"></div>
    `;
  }

  /** Draw `limit` more rows, and move focus to the first meeting of the first new one (the button it was on is gone or moved). */
  private showMore(shown: number, next: Row) {
    this.shownRows = shown + this.limit;
    this.activeId = next.blocks[0]?.event.id;
    this.focusAfterRender = true;
  }

  /** A series' name, or a cluster's city (and its country where that has a footnote) and dates; a name the feed has only in another language carries it (WCAG 3.1.2). */
  private rowHeading(feed: Feed, row: Row): TemplateResult | (TemplateResult | string)[] | string {
    const lang = this.locale.lang;
    const locale = this.locale.locale;
    if (row.kind === 'series') {
      const series = feed.series.get(row.id);
      if (!series) return row.id;
      // A series name is written to follow an ordinal ("7. sastanak Grupe ..."): as a heading it starts
      // with a capital, in the case rules of the language it is in.
      const name = pickText(series.name, lang, feed.language);
      const nameLang = otherLanguage(series.name, lang, feed.language);
      return html`<span lang=${nameLang ?? nothing}>${keepSlashWords(name.charAt(0).toLocaleUpperCase(nameLang ?? lang) + name.slice(1))}</span>`;
    }
    // A city in a country with a designation footnote is followed by it ("Pristina, Kosovo*"): the footnote under the rows refers to its asterisk.
    const city = nameIn(row.cluster?.city, lang, feed.language);
    const country = phraseText(city) ? footnotedCountry(feed, row.cluster?.country, lang) : [];
    return renderPhrase(joinPhrases([city, country, [formatDayRange(row.start, row.end, locale)]], ', '));
  }

  /** `controls`: the zoom buttons, on the first row's heading line. */
  private renderRow(feed: Feed, row: Row, controls: TemplateResult | typeof nothing) {
    const messages = this.locale.messages.timeline ?? enTimeline;
    const days = row.end - row.start + 1;
    const series = row.kind === 'series';
    const heading = this.rowHeading(feed, row);
    const level = headingLevel(this.headingLevel, 3);
    // With time-zone="event" a row's days are its meetings' own, and so is its today (todayFor, as the calendar's):
    // a Belgrade row's, not an Auckland visitor's next day. A series held in several zones: its last timed meeting's.
    const todayOf = todayFor(this.zone, today(this.zone === 'event' || this.zone === 'local' ? undefined : this.zone));
    const now = todayOf((row.blocks.findLast((b) => !b.event.allDay) ?? row.blocks[0]).event);
    // Pixel extents first, so that lanes keep labels of a minimum width apart; gaps get a lane of their own.
    const layout = (dayWidth: number) => {
      const x = (day: DayKey) => (day - row.start) * dayWidth;
      const placed = row.blocks.map((block) => {
        const left = x(block.start);
        // A series block is at least as wide as its date: "19–20 Apr 2019" needs more than "4 Dec 2017"; a
        // cluster block as its day ("23", "23–25"), which it shows alone when zoomed out.
        const least = (series ? LEAST_WIDTH : LEAST_DAY)[block.end > block.start ? 'days' : 'day'];
        const width = Math.max(dayWidth * (block.end - block.start + 1) - (series ? 0 : 6), least * this.dateFit);
        return { block, left, width, least };
      });
      // Gaps ("4th–6th not in this feed") below the blocks, in lanes of their own so that close ones do not overlap.
      const gapSpans = row.gaps.map((gap) => gapSpan(gap, x, dayWidth, LEAST_GAP * this.dateFit));
      const width = Math.max(days * dayWidth + (series ? 130 * this.dateFit : 0), ...placed.map((p) => p.left + p.width + 3), ...gapSpans.map((g) => g.left + g.width + 3));
      return { x, placed, gapSpans, width };
    };
    // A series row at its own scale, as wide as its track (years held apart read as such, not squeezed into a
    // corner or run off far past the edge); a cluster's days at their width. Zoom on top of either.
    const dayWidth = (series ? fittedDayWidth((w) => layout(w).width, days, this.trackWidth) : DAY_WIDTH.cluster * this.em) * this.zoom;
    const { x, placed, gapSpans, width } = layout(dayWidth);
    const lanes = assignLanes(placed.map((p) => ({ left: p.left, right: p.left + p.width })));
    const laneCount = Math.max(1, ...lanes.map((l) => l + 1));
    const gapLanes = assignLanes(gapSpans.map(({ left, width }) => ({ left, right: left + width })));
    const gapLaneCount = row.gaps.length ? Math.max(...gapLanes) + 1 : 0;
    const summary =
      row.kind === 'cluster' ? plural(messages.clusterSummary, row.blocks.length, this.locale.lang, { days: plural(messages.clusterDays, days, this.locale.lang) }) : plural(this.locale.messages.eventCount, row.blocks.length, this.locale.lang);
    return html`
      <section class="row ${row.kind} ${row.blocks.some((b) => b.event.status !== 'scheduled') ? 'with-status' : ''}" part="row">
        <div class="row-heading" part="row-heading" role="heading" aria-level=${level}>${heading}<span class="muted">${keepNumbers(` · ${summary}`)}</span></div>
        ${controls}
        <!-- tabindex -1: Chrome makes a scroller without a tabbable child a tab stop (a nameless one, every
             row but the one with the timeline's stop); its meetings are reached by the arrows, and scroll it. -->
        <div class="track" part="track" tabindex="-1">
          <div class="canvas" ${styleProps({ width: `${width}px`, '--lanes': String(laneCount + gapLaneCount) })}>
            <div class="axis" aria-hidden="true">${this.ticks(row, x, dayWidth)}</div>
            ${now >= row.start && now <= row.end
              ? html`<div class="today" part="today" ${styleProps({ left: `${x(now) + dayWidth / 2}px` })}><span>${messages.today}</span></div>`
              : nothing}
            <!-- Not named by the heading just above it: a screen reader said the name twice. -->
            <ol class="blocks">
              ${[
                ...placed.map((p, i) => ({ at: p.block.start, item: this.renderBlock(feed, row, p.block, p.left, p.width, lanes[i], p.least) })),
                ...row.gaps.map((gap, i) => ({ at: gap.after + 0.5, item: this.renderGap(feed, row.id, gap, gapSpans[i], laneCount + gapLanes[i]) })),
              ]
                .sort((a, b) => a.at - b.at)
                .map((entry) => entry.item)}
            </ol>
          </div>
        </div>
      </section>
    `;
  }

  /** Missing numbers of a series, drawn between the meetings around them and read in order. */
  private renderGap(feed: Feed, seriesId: string, gap: GapMark, { left, width }: { left: number; width: number }, lane: number) {
    const { lang, messages } = { lang: this.locale.lang, messages: this.locale.messages };
    const ordinal = (n: number) => seriesOrdinal(feed, seriesId, n, lang, messages);
    const range = gap.from === gap.to ? ordinal(gap.from) : `${ordinal(gap.from)}–${ordinal(gap.to)}`;
    // "{range}: nema podataka" takes no colon after "4.–6.".
    const missing = (messages.timeline ?? enTimeline).missing.replace('{range}:', `{range}${colonAfter(range)}`);
    return html`<li class="gap" part="gap" ${styleProps({ '--left': `${left}px`, '--width': `${width}px`, '--row': String(lane + 1) })}>${fill(missing, { range })}</li>`;
  }

  private ticks(row: Row, x: (d: DayKey) => number, dayWidth: number) {
    const locale = this.locale.locale;
    if (row.kind === 'cluster' || dayWidth >= 20) {
      // A label every 100 px at least, room for "Wed 24 Apr" spaced out (WCAG 1.4.12), as much more as the
      // blocks' days are wider (a larger font), and never more than 200 of them (a cluster can hold a
      // decade-long event).
      const step = Math.max(1, Math.ceil((100 * this.dateFit) / dayWidth), Math.ceil((row.end - row.start + 1) / 200));
      const out = [];
      for (let d = row.start; d <= row.end; d += step) {
        out.push(html`<span class="tick" part="tick" ${styleProps({ left: `${x(d)}px`, width: `${dayWidth * step}px` })}>${formatDayKey(d, `EEE ${locale.messages.dates.dayMonth.replace('MMMM', 'MMM')}`, locale)}</span>`);
      }
      return out;
    }
    const out = [];
    for (let year = plainDate(row.start).year; dayKey(year, 1, 1) <= row.end; year++) {
      const start = Math.max(dayKey(year, 1, 1), row.start);
      out.push(html`<span class="tick year" part="tick" ${styleProps({ left: `${x(start)}px` })}>${year}</span>`);
    }
    return out;
  }

  /** `least`: a series block's least width at dateFit 1, which #fitDates reads back. */
  private renderBlock(feed: Feed, row: Row, block: Block, left: number, width: number, lane: number, least: number) {
    const lang = this.locale.lang;
    const locale = this.locale.locale;
    const event = block.event;
    const place = placePhrase(feed, event, lang);
    const badge = seriesPhrases(feed, event, lang, locale.messages);
    // The accessible name starts with what is visible (WCAG 2.5.3), then says the rest:
    // "Tuesday, 23 April 2019: 7th · NFP Group, 7th Meeting of ..., day 1 of 3, Tirana, Albania"; a status
    // ("Postponed") is shown, and so said, between the date and the title. The commas between what is
    // shown and what is only said end the shown text (`.then`): no space before them in the name.
    const series = row.kind === 'series';
    const full = title(feed, event, lang);
    // The title the feed has only in another language is shown and said in it (WCAG 3.1.2), as are a
    // series' names in its badge and label ("3. Donors" on a Slovenian page).
    const whole = textIn(full, titleLang(feed, event, lang));
    const shown: Phrase = series ? [event.series?.ordinal ? seriesOrdinal(feed, event.series.id, event.series.ordinal, lang, locale.messages) : ''] : badge?.short ?? whole;
    const short = phraseText(shown);
    // The visible text, when it is the whole title, is not said twice; a short label ("7th · NFP Group")
    // gets the title in the name. For the pointer, the label (short or cut off) has the whole title as a
    // tooltip: on the text inside the button, whose name comes from its text, it is neither in the name
    // nor the button's description, so a screen reader says it once.
    const abbreviated = short !== full;
    const saidParts = series ? (badge?.full ?? whole) : abbreviated ? whole : [];
    const said = phraseText(saidParts);
    // A series block shows its ordinal ("1st"), which its label starts with ("1st Regional Conference"):
    // the label alone is said, not "1st, 1st Regional Conference"; the visible text stays in the name.
    const repeated = series && short !== '' && said.startsWith(short);
    // Each part of the place in its language (WCAG 3.1.2).
    const rest = joinPhrases([[row.kind === 'cluster' ? fill((locale.messages.timeline ?? enTimeline).dayOf, { n: block.start - row.start + 1, count: row.end - row.start + 1 }) : ''], place?.parts ?? []], ', ');
    // The date as the block has room for ("23 Apr 2019"), for the eye; said in full, as a screen reader
    // reads an abbreviated month as written ("23 pri 2019", "23. апр 2019."). A cluster block too narrow
    // for its words shows its date or day alone ("23"), with the rest as their tooltip, still said in full.
    const shortDate = formatDayRange(block.start, block.end, locale, 'short');
    const tooltip = series ? undefined : [shortDate, event.status !== 'scheduled' ? locale.messages.status[event.status] : '', full].filter(Boolean).join(' · ');
    const day = (d: DayKey) => formatDayKey(d, locale.messages.dates.day, locale);
    const range = formatDayRange(block.start, block.end, locale);
    const after = short !== '' && !repeated && (said !== '' || rest.length > 0);
    return html`
      <li class="block-item" ${styleProps({ '--left': `${left}px`, '--width': `${width}px`, '--row': String(lane + 1) })}>
        <button
          type="button"
          class="block ${event.status}"
          part="event ${event.status}"
          data-id=${event.id}
          data-least=${least}
          tabindex=${event.id === this.tabStop ? 0 : -1}
          aria-describedby=${event.id === this.tabStop && !this.arrowed ? 'keyboard-hint' : nothing}
          @click=${(e: Event) => this.choose(event, e.currentTarget as HTMLElement)}
          @focus=${(e: Event) => this.focused(event.id, e.currentTarget as HTMLElement)}
        >
          <span class="visually-hidden">${formatDayKey(block.start, 'EEEE', locale)}, ${range}${colonAfter(range)}</span>
          <span class="block-date" aria-hidden="true" title=${tooltip ?? nothing}>${shortDate}</span>
          ${tooltip
            ? html`<span class="block-day" aria-hidden="true" title=${tooltip}>${day(block.start)}${block.end > block.start ? `–${day(block.end)}` : ''}</span>`
            : nothing}
          ${series && block === row.blocks[0] ? html`<span class="fit-probe" aria-hidden="true"></span>` : nothing}
          ${event.status !== 'scheduled' ? html`<span class="block-status then" part="status" dir="auto">${locale.messages.status[event.status]}</span>` : nothing}
          <span class="block-title ${after ? 'then' : ''}" dir="auto" title=${short ? full : nothing} aria-hidden=${repeated ? 'true' : nothing}>${renderPhrase(shown)}</span>${series
            ? html`<span class="block-place" aria-hidden="true">${renderPhrase(place?.short ?? [])}</span>`
            : nothing}<span class="visually-hidden"> ${said ? html`${renderPhrase(saidParts)}${rest.length ? ', ' : ''}` : nothing}${renderPhrase(rest)}</span>
        </button>
      </li>
    `;
  }

  private renderPopover(feed: Feed) {
    return this.eventPopover.render(this.locale.messages.calendar.close, (event, details) =>
      details({
        feed,
        event,
        locale: this.locale.locale,
        lang: this.locale.lang,
        timeZone: this.zone,
        headingId: 'popover-title',
        onSelect: (other) => {
          // A neighbour on the timeline: its block; one that is not (another series): the popover stays
          // where it is, and focus returns to the block it was opened from.
          const button = this.renderRoot.querySelector<HTMLElement>(`button[data-id="${CSS.escape(other.id)}"]`);
          if (button) this.activeId = other.id;
          this.choose(other, button ?? this, !button);
        },
      }),
    );
  }

  private choose(event: FeedEvent, anchor: HTMLElement, keepPlace = false) {
    if (!keepPlace) this.activeId = event.id;
    const ok = this.dispatchEvent(new CustomEvent('iisg-event-select', { bubbles: true, composed: true, cancelable: true, detail: { event } }));
    if (ok) this.eventPopover.open(event, anchor, undefined, keepPlace);
  }

  private onKeydown(event: KeyboardEvent, rows: Row[]) {
    const target = (event.target as HTMLElement).closest<HTMLElement>('button[data-id]');
    if (!target) return;
    const r = rows.findIndex((row) => row.blocks.some((b) => b.event.id === target.dataset.id));
    if (r < 0) return;
    const blocks = rows[r].blocks;
    const i = blocks.findIndex((b) => b.event.id === target.dataset.id);
    // Time runs left to right in every direction of text, so the arrows follow the screen. In a narrow
    // container time runs down the page (the axis is hidden): every arrow walks the meetings in order.
    const all = rows.flatMap((row) => row.blocks);
    const at = all.indexOf(blocks[i]);
    const step = (by: number) => () => all[Math.min(Math.max(at + by, 0), all.length - 1)].event.id;
    const axis = this.renderRoot.querySelector('.axis');
    const vertical = axis !== null && getComputedStyle(axis).display === 'none';
    const moves: Record<string, () => string | undefined> = {
      ArrowRight: vertical ? step(1) : () => blocks[Math.min(i + 1, blocks.length - 1)].event.id,
      ArrowLeft: vertical ? step(-1) : () => blocks[Math.max(i - 1, 0)].event.id,
      ArrowDown: vertical ? step(1) : () => rows[Math.min(r + 1, rows.length - 1)].blocks[0]?.event.id,
      ArrowUp: vertical ? step(-1) : () => rows[Math.max(r - 1, 0)].blocks[0]?.event.id,
      Home: () => blocks[0].event.id,
      End: () => blocks[blocks.length - 1].event.id,
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    this.arrowed = true;
    this.activeId = move();
    this.focusAfterRender = true;
    this.requestUpdate();
  }

  /**
   * The meeting with focus is the tab stop, and in sight: Tab back into a zoomed-in timeline focuses the
   * meeting last visited, which the row may have scrolled off (Chrome scrolls a focused element into view
   * only when none of it shows: a sliver of its ring was all a visitor saw). The arrows' moves scroll in
   * updated() too. A pointer's focus is left where it is.
   */
  private focused(id: string, button: HTMLElement) {
    this.activeId = id;
    // Keyboard focus only: focus given back with preventScroll (a popover closed by a click elsewhere) or a click
    // on a block half in sight must not move the page or the row under the pointer.
    if (button.matches(':focus-visible')) button.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }

  /**
   * The keys' hint, while a meeting (not a zoom button) has keyboard focus (see `.keyboard-hint.shown` in the
   * styles). Once shown, its line stays, hidden (`seen`): Tab from the last meeting to "+10 more" moved that
   * button up a line as it took focus.
   */
  private showKeys = (event: FocusEvent) => {
    const hint = this.renderRoot.querySelector('.keyboard-hint');
    const shown = event.type === 'focusin' && (event.target as Element).matches('[data-id]:focus-visible');
    if (shown) hint?.classList.add('seen');
    hint?.classList.toggle('shown', shown);
    // Left the rows: a visitor coming back hears the keys again on the meeting that takes Tab.
    if (event.type === 'focusout' && this.arrowed && !(event.currentTarget as Element).contains(event.relatedTarget as Node | null)) {
      this.arrowed = false;
      this.requestUpdate();
    }
  };

  private zoomBy(direction: 1 | -1) {
    const i = ZOOM_STEPS.indexOf(this.zoom);
    this.zoom = ZOOM_STEPS[Math.min(ZOOM_STEPS.length - 1, Math.max(0, i + direction))];
  }
}

/**
 * Each count kept on the line of the words beside it ("· 3 meetings", "in 3 days"): no line ends on the "·".
 * By no-break spaces, not by spans: Chromium dropped the space-only text between two spans from the
 * heading's name ("3 meetingsin 3 days"). The heading's text (and a copy of it) holds U+00A0 there.
 */
function keepNumbers(text: string): string {
  return text.replace(/(?:\S+ )?\d+(?: \S+)?/g, (words) => words.replaceAll(' ', '\u00a0'));
}

/**
 * The pixels per day at which a series row's canvas (`canvasWidth`, which grows with them) is as wide as its track,
 * and at least DAY_WIDTH.series: with the track's width unknown (before it is measured), that least.
 */
function fittedDayWidth(canvasWidth: (dayWidth: number) => number, days: number, track: number | undefined): number {
  let low = DAY_WIDTH.series;
  if (!track || canvasWidth(low) >= track) return low;
  // The days alone fill the track at track / days: the canvas is at least that wide there.
  let high = track / days;
  for (let i = 0; i < 30; i++) {
    const mid = (low + high) / 2;
    if (canvasWidth(mid) <= track) low = mid;
    else high = mid;
  }
  return low;
}

/** Where a gap's label goes: between the meetings around it, at least `least` pixels wide. */
function gapSpan(gap: GapMark, x: (d: DayKey) => number, dayWidth: number, least: number): { left: number; width: number } {
  const left = Math.max(0, Math.min(x(gap.after) + dayWidth, x(gap.before) - least));
  return { left, width: Math.max(x(gap.before) - left, least) };
}
