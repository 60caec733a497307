// WCAG 2.2 checks that axe does not make: target size (2.5.8), focus not obscured (2.4.11), focus ring
// contrast (1.4.11) and text spacing (1.4.12), measured in the browser at the widths partner sites use.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@iisg/widgets';
import type { IisgNetworkMap } from '@iisg/widgets/network-map/network-map.js';
import { $$, calendar } from './helpers.js';

/** Width and height of every visible element matching `selector` in an element's shadow root. */
const sizes = (el: Element, selector: string) =>
  $$(el, selector)
    .map((target) => ({ target, box: target.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && box.height > 0);

/** The targets smaller than 24×24 CSS px, described for the failure message. */
const undersized = (el: Element, selector: string) =>
  sizes(el, selector)
    .filter(({ box }) => box.width < 24 || box.height < 24)
    .map(({ target, box }) => `${target.getAttribute('part') ?? target.className} "${(target.getAttribute('aria-label') || target.textContent!).trim().slice(0, 20)}" ${box.width.toFixed(1)}×${box.height.toFixed(1)}`);

/** Six events on one day and a multi-day one: bars in every lane and "+N more" under them. */
const BUSY = {
  version: 1,
  events: [
    ...Array.from({ length: 6 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: '2019-04-10' })),
    { id: 'long', title: 'Long', start: '2019-04-15', end: '2019-04-19' },
  ],
};

describe('WCAG 2.5.8 target size: the calendar', () => {
  for (const width of [320, 1200]) {
    it(`makes every pointer target of the month grid at least 24×24 px in a ${width} px calendar`, async () => {
      const el = await calendar(
        html`<iisg-event-calendar .feed=${BUSY} date="2019-04" max-events="2" narrow-view="month" lang="en" style="width: ${width}px"></iisg-event-calendar>`,
      );
      expect($$(el, '[part~="event"]').length, 'bars drawn').to.be.greaterThan(2);
      expect($$(el, '[part~="more"]').length, '"+N more" drawn').to.equal(1);
      expect(undersized(el, 'button, select, input, [role="gridcell"], [part~="event"], [part~="more"]')).to.deep.equal([]);
    });
  }
});

describe('WCAG 2.4.11 focus not obscured: the calendar', () => {
  it('keeps an event focused by Shift+Tab clear of its month’s sticky heading, focus ring included', async () => {
    await setViewport({ width: 600, height: 400 });
    try {
      const el = await calendar(html`<iisg-event-calendar src="/demo/feed.json" view="list" list-range="past" views="list" lang="en" style="width: 600px"></iisg-event-calendar>`);
      const items = $$(el, '[part~="list-item"]');
      expect(items.length).to.be.greaterThan(10);
      items[10].focus();
      items[10].scrollIntoView({ block: 'center' });
      const hidden: string[] = [];
      for (let i = 0; i < 8; i++) {
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        const box = el.shadowRoot!.activeElement!.getBoundingClientRect();
        // The heading stuck to the top of the window, if any, over the item.
        for (const heading of $$(el, '[part~="list-heading"]')) {
          const h = heading.getBoundingClientRect();
          if (h.top <= 1 && h.bottom > box.top - 4 && h.bottom < box.bottom) hidden.push(`item ${10 - i - 1}: top ${box.top.toFixed(0)} under a heading to ${h.bottom.toFixed(0)}`);
        }
      }
      expect(hidden).to.deep.equal([]);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

/** A map once its feed is drawn at the stage's measured size. */
async function mountMap(template: ReturnType<typeof html>) {
  const el = await fixture<IisgNetworkMap>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('.network-map'), 'map rendered', { timeout: 5000 });
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  }
  await el.updateComplete;
  return el;
}

describe('WCAG 2.5.8 target size: the map', () => {
  for (const width of [320, 1200]) {
    it(`keeps the marker of a place with one event 24 px across beside one with 30, in a ${width} px map`, async () => {
      const feed = await (await fetch('/demo/feed.json')).json();
      const tirana = { city: 'Tirana', country: 'AL', lat: 41.33, lon: 19.82 };
      feed.events.push(...Array.from({ length: 30 }, (_, i) => ({ id: `t${i}`, title: `Meeting ${i}`, start: '2019-05-02', location: tirana, networks: ['rnnc'] })));
      const el = await mountMap(html`<iisg-network-map .feed=${feed} network="rnnc" show="members events" lang="en" style="width: ${width}px"></iisg-network-map>`);
      const events = sizes(el, '.markers [part~="events"]');
      expect(events.length, 'event places drawn').to.be.greaterThan(3);
      expect(undersized(el, '.markers [part~="marker"], [part~="elsewhere"] [part~="marker"], button, select')).to.deep.equal([]);
    });
  }
});

describe('WCAG 2.4.11 focus not obscured: the map', () => {
  it('draws a focused marker over the zoom buttons when the map is panned under them', async () => {
    const el = await mountMap(html`<iisg-network-map src="/demo/feed.json" network="rnnc" lang="en" style="width: 600px"></iisg-network-map>`);
    const root = el.shadowRoot!;
    const settle = async () => {
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      await el.updateComplete;
    };
    for (let i = 0; i < 2; i++) {
      root.querySelector<HTMLElement>('[part~="zoom-in"]')!.click();
      await settle();
    }
    const stage = root.querySelector<HTMLElement>('[part~="map"]')!;
    const key = $$(el, '.markers [part~="marker"]')[0].dataset.key!;
    const marker = () => root.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)!;
    const centre = (box: DOMRect) => [box.x + box.width / 2, box.y + box.height / 2];
    // Drag the map so that the marker lies under the middle zoom button, inside the margin within which
    // focusing a marker does not pan the map (4% of its width).
    const [fromX, fromY] = centre(marker().getBoundingClientRect());
    const [toX, toY] = centre(root.querySelector('[part~="zoom-out"]')!.getBoundingClientRect());
    const box = stage.getBoundingClientRect();
    expect(box.right - toX, 'the zoom buttons reach past the margin').to.be.greaterThan(box.width * 0.04 + 2);
    const pointer = (type: string, x: number, y: number) =>
      stage.dispatchEvent(new PointerEvent(type, { pointerId: 9, button: 0, clientX: x, clientY: y, bubbles: true, composed: true }));
    pointer('pointerdown', fromX - 40, fromY + 40);
    for (const t of [0.25, 0.5, 0.75, 1]) pointer('pointermove', fromX - 40 + (toX - fromX) * t, fromY + 40 + (toY - fromY) * t);
    pointer('pointerup', toX - 40, toY + 40);
    await settle();
    const [x, y] = centre(marker().getBoundingClientRect());
    expect(Math.hypot(x - toX, y - toY), 'the marker is under the zoom buttons').to.be.lessThan(12);
    marker().focus();
    await settle();
    expect(marker().matches(':focus-visible')).to.equal(true);
    const [fx, fy] = centre(marker().getBoundingClientRect());
    const top = root.elementFromPoint(fx, fy);
    expect(top === marker() || marker().contains(top), `on top at the focused marker: ${top?.closest('[part]')?.getAttribute('part')}`).to.equal(true);
  });
});
