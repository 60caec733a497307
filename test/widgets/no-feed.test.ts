// An element with no src, no feed property and no inline JSON (a CMS editor who forgot src) was an empty box; the
// console said why, but an editor previewing the page does not look there. After the same wait, the box says it too.
import { aTimeout, expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import { en } from '../../packages/widgets/src/locales/messages.js';
import { consoleSaid } from './helpers.js';

const TAGS = ['iisg-event-calendar', 'iisg-event-card', 'iisg-event-timeline', 'iisg-network-map'];
const message = (el: Element) => el.shadowRoot!.querySelector('[part~="message"]')?.textContent?.trim();

describe('an element with no feed', () => {
  it('says in its box, as in the console, that src is missing, once no feed has come in the wait', async function () {
    this.timeout(10_000);
    const box = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const said = await consoleSaid('warn', async () => {
      for (const tag of TAGS) box.append(document.createElement(tag));
      await aTimeout(500);
      // Not at once: a feed set from a script may be on its way.
      for (const el of box.children) expect(message(el), `${el.localName}, at first`).to.equal(undefined);
    }, 3_000);
    for (const el of box.children) {
      await waitUntil(() => message(el), `${el.localName}'s message`, { timeout: 2000 });
      expect(message(el)).to.equal(en.noFeed);
      expect(message(el)).to.contain('src');
      expect(said.filter((line) => line.startsWith(`${el.localName}: no feed: set src`)), `${el.localName}'s console line`).to.have.length(1);
    }
    await expect(box).to.be.accessible();
    // Given its src then, it shows the feed.
    const card = box.querySelector('iisg-event-card')!;
    card.setAttribute('event-id', 'rnnc-3');
    card.setAttribute('src', '/demo/feed.json');
    await waitUntil(() => card.shadowRoot!.querySelector('article'), 'the card', { timeout: 5000 });
    expect(message(card)).to.equal(undefined);
  });

  it('a misspelt src: the console names it at once, and the box says src is missing after the wait', async function () {
    this.timeout(10_000);
    const el = await fixture(html`<iisg-event-timeline scr="/demo/feed.json" lang="en"></iisg-event-timeline>`);
    await waitUntil(() => message(el), 'the message', { timeout: 5000 });
    expect(message(el)).to.equal(en.noFeed);
  });

  it('never shows it to a page that sets the feed property right after appending the element', async function () {
    this.timeout(10_000);
    const box = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const els = TAGS.map((tag) => document.createElement(tag));
    for (const el of els) {
      box.append(el);
      (el as HTMLElement & { feed: unknown }).feed = { version: 1, language: 'en', events: [] };
    }
    const shown = new Set<string>();
    for (const end = Date.now() + 3_500; Date.now() < end; ) {
      await nextFrame();
      for (const el of els) if (message(el) === en.noFeed) shown.add(el.localName);
    }
    expect([...shown]).to.deep.equal([]);
  });
});
