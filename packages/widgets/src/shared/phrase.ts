/**
 * Texts the elements compose from the feed's ("Washington, D.C., ZDA"), kept as parts so that a part the feed
 * has only in another language than the page's is shown in an element with its `lang` (WCAG 3.1.2).
 */
import { html, type TemplateResult } from 'lit';
import { otherLanguage, pickText, type LocalText } from '@iisg/feed';
import { keepSlashWords } from './slash-words.js';

/** A part in another language than the page's. */
export interface Foreign {
  text: string;
  lang: string;
}

export type Phrase = (string | Foreign)[];

/** A text of the feed as one part: with its language where `otherLanguage` gave one. */
export function textIn(text: string, lang: string | undefined): Phrase {
  return lang ? [{ text, lang }] : [text];
}

/** A name of the feed's, in `lang` as far as the feed has it, as one part with its language. */
export function nameIn(text: LocalText | undefined, lang: string, feedLanguage?: string): Phrase {
  return textIn(pickText(text, lang, feedLanguage), otherLanguage(text, lang, feedLanguage));
}

/** The parts as one string, for sorting and attributes. */
export function phraseText(phrase: Phrase): string {
  return phrase.map((part) => (typeof part === 'string' ? part : part.text)).join('');
}

/** The parts joined by `separator`, empty ones left out. */
export function joinPhrases(phrases: Phrase[], separator: string): Phrase {
  return phrases.filter((p) => phraseText(p)).flatMap((p, i) => (i ? [separator, ...p] : p));
}

/** The parts to draw: a foreign one in a span with its `lang`, words with a slash inside them kept whole. */
export function renderPhrase(phrase: Phrase): (string | TemplateResult)[] {
  // Neighbouring parts in the page's language as one text.
  const merged = phrase.reduce<Phrase>((parts, part) => {
    const last = parts[parts.length - 1];
    if (typeof part === 'string' && typeof last === 'string') parts[parts.length - 1] = last + part;
    else parts.push(part);
    return parts;
  }, []);
  return merged.flatMap((part) => (typeof part === 'string' ? keepSlashWords(part) : html`<span lang=${part.lang}>${keepSlashWords(part.text)}</span>`));
}

/** A sentinel no message contains: a filled message is cut at it to put a phrase in its place. */
const SLOT = '\u{E000}';

/** A message filled by `fill(SLOT)` (`plural(forms, n, lang, { place: SLOT })`) with `phrase` in the sentinel's place. */
export function fillPhrase(fill: (slot: string) => string, phrase: Phrase): Phrase {
  return fill(SLOT)
    .split(SLOT)
    .flatMap((text, i) => (i ? [...phrase, text] : [text]))
    .filter((part) => part !== '');
}
