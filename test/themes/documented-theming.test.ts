// A page that themes the elements through documented means only (tokens and parts, as a front-end developer
// reads them in the README) gets what each token's description says, and nothing else changes with it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';

const FEED = '/demo/feed.json';

/** The computed colour of `value`, as the browser writes it (rgb(...)). */
function colour(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  document.body.append(probe);
  const out = getComputedStyle(probe).color;
  probe.remove();
  return out;
}

const channels = (c: string) => c.match(/[\d.]+/g)!.slice(0, 3).map(Number);
const luminance = (c: string) => {
  const [r, g, b] = channels(c).map((v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('page CSS does not leak in', () => {
  // Inherited text properties a page sets on a parent (a sidebar that does not wrap, a blockquote in italics,
  // small-caps headings) reached every text of the widgets; nowrap and pre even drew Lit's template whitespace
  // as grid items, pushing the weekday names off their columns.
  const PAGE = 'white-space: pre; text-transform: uppercase; letter-spacing: 0.3em; font-style: italic; font-weight: 700; font-variant: small-caps';

  it('inherited text properties of the page stop at the calendar and the card', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style=${PAGE}>
      <iisg-event-calendar lang="en" src=${FEED} date="2019-04"></iisg-event-calendar>
      <iisg-event-card lang="en" src=${FEED} event-id="rnnc-3"></iisg-event-card>
    </div>`);
    const [cal, card] = [...wrap.children] as HTMLElement[];
    await waitUntil(() => cal.shadowRoot!.querySelector('[part~="event"]') && card.shadowRoot!.querySelector('[part~="title"]'), 'drawn', { timeout: 5000 });
    for (const [name, node] of [
      ['calendar event', cal.shadowRoot!.querySelector('[part~="event"]')!],
      ['calendar day', cal.shadowRoot!.querySelector('[part~="day"]')!],
      ['card place', card.shadowRoot!.querySelector('[part~="where"]')!],
    ] as const) {
      const style = getComputedStyle(node);
      expect(style.textTransform, `${name}: text-transform`).to.equal('none');
      expect(['normal', '0px'], `${name}: letter-spacing ${style.letterSpacing}`).to.include(style.letterSpacing);
      expect(style.fontStyle, `${name}: font-style`).to.equal('normal');
      expect(style.fontVariantCaps, `${name}: font-variant`).to.equal('normal');
      expect(style.fontWeight, `${name}: font-weight`).to.equal('400');
    }
    // The weekday names over their columns: the first over the first day of the week.
    const weekday = cal.shadowRoot!.querySelector('[part~="weekday"]')!.getBoundingClientRect();
    const day = cal.shadowRoot!.querySelector('[part~="day"]')!.getBoundingClientRect();
    expect(Math.abs(weekday.left - day.left), 'first weekday over the first column').to.be.below(2);
    expect(Math.abs(weekday.width - day.width), 'as wide as a day').to.be.below(2);
  });
});

describe('page CSS does not leak in: breaking and shadows', () => {
  // A sidebar's word-break: break-all cut the widgets' titles and dates at any letter ("Coordina-tors" without the
  // hyphen), and a theme's text-shadow on <body> blurred every text of them; a heading style's outlined letters
  // (-webkit-text-stroke) and emphasis marks (text-emphasis) were drawn on every text, and font-synthesis: none
  // turned the status words' small capitals (which the font does not have) into full capitals.
  const PAGE = 'width: 900px; word-break: break-all; text-shadow: 0 0 3px red; -webkit-text-stroke: 2px red; text-emphasis: filled circle red; font-synthesis: none';
  it('word-break, text-shadow, text stroke, emphasis marks and font-synthesis of the page stop at every element', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style=${PAGE}>
      <iisg-event-calendar lang="en" src=${FEED} date="2019-04"></iisg-event-calendar>
      <iisg-event-card lang="en" src=${FEED} event-id="rnnc-3"></iisg-event-card>
      <iisg-event-timeline lang="en" src=${FEED}></iisg-event-timeline>
      <iisg-network-map lang="en" src=${FEED}></iisg-network-map>
    </div>`);
    const [cal, card, timeline, map] = [...wrap.children] as HTMLElement[];
    const first = (el: HTMLElement, part: string) => el.shadowRoot!.querySelector(`[part~="${part}"]`);
    await waitUntil(() => first(cal, 'event') && first(card, 'title') && first(timeline, 'event') && first(map, 'legend'), 'drawn', { timeout: 5000 });
    for (const [name, node] of [
      ['calendar event', first(cal, 'event')!],
      ['card title', first(card, 'title')!],
      ['timeline event', first(timeline, 'event')!],
      ['map legend', first(map, 'legend')!],
    ] as const) {
      const style = getComputedStyle(node);
      expect(style.wordBreak, `${name}: word-break`).to.equal('normal');
      expect(style.textShadow, `${name}: text-shadow`).to.equal('none');
      expect(style.webkitTextStrokeWidth, `${name}: -webkit-text-stroke`).to.equal('0px');
      expect(style.getPropertyValue('text-emphasis-style'), `${name}: text-emphasis`).to.equal('none');
      expect([style.fontSynthesisWeight, style.fontSynthesisStyle, style.fontSynthesisSmallCaps], `${name}: font-synthesis`).to.deep.equal(['auto', 'auto', 'auto']);
    }
  });
});

describe('theming through documented tokens', () => {
  it('--iisg-map-marker colours the markers only, not the pressed view button (which follows the accent)', async () => {
    // A light marker colour, as a site with yellow pins sets it; the accent stays the default dark blue.
    const wrap = await fixture<HTMLElement>(html`<div style="--iisg-map-marker: #ffd400">
      <iisg-network-map lang="en" src=${FEED}></iisg-network-map>
    </div>`);
    const map = wrap.firstElementChild as HTMLElement;
    await waitUntil(() => map.shadowRoot!.querySelector('[part~="view-active"]') && map.shadowRoot!.querySelector('[part~="marker"]'), 'map drawn', { timeout: 5000 });
    const marker = map.shadowRoot!.querySelector<SVGElement>('[part~="marker"] circle, [part~="marker"]')!;
    const pressed = getComputedStyle(map.shadowRoot!.querySelector('[part~="view-active"]')!);
    const accent = colour(getComputedStyle(map).getPropertyValue('--_accent'));

    expect(getComputedStyle(map).getPropertyValue('--_map-marker').trim(), 'the token reaches the markers').to.equal('#ffd400');
    expect(marker, 'a marker').to.exist;
    expect(pressed.backgroundColor, 'pressed view button: the accent').to.equal(accent);
    expect(contrast(pressed.color, pressed.backgroundColor), 'its label').to.be.at.least(4.5);
  });
});

describe('today, styled from the page', () => {
  // Today's number in the month grid and today in the year view had no part: their colour could change only
  // through the accent token, which recolours every event bar with it.
  it('reaches the month grid’s day numbers and the year view’s today through documented parts', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .today-test::part(day-number) { color: rgb(1, 2, 3); }
      .today-test::part(mini-day today) { outline: 3px solid rgb(4, 5, 6); }`;
    document.head.append(style);
    try {
      const cal = await fixture<HTMLElement & { view: string; updateComplete: Promise<boolean> }>(
        html`<iisg-event-calendar class="today-test" lang="en" src=${FEED} style="width: 900px"></iisg-event-calendar>`,
      );
      const root = cal.shadowRoot!;
      await waitUntil(() => root.querySelector('[part~="day"][part~="today"]'), 'the month with today', { timeout: 5000 });
      const number = root.querySelector('[part~="day"][part~="today"] [part~="day-number"]')!;
      expect(getComputedStyle(number).color).to.equal('rgb(1, 2, 3)');
      cal.view = 'year';
      await waitUntil(() => root.querySelector('[part~="mini-day"][part~="today"]'), 'the year view with today', { timeout: 5000 });
      const today = root.querySelector('[part~="mini-day"][part~="today"]')!;
      expect(today.getAttribute('aria-current')).to.equal('date');
      expect(getComputedStyle(today).outlineColor).to.equal('rgb(4, 5, 6)');
    } finally {
      style.remove();
    }
  });
});
