import { otherLanguage, pickText, type Feed, type LocalText } from '@iisg/feed';
import { countryName } from '../shared/country-name.js';

export type FilterKind = 'network' | 'organiser' | 'country' | 'tag';
export const FILTER_KINDS: FilterKind[] = ['network', 'organiser', 'country', 'tag'];

/** The filter menus a `filters` attribute asks for. */
export function filterKinds(filters: string | undefined): FilterKind[] {
  return (filters ?? '').split(/\s+/).filter((k): k is FilterKind => (FILTER_KINDS as string[]).includes(k));
}

/** A choice's name, with its language where that is not the page's (an English organiser on an Albanian page, WCAG 3.1.2). */
export function filterChoice(feed: Feed, lang: string, kind: FilterKind, id: string): { label: string; lang?: string } {
  const text = (name?: LocalText) => ({ label: pickText(name, lang, feed.language) || id, lang: otherLanguage(name, lang, feed.language) });
  if (kind === 'network') {
    const n = feed.networks.get(id);
    return n?.acronym ? { label: n.acronym } : text(n?.name);
  }
  if (kind === 'organiser') {
    const o = feed.organisations.get(id);
    return text(pickText(o?.shortName, lang, feed.language) ? o!.shortName : o?.name);
  }
  if (kind === 'country') {
    const { name } = countryName(feed, id, lang);
    const own = text(feed.countries.get(id)?.name);
    // Marked only where the feed's name in another language is shown ("Albania*"), not the browser's in the page's.
    return { label: name, lang: name.startsWith(own.label) ? own.lang : undefined };
  }
  return text(feed.tags.get(id)?.name);
}
