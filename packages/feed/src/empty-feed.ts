import { localTimeZone } from './day-key.js';
import { withLazyIndexes } from './event-index.js';
import type { Feed } from './types.js';

/**
 * A feed with no events, built without the parser: what a view draws while its real feed loads, so
 * the frame (toolbar, grid) is on screen before the first event is.
 */
export function emptyFeed(): Feed {
  return withLazyIndexes({
    version: 1 as const,
    get viewerTimeZone() {
      return localTimeZone();
    },
    timeZone: 'UTC',
    language: 'en',
    periods: [],
    events: [],
    byId: new Map(),
    organisations: new Map(),
    networks: new Map(),
    series: new Map(),
    tags: new Map(),
    countries: new Map(),
  });
}
