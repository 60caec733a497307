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
  // The tag without its region, before any neighbour: `hr-HR` reads `hr` before `bs`, `sr-RS` Cyrillic.
  const reading = readingLanguage(tag);
  add(reading);
  const [base, script] = reading.split('-');
  if (base === 'sr') ['sr', script === 'Latn' ? 'sr-Cyrl' : 'sr-Latn', 'bs', 'hr'].forEach(add);
  if (base === 'bs') ['bs', 'hr', 'sr-Latn', 'sr'].forEach(add);
  if (base === 'hr') ['hr', 'bs', 'sr-Latn', 'sr'].forEach(add);
  if (base === 'mk') ['sr-Cyrl', 'bg'].forEach(add);
  add(base);
  add(feedLanguage);
  add('en');
  return chain;
}

/**
 * The language (and, for Serbian, the script) a visitor reads, without the region: `hr-HR` → `hr`,
 * `sr` and `sr-RS` → `sr-Cyrl`, `sr-ME` and `cnr` (Montenegrin) → `sr-Latn`, `sr-Latn-RS` → `sr-Latn`.
 * Serbian is written in both scripts: the region's usual one (CLDR's likely subtags), so that a
 * page's texts and the widgets' own words are in one script.
 */
export function readingLanguage(lang: string): string {
  let reading = readings.get(lang);
  if (reading === undefined) {
    // Canonical first: Intl makes `sh` `sr-Latn` and `cnr` `sr-ME`.
    const locale = new Intl.Locale(canonicalLanguage(lang));
    const script = locale.language === 'sr' ? locale.maximize().script ?? 'Cyrl' : locale.script;
    readings.set(lang, (reading = script ? `${locale.language}-${script}` : locale.language));
  }
  return reading;
}

const readings = new Map<string, string>();

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
    const tag = Intl.getCanonicalLocales(lang.replace(/@.*$/, '').replace(/_/g, '-'))[0] ?? 'en';
    // CLDR's aliases, which Safari does not apply (Chromium and Firefox do): Serbo-Croatian, Montenegrin.
    return tag.replace(/^sh\b/, 'sr-Latn').replace(/^cnr(-[A-Z][a-z]{3})?(-ME)?$/, 'sr$1-ME');
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
 * another one (an English title on a Slovenian page, WCAG 3.1.2), undefined where it is the page's, and
 * undefined for a text the feed writes the same in every language it gives ("Budva", "RNNC"), which is
 * no one language's.
 */
export function otherLanguage(text: LocalText | undefined, lang: string, feedLanguage = 'en'): string | undefined {
  const values = Object.values(text ?? {});
  if (values.length > 1 && values.every((v) => v === values[0])) return undefined;
  const tag = pickLanguage(text, lang, feedLanguage);
  const page = canonicalLanguage(lang);
  // One language in another script or region (`sr-Cyrl` on an `sr-RS` page) is not another language.
  if (!tag || tag.split('-')[0] === page.split('-')[0]) return undefined;
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
