// Names heard with the spaces the page shows. Chromium leaves a text node of spaces alone out of a name when
// Lit renders it beside an expression ("European Commission(EC)", "11 November 2016:1st Regional ..."): each
// space goes inside text that has letters too.
import { expect, html, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import { $$, accessibleNames, calendar, mountMap } from './helpers.js';

const FEED = '/demo/feed.json';
/** Names with a bracket, colon or closing bracket run into the next word ("Office(DCAF", "2016:1st"; a time's "12:30" is not one). */
const squeezed = (names: string[]) => names.filter((name) => /[^\s(]\(|:(?!\d\d\b)\S|\)[^\s,.;:)]/.test(name));

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

  it('the calendar’s list: an event with its status after its title (the back-to-back list in the popover)', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" view="list" lang="en" style="width: 900px"></iisg-event-calendar>`);
    const items = $$(el, '[part~="list-item"]');
    expect(items.length).to.be.greaterThan(2);
    expect(squeezed(await accessibleNames(items))).to.deep.equal([]);
  });
});
