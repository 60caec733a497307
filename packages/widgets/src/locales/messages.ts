/**
 * The UI strings every element uses, in English. Other languages (`./sq.ts`, ...) implement the same
 * interface and are loaded on demand. `{name}` placeholders are filled by `fill()`; a plural message
 * is a map of Intl plural categories.
 */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface Messages {
  /** BCP 47 tag these strings are in. */
  lang: string;
  /**
   * date-fns patterns for dates in running text; the date-fns locale gives the month names. Ranges
   * write shared parts once: `{day}–{dayMonthYear}` within a month, `{dayMonth} – {dayMonthYear}` within a year.
   */
  dates: {
    day: string;
    dayMonth: string;
    dayMonthYear: string;
    time: string;
    /** A month's name with its year, as a heading: "April 2019", "travanj 2019." */
    monthYear: string;
    /** A year alone, as the year view's heading and in sentences: "2019", Croatian "2019.", Macedonian "2019 г." */
    year: string;
  };
  loading: string;
  empty: string;
  /** The feed could not be loaded and there is no saved copy: the browser is offline, or the feed is on the page's own site. */
  errorNetwork: string;
  /** The same, for another site's feed while the browser is online: likely that server's doing (it may not allow other sites to read it), not the visitor's connection. */
  errorUnavailable: string;
  errorTimeout: string;
  errorHttp: string;
  /** The file was fetched but is not a feed this library can read. */
  errorInvalid: string;
  /** An element with no feed (no `src`, `feed` property or inline JSON) after a few seconds: keep `src` as it is. */
  noFeed: string;
  /** The button under a loading error. */
  retry: string;
  /** `{date}`: when the copy shown was saved. */
  savedCopy: string;
  /** A card's `event-id` names no event in the feed. */
  eventNotFound: string;
  /** A card's event is in the feed but was left out as invalid (no title, no start date...). */
  eventNotShown: string;
  status: {
    scheduled: string;
    cancelled: string;
    /** Planned, date or place not confirmed. */
    tentative: string;
    postponed: string;
    rescheduled: string;
    'moved-online': string;
  };
  allDay: string;
  /** `{zone}`: a time zone name. */
  timeZoneNote: string;
  /** A rescheduled event's start before it moved; `{date}`: that day, or day and time. */
  originalDate: string;
  online: string;
  organisedBy: string;
  hostedBy: string;
  fundedBy: string;
  /** Organisations that support an event other than with money. */
  supportedBy: string;
  participants: string;
  networks: string;
  chair: string;
  tags: string;
  moreInformation: string;
  /** Visually hidden name of the link, `{title}` being the event's title. */
  moreInformationAbout: string;
  backToBack: string;
  /** `{ordinal}`: the number; `{name}`: the series name ("Meeting of the RNNC"). */
  seriesOrdinal: string;
  /** How to write an ordinal: en gives 1st/2nd/3rd; most others `{n}.` */
  ordinal: Plural;
  /** An ordinal before a series name the feed says is feminine (`nameGender`), where it differs: fr 1re, not 1er. */
  ordinalFeminine?: Plural;
  relative: {
    now: string;
    ended: string;
  };
  footnoteLabel: string;
  eventCount: Plural;
  addToCalendar: string;
  /**
   * Country names (ISO code → name) where browsers cannot be relied on for them: Chromium has no Albanian
   * or Macedonian region names and answers Bosnian in English. The map's countries and the demo feed's;
   * a feed's own name in the language comes first.
   */
  countries?: Readonly<Record<string, string>>;
  /** The add-to-calendar menu's own items (Google Calendar, Outlook.com and Microsoft 365 keep their names). */
  addToCalendarMenu: { ics: string; copy: string; copied: string };
  calendar: CalendarMessages;
  /**
   * The timeline's and the map's strings. Every translation has them (`TranslatedMessages`); English
   * keeps them with their elements (`en-timeline.ts`, `en-map.ts`), so that a page with only the
   * calendar does not download them.
   */
  timeline?: TimelineMessages;
  map?: MapMessages;
}

/** A language's strings in full: what every translation file gives. */
export type TranslatedMessages = Messages & { timeline: TimelineMessages; map: MapMessages };

/** Strings of `<iisg-event-timeline>`. */
export interface TimelineMessages {
  /** Accessible name of a timeline. */
  label: string;
  clusters: string;
  series: string;
  /** An event's place in its cluster: "day 2 of 3". */
  dayOf: string;
  /** A gap in a series' numbering: "{from}–{to} not in this feed" or "{from} not in this feed". */
  missing: string;
  noClusters: string;
  /** `mode="cluster"` around a meeting of the feed that was held alone. */
  notInCluster: string;
  noSeries: string;
  zoomIn: string;
  zoomOut: string;
  today: string;
  /** "{count} meetings in {days}", {days} being clusterDays: "3 days" */
  clusterSummary: Plural;
  /** "{count} days", in the form clusterSummary's {days} takes */
  clusterDays: Plural;
  /** Shown while a meeting has keyboard focus: the keys that move and open. */
  keyboardHint: string;
}

/** Strings of `<iisg-network-map>`. */
export interface MapMessages {
  label: string;
  /** Where an event was held (a table column, a popover row). */
  place: string;
  /** The legend's swatch for a member country. */
  memberCountry: string;
  /** Name of the map / list switcher. */
  views: string;
  /** The view toggle. */
  map: string;
  list: string;
  network: string;
  members: string;
  /** Members outside the drawn area (Washington, London, ...). */
  elsewhere: string;
  events: string;
  allYears: string;
  year: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  /** The arrow buttons at the map's edges: each moves it by half its width or height, showing more of it that way. */
  panUp: string;
  panLeft: string;
  panRight: string;
  panDown: string;
  role: string;
  country: string;
  organisation: string;
  website: string;
  /** `{date}` */
  memberSince: string;
  organisedEvents: string;
  memberCount: Plural;
  /** "{count} events in {place}" */
  eventsAt: Plural;
  /** Under the heading of a member marker's ring in its popover (eventsAt): how many of the ring's events the member's own list above gives. */
  listedAbove: Plural;
  /** A marker gathering several members: "{count} members in {place}". */
  membersAt: Plural;
  close: string;
  /** How to use the map by keyboard, read by screen readers. */
  keyboardHint: string;
  /** The map's loading, error and saved-copy messages: what it could not load is the network's members, not "the events". */
  feedMessages: FeedWords;
}

/** The loading, error and saved-copy messages of a feed (`feedStatus`): the events', or an element's own. */
export type FeedWords = Pick<Messages, 'loading' | 'errorNetwork' | 'errorUnavailable' | 'errorTimeout' | 'errorHttp' | 'errorInvalid' | 'savedCopy'>;

/** Strings of `<iisg-event-calendar>`. */
export interface CalendarMessages {
  /** Accessible name of the whole calendar. */
  label: string;
  previous: string;
  next: string;
  today: string;
  /** Names of the views in the switcher. */
  views: { month: string; list: string; year: string };
  viewSwitcher: string;
  /** Month and year pickers. */
  month: string;
  year: string;
  search: string;
  /** Placeholder of the search box. */
  searchHint: string;
  filters: { network: string; organiser: string; country: string; tag: string };
  /** The "no filter" choice of a filter. */
  all: string;
  clearFilters: string;
  /** The button that shows the filters in a narrow calendar. */
  filterToggle: string;
  /** Announced after filtering: `{count}` events match. */
  matching: Plural;
  /** When none of them is in the month or year shown: `{matching}` (the message above) and `{period}` ("April 2019"). */
  noneShown: string;
  /** When only some of them are in the days shown: `{matching}` (the message above) and `{shown}`, how many. */
  someShown: string;
  /** The button that goes to the nearest month or year with a match: `{period}`. */
  showPeriod: string;
  /** The buttons under an empty upcoming (past) list that switch to the past (upcoming) events: "Show past events". */
  showPast: string;
  showUpcoming: string;
  /** The month grid's overflow button: "+3 more". */
  more: Plural;
  /** Heading of the day's event list: `{date}`. */
  eventsOn: string;
  /** Said after the name of the button back to that list, above an event chosen in it ("Events on 10 April 2019 – Back"). */
  back: string;
  /** A day cell's name when it has no events. */
  noEvents: string;
  /** The list view's ranges. */
  upcoming: string;
  past: string;
  noUpcoming: string;
  noPast: string;
  /** Week-number column header and cell: `{week}`. */
  weekColumn: string;
  week: string;
  close: string;
  /** A bar that continues from the previous week or into the next, for screen readers. */
  continues: string;
  /** A link from a popover to the month view. */
  showInMonth: string;
  /** After "Month" in the switcher of a narrow calendar, which draws the month as `narrow-view`: "Month, shown as a list". */
  shownAs: { list: string; year: string };
  /** The end of a year-view day's name that says only some of its events: "A; B; and 3 more". */
  andMore: Plural;
  /** After andMore, how many of those are cancelled: "and 3 more, 1 cancelled". */
  cancelledCount: Plural;
}

export const en: Messages = {
  lang: 'en',
  dates: { day: 'd', dayMonth: 'd MMMM', dayMonthYear: 'd MMMM yyyy', time: 'HH:mm', monthYear: 'LLLL yyyy', year: 'yyyy' },
  loading: 'Loading events…',
  empty: 'No events to show.',
  errorNetwork: 'The events could not be loaded. Check your connection and try again later.',
  errorUnavailable: 'The events could not be loaded. Try again later.',
  errorTimeout: 'The events took too long to load. Try again later.',
  errorHttp: 'The events could not be loaded (the server answered {status}).',
  errorInvalid: 'The events could not be shown: the feed has an error.',
  noFeed: 'Nothing to show: the src attribute is missing.',
  retry: 'Try again',
  savedCopy: 'Showing a saved copy from {date}: the latest events could not be loaded.',
  eventNotFound: 'This event is not in the feed.',
  eventNotShown: 'This event could not be shown: its entry in the feed has an error.',
  status: {
    scheduled: 'Scheduled',
    cancelled: 'Cancelled',
    tentative: 'To be confirmed',
    postponed: 'Postponed',
    rescheduled: 'Rescheduled',
    'moved-online': 'Moved online',
  },
  allDay: 'All day',
  timeZoneNote: 'Time zone: {zone}',
  originalDate: 'Original date: {date}',
  online: 'Online',
  organisedBy: 'Organised by',
  hostedBy: 'Hosted by',
  fundedBy: 'Funded by',
  supportedBy: 'With the support of',
  participants: 'Participants',
  networks: 'Networks',
  chair: 'Chair',
  tags: 'Topics',
  moreInformation: 'More information',
  moreInformationAbout: 'More information about {title}',
  backToBack: 'Held back-to-back with',
  seriesOrdinal: '{ordinal} {name}',
  ordinal: { one: '{n}st', two: '{n}nd', few: '{n}rd', other: '{n}th' },
  relative: {
    now: 'Happening now',
    ended: 'Ended',
  },
  footnoteLabel: 'Note',
  eventCount: { one: '{count} event', other: '{count} events' },
  addToCalendar: 'Add to calendar',
  addToCalendarMenu: { ics: 'Download .ics file', copy: 'Copy link', copied: 'Link copied' },
  calendar: {
    label: 'Events calendar',
    previous: 'Previous',
    next: 'Next',
    today: 'Today',
    views: { month: 'Month', list: 'List', year: 'Year' },
    viewSwitcher: 'View',
    month: 'Month',
    year: 'Year',
    search: 'Search events',
    searchHint: 'Title, place or organiser',
    filters: { network: 'Network', organiser: 'Organiser', country: 'Country', tag: 'Topic' },
    all: 'All',
    clearFilters: 'Clear filters',
    filterToggle: 'Filters',
    matching: { zero: 'No events match', one: '{count} event matches', other: '{count} events match' },
    noneShown: '{matching}, but not in {period}',
    someShown: '{matching}, {shown} shown',
    showPeriod: 'Show {period}',
    showPast: 'Show past events',
    showUpcoming: 'Show upcoming events',
    more: { other: '+{count} more' },
    eventsOn: 'Events on {date}',
    back: 'Back',
    noEvents: 'no events',
    upcoming: 'Upcoming',
    past: 'Past',
    noUpcoming: 'No upcoming events.',
    noPast: 'No past events.',
    weekColumn: 'Week',
    week: 'Week {week}',
    close: 'Close',
    continues: 'continues',
    showInMonth: 'Show in month',
    shownAs: { list: 'shown as a list', year: 'shown as the year' },
    andMore: { other: 'and {count} more' },
    cancelledCount: { other: '{count} cancelled' },
  },
};

/** Fill `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/**
 * The colon after a lead such as a date ("23 April 2019: ..."), or none after one that ends in a full stop:
 * Serbian, Croatian and Bosnian dates ("23. april 2019.") and most languages' ordinals ("4.") would read "2019.:".
 */
export function colonAfter(text: string): string {
  return text.endsWith('.') ? '' : ':';
}

/** Pick a plural form for `count` in `lang` and fill it. */
export function plural(forms: Plural, count: number, lang: string, values: Record<string, string | number> = {}, type: Intl.PluralRuleType = 'cardinal'): string {
  // An explicit `zero` form ("No events match") wins for 0 in every language. A page in a language
  // without strings here (ar, tr) is shown English, so English rules pick the form ("1st", not "1th").
  const rules = STRING_LANGUAGES.has(lang.split('-')[0].toLowerCase()) ? lang : 'en';
  const category = count === 0 && forms.zero ? 'zero' : pluralRules(rules, type).select(count);
  return fill(forms[category] ?? forms.other, { count, n: count, ...values });
}

/** The languages with strings (load-locale.ts), by their base tag; `sh` is read as Serbian Latin. */
const STRING_LANGUAGES = new Set(['en', 'sq', 'sr', 'sh', 'bs', 'hr', 'mk', 'sl', 'de', 'fr']);

const rulesCache = new Map<string, Intl.PluralRules>();
function pluralRules(lang: string, type: Intl.PluralRuleType): Intl.PluralRules {
  const key = `${lang}|${type}`;
  let rules = rulesCache.get(key);
  if (!rules) rulesCache.set(key, (rules = new Intl.PluralRules(lang, { type })));
  return rules;
}
