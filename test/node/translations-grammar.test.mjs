// What the translations make of the values filled into them, checked where the grammar can be checked by
// rule: a month named alone (in the nominative) after a preposition that wants another case, a French
// numeral followed by "d’". Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en, fill, plural } from '../../packages/widgets/dist/locales/messages.js';
import { english } from '../../packages/widgets/dist/locales/load-locale.js';
import { formatSince } from '../../packages/widgets/dist/network-map/map-details.js';
import { formatPattern } from '../../packages/widgets/dist/shared/date-pattern.js';

const load = async (lang) => {
  const m = await import(`../../packages/widgets/dist/locales/${lang}.js`);
  return { lang, messages: m.messages, dateLocale: m.dateLocale };
};

/** Every string of a messages object, by path. */
function leaves(value, path = '', out = new Map()) {
  if (typeof value === 'string') out.set(path, value);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k, out);
  return out;
}

/** Every plural message (an object with an `other` string) of a messages object, by path. */
function plurals(value, path = '') {
  if (!value || typeof value !== 'object') return [];
  if (typeof value.other === 'string') return [[path, value]];
  return Object.entries(value).flatMap(([k, v]) => plurals(v, path ? `${path}.${k}` : k));
}

// Languages whose month names decline: a member's "since" of a month alone is printed with the
// standalone (nominative) name, "lipanj 2018", which no preposition before it may govern.
const DECLINING = { hr: ['od', 'do', 'u'], bs: ['od', 'do', 'u'], 'sr-Latn': ['od', 'do', 'u'], 'sr-Cyrl': ['од', 'до', 'у'], sl: ['od', 'do', 'v', 'dne'] };

for (const [lang, prepositions] of Object.entries(DECLINING)) {
  test(`${lang}: memberSince does not put a month in the nominative after a preposition`, async () => {
    const locale = await load(lang);
    for (let month = 1; month <= 12; month++) {
      const since = `2018-${String(month).padStart(2, '0')}`;
      const text = fill(locale.messages.map.memberSince, { date: formatSince(since, locale) });
      const name = formatPattern({ year: 2018, month, day: 1, weekday: 0 }, 'LLLL', locale.dateLocale);
      assert.ok(text.includes(name), `${text} names the month`);
      for (const p of prepositions) assert.doesNotMatch(text, new RegExp(`(?<![\\p{L}])${p}\\s+${name}`, 'iu'), `${lang} "${text}"`);
    }
  });
}

// A day with its month and year, and a month with its year, in CLDR's order and punctuation (Node's Intl has
// every language's data; the test browser's does not): "23. travnja 2019.", "април 2019 г.". The month's
// name is date-fns's (CLDR has "studenoga" and "august" where date-fns has "studenog" and "avgust", both in
// use). English is British.
const CLDR = { en: 'en-GB', sq: 'sq', 'sr-Latn': 'sr-Latn', 'sr-Cyrl': 'sr-Cyrl', bs: 'bs', hr: 'hr', mk: 'mk', sl: 'sl', de: 'de', fr: 'fr' };
for (const [lang, tag] of Object.entries(CLDR)) {
  test(`${lang}: dates.dayMonthYear, dates.monthYear and dates.year write a date as CLDR does`, async () => {
    const locale = lang === 'en' ? { ...english, messages: en } : await load(lang);
    const { messages, dateLocale } = locale;
    for (let month = 1; month <= 12; month++) {
      const date = new Date(Date.UTC(2019, month - 1, 23));
      const parts = { year: 2019, month, day: 23, weekday: date.getUTCDay() };
      const intl = (options, name) =>
        new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' })
          .formatToParts(date)
          .map((p) => (p.type === 'month' ? formatPattern(parts, name, dateLocale) : p.value))
          .join('')
          // CLDR's narrow no-break space before "г." is the no-break space fonts know best.
          .replace(/\u202f/g, '\u00a0');
      assert.equal(formatPattern(parts, messages.dates.dayMonthYear, dateLocale), intl({ dateStyle: 'long' }, 'MMMM'), `${lang} day ${month}`);
      assert.equal(formatPattern(parts, messages.dates.monthYear, dateLocale), intl({ year: 'numeric', month: 'long' }, 'LLLL'), `${lang} month ${month}`);
      // A year alone (the calendar's year view, the map's "Events (2019)" and a member's "since 2019"): Croatian "2019.".
      const year = intl({ year: 'numeric' });
      assert.equal(formatPattern(parts, messages.dates.year, dateLocale), year, `${lang} year`);
      assert.equal(formatSince('2019', locale), year, `${lang} member since a year`);
    }
  });
}

// Short weekday and month names, as the month grid's column heads and the timeline's axis and dates print them
// ("uto 23. apr"), as CLDR writes them in a date. Where CLDR and date-fns each have a form in use, date-fns's stays:
// Bosnian "avg" beside CLDR's "aug" (of "avgust" and "august"), "Sep" beside "Sept" (English, German).
const SHORT_NAMES_IN_USE = { bs: ['avg'], de: ['Sep.'], en: ['Sep'] };
for (const [lang, tag] of Object.entries(CLDR)) {
  test(`${lang}: short weekday and month names are CLDR's`, async () => {
    const { dateLocale } = lang === 'en' ? english : await load(lang);
    for (let month = 1; month <= 12; month++)
      for (const day of [1, 2, 3, 4, 5, 6, 7]) {
        const date = new Date(Date.UTC(2024, month - 1, day));
        const parts = { year: 2024, month, day, weekday: date.getUTCDay() };
        const intl = new Intl.DateTimeFormat(tag, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).formatToParts(date);
        const cldr = (type) => intl.find((p) => p.type === type).value.replace(/,$/, '');
        const [weekday, name] = [formatPattern(parts, 'EEE', dateLocale), formatPattern(parts, 'MMM', dateLocale)];
        assert.equal(weekday, cldr('weekday'), `${lang} weekday of ${date.toISOString().slice(0, 10)}`);
        if (!SHORT_NAMES_IN_USE[lang]?.includes(name)) assert.equal(name, cldr('month'), `${lang} month ${month}`);
      }
  });
}

// A date or period filled into a sentence, where the date ends with a full stop (Serbian, Croatian and Bosnian
// "3. studenoga 2026.", Macedonian "3 ноември 2026 г."): no colon straight after it ("2026 г.: најновите"), as
// colonAfter() keeps none after a date that leads a line, and no doubled full stop at a sentence's end.
for (const lang of Object.keys(CLDR)) {
  test(`${lang}: no colon or second full stop after a date that ends in one`, async () => {
    const { messages, dateLocale } = lang === 'en' ? { ...english, messages: en } : await load(lang);
    const parts = { year: 2026, month: 11, day: 3, weekday: 2 };
    const dates = [messages.dates.dayMonthYear, messages.dates.monthYear].map((pattern) => formatPattern(parts, pattern, dateLocale));
    let checked = 0;
    for (const [path, template] of leaves(messages))
      if (/\{(date|period)\}/.test(template))
        for (const date of dates) {
          checked++;
          const text = fill(template, { date, period: date, matching: '…', status: 404 });
          assert.doesNotMatch(text, /\.\s*:|\.\.$/, `${lang} ${path}: "${text}"`);
        }
    assert.ok(checked >= 8, `only ${checked} sentences checked`);
  });
}

test('fr: a numeral is not followed by "d’" ("1 000 000 événements", not "d’événements")', async () => {
  const { messages } = await load('fr');
  for (const [path, forms] of plurals(messages))
    for (const n of [1, 2, 1_000_000, 2_000_000]) {
      const text = plural(forms, n, 'fr', { place: 'Tirana', days: '3 jours' }, path.startsWith('ordinal') ? 'ordinal' : 'cardinal');
      assert.doesNotMatch(text, /\d\s*d[’']/u, `${path} for ${n}: "${text}"`);
    }
});

test('every plural message is keyed by categories the language has (and "zero")', async () => {
  for (const lang of ['sq', 'sr-Latn', 'sr-Cyrl', 'bs', 'hr', 'mk', 'sl', 'de', 'fr']) {
    const { messages } = await load(lang);
    for (const [path, forms] of plurals(messages)) {
      const type = path.startsWith('ordinal') ? 'ordinal' : 'cardinal';
      const categories = new Intl.PluralRules(lang, { type }).resolvedOptions().pluralCategories;
      for (const key of Object.keys(forms)) assert.ok(key === 'zero' || categories.includes(key), `${lang} ${path}.${key}: ${lang} has no "${key}" ${type} form (${categories})`);
    }
  }
});
