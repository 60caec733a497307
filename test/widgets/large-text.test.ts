// A visitor with a large text size (a browser's default font at 32 px, WCAG 1.4.4) reading the elements in a
// 320 px sidebar (WCAG 1.4.10): nothing sticks out of the element, no control's word is broken into pieces,
// and no text runs out of its box.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import type { IisgEventCalendar } from '@iisg/widgets';
import { $, $$, calendar, withRootFont } from './helpers.js';

const FEED = '/demo/feed.json';

/** Elements of the shadow root whose right or left edge is outside the element's own box. */
function outside(el: Element, selector = '*') {
  const host = el.getBoundingClientRect();
  return $$(el, selector)
    .filter((node) => !node.closest('.visually-hidden') && node.getClientRects().length)
    .map((node) => ({ node, box: node.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && (box.right > host.right + 0.5 || box.left < host.left - 0.5))
    .map(({ node, box }) => `${node.localName}.${node.getAttribute('part') ?? node.className} "${node.textContent!.trim().slice(0, 24)}" ${Math.round(box.left)}–${Math.round(box.right)} (element ${Math.round(host.left)}–${Math.round(host.right)})`);
}

/** The number of lines a node's text is drawn on. */
function lines(node: Node): number {
  const range = document.createRange();
  range.selectNodeContents(node);
  return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
}

describe('large text in a 320 px sidebar: the calendar’s toolbar and filters', () => {
  for (const [what, rootFont, style] of [
    ['a 32 px default font', '32px', 'width: 320px'],
    ['--iisg-font-size: 2rem', '', 'width: 320px; --iisg-font-size: 2rem'],
  ] as const) {
    for (const lang of ['mk', 'sr-Cyrl', 'de', 'sq']) {
      it(`keeps every control inside the calendar and each one-word label on one line, ${what} (${lang})`, async () => {
        await withRootFont(rootFont, async () => {
          const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" filters="network organiser country tag" lang=${lang} style=${style}></iisg-event-calendar>`);
          await waitUntil(() => $(el, '[part~="list-item"]'), 'the narrow list', { timeout: 5000 });
          expect(outside(el, '.toolbar *, .filters *'), 'outside the calendar').to.deep.equal([]);
          // "Месец", "Листа", "Година", "Денес": a word drawn as "Ме / се / ц" is a word broken into pieces.
          const words = $$(el, '.toolbar button, .filters button').filter((b) => b.textContent!.trim() && !/\s/.test(b.textContent!.trim()));
          expect(words.length, 'one-word buttons').to.be.at.least(5);
          expect(words.filter((b) => lines(b) > 1).map((b) => `${b.textContent!.trim()}: ${lines(b)} lines`)).to.deep.equal([]);
        });
      });
    }
  }

  it('keeps the wide calendar’s toolbar on one row (1200 px)', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" filters="network organiser country tag" lang="mk" style="width: 1200px"></iisg-event-calendar>`);
    const tops = new Set($$(el, '.toolbar button, .toolbar select').map((c) => Math.round(c.getBoundingClientRect().top)));
    expect(tops.size).to.equal(1);
    expect(outside(el)).to.deep.equal([]);
  });
});

describe('large text in a 320 px sidebar: the calendar’s year view', () => {
  for (const lang of ['de', 'mk', 'sq']) {
    it(`keeps the months, Sunday included, inside the calendar with a 32 px default font (${lang})`, async () => {
      await withRootFont('32px', async () => {
        const el = await fixture<IisgEventCalendar>(html`<iisg-event-calendar src=${FEED} date="2019-04" view="year" lang=${lang} style="width: 320px"></iisg-event-calendar>`);
        await waitUntil(() => $(el, '[part~="mini-day"]'), 'the year view', { timeout: 5000 });
        await el.updateComplete;
        expect(outside(el, '[part~="year"] *').slice(0, 5)).to.deep.equal([]);
        for (const day of $$(el, '[part~="mini-day"]')) expect(day.getBoundingClientRect().width, day.getAttribute('aria-label')!).to.be.at.least(24);
      });
    });
  }
});

describe('large text in a 320 px sidebar: the event popover', () => {
  /** Text that runs out of the popover's lines: the popover scrolls sideways, cutting words off. */
  const spills = (popover: HTMLElement) => popover.scrollWidth - popover.clientWidth;

  it('breaks a title’s word longer than the line inside the calendar’s sheet (Macedonian)', async () => {
    await withRootFont('32px', async () => {
      const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="mk" style="width: 320px"></iisg-event-calendar>`);
      await waitUntil(() => $(el, '[part~="list-item"]'), 'the narrow list', { timeout: 5000 });
      $$(el, '[part~="list-item"]').find((i) => i.textContent!.includes('Прв национален'))!.click();
      await waitUntil(() => $(el, '.popover.sheet .details-title'), 'the sheet', { timeout: 5000 });
      const popover = $(el, '.popover')!;
      expect(spills(popover), 'px of text beyond the popover').to.be.at.most(0);
    });
  });

  it('breaks a title’s word longer than the line inside the timeline’s sheet (Macedonian)', async () => {
    await withRootFont('32px', async () => {
      const el = await fixture(html`<iisg-event-timeline src=${FEED} lang="mk" style="width: 320px"></iisg-event-timeline>`);
      await waitUntil(() => $(el, '[part~="event"]'), 'the timeline', { timeout: 5000 });
      $(el, '[part~="event"]')!.click();
      await waitUntil(() => $(el, '.popover.sheet .details-title'), 'the sheet', { timeout: 5000 });
      expect(spills($(el, '.popover')!), 'px of text beyond the popover').to.be.at.most(0);
    });
  });
});

describe('the calendar’s filter menus and search box follow its text size', () => {
  for (const [size, expected] of [
    ['2rem', 32], // a page that sets the token for large text: the fields as large as the rest
    ['1rem', 16],
    ['0.875rem', 16], // a smaller calendar: fields stay at 16 px, under which a phone zooms into a field it focuses
  ] as const) {
    it(`draws them at ${expected} px with --iisg-font-size: ${size}`, async () => {
      const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" filters="network organiser country tag" style="width: 900px; --iisg-font-size: ${size}"></iisg-event-calendar>`);
      const fields = $$(el, '.filter select, .filter input');
      expect(fields.length).to.equal(5);
      expect(fields.map((f) => parseFloat(getComputedStyle(f).fontSize))).to.deep.equal(fields.map(() => expected));
    });
  }

  it('keeps them at 16 px on a page whose root font is 10 px (html { font-size: 62.5% })', async () => {
    await withRootFont('62.5%', async () => {
      const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" filters="network organiser country tag" style="width: 900px"></iisg-event-calendar>`);
      expect($$(el, '.filter select, .filter input').map((f) => parseFloat(getComputedStyle(f).fontSize))).to.deep.equal([16, 16, 16, 16, 16]);
    });
  });
});
