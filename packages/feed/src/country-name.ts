import { canonicalLanguage, pickText } from './text.js';
import type { Feed } from './types.js';

const regionNames = new Map<string, Intl.DisplayNames | undefined>();

/** The runtime's name of a region in `lang`, or in English where it lacks the language; none without Intl.DisplayNames. */
function regionName(code: string, lang: string): string | undefined {
  // Canonical: Intl rejects a tag such as 'sr_latn' (canonicalLanguage makes it 'en' if it cannot mend it).
  if (!regionNames.has(lang)) regionNames.set(lang, Intl.DisplayNames && new Intl.DisplayNames([canonicalLanguage(lang), 'en'], { type: 'region' }));
  return regionNames.get(lang)?.of(code);
}

/**
 * A country's display name. Where the runtime has a name in the visitor's language: the feed's own name
 * in that language, else the runtime's. Where it has none (it
 * lacks the language, or claims it and answers in English, as Chromium does for Bosnian: an answer that
 * is the English name counts as none): the feed's name in the best language it has, else the runtime's
 * English one, else the code. The feed's footnote (Kosovo*) goes with any of them. `names`: the caller's own
 * names in `lang` (code → name), used before the feed's names in other languages and the runtime's English
 * where the runtime has none in `lang`.
 */
export function countryName(feed: Feed, code: string, lang: string, names?: Readonly<Record<string, string>>): { name: string; footnote?: string } {
  const country = feed.countries.get(code);
  const runtime = regionName(code, lang);
  const tag = canonicalLanguage(lang);
  // The feed's name in the visitor's own language (not a neighbour's: Serbian Latin readers get the
  // runtime's Latin name, not the feed's Cyrillic one), else the runtime's or the caller's.
  const own = country?.name?.[tag] || country?.name?.[tag.split('-')[0]];
  const name =
    (runtime !== regionName(code, 'en') && (own || runtime)) ||
    (names?.[code] && (own || names[code])) ||
    pickText(country?.name, lang, feed.language) ||
    runtime ||
    code;
  const footnote = pickText(country?.footnote, lang, feed.language) || undefined;
  return { name: footnote ? `${name}*` : name, footnote };
}
