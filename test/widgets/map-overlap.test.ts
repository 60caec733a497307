// An event ring drawn round a member's marker is mostly under it (a 4 px band on a phone): choosing the
// marker, by a tap at its centre or by Enter, gives the events held there too, each said once.
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '@iisg/widgets';
import type { IisgNetworkMap } from '@iisg/widgets';
import { $, $$, heard, mountMap } from './helpers.js';

const brussels = { city: { en: 'Brussels' }, country: 'BE', lat: 50.85, lon: 4.35 };
const feed = {
  version: 1,
  language: 'en',
  organisations: [{ id: 'ec', name: { en: 'European Commission' }, country: 'BE', city: { en: 'Brussels' }, lat: 50.85, lon: 4.35 }],
  networks: [{ id: 'n', name: { en: 'Network' }, members: [{ organisation: 'ec' }, { country: 'SI' }] }],
  events: [
    { id: 'own', title: { en: 'Meeting the Commission organised' }, start: '2019-04-10', organisers: ['ec'], location: brussels },
    { id: 'other', title: { en: 'Donors’ meeting' }, start: '2019-05-10', organisers: [], location: brussels },
  ],
};

async function closePopover(el: IisgNetworkMap) {
  $(el, '[part~="popover"] [part~="close"]')?.click();
  await waitUntil(() => !$(el, '[part~="popover"]'), 'popover closed');
}

/** The popover's event lines, and the headings over the ring's part. */
async function popover(el: IisgNetworkMap) {
  await waitUntil(() => $(el, '[part~="popover"]'), 'popover open');
  await el.updateComplete;
  return {
    title: heard($(el, '[part~="popover"] h2')!),
    events: $$(el, '[part~="popover"] .event-list li').map(heard),
    ring: $$(el, '[part~="popover"] .ring h3').map(heard),
    note: $$(el, '[part~="popover"] .ring p').map(heard),
  };
}

describe('<iisg-network-map>: an event ring round a member marker', () => {
  for (const width of [375, 600]) {
    it(`gives the place's events in the member's popover, each once, by a tap at its centre or Enter, ${width} px`, async () => {
      const el = await mountMap(html`<iisg-network-map .feed=${feed} network="n" show="members events" lang="en" style=${`width: ${width}px`}></iisg-network-map>`);
      const ring = $(el, '.markers [part~="events"]')!;
      const member = $(el, '.markers [part~="organisation"]')!;
      expect(ring.className, 'drawn round the marker').to.match(/\baround-member\b/);
      expect(heard(ring)).to.equal('2 events in Brussels, Belgium');
      member.scrollIntoView({ block: 'center' });
      const box = member.getBoundingClientRect();
      const [x, y] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
      // Where a finger lands on the place: the member's marker, drawn over the ring.
      expect(el.shadowRoot!.elementFromPoint(x, y)?.closest('button')).to.equal(member);

      await sendMouse({ type: 'click', position: [x, y] });
      const tapped = await popover(el);
      expect(tapped.title).to.equal('European Commission');
      // The one it organised under its own list, the other under the place's events: none twice.
      expect(tapped.events.filter((e) => e.includes('Meeting the Commission organised')), 'its own event').to.have.length(1);
      expect(tapped.events.filter((e) => e.includes('Donors’ meeting')), 'the event it did not organise').to.have.length(1);
      // Headed as the ring is, counting every event held there: not "1 event in Brussels" under a ring that says 2.
      expect(tapped.ring, 'the ring’s heading').to.deep.equal([heard(ring)]);
      expect(tapped.note, 'how many of them are listed above').to.deep.equal(['1 of them is listed above.']);
      await expect(el).to.be.accessible();
      await closePopover(el);

      // The keyboard gets the same.
      member.focus();
      await sendKeys({ press: 'Enter' });
      expect(await popover(el)).to.deep.equal(tapped);
      await closePopover(el);

      // The ring's band stays a target of its own, with both.
      ring.click();
      const place = await popover(el);
      expect(place.title).to.equal('2 events in Brussels, Belgium');
      expect(place.events).to.have.length(2);
    });
  }
});

describe('<iisg-network-map>: a member marker’s ring in its popover, in Slovenian', () => {
  it('is counted whole, with how many of its events the member’s list gives above, in the language’s plural forms', async () => {
    const own = (id: string, start: string) => ({ id, title: { en: `Meeting ${id}` }, start, organisers: ['ec'], location: brussels });
    const three = { ...feed, events: [...feed.events, own('again', '2019-06-10')] };
    const el = await mountMap(html`<iisg-network-map .feed=${three} network="n" show="members events" lang="sl" style="width: 600px"></iisg-network-map>`);
    const ring = $(el, '.markers [part~="events"]')!;
    expect(heard(ring)).to.match(/: 3 dogodki$/);
    $(el, '.markers [part~="organisation"]')!.click();
    const shown = await popover(el);
    expect(shown.ring).to.deep.equal([heard(ring)]);
    // Slovenian's dual: two of them.
    expect(shown.note).to.deep.equal(['Od tega sta 2 dogodka navedena zgoraj.']);
    expect(shown.events).to.have.length(3);
  });
});
