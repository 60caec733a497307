import { otherLanguage, pickText, type Feed, type LocalText } from '@iisg/feed';
import { countryPhrase } from '../shared/country-phrase.js';
import { networkLabel } from '../shared/network-label.js';

export type FilterKind = 'network' | 'organiser' | 'country' | 'tag';
export const FILTER_KINDS: FilterKind[] = ['network', 'organiser', 'country', 'tag'];

/** The filter menus a `filters` attribute asks for. */
export function filterKinds(filters: string | undefined): FilterKind[] {
  return (filters ?? '').toLowerCase().split(/\s+/).filter((k): k is FilterKind => (FILTER_KINDS as string[]).includes(k));
}

/** A choice's name, with its language where that is not the page's (an English organiser on an Albanian page, WCAG 3.1.2). */
export function filterChoice(feed: Feed, lang: string, kind: FilterKind, id: string): { label: string; lang?: string } {
  const text = (name?: LocalText) => ({ label: pickText(name, lang, feed.language) || id, lang: otherLanguage(name, lang, feed.language) });
  if (kind === 'network') {
    const n = feed.networks.get(id);
    return n ? networkLabel(n, lang, feed.language) : { label: id };
  }
  if (kind === 'organiser') {
    const o = feed.organisations.get(id);
    return text(pickText(o?.shortName, lang, feed.language) ? o!.shortName : o?.name);
  }
  if (kind === 'country') {
    // Marked where the name is the feed's in another language ("Albania*") or the browser's English one
    // (Chromium names no country in Albanian or Macedonian); not the browser's own in the page's language.
    const { name, lang: shown } = countryPhrase(feed, id, lang);
    return { label: name, lang: shown };
  }
  return text(feed.tags.get(id)?.name);
}
