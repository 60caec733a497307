import { expect } from '@open-wc/testing';
import { countryName, parseFeed, type Feed } from '@iisg/feed';

/** Country names in the visitor's language: the feed's own, else the browser's, else the feed's in another language. */
const demo = parseFeed(await (await fetch('/demo/feed.json')).json()).feed!;
const feed = (countries: Record<string, unknown>, language = 'en'): Feed => parseFeed({ version: 1, language, countries, events: [] }).feed!;

describe('countryName', () => {
  it('names a country in each of the ten UI languages, Kosovo with its footnote', () => {
    const expected: Record<string, [string, string]> = {
      en: ['North Macedonia', 'Kosovo*'],
      sq: ['Maqedonia e Veriut', 'Kosova*'],
      'sr-Latn': ['Severna Makedonija', 'Kosovo*'],
      'sr-Cyrl': ['Северна Македонија', 'Косово*'],
      bs: ['Sjeverna Makedonija', 'Kosovo*'],
      hr: ['Sjeverna Makedonija', 'Kosovo*'],
      mk: ['Северна Македонија', 'Косово*'],
      sl: ['Severna Makedonija', 'Kosovo*'],
      de: ['Nordmazedonien', 'Kosovo*'],
      // The feed has no French names: the browser's, not the feed's English ones; Kosovo as the feed writes it.
      fr: ['Macédoine du Nord', 'Kosovo*'],
    };
    for (const [lang, [mk, xk]] of Object.entries(expected)) {
      expect(countryName(demo, 'MK', lang).name, lang).to.equal(mk);
      const kosovo = countryName(demo, 'XK', lang);
      expect(kosovo.name, lang).to.equal(xk);
      expect(kosovo.footnote, lang).to.contain('1244/1999');
    }
    expect(countryName(demo, 'FR', 'fr').name, 'not in the feed: the browser names it').to.equal('France');
  });

  it('prefers the feed\'s name in the visitor\'s language to the browser\'s', () => {
    const f = feed({ MK: { name: { en: 'North Macedonia', fr: 'Macédoine' } }, ME: { name: { en: 'Montenegro', hr: 'Crna Gora (hr)' } } });
    expect(countryName(f, 'MK', 'fr').name).to.equal('Macédoine');
    // The browser answers Bosnian in English: then the feed's name in a language a Bosnian reader reads.
    expect(countryName(f, 'ME', 'bs').name, 'a Bosnian reader reads Croatian').to.equal('Crna Gora (hr)');
  });

  it('does not take a neighbour\'s name in another script over the browser\'s in the visitor\'s own', () => {
    const f = feed({ MK: { name: { en: 'North Macedonia', 'sr-Cyrl': 'Северна Македонија (feed)' } }, ME: { name: { en: 'Montenegro', hr: 'Crna Gora (hr)' } } });
    expect(countryName(f, 'MK', 'sr-Latn').name, 'Latin for a Latin reader').to.equal('Severna Makedonija');
    expect(countryName(f, 'ME', 'sr-Cyrl').name, 'Cyrillic for a Cyrillic reader').to.equal('Црна Гора');
    expect(countryName(f, 'MK', 'sr-Cyrl').name, 'the feed\'s own, in the visitor\'s language').to.equal('Северна Македонија (feed)');
  });

  it('takes the feed\'s name in another language where the browser has none in the visitor\'s', () => {
    const f = feed({ MK: { name: { sq: 'Maqedonia e Veriut' } } }, 'sq');
    // A language the browser does not have: DisplayNames would answer in English.
    expect(countryName(f, 'MK', 'tlh').name).to.equal('Maqedonia e Veriut');
    expect(countryName(feed({}), 'MK', 'tlh').name, 'no name anywhere: the English one').to.equal('North Macedonia');
    expect(countryName(feed({}), 'XK', 'en').name).to.equal('Kosovo');
  });
});
