// The network map's markers: the legend shows each kind drawn as it is drawn, and an event ring is never
// half under a member's marker.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '@iisg/widgets';
import { $$, mountMap } from './helpers.js';

/** How a marker's symbol looks: its fill, edge and halo. */
const look = (style: CSSStyleDeclaration) => [style.backgroundColor, style.borderTopColor, style.borderTopWidth, style.borderTopLeftRadius === '50%' ? 'round' : 'square', style.boxShadow].join(' | ');

/** Each kind of marker on the map whose look no symbol of the legend has. */
function missingFromLegend(el: Element) {
  const legend = new Set($$(el, '[part~="legend"] .swatch').map((s) => look(getComputedStyle(s))));
  const drawn = new Map($$(el, '.markers [part~="marker"]').map((m) => [m.getAttribute('part')!.split(' ')[1], look(getComputedStyle(m, '::before'))]));
  return [...drawn].filter(([, symbol]) => !legend.has(symbol)).map(([kind, symbol]) => `${kind}: ${symbol}`);
}

const demo = (theme: string) => html`<iisg-network-map src="/demo/feed.json" show="members events" theme=${theme} lang="en" style="width: 1000px"></iisg-network-map>`;

describe('<iisg-network-map> legend', () => {
  for (const theme of ['light', 'dark']) {
    it(`has a symbol for every kind of marker drawn, drawn alike, ${theme}`, async () => {
      const el = await mountMap(demo(theme));
      expect($$(el, '.markers [part~="country"]').length, 'member countries’ markers').to.be.greaterThan(0);
      expect(missingFromLegend(el)).to.deep.equal([]);
    });
  }
});

describe('<iisg-network-map> event rings and member markers', () => {
  // A ring whose target a member's marker covers in part is drawn round that marker (its popover lists the
  // ring's events): 1280 px put Budva's ring half under Montenegro's marker. A window as wide: the stage is
  // at most 85vh tall, and narrows to keep its aspect.
  before(() => setViewport({ width: 1400, height: 1000 }));
  after(() => setViewport({ width: 800, height: 600 }));
  for (const width of [320, 375, 800, 1000, 1280, 1300]) {
    for (const network of ['rnnc', 'nfp-group', 'wbcti']) {
      it(`draws no ring half under a member's marker, ${network}, ${width} px`, async () => {
        const el = await mountMap(html`<iisg-network-map src="/demo/feed.json" network=${network} show="members events" lang="en" style=${`width: ${width}px`}></iisg-network-map>`);
        const members = $$(el, '.markers [part~="marker"]:not([part~="events"])');
        const apart = (a: DOMRect, b: DOMRect) => Math.hypot(a.x + a.width / 2 - (b.x + b.width / 2), a.y + a.height / 2 - (b.y + b.height / 2));
        const found: string[] = [];
        let round = 0;
        for (const ring of $$(el, '.markers [part~="events"]')) {
          const a = ring.getBoundingClientRect();
          // Drawn round a marker (its band may pass under a neighbour, drawn above it): that marker's popover lists its events.
          if (members.some((m) => apart(a, m.getBoundingClientRect()) < 0.5)) {
            round++;
            continue;
          }
          // Else their targets (circles) are apart.
          for (const member of members) if (apart(a, member.getBoundingClientRect()) < (a.width + member.getBoundingClientRect().width) / 2 - 0.5) found.push(`${ring.dataset.key} / ${member.dataset.key}`);
        }
        expect(round, 'rings round markers').to.be.greaterThan(0);
        expect(found).to.deep.equal([]);
      });
    }
  }
});

// Forced colours are emulated through the DevTools protocol: Chromium only (test/setup/chromium-only.mjs).
describe('<iisg-network-map> in forced colours', () => {
  it('draws the legend’s symbols as the markers are drawn', async () => {
    await executeServerCommand('forced-colors', 'active');
    try {
      const el = await mountMap(demo('light'));
      expect(missingFromLegend(el)).to.deep.equal([]);
    } finally {
      await executeServerCommand('forced-colors', 'none');
    }
  });
});
