// What the configurator calls each option, in words a page's editor uses: the attribute's name is shown beside
// it (it is what the snippet says), and its JSDoc description under it. A new attribute needs a line here
// (test/configurator/option-labels.test.ts fails without one).
import type { WidgetTag } from './snippet.js';

/** The same words for an attribute whatever the widget, unless `BY_WIDGET` says otherwise. */
const SHARED: Record<string, string> = {
  view: 'View shown first',
  'heading-level': 'Heading level',
  label: 'Name read by screen readers',
  timeout: 'Wait for the feed (milliseconds)',
  'event-id': 'Event',
};

const BY_WIDGET: Record<WidgetTag, Record<string, string>> = {
  'iisg-event-calendar': {
    views: 'Views the visitor can switch to',
    date: 'Month shown first',
    filters: 'Filter menus',
    network: 'Only events of this network',
    organiser: 'Only events of this organiser',
    country: 'Only events in this country',
    tag: 'Only events on this topic',
    'list-range': 'Events in the list',
    'narrow-view': 'View in a narrow space (a phone, a sidebar)',
    'first-day': 'First day of the week',
    'week-numbers': 'Show week numbers',
    'max-events': 'Events a day shows before “+N more”',
    'structured-data': 'Describe the events to search engines',
    'sync-url': 'Keep the view and filters in the page’s address',
    id: 'Name in the page’s address',
  },
  'iisg-event-card': {
    layout: 'Layout',
    'no-structured-data': 'Do not describe the event to search engines',
    'no-add-to-calendar': 'Hide “Add to calendar”',
  },
  'iisg-event-timeline': {
    mode: 'What the timeline shows',
    series: 'Only this series',
    'event-id': 'The event whose meetings to show',
    gap: 'Days apart that still count as back-to-back',
    'links-only': 'Group only meetings the feed links',
    limit: 'Rows shown at first',
  },
  'iisg-network-map': {
    network: 'Network shown',
    networks: 'Networks the visitor can switch to',
    show: 'What the map shows',
    year: 'Events of the year',
  },
};

/** The words for `attribute` of `tag`, or undefined when it has none yet. */
export function optionLabel(tag: WidgetTag, attribute: string): string | undefined {
  return BY_WIDGET[tag][attribute] ?? SHARED[attribute];
}
