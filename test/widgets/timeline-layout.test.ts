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
          for (const match of text.matchAll(/\d+\s\S/g)) {
            const at = match.index!;
            expect(tops[at + match[0].length - 1], `"${match[0]}" in "${text}"`).to.equal(tops[at]);
          }
          // (Its space before it ends the line before, where it breaks.)
          expect(tops[text.indexOf('·')], `"·" on the line of "${text}"'s count`).to.equal(tops[text.search(/\d/)]);
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

  it('draws each title in its own direction, whatever the page’s: from its start edge, its full stop at its end', async () => {
    // Titles come from a feed, in any direction: an English one on a right-to-left page, a Hebrew one on an English page.
    const place = { city: 'Tirana', country: 'AL' };
    const feed = {
      version: 1,
      events: [
        { id: 'ltr', title: 'Meeting of the Regional Network (RNNC).', start: '2019-04-23', location: place },
        { id: 'rtl', title: 'פגישה של הרשת האזורית.', start: '2019-04-24', location: place },
      ],
    };
    for (const dir of ['ltr', 'rtl']) {
      const page = await fixture<HTMLDivElement>(html`<div dir=${dir}><iisg-event-timeline .feed=${feed} lang="en" style="width: 1280px"></iisg-event-timeline></div>`);
      const el = page.firstElementChild as IisgEventTimeline;
      await waitUntil(() => $(el, '.block-title'), 'blocks drawn', { timeout: 5000 });
      for (const id of ['ltr', 'rtl']) {
        const title = $(el, `button[data-id="${id}"] .block-title`)!;
        const text = document.createTreeWalker(title, NodeFilter.SHOW_TEXT).nextNode() as Text;
        const char = (i: number) => {
          const range = document.createRange();
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          return range.getBoundingClientRect();
        };
        const chars = [...text.data].map((_, i) => char(i));
        const last = chars[chars.length - 1];
        const lastLine = chars.filter((c) => Math.abs(c.top - last.top) < 2);
        const box = title.getBoundingClientRect();
        const at = `${id} title on a ${dir} page`;
        if (id === 'ltr') {
          expect(chars[0].left - box.left, `${at}: starts at its left`).to.be.below(2);
          expect(last.right, `${at}: full stop at its right end`).to.be.closeTo(Math.max(...lastLine.map((c) => c.right)), 0.5);
        } else {
          expect(box.right - chars[0].right, `${at}: starts at its right`).to.be.below(2);
          expect(last.left, `${at}: full stop at its left end`).to.be.closeTo(Math.min(...lastLine.map((c) => c.left)), 0.5);
        }
      }
      page.remove();
    }
  });

  it('lines a status label up with the date above it in a right-to-left page (a narrow container: blocks as wide as it)', async () => {
    const page = await fixture<HTMLDivElement>(html`<div dir="rtl"><iisg-event-timeline src=${FEED} mode="series" lang="en" style="width: 375px"></iisg-event-timeline></div>`);
    const el = page.firstElementChild as IisgEventTimeline;
    await waitUntil(() => $(el, '[part~="status"]'), 'statuses drawn', { timeout: 5000 });
    for (const label of $$(el, '[part~="status"]')) {
      const date = document.createRange();
      date.selectNodeContents(label.parentElement!.querySelector('.block-date')!);
      expect(label.getBoundingClientRect().left - date.getBoundingClientRect().left, label.textContent!).to.be.closeTo(0, 1);
    }
    page.remove();
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

describe('<iisg-event-timeline> zoom buttons on the first heading’s line', () => {
  /** Whether two boxes overlap by more than a rounding error. */
  const overlap = (a: DOMRect, b: DOMRect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

  for (const dir of ['ltr', 'rtl']) {
    for (const size of ['', '200%']) {
      for (const mode of ['clusters', 'series']) {
        it(`puts them at the end of the first heading's line, clear of its words and of the track (${dir}, ${mode}${size ? `, ${size}` : ''}, 320–1600 px)`, async () => {
          await withRootFont(size, async () => {
            let drawn = 0;
            for (const width of [320, 375, 768, 1280, 1600]) {
              const page = await fixture<HTMLDivElement>(html`<div dir=${dir}><iisg-event-timeline src=${FEED} mode=${mode} lang="en" style=${`width: ${width}px`}></iisg-event-timeline></div>`);
              const el = page.firstElementChild as IisgEventTimeline;
              await waitUntil(() => $(el, '.rows'), 'timeline rendered', { timeout: 5000 });
              await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
              await el.updateComplete;
              const at = `${width} px`;
              const [zoomOut, zoomIn] = ['zoom-out', 'zoom-in'].map((part) => $(el, `[part~="${part}"]`)!);
              // A narrow container lists the meetings, which zoom does not change: no buttons there.
              if (!zoomOut.getClientRects().length) continue;
              drawn++;
              const row = $(el, '[part~="row"]')!;
              const heading = row.querySelector('[part~="row-heading"]')!;
              const words = document.createRange();
              words.selectNodeContents(heading);
              const [out, into, box, track] = [zoomOut, zoomIn, row, row.querySelector('[part~="track"]')!].map((n) => n.getBoundingClientRect());
              // Keyboard order is the order seen: the heading, then −, then +, at the end of its line.
              expect(heading.compareDocumentPosition(zoomOut) & Node.DOCUMENT_POSITION_FOLLOWING, `${at}: after the heading`).to.not.equal(0);
              expect(dir === 'ltr' ? out.left < into.left : out.left > into.left, `${at}: − before +`).to.equal(true);
              expect(dir === 'ltr' ? box.right - into.right : into.left - box.left, `${at}: at the end`).to.be.closeTo(0, 1);
              for (const button of [out, into]) {
                expect(button.top < words.getBoundingClientRect().bottom && button.bottom > words.getBoundingClientRect().top, `${at}: on the heading's line`).to.equal(true);
                expect([...words.getClientRects()].filter((line) => line.width > 0 && overlap(line, button)), `${at}: clear of the heading`).to.deep.equal([]);
                expect(button.bottom, `${at}: above the track`).to.be.at.most(track.top + 0.5);
                expect(Math.min(button.width, button.height), `${at}: a 24 px target`).to.be.at.least(24);
              }
              page.remove();
            }
            expect(drawn, 'widths with zoom buttons').to.be.at.least(size ? 2 : 3);
          });
        });
      }
    }
  }
});

describe('<iisg-event-timeline> series rows in time', () => {
  const place = { city: 'Tirana', country: 'AL' };
  /** A series' meeting; every series here starts with its 1st on a row that starts on 1 January. */
  const meeting = (series: string, ordinal: number, start: string, end = start) => ({
    id: `${series}-${ordinal}`,
    title: `Meeting ${ordinal} of ${series}`,
    start,
    end,
    location: place,
    series: { id: series, ordinal },
  });
  const feedOf = (...events: ReturnType<typeof meeting>[]) => ({
    version: 1,
    series: [...new Set(events.map((e) => e.series.id))].map((id) => ({ id, name: { en: `Series ${id}` } })),
    events,
  });
  const rowOf = (el: Element, series: string) => $$(el, '[part~="row"]').find((row) => row.querySelector('[part~="row-heading"]')!.textContent!.includes(`Series ${series}`))!;
  /**
   * Where a row's days are drawn: its first year's line (1 January), and the pixels per day from there to the next
   * year's line, or in a row of one year, to a meeting's block (`reference`).
   */
  const scaleOf = (row: Element, reference?: { id: string; start: string }) => {
    const ticks = [...row.querySelectorAll('[part~="tick"]')];
    const year = Number(ticks[0].textContent);
    const origin = ticks[0].getBoundingClientRect().left;
    const days = (date: string | number) => (Number(typeof date === 'string' ? Date.parse(date) : date) - Date.UTC(year, 0, 1)) / 864e5;
    const dayWidth = reference
      ? (row.querySelector(`button[data-id="${reference.id}"]`)!.getBoundingClientRect().left - 3 - origin) / days(reference.start)
      : (ticks[1].getBoundingClientRect().left - origin) / days(Date.UTC(year + 1, 0, 1));
    /** The left edge of a day (blocks and gaps are drawn 3 px in from their time, clear of the track's edge). */
    const at = (date: string) => origin + 3 + days(date) * dayWidth;
    return { dayWidth, at };
  };
  /**
   * The width of a row's track, the width its canvas is drawn to (its own: the canvas is at least as wide as the
   * track however narrow a row is drawn), and whether the track scrolls.
   */
  const fits = (row: Element) => {
    const track = row.querySelector<HTMLElement>('[part~="track"]')!;
    const canvas = track.firstElementChild as HTMLElement;
    return { track: track.clientWidth, canvas: parseFloat(canvas.style.width), scrolls: track.scrollWidth > track.clientWidth };
  };

  /**
   * A row's one gap, listed between `before` and `after` (read in time order; in a narrow container, the order seen),
   * and its edge at `after`'s block; the row's parts for further checks.
   */
  const gapBetween = (el: Element, series: string, before: string, after: string, at: string) => {
    const row = rowOf(el, series);
    const gap = row.querySelector<HTMLLIElement>('[part~="gap"]')!;
    const items = [...row.querySelectorAll('.blocks > li')];
    const itemOf = (id: string) => row.querySelector(`button[data-id="${id}"]`)!.closest('li')!;
    expect(items.indexOf(gap), `${at}: listed after ${before}`).to.be.above(items.indexOf(itemOf(before)));
    expect(items.indexOf(itemOf(after)), `${at}: listed next after it, ${after}`).to.equal(items.indexOf(gap) + 1);
    return { row, gap, next: itemOf(after).getBoundingClientRect().left };
  };

  it('draws a gap between the meeting that ends last before it and the first one after it, not after the one numbered before it', async () => {
    const feed = feedOf(
      // A 2nd held on a day of the longer 1st: the 3rd's gap starts after the 1st.
      meeting('overlap', 1, '2017-02-01', '2017-03-31'),
      meeting('overlap', 2, '2017-02-10'),
      meeting('overlap', 4, '2017-09-01'),
      // A 3rd held before the 2nd: the 4th's gap starts after the 2nd.
      meeting('reversed', 1, '2017-01-10'),
      meeting('reversed', 2, '2017-06-01', '2017-06-30'),
      meeting('reversed', 3, '2017-03-01'),
      meeting('reversed', 5, '2017-10-15'),
    );
    for (const [width, series, before, after] of [
      [1200, 'overlap', 'overlap-1', 'overlap-4'],
      [1200, 'reversed', 'reversed-2', 'reversed-5'],
      [360, 'overlap', 'overlap-1', 'overlap-4'],
      [360, 'reversed', 'reversed-2', 'reversed-5'],
    ] as const) {
      const el = await timeline(html`<iisg-event-timeline .feed=${feed} mode="series" lang="en" style=${`width: ${width}px`}></iisg-event-timeline>`);
      const at = `${series}, ${width} px`;
      const { row, gap, next } = gapBetween(el, series, before, after, at);
      if (width < 600) continue;
      const { at: x, dayWidth } = scaleOf(row, feed.events.find((m) => m.id === after));
      const previous = feed.events.find((m) => m.id === before)!;
      const box = gap.getBoundingClientRect();
      expect(box.left, `${at}: starts after the last day of ${before}`).to.be.closeTo(x(previous.end) + dayWidth, 1);
      expect(box.right, `${at}: ends at ${after}`).to.be.at.most(next + 1);
    }
  });

  it('draws a gap whose next meeting is held during a longer, earlier one just before that next meeting', async () => {
    const feed = feedOf(
      // The 3rd held on a day of the longer 1st: the 2nd's gap is not drawn before the 1st.
      meeting('inside', 1, '2017-02-01', '2017-03-31'),
      meeting('inside', 3, '2017-03-10'),
      meeting('inside', 4, '2017-09-01'),
      // The 4th held on a day of the longer 2nd: the 3rd's gap is not drawn between the 1st and the 2nd.
      meeting('during', 1, '2017-01-10'),
      meeting('during', 2, '2017-06-01', '2017-06-30'),
      meeting('during', 4, '2017-06-10'),
    );
    const el = await timeline(html`<iisg-event-timeline .feed=${feed} mode="series" lang="en" style="width: 1200px"></iisg-event-timeline>`);
    for (const [series, before, after] of [
      ['inside', 'inside-1', 'inside-3'],
      ['during', 'during-2', 'during-4'],
    ] as const) {
      const { gap, next } = gapBetween(el, series, before, after, series);
      expect(gap.getBoundingClientRect().right, `${series}: ends at ${after}`).to.be.at.most(next + 1);
      expect(gap.getBoundingClientRect().right, `${series}: ends near ${after}`).to.be.above(next - 10);
    }
  });

  for (const width of [600, 1200]) {
    it(`fits a series row to its track, ${width} px wide, and zooms from there`, async () => {
      const feed = feedOf(meeting('one', 1, '2017-03-03'), meeting('one', 2, '2017-06-20', '2017-06-21'), meeting('one', 3, '2017-11-20'));
      const el = await timeline(html`<iisg-event-timeline .feed=${feed} mode="series" lang="en" style=${`width: ${width}px`}></iisg-event-timeline>`);
      const row = rowOf(el, 'one');
      const { track, canvas, scrolls } = fits(row);
      expect(track, 'the track is about as wide as the timeline').to.be.closeTo(width, 20);
      expect(canvas, 'as wide as its track').to.be.closeTo(track, 1);
      expect(scrolls, 'does not scroll').to.equal(false);
      const last = feed.events[2];
      const { dayWidth, at } = scaleOf(row, last);
      expect(dayWidth, 'wider days than the least').to.be.above(0.7);
      // Each meeting at its day.
      for (const m of feed.events) expect(row.querySelector(`button[data-id="${m.id}"]`)!.getBoundingClientRect().left, m.id).to.be.closeTo(at(m.start), 1);
      $(el, '[part~="zoom-in"]')!.click();
      await el.updateComplete;
      expect(scaleOf(row, last).dayWidth, 'zoomed in').to.be.closeTo(dayWidth * 1.5, 0.01);
      expect(fits(row).scrolls, 'zoomed in: scrolls').to.equal(true);
      $(el, '[part~="zoom-out"]')!.click();
      $(el, '[part~="zoom-out"]')!.click();
      await el.updateComplete;
      expect(scaleOf(row, last).dayWidth, 'zoomed out').to.be.closeTo(dayWidth * 0.75, 0.01);
    });
  }

  it('draws a long series at 0.7 px a day at least, so it scrolls, and a short one beside it fitted to its track', async () => {
    const feed = feedOf(meeting('long', 1, '2004-05-05'), meeting('long', 2, '2019-05-05'), meeting('short', 1, '2018-02-01'), meeting('short', 2, '2019-06-05'));
    const el = await timeline(html`<iisg-event-timeline .feed=${feed} mode="series" lang="en" style="width: 1200px"></iisg-event-timeline>`);
    const long = rowOf(el, 'long');
    expect(scaleOf(long).dayWidth, 'the long series').to.be.closeTo(0.7, 0.005);
    expect(fits(long).scrolls, 'the long series scrolls').to.equal(true);
    const short = rowOf(el, 'short');
    expect(scaleOf(short).dayWidth, 'the short series').to.be.above(0.7);
    expect(fits(short).canvas, 'the short series as wide as its track').to.be.closeTo(fits(short).track, 1);
    expect(fits(short).scrolls, 'the short series does not scroll').to.equal(false);
  });
});
