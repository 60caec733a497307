import type { Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { readingLanguage } from '@iisg/feed';
import { en, type Messages } from './messages.js';

export interface LoadedLocale {
  /** The language the strings are in (`sr-Cyrl`). */
  lang: string;
  messages: Messages;
  dateLocale: Locale;
}

/**
 * English month and weekday names, the only part of a date-fns `localize` the widgets call (through
 * shared/date-pattern.ts). Written out because English is in every first load: date-fns's English
 * `localize` also carries eras, quarters, day periods and ordinals (about 0.6 KB gzip); the drop-in
 * build leaves it out of en-GB (scripts/date-fns-names-only.mjs). Same strings as date-fns's.
 */
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const DAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');
const cut = (name: string, width?: string) => (width === 'narrow' ? name[0] : width === 'short' ? name.slice(0, 2) : width === 'abbreviated' ? name.slice(0, 3) : name);
const englishNames = {
  month: (month: number, options?: { width?: string }) => cut(MONTHS[month], options?.width === 'short' ? 'abbreviated' : options?.width),
  day: (day: number, options?: { width?: string }) => cut(DAYS[day], options?.width),
} as unknown as NonNullable<Locale['localize']>;

export const english: LoadedLocale = { lang: 'en', messages: en, dateLocale: { ...enGB, localize: englishNames } };

type LocaleModule = { messages: Messages; dateLocale: Locale };

// One on-demand chunk per language: English is built in, the others cost nothing until used.
const loaders: Record<string, () => Promise<LocaleModule>> = {
  sq: () => import('./sq.js'),
  'sr-Latn': () => import('./sr-Latn.js'),
  'sr-Cyrl': () => import('./sr-Cyrl.js'),
  bs: () => import('./bs.js'),
  hr: () => import('./hr.js'),
  mk: () => import('./mk.js'),
  sl: () => import('./sl.js'),
  de: () => import('./de.js'),
  fr: () => import('./fr.js'),
};

export const SUPPORTED_LANGUAGES = ['en', .../* @__PURE__ */ Object.keys(loaders)];

/** A loaded language's own country names (`Messages.countries`), by supported language. */
export const countryNames: Record<string, Readonly<Record<string, string>> | undefined> = {};

/**
 * The supported language for a page's `lang` (`sr` and `sr-RS` → `sr-Cyrl`, `sr-ME` and `sr-Latn-RS` →
 * `sr-Latn`, `de-AT` → `de`): the script the feed's texts are picked in too (readingLanguage).
 */
export function supportedLanguage(lang: string | undefined): string {
  if (!lang) return 'en';
  const reading = readingLanguage(lang);
  if (reading in loaders) return reading;
  const base = reading.split('-')[0];
  return base in loaders ? base : 'en';
}

const cache = new Map<string, Promise<LoadedLocale>>();

export function loadLocale(lang: string): Promise<LoadedLocale> {
  const key = supportedLanguage(lang);
  if (key === 'en') return Promise.resolve(english);
  let loaded = cache.get(key);
  if (!loaded) {
    loaded = loaders[key]().then(
      (m) => ((countryNames[key] = m.messages.countries), { lang: key, messages: m.messages, dateLocale: m.dateLocale }),
      (error) => {
        cache.delete(key);
        console.warn(`iisg: the ${key} strings could not be loaded; showing English`, error);
        return english;
      },
    );
    cache.set(key, loaded);
  }
  return loaded;
}
