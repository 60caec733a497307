/**
 * A day as a plain integer: days since 1970-01-01 in the proleptic Gregorian calendar.
 * Day arithmetic on integers cannot pick up a time zone by accident (Cally keeps a PlainDate for the
 * same reason), and an integer is the cheapest key for maps and ranges.
 */
export type DayKey = number;

export const DAY_MS = 86_400_000;

/**
 * Day key of a calendar date; `month` is 1-12 (days past the month's end roll over, as Date.UTC does).
 * Pure arithmetic (H. Hinnant's days_from_civil): a feed of 50,000 events builds no Date objects here.
 */
export function dayKey(year: number, month: number, day: number): DayKey {
  if (month < 1 || month > 12) {
    year += Math.floor((month - 1) / 12);
    month = ((((month - 1) % 12) + 12) % 12) + 1;
  }
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface PlainDate {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

/** Calendar date of a day key (civil_from_days). */
export function plainDate(key: DayKey): PlainDate {
  const z = key + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const DASH = 0x2d;

/**
 * Day key of a strict ISO date (`2019-04-23`, exactly what /^\d{4}-\d{2}-\d{2}$/ accepts), or undefined
 * when it is not a real date (`2019-02-30`). Read digit by digit: every all-day event parses two of
 * these, and a regex match with its capture strings costs several times as much.
 */
export function parseIsoDate(text: string): DayKey | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return undefined;
  const year = readDigits(text, 0, 4);
  const month = readDigits(text, 5, 2);
  const day = readDigits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayKey(year, month, day);
}

/** The number written by `count` ASCII digits from `from`, or -1 if any of them is not one. */
function readDigits(text: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (!(digit >= 0 && digit <= 9)) return -1; // also NaN, past the end
    n = n * 10 + digit;
  }
  return n;
}

export function isoDate(key: DayKey): string {
  const { year, month, day } = plainDate(key);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** 0 = Sunday ... 6 = Saturday, like `Date#getDay`. */
export function weekday(key: DayKey): number {
  return (((key + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** First day of the week containing `key`, for a week starting on `weekStartsOn` (0 = Sunday). */
export function startOfWeek(key: DayKey, weekStartsOn: number): DayKey {
  return key - ((weekday(key) - weekStartsOn + 7) % 7);
}

export function startOfMonth(key: DayKey): DayKey {
  const { year, month } = plainDate(key);
  return dayKey(year, month, 1);
}

export function endOfMonth(key: DayKey): DayKey {
  const { year, month } = plainDate(key);
  return dayKey(year, month, daysInMonth(year, month));
}

/** The same day `months` months later, clamped to the month's length (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(key: DayKey, months: number): DayKey {
  const { year, month, day } = plainDate(key);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return dayKey(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Month number since year 0 (`year * 12 + month - 1`): a key for grouping days by month. */
export function monthIndex(key: DayKey): number {
  const { year, month } = plainDate(key);
  return year * 12 + month - 1;
}

/** ISO 8601 week number. */
export function isoWeek(key: DayKey): number {
  const thursday = key - ((weekday(key) + 6) % 7) + 3;
  const { year } = plainDate(thursday);
  return Math.floor((thursday - dayKey(year, 1, 1)) / 7) + 1;
}

/** Day key of the instant `ms` as seen in `timeZone`. */
export function dayKeyInZone(ms: number, timeZone: string): DayKey {
  const { year, month, day } = wallClock(ms, timeZone);
  return dayKey(year, month, day);
}

/** Day key of today in `timeZone`, or in the runtime's own zone when none is given. */
export function today(timeZone?: string, now = Date.now()): DayKey {
  return timeZone ? dayKeyInZone(now, timeZone) : localDayKey(now);
}

/**
 * Day key of an instant in the runtime's own zone, from Date's local getters: no Intl object to
 * build (the first Intl.DateTimeFormat of a page costs about 10 ms).
 */
export function localDayKey(ms: number): DayKey {
  const d = new Date(ms);
  return dayKey(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

let cachedLocalZone: string | undefined;

/** The runtime's own zone, asked once: building a default Intl.DateTimeFormat costs milliseconds. */
export function localTimeZone(): string {
  return (cachedLocalZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
}

export interface WallClock extends PlainDate {
  hour: number;
  minute: number;
}

const wallFormats = new Map<string, Intl.DateTimeFormat>();

/** Calendar date and time of the instant `ms` on a wall clock in `timeZone`. */
export function wallClock(ms: number, timeZone: string): WallClock {
  let format = wallFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      era: 'short',
    });
    wallFormats.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  let bc = false;
  for (const p of format.formatToParts(ms)) {
    if (p.type === 'era') bc = p.value.startsWith('B');
    else if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  // Intl counts years before 1 as eras (1 BC); ISO 8601 calls that year 0.
  const year = bc ? 1 - parts.year : parts.year;
  return { year, month: parts.month, day: parts.day, hour: parts.hour % 24, minute: parts.minute };
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Last day (inclusive) an instant range touches in `timeZone`: an event ending at midnight ends the day before. */
export function lastDayInZone(start: number, end: number, timeZone: string): DayKey {
  return dayKeyInZone(Math.max(start, end - 1), timeZone);
}

/** English month names, for messages of the feed tools ("February 2019 has 28 days"). */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
