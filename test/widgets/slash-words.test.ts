// A word with a slash inside it ("P/CVE") stays whole at a line's end: Firefox broke it after the slash ("P/" at
// the end of a line, "CVE" on the next) in cards, list items and popovers, where Chromium and WebKit keep it.
// Run in Firefox too (npm run test:firefox): Chromium passed this before the fix.
import { expect, fixture, html } from '@open-wc/testing';
import '@iisg/widgets';
import type { IisgEventCalendar, IisgEventCard } from '@iisg/widgets';
import { frames, settled } from '../hardening/helpers.js';

const WORD = 'P/CVE';
const feed = (title: string, venue = 'Palace of Congresses') => ({
  version: 1,
  events: [{ id: 'a', title, start: '2030-01-10', location: { venue, city: 'Tirana', country: 'AL' } }],
});

/** The rectangles of every `WORD` in `box`'s text, one list per occurrence, across the spans it may be split into. */
function wordRects(box: Element): DOMRect[][] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  const all = nodes.map((n) => n.data).join('');
  // A start in the node that holds the letter, an end in the node that holds the letter before it.
  const at = (index: number, end = false): [Text, number] => {
    for (const node of nodes) {
      if (index < node.length || (end && index === node.length)) return [node, index];
      index -= node.length;
    }
    throw new Error('past the end');
  };
  const out: DOMRect[][] = [];
  for (let i = all.indexOf(WORD); i >= 0; i = all.indexOf(WORD, i + 1)) {
    const range = document.createRange();
    range.setStart(...at(i));
    range.setEnd(...at(i + WORD.length, true));
    out.push([...range.getClientRects()].filter((r) => r.width > 0));
  }
  return out;
}

/**
 * Narrows `container` from `from` to `to` px; at each width, every `WORD` in `box()` is on one line. Returns whether
 * one of them began a line at some width (the line break did pass over the word, or the test proved nothing).
 */
function sweep(container: HTMLElement, box: () => Element, from: number, to: number): boolean {
  let begunLine = false;
  let wordWidth: number | undefined;
  for (let width = from; width >= to; width -= 2) {
    container.style.width = `${width}px`;
    const el = box();
    const style = getComputedStyle(el);
    const left = el.getBoundingClientRect().left + el.clientLeft + parseFloat(style.paddingLeft);
    const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const words = wordRects(el);
    expect(words.length, `"${WORD}" in ${el.textContent}`).to.be.greaterThan(0);
    for (const rects of words) {
      // Its width on one line, at the widest: narrower than that, it must break (overflow-wrap: anywhere; the last test).
      wordWidth ??= Math.max(...rects.map((r) => r.right)) - Math.min(...rects.map((r) => r.left));
      if (wordWidth >= room) continue;
      const tops = rects.map((r) => r.top);
      expect(Math.max(...tops) - Math.min(...tops), `"${WORD}" on one line at ${width} px: ${el.textContent}`).to.be.below(rects[0].height / 2);
      if (Math.abs(rects[0].left - left) < 1) begunLine = true;
    }
  }
  return begunLine;
}

describe('a word with a slash inside it ("P/CVE") at the end of a line', () => {
  it('stays whole in a card’s title and its place', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const el = Object.assign(document.createElement('iisg-event-card') as IisgEventCard, { lang: 'en', eventId: 'a', feed: feed('Training of P/CVE trainers', 'Centre for P/CVE Studies') });
    container.append(el);
    await settled(el);
    const part = (name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`)!;
    expect(sweep(container, () => part('title'), 320, 100), 'a width at which the title’s line broke before the word').to.equal(true);
    expect(sweep(container, () => part('where'), 320, 100), 'a width at which the place’s line broke before the word').to.equal(true);
    // As written: the text, its copy and what a screen reader reads.
    expect(part('title').textContent).to.equal('Training of P/CVE trainers');
  });

  it('stays whole in a calendar list item’s title', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width: 420px"></div>`);
    const el = Object.assign(document.createElement('iisg-event-calendar') as IisgEventCalendar, { lang: 'en', view: 'list', date: '2030-01', feed: feed('Regional meeting of the national P/CVE coordinators') });
    container.append(el);
    await settled(el);
    expect(sweep(container, () => el.shadowRoot!.querySelector('.list-title')!, 420, 160), 'a width at which the line broke before the word').to.equal(true);
  });

  it('a long word of slashes still breaks inside a narrow container', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width: 120px"></div>`);
    const el = Object.assign(document.createElement('iisg-event-card') as IisgEventCard, { lang: 'en', eventId: 'a', feed: feed(WORD.repeat(200)) });
    container.append(el);
    await settled(el);
    await frames(2);
    expect(Math.max(el.scrollWidth, container.scrollWidth) - container.clientWidth).to.be.at.most(0);
  });
});
