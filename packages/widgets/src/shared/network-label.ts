/** How menus, headings and details lines name a network briefly, and how a page may name one. */
import { allTexts, languageChain, otherLanguage, pickLanguage, pickText, type LocalText, type Network } from '@iisg/feed';

/**
 * Its acronym, else its short name, else its name, in `lang` as far as the feed has it; `lang` set where the
 * text is in another. A short name only in a language further down the reader's chain than the name's (English
 * "NFP Group" beside an Albanian name, on an Albanian page) gives way to the name in the reader's language.
 */
export function networkLabel(network: Network, lang: string, feedLanguage?: string): { label: string; lang?: string } {
  if (network.acronym) return { label: network.acronym };
  // Where the text's language is in the reader's chain (`>>> 0`: one outside it, -1, comes last).
  const rank = (text?: LocalText) => languageChain(lang, feedLanguage).indexOf(pickLanguage(text, lang, feedLanguage)!) >>> 0;
  const text = pickText(network.shortName, lang, feedLanguage) && rank(network.shortName) <= rank(network.name) ? network.shortName : network.name;
  return { label: pickText(text, lang, feedLanguage), lang: otherLanguage(text, lang, feedLanguage) };
}

/** What a page may call a network besides its id (`network="…"`): its acronym, and its short name and name in every language. */
export function networkNames(network: Network | undefined): (string | undefined)[] {
  return network ? [network.acronym, ...allTexts(network.shortName), ...allTexts(network.name)] : [];
}
