import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import type { FeedLoadDetail, IisgEventCalendar, IisgEventCard } from '@iisg/widgets';
import { isoDate } from '@iisg/feed';
import { $, $$, quietConsole, settled } from './helpers.js';

/**
 * Issue 9, dates: daylight-saving changes both ways, a year end, a leap day, events held in one zone and
 * shown in another (Kiritimati, UTC+14, and Pago Pago, UTC−11: the same wall clock a day apart; New York
 * in Tirane), all-day events that no zone may shift, and unknown zones reported rather than breaking.
 * Each is checked where a visitor sees it: the calendar's days and the card's dates.
 */

const feedOf = (...events: object[]) => ({ version: 1, timeZone: 'Europe/Tirane', events });

async function calendar(feed: object, date: string, timeZone = 'event') {
  const el = await fixture<IisgEventCalendar>(html`<iisg-event-calendar lang="en" .feed=${feed} date=${date} time-zone=${timeZone} style="width: 900px"></iisg-event-calendar>`);
  await settled(el);
  return el;
}

async function card(feed: object, id: string, timeZone = 'event') {
  const el = await fixture<IisgEventCard>(html`<iisg-event-card lang="en" .feed=${feed} event-id=${id} time-zone=${timeZone}></iisg-event-card>`);
  await settled(el);
  return el;
}

/** The days of the month grid that list `title`, as ISO dates. */
const daysOf = (el: Element, title: string) =>
  $$(el, '[role="gridcell"]')
    .filter((c) => c.getAttribute('aria-label')!.includes(title))
    .map((c) => isoDate(Number(c.dataset.day)));
const when = (el: Element) => $(el, '[part~="when"] time')!.textContent!.trim();
const zoneNote = (el: Element) => $(el, '[part~="when"] .zone')?.textContent?.trim();

describe('dates: daylight-saving changes', () => {
  const spring = { id: 'spring', title: 'Spring forward', start: '2019-03-31T01:30', end: '2019-03-31T03:30', timeZone: 'Europe/Tirane' };
  const autumn = { id: 'autumn', title: 'Fall back', start: '2019-10-27T01:30', end: '2019-10-27T03:30', timeZone: 'Europe/Tirane' };
  const overnight = { id: 'overnight', title: 'Overnight', start: '2019-10-26T22:00', end: '2019-10-27T02:30', timeZone: 'Europe/Tirane' };

  it('the night clocks go forward: one day, wall-clock times as written', async () => {
    const feed = feedOf(spring);
    expect(daysOf(await calendar(feed, '2019-03'), 'Spring forward')).to.deep.equal(['2019-03-31']);
    expect(when(await card(feed, 'spring'))).to.equal('31 March 2019, 01:30–03:30');
  });

  it('the night clocks go back: one day, wall-clock times as written; an overnight event ends on the right day', async () => {
    const feed = feedOf(autumn, overnight);
    const el = await calendar(feed, '2019-10');
    expect(daysOf(el, 'Fall back')).to.deep.equal(['2019-10-27']);
    expect(daysOf(el, 'Overnight')).to.deep.equal(['2019-10-26', '2019-10-27']);
    expect(when(await card(feed, 'autumn'))).to.equal('27 October 2019, 01:30–03:30');
    expect(when(await card(feed, 'overnight'))).to.equal('26 October 2019, 22:00 – 27 October 2019, 02:30');
  });

  it('New York, shown in Tirane between the two countries’ changes: 5 hours apart, not 6', async () => {
    const feed = feedOf(
      { id: 'before', title: 'Before US change', start: '2019-03-09T09:00', end: '2019-03-09T10:00', timeZone: 'America/New_York' },
      { id: 'between', title: 'Between changes', start: '2019-03-11T09:00', end: '2019-03-11T10:00', timeZone: 'America/New_York' },
      { id: 'after', title: 'After both', start: '2019-04-01T09:00', end: '2019-04-01T10:00', timeZone: 'America/New_York' },
    );
    expect(when(await card(feed, 'before', 'Europe/Tirane'))).to.equal('9 March 2019, 15:00–16:00');
    expect(when(await card(feed, 'between', 'Europe/Tirane'))).to.equal('11 March 2019, 14:00–15:00');
    expect(when(await card(feed, 'after', 'Europe/Tirane'))).to.equal('1 April 2019, 15:00–16:00');
    const el = await card(feed, 'between', 'Europe/Tirane');
    // In the visitor's words, with the offset then (Tirana was on standard time until 31 March), not an IANA id.
    expect(zoneNote(el), 'says which zone the times are in').to.equal('(Time zone: Central European Standard Time, GMT+1)');
    expect(when(await card(feed, 'between'))).to.equal('11 March 2019, 09:00–10:00');
  });
});

describe('dates: a time zone’s name in the visitor’s language', () => {
  const feed = feedOf({ id: 'ny', title: 'In New York', start: '2019-04-10T09:00', end: '2019-04-10T10:00', timeZone: 'America/New_York' });
  const noteIn = async (lang: string) => {
    const el = await fixture<IisgEventCard>(html`<iisg-event-card lang=${lang} .feed=${feed} event-id="ny"></iisg-event-card>`);
    await settled(el);
    // The language's messages load after the first render.
    await waitUntil(() => lang === 'en' || !zoneNote(el)?.startsWith('(Time zone:'), `${lang} messages`, { timeout: 5000 });
    return zoneNote(el)!;
  };

  it('is the language’s own name, or the offset alone: never an English name on a page in another language', async () => {
    expect(await noteIn('en')).to.equal('(Time zone: Eastern Daylight Time, GMT-4)');
    expect(await noteIn('de')).to.contain('Nordamerikanische Ostküsten-Sommerzeit, GMT-4');
    expect(await noteIn('sr')).to.contain('Северноамеричко источно летње време, GMT-4');
    // Chromium says it supports Bosnian and answers in English; it has no Albanian or Macedonian names at all.
    for (const lang of ['bs', 'sq', 'mk']) {
      const note = await noteIn(lang);
      expect(note, lang).to.match(/ GMT-4\)$/);
      expect(note, lang).to.not.match(/Eastern|New York/);
    }
  });
});

describe('dates: a year end and a leap day', () => {
  const newYear = { id: 'new-year', title: 'Over new year', start: '2019-12-30', end: '2020-01-02' };
  const leap = { id: 'leap', title: 'Leap day', start: '2020-02-29' };
  const aroundLeap = { id: 'around', title: 'Around the leap day', start: '2020-02-28', end: '2020-03-01' };

  it('an event over the year end is on its four days, in both years’ grids, and read as one range', async () => {
    const feed = feedOf(newYear);
    const el = await calendar(feed, '2019-12');
    expect(daysOf(el, 'Over new year')).to.deep.equal(['2019-12-30', '2019-12-31', '2020-01-01', '2020-01-02']);
    $(el, '[part~="next"]')!.click();
    await el.updateComplete;
    expect(daysOf(el, 'Over new year')).to.deep.equal(['2019-12-30', '2019-12-31', '2020-01-01', '2020-01-02']);
    expect(when(await card(feed, 'new-year'))).to.equal('30 December 2019 – 2 January 2020');
  });

  it('29 February 2020 is a day; 29 February 2019 is reported, with its path, and left out', async () => {
    const loads: FeedLoadDetail[] = [];
    const feed = feedOf(leap, aroundLeap, { id: 'no-such-day', title: 'Not a day', start: '2019-02-29' });
    const { result: el } = await quietConsole(async () => {
      const el = await fixture<IisgEventCalendar>(
        html`<iisg-event-calendar lang="en" .feed=${feed} date="2020-02" @iisg-feed-load=${(e: CustomEvent<FeedLoadDetail>) => loads.push(e.detail)} style="width: 900px"></iisg-event-calendar>`,
      );
      await settled(el);
      return el;
    });
    expect(daysOf(el, 'Leap day')).to.deep.equal(['2020-02-29']);
    expect(daysOf(el, 'Around the leap day')).to.deep.equal(['2020-02-28', '2020-02-29', '2020-03-01']);
    expect(loads.at(-1)!.problems.map((p) => [p.path, p.code, p.dropped])).to.deep.equal([['events[2].start', 'invalid-date', true]]);
    expect(when(await card(feed, 'leap'))).to.equal('29 February 2020');
    expect(when(await card(feed, 'around'))).to.equal('28 February – 1 March 2020');
  });
});

describe('dates: far from the viewer', () => {
  // 10:00 on 24 April in Kiritimati (UTC+14) is 09:00 on 23 April in Pago Pago (UTC−11).
  const kiritimati = { id: 'kiritimati', title: 'Line Islands meeting', start: '2019-04-24T10:00', end: '2019-04-24T12:00', timeZone: 'Pacific/Kiritimati' };
  const pagoPago = { id: 'pago-pago', title: 'Samoa meeting', start: '2019-04-24T10:00', end: '2019-04-24T12:00', timeZone: 'Pacific/Pago_Pago' };
  const yearEnd = { id: 'eve', title: 'New Year’s Eve call', start: '2019-12-31T23:00', end: '2020-01-01T00:30', timeZone: 'Pacific/Kiritimati' };

  it('Kiritimati’s morning is the day before in Pago Pago: calendar and card', async () => {
    const feed = feedOf(kiritimati, pagoPago);
    expect(daysOf(await calendar(feed, '2019-04'), 'Line Islands meeting'), 'in its own zone').to.deep.equal(['2019-04-24']);
    expect(daysOf(await calendar(feed, '2019-04', 'Pacific/Pago_Pago'), 'Line Islands meeting'), 'in Pago Pago').to.deep.equal(['2019-04-23']);
    expect(daysOf(await calendar(feed, '2019-04', 'Pacific/Kiritimati'), 'Samoa meeting'), 'Samoa in Kiritimati').to.deep.equal(['2019-04-25']);
    expect(when(await card(feed, 'kiritimati'))).to.equal('24 April 2019, 10:00–12:00');
    expect(when(await card(feed, 'kiritimati', 'Pacific/Pago_Pago'))).to.equal('23 April 2019, 09:00–11:00');
    expect(when(await card(feed, 'pago-pago', 'Pacific/Kiritimati'))).to.equal('25 April 2019, 11:00–13:00');
  });

  it('a Kiritimati New Year’s Eve is still in 2019 in Pago Pago, two days earlier by the calendar', async () => {
    const feed = feedOf(yearEnd);
    expect(daysOf(await calendar(feed, '2019-12'), 'New Year’s Eve call')).to.deep.equal(['2019-12-31', '2020-01-01']);
    expect(daysOf(await calendar(feed, '2019-12', 'Pacific/Pago_Pago'), 'New Year’s Eve call')).to.deep.equal(['2019-12-30']);
    expect(when(await card(feed, 'eve', 'Pacific/Pago_Pago'))).to.equal('30 December 2019, 22:00–23:30');
  });

  it('an all-day event is on the same day in every zone, the viewer’s included', async () => {
    const feed = feedOf({ id: 'all-day', title: 'All-day workshop', start: '2019-04-24', timeZone: 'Pacific/Kiritimati' });
    for (const zone of ['event', 'local', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/New_York', 'Asia/Kathmandu']) {
      expect(daysOf(await calendar(feed, '2019-04', zone), 'All-day workshop'), zone).to.deep.equal(['2019-04-24']);
      expect(when(await card(feed, 'all-day', zone)), zone).to.equal('24 April 2019');
    }
  });
});

describe('dates: unknown time zones', () => {
  it('an unknown zone in the feed is reported with its path, and the feed’s zone used', async () => {
    const loads: FeedLoadDetail[] = [];
    const feed = feedOf({ id: 'typo', title: 'Zone typo', start: '2019-04-24T10:00', end: '2019-04-24T11:00', timeZone: 'Europe/Tirana' });
    await quietConsole(async () => {
      const el = await fixture<IisgEventCard>(html`<iisg-event-card lang="en" .feed=${feed} event-id="typo" @iisg-feed-load=${(e: CustomEvent<FeedLoadDetail>) => loads.push(e.detail)}></iisg-event-card>`);
      await settled(el);
      expect(when(el)).to.equal('24 April 2019, 10:00–11:00');
    });
    expect(loads.at(-1)!.problems.map((p) => [p.path, p.code])).to.deep.equal([['events[0].timeZone', 'unknown-time-zone']]);
  });

  it('an unknown zone in the time-zone attribute is ignored (each event in its own zone), not fatal', async () => {
    const feed = feedOf({ id: 'timed', title: 'Timed', start: '2019-04-24T10:00', end: '2019-04-24T11:00' }, { id: 'day', title: 'All day', start: '2019-04-25' });
    const { result } = await quietConsole(async () => {
      const el = await calendar(feed, '2019-04', 'Europe/Tirana');
      return [daysOf(el, 'Timed'), daysOf(el, 'All day'), when(await card(feed, 'timed', 'Europe/Tirana'))];
    });
    expect(result).to.deep.equal([['2019-04-24'], ['2019-04-25'], '24 April 2019, 10:00–11:00']);
  });
});

describe('dates: an event that ends at midnight, and another zone in the map', () => {
  const late = { id: 'late', title: 'Late meeting', start: '2026-04-15T22:00', end: '2026-04-16T00:00', timeZone: 'Europe/Tirane', location: { city: 'Tirana', country: 'AL' } };

  it('ends with the day it began: one date, two times; a whole day keeps both dates', async () => {
    expect(when(await card(feedOf(late), 'late'))).to.equal('15 April 2026, 22:00–00:00');
    const whole = { id: 'whole', title: 'Whole day', start: '2026-04-15T00:00', end: '2026-04-16T00:00', timeZone: 'Europe/Tirane' };
    expect(when(await card(feedOf(whole), 'whole'))).to.equal('15 April 2026, 00:00 – 16 April 2026, 00:00');
  });

  it('the map’s list names the zone of times that are not the visitor’s, as the card does', async () => {
    const offset = new Date(Date.UTC(2026, 3, 15, 20)).getTimezoneOffset();
    const el = await fixture<HTMLElement>(html`<iisg-network-map lang="en" .feed=${feedOf(late)} show="events" year="2026" view="list"></iisg-network-map>`);
    await settled(el as IisgEventCard);
    const item = $$(el, 'table.events li').find((li) => li.textContent!.includes('Late meeting'));
    expect(item, 'the event listed').to.not.equal(undefined);
    // Tirane is UTC+2 in April: a visitor there sees no note.
    if (offset === -120) expect(item!.textContent).to.not.contain('Time zone');
    else expect(item!.textContent).to.contain('15 April 2026, 22:00–00:00 (Time zone: Central European Summer Time, GMT+2): Late meeting');
  });
});
