/**
 * `@iisg/widgets`: importing this module registers every element. To register one element only,
 * import its `define.js`; to register a class under another tag, import the class from its folder.
 */
export { IisgEventCard } from './event-card/event-card.js';
export { IisgEventCalendar, type CalendarView, type RangeChangeDetail } from './event-calendar/event-calendar.js';
export { IisgEventTimeline, type TimelineMode } from './event-timeline/event-timeline.js';
export { IisgNetworkMap, type MapView, type MapMember, type MemberSelectDetail } from './network-map/network-map.js';
export { FeedController, type FeedState, type FeedLoadDetail } from './shared/feed-controller.js';
export { LocaleController } from './shared/locale-controller.js';
export { loadFeed, FeedLoadError, type LoadedFeed } from './shared/feed-source.js';
export { SUPPORTED_LANGUAGES } from './locales/load-locale.js';
export type { Messages } from './locales/messages.js';
export type { EventSelectDetail } from './shared/events.js';
export type { TimeZoneMode } from './shared/format-dates.js';

import './event-card/define.js';
import './event-calendar/define.js';
import './event-timeline/define.js';
import './network-map/define.js';
