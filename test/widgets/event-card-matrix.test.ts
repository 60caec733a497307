import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import { parseFeed } from '@iisg/feed';
import type { IisgEventCard } from '@iisg/widgets';

/** Every event of the sample feed, as cards in every layout, language and theme, checked by axe. */
const FEED = '/demo/feed.json';
let ids: string[] = [];

before(async () => {
  ids = parseFeed(await (await fetch(FEED)).text()).feed!.events.map((e) => e.id);
});

async function mount(lang: string, theme: string, layouts: string[]) {
  const box = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: 720px"></div>`);
  for (const layout of layouts) {
    for (const id of ids) {
      const card = document.createElement('iisg-event-card');
      Object.assign(card, { src: FEED, eventId: id, layout, theme });
      box.append(card);
    }
  }
  const cards = [...box.querySelectorAll<IisgEventCard>('iisg-event-card')];
  await waitUntil(() => cards.every((c) => c.shadowRoot?.querySelector('article')), 'every card rendered', { timeout: 8000 });
  return { box, cards };
}

describe('<iisg-event-card> over every seed event', () => {
  for (const theme of ['light', 'dark']) {
    it(`renders every event in every layout without axe violations (${theme})`, async function () {
      this.timeout(30_000);
      const { box, cards } = await mount('en', theme, ['full', 'compact', 'teaser']);
      expect(cards).to.have.length(ids.length * 3);
      for (const card of cards) expect(card.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim()).to.not.equal('');
      await expect(box).to.be.accessible();
    });
  }

  for (const lang of ['sq', 'sr-Latn', 'sr-Cyrl', 'bs', 'hr', 'mk', 'sl', 'de', 'fr']) {
    it(`renders every event in ${lang} without axe violations`, async function () {
      this.timeout(30_000);
      const { box, cards } = await mount(lang, 'light', ['full']);
      // The language's strings have arrived when the menu button no longer says the English words.
      await waitUntil(() => cards.every((c) => !c.shadowRoot!.querySelector('[part~="menu-button"]')?.textContent?.includes('Add to calendar')), `${lang} strings`);
      await expect(box).to.be.accessible();
    });
  }
});
