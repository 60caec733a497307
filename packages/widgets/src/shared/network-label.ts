/** How menus, headings and details lines name a network briefly, and how a page may name one. */
import { allTexts, otherLanguage, pickText, type Network } from '@iisg/feed';

/** Its acronym, else its short name, else its name, in `lang` as far as the feed has it; `lang` set where the text is in another. */
export function networkLabel(network: Network, lang: string, feedLanguage?: string): { label: string; lang?: string } {
  if (network.acronym) return { label: network.acronym };
  const text = pickText(network.shortName, lang, feedLanguage) ? network.shortName : network.name;
  return { label: pickText(text, lang, feedLanguage), lang: otherLanguage(text, lang, feedLanguage) };
}

/** Whether `text` (a page's `network="…"`) names the network: its id in any case, its acronym, or its short name or name in any language. */
export function isNetworkCalled(network: Network | undefined, text: string): boolean {
  const fold = (t: string | undefined) => (t ?? '').trim().toLowerCase();
  // `acronym ?? id`: no acronym is no name, not one that a blank text matches.
  return !!network && [network.id, network.acronym ?? network.id, ...allTexts(network.shortName), ...allTexts(network.name)].some((t) => fold(t) === fold(text));
}
