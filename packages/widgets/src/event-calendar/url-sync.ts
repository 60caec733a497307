/**
 * `sync-url`: a calendar's view, period, list range, filters and search in the page URL, so a visitor
 * can share a link, and Back and Forward walk the views and periods they went through. Loaded only by a
 * calendar that has the attribute (the calendar waits for it before its first render).
 */
import { isoDate, today, type EventFilter } from '@iisg/feed';
import { parseDateAttribute } from './calendar-context.js';
import type { CalendarView, IisgEventCalendar } from './event-calendar.js';

export interface CalendarUrlState extends EventFilter {
  view?: string;
  /** `2019-04` or `2019-04-23` */
  date?: string;
  /** The list's range: `upcoming`, `past` or `month`. */
  range?: string;
}

/**
 * @internal The calendar state this module reads and writes: fields of `IisgEventCalendar`, some of them hidden
 * from its users (not from this part of it). Picked from the class, so a renamed field fails to compile.
 */
export type UrlSyncTarget = Element &
  Pick<
    IisgEventCalendar,
    | 'id'
    | 'label'
    | 'view'
    | 'date'
    | 'listRange'
    | 'listMode'
    | 'restoredListMode'
    | 'chosen'
    | 'query'
    | 'focusDay'
    | 'activeFilters'
    | 'offeredViews'
    | 'zoneForToday'
    | 'eventPopover'
    | 'refocusDay'
  >;

const KEYS = ['view', 'range', 'date', 'network', 'organiser', 'country', 'tag', 'query'] as const;

/** Parameters are prefixed with the element's id (or `cal`), so two calendars on a page keep apart. */
export function readUrlState(prefix: string, search = location.search): CalendarUrlState {
  const params = new URLSearchParams(search);
  const state: CalendarUrlState = {};
  for (const key of KEYS) {
    const value = params.get(`${prefix}-${key === 'query' ? 'q' : key}`);
    if (value) state[key] = value;
  }
  return state;
}

/**
 * `push`: a new history entry (a new view or period), so Back returns to the one before; else replaced.
 * `drop`: prefixes whose parameters go (the calendar's former ids).
 */
export function writeUrlState(prefix: string, state: CalendarUrlState, push = false, drop: string[] = []) {
  const url = new URL(location.href);
  for (const key of KEYS) {
    for (const old of drop) url.searchParams.delete(`${old}-${key === 'query' ? 'q' : key}`);
    const name = `${prefix}-${key === 'query' ? 'q' : key}`;
    const value = state[key];
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
  }
  if (url.href === location.href) return;
  if (push) history.pushState(history.state, '', url);
  else history.replaceState(history.state, '', url);
}

/** The calendars syncing, by prefix: two under one prefix (neither has an id) overwrite each other's state. */
const syncing = new Map<string, Set<UrlSyncTarget>>();
/** Prefixes the console was told are shared: once a page. */
const clashSaid = new Set<string>();

/** A calendar as the console names it: its place among the page's calendars, and its label. */
function nameOf(calendar: UrlSyncTarget): string {
  const n = [...document.querySelectorAll(calendar.localName)].indexOf(calendar) + 1;
  return `${n ? `${calendar.localName} number ${n} of the page` : `a ${calendar.localName} in a shadow root`}${calendar.label ? ` ("${calendar.label}")` : ''}`;
}

/** @internal The calendar's end of `sync-url` (it creates one when the attribute is set): not for pages to use. */
export class UrlSync {
  /** The view and date the page gave, before a shared link changed them. */
  private readonly pageSetup: { view: CalendarView; date?: string };
  /** The prefix it was registered under in `syncing`: the id it had when syncing started or last changed. */
  private key: string;
  /** The calendar's earlier prefixes, latest first: Back to an entry made before the id changed reads its state there. */
  private former: string[] = [];
  /** An id set from code moves the calendar's parameters to the new prefix (see #moved). */
  private readonly idObserver = new MutationObserver(() => this.moved());

  /**
   * `late`: turned on (or moved in the page) after the calendar's first render: what the visitor sees stays
   * unless the URL holds this calendar's state (a shared link's). Written at the visitor's next change, as ever.
   */
  constructor(private readonly calendar: UrlSyncTarget, late = false) {
    this.pageSetup = { view: calendar.view, date: calendar.date };
    this.key = this.prefix;
    if (!late || Object.keys(readUrlState(this.prefix)).length) this.restore();
    window.addEventListener('popstate', this.onPopState);
    this.idObserver.observe(calendar, { attributes: true, attributeFilter: ['id'] });
    this.register();
  }

  /** Listed under its prefix; a calendar already there is told to the page's developer, once a prefix. */
  private register() {
    const calendar = this.calendar;
    const others = syncing.get(this.key) ?? new Set();
    syncing.set(this.key, others.add(calendar));
    const other = [...others].find((c) => c !== calendar);
    if (other && !clashSaid.has(this.key)) {
      clashSaid.add(this.key);
      console.warn(
        `${calendar.localName}: ${nameOf(other)} and ${nameOf(calendar)} both have sync-url and ${calendar.id ? `the id "${calendar.id}"` : 'no id'}: they keep their state in the same URL parameters (${this.key}-view, ${this.key}-date, ...) and overwrite each other's. Give each calendar with sync-url its own id.`,
        other,
        calendar,
      );
    }
  }

  private get prefix() {
    return this.calendar.id || 'cal';
  }

  disconnect() {
    window.removeEventListener('popstate', this.onPopState);
    this.idObserver.disconnect();
    syncing.get(this.key)?.delete(this.calendar);
  }

  /** sync-url turned off: stop, and take the calendar's state out of the URL (a link copied now would not show it). */
  clear() {
    this.disconnect();
    writeUrlState(this.prefix, {}, false, this.unused(this.former));
  }

  /** Of `prefixes`, those no other syncing calendar uses: their parameters are this calendar's to take out or read. */
  private unused(prefixes: string[]): string[] {
    return prefixes.filter((prefix) => prefix !== this.key && !syncing.get(prefix)?.size);
  }

  /**
   * The id changed (from code): the state moves to the new prefix and the old parameters go, in the same history
   * entry, so a link copied now has the calendar's state once and the calendar goes on reading it. Where the URL
   * already holds state under the new id (a link shared after the page set it), that state is shown instead.
   */
  private moved() {
    const prefix = this.prefix;
    if (prefix === this.key) return;
    syncing.get(this.key)?.delete(this.calendar);
    // Another calendar still under the old prefix (neither had an id) keeps its parameters.
    this.former = [this.key, ...this.former.filter((p) => p !== prefix && p !== this.key)];
    this.key = prefix;
    this.register();
    if (Object.keys(readUrlState(prefix)).length) {
      this.restore();
      writeUrlState(prefix, readUrlState(prefix), false, this.unused(this.former));
    } else this.save();
  }

  /** `push`: a new view or period is a new history entry (Back returns to it); typing and filters replace. */
  save(push = false) {
    const c = this.calendar;
    // A former id's parameters (Back to an entry made before the id changed) go as the visitor moves on from it.
    writeUrlState(
      this.prefix,
      {
        view: c.view,
        range: c.view === 'list' ? c.listMode : undefined,
        date: isoDate(c.focusDay).slice(0, 7),
        network: c.chosen.network || undefined,
        organiser: c.chosen.organiser || undefined,
        country: c.chosen.country || undefined,
        tag: c.chosen.tag || undefined,
        query: c.activeFilters.query,
      },
      push,
      this.unused(this.former),
    );
  }

  /** Back or Forward: the state of that entry; at the entry before the first change, the page's own set-up. */
  private onPopState = () => {
    const c = this.calendar;
    c.eventPopover.close(false);
    c.refocusDay();
    this.restore(this.pageSetup);
    const day = c.date ? parseDateAttribute(c.date) : undefined;
    c.focusDay = day ?? today(c.zoneForToday);
  };

  private restore(fallback?: { view: CalendarView; date?: string }) {
    const c = this.calendar;
    // Back to an entry made before the id changed: its state is under a former id.
    const saved = [this.prefix, ...this.unused(this.former)].map((prefix) => readUrlState(prefix)).find((state) => Object.keys(state).length) ?? {};
    const view = saved.view && c.offeredViews.includes(saved.view as CalendarView) ? (saved.view as CalendarView) : fallback?.view;
    if (view) c.view = view;
    const date = saved.date ?? fallback?.date;
    if (date) c.date = date;
    const range = saved.range === 'upcoming' || saved.range === 'past' || saved.range === 'month' ? saved.range : undefined;
    if (range) c.restoredListMode = c.listMode = range;
    else if (fallback) c.restoredListMode = c.listMode = c.view === 'list' && date ? 'month' : c.listRange;
    c.chosen = { network: saved.network, organiser: saved.organiser, country: saved.country, tag: saved.tag };
    c.query = saved.query ?? '';
  }
}
