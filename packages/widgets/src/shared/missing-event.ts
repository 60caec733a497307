import { quote, type Feed, type Problem } from '@iisg/feed';
import type { FeedController } from './feed-controller.js';

/**
 * The problem that left out the event `id` (it is in the feed, but invalid), if that is why it is missing.
 * Without an id: the one event of a feed of one (a card's `event` property, an inline feed), if it was left out.
 */
export function droppedProblem(controller: FeedController, id: string | undefined): Problem | undefined {
  const dropped = controller.problems.filter((p) => p.dropped);
  if (id) return dropped.find((p) => p.eventId === id);
  return controller.feed?.events.length === 0 && dropped.length === 1 ? dropped[0] : undefined;
}

/**
 * Tells the page's developer why the event an element's `event-id` names is not shown: that there is no
 * event-id, where the feed has the event wrong, or (a typo in event-id) that the feed has no such id, with the
 * ids nearest it. Once per feed and id (`said` keeps what was told), and only once an index feed's period files
 * are all in.
 */
export function explainMissingEvent(controller: FeedController, id: string | undefined, src: string | undefined, said: WeakMap<Feed, string>) {
  const { feed, complete, who } = controller;
  if (!feed || !complete || (id && feed.byId.has(id)) || said.get(feed) === (id || '')) return;
  said.set(feed, id || '');
  const from = src ?? 'its feed';
  if (!id) {
    const ids = [...feed.byId.keys()];
    const some = ids.slice(0, 3).map(quote).join(', ') + (ids.length > 3 ? ', ...' : '');
    return console.warn(`${who}: event-id is missing: set it to the id of the event to show (${from} has ${ids.length ? `${ids.length} event${ids.length > 1 ? 's' : ''}: ${some}` : 'no events'})`);
  }
  const dropped = droppedProblem(controller, id);
  if (dropped) console.error(`${who}: the event ${quote(id)} in ${from} could not be shown: ${dropped.path}: ${dropped.message}`);
  else {
    const near = nearIds(id, feed.byId.keys());
    console.warn(`${who}: no event has the id ${quote(id)} in ${from}; ${near.length ? `did you mean ${near.map(quote).join(', ')}?` : 'check event-id'}`);
  }
}

/**
 * Up to three ids of the feed that start as `id` does (in any case), the longest shared start first, then the
 * nearest in length; at least 3 characters shared, so not every id: cheap suggestions for a mistyped `event-id`.
 */
function nearIds(id: string, ids: Iterable<string>): string[] {
  const typed = id.toLowerCase();
  const shared = (known: string) => {
    const lower = known.toLowerCase();
    let n = 0;
    while (n < typed.length && typed[n] === lower[n]) n++;
    return n;
  };
  return [...ids]
    .map((known) => [known, shared(known)] as const)
    .filter(([, n]) => n >= 3)
    .sort((a, b) => b[1] - a[1] || Math.abs(a[0].length - id.length) - Math.abs(b[0].length - id.length))
    .slice(0, 3)
    .map(([known]) => known);
}
