// What the eye gets from the wide timeline: its blocks, day labels, gaps and headings at large text sizes, in
// several languages and directions.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import type { IisgEventTimeline } from '@iisg/widgets';
import { $, $$, withRootFont } from './helpers.js';

const FEED = '/demo/feed.json';

async function timeline(template: ReturnType<typeof html>) {
  const el = await fixture<IisgEventTimeline>(template);
  await waitUntil(() => $(el, '.rows'), 'timeline rendered', { timeout: 5000 });
  // The blocks are drawn again once their text has been measured (a frame after the first render).
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
  return el;
}

/** The number of lines a node's text is drawn on. */
function lines(node: Node): number {
  const range = document.createRange();
  range.selectNodeContents(node);
  return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
}

const shown = (node: Element) => node.getClientRects().length > 0 && getComputedStyle(node).clip !== 'rect(0px, 0px, 0px, 0px)';

describe('<iisg-event-timeline> at large text sizes (WCAG 1.4.4)', () => {
  for (const lang of ['en', 'de']) {
    for (const size of ['150%', '200%']) {
      it(`keeps each meeting's name and each day's label in the Tirana cluster, at ${size} (${lang})`, async () => {
        await withRootFont(size, async () => {
          const el = await timeline(html`<iisg-event-timeline src=${FEED} lang=${lang} style="width: 1280px"></iisg-event-timeline>`);
          const row = $$(el, '[part~="row"]').find((r) => r.textContent!.includes('Tirana'))!;
          const blocks = [...row.querySelectorAll<HTMLElement>('[part~="event"]')];
          expect(blocks.length).to.equal(3);
          for (const block of blocks) {
            const title = block.querySelector('.block-title')!;
            expect(shown(title), `the name in ${block.textContent!.trim()}`).to.equal(true);
            expect(lines(title), `the name on one line: ${title.textContent}`).to.equal(1);
            expect(lines(block.querySelector('.block-date')!), 'the date on one line').to.equal(1);
            // Not clipped by the block's bottom edge.
            expect(title.getBoundingClientRect().bottom).to.be.at.most(block.getBoundingClientRect().bottom + 0.5);
          }
          expect([...row.querySelectorAll('[part~="tick"]')].length, 'a label for each of its three days').to.equal(3);
        });
      });
    }
  }
});

describe('<iisg-event-timeline> series gaps ("1st–6th not in this feed")', () => {
  for (const size of ['', '200%']) {
    it(`draws each gap clear of the track's edge, its words on one line with room round them${size ? ` (at ${size})` : ''}`, async () => {
      await withRootFont(size, async () => {
        const el = await timeline(html`<iisg-event-timeline src=${FEED} mode="series" lang="en" style="width: 1280px"></iisg-event-timeline>`);
        const gaps = $$(el, '[part~="gap"]');
        expect(gaps.length).to.be.at.least(2);
        for (const gap of gaps) {
          const box = gap.getBoundingClientRect();
          const track = gap.closest('[part~="track"]')!.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(gap);
          const words = range.getBoundingClientRect();
          expect(box.left - track.left, `${gap.textContent}: off the track's left border`).to.be.at.least(3);
          expect(lines(gap), `${gap.textContent}: one line`).to.equal(1);
          expect(words.top - box.top, 'room above its words').to.be.at.least(4);
          expect(words.left - box.left, 'room before its words').to.be.at.least(4);
        }
      });
    });
  }
});

describe('<iisg-event-timeline> row headings', () => {
  /** The top of the line each character of `root`'s text is drawn on. */
  const linesOf = (root: Element) => {
    const tops: number[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      for (let i = 0; i < node.data.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        tops.push(Math.round(range.getBoundingClientRect().top));
      }
    }
    return tops;
  };

  for (const [mode, width] of [
    ['clusters', 280],
    ['clusters', 1280],
    ['series', 280],
  ] as const) {
    for (const lang of ['en', 'sq', 'mk', 'de']) {
      it(`keeps each count with its noun, and the "·" with what follows it (${mode}, ${width} px, ${lang})`, async () => {
        const el = await timeline(html`<iisg-event-timeline src=${FEED} mode=${mode} lang=${lang} style=${`width: ${width}px`}></iisg-event-timeline>`);
        const summaries = $$(el, '[part~="row-heading"] .muted');
        expect(summaries.length).to.be.at.least(1);
        for (const summary of summaries) {
          const text = summary.textContent!;
          const tops = linesOf(summary);
          expect(tops.length).to.equal(text.length);
          // "·", the number after it, and the word after each number, each on the line of the number.
          for (const match of text.matchAll(/\d+ \S/g)) {
            const at = match.index!;
            expect(tops[at + match[0].length - 1], `"${match[0]}" in "${text}"`).to.equal(tops[at]);
          }
          expect(tops[0], `"·" on the line of "${text}"'s count`).to.equal(tops[text.search(/\d/)]);
        }
      });
    }
  }
});

describe('<iisg-event-timeline> blocks and labels in other languages and directions', () => {
  it('writes an ordinal with a full stop without the badge\'s "·" after it ("7. NFP-Gruppe", not "7. · NFP-Gruppe")', async () => {
    for (const lang of ['de', 'mk', 'sq', 'sr-Latn']) {
      const el = await timeline(html`<iisg-event-timeline src=${FEED} lang=${lang} style="width: 1280px"></iisg-event-timeline>`);
      const titles = $$(el, '.block-title').map((t) => t.textContent!.trim());
      expect(titles.filter((t) => /^\d+\./.test(t)).length, `${lang}: ordinals with a full stop`).to.be.at.least(2);
      expect(titles.filter((t) => /\.\s*·/.test(t)), lang).to.deep.equal([]);
    }
    const en = await timeline(html`<iisg-event-timeline src=${FEED} lang="en" style="width: 1280px"></iisg-event-timeline>`);
    expect($$(en, '.block-title').map((t) => t.textContent!.trim())).to.include('7th · NFP Group');
  });

  it('starts each day label at its own day’s line in a right-to-left page, not against the next one’s', async () => {
    const page = await fixture<HTMLDivElement>(html`<div dir="rtl"><iisg-event-timeline src=${FEED} lang="en" style="width: 1280px"></iisg-event-timeline></div>`);
    const el = page.firstElementChild as IisgEventTimeline;
    await waitUntil(() => $(el, '[part~="tick"]'), 'ticks', { timeout: 5000 });
    for (const tick of $$(el, '[part~="tick"]')) {
      const range = document.createRange();
      range.selectNodeContents(tick);
      expect(range.getBoundingClientRect().left - tick.getBoundingClientRect().left, tick.textContent!).to.be.below(16);
    }
  });

  it('leaves room between a status label and its outline, slanted or not', async () => {
    for (const lang of ['en', 'sq', 'mk']) {
      const el = await timeline(html`<iisg-event-timeline src=${FEED} mode="series" lang=${lang} style="width: 1280px"></iisg-event-timeline>`);
      const labels = $$(el, '[part~="status"]');
      expect(labels.length).to.be.at.least(1);
      for (const label of labels) {
        const range = document.createRange();
        range.selectNodeContents(label);
        const [text, box] = [range.getBoundingClientRect(), label.getBoundingClientRect()];
        const size = parseFloat(getComputedStyle(label).fontSize);
        expect(text.left - box.left, `${lang}: before "${label.textContent}"`).to.be.at.least(0.5 * size);
        expect(box.right - text.right, `${lang}: after it`).to.be.at.least(0.5 * size);
      }
    }
  });
});
