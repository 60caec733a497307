// WCAG 1.4.12 text spacing reaches the widgets' buttons, fields and menus. A visitor's spacing (a user style
// sheet or a bookmarklet: `* { letter-spacing: 0.12em !important; ... }`) matches the host, not the shadow
// tree, so it reaches the widget's text by inheritance only, and browsers do not let form controls inherit it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import { $$, calendar, mountMap } from './helpers.js';

const FEED = '/demo/feed.json';
const SPACING = '* { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; line-height: 1.5 !important }';

/** The controls whose letter or word spacing is not the one the host inherited. */
function unspaced(el: Element) {
  const host = getComputedStyle(el);
  return $$(el, 'button, input, select')
    .filter((control) => control.getClientRects().length > 0)
    .flatMap((control) => {
      const style = getComputedStyle(control);
      return style.letterSpacing === host.letterSpacing && style.wordSpacing === host.wordSpacing
        ? []
        : [`${control.getAttribute('part') ?? control.localName} "${(control.textContent ?? '').trim().slice(0, 20)}": ${style.letterSpacing} / ${style.wordSpacing}`];
    });
}

describe('WCAG 1.4.12: a visitor’s text spacing reaches every control', () => {
  let sheet: HTMLStyleElement;
  beforeEach(() => {
    sheet = document.createElement('style');
    sheet.textContent = SPACING;
    document.head.append(sheet);
  });
  afterEach(() => sheet.remove());

  it('in the calendar: toolbar, filters, search and month grid', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" view="month" filters="network country" lang="en" style="width: 1000px"></iisg-event-calendar>`);
    expect(getComputedStyle(el).letterSpacing, 'the host takes the visitor’s spacing').to.not.equal('normal');
    expect($$(el, 'button').length, 'buttons drawn').to.be.greaterThan(5);
    expect($$(el, 'input, select').length, 'fields drawn').to.be.greaterThan(1);
    expect(unspaced(el)).to.deep.equal([]);
  });

  it('in the card’s add-to-calendar button', async () => {
    const el = await fixture<HTMLElement>(html`<iisg-event-card src=${FEED} event-id="rnnc-3" lang="en"></iisg-event-card>`);
    await waitUntil(() => $$(el, 'button').length > 0, 'card drawn', { timeout: 5000 });
    expect(unspaced(el)).to.deep.equal([]);
  });

  it('in the map’s and the timeline’s buttons', async () => {
    const map = await mountMap(html`<iisg-network-map src=${FEED} lang="en" style="width: 800px"></iisg-network-map>`);
    expect($$(map, 'button').length, 'map buttons').to.be.greaterThan(1);
    expect(unspaced(map), 'map').to.deep.equal([]);
    const timeline = await fixture<HTMLElement>(html`<iisg-event-timeline src=${FEED} lang="en" style="width: 900px"></iisg-event-timeline>`);
    await waitUntil(() => $$(timeline, 'button').length > 0, 'timeline drawn', { timeout: 5000 });
    expect(unspaced(timeline), 'timeline').to.deep.equal([]);
  });
});
