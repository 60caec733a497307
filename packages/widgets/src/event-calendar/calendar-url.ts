/** Keeps a calendar's view, date and filters in the page URL (`sync-url`), so a visitor can share a link. */
import type { EventFilter } from '@iisg/feed';

export interface CalendarUrlState extends EventFilter {
  view?: string;
  /** `2019-04` or `2019-04-23` */
  date?: string;
  /** The list's range: `upcoming`, `past` or `month`. */
  range?: string;
}

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

/** `push`: a new history entry (a new view or period), so Back returns to the one before; else replaced. */
export function writeUrlState(prefix: string, state: CalendarUrlState, push = false) {
  const url = new URL(location.href);
  for (const key of KEYS) {
    const name = `${prefix}-${key === 'query' ? 'q' : key}`;
    const value = state[key];
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
  }
  if (url.href === location.href) return;
  if (push) history.pushState(history.state, '', url);
  else history.replaceState(history.state, '', url);
}
