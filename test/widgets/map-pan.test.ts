// Dragging the map moves it with the pointer, also when a page scales it with a CSS transform (a preview at
// half size): the pointer's screen pixels are the stage's screen pixels, not its layout pixels.
import { expect, html } from '@open-wc/testing';
import '@iisg/widgets';
import type { IisgNetworkMap } from '@iisg/widgets';
import { $, mountMap } from './helpers.js';

const viewBox = (el: Element) => $(el, '.stage svg')!.getAttribute('viewBox')!.split(' ').map(Number);

async function frames(el: IisgNetworkMap, n = 3) {
  for (let i = 0; i < n; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** A pointer on the map's stage: `send(type, x, y)`, at stage coordinates (its middle by default). */
function stagePointer(el: Element, pointerId: number, pointerType = 'mouse') {
  const stage = $(el, '.stage')!;
  const rect = stage.getBoundingClientRect();
  const send = (type: string, x = rect.width / 2, y = rect.height / 2) =>
    stage.dispatchEvent(new PointerEvent(type, { pointerId, pointerType, button: 0, clientX: rect.x + x, clientY: rect.y + y, bubbles: true, composed: true }));
  return { rect, send };
}

/** How far the map's view moved, in screen pixels, for a drag of 100 screen pixels to the left. */
async function dragged(scale: number) {
  const el = await mountMap(
    html`<div style="transform: scale(${scale}); transform-origin: 0 0; width: 800px"><iisg-network-map src="/demo/feed.json" network="rnnc" lang="en" style="width: 800px"></iisg-network-map></div>`,
  );
  $(el, '[part~="zoom-in"]')!.click();
  await frames(el);
  const { rect, send } = stagePointer(el, 3);
  const pointer = (type: string, x: number) => send(type, x);
  const before = viewBox(el);
  const x0 = rect.width / 2 + 50;
  pointer('pointerdown', x0);
  pointer('pointermove', x0 - 50);
  pointer('pointermove', x0 - 100);
  pointer('pointerup', x0 - 100);
  await frames(el);
  // Map units per screen pixel: the view's width over the stage's width on screen.
  return ((viewBox(el)[0] - before[0]) * rect.width) / before[2];
}

describe('<iisg-network-map>: dragging', () => {
  it('moves the map as far as the pointer went, unscaled and in a page that scales it to half', async () => {
    expect(await dragged(1)).to.be.closeTo(100, 2);
    expect(await dragged(0.5)).to.be.closeTo(100, 2);
  });
});

describe('<iisg-network-map>: a swipe the browser takes', () => {
  it('leaves the map where it was when the browser cancels the drag to scroll the page (pointercancel)', async () => {
    const el = await mountMap(html`<iisg-network-map src="/demo/feed.json" network="rnnc" lang="en" style="width: 800px"></iisg-network-map>`);
    await frames(el);
    const { rect, send } = stagePointer(el, 4, 'touch');
    const pointer = (type: string, y: number) => send(type, undefined, y);
    const before = viewBox(el);
    const y0 = rect.height / 2 + 60;
    pointer('pointerdown', y0);
    pointer('pointermove', y0 - 10);
    pointer('pointermove', y0 - 20);
    await frames(el);
    expect(viewBox(el), 'moved with the finger at first').to.not.deep.equal(before);
    pointer('pointercancel', y0 - 20);
    await frames(el);
    viewBox(el).forEach((value, i) => expect(value, `viewBox ${viewBox(el).join(' ')}, was ${before.join(' ')}`).to.be.closeTo(before[i], 0.01));
  });

  it('zoomed in, keeps a pan made before a second finger’s pinch took the gesture', async () => {
    const el = await mountMap(html`<iisg-network-map src="/demo/feed.json" network="rnnc" lang="en" style="width: 800px"></iisg-network-map>`);
    $(el, '[part~="zoom-in"]')!.click();
    await frames(el);
    const { rect, send } = stagePointer(el, 5, 'touch');
    const pointer = (type: string, x: number) => send(type, x);
    const before = viewBox(el);
    const x0 = rect.width / 2 + 50;
    pointer('pointerdown', x0);
    pointer('pointermove', x0 - 40);
    pointer('pointermove', x0 - 80);
    pointer('pointercancel', x0 - 80);
    await frames(el);
    expect(viewBox(el)[0], 'panned, and left so').to.be.greaterThan(before[0] + 1);
  });
});
