// The map's keyboard hint names every key its markers answer to, in every language.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@iisg/widgets';
import type { IisgNetworkMap } from '@iisg/widgets/network-map/network-map.js';
import { $, $$, focused } from './helpers.js';

async function mountMap(lang: string) {
  const el = await fixture<IisgNetworkMap>(html`<iisg-network-map src="/demo/feed.json" lang=${lang} style="width: 800px"></iisg-network-map>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.markers [tabindex="0"]'), 'map rendered', { timeout: 5000 });
  return el;
}

/** How a language names Home and End where its keyboards label them otherwise (the Cyrillic ones keep the Latin labels). */
const HOME_END: Record<string, string[]> = { de: ['Pos1', 'Ende'], fr: ['Début', 'Fin'] };

describe('<iisg-network-map> keyboard hint', () => {
  it('names the keys that work: Home and End move to the first and last marker, + and − zoom', async () => {
    const el = await mountMap('en');
    $(el, '.markers [tabindex="0"]')!.focus();
    const first = focused(el)!.dataset.key;
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focused(el)!.dataset.key, 'End moves').not.to.equal(first);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focused(el)!.dataset.key, 'Home moves back').to.equal(first);
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect($(el, '.stage')!.classList.contains('zoomed'), '+ zooms').to.equal(true);
    const hint = $(el, '[part~="keyboard-hint"]')!.textContent!;
    for (const key of ['arrow keys', 'Home', 'End', '+', '−', 'Enter', 'Escape']) expect(hint, key).to.contain(key);
  });

  for (const lang of ['sq', 'sr-Latn', 'sr-Cyrl', 'bs', 'hr', 'mk', 'sl', 'de', 'fr']) {
    it(`names them in ${lang}`, async () => {
      const el = await mountMap(lang);
      const hint = $(el, '[part~="keyboard-hint"]')!.textContent!;
      for (const key of [...(HOME_END[lang] ?? ['Home', 'End']), '+', '−']) expect(hint, key).to.contain(key);
      expect($$(el, '.markers [part~="marker"]').length).to.be.greaterThan(0);
    });
  }
});
