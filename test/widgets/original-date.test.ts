// A rescheduled event's start before it moved (the feed's `previousStart`): "Original date: 12 March 2019" in the
// card and in the popover of the calendar, in the visitor's language; none for an event of another status, which is
// reported to the page's developer instead.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import type { IisgEventCard } from '@iisg/widgets';
import { $, $$, calendar, consoleSaid, text } from './helpers.js';

const FEED = {
  version: 1,
  language: 'en',
  timeZone: 'Europe/Tirane',
  events: [
    { id: 'moved', title: '4th Meeting of the RNNC', start: '2019-04-24', end: '2019-04-25', status: 'rescheduled', previousStart: '2019-03-12', location: { city: 'Tirana', country: 'AL' } },
    { id: 'moved-timed', title: 'Briefing', start: '2019-04-26T10:00', end: '2019-04-26T12:00', status: 'rescheduled', previousStart: '2019-03-29T09:30' },
  ],
};

async function card(id: string, attrs: { lang?: string; layout?: string } = {}, feed: object = FEED) {
  const el = await fixture<IisgEventCard>(html`<iisg-event-card .feed=${feed} event-id=${id} lang=${attrs.lang ?? 'en'} layout=${attrs.layout ?? 'full'}></iisg-event-card>`);
  await waitUntil(() => $(el, '[part~="when"]'), 'the card');
  await el.updateComplete;
  return el;
}

describe('a rescheduled event’s original date', () => {
  it('the card says it under the new dates, a day or a day and time', async () => {
    expect(text(await card('moved'), 'original-date')).to.equal('Original date: 12 March 2019');
    // 09:30 in Tirana, in summer time by 29 March as the new date is: the event's own zone, as its dates.
    expect(text(await card('moved-timed'), 'original-date')).to.equal('Original date: 29 March 2019, 09:30');
  });

  it('in the visitor’s language', async () => {
    expect(text(await card('moved', { lang: 'de' }), 'original-date')).to.equal('Ursprünglicher Termin: 12. März 2019');
    expect(text(await card('moved', { lang: 'sr-Cyrl' }), 'original-date')).to.match(/^Првобитни датум: 12\. март 2019/);
  });

  it('not in the compact card, which keeps to the status and the new dates', async () => {
    const el = await card('moved', { layout: 'compact' });
    expect(text(el, 'status')).to.equal('Rescheduled');
    expect($(el, '[part~="original-date"]')).to.equal(null);
  });

  it('an event that is not rescheduled shows none, and the page’s developer is told why', async () => {
    let el!: IisgEventCard;
    const feed = { ...FEED, events: [{ id: 'not-moved', title: 'Workshop', start: '2019-04-10', previousStart: '2019-03-01' }] };
    const said = await consoleSaid('warn', async () => (el = await card('not-moved', {}, feed)), 100);
    expect($(el, '[part~="original-date"]')).to.equal(null);
    expect(said.join('\n')).to.contain('events[0].previousStart: only a rescheduled event has one');
  });

  it('the calendar’s popover says it after the dates', async () => {
    const el = await calendar(html`<iisg-event-calendar .feed=${FEED} date="2019-04" view="list" lang="en" style="width: 900px"></iisg-event-calendar>`);
    const item = $$(el, '[part~="list-item"]').find((li) => li.textContent!.includes('4th Meeting'))!;
    item.click();
    await waitUntil(() => $(el, '[part~="popover"] .details-when'), 'the popover', { timeout: 5000 });
    const lines = $$(el, '[part~="popover"] p').map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
    const when = lines.findIndex((line) => line.startsWith('24–25 April 2019'));
    expect(lines[when + 1]).to.equal('Original date: 12 March 2019');
  });
});
