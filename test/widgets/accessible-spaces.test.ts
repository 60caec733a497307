// Names heard with the spaces the page shows. Chromium leaves a text node of spaces alone out of a name when
// Lit renders it beside an expression ("European Commission(EC)", "11 November 2016:1st Regional ..."): each
// space goes inside text that has letters too.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import { $$, accessibleNames, calendar, mountMap } from './helpers.js';

const FEED = '/demo/feed.json';
/** Names with a bracket, colon or closing bracket run into the next word ("Office(DCAF", "2016:1st"; a time's "12:30" is not one). */
const squeezed = (names: string[]) => names.filter((name) => /[^\s(]\(|:(?!\d\d\b)\S|\)[^\s,.;:)]/.test(name));

/**
 * Text nodes of spaces alone that Chromium may leave out of what is said: beside a comment (Lit's marker of an
 * expression), between two pieces of inline text or inline elements, outside aria-hidden.
 */
function droppedSpaces(el: Element): string[] {
  const shown = (n: Node | null): boolean =>
    !!n && (n.nodeType === Node.TEXT_NODE ? /\S/.test(n.textContent!) : n instanceof Element && n.getClientRects().length > 0 && getComputedStyle(n).display.startsWith('inline'));
  const beside = (n: Node, way: 'previousSibling' | 'nextSibling'): Node | null => {
    let s = n[way];
    while (s && s.nodeType === Node.COMMENT_NODE) s = s[way];
    if (s) return s;
    const parent = n.parentElement;
    return parent && getComputedStyle(parent).display.startsWith('inline') ? beside(parent, way) : null;
  };
  const found: string[] = [];
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!t.textContent || /\S/.test(t.textContent) || (t.nextSibling?.nodeType !== Node.COMMENT_NODE && t.previousSibling?.nodeType !== Node.COMMENT_NODE)) continue;
    if (t.parentElement?.closest('[aria-hidden="true"]')) continue;
    const before = beside(t, 'previousSibling');
    const after = beside(t, 'nextSibling');
    if (shown(before) && shown(after)) found.push(`${(before!.textContent ?? '').trim().slice(-20)}|${(after!.textContent ?? '').trim().slice(0, 20)} in <${t.parentElement?.localName} class="${t.parentElement?.className}">`);
  }
  return found;
}

describe('names keep their spaces', () => {
  it('the map’s tables: a member with its short name, an event with its date and status', async () => {
    const el = await mountMap(html`<iisg-network-map src=${FEED} show="members events" network="iisg" lang="en" style="width: 900px"></iisg-network-map>`);
    await waitUntil(() => $$(el, 'table th[scope="row"]').length > 3, 'tables drawn', { timeout: 5000 });
    const headers = await accessibleNames($$(el, 'table.members th[scope="row"]'));
    expect(headers.filter((name) => name.includes('(')).length, 'members with a short name').to.be.greaterThan(0);
    const events = await accessibleNames($$(el, 'table.events td'));
    expect(events.filter((name) => /\d{4}/.test(name)).length, 'places with their events’ dates').to.be.greaterThan(3);
    expect(squeezed([...headers, ...events])).to.deep.equal([]);
  });

  // Times in another zone than the one shown, so that each date carries its zone's note ("(16:00 in Berlin)").
  const ZONED = {
    version: 1,
    events: [
      { id: 'a', title: 'Alpha meeting', start: '2019-04-10T10:00', end: '2019-04-10T12:00', timeZone: 'America/New_York', status: 'postponed', location: { city: 'Tirana', country: 'AL' } },
      { id: 'b', title: 'Beta meeting', start: '2019-04-10T14:00', timeZone: 'Asia/Tokyo', location: { city: 'Tirana', country: 'AL' } },
    ],
  };

  it('the calendar’s list and its popover: a date with its zone’s note, a title with its status', async () => {
    const el = await calendar(html`<iisg-event-calendar .feed=${ZONED} date="2019-04" view="list" time-zone="Europe/Berlin" lang="en" style="width: 900px"></iisg-event-calendar>`);
    const items = $$(el, '[part~="list-item"]');
    expect(items.length).to.equal(2);
    const names = await accessibleNames(items);
    expect(names.filter((name) => /Time|GMT/.test(name)).length, `zone notes said: ${names.join(' / ')}`).to.be.greaterThan(0);
    expect(squeezed(names)).to.deep.equal([]);
    items[0].click();
    await waitUntil(() => $$(el, '[part~="popover"] .details-when').length, 'the popover', { timeout: 5000 });
    expect(squeezed(await accessibleNames($$(el, '[part~="popover"] p')))).to.deep.equal([]);
  });

  it('the card: its date, the zone’s note and how long ago; a loading error and its Try again', async () => {
    // Beta: Alpha is postponed, and a postponed event has no "how long ago".
    const card = await fixture<HTMLElement>(html`<iisg-event-card .feed=${ZONED} event-id="b" time-zone="Europe/Berlin" lang="en"></iisg-event-card>`);
    await waitUntil(() => $$(card, '[part~="relative"]').length, 'the card', { timeout: 5000 });
    expect(droppedSpaces(card), 'card').to.deep.equal([]);
    const broken = await fixture<HTMLElement>(html`<iisg-event-card src="/__test/net/status?key=spaces-retry&code=500" event-id="a" lang="en"></iisg-event-card>`);
    await waitUntil(() => $$(broken, '[part~="retry"]').length, 'the error and Try again', { timeout: 5000 });
    expect(droppedSpaces(broken), 'error message').to.deep.equal([]);
  });

  it('no space alone beside a Lit marker between two pieces of inline text, in any element', async () => {
    const cal = await calendar(html`<iisg-event-calendar .feed=${ZONED} date="2019-04" view="list" time-zone="Europe/Berlin" lang="en" style="width: 900px"></iisg-event-calendar>`);
    $$(cal, '[part~="list-item"]')[0].click();
    await waitUntil(() => $$(cal, '[part~="popover"] .details-when').length, 'the popover', { timeout: 5000 });
    const timeline = await fixture<HTMLElement>(html`<iisg-event-timeline src=${FEED} lang="en" style="width: 900px"></iisg-event-timeline>`);
    await waitUntil(() => $$(timeline, '[part~="row-heading"]').length, 'the timeline', { timeout: 5000 });
    const map = await mountMap(html`<iisg-network-map src=${FEED} show="members events" network="iisg" lang="en" style="width: 900px"></iisg-network-map>`);
    const month = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect({ list: droppedSpaces(cal), timeline: droppedSpaces(timeline), map: droppedSpaces(map), month: droppedSpaces(month) }).to.deep.equal({ list: [], timeline: [], map: [], month: [] });
  });
});
