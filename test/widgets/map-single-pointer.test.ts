// WCAG 2.2 SC 2.5.7 Dragging Movements: every pan a drag makes, a visitor who cannot drag makes by single
// clicks or taps. Once part of the map is out of view (zoomed in, moved, or a first view that leaves an event
// out), arrow buttons at its edges move it by half its width or height; the + and − buttons zoom around its centre.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '@iisg/widgets';
import type { IisgNetworkMap } from '@iisg/widgets';
import { enMap } from '@iisg/widgets/locales/en-map.js';
import { EXTENT } from '@iisg/widgets/network-map/geometry.generated.js';
import { $, $$, focused, mountMap, withRootFont } from './helpers.js';

const DIRECTIONS = ['up', 'left', 'right', 'down'] as const;
type Direction = (typeof DIRECTIONS)[number];

const viewBox = (el: Element) => $(el, '.stage svg')!.getAttribute('viewBox')!.split(' ').map(Number);
const pan = (el: Element, dir: Direction) => $(el, `[part~="pan-${dir}"]`);
const stageBox = (el: Element) => $(el, '.stage')!.getBoundingClientRect();
const centre = (r: DOMRect) => [r.x + r.width / 2, r.y + r.height / 2];
const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function frames(el: IisgNetworkMap, n = 3) {
  for (let i = 0; i < n; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  }
  await el.updateComplete;
}

async function zoomIn(el: IisgNetworkMap, times: number) {
  for (let i = 0; i < times; i++) {
    $(el, '[part~="zoom-in"]')!.click();
    await frames(el);
  }
}

const markerKeys = (el: Element) => $$(el, '.markers [part~="marker"]').map((m) => m.dataset.key!);
const marker = (el: Element, key: string) => $(el, `.markers [data-key="${CSS.escape(key)}"]`)!;

/**
 * A marker a pointer can choose: wholly inside the stage, and a click at its centre reaches it, not a button
 * over it (or reaches the member's marker inside an event ring, whose popover lists the ring's events too).
 */
function reachable(el: Element, key: string) {
  const box = marker(el, key).getBoundingClientRect();
  const stage = stageBox(el);
  if (box.left < stage.left || box.right > stage.right || box.top < stage.top || box.bottom > stage.bottom) return false;
  const [x, y] = centre(box);
  return !!el.shadowRoot!.elementFromPoint(x, y)?.closest('.markers [part~="marker"]');
}

describe('<iisg-network-map> without dragging (WCAG 2.5.7)', () => {
  it('brings every marker of a map zoomed in three times into reach by the pan buttons alone', async () => {
    const el = await mountMap(html`<iisg-network-map src="/demo/feed.json" show="members events" lang="en" style="width: 800px"></iisg-network-map>`);
    await zoomIn(el, 3);
    const zoomedWidth = viewBox(el)[2];
    const keys = markerKeys(el);
    const out = keys.filter((k) => !reachable(el, k));
    expect(out.length, `out of reach after three clicks on +: ${out.length} of ${keys.length}`).to.be.greaterThan(3);
    for (const key of out) {
      for (let i = 0; i < 30 && !reachable(el, key); i++) {
        // Towards the marker: the way it lies farthest from the stage's middle, for its share of the stage.
        const stage = stageBox(el);
        const [mx, my] = centre(marker(el, key).getBoundingClientRect());
        const [sx, sy] = centre(stage);
        const [dx, dy] = [(mx - sx) / stage.width, (my - sy) / stage.height];
        const dir: Direction = Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? 'right' : 'left') : dy > 0 ? 'down' : 'up';
        const button = pan(el, dir);
        expect(button, `a button that pans ${dir}, towards ${key}`).to.exist;
        expect(button!.getAttribute('aria-disabled'), `${dir}, towards ${key}`).to.equal('false');
        button!.click();
        await frames(el);
      }
      expect(reachable(el, key), `${key} in reach`).to.equal(true);
    }
    expect(viewBox(el)[2], 'panning leaves the zoom as it was').to.be.closeTo(zoomedWidth, 0.01);
  });

  it('pans by half the view, keeps focus on the button, and stops at the drawn area’s edge', async () => {
    const el = await mountMap(html`<iisg-network-map src="/demo/feed.json" network="rnnc" lang="en" style="width: 800px"></iisg-network-map>`);
    await zoomIn(el, 2);
    const [x, y, w, h] = viewBox(el);
    pan(el, 'right')!.focus();
    pan(el, 'right')!.click();
    await frames(el);
    expect(viewBox(el)[0], 'half a width east').to.be.closeTo(x + w / 2, 0.01);
    expect(viewBox(el)[1], 'not north or south').to.be.closeTo(y, 0.01);
    expect(focused(el), 'focus stays on the button').to.equal(pan(el, 'right'));
    pan(el, 'down')!.click();
    await frames(el);
    expect(viewBox(el)[1], 'half a height south').to.be.closeTo(y + h / 2, 0.01);
    // West as far as it goes: the button says so, and another click changes nothing.
    for (let i = 0; i < 20 && pan(el, 'left')!.getAttribute('aria-disabled') !== 'true'; i++) {
      expect(pan(el, 'left')!.getAttribute('aria-disabled')).to.equal('false');
      pan(el, 'left')!.click();
      await frames(el);
    }
    expect(pan(el, 'left')!.getAttribute('aria-disabled')).to.equal('true');
    expect(viewBox(el)[0], 'at the western edge').to.be.closeTo(EXTENT[0], 0.01);
    const atEdge = viewBox(el);
    pan(el, 'left')!.click();
    await frames(el);
    expect(viewBox(el)).to.deep.equal(atEdge);
    expect(pan(el, 'right')!.getAttribute('aria-disabled')).to.equal('false');
  });

  it('takes a tap whose finger wobbles a few pixels as a tap: the button pans, the map is not dragged', async () => {
    const el = await mountMap(html`<iisg-network-map src="/demo/feed.json" network="rnnc" lang="en" style="width: 800px"></iisg-network-map>`);
    await zoomIn(el, 2);
    const [x, y, , h] = viewBox(el);
    const button = pan(el, 'down')!;
    const [bx, by] = centre(button.getBoundingClientRect());
    const touch = (type: string, dx: number, dy: number) =>
      button.dispatchEvent(new PointerEvent(type, { pointerId: 11, pointerType: 'touch', isPrimary: true, button: 0, clientX: bx + dx, clientY: by + dy, bubbles: true, composed: true }));
    touch('pointerdown', 0, 0);
    touch('pointermove', 5, 4);
    touch('pointermove', 9, 7);
    touch('pointerup', 9, 7);
    button.click();
    await frames(el);
    expect(viewBox(el)[0], 'not dragged sideways').to.be.closeTo(x, 0.01);
    expect(viewBox(el)[1], 'half a height south, no more').to.be.closeTo(y + h / 2, 0.01);
  });

  it('shows no pan buttons on a first view that shows every marker; they come with a zoom and go with ⤢', async () => {
    const el = await mountMap(html`<iisg-network-map src="/demo/feed.json" network="rnnc" lang="en" style="width: 800px"></iisg-network-map>`);
    expect($$(el, '[part~="pan-up"], [part~="pan-left"], [part~="pan-right"], [part~="pan-down"]')).to.have.length(0);
    await zoomIn(el, 1);
    expect(DIRECTIONS.map((d) => !!pan(el, d))).to.deep.equal([true, true, true, true]);
    const fit = $(el, '[part~="fit"]')!;
    fit.focus();
    fit.click();
    await frames(el);
    expect(pan(el, 'up'), 'fitted again').to.equal(null);
    expect(focused(el), 'focus stays on ⤢').to.equal(fit);
  });

  it('goes by Tab as on screen, zoomed in: zoom buttons, pan buttons from the top, the map', async () => {
    const el = await mountMap(html`<iisg-network-map src="/demo/feed.json" network="rnnc" lang="en" style="width: 800px"></iisg-network-map>`);
    await zoomIn(el, 1);
    $(el, '[part~="zoom-in"]')!.focus();
    const stops: string[] = [];
    for (let i = 0; i < 7; i++) {
      await sendKeys({ press: 'Tab' });
      await frames(el, 1);
      const at = focused(el);
      stops.push(at?.closest('.markers') ? 'map' : (at?.getAttribute('part') ?? 'outside'));
    }
    expect(stops).to.deep.equal(['button zoom-out', 'button fit', 'button pan-up', 'button pan-left', 'button pan-right', 'button pan-down', 'map']);
  });

  it('shows them on a first view that leaves a marker out (NFP Group events in a phone-sized map)', async () => {
    const el = await mountMap(html`<iisg-network-map src="/demo/feed.json" network="nfp-group" show="members events" lang="en" style="width: 320px"></iisg-network-map>`);
    const outside = markerKeys(el).filter((k) => !overlap(marker(el, k).getBoundingClientRect(), stageBox(el)));
    expect(outside.length, 'a marker outside the first view').to.be.greaterThan(0);
    expect(DIRECTIONS.map((d) => !!pan(el, d))).to.deep.equal([true, true, true, true]);
  });

  for (const lang of ['en', 'sq', 'sr-Latn', 'sr-Cyrl', 'bs', 'hr', 'mk', 'sl', 'de', 'fr']) {
    it(`names the pan buttons in ${lang}, as the zoom buttons are named`, async () => {
      const el = await mountMap(html`<iisg-network-map src="/demo/feed.json" network="rnnc" lang=${lang} style="width: 800px"></iisg-network-map>`);
      await zoomIn(el, 1);
      const names = DIRECTIONS.map((d) => pan(el, d)!.getAttribute('aria-label') ?? '');
      expect(new Set(names).size, names.join(' / ')).to.equal(4);
      names.forEach((name) => expect(name.trim()).not.to.equal(''));
      const english = [enMap.panUp, enMap.panLeft, enMap.panRight, enMap.panDown];
      if (lang === 'en') expect(names).to.deep.equal(english);
      else names.forEach((name) => expect(english, `${lang}: ${name}`).not.to.include(name));
      // The arrow drawn is not read: the name says it.
      for (const d of DIRECTIONS) expect(pan(el, d)!.querySelector('[aria-hidden="true"]'), d).to.exist;
    });
  }

  for (const [dir, width, text] of [
    ['ltr', 320, '100%'],
    ['rtl', 320, '100%'],
    ['ltr', 375, '100%'],
    ['ltr', 1280, '100%'],
    ['rtl', 1280, '100%'],
    ['ltr', 320, '200%'],
    ['ltr', 640, '200%'],
  ] as const) {
    it(`gives the pan buttons 24 × 24 px at least, inside the map and clear of the zoom buttons, ${dir}, ${width} px, text at ${text}`, async () => {
      const el = await withRootFont(text, async () => {
        const map = await mountMap(html`<div dir=${dir} style=${`width: ${width}px`}><iisg-network-map src="/demo/feed.json" network="rnnc" lang="en"></iisg-network-map></div>`);
        await zoomIn(map, 1);
        return map;
      });
      const stage = stageBox(el);
      const zoom = $$(el, '.zoom button').map((b) => b.getBoundingClientRect());
      const boxes = DIRECTIONS.map((d) => pan(el, d)!.getBoundingClientRect());
      for (const [i, box] of boxes.entries()) {
        const d = DIRECTIONS[i];
        expect(Math.min(box.width, box.height), d).to.be.at.least(24);
        expect(box.left >= stage.left && box.right <= stage.right && box.top >= stage.top && box.bottom <= stage.bottom, `${d} inside the map`).to.equal(true);
        expect(zoom.some((z) => overlap(z, box)), `${d} clear of the zoom buttons`).to.equal(false);
        boxes.forEach((other, j) => j !== i && expect(overlap(other, box), `${d} / ${DIRECTIONS[j]}`).to.equal(false));
      }
      // Where they point, whatever the page's direction: the map is not mirrored.
      const [left, right] = [boxes[1], boxes[2]];
      expect(left.right < stage.x + stage.width / 2 && right.left > stage.x + stage.width / 2).to.equal(true);
      expect(boxes[0].bottom < boxes[3].top).to.equal(true);
    });
  }
});

// Forced colours are emulated through the DevTools protocol: Chromium only (test/setup/chromium-only.mjs).
describe('<iisg-network-map> pan buttons in forced colours', () => {
  it('draws them as buttons: a border and the arrow in system colours', async () => {
    await executeServerCommand('forced-colors', 'active');
    try {
      const el = await mountMap(html`<iisg-network-map src="/demo/feed.json" network="rnnc" lang="en" style="width: 800px"></iisg-network-map>`);
      await zoomIn(el, 1);
      for (const d of DIRECTIONS) {
        const style = getComputedStyle(pan(el, d)!);
        expect(style.borderTopStyle, d).to.equal('solid');
        expect(parseFloat(style.borderTopWidth), d).to.be.at.least(1);
        expect(style.color, d).not.to.equal(style.backgroundColor);
      }
    } finally {
      await executeServerCommand('forced-colors', 'none');
    }
  });
});
