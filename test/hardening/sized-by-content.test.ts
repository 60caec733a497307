import { expect, fixture, html } from '@open-wc/testing';
import '@iisg/widgets';
import { parseFeed, type Feed } from '@iisg/feed';
import { $, TAGS, frames, settled } from './helpers.js';

/**
 * Host pages that size an element by its content, not by the width of its container: a flex row, an `auto` grid
 * column, `inline-block`, a float, `width: fit-content`. Each element is a size container (its container queries),
 * and a container's content gives it no width: the elements were 0 px wide there, their text one letter a line.
 */

type Lit = HTMLElement & { updateComplete: Promise<unknown> };
const feed = parseFeed(await (await fetch('/demo/feed.json')).text()).feed as Feed;
const PROPS: Record<string, object> = { 'iisg-event-card': { eventId: 'rnnc-3' }, 'iisg-event-calendar': { date: '2019-04' } };

/**
 * Each layout: the container's style, and the element's; whether it shrinks to a narrow container. A flex item and a
 * grid column share the room with the text beside them; inline-block, a float and fit-content stay 40em wide, as an
 * image of that width would (the page gives them a width).
 */
const LAYOUTS: [string, string, string, boolean][] = [
  ['a flex row', 'display: flex; gap: 16px', '', true],
  ['an auto grid column', 'display: grid; grid-template-columns: auto 1fr; gap: 16px', '', true],
  ['inline-block', '', 'display: inline-block', false],
  ['a float', '', 'float: left', false],
  ['width: fit-content', '', 'width: fit-content', false],
];

async function mount(tag: string, container: string, own: string, width: number) {
  const box = await fixture<HTMLElement>(html`<div style=${`width: ${width}px; ${container}`}></div>`);
  const el = Object.assign(document.createElement(tag), { lang: 'en', feed, ...PROPS[tag] }) as unknown as Lit;
  el.style.cssText = own;
  const beside = Object.assign(document.createElement('p'), { textContent: 'Text beside the element' });
  box.append(el, beside);
  await settled(el);
  await frames(3);
  return { box, el };
}

describe('host pages: an element sized by its content', () => {
  for (const [layout, container, own, shrinks] of LAYOUTS) {
    it(`${layout}: each element is 40em wide (640 px), ${shrinks ? 'less in a narrower container' : 'in a narrower container too'}`, async () => {
      for (const tag of TAGS) {
        const { el } = await mount(tag, container, own, 1000);
        expect(el.getBoundingClientRect().width, `${tag} in ${layout}, 1000 px`).to.equal(640);
        if (tag === 'iisg-event-calendar') expect($(el, '[role="grid"]'), 'the calendar’s month grid').to.not.equal(null);
        const narrow = await mount(tag, container, own, 300);
        const width = narrow.el.getBoundingClientRect().width;
        if (shrinks) expect(width, `${tag} in ${layout}, 300 px`).to.be.within(150, 300);
        else expect(width, `${tag} in ${layout}, 300 px`).to.equal(640);
      }
    });
  }
});
