// Every part an element draws is in its JSDoc (`@csspart` names, and the state names their descriptions give
// as `also ...`), which custom-elements.json and the package README are made from: a theme that styles a part
// the docs do not name is styling something that may go. Each element is drawn in the states a page meets:
// its views, a popover, the add-to-calendar menu, and a feed that fails (with its "Try again" button).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import { EVENT_STATUSES } from '@iisg/feed';
import '@iisg/widgets';

const SRC = '../../packages/widgets/src'; // readFile paths are relative to this test file
const FEED = '/demo/feed.json';

/** The part names and the `backticked` words of each `@csspart` description in the JSDoc block of `tag`. */
async function documentedParts(folder: string, tag: string): Promise<Set<string>> {
  const source = await readFile({ path: `${SRC}/${folder}/${folder}.ts` });
  const block = [...source!.matchAll(/\/\*\*[\s\S]*?\*\//g)].map((m) => m[0]).find((c) => c.includes(`@tagname ${tag}`))!;
  const names = new Set<string>();
  for (const [, name, description] of block.matchAll(/@csspart\s+([\w-]+)\s+-\s+(.*)/g)) {
    names.add(name);
    for (const [, word] of description.matchAll(/`([\w-]+)`/g)) names.add(word);
  }
  return names;
}

/** Every part token in an element's shadow root. */
const drawnParts = (el: Element) => new Set([...el.shadowRoot!.querySelectorAll('[part]')].flatMap((n) => n.getAttribute('part')!.split(/\s+/)));

/** Parts that stand for a value the docs name as a kind: an event's status (`cancelled`, `status-cancelled`, ...), a country code, a level. */
const isValuePart = (part: string) =>
  (EVENT_STATUSES as readonly string[]).includes(part.replace(/^status-/, '')) || /^[A-Z]{2}$/.test(part) || /^level-\d$/.test(part);

const settle = (el: Element) => waitUntil(() => !el.shadowRoot!.querySelector('[part~="loading"]') && el.shadowRoot!.querySelector('[part]'), 'drawn', { timeout: 5000 });
const click = async (el: Element, selector: string) => {
  const target = el.shadowRoot!.querySelector<HTMLElement>(selector);
  expect(target, selector).to.exist;
  target!.click();
  await new Promise((r) => setTimeout(r, 300));
};

/** Draws `template` and what `act` opens, and returns every part seen on the way. */
async function partsOf(template: ReturnType<typeof html>, act?: (el: HTMLElement) => Promise<void>) {
  const el = await fixture<HTMLElement>(template);
  await settle(el);
  const seen = drawnParts(el);
  if (act) {
    await act(el);
    for (const part of drawnParts(el)) seen.add(part);
  }
  return seen;
}

const CASES: { tag: string; folder: string; reaches: string[]; draws: (() => Promise<Set<string>>)[] }[] = [
  {
    tag: 'iisg-event-calendar',
    folder: 'event-calendar',
    reaches: ['retry', 'popover', 'menu-item', 'more', 'mini-day', 'list-item'],
    draws: [
      () => partsOf(html`<iisg-event-calendar src=${FEED} date="2017-09" filters="network organiser country tag" week-numbers max-events="1"></iisg-event-calendar>`, async (el) => {
        await click(el, '[part~="event"]');
        await click(el, '[part~="menu-button"]');
      }),
      () => partsOf(html`<iisg-event-calendar src=${FEED} view="list" list-range="past"></iisg-event-calendar>`),
      () => partsOf(html`<iisg-event-calendar src=${FEED} view="year" date="2019"></iisg-event-calendar>`),
      () => partsOf(html`<iisg-event-calendar src="/no-such-feed.json"></iisg-event-calendar>`),
    ],
  },
  {
    tag: 'iisg-event-card',
    folder: 'event-card',
    reaches: ['retry', 'menu-item', 'compact', 'teaser', 'status'],
    draws: [
      () => partsOf(html`<iisg-event-card src=${FEED} event-id="rnnc-3"></iisg-event-card>`, (el) => click(el, '[part~="menu-button"]')),
      () => partsOf(html`<iisg-event-card src=${FEED} event-id="ran-pp-local-communities-2018" layout="compact"></iisg-event-card>`),
      () => partsOf(html`<iisg-event-card src=${FEED} event-id="workshop-students-parents-teachers-2019" layout="teaser"></iisg-event-card>`),
      () => partsOf(html`<iisg-event-card src="/no-such-feed.json" event-id="rnnc-3"></iisg-event-card>`),
    ],
  },
  {
    tag: 'iisg-event-timeline',
    folder: 'event-timeline',
    reaches: ['retry', 'popover', 'menu-item', 'gap'],
    draws: [
      () => partsOf(html`<iisg-event-timeline src=${FEED}></iisg-event-timeline>`, async (el) => {
        await click(el, '[part~="event"]');
        await click(el, '[part~="menu-button"]');
      }),
      () => partsOf(html`<iisg-event-timeline src=${FEED} mode="series"></iisg-event-timeline>`),
      () => partsOf(html`<iisg-event-timeline src="/no-such-feed.json"></iisg-event-timeline>`),
    ],
  },
  {
    tag: 'iisg-network-map',
    folder: 'network-map',
    reaches: ['retry', 'popover', 'table', 'marker'],
    draws: [
      () => partsOf(html`<iisg-network-map src=${FEED} show="members events"></iisg-network-map>`, (el) => click(el, '[part~="marker"]')),
      () => partsOf(html`<iisg-network-map src=${FEED} view="list"></iisg-network-map>`),
      () => partsOf(html`<iisg-network-map src="/no-such-feed.json"></iisg-network-map>`),
    ],
  },
];

describe('CSS parts', () => {
  for (const { tag, folder, reaches, draws } of CASES) {
    it(`${tag} draws only parts its JSDoc names`, async () => {
      const documented = await documentedParts(folder, tag);
      expect(documented.size, 'parts found in the JSDoc').to.be.above(10);
      const drawn = new Set<string>();
      for (const draw of draws) for (const part of await draw()) drawn.add(part);
      // The draws reach the states that matter (a failed feed's retry button, a popover, each view).
      expect([...drawn]).to.include.members(reaches);
      expect([...drawn].filter((p) => !documented.has(p) && !isValuePart(p)).sort()).to.deep.equal([]);
    });
  }
});
