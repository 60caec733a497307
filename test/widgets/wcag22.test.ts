// WCAG 2.2 checks that axe does not make: target size (2.5.8), focus not obscured (2.4.11), focus ring
// contrast (1.4.11) and text spacing (1.4.12), measured in the browser at the widths partner sites use.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '@iisg/widgets';
import type { IisgEventTimeline } from '@iisg/widgets';
import { THEME_FILES, themeUrl } from '../themes/theme-files.js';
import { $$, calendar, mountMap } from './helpers.js';

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

/** Every control an element draws: what takes a click or a tap. */
const CONTROLS = 'button, a[href], select, input, [role="gridcell"][data-day], [part~="event"], [part~="more"]';

describe('WCAG 2.5.8 target size: every control, 320 and 1200 px wide', () => {
  for (const width of [320, 1200]) {
    it(`calendar list and year views, and the event popover, at ${width} px`, async () => {
      const el = await calendar(html`<iisg-event-calendar src="/demo/feed.json" view="list" date="2019-04" lang="en" style="width: ${width}px"></iisg-event-calendar>`);
      expect(undersized(el, CONTROLS), 'list').to.deep.equal([]);
      $$(el, '[part~="list-item"]')[0].click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="popover"] [part~="menu-button"]'), 'popover', { timeout: 5000 });
      $$(el, '[part~="menu-button"]')[0].click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="menu"]:not([hidden]) a'), 'menu', { timeout: 5000 });
      expect(undersized(el, CONTROLS), 'popover and its menu').to.deep.equal([]);
      el.view = 'year';
      await waitUntil(() => el.shadowRoot!.querySelector('.mini-day'), 'year view', { timeout: 5000 });
      expect(undersized(el, CONTROLS), 'year').to.deep.equal([]);
    });

    it(`card and its add-to-calendar menu at ${width} px (links in its text are inline, exempt)`, async () => {
      const el = await fixture<HTMLElement>(html`<iisg-event-card src="/demo/feed.json" event-id="nfp-7" lang="en" no-structured-data style="width: ${width}px"></iisg-event-card>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="menu-button"]'), 'card', { timeout: 5000 });
      $$(el, '[part~="menu-button"]')[0].click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="menu"]:not([hidden]) a'), 'menu', { timeout: 5000 });
      expect(undersized(el, 'button, [part~="menu-item"], [part~="link"]')).to.deep.equal([]);
    });

    it(`timeline, both modes, at ${width} px`, async () => {
      for (const mode of ['clusters', 'series']) {
        const el = await fixture<HTMLElement>(html`<iisg-event-timeline src="/demo/feed.json" mode=${mode} lang="en" style="width: ${width}px"></iisg-event-timeline>`);
        await waitUntil(() => el.shadowRoot!.querySelector('[part~="event"]'), 'timeline', { timeout: 5000 });
        expect(undersized(el, CONTROLS), mode).to.deep.equal([]);
      }
    });

    it(`map controls and markers at ${width} px`, async () => {
      const el = await mountMap(html`<iisg-network-map src="/demo/feed.json" show="members events" lang="en" style="width: ${width}px"></iisg-network-map>`);
      expect(undersized(el, '.toolbar button, select, .zoom button, [part~="marker"]'), 'map').to.deep.equal([]);
    });
  }
});

describe('WCAG 1.4.10 reflow: the popover and the sheet in a window 256 px tall (a 1024×768 screen at 400%)', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('keeps a bar’s popover inside the window, scrolling inside itself', async () => {
    await setViewport({ width: 1280, height: 256 });
    const el = await calendar(html`<iisg-event-calendar .feed=${BUSY} date="2019-04" max-events="2" lang="en" style="width: 1200px"></iisg-event-calendar>`);
    for (const [i, top] of [[0, 120], [-1, 200]] as const) {
      const bar = $$(el, '[part~="event"]').at(i)!;
      // Where a visitor has scrolled it: the bar near the middle, then near the foot of the window.
      scrollBy(0, bar.getBoundingClientRect().top - top);
      bar.click();
      const popover = () => el.shadowRoot!.querySelector<HTMLElement>('[part~="popover"]');
      await waitUntil(() => popover()?.style.visibility === 'visible', 'placed', { timeout: 5000 });
      const box = popover()!.getBoundingClientRect();
      expect(box.top, `bar ${i} at ${top}: popover top`).to.be.at.least(0);
      expect(box.bottom, `bar ${i} at ${top}: popover bottom`).to.be.at.most(innerHeight);
      await sendKeys({ press: 'Escape' });
      scrollTo(0, 0);
    }
  });

  it('opens a sheet most of the window tall, its title in sight below the close button', async () => {
    await setViewport({ width: 320, height: 256 });
    const el = await calendar(html`<iisg-event-calendar src="/demo/feed.json" view="list" date="2019-04" lang="en" style="width: 320px"></iisg-event-calendar>`);
    const item = $$(el, '[part~="list-item"]')[2];
    item.scrollIntoView({ block: 'center' });
    item.click();
    const sheet = () => el.shadowRoot!.querySelector<HTMLElement>('[part~="popover"]');
    await waitUntil(() => sheet()?.classList.contains('sheet') && el.shadowRoot!.activeElement?.id === 'popover-title', 'sheet open, its title focused', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 300)); // its slide-up
    const box = sheet()!.getBoundingClientRect();
    expect(box.height, 'at least 90% of the window').to.be.at.least(0.9 * innerHeight - 1);
    const close = el.shadowRoot!.querySelector('[part~="close"]')!.getBoundingClientRect();
    const title = el.shadowRoot!.querySelector('#popover-title')!.getBoundingClientRect();
    expect(title.top, 'the title’s first line below the close button’s band').to.be.at.least(close.top);
    expect(title.top, 'in the sheet').to.be.at.least(box.top);
  });
});

/**
 * From the 11th list item, Shift+Tab eight times: each item that takes focus, said where it is under a month heading
 * stuck at `top` (the window's top, or below a page's own sticky header of that height) or under that header.
 */
async function hiddenByShiftTab(el: Element, top: number): Promise<string[]> {
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
    if (box.top < top) hidden.push(`item ${10 - i - 1}: top ${box.top.toFixed(0)} under the page’s header`);
    // The heading stuck there, if any, over the item (focus ring included).
    for (const heading of $$(el, '[part~="list-heading"]')) {
      const h = heading.getBoundingClientRect();
      if (Math.abs(h.top - top) <= 1 && h.bottom > box.top - 4 && h.bottom < box.bottom) hidden.push(`item ${10 - i - 1}: top ${box.top.toFixed(0)} under a heading to ${h.bottom.toFixed(0)}`);
    }
  }
  return hidden;
}

describe('WCAG 2.4.11 focus not obscured: the calendar', () => {
  beforeEach(() => setViewport({ width: 600, height: 400 }));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('sticks its month headings below a page’s own sticky header (--iisg-sticky-top), and an item focused by Shift+Tab below both', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <header style="position: sticky; top: 0; z-index: 2; height: 64px; background: #333"></header>
      <iisg-event-calendar src="/demo/feed.json" view="list" list-range="past" views="list" lang="en" style="width: 600px; --iisg-sticky-top: 64px"></iisg-event-calendar>
    </div>`);
    const el = page.querySelector('iisg-event-calendar')!;
    await waitUntil(() => $$(el, '[part~="list-item"]').length > 10, 'list drawn', { timeout: 5000 });
    expect(await hiddenByShiftTab(el, 64)).to.deep.equal([]);
    const stuck = $$(el, '[part~="list-heading"]').map((h) => h.getBoundingClientRect().top).filter((top) => top < 100);
    expect(stuck.some((top) => Math.abs(top - 64) <= 1), `a heading stuck at 64 px (${stuck.map((t) => t.toFixed(0))})`).to.equal(true);
  });

  it('keeps an event focused by Shift+Tab clear of its month’s sticky heading, focus ring included', async () => {
    const el = await calendar(html`<iisg-event-calendar src="/demo/feed.json" view="list" list-range="past" views="list" lang="en" style="width: 600px"></iisg-event-calendar>`);
    expect(await hiddenByShiftTab(el, 0)).to.deep.equal([]);
  });
});

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

/** A computed colour (`rgb()`, `rgba()` or `color(srgb ...)`) as sRGB 0-255. */
function rgb(value: string): [number, number, number] {
  const srgb = value.match(/color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)/);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255];
  const m = value.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/);
  if (!m) throw new Error(`not a colour: ${value}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function contrast(a: [number, number, number], b: [number, number, number]) {
  const lum = ([r, g, b]: [number, number, number]) => {
    const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The focus ring of a map marker against the colour just inside it: the ring's own halo (a box shadow
 * filling the outline's offset) where it has one, else the map under the marker's edge.
 */
function markerRing(el: Element, marker: HTMLElement) {
  const style = getComputedStyle(marker);
  const ring = rgb(style.outlineColor);
  const offset = parseFloat(style.outlineOffset);
  const halo = style.boxShadow.match(/^(rgba?\([^)]*\)|color\([^)]*\)) 0px 0px 0px ([\d.]+)px$/);
  if (halo && Number(halo[2]) >= offset) return { ring, inside: rgb(halo[1]), what: 'halo' };
  const box = marker.getBoundingClientRect();
  for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
    const x = box.x + box.width / 2 + dx * (box.width / 2 + offset / 2);
    const y = box.y + box.height / 2 + dy * (box.height / 2 + offset / 2);
    const under = el.shadowRoot!.elementFromPoint(x, y);
    if (under instanceof SVGElement) return { ring, inside: rgb(getComputedStyle(under).fill), what: `map (${under.getAttribute('part') ?? under.getAttribute('class')})` };
  }
  throw new Error('nothing of the map around the marker');
}

async function useTheme(file?: string) {
  for (const link of document.querySelectorAll('link[data-theme-under-test]')) link.remove();
  if (!file) return;
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: themeUrl(file) });
  link.dataset.themeUnderTest = '';
  const loaded = new Promise((resolve) => (link.onload = resolve));
  document.head.append(link);
  await loaded;
}

describe('WCAG 1.4.11 non-text contrast: the map’s focus ring', () => {
  after(() => useTheme());

  for (const file of [undefined, ...THEME_FILES]) {
    for (const theme of ['light', 'dark'] as const) {
      it(`rings a focused marker on a member country at 3:1 at least, ${file ?? 'default theme'}, ${theme}`, async () => {
        await useTheme(file);
        const el = await mountMap(html`<iisg-network-map src="/demo/feed.json" network="rnnc" theme=${theme} lang="en" style="width: 600px"></iisg-network-map>`);
        const marker = $$(el, '.markers [part~="marker"][part~="country"]')[0];
        marker.focus();
        await el.updateComplete;
        const { ring, inside, what } = markerRing(el, marker);
        expect(contrast(ring, inside), `ring against the ${what}`).to.be.at.least(3);
      });
    }
  }

  it('keeps the ring apart from a member country (both Highlight) in forced colours', async () => {
    await useTheme();
    await executeServerCommand('forced-colors', 'active');
    try {
      const el = await mountMap(html`<iisg-network-map src="/demo/feed.json" network="rnnc" lang="en" style="width: 600px"></iisg-network-map>`);
      const marker = $$(el, '.markers [part~="marker"][part~="country"]')[0];
      marker.focus();
      await el.updateComplete;
      const { ring, inside, what } = markerRing(el, marker);
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      expect(contrast(ring, inside), `ring against the ${what}`).to.be.at.least(3);
    } finally {
      await executeServerCommand('forced-colors', 'none');
    }
  });
});

/** Whether an element's text is drawn: not invisible, nor clipped away as visually hidden text is. */
function shown(node: Element): boolean {
  const style = getComputedStyle(node);
  return style.visibility !== 'hidden' && style.clip !== 'rect(0px, 0px, 0px, 0px)';
}

/** Adds a stylesheet inside an element's shadow root, where a page's own styles cannot reach. */
function addStyles(el: Element, text: string) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
}

describe('WCAG 1.4.12 text spacing: the timeline', () => {
  /** The series blocks whose date is wider than the room inside them (it was cut off at the block's edge). */
  const cutDates = (el: Element) =>
    $$(el, '.block-date').flatMap((date) => {
      const block = date.parentElement!;
      const text = document.createRange();
      text.selectNodeContents(date);
      const style = getComputedStyle(block);
      const room = block.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const width = text.getBoundingClientRect().width;
      return width > room + 0.5 ? [`${date.textContent} ${width.toFixed(1)}/${room.toFixed(1)}`] : [];
    });

  /** A series timeline once its dates have been fitted (a render or two after the feed). */
  async function seriesTimeline(template: ReturnType<typeof html>) {
    const wrap = await fixture<HTMLElement>(template);
    const el = wrap.querySelector('iisg-event-timeline')!;
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.block-date').length > 5, 'series drawn', { timeout: 5000 });
    // Its language may load after the first render, and the widths follow a render later.
    await waitUntil(() => !cutDates(el).length, 'dates fitted', { timeout: 2000 }).catch(() => undefined);
    return el;
  }

  it('shows each series block’s whole date in languages with long dates (German, Serbian Cyrillic)', async () => {
    for (const lang of ['de', 'sr-Cyrl']) {
      const el = await seriesTimeline(html`<div><iisg-event-timeline src="/demo/feed.json" mode="series" lang=${lang} style="width: 1200px"></iisg-event-timeline></div>`);
      expect(cutDates(el), lang).to.deep.equal([]);
    }
  });

  it('shows a series block’s whole status ("To be confirmed"), not cut to "To be confir…"', async () => {
    const el = await seriesTimeline(html`<div><iisg-event-timeline src="/demo/feed.json" mode="series" lang="en" style="width: 1200px"></iisg-event-timeline></div>`);
    const statuses = $$(el, '[part~="status"]');
    expect(statuses.map((s) => s.textContent)).to.deep.equal(['To be confirmed']);
    await waitUntil(() => statuses[0].scrollWidth <= statuses[0].clientWidth, 'status fitted', { timeout: 2000 }).catch(() => undefined);
    expect(`${statuses[0].scrollWidth}/${statuses[0].clientWidth}`).to.equal(`${statuses[0].clientWidth}/${statuses[0].clientWidth}`);
  });

  it('shows each series block’s whole date at a larger --iisg-font-size', async () => {
    const el = await seriesTimeline(html`<div style="--iisg-font-size: 1.25rem"><iisg-event-timeline src="/demo/feed.json" mode="series" lang="en" style="width: 1200px"></iisg-event-timeline></div>`);
    expect(cutDates(el)).to.deep.equal([]);
  });

  it('shows each series block’s whole date with the text spacing of WCAG 1.4.12', async () => {
    // A user's stylesheet cannot reach into the shadow root, and a button does not inherit the page's
    // letter and word spacing: the spacing is set inside, as the success criterion's test does.
    const el = await seriesTimeline(html`<div><iisg-event-timeline src="/demo/feed.json" mode="series" lang="en" style="width: 1200px"></iisg-event-timeline></div>`);
    addStyles(el, '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important }');
    // The spacing reaches the next render (as a bookmarklet's does when the visitor next uses the timeline).
    el.requestUpdate();
    await waitUntil(() => !cutDates(el).length, 'dates fitted', { timeout: 2000 }).catch(() => undefined);
    expect(cutDates(el)).to.deep.equal([]);
  });

  // Spacing or a font the page sets changes neither the blocks' text nor the timeline's size (lines keep their
  // height), and after b8765fd nothing else measured the blocks again: the dates and statuses stayed cut.
  const cutLines = (el: Element) => [...cutDates(el), ...$$(el, '[part~="status"]').filter((s) => s.scrollWidth > s.clientWidth).map((s) => `${s.textContent} ${s.scrollWidth}/${s.clientWidth}`)];

  it('fits the blocks again for letter and word spacing that leaves the lines as tall as they were', async () => {
    const el = await seriesTimeline(html`<div><iisg-event-timeline src="/demo/feed.json" mode="series" lang="en" style="width: 1200px"></iisg-event-timeline></div>`);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(cutLines(el), 'fitted at first').to.deep.equal([]);
    addStyles(el, '* { letter-spacing: 0.12em !important; word-spacing: 0.16em !important }');
    el.requestUpdate();
    await waitUntil(() => !cutLines(el).length, 'fitted', { timeout: 2000 }).catch(() => undefined);
    expect(cutLines(el)).to.deep.equal([]);
  });

  it('fits the blocks again when the page changes --iisg-font-family', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="--iisg-font-family: sans-serif"><iisg-event-timeline src="/demo/feed.json" mode="series" lang="de" style="width: 1200px"></iisg-event-timeline></div>`);
    const el = await seriesTimeline(html`${wrap}`);
    const dateWidth = () => {
      const range = document.createRange();
      range.selectNodeContents($$(el, '.block-date')[0]);
      return range.getBoundingClientRect().width;
    };
    const before = dateWidth();
    wrap.style.setProperty('--iisg-font-family', 'monospace');
    await waitUntil(() => dateWidth() > before, 'the dates drawn wider', { timeout: 2000 });
    await waitUntil(() => !cutLines(el).length, 'fitted', { timeout: 2000 }).catch(() => undefined);
    expect(cutLines(el)).to.deep.equal([]);
  });
  it('fits the blocks again when the page styles ::part(event) with wider letters', async () => {
    const el = await seriesTimeline(html`<div><iisg-event-timeline src="/demo/feed.json" mode="series" lang="en" style="width: 1200px"></iisg-event-timeline></div>`);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(cutLines(el), 'fitted at first').to.deep.equal([]);
    // A page rule, not a change inside: the blocks' text and the timeline's size stay as they were.
    const style = document.createElement('style');
    style.textContent = 'iisg-event-timeline::part(event) { letter-spacing: 0.2em }';
    document.head.append(style);
    try {
      await waitUntil(() => cutLines(el).length > 0, 'the dates drawn wider than their blocks', { timeout: 2000 }).catch(() => undefined);
      await waitUntil(() => !cutLines(el).length, 'fitted', { timeout: 2000 }).catch(() => undefined);
      expect(cutLines(el)).to.deep.equal([]);
    } finally {
      style.remove();
    }
  });
});

describe('WCAG 1.4.12 text spacing: no text of the timeline’s blocks is cut off', () => {
  const SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important }';
  const place = { city: 'Tirana', country: 'AL' };
  /** Meetings back-to-back in one place: a long title with no series to shorten it, statuses, two lanes. */
  const CLUSTER = {
    version: 1,
    events: [
      { id: 'long', title: 'Workshop on Capacity Building with Students, Parents and Teachers', start: '2019-04-23', location: place },
      { id: 'tbc', title: 'Coordination meeting of the donors', start: '2019-04-24', status: 'tentative', location: place },
      { id: 'moved', title: 'Regional conference', start: '2019-04-24', end: '2019-04-25', status: 'moved-online', location: place },
    ],
  };

  /**
   * What loses text: a box whose text is wider or taller than it (cut off, or spilling over the lane below),
   * and each box around it up to its track (which scrolls sideways by design).
   */
  const clipped = (el: Element) => {
    const found = new Set<string>();
    for (const node of $$(el, '.rows *')) {
      if (node.closest('.visually-hidden, .fit-probe') || !node.getClientRects().length || !shown(node)) continue;
      if (![...node.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim())) continue;
      for (let box: HTMLElement | null = node; box && !box.matches('.track'); box = box.parentElement) {
        if (box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1) {
          found.add(`${box.className} "${box.textContent!.trim().slice(0, 24)}" ${box.scrollWidth}/${box.clientWidth} × ${box.scrollHeight}/${box.clientHeight}`);
        }
      }
    }
    return [...found];
  };

  /** Blocks (and gaps) of one row drawn over each other: a block that grew must push the lane below down. */
  const overlapping = (el: Element) =>
    $$(el, '[part~="row"]').flatMap((row) => {
      const items = [...row.querySelectorAll<HTMLElement>('.block-item, .gap')].map((item) => ({ id: item.querySelector<HTMLElement>('[data-id]')?.dataset.id ?? item.textContent!.trim(), box: item.getBoundingClientRect() }));
      return items.flatMap((a, i) =>
        items.slice(i + 1).filter((b) => a.box.right > b.box.left + 0.5 && b.box.right > a.box.left + 0.5 && a.box.bottom > b.box.top + 0.5 && b.box.bottom > a.box.top + 0.5).map((b) => `${a.id} / ${b.id}`),
      );
    });

  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

  /** A word of a block's visible text drawn over two lines or more ("Gro" / "p", "201" / "9"). */
  const brokenWords = (el: Element) =>
    $$(el, '[part~="event"]').flatMap((block) => {
      const found: string[] = [];
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (parent.closest('.visually-hidden, .fit-probe') || !shown(parent)) continue;
        for (const word of node.textContent!.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) found.push(`${word[0]} (${block.dataset.id}, ${Math.round(block.offsetWidth)} px)`);
        }
      }
      return found;
    });

  /** Every zoom step, from the smallest up; `check` runs at each. */
  async function atEveryZoom(el: IisgEventTimeline, check: (zoom: string) => void) {
    const button = (part: string) => $$(el, `[part~="${part}"]`)[0];
    while (button('zoom-out').getAttribute('aria-disabled') !== 'true') {
      button('zoom-out').click();
      await el.updateComplete;
    }
    for (let step = 0; ; step++) {
      await frames();
      await waitUntil(() => !clipped(el).length, 'fitted', { timeout: 1000 }).catch(() => undefined);
      check(`zoom step ${step}`);
      if (button('zoom-in').getAttribute('aria-disabled') === 'true') return;
      button('zoom-in').click();
      await el.updateComplete;
    }
  }

  /** A timeline `width` px wide, its events drawn. */
  /** At every zoom step: no word broken across lines, nothing cut off, no blocks overlapping; then again under the text spacing (where words may break). */
  async function wholeAtEveryZoom(el: IisgEventTimeline) {
    await atEveryZoom(el, (zoom) => {
      expect(brokenWords(el), zoom).to.deep.equal([]);
      expect(clipped(el), zoom).to.deep.equal([]);
      expect(overlapping(el), zoom).to.deep.equal([]);
    });
    addStyles(el, SPACING);
    el.requestUpdate();
    await atEveryZoom(el, (zoom) => {
      expect(clipped(el), `${zoom}, text spacing`).to.deep.equal([]);
      expect(overlapping(el), `${zoom}, text spacing`).to.deep.equal([]);
    });
  }

  async function mount(attrs: Partial<IisgEventTimeline>, width: number) {
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    const el = Object.assign(document.createElement('iisg-event-timeline'), attrs, { lang: 'en' });
    el.style.width = `${width}px`;
    wrap.append(el);
    await waitUntil(() => $$(el, '[part~="event"]').length > 2, 'timeline drawn', { timeout: 5000 });
    return el;
  }

  // Zoomed out to half, a day label had 75 px: "Wed 24 Apr" was cut to "Wed 24 Ap", and more so spaced out.
  it('labels the axis with whole dates at every zoom step, 1300 px wide, with and without the spacing', async () => {
    const el = await mount({ src: '/demo/feed.json', mode: 'clusters' }, 1300);
    const ticks = () => clipped(el).filter((box) => box.startsWith('tick'));
    await atEveryZoom(el, (zoom) => expect(ticks(), zoom).to.deep.equal([]));
    addStyles(el, SPACING);
    el.requestUpdate();
    await atEveryZoom(el, (zoom) => expect(ticks(), `${zoom}, text spacing`).to.deep.equal([]));
  });

  // Zoomed out, a day of a cluster is 31 px wide: its date and title were wrapped letter by letter
  // ("Gro" / "p") and a year cut off ("201"), and rows grew tall with them.
  for (const [what, attrs] of [
    ['the sample clusters', { src: '/demo/feed.json', mode: 'clusters' }],
    ['a cluster with a long title and statuses', { feed: CLUSTER, mode: 'clusters' }],
  ] as const) {
    it(`${what}, at every zoom step, 1300 px wide: no word broken, nothing cut off, with and without the spacing`, async () => {
      const el = await mount(attrs, 1300);
      await wholeAtEveryZoom(el);
    });
  }

  // Zoomed out, a day is 31 px wide; "23" in a 2rem font with the spacing is wider: the blocks widen, lanes apart.
  it('the sample clusters at every zoom step in a larger --iisg-font-size: each day whole, no word broken, with and without the spacing', async () => {
    const el = await mount({ src: '/demo/feed.json', mode: 'clusters' }, 1300);
    el.style.setProperty('--iisg-font-size', '2rem');
    await wholeAtEveryZoom(el);
  });

  for (const width of [360, 1200]) {
    for (const [what, attrs] of [
      ['the sample clusters', { src: '/demo/feed.json', mode: 'clusters' }],
      ['a cluster with a long title and statuses', { feed: CLUSTER, mode: 'clusters' }],
      ['the sample series', { src: '/demo/feed.json', mode: 'series' }],
    ] as const) {
      it(`${what}, ${width} px wide, with and without the spacing`, async () => {
        const wrap = await fixture<HTMLElement>(html`<div></div>`);
        const el = Object.assign(document.createElement('iisg-event-timeline'), attrs, { lang: 'en' });
        el.style.width = `${width}px`;
        wrap.append(el);
        await waitUntil(() => $$(el, '[part~="event"]').length > 2, 'timeline drawn', { timeout: 5000 });
        await frames();
        await waitUntil(() => !clipped(el).length, 'fitted', { timeout: 2000 }).catch(() => undefined);
        expect(clipped(el), 'no spacing').to.deep.equal([]);
        expect(overlapping(el), 'no spacing').to.deep.equal([]);
        addStyles(el, SPACING);
        el.requestUpdate();
        await frames();
        await waitUntil(() => !clipped(el).length, 'fitted', { timeout: 2000 }).catch(() => undefined);
        expect(clipped(el), 'text spacing').to.deep.equal([]);
        expect(overlapping(el), 'text spacing').to.deep.equal([]);
      });
    }
  }
});

describe('the timeline’s fitted dates', () => {
  const blockWidths = (el: Element) => $$(el, '.row.series [part~="event"]').map((b) => Math.round(b.offsetWidth));
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

  it('draws series blocks as wide as ever after the timeline was rendered hidden (display: none)', async () => {
    const shown = await fixture<HTMLElement>(html`<div><iisg-event-timeline src="/demo/feed.json" mode="series" lang="en" style="width: 1200px"></iisg-event-timeline></div>`);
    const visible = shown.querySelector('iisg-event-timeline')!;
    await waitUntil(() => $$(visible, '.block-date').length > 5, 'series drawn', { timeout: 5000 });
    await frames();
    const wrap = await fixture<HTMLElement>(html`<div hidden><iisg-event-timeline src="/demo/feed.json" mode="series" lang="en" style="width: 1200px"></iisg-event-timeline></div>`);
    const hidden = wrap.querySelector('iisg-event-timeline')!;
    await waitUntil(() => $$(hidden, '.block-date').length > 5, 'series drawn', { timeout: 5000 });
    await frames();
    // Unmeasured (0 px wide) blocks counted as overflowing without end: the blocks came back 4 times as wide.
    wrap.hidden = false;
    hidden.requestUpdate();
    await hidden.updateComplete;
    await frames();
    expect(blockWidths(hidden)).to.deep.equal(blockWidths(visible));
  });

  it('narrows the blocks again for a language with shorter dates: German, then English, is as wide as English', async () => {
    const english = (await seriesOf('en')).el;
    await frames();
    const { el } = await seriesOf('de');
    await waitUntil(() => blockWidths(el).some((w, i) => w > blockWidths(english)[i]), 'widened for the German dates', { timeout: 3000 });
    el.lang = 'en';
    await waitUntil(() => $$(el, '.block-date')[0]?.textContent === $$(english, '.block-date')[0].textContent, 'English dates', { timeout: 3000 });
    await el.updateComplete;
    await frames();
    await el.updateComplete;
    expect(blockWidths(el)).to.deep.equal(blockWidths(english));
  });

  it('fits the blocks of a timeline first drawn narrow (stacked) once its container widens', async () => {
    const wide = (await seriesOf('de')).el;
    const { el } = await seriesOf('de', 320);
    await frames();
    el.style.width = '1200px';
    await waitUntil(() => blockWidths(el).join() === blockWidths(wide).join(), 'fitted as wide as one drawn wide', { timeout: 3000 });
  });

  it('measures once the text has changed, not at every render (each measure forces a layout)', async () => {
    const { el } = await seriesOf('en');
    let measured = 0;
    const rect = Range.prototype.getBoundingClientRect;
    Range.prototype.getBoundingClientRect = function (this: Range) {
      measured++;
      return rect.call(this);
    };
    try {
      // The first fitting done: on a loaded machine its measures can come some frames after the first draw.
      for (let quiet = 0; quiet < 3; ) {
        const before = measured;
        await frames();
        quiet = measured === before ? quiet + 1 : 0;
      }
      measured = 0;
      // Renders that change none of the blocks' text: a focus, a redraw asked for by the page.
      $$(el, '[part~="event"]')[0].focus();
      el.requestUpdate();
      await el.updateComplete;
      await frames();
      expect(measured, 'measured for an unchanged text').to.equal(0);
      el.lang = 'de';
      await waitUntil(() => measured > 0, 'measured for the German dates', { timeout: 3000 });
    } finally {
      Range.prototype.getBoundingClientRect = rect;
    }
  });

  /** A series timeline in `lang`, its events drawn. */
  async function seriesOf(lang: string, width = 1200) {
    const wrap = await fixture<HTMLElement>(html`<div><iisg-event-timeline src="/demo/feed.json" mode="series" lang=${lang} style="width: ${width}px"></iisg-event-timeline></div>`);
    const el = wrap.querySelector('iisg-event-timeline')!;
    await waitUntil(() => $$(el, '.block-date').length > 5, 'series drawn', { timeout: 5000 });
    return { el };
  }
});

describe('WCAG 1.4.13 content on hover: the map’s tooltip', () => {
  afterEach(() => sendMouse({ type: 'move', position: [0, 0] }));

  it('stays while the pointer moves from a marker straight onto it, across a member country', async () => {
    const el = await mountMap(html`<iisg-network-map src="/demo/feed.json" network="rnnc" lang="en" style="width: 600px"></iisg-network-map>`);
    const root = el.shadowRoot!;
    const tooltip = () => root.querySelector<HTMLElement>('[part~="tooltip"]');
    // A marker of organisations with a member country right above it, where the pointer crosses.
    root.querySelector('[part~="map"]')!.scrollIntoView({ block: 'center' });
    const marker = $$(el, '.markers [part~="organisation"], .markers [part~="cluster"]').find((m) => {
      const box = m.getBoundingClientRect();
      return root.elementFromPoint(box.x + box.width / 2, box.top - 4)?.matches('path.member');
    })!;
    expect(marker, 'an organisation on a member country').to.not.equal(undefined);
    // Its name, as its text for screen readers begins.
    const name = marker.querySelector('.visually-hidden')!.textContent!.split(',')[0];
    const box = marker.getBoundingClientRect();
    const x = Math.round(box.x + box.width / 2);
    await sendMouse({ type: 'move', position: [x, Math.round(box.y + box.height / 2)] });
    await waitUntil(() => tooltip()?.style.visibility === 'visible', 'tooltip placed', { timeout: 5000 });
    expect(tooltip()!.textContent).to.contain(name);
    const bottom = tooltip()!.getBoundingClientRect().bottom;
    // Up, two pixels at a time, to just inside the tooltip.
    for (let y = Math.round(box.y + box.height / 2); y >= Math.round(bottom - 4); y -= 2) await sendMouse({ type: 'move', position: [x, y] });
    await new Promise((r) => setTimeout(r, 400));
    expect(tooltip()?.textContent ?? '', 'the marker’s tooltip, still there').to.contain(name);
  });
});

describe('today’s number in its circle', () => {
  /** How far the number's glyph box sits from the middle of its circle, vertically (px). */
  const offCentre = (el: Element) => {
    const number = el.shadowRoot!.querySelector<HTMLElement>('.today .day-number')!;
    const range = document.createRange();
    range.selectNodeContents(number);
    const text = range.getBoundingClientRect();
    const box = number.getBoundingClientRect();
    return Math.abs(text.top + text.height / 2 - (box.top + box.height / 2));
  };

  it('is centred in the circle, in forced colours too (where the circle has a border)', async () => {
    const today = new Date().toISOString().slice(0, 7);
    const el = await calendar(html`<iisg-event-calendar src="/demo/feed.json" date=${today} lang="en" style="width: 800px"></iisg-event-calendar>`);
    expect(offCentre(el), 'normal colours').to.be.at.most(0.5);
    await executeServerCommand('forced-colors', 'active');
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      expect(offCentre(el), 'forced colours').to.be.at.most(0.5);
    } finally {
      await executeServerCommand('forced-colors', 'none');
    }
  });
});

describe('WCAG 2.5.8 target size: member markers do not cover each other', () => {
  /** Pairs of member markers on the map whose 24 px (or larger) targets overlap. */
  const overlaps = (el: Element) => {
    const markers = $$(el, '.markers [part~="marker"]').filter((m) => !m.matches('[part~="elsewhere"], [part~="events"]'));
    const found: string[] = [];
    for (let i = 0; i < markers.length; i++) {
      for (let j = i + 1; j < markers.length; j++) {
        const [a, b] = [markers[i].getBoundingClientRect(), markers[j].getBoundingClientRect()];
        const apart = Math.hypot(a.x + a.width / 2 - (b.x + b.width / 2), a.y + a.height / 2 - (b.y + b.height / 2));
        if (apart < (a.width + b.width) / 2 - 0.5) found.push(`${markers[i].dataset.key} / ${markers[j].dataset.key}: ${apart.toFixed(1)} px apart`);
      }
    }
    return found;
  };

  for (const width of [320, 480, 800, 1200]) {
    for (const network of ['rnnc', 'nfp-group', 'wbcti']) {
      it(`${network} at ${width} px`, async () => {
        const el = await mountMap(html`<iisg-network-map src="/demo/feed.json" network=${network} lang="en" style=${`width: ${width}px`}></iisg-network-map>`);
        expect($$(el, '.markers [part~="marker"]').length).to.be.greaterThan(1);
        expect(overlaps(el)).to.deep.equal([]);
      });
    }
  }
});
