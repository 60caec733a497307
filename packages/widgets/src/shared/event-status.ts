/** An event's status where a list names it: the map's event lists and the back-to-back neighbours. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedEvent } from '@iisg/feed';
import type { Messages } from '../locales/messages.js';

/** A cancelled event's title struck through, as the calendar draws it; its status says it in words. */
export function struckIfCancelled(event: FeedEvent, title: unknown): unknown {
  return event.status === 'cancelled' ? html`<s>${title}</s>` : title;
}

/** " (Cancelled)" after an event that is not scheduled, in the words the card and the calendar use. */
export function statusAfter(event: FeedEvent, messages: Messages): TemplateResult | typeof nothing {
  return event.status === 'scheduled' ? nothing : html`<span class="event-status ${event.status}"> (${messages.status[event.status]})</span>`;
}
