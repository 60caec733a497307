/**
 * Types of the IISG event feed, version 1: the JSON a publisher writes (`Raw*`) and the normalised
 * shape every widget reads (`Feed`, `FeedEvent`, ...). Views read only the normalised shape.
 */
import type { DayKey } from './day-key.js';
import type { EventIndex } from './event-index.js';

/** Text in one language, or a map of BCP 47 language tag to text: `{"en": "...", "sr-Cyrl": "..."}`. */
export type RawText = string | Record<string, string>;

/** Normalised text: always a map of language tag to text. A plain string is filed under the feed's language. */
export type LocalText = Readonly<Record<string, string>>;

export const EVENT_STATUSES = ['scheduled', 'tentative', 'cancelled', 'postponed', 'rescheduled', 'moved-online'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const ORGANISATION_ROLES = ['organisers', 'hosts', 'funders', 'supporters', 'participants'] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

export interface Location {
  venue?: LocalText;
  city?: LocalText;
  /** ISO 3166-1 alpha-2, upper case; `XK` for Kosovo. */
  country?: string;
  lat?: number;
  lon?: number;
}

export interface SeriesRef {
  id: string;
  /** 1 for the first meeting, 3 for "3rd Meeting of ...". */
  ordinal?: number;
}

export interface RelatedLink {
  /** `back-to-back`, `follow-up`, `previous`, `part-of`, ... */
  kind: string;
  event: string;
}

/** One event, normalised. Dates are precomputed day keys: no view parses a date string. */
export interface FeedEvent {
  id: string;
  /** Position in the source `events` array, and its JSON path (`events[4]`). */
  index: number;
  path: string;
  title: LocalText;
  summary?: LocalText;
  description?: LocalText;
  allDay: boolean;
  /** IANA zone the event is held in (the feed's default when the event names none). */
  timeZone: string;
  /** Start and end as epoch milliseconds. All-day: midnight UTC of the first day and of the day after the last. */
  start: number;
  end: number;
  /** First and last day (inclusive) in the event's own zone. */
  startDay: DayKey;
  endDay: DayKey;
  /** First and last day (inclusive) in the viewer's zone (the `viewerTimeZone` given to `parseFeed`). */
  viewerStartDay: DayKey;
  viewerEndDay: DayKey;
  /** Minutes after midnight in the event's zone, for timed events. */
  startMinutes?: number;
  endMinutes?: number;
  status: EventStatus;
  /** A rescheduled event's start before it moved (`previousStart`): a day, or an instant and its day in the event's zone. */
  previousStart?: { kind: 'date'; day: DayKey } | { kind: 'time'; ms: number; day: DayKey };
  location?: Location;
  online?: string;
  organisers: readonly string[];
  hosts: readonly string[];
  funders: readonly string[];
  /** Organisations that support it other than with money ("with the support of the CEELI Institute"). */
  supporters: readonly string[];
  participants: readonly string[];
  networks: readonly string[];
  series?: SeriesRef;
  related: readonly RelatedLink[];
  tags: readonly string[];
  url?: string;
  chair?: LocalText;
}

export interface Organisation {
  id: string;
  name: LocalText;
  shortName?: LocalText;
  /** `regional-organisation`, `eu-institution`, `ministry`, `embassy`, `international-organisation`, `ngo`, ... */
  kind?: string;
  country?: string;
  city?: LocalText;
  lat?: number;
  lon?: number;
  website?: string;
}

export interface NetworkMember {
  /** JSON path of the member in the source (`networks[2].members[0]`). */
  path: string;
  organisation?: string;
  country?: string;
  role?: LocalText;
  /** ISO date, year-month or year. */
  since?: string;
}

export interface Network {
  id: string;
  name: LocalText;
  acronym?: string;
  /** What people usually call it, where it has no acronym: "NFP Group". */
  shortName?: LocalText;
  description?: LocalText;
  website?: string;
  established?: string;
  members: NetworkMember[];
}

export interface Series {
  id: string;
  /** Name used with an ordinal: "Meeting of the RNNC" gives "3rd Meeting of the RNNC". */
  name: LocalText;
  /**
   * The grammatical gender of `name`, by language, where a language writes the ordinal to agree with it:
   * `{ fr: 'feminine' }` gives "1re réunion", not "1er réunion".
   */
  nameGender?: Readonly<Record<string, GrammaticalGender>>;
  shortName?: LocalText;
  network?: string;
}

export type GrammaticalGender = 'feminine' | 'masculine';

/** A topic's label: an event's `tags` are ids, shown by these names (a tag without one, by its id). */
export interface Tag {
  id: string;
  name: LocalText;
}

export interface Country {
  code: string;
  name?: LocalText;
  /** Designation footnote printed wherever the name is (Kosovo*). */
  footnote?: LocalText;
}

/** A further feed file holding the events of one period (an index entry). */
export interface FeedPeriod {
  from: DayKey;
  to: DayKey;
  url: string;
}

export interface Feed {
  version: 1;
  title?: LocalText;
  timeZone: string;
  language: string;
  updated?: string;
  periods: FeedPeriod[];
  events: FeedEvent[];
  organisations: ReadonlyMap<string, Organisation>;
  networks: ReadonlyMap<string, Network>;
  series: ReadonlyMap<string, Series>;
  /** Labels of the events' tags (topics), by id. */
  tags: ReadonlyMap<string, Tag>;
  countries: ReadonlyMap<string, Country>;
  /** Events by id. */
  byId: ReadonlyMap<string, FeedEvent>;
  /** Zone the `viewer*Day` keys were computed in. */
  viewerTimeZone: string;
  /** Range index over the events' own-zone days. */
  index: EventIndex<FeedEvent>;
  /** Range index over the viewer-zone days. */
  viewerIndex: EventIndex<FeedEvent>;
}

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** JSON path of the offending value: `events[4].start`. Empty for the whole input. */
  path: string;
  /** What is wrong, for a web editor: `'2019-02-30' is not a date`. */
  message: string;
  /** Stable machine code: `invalid-date`, `missing-title`, ... */
  code: string;
  /** Id of the event concerned, where known. */
  eventId?: string;
  /** True when the event at `path` was left out because of this problem. */
  dropped?: boolean;
}

export interface ParseResult {
  /** Null only when the input as a whole is unusable (not JSON, unknown version). */
  feed: Feed | null;
  problems: Problem[];
}
