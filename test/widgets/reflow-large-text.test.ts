// WCAG 1.4.10 reflow with 1.4.4 and 1.4.12 at once: a phone 320 px wide (or a 1280 px window at 400%) whose
// visitor has doubled the text size (a 32 px root) and spaced the text out. Nothing may make the page scroll
// sideways, and nothing may be cut off at an element's edge.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '@iisg/widgets';
import { $, $$, calendar, mountMap, withRootFont } from './helpers.js';

const SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important }';

function addStyles(el: Element, text: string) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
}

const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

describe('reflow at 320 px with a 32 px root and the text spacing of WCAG 1.4.12', () => {
  beforeEach(() => setViewport({ width: 320, height: 640 }));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('the series timeline gives the page no sideways scroll (its unseen date probe stayed wider than the window)', async () => {
    await withRootFont('32px', async () => {
      const el = await fixture<HTMLElement>(html`<iisg-event-timeline src="/demo/feed.json" mode="series" lang="en"></iisg-event-timeline>`);
      await waitUntil(() => $$(el, '.block-date').length > 5, 'series drawn', { timeout: 5000 });
      addStyles(el, SPACING);
      await frames();
      const host = el.getBoundingClientRect();
      const past = $$(el, '*')
        .filter((node) => !node.closest('.visually-hidden'))
        .filter((node) => node.getBoundingClientRect().right > host.right + 0.5)
        .map((node) => `${node.className || node.localName}: to ${node.getBoundingClientRect().right.toFixed(0)} (element to ${host.right.toFixed(0)})`);
      expect(past, 'past the timeline’s edge').to.deep.equal([]);
      expect(document.documentElement.scrollWidth, 'the page’s width').to.be.at.most(innerWidth);
    });
  });

  it('the map is drawn whole inside its frame, not 6 px wider and cut off by it (the "Elsewhere" strip widened it)', async () => {
    await withRootFont('32px', async () => {
      const el = await mountMap(html`<iisg-network-map src="/demo/feed.json" show="members events" lang="en"></iisg-network-map>`);
      addStyles(el, SPACING);
      await frames();
      await el.updateComplete;
      const frame = $(el, '.roving')!;
      const inside = frame.getBoundingClientRect().right - parseFloat(getComputedStyle(frame).borderRightWidth);
      const cut = [$(el, '[part~="map"]')!, $(el, '[part~="elsewhere"]')!, ...$$(el, '[part~="elsewhere"] li')]
        .filter((part) => part.getBoundingClientRect().right > inside + 0.5)
        .map((part) => `${part.getAttribute('part') ?? part.localName}: to ${part.getBoundingClientRect().right.toFixed(1)}, frame to ${inside.toFixed(1)}`);
      expect($$(el, '[part~="elsewhere"] li').length, 'a place elsewhere').to.be.greaterThan(0);
      expect(cut).to.deep.equal([]);
      expect(document.documentElement.scrollWidth, 'the page’s width').to.be.at.most(innerWidth);
    });
  });
});

describe('narrow-view="month" in a 320 px sidebar at a larger text size (WCAG 1.4.4)', () => {
  /** The day names and dates drawn past their cells' edges: cut off by the grid's frame or by the next column. */
  function cutOff(el: Element) {
    const found: string[] = [];
    for (const weekday of $$(el, '[part~="weekday"]')) {
      const shown = [...weekday.children].find((c) => !c.classList.contains('visually-hidden'))!;
      const text = document.createRange();
      text.selectNodeContents(shown);
      const [t, box] = [text.getBoundingClientRect(), weekday.getBoundingClientRect()];
      if (t.left < box.left - 0.5 || t.right > box.right + 0.5) found.push(`${shown.textContent}: ${t.left.toFixed(0)}–${t.right.toFixed(0)} in ${box.left.toFixed(0)}–${box.right.toFixed(0)}`);
    }
    for (const number of $$(el, '[part~="day-number"]')) {
      const [n, day] = [number.getBoundingClientRect(), number.closest('[part~="day"]')!.getBoundingClientRect()];
      if (n.left < day.left - 0.5 || n.right > day.right + 0.5) found.push(`day ${number.textContent}: ${n.left.toFixed(0)}–${n.right.toFixed(0)} in ${day.left.toFixed(0)}–${day.right.toFixed(0)}`);
    }
    return found;
  }

  for (const root of ['24px', '32px']) {
    it(`draws every day name and date whole, the grid scrolling sideways inside its frame (${root} root)`, async () => {
      await withRootFont(root, async () => {
        const el = await calendar(html`<iisg-event-calendar src="/demo/feed.json" date="2019-04" narrow-view="month" lang="en" style="width: 320px"></iisg-event-calendar>`);
        expect($$(el, '[part~="weekday"]').length, 'the month grid').to.equal(7);
        expect(cutOff(el)).to.deep.equal([]);
        expect(document.documentElement.scrollWidth, 'the page’s width').to.be.at.most(innerWidth);
        // Sunday's column, past the frame's right edge, is brought into sight by focus.
        const month = $(el, '[part~="month"]')!;
        const sunday = $$(el, '[role="gridcell"][data-day]')[6];
        sunday.focus();
        const [box, frame] = [sunday.getBoundingClientRect(), month.getBoundingClientRect()];
        expect(box.right, 'a focused Sunday in sight').to.be.at.most(frame.right + 0.5);
      });
    });
  }
});
