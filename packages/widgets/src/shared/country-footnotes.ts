import { html, nothing, type TemplateResult } from 'lit';
import type { Feed } from '@iisg/feed';
import { countryPhrase } from './country-phrase.js';

/**
 * The designation footnotes of the countries `codes` ("* This designation is without prejudice ..." under a
 * Kosovo*), each once, in its language where the feed has it only in another: part `footnote`.
 */
export function countryFootnotes(feed: Feed, codes: Iterable<string>, lang: string): TemplateResult[] {
  const notes = new Map<string, string | undefined>();
  for (const code of codes) {
    const { footnote, footnoteLang } = countryPhrase(feed, code, lang);
    if (footnote && !notes.has(footnote)) notes.set(footnote, footnoteLang);
  }
  return [...notes].map(([note, noteLang]) => html`<p class="footnote" part="footnote">* <span lang=${noteLang ?? nothing}>${note}</span></p>`);
}
