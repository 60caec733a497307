// The timeline names a country with a designation footnote ("Kosovo*": under a series block with no city,
// and in every block's accessible name) and so shows the footnote the asterisk refers to, as the calendar,
// the card and the map do; a timeline that names no such country shows none. The asterisk is visible where the
// footnote is: a place shown as a city alone named no "Kosovo*" anywhere on screen.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import type { IisgEventTimeline } from '@iisg/widgets';
import { $, $$ } from './helpers.js';

const NOTE = 'This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.';
const feed = {
  version: 1,
  timeZone: 'Europe/Belgrade',
  countries: { XK: { name: { en: 'Kosovo', sq: 'Kosova' }, footnote: { en: NOTE } } },
  series: [{ id: 'ws', name: 'Regional workshop' }],
  events: [
    { id: 'w1', title: 'Workshop one', start: '2019-05-22', location: { city: 'Pristina', country: 'XK' }, series: { id: 'ws', ordinal: 1 } },
    { id: 'w2', title: 'Workshop two', start: '2019-05-23', location: { country: 'XK' }, series: { id: 'ws', ordinal: 2 } },
  ],
};
/** The text drawn for the eye: without what only a screen reader gets. */
function shown(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}
const footnotes = (el: IisgEventTimeline) => $$(el, '[part~="footnote"]').map((p) => p.textContent!.replace(/\s+/g, ' ').trim());

describe('<iisg-event-timeline> designation footnotes', () => {
  it('a series naming Kosovo* shows its footnote once, in the language the feed has it in', async () => {
    const el = await fixture<IisgEventTimeline>(html`<iisg-event-timeline .feed=${feed} mode="series" lang="sq" style="width: 900px"></iisg-event-timeline>`);
    await waitUntil(() => $$(el, '[part~="event"]').length === 2, 'series drawn', { timeout: 5000 });
    expect($(el, 'button[data-id="w2"] .block-place')!.textContent).to.equal('Kosova*');
    expect($(el, 'button[data-id="w1"] .block-place')!.textContent, 'a city alone had no asterisk to refer to').to.equal('Pristina, Kosova*');
    expect(footnotes(el)).to.deep.equal([`* ${NOTE}`]);
    expect($(el, '[part~="footnote"] [lang]')!.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('a cluster in Pristina (said "Pristina, Kosovo*") shows it too', async () => {
    const el = await fixture<IisgEventTimeline>(html`<iisg-event-timeline .feed=${{ ...feed, events: feed.events.map((e) => ({ ...e, location: { city: 'Pristina', country: 'XK' } })) }} lang="en" style="width: 900px"></iisg-event-timeline>`);
    await waitUntil(() => $$(el, '[part~="event"]').length === 2, 'cluster drawn', { timeout: 5000 });
    expect($(el, 'button[data-id="w1"]')!.textContent).to.contain('Kosovo*');
    expect(footnotes(el)).to.deep.equal([`* ${NOTE}`]);
    // Seen: the blocks show titles alone, so the heading names the country the footnote is about.
    expect(shown($(el, '[part~="row-heading"]')!)).to.equal('Pristina, Kosovo*, 22–23 May 2019 · 2 meetings in 2 days');
    expect(shown($(el, '.rows')!)).to.contain('Kosovo*');
    await expect(el).to.be.accessible();
  });

  it('the demo feed’s Tirana cluster names no such country, and shows no footnote', async () => {
    const el = await fixture<IisgEventTimeline>(html`<iisg-event-timeline src="/demo/feed.json" lang="en" style="width: 900px"></iisg-event-timeline>`);
    await waitUntil(() => $$(el, '[part~="event"]').length === 3, 'cluster drawn', { timeout: 5000 });
    expect(footnotes(el)).to.deep.equal([]);
    expect(shown($(el, '[part~="row-heading"]')!), 'no footnote: the city alone').to.equal('Tirana, 23–25 April 2019 · 3 meetings in 3 days');
  });
});
