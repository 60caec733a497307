// WCAG 1.4.11 non-text contrast of two calendar states, from the colours the browser computes on a mounted
// calendar: the focused day's ring where it crosses an event bar and today's mark, and the expanded Filters button.
import { expect, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '@iisg/widgets';
import { $, calendar, cell } from './helpers.js';

type RGB = [number, number, number];

/** A computed colour (`rgb()`, `rgba()` or `color(srgb ...)`) as sRGB 0-255. */
function rgb(value: string): RGB {
  const srgb = value.match(/color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)/);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255];
  const m = value.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/);
  if (!m) throw new Error(`not a colour: ${value}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function contrast(a: RGB, b: RGB) {
  const lum = ([r, g, b]: RGB) => {
    const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const same = (a: RGB, b: RGB) => a.every((c, i) => Math.abs(c - b[i]) < 1);

/** The colour an element shows: its background, or the first one behind it (across its shadow root's host). */
function backdrop(node: Element): RGB {
  for (let at: Element | null = node; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host || null)) {
    const colour = getComputedStyle(at).backgroundColor;
    if (!/^rgba\(.*, 0\)$|^transparent$/.test(colour)) return rgb(colour);
  }
  return [255, 255, 255];
}

/**
 * The colours the ring layer `style` (positioned over its day, inset 0) paints, pixel by pixel from the day's
 * edge inward; null where it paints nothing and what is under it shows. Inset box shadows lowest (the first
 * listed on top), then the border, then the outline.
 */
function ringPixels(style: CSSStyleDeclaration): (RGB | null)[] {
  const pixels: (RGB | null)[] = Array(16).fill(null);
  const paint = (from: number, to: number, colour: string) => {
    for (let i = Math.max(0, Math.round(from)); i < Math.min(pixels.length, Math.round(to)); i++) pixels[i] = rgb(colour);
  };
  const border = style.borderTopStyle === 'none' ? 0 : parseFloat(style.borderTopWidth);
  const shadows = style.boxShadow === 'none' ? [] : style.boxShadow.split(/,(?![^(]*\))/);
  for (const shadow of shadows.reverse()) {
    const inset = shadow.trim().match(/^(.*\)) 0px 0px 0px ([\d.]+)px inset$/);
    if (inset) paint(border, border + Number(inset[2]), inset[1]);
  }
  paint(0, border, style.borderTopColor);
  const [width, offset] = [parseFloat(style.outlineWidth), parseFloat(style.outlineOffset)];
  if (style.outlineStyle !== 'none') paint(-offset - width, -offset, style.outlineColor);
  return pixels;
}

/**
 * Where the focus colour touches a colour less than 3:1 from it, across the ring from `outside` (what lies beyond
 * the day's edge: the bar running on, the next day) to `inside` (what the ring sits on), with the ratio.
 */
function weakEdges(ring: (RGB | null)[], focus: RGB, outside: RGB, inside: RGB): number[] {
  // What the ring paints, and what shows beyond and through it: a focus colour there is no part of the ring.
  const line = [{ colour: outside }, ...ring.map((c) => (c ? { colour: c, ring: true } : { colour: inside })), { colour: inside }];
  const weak: number[] = [];
  for (let i = 1; i < line.length - 1; i++) {
    if (!line[i].ring || !same(line[i].colour, focus)) continue;
    for (const next of [line[i - 1], line[i + 1]]) {
      const ratio = contrast(focus, next.colour);
      if (!(next.ring && same(next.colour, focus)) && ratio < 3) weak.push(Number(ratio.toFixed(2)));
    }
  }
  return weak;
}

/** The local date `days` from today as `2019-04-23`. */
function dayFromToday(days: number) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A three-day event with today in its middle: its bar crosses today's cell and runs under today's mark. */
const FEED = { version: 1, events: [{ id: 'long', title: 'Regional meeting', start: dayFromToday(-1), end: dayFromToday(1) }] };

/** The ring of today's cell, focused, and the colours it is drawn over. */
async function focusedToday(theme: string) {
  const el = await calendar(html`<iisg-event-calendar .feed=${FEED} date=${dayFromToday(0).slice(0, 7)} theme=${theme} lang="en" style="width: 900px"></iisg-event-calendar>`);
  const day = cell(el, dayFromToday(0));
  day.focus();
  await el.updateComplete;
  expect(day.matches(':focus-visible'), 'the day shows its focus').to.equal(true);
  const probe = Object.assign(document.createElement('span'), { style: 'color: var(--_focus)' });
  el.shadowRoot!.append(probe);
  const focus = rgb(getComputedStyle(probe).color);
  probe.remove();
  const bar = $(el, '[part~="event"]')!;
  const colours = {
    'the day': backdrop(day),
    'the bar': backdrop(bar),
    'today’s mark': backdrop(day.querySelector('.day-number')!),
  };
  return { ring: ringPixels(getComputedStyle(day, '::after')), focus, colours };
}

function ringFailures({ ring, focus, colours }: Awaited<ReturnType<typeof focusedToday>>) {
  expect(ring.some((c) => c && same(c, focus)), 'the ring is drawn in the focus colour').to.equal(true);
  const failures: string[] = [];
  for (const [outsideName, outside] of Object.entries(colours)) {
    for (const [insideName, inside] of Object.entries(colours)) {
      const weak = weakEdges(ring, focus, outside, inside);
      if (weak.length) failures.push(`from ${outsideName} to ${insideName}: ${weak.join(', ')}:1`);
    }
  }
  return failures;
}

describe('WCAG 1.4.11: the focused day’s ring against event bars and today’s mark', () => {
  for (const theme of ['light', 'dark']) {
    it(`keeps the focus colour 3:1 from every colour it touches, ${theme}`, async () => {
      expect(ringFailures(await focusedToday(theme))).to.deep.equal([]);
    });
  }

  it('does so in forced colours (Chromium: the DevTools protocol)', async () => {
    await executeServerCommand('forced-colors', 'active');
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      expect(ringFailures(await focusedToday('light'))).to.deep.equal([]);
    } finally {
      await executeServerCommand('forced-colors', 'none');
    }
  });
});

/** The bar along the button's foot: its border's, or an inset shadow's drawn from below, whichever is thicker. */
function footBar(button: HTMLElement) {
  const style = getComputedStyle(button);
  let bar = { width: style.borderBottomStyle === 'none' ? 0 : parseFloat(style.borderBottomWidth), colour: rgb(style.borderBottomColor) };
  for (const shadow of style.boxShadow === 'none' ? [] : style.boxShadow.split(/,(?![^(]*\))/)) {
    const inset = shadow.trim().match(/^(.*\)) 0px (-[\d.]+)px 0px 0px inset$/);
    if (inset && -Number(inset[2]) > bar.width) bar = { width: -Number(inset[2]), colour: rgb(inset[1]) };
  }
  return bar;
}

describe('WCAG 1.4.11: the Filters button, expanded', () => {
  async function toggle(theme: string) {
    const el = await calendar(html`<iisg-event-calendar src="/demo/feed.json" view="list" filters="network country" theme=${theme} lang="en" style="width: 320px"></iisg-event-calendar>`);
    await waitUntil(() => $(el, '[part~="filters-toggle"]'), 'the toggle drawn once the calendar knows it is narrow');
    const button = $(el, '[part~="filters-toggle"]')!;
    const collapsed = footBar(button);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    return { collapsed, expanded: footBar(button), background: backdrop(button) };
  }

  for (const theme of ['light', 'dark']) {
    it(`shows a bar at least 2 px thicker than the collapsed button’s, 3:1 against the button, ${theme}`, async () => {
      const { collapsed, expanded, background } = await toggle(theme);
      expect(expanded.width - collapsed.width, 'thicker than collapsed').to.be.at.least(2);
      expect(contrast(expanded.colour, background), 'against the button').to.be.at.least(3);
    });
  }

  it('keeps the bar in forced colours (Chromium: the DevTools protocol)', async () => {
    await executeServerCommand('forced-colors', 'active');
    try {
      const { collapsed, expanded, background } = await toggle('light');
      expect(expanded.width - collapsed.width, 'thicker than collapsed').to.be.at.least(2);
      expect(contrast(expanded.colour, background), 'against the button').to.be.at.least(3);
    } finally {
      await executeServerCommand('forced-colors', 'none');
    }
  });
});

/** How far the ring layer paints in from the day's edge: its inset bands, its border and its outline. */
function ringDepth(style: CSSStyleDeclaration) {
  const painted = ringPixels(style);
  return painted.length - [...painted].reverse().findIndex((c) => c !== null);
}

describe('the focused day’s ring covers none of what the day holds', () => {
  // A cancelled one-day event (its dashed border), a scheduled one (its accent edge), and three more: "+N more".
  const events = ['cancelled', 'scheduled', 'scheduled', 'scheduled', 'scheduled'].map((status, i) => ({
    id: `e${i}`,
    title: `Састанак ${i}`,
    start: '2019-04-10',
    status,
  }));
  const feed = { version: 1, events };

  for (const lang of ['en', 'sr-Cyrl']) {
    it(`keeps bars, "+N more" and the date clear of the ring, ${lang}`, async () => {
      const el = await calendar(html`<iisg-event-calendar .feed=${feed} date="2019-04" lang=${lang} style="width: 700px"></iisg-event-calendar>`);
      const day = cell(el, '2019-04-10');
      day.focus();
      await el.updateComplete;
      const depth = ringDepth(getComputedStyle(day, '::after'));
      expect(depth, 'the ring is drawn').to.be.above(0);
      const box = day.getBoundingClientRect();
      const inner = { left: box.left + depth, right: box.right - depth, top: box.top + depth };
      const bars = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].filter((bar) => {
        const r = bar.getBoundingClientRect();
        return r.left >= box.left - 1 && r.right <= box.right + 1;
      });
      expect(bars.length, 'the day’s bars').to.be.at.least(2);
      for (const bar of bars) {
        const r = bar.getBoundingClientRect();
        expect(r.left, `${bar.textContent!.trim()}: its start`).to.be.at.least(inner.left - 0.5);
        expect(r.right, `${bar.textContent!.trim()}: its end`).to.be.at.most(inner.right + 0.5);
      }
      const more = $(el, '[part~="more"]')!;
      const text = more.getBoundingClientRect().left + parseFloat(getComputedStyle(more).paddingLeft);
      expect(text, `"${more.textContent!.trim()}": its first letter`).to.be.at.least(inner.left - 0.5);
      const date = day.querySelector('.day-number')!.getBoundingClientRect();
      expect(date.top, 'the date’s circle: its top').to.be.at.least(inner.top - 0.5);
      expect(date.right, 'the date’s circle: its end').to.be.at.most(inner.right + 0.5);
    });
  }
});
