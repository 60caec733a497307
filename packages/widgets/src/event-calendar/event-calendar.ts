import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  addMonths,
  dayKey,
  emptyFeed,
  endOfMonth,
  filterChoices,
  indexIn,
  todayFor,
  isoDate,
  matchesFilter,
  plainDate,
  startOfMonth,
  today,
  type DayKey,
  type EventFilter,
  type Feed,
  type FeedEvent,
} from '@iisg/feed';
import { FeedController } from '../shared/feed-controller.js';
// iisg-event-select and iisg-feed-load, typed in this module's declarations (define.js alone types them).
import '../shared/events.js';
import { LocaleController } from '../shared/locale-controller.js';
import { stopLinkDecoration } from '../shared/link-decoration.js';
import { LazyPopover } from '../shared/lazy-popover.js';
import { adoptStylesBefore } from '../shared/adopt-styles.js';
import { feedStatus } from '../shared/feed-status.js';
import { checkedZoneMode, type TimeZoneMode } from '../shared/format-dates.js';
import { themeStyles } from '../shared/theme.styles.js';
import { calendarStyles } from './event-calendar.styles.js';
import { LIST_PAGE, parseDateAttribute, TODAY_SPREAD, type CalendarContext, type ListRange } from './calendar-context.js';
import { calendarToolbar } from './calendar-toolbar.js';
import { CalendarFilters } from './calendar-filters.js';
import { countryFootnotes } from './country-footnotes.js';
import { calendarPopover, openDay, openEvent, type PopoverContent } from './calendar-popover.js';
import { regionFirstDay } from './week-start.js';
import { removeStructuredData, writeStructuredData } from './structured-data.js';
import { FILTER_KINDS, filterChoice, filterKinds, type FilterKind } from './filter-choices.js';
import { idNamed } from '../shared/id-named.js';
import { networkNames } from '../shared/network-label.js';
import { monthGrid, monthGridDays, monthView } from './month-view.js';
import type * as ListView from './list-view.js';
import type * as YearView from './year-view.js';
import type { UrlSync } from './url-sync.js';
import { headingLevel } from '../shared/heading-level.js';
import { widthBox } from '../shared/width-probe.js';

export type CalendarView = 'month' | 'list' | 'year';
const VIEWS: readonly string[] = ['month', 'list', 'year'];

/** The empty feed drawn while the real one loads (see render). */
let loadingFeed: Feed | undefined;
/** The list and year views load when first shown (the month grid, the default, is built in); the list also with a day's popover. */
const viewLoaders = { list: () => import('./list-view.js'), year: () => import('./year-view.js') };
const viewModules: { list?: typeof ListView; year?: typeof YearView } = {};

export interface RangeChangeDetail {
  /** The `view` property: `month` also where a narrow calendar draws the month as `narrow-view`. */
  view: CalendarView;
  /** First and last day shown, as ISO dates. */
  start: string;
  end: string;
}

/**
 * The events calendar partner sites embed: a month grid, a list and a year overview, with filters,
 * search and an event popover. Keyboard use follows the WAI-ARIA grid pattern. Printed, it shows the
 * view without its buttons, filters or popover: each bar with its whole title, "+N more" as text, and a
 * line saying what the search and filters are when there are any.
 *
 * @tagname iisg-event-calendar
 * @summary Month, list and year views of a feed's events.
 *
 * @csspart toolbar - The navigation, heading, pickers and view switcher.
 * @csspart heading - The visible range ("April 2019"), announced when it changes.
 * @csspart button - Every button of the toolbar, the filters, the list and the popover; also `previous`, `next`, `go-today`, `view`, `view-active`, `close`, `back`, `show-more`, `show-matches`, `retry`, `mini-month-name`, `menu-button`.
 * @csspart go-today - The "Today" button (also `button`).
 * @csspart body - The view's area below the toolbar and filters; `aria-busy` while the feed or a view's code loads, or the period files an empty list waits for.
 * @csspart filters - The filter and search row.
 * @csspart filters-toggle - In a narrow calendar, the button that shows and hides the filter menus (also `button`).
 * @csspart clear-filters - The button that undoes the visitor's search and filter choices (also `button`).
 * @csspart show-matches - When the search and filters match events but none in the month or year shown, the button that goes to the nearest one's ("Show October 2018"); under an empty upcoming (past) list, the button that shows the past (upcoming) events, when there are some or may be (a feed split into files not yet fetched): "Show past events"; under an empty month's list, the button to the nearest month with events before it (after it, for a month to come), "Show May 2017", or to the past (upcoming) list while a file of the days between is not in. Also `button`.
 * @csspart month - The month grid.
 * @csspart weekday - A weekday column header.
 * @csspart week-number - An ISO week number.
 * @csspart day - A day cell; also `today`, `outside` (another month), `has-events`.
 * @csspart day-number - A day's number in the month grid (today's is drawn in a circle: `::part(day today)` is its cell).
 * @csspart event - An event bar; also `event-single`, `event-multi`, `continues-before`, `continues-after` and its status (`cancelled`, ...).
 * @csspart more - The "+N more" button of a day.
 * @csspart list - The list view.
 * @csspart list-heading - A month heading in the list.
 * @csspart list-item - An event in the list; also its status.
 * @csspart year - The year view.
 * @csspart mini-month - One month of the year view.
 * @csspart mini-day - A day of the year view (a button; one tab stop for the year, arrows move); also `has-events`, `level-1` to `level-3`, `today`.
 * @csspart mini-month-name - A month's name in the year view, a button that opens the month (also `button`).
 * @csspart show-more - The list's "+100 more" button (also `button`).
 * @csspart status - A list item's status ("Cancelled").
 * @csspart close - The popover's close button (also `button`).
 * @csspart back - Above an event chosen in a day's list, the button back to that list ("‹ Events on 23 April 2019"; Esc too); also `button`.
 * @csspart popover-status - The status line in the event popover.
 * @csspart add-to-calendar - The popover's "Add to calendar" menu button and its menu.
 * @csspart menu-button - The button that opens that menu (also `button`).
 * @csspart menu - The menu: .ics file, Google Calendar, Outlook.com, Microsoft 365, copy link.
 * @csspart menu-item - An item of the menu.
 * @csspart popover - The event or day popover (a sheet in narrow containers).
 * @csspart message - Loading, error and saved-copy messages; also `loading` (drawn over the empty frame while the feed loads), `error`, `saved-copy`, and `empty` (a feed without events, over the month or year; the list says it in its own `empty` part).
 * @csspart retry - The "Try again" button of a network or server error (also `button`).
 * @csspart empty - The "no events" message.
 * @csspart footnote - Designation footnotes of the countries shown ("* This designation is without prejudice ...", for Kosovo*).
 *
 * @cssproperty [--iisg-color-surface=#ffffff] - Background.
 * @cssproperty [--iisg-color-surface-alt=#f3f5f8] - Days of other months, headings.
 * @cssproperty [--iisg-color-text=#1a1f26] - Text.
 * @cssproperty [--iisg-color-text-muted=#4f5966] - Secondary text.
 * @cssproperty [--iisg-color-border=#88929e] - Grid lines.
 * @cssproperty [--iisg-color-accent=#0b4f8a] - Event bars, today, links.
 * @cssproperty [--iisg-color-on-accent=#ffffff] - Text on event bars.
 * @cssproperty [--iisg-color-danger=#a4161a] - Cancelled events, the error message.
 * @cssproperty [--iisg-color-warning=#7a4a00] - Every status but cancelled (to be confirmed, postponed, rescheduled, moved online) in the list and the popover (a month bar says its status in the text colour, with a border style), the saved-copy notice.
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
 * @cssproperty [--iisg-sticky-top=0px] - Where the list's month headings stick: below a page's own sticky header, its height (`64px`). A focused event scrolls clear of both.
 *
 * @fires iisg-event-select - The visitor chose an event: `detail` is `{ event }`; cancel it to handle the choice yourself (no popover opens).
 * @fires iisg-range-change - The visitor changed view or period (with `sync-url`, by Back and Forward too): `detail` is `{ view, start, end }`: `view` as the property (`month` in a narrow calendar that draws it as a list), `start` and `end` the first and last day drawn.
 * @fires iisg-feed-load - The feed was loaded (or failed): `detail` is `{ state, problems, savedAt }` (`savedAt`: the saved copy is shown); again with the fresh feed if it arrives after its saved copy was shown.
 */
export class IisgEventCalendar extends LitElement {
  static {
    this.addInitializer(stopLinkDecoration);
  }

  static override styles = [themeStyles, calendarStyles];

  /** URL of the feed (JSON). */
  @property() src?: string;
  /** A feed as a value: raw feed JSON (text or object) or a parsed `Feed`. Takes precedence over `src`. */
  @property({ attribute: false }) feed?: unknown;
  /**
   * `month`, `list` or `year`: the view the calendar opens in. `month` is a grid of the month's days, `list` the
   * events one under another, `year` the twelve months of a year. Visitors can still change it with the Month, List
   * and Year buttons (those `views` offers). For a page of coming events, type `list`.
   *
   * The property follows the visitor's choice (the switcher's pressed button) and is reflected. A narrow calendar
   * draws `month` as `narrow-view`, and its Month button says so ("Month, shown as a list"); the view stays `month`,
   * as in `iisg-range-change`.
   */
  @property({ reflect: true, useDefault: true }) view: CalendarView = 'month';
  /** Which view buttons visitors get, to change the view: `month`, `list` and `year` by default; with only one, the calendar shows no buttons. Written space-separated: `month list` leaves out the year. */
  @property() views = 'month list year';
  /** Where the calendar opens: a month (`2019-04` for April 2019), a year (`2019`) or a day (`2019-04-23`); today by default. */
  @property() date?: string;
  /** Filters to show, space-separated: `network organiser country tag`. Search is always there. In a narrow calendar the menus fold behind a "Filters" button. */
  @property() filters = '';
  /** Preset filters, for a page that shows one network, organiser, country or topic: this one shows only the events of the network with this id (or its acronym, short name or name, such as `RNNC`). */
  @property() network?: string;
  /** Shows only the events of the organisation with this id (or its short name), as the organiser filter does. */
  @property() organiser?: string;
  /** Shows only the events in this country: its two-letter code (`AL`, `XK`). */
  @property() country?: string;
  /** Shows only the events with this topic (tag) id. */
  @property() tag?: string;
  /** `event` (each event in its own zone, the default), `local`, or an IANA zone. */
  @property({ attribute: 'time-zone' }) timeZone: TimeZoneMode = 'event';

  /** The zone mode in use: `timeZone`, or `event` when the page named a zone the runtime does not know. */
  get zone(): TimeZoneMode {
    return checkedZoneMode(this.timeZone, this.localName);
  }
  /** `light` (default), `dark`, or `auto`. */
  @property({ reflect: true, useDefault: true }) theme: 'light' | 'dark' | 'auto' = 'light';
  /** Which events the list view shows: `upcoming` (the default) or `past` ones; the list's Today button comes back to it. */
  @property({ attribute: 'list-range' }) listRange: 'upcoming' | 'past' = 'upcoming';
  /**
   * What a narrow calendar (on a phone, in a sidebar) shows instead of the month grid, whose days would be too small
   * to read there: the list (`list`, the default), the year (`year`), or the month grid all the same (`month`).
   *
   * Narrow is narrower than 35em of the calendar's text: 560 px at the default font size, wider where the text is
   * larger (as with `--iisg-font-size`). A `month` grid narrower than 18em (a 320 px sidebar at a text size 120%
   * or more of the default) keeps 18em, room for its day names and dates, and scrolls sideways inside its frame.
   */
  @property({ attribute: 'narrow-view' }) narrowView: CalendarView = 'list';
  /** The day the weeks of the month grid start on: 1 for Monday, 0 for Sunday, up to 6 for Saturday; by default the one usual in the page's language. */
  @property({ type: Number, attribute: 'first-day' }) firstDay?: number;
  /**
   * Show each week's number (1 to 53) beside the rows of the month grid.
   *
   * ISO 8601 week numbers.
   */
  @property({ type: Boolean, attribute: 'week-numbers' }) weekNumbers = false;
  /** How many events a day of the month grid shows before a "+N more" button stands for the rest. */
  @property({ type: Number, attribute: 'max-events' }) maxEvents = 3;
  /**
   * Describe the events the calendar shows to search engines, in the page (nothing visible): Google and others can
   * then show them as events in their results. Off by default.
   *
   * Writes schema.org Event JSON-LD for the visible events (up to 50) into the page; none for an event with neither a
   * place nor a web address (Google requires a location).
   */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;
  /**
   * Keep what the visitor picks (view, month, filters, search) in the page's address: a link they copy opens the
   * calendar as they saw it, and the browser's Back button steps back through the months they looked at. On a page
   * with two or more calendars that do this, give each its own `id` (`id="events"`, `id="archive"`).
   *
   * The parameters are named after the calendar's `id` (`events-date`; `cal-date` without one); an `id` changed from
   * code moves them to the new name (or, where the URL has the new name's already, shows that state). Turned on after
   * the calendar is shown, it shows the state a shared link put in the URL, if any; turned off, it takes that state out
   * of the URL.
   */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /**
   * How long to wait for the feed's server, in milliseconds: 15000 (15 seconds) by default. The calendar tries twice
   * more before it says the feed could not be loaded; raise it for a slow server (30000, for example).
   *
   * Per request; a request that times out, fails on the network or gets a 408, 429 or 5xx answer is retried twice.
   */
  @property({ type: Number }) timeout = 15_000;
  /**
   * The calendar's name for screen readers, said when a visitor moves to it: "Events calendar" in the visitor's
   * language by default. On a page with two calendars, name each ("Upcoming meetings", "Archive").
   *
   * The accessible name of the calendar's landmark.
   */
  @property() label?: string;
  /**
   * The level of the calendar's heading (the month or year shown), 1 to 6: one more than the heading the calendar
   * sits under, so that the page's headings stay in order. Under a Heading 3 of the page, type 4.
   *
   * Also a day's popover's heading. The list's months and the year's month names are a level below (at most 6). An
   * event's popover is a dialog: its title stays at level 2, as in the other elements.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** @internal The grid's tab stop; read and set by the toolbar and the popover modules. */
  @state() focusDay: DayKey = today();
  /** @internal The visitor's search (calendar-filters.ts). */
  @state() query = '';
  /** @internal The visitor's menu choices (calendar-filters.ts). */
  @state() chosen: EventFilter = {};
  /** @internal The list's range as shown: `upcoming`, `past` or `month` (url-sync.ts). */
  @state() listMode: ListRange = 'upcoming';
  /** @internal */
  @state() listLimit = LIST_PAGE;
  @state() private narrow = false;
  /** @internal The list range read from a shared link (url-sync.ts), applied at the next update. */
  restoredListMode?: ListRange;

  readonly #feedController = new FeedController(this, () => ({ src: this.src, feed: this.feed, timeout: this.timeout }));
  readonly #locale = new LocaleController(this);
  /** @internal */
  readonly eventPopover = new LazyPopover<PopoverContent>(this, () => this.renderRoot.querySelector<HTMLElement>('.popover'), calendarStyles);
  /** Each view's code on its way: `updateComplete` waits for them and the render that follows. */
  readonly #viewLoading = new Map<'list' | 'year', Promise<void>>();
  #resizeObserver?: ResizeObserver;
  #observed?: Element;
  #focusAfterRender = false;
  /** What had focus when the calendar crossed the narrow width: the day gets focus only if the render took it away. */
  #focusIfGone?: Element;
  readonly #filters = new CalendarFilters(this, () => this.#saveUrl());

  /** Whether the visitor searches or filters (not a preset alone): every period file of an index feed is then fetched. */
  get #searched(): boolean {
    return Boolean(this.query.trim() || Object.values(this.chosen).some(Boolean));
  }

  /** The active filters: the visitor's choices over the presets. */
  get activeFilters(): EventFilter {
    return {
      network: this.chosen.network ?? this.#preset('network', this.network),
      organiser: this.chosen.organiser ?? this.#preset('organiser', this.organiser),
      country: this.chosen.country ?? this.#preset('country', this.country),
      tag: this.chosen.tag ?? this.#preset('tag', this.tag),
      query: this.query.trim() || undefined,
    };
  }

  /** Preset ids as the feed spells them, by feed and `kind:value`. */
  #presetIds = new WeakMap<object, Map<string, string>>();

  /**
   * A preset as the feed's id: an editor may type `network="RNNC"` for the id `rnnc`, or a network's
   * acronym, short name or name (in any language), or an organisation's short name. Matched without case;
   * an unknown value is kept (it matches nothing) and reported once in the console.
   */
  #preset(kind: FilterKind, value: string | undefined): string | undefined {
    const feed = this.#feedController.feed;
    if (!value || !feed) return value;
    let ids = this.#presetIds.get(feed);
    if (!ids) this.#presetIds.set(feed, (ids = new Map()));
    const key = `${kind}:${value}`;
    let id = ids.get(key);
    if (id === undefined) {
      const known = [...filterChoices(feed, kind).keys()];
      const names = (k: string) => (kind === 'network' ? networkNames(feed.networks.get(k)) : kind === 'organiser' ? [filterChoice(feed, this.#locale.lang, kind, k).label] : []);
      id = idNamed(value, known, names) ?? value;
      // Said once every period file is in: an index's own events are none, and its years' files bring them.
      if (!known.includes(id) && this.#feedController.complete) console.warn(`${this.localName}: ${kind}="${value}" matches no ${kind} of the feed's events (known: ${known.join(', ') || 'none'})`);
      ids.set(key, id);
    }
    return id;
  }

  /** Show a date (`2019-04-23`, a `Date`, or a day key) in the current view. */
  goTo(date: string | Date | DayKey) {
    const day =
      typeof date === 'number' ? date
      : typeof date === 'string' ? parseDateAttribute(date.slice(0, 10))
      : dayKey(date.getFullYear(), date.getMonth() + 1, date.getDate());
    if (day === undefined) throw new RangeError(`goTo: '${date}' is not a date`);
    // Focus on a day (the grid's stop, the year view's day) follows: the old day would keep it, and
    // with the new day's tabindex 0 the grid would have two tab stops. (The same day: no render follows.)
    if (day !== this.focusDay && this.shadowRoot?.activeElement?.matches('[role="gridcell"], .mini-day')) this.#focusAfterRender = true;
    this.focusDay = day;
    if (this.view === 'list') this.listMode = 'month';
    this.#goneTo = { date: this.date, listRange: this.listRange };
  }

  /**
   * @internal Back or Forward (sync-url), before the calendar takes that entry's state: focus on a day or an event
   * moves to the new period's day (the cell it was on may be reused for another day); focus elsewhere (the search box)
   * stays unless the render takes its element away. A visitor's move: iisg-range-change, if the range changes.
   */
  refocusDay() {
    const active = this.shadowRoot?.activeElement;
    if (active?.matches('[role="gridcell"], .mini-day, [part~="list-item"], [part~="empty"]')) this.#focusAfterRender = true;
    else this.#focusIfGone = active ?? undefined;
    this.#picker = undefined; // the entry Back returned to is not the picker's to replace
    const before = JSON.stringify(this.#range());
    this.updateComplete.then(() => {
      if (JSON.stringify(this.#range()) !== before) this.#announceRange();
    });
  }

  /** `date` and `list-range` when goTo() was last called, until the next update: set before it, they do not undo it. */
  #goneTo?: { date?: string; listRange: string };

  override connectedCallback() {
    super.connectedCallback();
    this.#resizeObserver = new ResizeObserver(([entry]) => {
      // The same width as the stylesheet's container query (35em of the calendar's text: 560 px at the default size).
      // The probe's content box is the calendar's width less its 1em of padding (#observeWidth, theme.styles.ts).
      const em = parseFloat(getComputedStyle(this).fontSize) || 16;
      const width = entry.contentRect.width + (entry.target === this ? 0 : em);
      const narrow = width < 35 * em;
      // Re-render after this observation is delivered: changing layout inside it loops the observer.
      if (narrow !== this.narrow)
        requestAnimationFrame(() => {
          const shown = this.#shownView;
          const hadFocus = this.shadowRoot?.activeElement != null;
          this.narrow = narrow;
          if (this.#shownView === shown) return;
          // The grid gives way to the list (or back): an open popover follows its event there; else the element
          // with focus may be gone (zooming in crosses this width): focus goes to the day, not the page.
          const content = this.eventPopover.content;
          if (content) {
            this.#viewModule('list'); // whose module holds followView, loading now if it has not yet
            const refocus = () => ((this.#focusAfterRender = hadFocus), this.requestUpdate());
            this.updateComplete
              .then(() => viewModules.list!.followView(this, content, () => this.#feedController.feed && this.#context(this.#feedController.feed), refocus))
              // Its code or floating-ui could not load (offline): closed, focus to the day.
              .catch(() => (this.eventPopover.close(false), refocus()));
          } else {
            this.eventPopover.close(false); // one whose code still loads would open at an anchor that is gone
            this.#focusIfGone = this.shadowRoot!.activeElement ?? undefined;
          }
        });
    });
    this.#observed = undefined;
    this.#observeWidth(); // a calendar moved in the page is not updated, and would not be observed again
    this.#followSyncUrl();
  }

  #urlSync?: UrlSync;
  #urlSyncLoading?: Promise<void>;

  /**
   * Start or stop sync-url as `syncUrl` says, at connection and at each update. Its code loads only where it
   * is used, and the update that follows waits for it (scheduleUpdate): a shared link never shows the page's
   * default month first. A failed load is tried again at the next update. Turned off, the calendar's state
   * leaves the URL.
   */
  #followSyncUrl() {
    if (!this.syncUrl) {
      this.#urlSync?.clear();
      this.#urlSync = undefined;
    } else if (!this.#urlSync && this.isConnected)
      this.#urlSyncLoading ??= import('./url-sync.js').then(
        (module) => {
          // After the first render (turned on later, moved in the page), what the visitor sees stays unless the URL has the calendar's state.
          if (this.isConnected && this.syncUrl && !this.#urlSync) this.#urlSync = new module.UrlSync(this, this.hasUpdated);
        },
        (error) => console.warn(`${this.localName}: sync-url could not be loaded`, error),
      );
  }

  protected override async scheduleUpdate() {
    // The first render also waits for the page's language: no English first (LocaleController.ready).
    if (!this.hasUpdated) await this.#locale.ready;
    this.#followSyncUrl();
    if (this.#urlSyncLoading) {
      await this.#urlSyncLoading;
      this.#urlSyncLoading = undefined;
    }
    super.scheduleUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#urlSync?.disconnect();
    this.#urlSync = undefined;
    this.#resizeObserver?.disconnect();
    this.#observed = undefined;
    removeStructuredData(this);
  }

  /** Structured data for what the visitor sees (structured-data.ts). */
  #writeStructuredData(days: [DayKey, DayKey]) {
    writeStructuredData(this, this.#feedController.feed, this.#locale.lang, days, () => this.#writeStructuredData(this.#daysInView()));
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('src') || changed.has('feed')) this.#feedController.refresh();
    if (changed.has('lang')) this.#locale.resolve();
    // A goTo() since the last update wins over a date or list range set before it (the first update applies
    // both, even when set before the element was connected and goTo() was called).
    const gone = this.#goneTo;
    this.#goneTo = undefined;
    const date = changed.has('date') && gone?.date !== this.date ? this.date : undefined;
    if (date) {
      const day = parseDateAttribute(date);
      if (day !== undefined) this.focusDay = day;
      else console.warn(`${this.localName}: date="${date}" is not a date (use 2019, 2019-04 or 2019-04-23)`);
    }
    if (changed.has('listRange')) {
      if (this.listRange !== 'upcoming' && this.listRange !== 'past') console.warn(`${this.localName}: list-range="${this.listRange}" is not a list range (upcoming or past)`);
      if (gone?.listRange !== this.listRange) this.listMode = this.listRange;
    }
    // A preset set from code after the visitor chose in that menu takes over again.
    if (this.hasUpdated) for (const kind of FILTER_KINDS) if (changed.has(kind)) this.chosen = { ...this.chosen, [kind]: undefined };
    // A menu taken away from code takes the visitor's choice in it along: no menu would show it, nor "Clear" undo it.
    if (changed.has('filters')) {
      this.chosen = Object.fromEntries(filterKinds(this.filters).map((kind) => [kind, this.chosen[kind]]));
      const unknown = (this.filters ?? '').toLowerCase().split(/\s+/).filter((kind) => kind && !(FILTER_KINDS as string[]).includes(kind));
      if (unknown.length) console.warn(`${this.localName}: filters="${this.filters}" has no filter ${unknown.join(', ')} (${FILTER_KINDS.join(', ')})`);
    }
    // The view shown is always one the switcher offers (views="list year" has no month grid).
    if ((changed.has('view') || changed.has('views')) && !this.offeredViews.includes(this.view)) {
      // Keywords are ASCII case-insensitive in HTML: view="List" is the list.
      const view = String(this.view ?? '').toLowerCase() as CalendarView;
      if (!VIEWS.includes(view)) console.warn(`${this.localName}: view="${this.view}" is not a view (${VIEWS.join(', ')}); showing ${this.offeredViews[0]}`);
      this.view = this.offeredViews.includes(view) ? view : this.offeredViews[0];
    }
    // A list given a date shows that month (a page's "events of October 2018").
    if (date && this.view === 'list' && parseDateAttribute(date) !== undefined) {
      if (this.listRange !== 'upcoming') console.warn(`${this.localName}: list-range="${this.listRange}" is not used with date="${date}": the list shows that month`);
      this.listMode = 'month';
    }
    // A list switched to (by the visitor, or from code after goTo) from another month than today's keeps
    // that month: April 2019 stays April 2019, not "Upcoming".
    else if (changed.has('view') && !changed.has('listRange') && this.hasUpdated && this.view === 'list' && this.#awayFromToday()) this.listMode = 'month';
    if (this.restoredListMode) {
      this.listMode = this.restoredListMode;
      this.restoredListMode = undefined;
    }
    // Fetch a list or year view's code alongside the feed, not after it.
    const view = this.#shownView;
    if (view !== 'month') this.#viewModule(view);
    if (changed.has('timeZone') && changed.get('timeZone') === undefined && !this.date && !gone) this.focusDay = today(this.zoneForToday);
  }

  /**
   * Watch the shadow root's `.width-probe` for the narrow width (the host until the first render). Not the host:
   * a page rule such as `* { all: unset }` can make it inline, and an inline box reports no width. Not the
   * calendar's block either: its height changes with every render, and a render while the browser delivers the
   * observations (WebKit runs the feed's promise callbacks there) left one undelivered, an error on the page.
   */
  #observeWidth() {
    const box = widthBox(this);
    if (box === this.#observed || !this.isConnected) return;
    this.#resizeObserver?.disconnect();
    this.#resizeObserver?.observe(box);
    this.#observed = box;
  }

  protected override updated() {
    this.#observeWidth();
    const days = this.#daysInView();
    // With a feed index (one file per year), fetch only the periods in view; a visitor's search or
    // filter asks about the whole archive, so then every period (what it matches is counted in all).
    if (this.#searched) this.#feedController.requestAll();
    else this.#feedController.requestRange(...this.#fetchDays());
    this.#writeStructuredData(days);
    const kept = this.#focusIfGone;
    this.#focusIfGone = undefined;
    if (kept && (!kept.isConnected || !kept.getClientRects().length)) this.#focusAfterRender = true;
    if (this.#focusAfterRender) {
      // The day's cell (the year view's day button); in a narrow calendar, where the month is a list, its first
      // event, or the list's "no events" when it has none.
      const target =
        this.renderRoot.querySelector<HTMLElement>(`[role="gridcell"][data-day="${this.focusDay}"], .mini-day[data-day="${this.focusDay}"]`) ??
        this.renderRoot.querySelector<HTMLElement>('[part~="list-item"], [part~="empty"]') ??
        // An empty list that leaves it to the filter row's "No events match".
        this.renderRoot.querySelector<HTMLElement>('.matching:not(:empty)');
      // None yet while the view's code or its events load (the list's body is busy: a calendar turned narrow before the
      // list's code came, the past list's period files): at the render that brings them.
      if (target || !this.renderRoot.querySelector('.body[aria-busy]')) this.#focusAfterRender = false;
      target?.focus();
    }
  }

  /** @internal */
  get offeredViews(): CalendarView[] {
    const views = (this.views ?? '').toLowerCase().split(/\s+/).filter((v): v is CalendarView => VIEWS.includes(v));
    return views.length ? views : ['month'];
  }

  /** The view rendered: the month grid gives way to `narrow-view` in a narrow container. */
  get #shownView(): CalendarView {
    return this.view === 'month' && this.narrow ? this.narrowView : this.view;
  }

  /** The list's range: a month grid that gave way to the list in a narrow container keeps its month. */
  get #shownListMode(): ListRange {
    return this.view === 'month' && this.narrow ? 'month' : this.listMode;
  }

  /** @internal The zone that says which day is today: the calendar's named zone, else the visitor's. */
  get zoneForToday() {
    return this.zone === 'event' || this.zone === 'local' ? undefined : this.zone;
  }

  protected override render(): TemplateResult {
    const { feed, state } = this.#feedController;
    const status = feedStatus(this.#feedController, this.#locale.locale);
    if (!feed && state !== 'loading') return html`${status}<div class="width-probe"></div>`;
    // While the feed is fetched, the frame is drawn empty (and busy): the visitor sees the calendar at
    // once, and its first render and layout are done while the network is awaited, not after.
    const ctx = this.#context(feed ?? (loadingFeed ??= emptyFeed()));
    const headingId = 'heading';
    const view = this.#shownView;
    let body;
    // An index feed's period files all come or failed: the filter row counts matches, and says where they are.
    const settled = !this.#feedController.pendingBetween(-Infinity, Infinity);
    // The events the view shows, for the footnotes of the countries they name.
    let shown: FeedEvent[] = [];
    /** The past list's newest event's first day (its first heading's month): where "previous" goes from it. */
    let newestPast: DayKey | undefined;
    /** How many events the list holds (all its pages): the filter row says how many of the matches they are. */
    let listed: number | undefined;
    if (view === 'month') {
      const grid = monthGrid(ctx);
      shown = grid.items;
      body = monthView(ctx, headingId, grid);
    } else if (view === 'year') body = this.#viewModule('year')?.yearView(ctx);
    else {
      const mode = this.#shownListMode;
      const list = this.#viewModule('list');
      const events = list?.listEvents(ctx, mode) ?? [];
      shown = events.slice(0, this.listLimit);
      if (mode === 'past' && events.length) newestPast = ctx.index.span(events[0])![0];
      if (list) listed = events.length;
      // Not "No events" while the feed loads: the list's code may come first, and the status says it is loading.
      body =
        feed &&
        list?.listView(ctx, events, this.listLimit, mode, {
          showMore: () => this.#showMore(),
          showRange: (range) => this.#showListRange(range),
          pending: (range, to) => this.#feedController.pendingBetween(...(to ? ([range, to] as [DayKey, DayKey]) : this.#fetchDays(range as ListRange))),
          said: settled && Object.values(this.activeFilters).some(Boolean),
          searched: this.#searched,
          ranges: this.view === 'list',
        });
    }
    // The first load's "Loading events…" is drawn over the empty body, not above the frame (which would jump
    // up when it goes); beside the busy body, not in it, so that it is announced. A later load (another
    // src) says it above the events still shown.
    return html`
      ${feed ? status : nothing}
      <section class="calendar" aria-label=${this.label?.trim() || this.#locale.messages.calendar.label}>
        ${calendarToolbar(
          ctx,
          headingId,
          view,
          this.#shownListMode,
          this,
          (direction) => this.#stepTo(direction, newestPast),
          (direction) => this.#step(direction, newestPast),
          () => this.#toToday(),
          (year, month) => this.#pick(year, month),
          (v) => this.#show(v),
        )} ${this.#filters.render(ctx, view, this.#shownListMode, settled ? this.#visibleRange() : undefined, Boolean(feed), listed)}
        <div class="body-area">
          ${feed ? nothing : status}
          <!-- A feed without events: the month or year drawn empty said nothing (the list says it itself). -->
          ${feed && settled && !feed.events.length && view !== 'list' ? html`<p class="message" part="message empty">${this.#locale.messages.empty}</p>` : nothing}
          <div class="body" part="body" aria-busy=${body === undefined || !feed ? 'true' : nothing}>${body ?? nothing}</div>
        </div>
        ${countryFootnotes(ctx, this.filters, shown)}
      </section>
      ${calendarPopover(this, ctx, () => this.#viewModule('list'))}
      <div class="width-probe"></div>
    `;
  }

  /**
   * The list or year view's module, with its styles adopted; undefined while its code loads (the calendar
   * renders again when it has). A failed load is tried again at the next render.
   */
  #viewModule<V extends 'list' | 'year'>(view: V): (typeof viewModules)[V] {
    const module = viewModules[view];
    if (module) {
      // Just after the calendar's own styles (its rules come before theirs, as ever) and before a subclass's
      // static styles, whose rules must win over the views' as over the calendar's.
      const own = (this.constructor as typeof LitElement).elementStyles;
      adoptStylesBefore(this, ['listStyles' in module ? module.listStyles : module.yearStyles], own[own.indexOf(calendarStyles) + 1]);
      return module;
    }
    // One load per view: the list's code (a narrow calendar's popover moving) must not hold the year's back.
    if (!this.#viewLoading.has(view))
      this.#viewLoading.set(
        view,
        viewLoaders[view]()
          .then(
            (loaded) => {
              viewModules[view] = loaded as (typeof viewModules)[V];
              this.requestUpdate();
            },
            (error) => {
              // Focus waiting for this view goes nowhere later, when a retry brings it (the visitor is elsewhere by then).
              this.#focusAfterRender = false;
              console.warn(`${this.localName}: the ${view} view could not be loaded`, error);
            },
          )
          .finally(() => this.#viewLoading.delete(view)),
      );
    return undefined;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#viewLoading.size) {
      await Promise.all(this.#viewLoading.values());
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  #context(feed: NonNullable<FeedController['feed']>): CalendarContext {
    const filter = this.activeFilters;
    const viewerToday = today(this.zoneForToday);
    return {
      feed,
      locale: this.#locale.locale,
      lang: this.#locale.lang,
      timeZone: this.zone,
      index: indexIn(feed, this.zone),
      visible: (event) => matchesFilter(feed, event, filter),
      today: viewerToday,
      todayOf: todayFor(this.zone, viewerToday),
      focusDay: this.focusDay,
      weekStartsOn: this.#weekStartsOn(),
      weekNumbers: this.weekNumbers,
      maxLanes: Math.max(1, this.maxEvents),
      headingLevel: headingLevel(this.headingLevel, 2),
      narrow: this.narrow,
      selectEvent: (event, anchor, day, keepPlace, fromDay) => this.#selectEvent(event, anchor, day, keepPlace, fromDay),
      openDay: (day, anchor) => {
        this.#viewModule('list'); // the day's list, loading alongside the popover
        openDay(this, day, anchor);
      },
      focusOn: (day) => this.#moveFocus(day),
      openMonth: (day) => this.#show('month', day),
    };
  }

  /**
   * Tell the page the visitor chose an event, and open it unless the page cancelled that (calendar-popover.ts).
   * Fired here, in the class, so that the custom-elements manifest finds the event.
   */
  #selectEvent(event: FeedEvent, anchor: HTMLElement, day?: DayKey, keepPlace = false, fromDay?: DayKey) {
    const ok = this.dispatchEvent(new CustomEvent('iisg-event-select', { bubbles: true, composed: true, cancelable: true, detail: { event } }));
    // A page that handles the event itself (navigating to an event page) cancels it.
    if (!ok) return;
    openEvent(this, event, anchor, day, keepPlace, fromDay);
  }

  /** The list's next page; focus goes to its first item (the button it was on is gone or moved down). */
  async #showMore() {
    const first = this.listLimit;
    this.listLimit += LIST_PAGE;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('.list [part~="list-item"]')[first]?.focus();
  }

  #moveFocus(day: DayKey) {
    // In the year view a move within the year changes neither the range nor the heading.
    const period = this.#shownView === 'year' ? (d: DayKey) => plainDate(d).year : startOfMonth;
    const changed = period(day) !== period(this.focusDay);
    this.focusDay = day;
    this.#focusAfterRender = true;
    if (changed) this.#rangeChanged();
  }

  #step(direction: 1 | -1, newestPast?: DayKey) {
    this.focusDay = this.#stepTo(direction, newestPast);
    if (this.#shownView === 'list') this.listMode = 'month';
    this.listLimit = LIST_PAGE;
    this.#rangeChanged();
  }

  /**
   * Where previous (-1) or next goes: a year in the year view; else a month, from the upcoming or past list the one
   * before or after today's, and from the past list back to its newest event's month when that is earlier (years
   * before today, a past list's previous went to an empty month, a step at a time from it).
   */
  #stepTo(direction: 1 | -1, newestPast?: DayKey): DayKey {
    const view = this.#shownView;
    if (view === 'year') return addMonths(this.focusDay, 12 * direction);
    const from = view === 'list' && this.#shownListMode !== 'month' ? today(this.zoneForToday) : this.focusDay;
    const to = addMonths(startOfMonth(from), direction);
    return direction < 0 && newestPast !== undefined ? startOfMonth(Math.min(to, newestPast)) : to;
  }

  /** Today's month; in the list view, the list the calendar opened with (`list-range`: a page of past events keeps them). */
  #toToday() {
    this.focusDay = today(this.zoneForToday);
    if (this.#shownView === 'list') this.listMode = this.listRange;
    this.#rangeChanged();
  }

  /**
   * The picker (month or year) whose last choice made the URL's latest history entry (sync-url). Arrow keys on
   * a closed picker choose at each press: those after the first replace that entry, so that Back does not step
   * through every month the visitor passed on the way. Any other change of period makes a new entry again.
   */
  #picker?: Element | null;

  #pick(year: number, month: number) {
    this.focusDay = dayKey(year, month, 1);
    if (this.#shownView === 'list') this.listMode = 'month';
    const picker = this.shadowRoot!.activeElement;
    this.#rangeChanged(picker !== this.#picker);
    this.#picker = picker;
  }

  #show(view: CalendarView, day?: DayKey) {
    this.eventPopover.close(false);
    this.view = view;
    if (day !== undefined) {
      this.focusDay = day;
      this.#focusAfterRender = view === 'month';
    }
    // From another month than today's the list keeps that month; from this one it shows what is coming
    // (or `list-range`). Decided here, not only in willUpdate: sync-url saves the range before that runs.
    if (view === 'list') this.listMode = day !== undefined || this.#awayFromToday() ? 'month' : this.listRange;
    this.#rangeChanged();
  }

  /** Whether the calendar shows another month than today's (a list switched to then keeps that month). */
  #awayFromToday(): boolean {
    return startOfMonth(this.focusDay) !== startOfMonth(today(this.zoneForToday));
  }

  /** The upcoming or past list, its first event focused (the button that asked for it goes away). */
  #showListRange(range: 'upcoming' | 'past') {
    this.listMode = range;
    this.listLimit = LIST_PAGE;
    this.#focusAfterRender = true;
    this.#rangeChanged();
  }

  /** Tell the page (on user action only) and keep the URL in step; a popover about the old range closes. */
  #rangeChanged(push = true) {
    this.eventPopover.close(false);
    this.#saveUrl(push);
    this.#picker = undefined;
    this.updateComplete.then(() => this.#announceRange());
  }

  #announceRange() {
    this.dispatchEvent(new CustomEvent<RangeChangeDetail>('iisg-range-change', { bubbles: true, composed: true, detail: this.#range() }));
  }

  /** The view and the days drawn, as iisg-range-change gives them. */
  #range(): RangeChangeDetail {
    const [start, end] = this.#visibleRange();
    return { view: this.view, start: isoDate(start), end: isoDate(end) };
  }

  /** The days the current view (with the list's range `mode`) needs events for. */
  #daysInView(mode = this.#shownListMode): [DayKey, DayKey] {
    const first = startOfMonth(this.focusDay);
    const { year } = plainDate(this.focusDay);
    const view = this.#shownView;
    if (view === 'year') return [dayKey(year, 1, 1), dayKey(year, 12, 31)];
    if (view === 'list' && mode === 'upcoming') return [today(this.zoneForToday), dayKey(9999, 12, 31)];
    if (view === 'list' && mode === 'past') return [dayKey(1, 1, 1), today(this.zoneForToday)];
    return [first - 7, addMonths(first, 1) + 13];
  }

  /**
   * The days a view's events are read from: with time-zone="event" an event's own today may be TODAY_SPREAD days
   * either side of the visitor's (listEvents), so the upcoming list reads from that far before (on 1 January, the
   * year before's file) and the past list to that far after. An empty list waits for the same days (pending).
   */
  #fetchDays(mode = this.#shownListMode): [DayKey, DayKey] {
    const [from, to] = this.#daysInView(mode);
    const spread = this.zone === 'event' && this.#shownView === 'list' ? TODAY_SPREAD : 0;
    return [from - (mode === 'upcoming' ? spread : 0), to + (mode === 'past' ? spread : 0)];
  }

  #visibleRange(): [DayKey, DayKey] {
    const { year } = plainDate(this.focusDay);
    if (this.#shownView === 'year') return [dayKey(year, 1, 1), dayKey(year, 12, 31)];
    if (this.#shownView === 'list' && this.#shownListMode !== 'month') return this.#daysInView();
    if (this.#shownView !== 'month') return [startOfMonth(this.focusDay), endOfMonth(this.focusDay)];
    // The grid's whole weeks, days of the months before and after included (as month-view draws them).
    const { gridStart, gridEnd } = monthGridDays(this.focusDay, this.#weekStartsOn());
    return [gridStart, gridEnd];
  }

  /** 0 = Sunday: the attribute, else the page language's region, else the language's own convention. */
  #weekStartsOn(): number {
    return this.firstDay ?? regionFirstDay(this.#locale.lang) ?? this.#locale.locale.dateLocale.options?.weekStartsOn ?? 1;
  }

  /** `push`: a new view or period is a new history entry (Back returns to it); typing and filters replace. */
  #saveUrl(push = false) {
    this.#urlSync?.save(push);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iisg-range-change': CustomEvent<RangeChangeDetail>;
  }
}
