// The network map's first view keeps its markers clear of the zoom buttons (on the left in a right-to-left
// page), and its markers, as large as the text makes them, clear of each other.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '@iisg/widgets';
import { $, $$, mountMap, withRootFont } from './helpers.js';

const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Markers on the map whose box overlaps a zoom button's. */
function underControls(el: Element) {
  const buttons = $$(el, '.zoom button').map((b) => b.getBoundingClientRect());
  return $$(el, '.markers [part~="marker"]')
    .filter((m) => buttons.some((b) => overlap(m.getBoundingClientRect(), b)))
    .map((m) => m.dataset.key);
}

/** Pairs of member markers whose targets overlap. */
function overlaps(el: Element) {
  const markers = $$(el, '.markers [part~="marker"]:not([part~="events"])');
  const found: string[] = [];
  for (let i = 0; i < markers.length; i++) {
    for (let j = i + 1; j < markers.length; j++) {
      const [a, b] = [markers[i].getBoundingClientRect(), markers[j].getBoundingClientRect()];
      const apart = Math.hypot(a.x + a.width / 2 - (b.x + b.width / 2), a.y + a.height / 2 - (b.y + b.height / 2));
      if (apart < (a.width + b.width) / 2 - 0.5) found.push(`${markers[i].dataset.key} / ${markers[j].dataset.key}`);
    }
  }
  return found;
}

describe('<iisg-network-map> first view and the zoom buttons', () => {
  for (const dir of ['ltr', 'rtl']) {
    for (const width of [320, 375, 800]) {
      it(`keeps every marker clear of the zoom buttons, ${dir}, ${width} px`, async () => {
        const el = await mountMap(html`<div dir=${dir} style=${`width: ${width}px`}><iisg-network-map src="/demo/feed.json" show="members events" lang="en"></iisg-network-map></div>`);
        expect($$(el, '.markers [part~="marker"]').length).to.be.greaterThan(3);
        expect(underControls(el)).to.deep.equal([]);
      });
    }
  }

  describe('with the text at 200%', () => {
    before(() => (document.documentElement.style.fontSize = '200%'));
    after(() => (document.documentElement.style.fontSize = ''));

    for (const width of [320, 640]) {
      for (const network of ['rnnc', 'nfp-group', 'wbcti']) {
        it(`gathers markers by their size and keeps them clear of the zoom buttons, ${network}, ${width} px`, async () => {
          const el = await mountMap(html`<iisg-network-map src="/demo/feed.json" network=${network} show="members events" lang="en" style=${`width: ${width}px`}></iisg-network-map>`);
          expect($(el, '.markers [part~="marker"]')!.getBoundingClientRect().width, 'markers grow with the text').to.be.greaterThan(40);
          expect(overlaps(el)).to.deep.equal([]);
          expect(underControls(el)).to.deep.equal([]);
        });
      }
    }
  });
});

describe('<iisg-network-map> smaller pieces', () => {
  it('keeps the "elsewhere" dot round and the text beside it, wrapped', async () => {
    document.documentElement.style.fontSize = '200%';
    try {
      const el = await mountMap(html`<iisg-network-map src="/demo/feed.json" show="members events" lang="en" style="width: 320px"></iisg-network-map>`);
      const place = $(el, '.place')!;
      const dot = $(el, '.place .dot')!.getBoundingClientRect();
      expect(place.getBoundingClientRect().height, 'wrapped').to.be.greaterThan(80);
      expect(dot.width, 'round').to.be.closeTo(dot.height, 0.5);
      expect(getComputedStyle(place).textAlign).to.equal('start');
      expect(parseFloat(getComputedStyle(place).borderTopLeftRadius), 'a rounded box, not an oval').to.be.lessThan(40);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('offers a year with no events in the picker when the page sets it', async () => {
    const el = await mountMap(html`<iisg-network-map src="/demo/feed.json" show="members events" year="2030" lang="en" style="width: 800px"></iisg-network-map>`);
    const year = $$<HTMLSelectElement>(el, 'select').find((s) => [...s.options].some((o) => o.value === 'all'))!;
    expect(year.value).to.equal('2030');
    expect($$(el, '.markers [part~="events"]')).to.have.length(0);
  });

  it('gives the list view\'s member names 24 px tall buttons', async () => {
    const el = await mountMap(html`<iisg-network-map src="/demo/feed.json" view="list" lang="en" style="width: 1200px"></iisg-network-map>`);
    const heights = $$(el, 'tbody th .link-button').map((b) => b.getBoundingClientRect().height);
    expect(heights.length).to.be.greaterThan(3);
    expect(Math.min(...heights)).to.be.at.least(24);
    const [name, role] = $$(el, 'table.members thead th').map((th) => th.getBoundingClientRect().width);
    expect(name, 'the names take no more than their share').to.be.lessThan(1200 * 0.45);
    expect(role).to.be.greaterThan(0);
  });

  it('aligns the footnote to the page\'s side in a right-to-left page', async () => {
    const el = await mountMap(html`<div dir="rtl" style="width: 800px"><iisg-network-map src="/demo/feed.json" lang="en"></iisg-network-map></div>`);
    const note = $(el, '[part~="footnote"]')!;
    const range = document.createRange();
    range.selectNodeContents(note);
    const text = range.getBoundingClientRect();
    expect(note.getBoundingClientRect().right - text.right, 'text at the right').to.be.lessThan(2);
  });
});

// Forced colours are emulated through the DevTools protocol: Chromium only (test/setup/chromium-only.mjs).
describe('<iisg-network-map> in forced colours', () => {
  it('haloes the event rings (seen over a Highlight country) and draws the "elsewhere" event dot in system colours', async () => {
    await executeServerCommand('forced-colors', 'active');
    try {
      const el = await mountMap(html`<iisg-network-map src="/demo/feed.json" show="members events" lang="en" style="width: 1000px"></iisg-network-map>`);
      const ring = getComputedStyle($(el, '.markers [part~="events"]')!, '::before');
      expect(ring.boxShadow, 'halo').not.to.equal('none');
      const dot = getComputedStyle($(el, '.place.events .dot')!);
      expect(dot.backgroundColor, 'no tan fill').to.equal('rgba(0, 0, 0, 0)');
    } finally {
      await executeServerCommand('forced-colors', 'none');
    }
  });
});

const viewBox = (el: Element) => $(el, '.stage svg')!.getAttribute('viewBox')!.split(' ').map(Number);
/** Screen pixels per map unit at the map's first view. */
const scaleOf = (el: Element) => $(el, '.stage')!.offsetWidth / viewBox(el)[2];

/** A few frames and updates: the stage's ResizeObserver measures in the frame after it reports. */
async function settled(el: Element & { updateComplete: Promise<unknown> }) {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  }
  await el.updateComplete;
}

describe('<iisg-network-map> measures its stage', () => {
  const demo = (width: number, dir = 'ltr') => html`<div dir=${dir} style=${`width: ${width}px`}><iisg-network-map src="/demo/feed.json" show="members events" lang="en"></iisg-network-map></div>`;

  for (const on of ['the map', 'an ancestor']) {
    it(`again when the direction changes (dir on ${on}), not only when it resizes`, async () => {
      const rtl = viewBox(await mountMap(demo(320, 'rtl')));
      const el = await mountMap(demo(320));
      expect(viewBox(el), 'the zoom buttons are on the other side').not.to.deep.equal(rtl);
      (on === 'the map' ? el : el.parentElement!).dir = 'rtl';
      await settled(el);
      expect(viewBox(el)).to.deep.equal(rtl);
      expect(underControls(el)).to.deep.equal([]);
    });
  }

  it('by its layout size: a page that scales it with a transform sees the same map, smaller', async () => {
    // What the measure gives: the view (the zoom buttons' room in it) and the markers, gathered by their size on screen.
    const drawn = (el: Element) => [viewBox(el).join(' '), ...$$(el, '.markers [part~="marker"]').map((m) => m.dataset.key)];
    const plain = drawn(await mountMap(demo(375)));
    const el = await mountMap(html`<div style="transform: scale(0.5); transform-origin: 0 0">${demo(375)}</div>`);
    expect(drawn(el)).to.deep.equal(plain);
  });

  // At 320 px with the text at 200%, a column of zoom buttons 64 px wide took a third of the map's width.
  for (const network of ['rnnc', 'nfp-group', 'wbcti']) {
    it(`gives the map the width in a narrow container with large text, ${network}`, async () => {
      const map = () => mountMap(html`<iisg-network-map src="/demo/feed.json" network=${network} show="members events" lang="en" style="width: 320px"></iisg-network-map>`);
      const normal = scaleOf(await map());
      const el = await withRootFont('200%', map);
      expect(scaleOf(el) / normal).to.be.at.least(0.95);
      expect(underControls(el)).to.deep.equal([]);
    });
  }
});
