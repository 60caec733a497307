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
  dates: { day: string; dayMonth: string; dayMonthYear: string; time: string };
  loading: string;
  empty: string;
  /** The feed could not be loaded and there is no saved copy. */
  errorNetwork: string;
  errorTimeout: string;
  errorHttp: string;
  /** The file was fetched but is not a feed this library can read. */
  errorInvalid: string;
  /** `{date}`: when the copy shown was saved. */
  savedCopy: string;
  eventNotFound: string;
  status: {
    scheduled: string;
    cancelled: string;
    postponed: string;
    rescheduled: string;
    'moved-online': string;
  };
  allDay: string;
  /** `{zone}`: a time zone name. */
  timeZoneNote: string;
  online: string;
  organisedBy: string;
  hostedBy: string;
  fundedBy: string;
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
  relative: {
    now: string;
    ended: string;
  };
  footnoteLabel: string;
  eventCount: Plural;
  addToCalendar: string;
}

export const en: Messages = {
  lang: 'en',
  dates: { day: 'd', dayMonth: 'd MMMM', dayMonthYear: 'd MMMM yyyy', time: 'HH:mm' },
  loading: 'Loading events…',
  empty: 'No events to show.',
  errorNetwork: 'The events could not be loaded. Check your connection and try again later.',
  errorTimeout: 'The events took too long to load. Try again later.',
  errorHttp: 'The events could not be loaded (the server answered {status}).',
  errorInvalid: 'The events file could not be read. The site’s editors have been told in the browser console.',
  savedCopy: 'Showing a saved copy from {date}: the latest events could not be loaded.',
  eventNotFound: 'This event is not in the feed.',
  status: {
    scheduled: 'Scheduled',
    cancelled: 'Cancelled',
    postponed: 'Postponed',
    rescheduled: 'Rescheduled',
    'moved-online': 'Moved online',
  },
  allDay: 'All day',
  timeZoneNote: 'Time zone: {zone}',
  online: 'Online',
  organisedBy: 'Organised by',
  hostedBy: 'Hosted by',
  fundedBy: 'Funded by',
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
};

/** Fill `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** Pick a plural form for `count` in `lang` and fill it. */
export function plural(forms: Plural, count: number, lang: string, values: Record<string, string | number> = {}, type: Intl.PluralRuleType = 'cardinal'): string {
  const category = new Intl.PluralRules(lang, { type }).select(count);
  return fill(forms[category] ?? forms.other, { count, n: count, ...values });
}
