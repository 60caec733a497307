import type { Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { canonicalLanguage } from '@iisg/feed';
import { en, type Messages } from './messages.js';

export interface LoadedLocale {
  /** The language the strings are in (`sr-Cyrl`). */
  lang: string;
  messages: Messages;
  dateLocale: Locale;
}

export const english: LoadedLocale = { lang: 'en', messages: en, dateLocale: enGB };

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

export const SUPPORTED_LANGUAGES = ['en', ...Object.keys(loaders)];

/** The supported language for a page's `lang` (`sr` → `sr-Cyrl`, `sr-Latn-RS` → `sr-Latn`, `de-AT` → `de`). */
export function supportedLanguage(lang: string | undefined): string {
  if (!lang) return 'en';
  const tag = canonicalLanguage(lang);
  const [base, ...rest] = tag.split('-');
  if (base === 'sr') return rest.includes('Latn') ? 'sr-Latn' : 'sr-Cyrl';
  if (base === 'sh') return 'sr-Latn';
  return base in loaders ? base : 'en';
}

const cache = new Map<string, Promise<LoadedLocale>>();

export function loadLocale(lang: string): Promise<LoadedLocale> {
  const key = supportedLanguage(lang);
  if (key === 'en') return Promise.resolve(english);
  let loaded = cache.get(key);
  if (!loaded) {
    loaded = loaders[key]().then(
      (m) => ({ lang: key, messages: m.messages, dateLocale: m.dateLocale }),
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
