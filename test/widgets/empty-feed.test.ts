// A feed without events (a new network's, a year not yet planned): each view says so, not an empty grid or map
// alone (a UI audit found the month and year, and the map, silent).
import { expect, html } from '@open-wc/testing';
import '@iisg/widgets';
import { $, $$, calendar, mountMap, text } from './helpers.js';

const EMPTY = { version: 1, language: 'en', events: [] };

describe('a feed without events', () => {
  for (const view of ['month', 'year'] as const) {
    it(`the calendar's ${view} view says there are none`, async () => {
      const el = await calendar(html`<iisg-event-calendar .feed=${EMPTY} view=${view} lang="en" style="width: 900px"></iisg-event-calendar>`);
      expect(text(el, 'empty')).to.equal('No events to show.');
      await expect(el).to.be.accessible();
    });
  }

  it('the calendar with events says nothing of the kind, also in a month without them', async () => {
    const el = await calendar(html`<iisg-event-calendar .feed=${{ ...EMPTY, events: [{ id: 'a', title: 'A', start: '2019-04-10' }] }} date="2019-06" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect($(el, '[part~="empty"]')).to.equal(null);
  });

  it('the list says it once, in its own words', async () => {
    const el = await calendar(html`<iisg-event-calendar .feed=${EMPTY} view="list" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect($$(el, '[part~="empty"]').map((p) => p.textContent!.trim())).to.deep.equal(['No upcoming events.']);
  });

  it('the map says its network has no members', async () => {
    const el = await mountMap(html`<iisg-network-map .feed=${EMPTY} lang="en" style="width: 700px"></iisg-network-map>`);
    expect(text(el, 'title')).to.contain('No members');
    expect(text(el, 'title')).to.not.contain('0 members');
  });
});
