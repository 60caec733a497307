import { expect } from '@open-wc/testing';
import { languageChain, pickText, safeUrl, textBlocks } from '@iisg/feed';

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
