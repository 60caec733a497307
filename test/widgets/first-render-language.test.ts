// A page in another language never shows, nor has a screen reader say, English first: each element's
// first render waits for its language's strings (they load on demand), and a heading that is a live
// region does not change language under the visitor.
import { expect, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';

const FEED = '/demo/feed.json';
const ENGLISH = /Loading events|Today|Month|Events calendar|Add to calendar|members|Map|Zoom/;

/** Every text the element's shadow root held, from its first render until `until` holds. */
async function textsWhileLoading(tag: string, attributes: Record<string, string>, until: (el: HTMLElement) => boolean) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const texts: string[] = [];
  const record = () => {
    const text = (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text && texts.at(-1) !== text) texts.push(text);
  };
  const observer = new MutationObserver(record);
  const host = document.createElement('div');
  host.lang = 'sq';
  host.style.width = '900px';
  document.body.append(host);
  host.append(el);
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  try {
    await waitUntil(() => (record(), until(el)), `${tag} settled`, { timeout: 5000 });
  } finally {
    observer.disconnect();
    host.remove();
  }
  return texts;
}

describe('first render in the page’s language', () => {
  it('the calendar, card, timeline and map show no English while their Albanian strings load', async () => {
    const shown = (selector: string) => (el: HTMLElement) => Boolean(el.shadowRoot!.querySelector(selector));
    const all = await Promise.all([
      textsWhileLoading('iisg-event-calendar', { src: FEED, date: '2019-04' }, shown('[role="grid"] [part~="event"]')),
      textsWhileLoading('iisg-event-card', { src: FEED, 'event-id': 'nfp-7' }, shown('[part~="title"]')),
      textsWhileLoading('iisg-event-timeline', { src: FEED }, shown('[part~="event"]')),
      textsWhileLoading('iisg-network-map', { src: FEED }, shown('[part~="marker"]')),
    ]);
    for (const texts of all) {
      expect(texts.length).to.be.greaterThan(0);
      for (const text of texts) expect(text).not.to.match(ENGLISH);
    }
    // The calendar's heading, a live region, said the Albanian month from the first.
    expect(all[0][0]).to.include('prill 2019');
  });
});
