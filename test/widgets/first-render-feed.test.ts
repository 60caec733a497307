// A feed given in the page (the `feed` property, inline JSON) needs no request: once the parser has loaded
// (defining an element starts that load), each element's first render shows it, not an empty frame that a
// second render fills.
import { expect, oneEvent } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import '@iisg/widgets';
import { loadParser } from '@iisg/widgets/shared/feed-source.js';

const demo = async () => (await fetch('/demo/feed.json')).json();

/** The shadow root's text at each of the element's updates, until the feed is shown. */
async function textAtEachUpdate(tag: string, attributes: Record<string, string>, feed: unknown, inline = false) {
  const el = document.createElement(tag) as HTMLElement & ReactiveControllerHost & { feed?: unknown };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (inline) el.innerHTML = `<script type="application/json">${JSON.stringify(feed)}</script>`;
  else el.feed = feed;
  const texts: string[] = [];
  el.addController({ hostUpdated: () => texts.push(el.shadowRoot!.textContent!.replace(/\s+/g, ' ')) });
  const loaded = oneEvent(el, 'iisg-feed-load');
  const box = Object.assign(document.createElement('div'), { style: 'width: 900px' });
  box.append(el);
  document.body.append(box);
  try {
    await loaded;
    return texts;
  } finally {
    box.remove();
  }
}

describe('a feed given in the page, with the parser loaded', () => {
  before(() => loadParser());

  it('is in the calendar’s first render (property and inline JSON)', async () => {
    const feed = await demo();
    for (const inline of [false, true]) {
      const texts = await textAtEachUpdate('iisg-event-calendar', { date: '2019-04', view: 'month' }, feed, inline);
      expect(texts[0], inline ? 'inline' : 'property').to.contain('7th Meeting of the RCC Group of National Focal Points');
    }
  });

  it('is in the card’s, the timeline’s and the map’s first render', async () => {
    const feed = await demo();
    const card = await textAtEachUpdate('iisg-event-card', { 'event-id': 'nfp-7' }, feed);
    expect(card[0]).to.contain('7th Meeting of the RCC Group of National Focal Points');
    const timeline = await textAtEachUpdate('iisg-event-timeline', { mode: 'series', series: 'rnnc-meetings' }, feed);
    expect(timeline[0]).to.contain('3rd Meeting of the Regional Network');
    const map = await textAtEachUpdate('iisg-network-map', { view: 'list' }, feed);
    expect(map[0]).to.contain('National P/CVE Coordinator');
  });
});
