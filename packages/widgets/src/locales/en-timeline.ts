import type { TimelineMessages } from './messages.js';

/** English strings of `<iisg-event-timeline>`, loaded with it (not with every element). */
export const enTimeline: TimelineMessages = {
  label: 'Timeline',
  clusters: 'Back-to-back meetings',
  series: 'Meeting series',
  dayOf: 'day {n} of {count}',
  missing: '{range} not in this feed',
  noClusters: 'No back-to-back meetings in this feed.',
  notInCluster: 'This meeting was not held back-to-back with others.',
  noSeries: 'No meeting series in this feed.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  today: 'Today',
  clusterSummary: { one: '{count} meeting in {days}', other: '{count} meetings in {days}' },
  clusterDays: { one: '{count} day', other: '{count} days' },
  keyboardHint: 'Arrow keys, Home and End move between meetings; Enter opens one, Escape closes it.',
};
