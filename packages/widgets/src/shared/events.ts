/**
 * The events more than one element fires, typed for `addEventListener`. Each element's module imports this
 * file for its declaration file's sake: importing one element's `define.js` types its events, not only
 * importing the whole package. (An element's own events are declared in its module.) No code.
 */
import type { FeedEvent, Problem } from '@iisg/feed';

/** `iisg-feed-load`: every element, when its feed has loaded or failed. */
export interface FeedLoadDetail {
  state: 'ready' | 'error';
  /** Every problem found in the feed, with its JSON path. */
  problems: Problem[];
  /** Set when the saved copy is shown because the network failed. */
  savedAt?: string;
}

/** `iisg-event-select`: the calendar and the timeline, when the visitor chose an event. */
export interface EventSelectDetail {
  event: FeedEvent;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iisg-feed-load': CustomEvent<FeedLoadDetail>;
    'iisg-event-select': CustomEvent<EventSelectDetail>;
  }
}
