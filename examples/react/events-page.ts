// React 19: the calendar and the card as ordinary tags. React 19 sets a prop as a property when the
// element has one (`feed`, `eventId`), so objects reach the element as objects, and it adds a listener
// for every `on…` prop, so `'oniisg-event-select'` listens to `iisg-event-select`.
// Written with `createElement` so that it runs without a JSX build step; the JSX is in the comments.
import { createElement as h, useState } from 'react';
import type { FeedEvent } from '@iisg/feed';
import type { FeedLoadDetail } from '@iisg/widgets';
import '@iisg/widgets'; // registers <iisg-event-calendar>, <iisg-event-card>, ...

export interface EventsPageProps {
  /** A feed as a value: the parsed JSON of a feed file, or its text. */
  feed: unknown;
  /** The month the calendar opens on (`2019-04`). */
  date?: string;
}

export function EventsPage({ feed, date }: EventsPageProps) {
  const [chosen, setChosen] = useState<FeedEvent>();
  const [status, setStatus] = useState('Loading the feed…');

  return h(
    'section',
    { className: 'events-page' },
    // <iisg-event-calendar feed={feed} date={date} oniisg-event-select={...} oniisg-feed-load={...} />
    h('iisg-event-calendar', {
      feed,
      date,
      filters: 'network',
      'oniisg-feed-load': (e: CustomEvent<FeedLoadDetail>) =>
        setStatus(e.detail.state === 'ready' ? `Feed ready, ${e.detail.problems.length} problem(s)` : 'The feed could not be read'),
      'oniisg-event-select': (e: CustomEvent<{ event: FeedEvent }>) => {
        e.preventDefault(); // show the card below instead of the calendar's own popover
        setChosen(e.detail.event);
      },
    }),
    h('p', { role: 'status' }, status),
    // <iisg-event-card feed={feed} eventId={chosen.id} layout="compact" />
    chosen ? h('iisg-event-card', { key: chosen.id, feed, eventId: chosen.id, layout: 'compact' }) : null,
  );
}
