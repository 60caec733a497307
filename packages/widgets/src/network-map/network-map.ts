import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleProps } from '../shared/style-props.js';
import type { Feed, Network } from '@iisg/feed';
import { FeedController } from '../shared/feed-controller.js';
// iisg-feed-load, typed in this module's declarations (define.js alone types them).
import '../shared/events.js';
import { LocaleController } from '../shared/locale-controller.js';
import { stopLinkDecoration } from '../shared/link-decoration.js';
import { PopoverController } from '../shared/popover-controller.js';
import { feedStatus } from '../shared/feed-status.js';
import { plural } from '../locales/messages.js';
import { themeStyles } from '../shared/theme.styles.js';
import { popoverStyles } from '../shared/popover.styles.js';
import { mapStyles } from './network-map.styles.js';
import { COUNTRIES, EXTENT } from './geometry.generated.js';
import { boundsOf, eventPlaces, eventYears, geographicOrder, memberPlaces, membersElsewhere, networkMembers, type EventPlace, type MapMember, type Point } from './member-places.js';
import { fitBox, inView, NO_INSET, viewBoxOf, type Fit, type Inset, type MapCamera, type ViewBox } from './map-view.js';
import { eventsMarker, layoutMarkers, markerKind, ringSize, type Marker } from './map-markers.js';
import { elsewhereText, eventsAtWithStatus, markerLabel, memberEvents, memberName, membersAt, networkName, popoverDetails, tooltipBody, type MapContext, type PopoverContent, type RingDetails } from './map-details.js';
import { phraseText, renderPhrase, type Phrase } from '../shared/phrase.js';
import { mapTables } from './map-tables.js';
import { PanZoom, ZOOM_STEP } from './pan-zoom.js';
import { TooltipController } from './tooltip-controller.js';
import { enMap } from '../locales/en-map.js';
import type { MapMessages } from '../locales/messages.js';
import { countryFootnotes } from '../shared/country-footnotes.js';
import { headingLevel } from '../shared/heading-level.js';
import { idNamed } from '../shared/id-named.js';
import { networkLabel, networkNames } from '../shared/network-label.js';

export type MapView = 'map' | 'list';
export type { MapMember } from './member-places.js';

interface StageSize {
  width: number;
  height: number;
  em: number;
  controls: [number, number, number, number];
}

export interface MemberSelectDetail {
  /** Id of the network shown. */
  network: string;
  /** The member chosen, or the members of the marker chosen. */
  members: MapMember[];
}

/**
 * Who belongs to which network, and where: member countries filled, organisations as markers at their
 * city (several in one place gathered into one marker with a count), members outside the drawn area in an
 * "elsewhere" strip, and optionally where the feed's events were held, as rings sized by their number (a
 * ring at a member's place is drawn round its marker, whose popover then lists the ring's events too).
 * Offline geometry, no tiles. The map is one tab stop: arrow keys move between its markers west to east and
 * north to south; the places in the "elsewhere" strip are tab stops of their own after it. Its + and − buttons
 * zoom around its middle (the + and − keys around the focused marker; Ctrl or ⌘ with the wheel around the
 * pointer). A drag pans the map; on a touch screen a vertical swipe over the whole map scrolls the page, and
 * over a zoomed-in map pans it. No pan needs a drag: once part of the map is out of view (zoomed in, moved, or
 * a first view that leaves an event out), an arrow button at the middle of each edge moves it half its width
 * or height that way (`aria-disabled` where the drawn area ends). A table of the same members (`view="list"`)
 * is what screen readers are offered and what prints; in a narrow map it stacks each member's values under its
 * name.
 *
 * @tagname iisg-network-map
 * @summary The members of a feed's networks on a map of south-east and central Europe, with a list view.
 *
 * @csspart toolbar - The title, network and year pickers and the view switcher.
 * @csspart title - The network's name and member count.
 * @csspart button - Every button of the toolbar, the zoom controls and the pan buttons; also `view`, `view-active`, `zoom-in`, `zoom-out`, `fit`, `pan-up`, `pan-left`, `pan-right`, `pan-down`, `close`, `retry`.
 * @csspart map - The map (the one tab stop of its markers).
 * @csspart country - A country's shape; also `member` for the network's member countries and the country code (`XK`).
 * @csspart marker - A marker; also `organisation`, `country`, `cluster` (several members) or `events`, `active` for the one on the map that holds its tab stop, and `elsewhere` for one in the strip of that name.
 * @csspart count - The number on a marker gathering several members.
 * @csspart keyboard-hint - The keys that move between markers, shown under the map while one of its markers has keyboard focus.
 * @csspart legend - The legend.
 * @csspart elsewhere - The strip of members outside the drawn area.
 * @csspart table - The members table (the list view; visually hidden under the map, printed instead of it).
 * @csspart tooltip - The tooltip on hover and focus.
 * @csspart popover - A member's or a place's details (a sheet in narrow containers).
 * @csspart footnote - A country's designation footnote.
 * @csspart message - Loading, error and saved-copy messages; also `loading` (as large as the map it stands for), `error`, `saved-copy`.
 * @csspart retry - The "Try again" button of a network or server error (also `button`).
 *
 * @cssproperty [--iisg-color-surface=#ffffff] - Background and land.
 * @cssproperty [--iisg-color-surface-alt=#f3f5f8] - Toolbar and table heads.
 * @cssproperty [--iisg-color-text=#1a1f26] - Text.
 * @cssproperty [--iisg-color-text-muted=#4f5966] - Secondary text and country outlines.
 * @cssproperty [--iisg-color-border=#88929e] - Borders and the map's frame.
 * @cssproperty [--iisg-color-accent=#0b4f8a] - Markers, member countries, links.
 * @cssproperty [--iisg-color-on-accent=#ffffff] - Numbers on markers.
 * @cssproperty [--iisg-color-danger=#a4161a] - The error message.
 * @cssproperty [--iisg-color-warning=#7a4a00] - Event places, the saved-copy notice.
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
 * @cssproperty [--iisg-map-sea=color-mix(accent 12%, surface-alt)] - Sea.
 * @cssproperty [--iisg-map-land=var(--iisg-color-surface)] - Countries that are not members.
 * @cssproperty [--iisg-map-member=color-mix(accent 38%, surface)] - Member countries.
 * @cssproperty [--iisg-map-marker=var(--iisg-color-accent)] - Markers.
 * @cssproperty [--iisg-map-event=var(--iisg-color-warning)] - Event places.
 *
 * @fires iisg-member-select - The visitor chose a member (a marker, a member country or a table row): `detail` is `{ network, members }`. Cancel it to show your own details instead of the popover.
 * @fires iisg-feed-load - The feed was loaded (or failed): `detail` is `{ state, problems, savedAt }` (`savedAt`: the saved copy is shown); again with the fresh feed if it arrives after its saved copy was shown.
 */
export class IisgNetworkMap extends LitElement {
  static {
    this.addInitializer(stopLinkDecoration);
  }

  static override styles = [themeStyles, popoverStyles, mapStyles];

  /** URL of the feed (JSON). */
  @property() src?: string;
  /** A feed as a value: raw feed JSON (text or object) or a parsed `Feed`. Takes precedence over `src`. */
  @property({ attribute: false }) feed?: unknown;
  /**
   * The network whose members the map shows: its short name (such as RNNC), name or id, as the feed gives them
   * (capitals or not). On its own it shows only that network; to let visitors switch to others as well, choose them
   * in `networks`.
   *
   * One the feed does not have is reported in the console. Without `networks`, setting it hides the switcher.
   */
  @property() network?: string;
  /** The networks visitors can switch between, above the map: by default every network with members. Their ids, space-separated. */
  @property() networks?: string;
  /** `map` or `list`: whether the members are shown first on the map or in a table; visitors can switch between the two. */
  @property({ reflect: true, useDefault: true }) view: MapView = 'map';
  /** What the map marks: `members` (the networks' member countries and organisations, the default), `events` (where the feed's events were held, as rings sized by their number), or both. Space-separated: `members events`. */
  @property() show = 'members';
  /** With `events` in `show`: only the events of this year (2019, for example); every year by default. */
  @property({ type: Number }) year?: number;
  /** `light` (default), `dark`, or `auto`. */
  @property({ reflect: true, useDefault: true }) theme: 'light' | 'dark' | 'auto' = 'light';
  /** The level of the map's title heading (the network's name), 1 to 6: one more than the heading the map sits under, so that the page's headings stay in order. Under a Heading 2 of the page, type 3 (the default). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /**
   * How long to wait for the feed's server, in milliseconds: 15000 (15 seconds) by default. The map tries twice more
   * before it says the feed could not be loaded; raise it for a slow server (30000, for example).
   *
   * Per request; a request that times out, fails on the network or gets a 408, 429 or 5xx answer is retried twice.
   */
  @property({ type: Number }) timeout = 15_000;
  /**
   * The map's name for screen readers, said when a visitor moves to it: "Network members map" in the visitor's
   * language by default. On a page with two maps, name each ("RNNC members", "Where we met").
   *
   * The accessible name of the map's landmark.
   */
  @property() label?: string;

  @state() private chosenNetwork?: string;
  @state() private chosenYear?: number | 'all';
  @state() private camera?: MapCamera;
  /** The stage's size, its em (the markers' size follows the text) and the zoom buttons' box (left, right, top and bottom, pixels from its top left), measured. */
  @state() private stageSize: StageSize = { width: 800, height: 600, em: 16, controls: [0, 0, 0, 0] };
  /** The member (or event place) whose marker on the map holds its tab stop. */
  @state() private focusId?: string;

  private readonly feedController = new FeedController(this, () => ({ src: this.src, feed: this.feed, timeout: this.timeout }));
  private readonly locale = new LocaleController(this);

  /** The first render waits for the page's language: no English first (LocaleController.ready). */
  protected override async scheduleUpdate() {
    if (!this.hasUpdated) await this.locale.ready;
    super.scheduleUpdate();
  }

  /** The map's strings in the language shown (English ones come with this element, not with every page). */
  private get mapMessages(): MapMessages {
    return this.locale.messages.map ?? enMap;
  }
  private readonly detailPopover = new PopoverController<PopoverContent>(this, () => this.renderRoot.querySelector<HTMLElement>('.popover'));
  private readonly tooltip = new TooltipController<Marker>(this, () => this.renderRoot.querySelector<HTMLElement>('.tooltip'));
  private resizeObserver?: ResizeObserver;
  private observedStage?: HTMLElement;
  private fittedFor?: string;
  private readonly panZoom = new PanZoom(this, { move: (camera) => (this.camera = camera), panStart: () => this.tooltip.hide() });
  /** Markers in the order they are drawn, the "elsewhere" strip's last, rebuilt with each render. */
  private markers: Marker[] = [];
  /** The markers on the map: those the arrow keys move between. */
  private mapMarkers: Marker[] = [];

  /** The network shown: the visitor's choice, else `network`, else the first offered. */
  get shownNetwork(): Network | undefined {
    const feed = this.feedController.feed;
    if (!feed) return undefined;
    // The visitor's choice, by its id, while the feed has it (a new feed may not; that is no mistake of the page's).
    const chosen = this.chosenNetwork && feed.networks.get(this.chosenNetwork);
    if (chosen) return chosen;
    return this.network ? this.networkNamed(feed, this.network) : this.offeredNetworks(feed)[0];
  }

  /** Networks found for `network` and `networks` values, per feed: each value not found is told once. */
  private readonly namedNetworks = new WeakMap<Feed, Map<string, Network | undefined>>();

  /**
   * The network a page names by its id, in any case, or by its acronym, short name or name (`network="RNNC"`
   * for the id `rnnc`); one not found is told to the page's developer, with the ids the feed has.
   */
  private networkNamed(feed: Feed, value: string): Network | undefined {
    let named = this.namedNetworks.get(feed);
    if (!named) this.namedNetworks.set(feed, (named = new Map()));
    if (named.has(value)) return named.get(value);
    const ids = [...feed.networks.keys()];
    const network = feed.networks.get(idNamed(value, ids, (id) => networkNames(feed.networks.get(id)))!);
    if (!network) console.warn(`${this.feedController.who}: "${value}" is not a network of the feed (its networks: ${ids.join(', ') || 'none'})`);
    named.set(value, network);
    return network;
  }

  /** The members of the network shown, resolved against the feed in the element's language. */
  get members(): MapMember[] {
    const feed = this.feedController.feed;
    const network = this.shownNetwork;
    return feed && network ? networkMembers(feed, network, this.locale.lang) : [];
  }

  /** Zoom and pan back to the network's members. */
  fit() {
    this.camera = undefined;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observedStage = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('src') || changed.has('feed')) this.feedController.refresh();
    if (changed.has('lang' as keyof IisgNetworkMap)) this.locale.resolve();
    // A network, or networks to choose from, set from code take over from the visitor's choice (one no longer offered
    // stayed on the map while its menu showed the first of the new ones).
    if (changed.has('network') || changed.has('networks')) this.chosenNetwork = undefined;
    if (changed.has('year')) this.chosenYear = undefined;
    // A new network, layer or year fits the map to what it shows.
    const fitKey = `${this.shownNetwork?.id}|${this.show}|${this.shownYear}`;
    if (fitKey !== this.fittedFor) {
      this.fittedFor = fitKey;
      this.camera = undefined;
    }
    this.markerFocused = !!this.shadowRoot?.activeElement?.closest('.markers');
  }

  /** A marker on the map had focus when this update began. */
  private markerFocused = false;

  protected override updated() {
    // The markers are laid out anew at each zoom (clusters part and merge) in buttons reused by their place
    // in the list: focus goes with the member to its marker, the tab stop, not to what its button shows now.
    const stop = this.markerFocused && this.renderRoot.querySelector<HTMLElement>('.markers [tabindex="0"]');
    if (stop && this.shadowRoot!.activeElement !== stop) stop.focus({ preventScroll: true });
    const stage = this.renderRoot.querySelector<HTMLElement>('.stage');
    if (stage && stage !== this.observedStage) {
      // Re-render after this observation is delivered: changing layout inside it loops the observer.
      this.resizeObserver ??= new ResizeObserver(() => requestAnimationFrame(() => this.measureStage()));
      this.resizeObserver.disconnect();
      this.resizeObserver.observe(stage);
      // Its size changes with the direction: the zoom buttons change sides when a page's `dir` does.
      this.resizeObserver.observe(stage.querySelector('.dir-probe')!);
      this.observedStage = stage;
    }
  }

  /** By layout sizes, not client rects: a page's transform (a scaled preview) leaves the map's own as they are. */
  private measureStage() {
    const stage = this.observedStage;
    if (!stage) return;
    // No zoom buttons (none drawn yet): nothing to keep clear of. Their offset parent is the stage.
    const zoom = stage.querySelector<HTMLElement>('.zoom');
    const controls: StageSize['controls'] = zoom ? [zoom.offsetLeft, zoom.offsetLeft + zoom.offsetWidth, zoom.offsetTop, zoom.offsetTop + zoom.offsetHeight] : [0, 0, 0, 0];
    const size: StageSize = { width: stage.offsetWidth, height: stage.offsetHeight, em: parseFloat(getComputedStyle(stage).fontSize) || 16, controls };
    if (size.width && size.height && JSON.stringify(size) !== JSON.stringify(this.stageSize)) this.stageSize = size;
  }

  /**
   * What the fit keeps clear at the stage's sides: the zoom buttons' column (on the left in a right-to-left
   * page), or their row at its top (a narrow map with large text), if a marker, as large as the text makes
   * it, would be under them.
   */
  private fitInset(fit: Fit, points: Point[]): Inset {
    const { width, height, em, controls } = this.stageSize;
    const [x0, x1, y0, y1] = controls;
    if (x1 <= x0) return NO_INSET;
    // Half a cluster, with room for its focus ring.
    const reach = em;
    const vb = viewBoxOf(undefined, fit, width, height);
    const [left, right, bottom] = [x0 - reach, x1 + reach, y1 + reach];
    const covered = points.some(([x, y]) => {
      const [px, py] = [((x - vb.x) / vb.w) * width, ((y - vb.y) / vb.h) * height];
      return px > left && px < right && py < bottom;
    });
    if (!covered) return NO_INSET;
    if (x1 - x0 > y1 - y0) return { ...NO_INSET, top: bottom };
    return x0 < width / 2 ? { ...NO_INSET, left: right } : { ...NO_INSET, right: width - left };
  }

  private offeredNetworks(feed: Feed): Network[] {
    const ids = this.networks?.split(/\s+/).filter(Boolean) ?? (this.network ? [this.network] : [...feed.networks.values()].filter((n) => n.members.length).map((n) => n.id));
    return ids.map((id) => this.networkNamed(feed, id)).filter((n): n is Network => !!n);
  }

  private get layers() {
    const words = this.show.split(/\s+/);
    const events = words.includes('events');
    return { members: words.includes('members') || !events, events };
  }

  private get shownYear(): number | undefined {
    const year = this.chosenYear ?? this.year;
    return year === 'all' ? undefined : year;
  }

  protected override render(): TemplateResult {
    const feed = this.feedController.feed;
    const status = feedStatus(this.feedController, this.locale.locale, this.mapMessages.feedMessages);
    // The first load's message holds the map's room (the styles give it the stage's shape): the page below
    // does not jump down when the map comes.
    if (!feed) return html`<div class="first-load">${status}</div>`;
    const network = this.shownNetwork;
    const members = this.layers.members ? this.members : [];
    const events = this.layers.events ? eventPlaces(feed, this.locale.lang, this.shownYear) : [];
    return html`
      ${status}
      <section class="network-map" aria-label=${this.label?.trim() || this.mapMessages.label}>
        ${this.renderToolbar(feed, network, members)}
        ${this.view === 'map' ? this.renderMap(feed, network, members, events) : nothing}
        <div class="table-wrap ${this.view === 'map' ? 'visually-hidden' : ''}">
          ${mapTables(this.context(feed), network, members, events, {
            showMembers: this.layers.members,
            year: this.shownYear,
            interactive: this.view === 'list',
            chooseMember: (m, anchor) => this.chooseMembers([m], memberName(m), anchor),
          })}
        </div>
        ${countryFootnotes(feed, [...feed.countries.keys()].filter((code) => COUNTRIES[code]), this.locale.lang)}
      </section>
      ${this.renderTooltip(feed)} ${this.renderPopover(feed)}
      <div class="width-probe"></div>
    `;
  }

  private renderToolbar(feed: Feed, network: Network | undefined, members: MapMember[]) {
    const lang = this.locale.lang;
    const offered = this.offeredNetworks(feed);
    const years = this.layers.events ? eventYears(feed) : [];
    // A year with no events (set by the page) is offered too, so that the picker says which year is shown.
    const shown = this.shownYear;
    if (Number.isInteger(shown) && years.length && !years.includes(shown!)) years.push(shown!), years.sort((a, b) => b - a);
    // No network to show (a feed without one, or a name the feed does not have): the map's own name, not an empty heading.
    const ctx = this.context(feed);
    const name = network ? networkName(ctx, network) : [this.label?.trim() || this.mapMessages.label];
    const short = networkName(ctx, network, true);
    return html`
      <div class="toolbar" part="toolbar">
        <!-- Polite live region: a visitor who picks another network or year hears its name and member count. -->
        <div class="title" part="title" aria-live="polite">
          <div role="heading" aria-level=${headingLevel(this.headingLevel, 3)} class="name">${renderPhrase(name)}${phraseText(short) && phraseText(short) !== phraseText(name) ? html`<span class="short-name"> (${renderPhrase(short)})</span>` : nothing}</div>
          ${this.layers.members ? html`<span class="count">${plural(this.mapMessages.memberCount, members.length, lang)}</span>` : nothing}
        </div>
        <div class="controls">
          ${offered.length > 1
            ? html`<label class="picker">
                <span>${this.mapMessages.network}</span>
                <select @change=${(e: Event) => this.chooseNetwork((e.target as HTMLSelectElement).value)}>
                  ${offered.map((n) => {
                    const { label, lang: l } = networkLabel(n, lang, feed.language);
                    return html`<option value=${n.id} .selected=${n.id === network?.id} lang=${l ?? nothing}>${label}</option>`;
                  })}
                </select>
              </label>`
            : nothing}
          ${years.length
            ? html`<label class="picker">
                <span>${this.mapMessages.year}</span>
                <select @change=${(e: Event) => this.chooseYear((e.target as HTMLSelectElement).value)}>
                  <option value="all" .selected=${this.shownYear === undefined}>${this.mapMessages.allYears}</option>
                  ${years.map((y) => html`<option value=${y} .selected=${y === this.shownYear}>${y}</option>`)}
                </select>
              </label>`
            : nothing}
          <div class="views" role="group" aria-label=${this.mapMessages.views}>
            ${(['map', 'list'] as const).map(
              (v) => html`<button type="button" part=${`button view${v === this.view ? ' view-active' : ''}`} aria-pressed=${v === this.view ? 'true' : 'false'} @click=${() => this.switchView(v)}>
                ${this.mapMessages[v]}
              </button>`,
            )}
          </div>
        </div>
      </div>
    `;
  }

  private renderMap(feed: Feed, network: Network | undefined, members: MapMember[], events: EventPlace[]) {
    const places = memberPlaces(members);
    const memberCountries = new Set(members.filter((m) => m.kind === 'country' && m.point).map((m) => m.id));
    const eventPoints = events.flatMap((e) => (e.point ? [e.point] : []));
    const keep = fitBox(boundsOf(places.map((p) => p.point), [...memberCountries]));
    const box = eventPoints.length ? fitBox(boundsOf([...places.map((p) => p.point), ...eventPoints], [...memberCountries])) : keep;
    const { width, height, em } = this.stageSize;
    const inset = this.fitInset({ box, keep }, [...places.map((p) => p.point), ...eventPoints]);
    const vb = (this.panZoom.shown = viewBoxOf(this.camera, { box, keep }, width, height, inset));
    const scale = width / vb.w;

    const { memberMarkers, eventMarkers, maxEvents } = layoutMarkers(places, events, scale, em);
    const elsewhere: Marker[] = [
      ...membersElsewhere(members).map((m): Marker => ({ kind: 'members', key: m.key, ids: [m.key], lon: m.lon, lat: m.lat, name: m.name, place: memberName(m), members: [m] })),
      ...events.filter((e) => !e.point).map((e) => eventsMarker([e])),
    ];
    this.mapMarkers = [...eventMarkers, ...memberMarkers];
    this.markers = [...this.mapMarkers, ...elsewhere];
    const active = this.activeMarker();
    const ctx = this.context(feed);
    const shortName = networkName(ctx, network, true);

    return html`
      <div class="roving" @keydown=${this.onKeydown} @focusin=${this.onFocusIn}>
        <div
          class=${vb.zoom > 1 ? 'stage zoomed' : 'stage'}
          part="map"
          role="group"
          aria-label=${network ? `${this.mapMessages.label}: ${phraseText(shortName)}` : this.mapMessages.label}
          aria-describedby="keyboard-hint"
          @pointerdown=${this.panZoom.onPointerDown}
          @pointermove=${this.panZoom.onPointerMove}
          @pointerup=${this.panZoom.onPointerUp}
          @pointercancel=${this.panZoom.onPointerCancel}
          @wheel=${{ handleEvent: (e: WheelEvent) => this.panZoom.onWheel(e, vb), passive: false }}
        >
          <svg viewBox="${vb.x} ${vb.y} ${vb.w} ${vb.h}" preserveAspectRatio="none" aria-hidden="true">
            <rect class="sea" x=${EXTENT[0]} y=${EXTENT[1]} width=${EXTENT[2] - EXTENT[0]} height=${EXTENT[3] - EXTENT[1]}></rect>
            ${Object.entries(COUNTRIES).map(([code, [d]]) => {
              const member = memberCountries.has(code);
              return svg`<path d=${d} part=${`country ${code}${member ? ' member' : ''}`} class=${member ? 'member' : ''} data-country=${code}
                @click=${member ? () => this.chooseCountry(code) : nothing}
                @pointerenter=${member ? (e: PointerEvent) => this.hoverCountry(code, e) : nothing}
                @pointerleave=${member ? () => this.tooltip.hideSoon() : nothing}></path>`;
            })}
            <rect class="frame" x=${EXTENT[0]} y=${EXTENT[1]} width=${EXTENT[2] - EXTENT[0]} height=${EXTENT[3] - EXTENT[1]}></rect>
          </svg>
          <!-- Before the markers, as on screen (top right): Tab from a marker, or from its popover, goes on past the map. -->
          <div class="zoom">
            <button type="button" part="button zoom-in" aria-label=${this.mapMessages.zoomIn} @click=${() => this.panZoom.zoomBy(ZOOM_STEP)}><span aria-hidden="true">+</span></button>
            <button type="button" part="button zoom-out" aria-label=${this.mapMessages.zoomOut} @click=${() => this.panZoom.zoomBy(1 / ZOOM_STEP)}><span aria-hidden="true">−</span></button>
            <!-- Named by its title alone: with the same words as aria-label too, the title was read again as its description. -->
            <button type="button" part="button fit" title=${this.mapMessages.fit} @click=${() => this.fit()}><span aria-hidden="true">⤢</span></button>
          </div>
          ${this.camera || this.mapMarkers.some((m) => !inView(m.point!, vb)) ? this.renderPan(vb) : nothing}
          <div class="dir-probe"></div>
          <div class="markers">
            ${eventMarkers.map((m) => this.renderMarker(ctx, m, vb, m === active, maxEvents))}
            ${memberMarkers.map((m) => this.renderMarker(ctx, m, vb, m === active, maxEvents))}
          </div>
        </div>
        <p id="keyboard-hint" class="keyboard-hint" part="keyboard-hint">${this.mapMessages.keyboardHint}</p>
        ${elsewhere.length
          ? html`<div class="elsewhere" part="elsewhere">
              <span class="elsewhere-label" id="elsewhere-label">${this.mapMessages.elsewhere}</span>
              <ul aria-labelledby="elsewhere-label">
                ${elsewhere.map((m) => html`<li>${this.renderElsewhere(ctx, m)}</li>`)}
              </ul>
            </div>`
          : nothing}
      </div>
      ${this.renderLegend(shortName, memberCountries.size > 0, new Set(this.mapMarkers.map(markerKind)))}
    `;
  }

  /**
   * Every pan a drag makes, made by clicks or taps (WCAG 2.5.7): an arrow button at the middle of each edge moves
   * the map half its width or height that way. Drawn once part of the map is out of view (zoomed in, moved, or a
   * first view that leaves an event out), not over a first view that shows it all. At the drawn area's edge a
   * button says it can go no further (`aria-disabled`: focus stays on it) and does nothing.
   */
  private renderPan(vb: ViewBox) {
    const m = this.mapMessages;
    const buttons = [
      ['up', m.panUp, '↑', 0, -1, vb.y > EXTENT[1] + 0.5],
      ['left', m.panLeft, '←', -1, 0, vb.x > EXTENT[0] + 0.5],
      ['right', m.panRight, '→', 1, 0, vb.x + vb.w < EXTENT[2] - 0.5],
      ['down', m.panDown, '↓', 0, 1, vb.y + vb.h < EXTENT[3] - 0.5],
    ] as const;
    return buttons.map(
      ([side, name, arrow, x, y, can]) =>
        html`<button type="button" class="pan ${side}" part=${`button pan-${side}`} aria-label=${name} aria-disabled=${can ? 'false' : 'true'} @click=${() => can && this.panZoom.panBy(x / 2, y / 2)}><span aria-hidden="true">${arrow}</span></button>`,
    );
  }

  private renderMarker(ctx: MapContext, marker: Marker, vb: ViewBox, active: boolean, maxEvents: number) {
    const [x, y] = marker.point!;
    const style: Record<string, string> = { left: `${((x - vb.x) / vb.w) * 100}%`, top: `${((y - vb.y) / vb.h) * 100}%` };
    const kind = markerKind(marker);
    const count = marker.kind === 'members' ? marker.members.length : 0;
    if (marker.kind === 'events') {
      style['--ring'] = `${ringSize(marker.events.length, maxEvents).toFixed(3)}em`;
      if (marker.room !== undefined) style['--room'] = `${marker.room.toFixed(3)}em`;
    }
    return html`<button
      type="button"
      class="marker ${kind}${marker.kind === 'events' && marker.around ? ` around-${marker.around}` : ''}"
      part=${`marker ${kind}${active ? ' active' : ''}`}
      data-key=${marker.key}
      tabindex=${active ? 0 : -1}
      aria-haspopup="dialog"
      ${styleProps(style)}
      @click=${() => this.chooseMarker(marker)}
      @pointerenter=${(e: PointerEvent) => this.tooltip.hover(marker, e.currentTarget as Element, e)}
      @pointerleave=${() => this.tooltip.hideSoon()}
      @focus=${(e: FocusEvent) => this.tooltip.show(marker, e.currentTarget as Element)}
      @blur=${() => this.tooltip.hide()}
    >${count > 1 ? html`<span class="count" part="count" aria-hidden="true">${count}</span>` : nothing}<span class="visually-hidden">${renderPhrase(markerLabel(ctx, marker))}</span></button>`;
  }

  /**
   * A place in the "elsewhere" strip: a tab stop of its own, after the map's. On the arrow keys' west-to-east
   * way Washington came first, before any marker on the map, and was where the map's tab stop began.
   */
  private renderElsewhere(ctx: MapContext, marker: Marker) {
    return html`<button
      type="button"
      class="place ${marker.kind}"
      part=${`marker elsewhere ${marker.kind === 'events' ? 'events' : marker.members[0].kind}`}
      data-key=${marker.key}
      aria-haspopup="dialog"
      @click=${() => this.chooseMarker(marker)}
      @pointerenter=${(e: PointerEvent) => this.tooltip.hover(marker, e.currentTarget as Element, e)}
      @pointerleave=${() => this.tooltip.hideSoon()}
      @focus=${(e: FocusEvent) => this.tooltip.show(marker, e.currentTarget as Element)}
      @blur=${() => this.tooltip.hide()}
    ><span class="dot" aria-hidden="true"></span>${renderPhrase(elsewhereText(ctx, marker))}${marker.kind === 'members' ? html`<span class="visually-hidden"> (${renderPhrase(markerLabel(ctx, marker))})</span>` : nothing}</button>`;
  }

  /**
   * The legend: the kinds of mark on the map, as drawn. A member merged into a cluster is drawn as the cluster:
   * no "Organisation" when every organisation is in one, and a member country's fill without its marker's ring.
   */
  private renderLegend(networkName: Phrase, filled: boolean, kinds: Set<string>) {
    const name = phraseText(networkName);
    return html`<ul class="legend" part="legend" aria-label=${name}>
      ${filled
        ? html`<li><span class="swatch member" aria-hidden="true">${kinds.has('country') ? html`<span class="swatch country"></span>` : nothing}</span>${name ? html`${renderPhrase(networkName)}: ` : ''}${this.mapMessages.memberCountry}</li>`
        : nothing}
      ${kinds.has('organisation') ? html`<li><span class="swatch organisation" aria-hidden="true"></span>${this.mapMessages.organisation}</li>` : nothing}
      ${kinds.has('cluster') ? html`<li><span class="swatch cluster" aria-hidden="true">2</span>${this.mapMessages.members}</li>` : nothing}
      ${kinds.has('events') ? html`<li><span class="swatch events" aria-hidden="true"></span>${this.mapMessages.events}${this.shownYear ? ` (${this.shownYear})` : ''}</li>` : nothing}
    </ul>`;
  }

  /** What the map's text is rendered from. */
  private context(feed: Feed): MapContext {
    return { feed, lang: this.locale.lang, locale: this.locale.locale, messages: this.mapMessages };
  }

  private renderTooltip(feed: Feed) {
    const marker = this.tooltip.content;
    if (!marker || this.detailPopover.isOpen) return nothing;
    return html`<div class="tooltip" part="tooltip" role="tooltip" @pointerenter=${() => this.tooltip.keep()} @pointerleave=${() => this.tooltip.hideSoon()}>${tooltipBody(this.context(feed), marker)}</div>`;
  }

  private renderPopover(feed: Feed) {
    const content = this.detailPopover.content;
    if (!content) return nothing;
    return html`
      <div class="popover ${this.detailPopover.sheet ? 'sheet' : ''}" part="popover" role="dialog" aria-labelledby="popover-title">
        <button type="button" class="popover-close" part="button close" aria-label=${this.mapMessages.close} @click=${this.detailPopover.closeButtonClick}>
          <span aria-hidden="true">×</span>
        </button>
        <h2 id="popover-title" class="details-title" tabindex="-1">${renderPhrase(content.title)}</h2>
        ${popoverDetails(this.context(feed), content)}
      </div>
    `;
  }

  /** The marker on the map holding its tab stop: the one with the focused member, else the westernmost. */
  private activeMarker(): Marker | undefined {
    const found = this.focusId ? this.mapMarkers.find((m) => m.ids.includes(this.focusId!)) : undefined;
    return found ?? geographicOrder(this.mapMarkers, 'west-east')[0];
  }

  private onKeydown = (event: KeyboardEvent) => {
    const target = event.composedPath()[0] as HTMLElement;
    const key = target.dataset?.key;
    if (key === undefined) return;
    const current = this.mapMarkers.find((m) => m.key === key);
    if (!current) return;
    let next: Marker | undefined;
    const we = geographicOrder(this.mapMarkers, 'west-east');
    const ns = geographicOrder(this.mapMarkers, 'north-south');
    const step = (order: Marker[], by: number) => order[Math.min(order.length - 1, Math.max(0, order.indexOf(current) + by))];
    switch (event.key) {
      case 'ArrowRight':
        next = step(we, 1);
        break;
      case 'ArrowLeft':
        next = step(we, -1);
        break;
      case 'ArrowDown':
        next = step(ns, 1);
        break;
      case 'ArrowUp':
        next = step(ns, -1);
        break;
      case 'Home':
        next = we[0];
        break;
      case 'End':
        next = we[we.length - 1];
        break;
      case '+':
      case '=':
        this.panZoom.zoomBy(ZOOM_STEP, current.point);
        break;
      case '-':
        this.panZoom.zoomBy(1 / ZOOM_STEP, current.point);
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next && next !== current) this.focusMarker(next);
  };

  /** Move the tab stop to a marker, pan it into view, and focus it. */
  private async focusMarker(marker: Marker) {
    this.focusId = marker.ids[0];
    this.bringIntoView(marker);
    await this.updateComplete;
    const target = this.markers.find((m) => m.ids.includes(marker.ids[0]));
    this.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(target?.key ?? marker.key)}"]`)?.focus({ preventScroll: true });
  }

  private onFocusIn = (event: FocusEvent) => {
    const key = (event.composedPath()[0] as HTMLElement).dataset?.key;
    const marker = key === undefined ? undefined : this.mapMarkers.find((m) => m.key === key);
    if (!marker) return;
    if (!marker.ids.includes(this.focusId ?? '')) this.focusId = marker.ids[0];
    this.bringIntoView(marker);
  };

  private bringIntoView(marker: Marker) {
    if (!marker.point || !this.observedStage) return;
    this.panZoom.bringIntoView(marker.point);
  }

  private hoverCountry(code: string, event: PointerEvent) {
    const member = this.members.find((m) => m.kind === 'country' && m.id === code);
    if (!member) return;
    this.tooltip.hover({ kind: 'members', key: member.key, ids: [member.key], name: member.name, place: memberName(member), members: [member] }, event.currentTarget as Element, event);
  }

  private chooseCountry(code: string) {
    const marker = this.markers.find((m) => m.kind === 'members' && m.members.some((x) => x.kind === 'country' && x.id === code));
    if (!marker) return;
    const button = this.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(marker.key)}"]`);
    const member = (marker as Extract<Marker, { kind: 'members' }>).members.find((x) => x.kind === 'country' && x.id === code)!;
    this.focusId = member.key;
    if (button) this.chooseMembers([member], memberName(member), button);
  }

  private chooseMarker(marker: Marker) {
    const button = this.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(marker.key)}"]`);
    if (!button) return;
    // One in the strip has a tab stop of its own: the map's stays where it was.
    if (this.mapMarkers.includes(marker)) this.focusId = marker.ids[0];
    this.tooltip.hide();
    const feed = this.feedController.feed;
    if (!feed) return;
    const ctx = this.context(feed);
    if (marker.kind === 'events') {
      this.detailPopover.open({ kind: 'events', title: eventsAtWithStatus(ctx, marker.events, marker.place), events: marker.events }, button);
      return;
    }
    const title = marker.members.length === 1 ? memberName(marker.members[0]) : membersAt(ctx, marker.members.length, marker.place);
    // The marker covers most of its ring's target: the ring's events that the members' own lists (events they
    // organised, or held in their country) leave out follow them, so none is said twice. Headed as the ring is,
    // with all its events, and with how many of them the lists above give.
    const listed = new Set(marker.members.flatMap((m) => memberEvents(feed, m)));
    const all = marker.ring?.events ?? [];
    const more = all.filter((e) => !listed.has(e));
    const ring = more.length ? { title: eventsAtWithStatus(ctx, all, marker.ring!.place), events: more, above: all.length - more.length } : undefined;
    this.chooseMembers(marker.members, title, button, ring);
  }

  private chooseMembers(members: MapMember[], title: Phrase, anchor: HTMLElement, ring?: RingDetails) {
    const detail: MemberSelectDetail = { network: this.shownNetwork?.id ?? '', members };
    const ok = this.dispatchEvent(new CustomEvent('iisg-member-select', { bubbles: true, composed: true, cancelable: true, detail }));
    // A page that shows members its own way cancels the event.
    if (!ok) return;
    this.tooltip.hide();
    this.detailPopover.open({ kind: 'members', title, members, ring }, anchor);
  }


  private chooseNetwork(id: string) {
    this.detailPopover.close(false);
    this.chosenNetwork = id;
    this.focusId = undefined;
  }

  private chooseYear(value: string) {
    this.chosenYear = value === 'all' ? 'all' : Number(value);
  }

  private switchView(view: MapView) {
    this.detailPopover.close(false);
    this.tooltip.hide();
    this.view = view;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iisg-member-select': CustomEvent<MemberSelectDetail>;
  }
}
