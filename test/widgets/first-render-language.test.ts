// A page in another language never shows, nor has a screen reader say, English first: each element's
// first render waits for its language's strings (they load on demand), and a heading that is a live
// region does not change language under the visitor.
import { expect, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import { LocaleController } from '@iisg/widgets/shared/locale-controller.js';
import { loadLocale } from '@iisg/widgets/locales/load-locale.js';

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

describe('LocaleController.ready', () => {
  it('settles when the language the element is in by then is in, not the one it was in when asked', async () => {
    // A page's language switcher (or a CMS) sets lang while the first render waits: when the first
    // language's strings arrive, the element is in another, whose strings are not in yet. Rendering then
    // showed English. (French is loaded beforehand, so the order does not depend on the network.)
    await loadLocale('fr');
    const host = Object.assign(document.createElement('div'), { addController() {}, removeController() {}, requestUpdate() {} });
    host.lang = 'fr';
    document.body.append(host);
    const controller = new LocaleController(host as unknown as ConstructorParameters<typeof LocaleController>[0]);
    controller.hostConnected();
    try {
      const ready = controller.ready;
      host.lang = 'de';
      controller.resolve();
      await ready;
      expect(controller.locale.lang).to.equal('de');
    } finally {
      controller.hostDisconnected();
      host.remove();
    }
  });
});
