// A visitor whose day is not the event's: in Kiritimati (UTC+14) it is already tomorrow while an evening
// meeting in Pago Pago (UTC-11) has not begun. With time-zone="event" (the default) each event keeps its own
// zone's days, and whether it is still to come is its own zone's question too.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '@iisg/widgets';
import type { IisgEventCalendar } from '@iisg/widgets';
import { $$, drawn } from './helpers.js';

const HOUR = 3_600_000;
/** Local date and time in Pago Pago (UTC-11, no daylight saving), as a feed writes it. */
const pagoPago = (ms: number) => new Date(ms - 11 * HOUR).toISOString().slice(0, 16);

function feedUrl() {
  const now = Date.now();
  const event = (id: string, title: string, from: number, to: number) => ({ id, title, start: pagoPago(from), end: pagoPago(to), timeZone: 'Pacific/Pago_Pago' });
  const feed = {
    version: 1,
    language: 'en',
    events: [event('soon', 'Meeting to come', now + HOUR, now + 2 * HOUR), event('over', 'Meeting that ended', now - 50 * HOUR, now - 49 * HOUR)],
  };
  return `data:application/json,${encodeURIComponent(JSON.stringify(feed))}`;
}

const titles = (el: IisgEventCalendar) => $$(el, '[part~="list-item"]').map((item) => item.textContent ?? '');

describe('a visitor in another time zone than the event', () => {
  // In each test's beforeEach, after the root's, which skips it outside Chromium (CHROMIUM_ONLY); a before hook would run there.
  beforeEach(() => executeServerCommand('time-zone', 'Pacific/Kiritimati'));
  afterEach(() => executeServerCommand('time-zone', ''));

  it('finds a meeting that has not begun among the upcoming ones, under its own month, and one that ended two days ago among the past', async () => {
    const src = feedUrl();
    const upcoming = await drawn(await fixture<IisgEventCalendar>(html`<iisg-event-calendar src=${src} view="list" lang="en"></iisg-event-calendar>`));
    const shown = titles(upcoming);
    expect(shown.some((t) => t.includes('Meeting to come')), shown.join(' | ')).to.equal(true);
    expect(shown.some((t) => t.includes('Meeting that ended'))).to.equal(false);
    // Its month heading is that of its own date, not of the visitor's today (a month later on the 1st).
    const ownMonth = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'Pacific/Pago_Pago' }).format(Date.now() + 3_600_000);
    expect($$(upcoming, '[part~="list-heading"]')[0]?.textContent).to.equal(ownMonth);
    const past = await drawn(await fixture<IisgEventCalendar>(html`<iisg-event-calendar src=${src} view="list" list-range="past" lang="en"></iisg-event-calendar>`));
    expect(titles(past).some((t) => t.includes('Meeting that ended')), titles(past).join(' | ')).to.equal(true);
    expect(titles(past).some((t) => t.includes('Meeting to come'))).to.equal(false);
  });

  it('in the visitor’s own zone (time-zone="local") finds it among the upcoming ones too', async () => {
    const el = await drawn(await fixture<IisgEventCalendar>(html`<iisg-event-calendar src=${feedUrl()} view="list" time-zone="local" lang="en"></iisg-event-calendar>`));
    expect(titles(el).some((t) => t.includes('Meeting to come'))).to.equal(true);
    expect(titles(el).some((t) => t.includes('Meeting that ended'))).to.equal(false);
  });

  it('on 1 January, fetches the year before too: a meeting there on 31 December has not begun', async () => {
    // 00:30 on 1 January 2020 in Kiritimati: 23:30 on 30 December in Pago Pago.
    const realNow = Date.now;
    Date.now = () => Date.UTC(2019, 11, 31, 10, 30);
    try {
      const el = await drawn(await fixture<IisgEventCalendar>(html`<iisg-event-calendar src="/test/fixtures/periods-new-year/index.json" view="list" lang="en"></iisg-event-calendar>`));
      await waitUntil(() => titles(el).length === 2, 'both meetings listed', { timeout: 5000 }).catch(() => undefined);
      expect(titles(el).map((t) => t.replace(/\s+/g, ' ').trim())).to.have.length(2);
      expect(titles(el)[0]).to.contain('New Year');
    } finally {
      Date.now = realNow;
    }
  });
});

