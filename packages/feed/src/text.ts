import type { LocalText } from './types.js';

/**
 * Languages to try, best first, for a visitor who reads `lang`. Serbian, Bosnian and Croatian readers
 * read each other's Latin-script texts; Serbian readers read both scripts.
 */
export function languageChain(lang: string, feedLanguage = 'en'): readonly string[] {
  // Asked for every text a view shows (a title, a place, each day's summaries): worked out once per pair.
  const key = `${lang} ${feedLanguage}`;
  let chain = chains.get(key);
  if (!chain) chains.set(key, (chain = Object.freeze(buildChain(lang, feedLanguage))));
  return chain;
}

const chains = new Map<string, readonly string[]>();

function buildChain(lang: string, feedLanguage: string): string[] {
  const chain: string[] = [];
  const add = (tag: string) => {
    if (tag && !chain.includes(tag)) chain.push(tag);
  };
  const tag = canonicalLanguage(lang);
  add(tag);
  const base = tag.split('-')[0];
  if (tag === 'sr' || tag === 'sr-Cyrl') add('sr-Cyrl');
  if (base === 'sr') ['sr', 'sr-Latn', 'sr-Cyrl', 'bs', 'hr'].forEach(add);
  if (base === 'bs') ['hr', 'sr-Latn', 'sr'].forEach(add);
  if (base === 'hr') ['bs', 'sr-Latn', 'sr'].forEach(add);
  if (base === 'mk') ['mk', 'sr-Cyrl', 'bg'].forEach(add);
  add(base);
  add(feedLanguage);
  add('en');
  return chain;
}

/** Normalise a tag's case (`sr-latn` → `sr-Latn`, `EN-gb` → `en-GB`). */
const canonical = new Map<string, string>();

export function canonicalLanguage(lang: string): string {
  let tag = canonical.get(lang);
  if (tag === undefined) canonical.set(lang, (tag = canonicalize(lang)));
  return tag;
}

function canonicalize(lang: string): string {
  try {
    // POSIX suffixes and underscores ('en_US@posix', 'sr_latn') are not BCP 47.
    return Intl.getCanonicalLocales(lang.replace(/@.*$/, '').replace(/_/g, '-'))[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** The text in the best language for `lang`, falling back along `languageChain`, then to any text. */
export function pickText(text: LocalText | undefined, lang: string, feedLanguage = 'en'): string {
  const tag = pickLanguage(text, lang, feedLanguage);
  return tag ? text![tag] : '';
}

/** The language `pickText` takes its text from (a key of `text`); undefined when there is no text. */
export function pickLanguage(text: LocalText | undefined, lang: string, feedLanguage = 'en'): string | undefined {
  if (!text) return undefined;
  for (const tag of languageChain(lang, feedLanguage)) if (text[tag]) return tag;
  for (const [tag, value] of Object.entries(text)) if (value) return tag;
  return undefined;
}

/**
 * The `lang` attribute for a text picked for a visitor reading `lang`: the text's language where it is
 * another one (an English title on a Slovenian page, WCAG 3.1.2), undefined where it is the page's.
 */
export function otherLanguage(text: LocalText | undefined, lang: string, feedLanguage = 'en'): string | undefined {
  const tag = pickLanguage(text, lang, feedLanguage);
  const page = canonicalLanguage(lang);
  if (!tag || tag === page || page.startsWith(`${tag}-`) || tag.startsWith(`${page}-`)) return undefined;
  return tag;
}

/** Every text of a map, for searching in any language of the feed. */
export function allTexts(text: LocalText | undefined): string[] {
  return text ? Object.values(text) : [];
}

export type TextBlock = { type: 'paragraph'; text: string } | { type: 'list'; items: string[] };

const BULLET = /^\s*(?:[-*•‣◦]|\d+[.)])\s+/;

/**
 * Plain-text description to blocks: paragraphs are separated by blank lines, lines starting with
 * `-`, `*`, `•` or `1.` are list items. Never HTML: the widgets render each block as text.
 */
export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let paragraph: string[] = [];
  let list: string[] | null = null;
  const flushParagraph = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  const flushList = () => {
    if (list?.length) blocks.push({ type: 'list', items: list });
    list = null;
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (!line) {
      flushParagraph();
      flushList();
    } else if (BULLET.test(raw)) {
      flushParagraph();
      (list ??= []).push(raw.replace(BULLET, '').trim());
    } else if (list) {
      // A wrapped bullet continues the previous item.
      list[list.length - 1] += ` ${line}`;
    } else {
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushList();
  return blocks;
}
