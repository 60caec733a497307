import { pickText } from './text.js';
import type { Feed } from './types.js';

const regionNames = new Map<string, Intl.DisplayNames | null>();

/** A country's display name: the feed's own name first (it decides how Kosovo* is written), else the runtime's. */
export function countryName(feed: Feed, code: string, lang: string): { name: string; footnote?: string } {
  const country = feed.countries.get(code);
  let name = pickText(country?.name, lang, feed.language);
  if (!name) {
    if (!regionNames.has(lang)) {
      let names: Intl.DisplayNames | null = null;
      try {
        names = new Intl.DisplayNames([lang, 'en'], { type: 'region' });
      } catch {
        // An unusable language tag or a runtime without DisplayNames: fall back to the code.
      }
      regionNames.set(lang, names);
    }
    name = regionNames.get(lang)?.of(code) ?? code;
  }
  const footnote = pickText(country?.footnote, lang, feed.language) || undefined;
  return { name: footnote ? `${name}*` : name, footnote };
}

