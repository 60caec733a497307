// A visitor whose day is not the event's: in Kiritimati (UTC+14) it is already tomorrow while an evening
// meeting in Pago Pago (UTC-11) has not begun. With time-zone="event" (the default) each event keeps its own
// zone's days, and whether it is still to come is its own zone's question too.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '@iisg/widgets';
import type { IisgEventCalendar, IisgEventCard } from '@iisg/widgets';
import { $, $$, drawn, visitorIn } from './helpers.js';

const HOUR = 3_600_000;
/** 00:30 on 1 February 2026 in Kiritimati: 23:30 on 30 January in Pago Pago. */
const NOW = Date.UTC(2026, 0, 31, 10, 30);
/** Local date and time in Pago Pago (UTC-11, no daylight saving), as a feed writes it. */
const pagoPago = (ms: number) => new Date(ms - 11 * HOUR).toISOString().slice(0, 16);

function feedUrl() {
  const event = (id: string, title: string, from: number, to: number) => ({ id, title, start: pagoPago(from), end: pagoPago(to), timeZone: 'Pacific/Pago_Pago' });
  const feed = {
    version: 1,
    language: 'en',
    events: [event('soon', 'Meeting to come', NOW + HOUR, NOW + 2 * HOUR), event('over', 'Meeting that ended', NOW - 50 * HOUR, NOW - 49 * HOUR)],
  };
  return `data:application/json,${encodeURIComponent(JSON.stringify(feed))}`;
}

const titles = (el: IisgEventCalendar) => $$(el, '[part~="list-item"]').map((item) => item.textContent ?? '');

async function list(src: string, range: 'upcoming' | 'past') {
  return drawn(await fixture<IisgEventCalendar>(html`<iisg-event-calendar src=${src} view="list" list-range=${range} lang="en"></iisg-event-calendar>`));
}

describe('a visitor in another time zone than the event', () => {
  visitorIn('Pacific/Kiritimati', NOW);

  it('finds a meeting that has not begun among the upcoming ones, under its own month, and one that ended two days ago among the past', async () => {
    const src = feedUrl();
    const upcoming = await list(src, 'upcoming');
    expect(titles(upcoming).map((t) => t.includes('Meeting to come'))).to.deep.equal([true]);
    // Under its own date's month (January in Pago Pago), not the visitor's (February in Kiritimati).
    expect($$(upcoming, '[part~="list-heading"]').map((h) => h.textContent)).to.deep.equal(['January 2026']);
    const past = await list(src, 'past');
    expect(titles(past).map((t) => t.includes('Meeting that ended'))).to.deep.equal([true]);
  });

  it('puts the months of the upcoming list in order when its events’ todays differ', async () => {
    const at = (id: string, zone: string, start: string, end: string) => ({ id, title: id, start, end, timeZone: zone });
    const feed = {
      version: 1,
      language: 'en',
      events: [
        at('Kiritimati fortnight', 'Pacific/Kiritimati', '2026-01-20T09:00', '2026-02-05T17:00'),
        at('Pago Pago week', 'Pacific/Pago_Pago', '2026-01-25T09:00', '2026-02-03T17:00'),
        at('Later', 'Pacific/Kiritimati', '2026-02-10T09:00', '2026-02-10T17:00'),
      ],
    };
    const el = await list(`data:application/json,${encodeURIComponent(JSON.stringify(feed))}`, 'upcoming');
    expect($$(el, '[part~="list-heading"]').map((h) => h.textContent)).to.deep.equal(['January 2026', 'February 2026']);
  });

  it('offers the other list only when a search’s match is in it, by the same test', async () => {
    const search = async (el: IisgEventCalendar, query: string) => {
      const box = $(el, 'input[type="search"]') as HTMLInputElement;
      box.value = query;
      box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 400));
      await el.updateComplete;
    };
    const upcoming = await list(feedUrl(), 'upcoming');
    await search(upcoming, 'to come');
    expect(titles(upcoming).length, 'the match listed').to.equal(1);
    expect($(upcoming, '[part~="show-matches"]'), 'no "Show past events" for a match that is not past').to.equal(null);
    await search(upcoming, 'ended');
    expect($(upcoming, '[part~="show-matches"]')?.textContent?.trim()).to.equal('Show past events');
    const past = await list(feedUrl(), 'past');
    await search(past, 'to come');
    expect($(past, '[part~="show-matches"]')?.textContent?.trim()).to.equal('Show upcoming events');
  });

  it('in the visitor’s own zone (time-zone="local") finds it among the upcoming ones too', async () => {
    const el = await drawn(await fixture<IisgEventCalendar>(html`<iisg-event-calendar src=${feedUrl()} view="list" time-zone="local" lang="en"></iisg-event-calendar>`));
    expect(titles(el).map((t) => t.includes('Meeting to come'))).to.deep.equal([true]);
  });

  it('on 1 January, fetches the year before too: a meeting there on 31 December has not begun; a year view does not', async () => {
    // 00:30 on 1 January 2020 in Kiritimati: 23:30 on 30 December in Pago Pago.
    Date.now = () => Date.UTC(2019, 11, 31, 10, 30);
    const fetched: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => (fetched.push(String(input).replace(/.*\//, '')), realFetch(input, init));
    try {
      const el = await drawn(await fixture<IisgEventCalendar>(html`<iisg-event-calendar src="/test/fixtures/periods-new-year/index.json" view="list" lang="en"></iisg-event-calendar>`));
      await waitUntil(() => titles(el).length === 2, 'both meetings listed', { timeout: 5000 }).catch(() => undefined);
      expect(titles(el).map((t) => t.replace(/\s+/g, ' ').trim())).to.have.length(2);
      expect(titles(el)[0]).to.contain('New Year');
      fetched.length = 0;
      const year = await drawn(await fixture<IisgEventCalendar>(html`<iisg-event-calendar src="/test/fixtures/periods-new-year/index.json?year" view="year" date="2020" lang="en"></iisg-event-calendar>`));
      await waitUntil(() => fetched.includes('events-2020.json'), 'the year’s file', { timeout: 5000 });
      await year.updateComplete;
      expect(fetched.filter((f) => f.startsWith('events-'))).to.deep.equal(['events-2020.json']);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('on 1 January, says no upcoming events only once the year before’s file is in too', async () => {
    Date.now = () => Date.UTC(2019, 11, 31, 10, 30);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const realFetch = window.fetch;
    const asked: string[] = [];
    window.fetch = async (input, init) => {
      const url = String(input);
      asked.push(url.replace(/.*\//, ''));
      // This year's file has nothing to come; last year's, which has the meeting still to come in Pago Pago, is slow.
      if (url.endsWith('events-2020.json')) return new Response(JSON.stringify({ version: 1, timeZone: 'Pacific/Pago_Pago', events: [] }), { headers: { 'content-type': 'application/json' } });
      if (url.endsWith('events-2019.json')) await held;
      return realFetch(input, init);
    };
    try {
      const el = await fixture<IisgEventCalendar>(html`<iisg-event-calendar src="/test/fixtures/periods-new-year/index.json?slow" view="list" lang="en"></iisg-event-calendar>`);
      await waitUntil(() => asked.includes('events-2020.json') && asked.includes('events-2019.json'), 'both files asked for', { timeout: 5000 });
      // Long enough for this year's file to be merged and drawn.
      await new Promise((r) => setTimeout(r, 300));
      await el.updateComplete;
      expect($(el, '[part~="empty"]'), 'no "No upcoming events." while last year’s file is on its way').to.equal(null);
      release();
      await waitUntil(() => titles(el).length === 1, 'the meeting listed', { timeout: 5000 });
      expect(titles(el)[0]).to.contain('New Year');
      expect($(el, '[part~="empty"]')).to.equal(null);
    } finally {
      release();
      window.fetch = realFetch;
    }
  });
});

// A meeting over the weekend Europe's clocks go forward (31 March 2019): it starts at GMT+1 and ends at GMT+2.
describe('a visitor in another time zone than the event, over a clock change', () => {
  const feed = {
    version: 1,
    language: 'en',
    events: [{ id: 'spring', title: 'Spring meeting', start: '2019-03-30T10:00', end: '2019-04-01T12:00', timeZone: 'Europe/Belgrade' }],
  };
  const noteFor = async (visitorZone: string) => {
    await executeServerCommand('time-zone', visitorZone);
    const el = await fixture<IisgEventCard>(html`<iisg-event-card .feed=${feed} event-id="spring" lang="en"></iisg-event-card>`);
    await waitUntil(() => $(el, '[part~="when"] time'), 'the dates');
    return $(el, '[part~="when"] .zone')?.textContent?.trim();
  };
  afterEach(() => executeServerCommand('time-zone', ''));

  it('is told the zone when their clock agrees at the start but not at the end, and by its name at both ends', async () => {
    // Lagos keeps GMT+1 all year: the start's 10:00 is theirs, the end's 12:00 is 11:00 there.
    expect(await noteFor('Africa/Lagos')).to.equal('(Time zone: Central European Standard Time, GMT+1 – Central European Summer Time, GMT+2)');
  });

  it('is told it when their own clock changes and the event’s zone does not', async () => {
    const lagos = { ...feed, events: [{ ...feed.events[0], timeZone: 'Africa/Lagos' }] };
    await executeServerCommand('time-zone', 'Europe/Belgrade');
    const el = await fixture<IisgEventCard>(html`<iisg-event-card .feed=${lagos} event-id="spring" lang="en"></iisg-event-card>`);
    await waitUntil(() => $(el, '[part~="when"] time'), 'the dates');
    // (ICU versions name it "West Africa Time" or "West Africa Standard Time".)
    expect($(el, '[part~="when"] .zone')?.textContent?.trim()).to.match(/^\(Time zone: West Africa [\w ]*Time, GMT\+1\)$/);
  });

  it('is not told it in the event’s own zone, whose clock changes with theirs', async () => {
    expect(await noteFor('Europe/Belgrade')).to.equal(undefined);
  });
});

/** A feed of all-day events, each `[id, date]`. */
const allDay = (...events: [string, string][]) => ({ version: 1, language: 'en', events: events.map(([id, start]) => ({ id, title: `On ${start}`, start })) });

/** A card's date line and relative time for one event, its dates in `zone` (the time-zone attribute). */
async function cardTimes(feed: object, id: string, zone = 'event') {
  const el = await fixture<IisgEventCard>(html`<iisg-event-card .feed=${feed} event-id=${id} time-zone=${zone} lang="en"></iisg-event-card>`);
  await waitUntil(() => $(el, '[part~="relative"]'), 'the relative time');
  return { date: $(el, '[part~="when"] time')!.textContent!.trim(), relative: $(el, '[part~="relative"]')!.textContent!.trim() };
}

// An all-day event runs from the visitor's midnight to their midnight, on the days their clock changes too.
describe('an all-day event on the day the visitor’s clock changes', () => {
  // Auckland's clocks go back on 5 April 2026; Los Angeles' go forward on 8 March.
  const feed = allDay(['nz-autumn', '2026-04-05'], ['la-spring', '2026-03-08']);

  describe('in Auckland, half an hour after its midnight (summer time, GMT+13, until 03:00)', () => {
    visitorIn('Pacific/Auckland', Date.UTC(2026, 3, 4, 11, 30));
    it('is happening now', async () => {
      expect((await cardTimes(feed, 'nz-autumn')).relative).to.equal('Happening now');
    });
  });

  describe('in Los Angeles, half an hour after the midnight that ends it (summer time since 02:00)', () => {
    visitorIn('America/Los_Angeles', Date.UTC(2026, 2, 9, 7, 30));
    it('has ended', async () => {
      expect((await cardTimes(feed, 'la-spring')).relative).to.equal('Ended');
    });
  });
});

// The card counts an all-day event's days in the zone it shows dates in: with time-zone="Asia/Tokyo", Tokyo's today.
// It took the visitor's midnight whatever the zone: "in 12 hours" to a visitor in New York of a day begun in Tokyo.
describe('a visitor in another time zone than the card’s time-zone, and an all-day event', () => {
  const feed = allDay(['today-in-tokyo', '2026-06-09'], ['in-tokyo-2-days', '2026-06-11'], ['ended-in-tokyo', '2026-06-08']);

  // 16:00 UTC on 8 June 2026: noon of 8 June in New York, 01:00 on 9 June in Tokyo.
  visitorIn('America/New_York', Date.UTC(2026, 5, 8, 16));
  it('counts the days from Tokyo’s today with time-zone="Asia/Tokyo", as its date line', async () => {
    expect(await cardTimes(feed, 'today-in-tokyo', 'Asia/Tokyo')).to.deep.equal({ date: '9 June 2026', relative: 'Happening now' });
    expect((await cardTimes(feed, 'in-tokyo-2-days', 'Asia/Tokyo')).relative).to.equal('in 2 days');
    expect((await cardTimes(feed, 'ended-in-tokyo', 'Asia/Tokyo')).relative).to.equal('Ended');
  });

  it('counts them from the visitor’s today with time-zone="local" and "event" (an all-day event’s date is the same everywhere)', async () => {
    for (const zone of ['local', 'event']) {
      expect(await cardTimes(feed, 'today-in-tokyo', zone), zone).to.deep.equal({ date: '9 June 2026', relative: 'in 12 hours' });
      expect((await cardTimes(feed, 'in-tokyo-2-days', zone)).relative, zone).to.equal('in 3 days');
      expect((await cardTimes(feed, 'ended-in-tokyo', zone)).relative, zone).to.equal('Happening now');
    }
  });
});

// A zone whose clocks skip midnight: Santiago's go from 00:00 to 01:00 on 6 September 2026, so that day begins at 01:00
// (04:00 UTC). The card found the zone's midnight with its own two-step offset loop, which landed an hour early
// (03:00 UTC, 23:00 on the 5th): "Happening now" half an hour before the day began.
describe('a card with the time-zone of a zone whose clocks skip midnight', () => {
  const feed = allDay(['santiago-spring', '2026-09-06']);

  describe('half an hour before that day begins (23:30 on 5 September in Santiago)', () => {
    visitorIn('Europe/London', Date.UTC(2026, 8, 6, 3, 30));
    it('is still to come, in 30 minutes', async () => {
      expect(await cardTimes(feed, 'santiago-spring', 'America/Santiago')).to.deep.equal({ date: '6 September 2026', relative: 'in 30 minutes' });
    });
  });

  describe('half an hour after it begins (01:30 on 6 September in Santiago)', () => {
    visitorIn('Europe/London', Date.UTC(2026, 8, 6, 4, 30));
    it('is happening now', async () => {
      expect((await cardTimes(feed, 'santiago-spring', 'America/Santiago')).relative).to.equal('Happening now');
    });
  });
});
