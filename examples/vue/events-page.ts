// Vue 3: the calendar and the card from a render function (no SFC compiler needed). Vue sets a prop as a
// property when the element has one (`feed`, `eventId`; `.feed` forces it), and `onIisgEventSelect`
// listens to `iisg-event-select`. In a template: <iisg-event-calendar :feed="feed" @iisg-event-select="...">,
// with `compilerOptions.isCustomElement: (tag) => tag.startsWith('iisg-')` so Vue does not look for a component.
import { defineComponent, h, ref, shallowRef, type PropType } from 'vue';
import type { FeedEvent } from '@iisg/feed';
import type { FeedLoadDetail } from '@iisg/widgets';
import '@iisg/widgets'; // registers <iisg-event-calendar>, <iisg-event-card>, ...

export const EventsPage = defineComponent({
  name: 'EventsPage',
  props: {
    /** A feed as a value: the parsed JSON of a feed file, or its text. */
    feed: { type: [Object, String] as PropType<unknown>, required: true },
    /** The month the calendar opens on (`2019-04`). */
    date: { type: String, default: undefined },
  },
  setup(props) {
    // shallowRef: the element gets the feed event itself, not a Vue proxy of it.
    const chosen = shallowRef<FeedEvent>();
    const status = ref('Loading the feed…');
    return () =>
      h('section', { class: 'events-page' }, [
        h('iisg-event-calendar', {
          '.feed': props.feed,
          date: props.date,
          filters: 'network',
          onIisgFeedLoad: (e: CustomEvent<FeedLoadDetail>) => {
            status.value = e.detail.state === 'ready' ? `Feed ready, ${e.detail.problems.length} problem(s)` : 'The feed could not be read';
          },
          onIisgEventSelect: (e: CustomEvent<{ event: FeedEvent }>) => {
            e.preventDefault(); // show the card below instead of the calendar's own popover
            chosen.value = e.detail.event;
          },
        }),
        h('p', { role: 'status' }, status.value),
        chosen.value ? h('iisg-event-card', { key: chosen.value.id, '.feed': props.feed, eventId: chosen.value.id, layout: 'compact' }) : null,
      ]);
  },
});
