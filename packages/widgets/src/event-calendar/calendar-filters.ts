import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { filterChoices, matchesAround, prepareSearch, type DayKey, type EventFilter } from '@iisg/feed';
import { fill, plural } from '../locales/messages.js';
import { LIST_PAGE, periodName, type CalendarContext, type ListRange } from './calendar-context.js';
import type { CalendarView } from './event-calendar.js';
import { FILTER_KINDS, filterChoice, filterKinds, type FilterKind } from './filter-choices.js';

/** Milliseconds the search and filters must rest before their count is announced. */
const ANNOUNCE_DELAY = 600;
/** Milliseconds the count stays in the live region after it is said (long enough for a reader to take it). */
const ANNOUNCE_KEEP = 4000;

/**
 * The calendar's state the filters read and set: fields of `IisgEventCalendar` (private to its users, not
 * to this part of it), as url-sync's `UrlSyncTarget`.
 */
export interface FiltersHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
  readonly filters: string;
  readonly activeFilters: EventFilter;
  /** The visitor's search and menu choices. */
  query: string;
  chosen: EventFilter;
  listLimit: number;
}

/**
 * The calendar's filter and search row: the filter menus (folded behind a button in a narrow calendar),
 * the search, the count of matches, and buttons to find them and to undo the visitor's choices; printed,
 * a line saying what is filtered. The count is said in its live region once the visitor's search and
 * filters have rested a moment (after the update that drew it).
 */
export class CalendarFilters implements ReactiveController {
  /** Whether the visitor changed the search or a filter since the count was said. */
  #searched = false;
  /** Whether the visitor opened the filter menus of a narrow calendar. */
  #open = false;
  /** The search's count as last rendered. */
  #status = '';
  /** Filtered, and an index feed's period files not all come or failed: no count yet. */
  #counting = false;
  #announceTimer?: ReturnType<typeof setTimeout>;
  readonly #host: FiltersHost;
  /** Keep the URL in step (sync-url). */
  readonly #saveUrl: () => void;

  constructor(host: FiltersHost, saveUrl: () => void) {
    this.#host = host;
    this.#saveUrl = saveUrl;
    host.addController(this);
  }

  /**
   * Say the count in the live region once the visitor's search and filters have rested a moment. Only
   * theirs: a preset, a period file arriving or a month change (the heading speaks) say nothing.
   */
  hostUpdated() {
    const region = this.#host.renderRoot.querySelector('#announce');
    // A count said before and since changed (another month, a preset) is emptied, not left to be read.
    if (!this.#searched) return region?.textContent !== this.#status && region?.replaceChildren();
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      // Period files still coming: said at the update the last one brings.
      if (this.#counting) return;
      this.#searched = false;
      if (!region) return;
      region.textContent = this.#status;
      // Said: then out of the reading order, where it followed the same count's visible line.
      this.#announceTimer = setTimeout(() => region.replaceChildren(), ANNOUNCE_KEEP);
    }, ANNOUNCE_DELAY);
  }

  hostDisconnected() {
    clearTimeout(this.#announceTimer);
  }

  /**
   * `view` and `listMode` are those drawn; `shownDays` the first and last day drawn, once every period file
   * of an index feed has come or failed (undefined before); `loaded`: the feed is there, not the empty frame drawn while
   * it loads; `listed`: how many events the list view holds (undefined in the month and year).
   */
  render(ctx: CalendarContext, view: CalendarView, listMode: ListRange, shownDays: [DayKey, DayKey] | undefined, loaded: boolean, listed?: number): TemplateResult {
    const host = this.#host;
    const { messages } = ctx.locale;
    const kinds = filterKinds(host.filters);
    const filter = host.activeFilters;
    const filtered = Object.values(filter).some(Boolean);
    // What the visitor can undo: the search and the filters shown (a preset with no menu stays).
    const chosen = kinds.filter((kind) => filter[kind]).length;
    const clearable = Boolean(filter.query) || chosen > 0;
    // In a narrow calendar the menus fold behind a button, so the events are not pushed below the fold.
    const folded = ctx.narrow && kinds.length > 0 && !this.#open;
    // Counted only when something is filtered: a 10,000-event feed is not walked on every render.
    const matches = filtered ? ctx.feed.events.filter(ctx.visible) : [];
    // Matches, but none in the month or year shown: say so, and offer the nearest one's. Once every period
    // file of an index feed is in: one still loading may hold a match in the days shown. (An empty upcoming
    // or past list says so itself, and offers the other: list-view.ts.)
    const around = shownDays && matchesAround(matches, (e) => ctx.index.span(e)!, ...shownDays);
    const elsewhere = view !== 'list' || listMode === 'month' ? around?.nearest : undefined;
    // Counted once every period file of an index feed is in: a preset fetches only the days shown, and "No events
    // match" was said over a list that offered the past years' matches.
    this.#counting = filtered && !shownDays;
    let status = filtered && shownDays ? plural(messages.calendar.matching, matches.length, ctx.lang) : '';
    if (elsewhere !== undefined) status = fill(messages.calendar.noneShown, { matching: status, period: periodName(ctx, view, ctx.focusDay) });
    else if (status) {
      // Some in the days shown, some elsewhere: "5 events match" over a month of 3 (or an upcoming list of 2) sent the
      // visitor looking for the others. None in an upcoming or past list: the list says so, and offers the other.
      const shown = listed ?? around!.shown;
      if (shown && shown < matches.length) status = fill(messages.calendar.someShown, { matching: status, shown });
    }
    this.#status = status;
    return html`
      <div class="filters" part="filters">
        ${ctx.narrow && kinds.length
          ? html`<button type="button" class="filters-toggle" part="button filters-toggle" aria-expanded=${folded ? 'false' : 'true'} aria-controls="filter-menus" @click=${() => this.#toggle(folded)}>
              ${messages.calendar.filterToggle}${chosen ? ` (${chosen})` : ''}
            </button>`
          : nothing}
        <div id="filter-menus" class="filter-menus" ?hidden=${folded}>
          ${kinds.map((kind) => {
            const choices = [...filterChoices(ctx.feed, kind).keys()]
              .map((id) => ({ id, ...filterChoice(ctx.feed, ctx.lang, kind, id) }))
              .sort((a, b) => a.label.localeCompare(b.label, ctx.lang));
            return html`<label class="filter">
              <span>${messages.calendar.filters[kind]}</span>
              <select @change=${(e: Event) => this.#setFilter(kind, (e.target as HTMLSelectElement).value)}>
                <option value="" .selected=${!filter[kind]}>${messages.calendar.all}</option>
                ${choices.map((c) => html`<option value=${c.id} lang=${c.lang ?? nothing} .selected=${filter[kind] === c.id}>${c.label}</option>`)}
              </select>
            </label>`;
          })}
        </div>
        <label class="filter search">
          <span>${messages.calendar.search}</span>
          <input type="search" .value=${host.query} placeholder=${messages.calendar.searchHint} @focus=${() => this.#prepareSearch(ctx.feed)} @input=${(e: Event) => this.#setQuery((e.target as HTMLInputElement).value)} />
        </label>
        <div class=${filtered ? 'results' : 'no-results'}>
          <p class="matching ${filtered ? '' : 'visually-hidden'}" tabindex="-1">${status}</p>
          ${elsewhere === undefined
            ? nothing
            : html`<button type="button" part="button show-matches" @click=${() => ctx.focusOn(elsewhere)}>${fill(messages.calendar.showPeriod, { period: periodName(ctx, view, elsewhere) })}</button>`}
          ${clearable ? html`<button type="button" part="button clear-filters" @click=${() => this.#clearFilters()}>${messages.calendar.clearFilters}</button>` : nothing}
        </div>
        <!-- The count, said once the visitor stops typing (not once per key): see updated(). -->
        <p id="announce" class="visually-hidden" role="status"></p>
      </div>
      ${filtered && loaded ? html`<p class="print-filters">${filterSummary(ctx, filter, status)}</p>` : nothing}
    `;
  }

  /** Show (`open`) or fold the filter menus of a narrow calendar. */
  #toggle(open: boolean) {
    this.#open = open;
    this.#host.requestUpdate();
  }

  #setFilter(kind: FilterKind, value: string) {
    this.#searched = true;
    this.#host.chosen = { ...this.#host.chosen, [kind]: value || '' };
    this.#host.listLimit = LIST_PAGE;
    this.#saveUrl();
  }

  /** Undo the visitor's search and menu choices (presets without a menu stay); focus goes to the search box. */
  async #clearFilters() {
    this.#host.chosen = { ...this.#host.chosen, ...Object.fromEntries(filterKinds(this.#host.filters).map((kind) => [kind, ''])) };
    this.#setQuery('');
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }

  /** The visitor is about to type: the events' search texts are built meanwhile, 8 ms at a time between frames. */
  #prepareSearch(feed: CalendarContext['feed']) {
    const end = performance.now() + 8;
    if (!prepareSearch(feed, () => performance.now() < end)) setTimeout(() => this.#prepareSearch(feed));
  }

  #setQuery(value: string) {
    this.#searched = true;
    this.#host.query = value;
    this.#host.listLimit = LIST_PAGE;
    this.#saveUrl();
  }
}

/** What a printout says it shows: 'Search events: meeting · Network: RNNC · 3 events match' (presets included). */
function filterSummary(ctx: CalendarContext, filter: EventFilter, status: string): string {
  const { messages } = ctx.locale;
  const said = filter.query ? [`${messages.calendar.search}: ${filter.query}`] : [];
  for (const kind of FILTER_KINDS) if (filter[kind]) said.push(`${messages.calendar.filters[kind]}: ${filterChoice(ctx.feed, ctx.lang, kind, filter[kind]!).label}`);
  // No count yet (a feed's period files still coming): no trailing ' · '.
  return [...said, status].filter(Boolean).join(' · ');
}
