/** How menus, headings and details lines name a network briefly, and how a page may name one. */
import { allTexts, otherLanguage, pickText, type Network } from '@iisg/feed';

/** Its acronym, else its short name, else its name, in `lang` as far as the feed has it; `lang` set where the text is in another. */
export function networkLabel(network: Network, lang: string, feedLanguage?: string): { label: string; lang?: string } {
  if (network.acronym) return { label: network.acronym };
  const text = pickText(network.shortName, lang, feedLanguage) ? network.shortName : network.name;
  return { label: pickText(text, lang, feedLanguage), lang: otherLanguage(text, lang, feedLanguage) };
}

/** What a page may call a network besides its id (`network="…"`): its acronym, and its short name and name in every language. */
export function networkNames(network: Network | undefined): (string | undefined)[] {
  return network ? [network.acronym, ...allTexts(network.shortName), ...allTexts(network.name)] : [];
}
