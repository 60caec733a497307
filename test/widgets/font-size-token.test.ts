// A site whose root font is 10 px (`html { font-size: 62.5% }`, Bootstrap 3's `html { font-size: 10px }`)
// sets `--iisg-font-size: 1.6rem` and gets the widgets as on any other site: every length inside them is in
// the element's own em, so bars, buttons, the today circle and the gaps follow its text, not the page's root.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';

const FEED = '/demo/feed.json';

const TEMPLATES = [
  ['calendar, month with filters', (style: string) => html`<iisg-event-calendar src=${FEED} date="2019-04" max-events="1" filters="network country" style=${`width: 900px; ${style}`}></iisg-event-calendar>`],
  ['calendar, narrow month', (style: string) => html`<iisg-event-calendar src=${FEED} date="2019-04" narrow-view="month" week-numbers style=${`width: 340px; ${style}`}></iisg-event-calendar>`],
  ['calendar, list', (style: string) => html`<iisg-event-calendar src=${FEED} view="list" list-range="past" style=${`width: 900px; ${style}`}></iisg-event-calendar>`],
  ['calendar, year', (style: string) => html`<iisg-event-calendar src=${FEED} view="year" date="2019-04" style=${`width: 900px; ${style}`}></iisg-event-calendar>`],
  ['card', (style: string) => html`<iisg-event-card src=${FEED} event-id="nfp-7" style=${`width: 600px; ${style}`}></iisg-event-card>`],
  ['timeline', (style: string) => html`<iisg-event-timeline src=${FEED} style=${`width: 900px; ${style}`}></iisg-event-timeline>`],
  ['timeline, narrow', (style: string) => html`<iisg-event-timeline src=${FEED} style=${`width: 340px; ${style}`}></iisg-event-timeline>`],
  ['map', (style: string) => html`<iisg-network-map src=${FEED} show="members events" style=${`width: 900px; ${style}`}></iisg-network-map>`],
  ['map, narrow', (style: string) => html`<iisg-network-map src=${FEED} show="members events" style=${`width: 340px; ${style}`}></iisg-network-map>`],
] as const;

/** Drawn: the feed shown, and what loads after it (a view's styles, the add-to-calendar menu) in place. */
async function drawn(el: Element) {
  await waitUntil(() => !el.shadowRoot!.querySelector('[part~="loading"], [aria-busy]') && el.shadowRoot!.querySelector('[part~="event"], [part~="list-item"], [part~="card"], [part~="block"], [part~="marker"], [part~="mini-day"]'), 'drawn', { timeout: 5000 });
  await new Promise((resolve) => setTimeout(resolve, 300));
}

/** Every box in the element's shadow root, relative to the element, in px: `part.class x y w h` a line each. */
function boxes(el: Element): string[] {
  const origin = el.getBoundingClientRect();
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter((node) => !['STYLE', 'SCRIPT'].includes(node.tagName) && node.getClientRects().length)
    .map((node) => {
      const box = node.getBoundingClientRect();
      const at = [box.left - origin.left, box.top - origin.top, box.width, box.height].map((n) => Math.round(n));
      return `${node.localName}[${node.getAttribute('part') ?? node.className}] ${at.join(' ')}`;
    });
}

async function boxesOf(template: ReturnType<(typeof TEMPLATES)[number][1]>): Promise<string[]> {
  const el = await fixture(template);
  await drawn(el);
  const found = boxes(el);
  el.remove();
  return found;
}

/** The boxes of `template` on a page whose root font is 10 px (`html { font-size: 62.5% }`), its body text `bodySize` if given. */
async function boxesAtTenPxRoot(template: ReturnType<(typeof TEMPLATES)[number][1]>, bodySize = ''): Promise<string[]> {
  document.documentElement.style.fontSize = '62.5%';
  document.body.style.fontSize = bodySize;
  try {
    return await boxesOf(template);
  } finally {
    document.documentElement.style.fontSize = '';
    document.body.style.fontSize = '';
  }
}

/** Box for box the same as at a 16 px root; the lines that differ are shown side by side. */
function expectSameBoxes(usual: string[], other: string[]) {
  expect(usual.length, 'boxes found').to.be.greaterThan(10);
  const differing = usual.map((line, i) => [line, other[i]]).filter(([a, b]) => a !== b);
  expect(differing.slice(0, 8), `${differing.length} of ${usual.length} boxes differ`).to.deep.equal([]);
  expect(other.length).to.equal(usual.length);
}

describe('--iisg-font-size on a site whose root font is 10 px', () => {
  for (const [name, template] of TEMPLATES) {
    it(`${name}: drawn as at a 16 px root`, async () => {
      expectSameBoxes(await boxesOf(template('')), await boxesAtTenPxRoot(template('--iisg-font-size: 1.6rem')));
    });
  }
});

describe('the page’s text size around the element, with no token', () => {
  // WordPress and Bootstrap 3 themes: a 10 px root for rem arithmetic, and 16 px body text. The widgets took the root.
  for (const [name, template] of TEMPLATES) {
    it(`${name}: drawn at the body’s 16 px on a site whose root is 10 px`, async () => {
      expectSameBoxes(await boxesOf(template('')), await boxesAtTenPxRoot(template(''), '1.6rem'));
    });
  }

  it('follows a larger text around it, and never goes below the visitor’s size in a smaller one', async () => {
    const size = async (around: string) => {
      const box = await fixture(html`<div style=${`font-size: ${around}`}><iisg-event-card src=${FEED} event-id="nfp-7" style="width: 600px"></iisg-event-card></div>`);
      const el = box.firstElementChild!;
      await drawn(el);
      const found = getComputedStyle(el).fontSize;
      box.remove();
      return found;
    };
    const root = getComputedStyle(document.documentElement).fontSize;
    expect(await size('20px')).to.equal('20px');
    expect(await size('12px')).to.equal(root);
  });
});

describe('a font size set on the element itself', () => {
  it('scales the calendar’s bars, today circle and buttons with its text (24 px bars at 16 px, 30 px at 20 px)', async () => {
    const heights = async (style: string) => {
      const el = await fixture(html`<iisg-event-calendar src=${FEED} date="2019-04" style=${`width: 900px; ${style}`}></iisg-event-calendar>`);
      await drawn(el);
      const height = (selector: string) => el.shadowRoot!.querySelector(selector)!.getBoundingClientRect().height;
      const found = [height('[part~="event"]'), height('[part~="day-number"]'), height('[part~="previous"]')];
      el.remove();
      return found;
    };
    expect(await heights('')).to.deep.equal([24, 24, 40]);
    expect(await heights('font-size: 20px')).to.deep.equal([30, 30, 50]);
  });
});

describe('week numbers at any text size', () => {
  it('keeps the weekday names over their days: the header’s number column is as wide as the weeks’', async () => {
    const el = await fixture(html`<iisg-event-calendar src=${FEED} date="2019-04" week-numbers style="width: 900px"></iisg-event-calendar>`);
    await drawn(el);
    const lefts = (row: Element) => [...row.children].slice(0, 8).map((node) => Math.round(node.getBoundingClientRect().left));
    const [weekdays, week] = [el.shadowRoot!.querySelector('.weekdays')!, el.shadowRoot!.querySelector('.week')!];
    expect(lefts(weekdays)).to.have.length(8);
    expect(lefts(weekdays)).to.deep.equal(lefts(week));
  });
});
