import { expect } from '@open-wc/testing';
import { languageChain, otherLanguage, pickText, safeUrl, textBlocks } from '@iisg/feed';

describe('texts', () => {
  const title = { en: 'Meeting', 'sr-Latn': 'Sastanak', 'sr-Cyrl': 'Састанак', sq: 'Takim' };

  it('picks the visitor’s language, then a close one, then the feed’s', () => {
    expect(pickText(title, 'sr-Cyrl')).to.equal('Састанак');
    expect(pickText(title, 'sr')).to.equal('Састанак');
    expect(pickText(title, 'bs')).to.equal('Sastanak');
    expect(pickText(title, 'hr')).to.equal('Sastanak');
    expect(pickText(title, 'de')).to.equal('Meeting');
    expect(pickText({ sq: 'Takim' }, 'de', 'sq')).to.equal('Takim');
    expect(pickText({ mk: 'Состанок' }, 'en')).to.equal('Состанок');
    expect(languageChain('mk')).to.deep.equal(['mk', 'sr-Cyrl', 'bg', 'en']);
  });

  it('reads a tag with a region as its language, in the region’s script (what CMSs write: hr-HR, sr-RS)', () => {
    const nfp = { en: 'Meeting', 'sr-Latn': 'Sastanak', 'sr-Cyrl': 'Састанак', bs: 'Sastanak (bs)', hr: 'Sastanak (hr)' };
    expect(pickText(nfp, 'hr-HR')).to.equal('Sastanak (hr)');
    expect(pickText(nfp, 'bs-BA')).to.equal('Sastanak (bs)');
    expect(pickText(nfp, 'sr-RS')).to.equal('Састанак');
    expect(pickText(nfp, 'sr-Cyrl-RS')).to.equal('Састанак');
    expect(pickText(nfp, 'sr-Latn-RS')).to.equal('Sastanak');
    expect(pickText(nfp, 'sr-ME')).to.equal('Sastanak');
    expect(pickText(nfp, 'cnr')).to.equal('Sastanak');
    expect(pickText({ en: 'Meeting', de: 'Treffen' }, 'de-AT')).to.equal('Treffen');
    expect(languageChain('hr-HR')).to.deep.equal(['hr-HR', 'hr', 'bs', 'sr-Latn', 'sr', 'en']);
    expect(languageChain('sr-RS')).to.deep.equal(['sr-RS', 'sr-Cyrl', 'sr', 'sr-Latn', 'bs', 'hr', 'en']);
  });

  it('says a text’s language only where it is another one than the page’s', () => {
    const nfp = { en: 'Meeting', 'sr-Cyrl': 'Састанак' };
    expect(otherLanguage(nfp, 'sr-RS')).to.equal(undefined);
    expect(otherLanguage(nfp, 'sr')).to.equal(undefined);
    expect(otherLanguage({ en: 'Meeting' }, 'sl-SI')).to.equal('en');
    expect(otherLanguage({ en: 'Meeting', hr: 'Sastanak' }, 'bs-BA')).to.equal('hr');
    // Written the same in every language the feed gives: no one language's, not marked in any element.
    expect(otherLanguage({ en: 'Budva', de: 'Budva' }, 'sq')).to.equal(undefined);
    expect(otherLanguage({ en: 'RNNC', sl: 'RNNC', de: 'RNNC' }, 'mk')).to.equal(undefined);
    expect(otherLanguage({ en: 'Budva' }, 'sq'), 'one language given: it is that one').to.equal('en');
  });

  it('gives the widgets’ words in the script of the texts', async () => {
    const { supportedLanguage } = await import('../../packages/widgets/src/locales/load-locale.js');
    const said = Object.fromEntries(['sr', 'sr-RS', 'sr-Cyrl-RS', 'sr-Latn', 'sr-ME', 'cnr', 'sh', 'hr-HR', 'bs-BA', 'mk-MK', 'de-AT', 'fr-BE', 'it'].map((t) => [t, supportedLanguage(t)]));
    expect(said).to.deep.equal({ sr: 'sr-Cyrl', 'sr-RS': 'sr-Cyrl', 'sr-Cyrl-RS': 'sr-Cyrl', 'sr-Latn': 'sr-Latn', 'sr-ME': 'sr-Latn', cnr: 'sr-Latn', sh: 'sr-Latn', 'hr-HR': 'hr', 'bs-BA': 'bs', 'mk-MK': 'mk', 'de-AT': 'de', 'fr-BE': 'fr', it: 'en' });
  });

  it('turns plain text into paragraphs and lists, never markup', () => {
    const blocks = textBlocks('First paragraph\ncontinues.\n\nTopics:\n- one\n- two\n  wrapped\n\n<b>bold</b>');
    expect(blocks).to.deep.equal([
      { type: 'paragraph', text: 'First paragraph continues.' },
      { type: 'paragraph', text: 'Topics:' },
      { type: 'list', items: ['one', 'two wrapped'] },
      { type: 'paragraph', text: '<b>bold</b>' },
    ]);
  });

  it('lets only http(s) and mailto become links', () => {
    expect(safeUrl('https://www.rcc.int/')).to.equal('https://www.rcc.int/');
    expect(safeUrl('mailto:info@rcc.int')).to.equal('mailto:info@rcc.int');
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example', 'java\tscript:alert(1)', 'relative/path']) {
      expect(safeUrl(bad), bad).to.equal(undefined);
    }
  });
});

describe('canonicalLanguage', () => {
  it('accepts what pages and browsers say, and falls back to English', async () => {
    const { canonicalLanguage } = await import('@iisg/feed');
    expect(canonicalLanguage('sr_latn')).to.equal('sr-Latn');
    expect(canonicalLanguage('en-US@posix')).to.equal('en-US');
    expect(canonicalLanguage('not a language')).to.equal('en');
  });
});
