// The timeline's today mark for a visitor whose day is not the meetings' own: in Auckland (UTC+13) it is already
// 12 February while in Belgrade (UTC+1) it is the 11th. With time-zone="event" (the default) a row's days are
// its meetings' own, and so is its today, as in the calendar (todayFor).
// The first describe's title starts as visitor-time-zone.test.ts's: CHROMIUM_ONLY skips both outside Chromium
// (the browser's zone is set through the DevTools protocol). The second runs in every browser.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import type { IisgEventTimeline } from '@iisg/widgets';
import { $, $$, visitorIn } from './helpers.js';

/** 15:00 on 11 February 2026 in Belgrade: 03:00 on 12 February in Auckland. */
const NOW = Date.UTC(2026, 1, 11, 14);

/** Morning meetings in one city and zone, on days of February 2026. */
const meetings = (days: number[], timeZone: string, city: string) => ({
  version: 1,
  language: 'en',
  events: days.map((day) => ({
    id: `m${day}`,
    title: `Meeting on the ${day}th`,
    start: `2026-02-${day}T09:00`,
    end: `2026-02-${day}T10:00`,
    timeZone,
    location: { city, country: 'XX' },
  })),
});

/** The title of the meeting whose block the today mark crosses; by default of three in Belgrade, 10 to 12 February (the same days in Auckland: its evenings). */
async function markedMeeting(zone: string, feed: unknown = meetings([10, 11, 12], 'Europe/Belgrade', 'Belgrade')) {
  const el = await fixture<IisgEventTimeline>(html`<iisg-event-timeline .feed=${feed} time-zone=${zone} lang="en" style="width: 900px"></iisg-event-timeline>`);
  await waitUntil(() => $(el, '[part~="event"]'), 'meetings drawn', { timeout: 5000 });
  await el.updateComplete;
  const mark = $(el, '[part~="today"]');
  expect(mark, 'a today mark').to.not.equal(null);
  const x = mark!.getBoundingClientRect().left;
  return $$(el, '[part~="event"]')
    .filter((block) => block.getBoundingClientRect().left <= x && x <= block.getBoundingClientRect().right)
    .map((block) => block.querySelector('.block-title')!.textContent);
}

describe('a visitor in another time zone than the timeline’s meetings', () => {
  visitorIn('Pacific/Auckland', NOW);

  it('marks today on a row by its meetings’ own day (time-zone="event"), not the visitor’s', async () => {
    expect(await markedMeeting('event')).to.deep.equal(['Meeting on the 11th']);
  });

  it('marks the visitor’s own day with time-zone="local", and a named zone’s with it', async () => {
    expect(await markedMeeting('local')).to.deep.equal(['Meeting on the 12th']);
    expect(await markedMeeting('Europe/Belgrade')).to.deep.equal(['Meeting on the 11th']);
  });
});

// The same without the DevTools protocol (so in every browser), in whatever zone the machine is: at 12:00 UTC it
// is the 11th in Pago Pago (UTC-11) and the 12th in Kiritimati (UTC+14), and the visitor's day is one of them.
describe('<iisg-event-timeline> today mark', () => {
  const realNow = Date.now;
  afterEach(() => {
    Date.now = realNow;
  });

  it('is on the row’s own day, in a zone whose day is not the visitor’s', async () => {
    const noon = Date.UTC(2026, 1, 11, 12);
    Date.now = () => noon;
    const [zone, day] = new Date(noon).getDate() === 11 ? ['Pacific/Kiritimati', 12] : ['Pacific/Pago_Pago', 11];
    expect(await markedMeeting('event', meetings([10, 11, 12, 13], zone, 'Elsewhere'))).to.deep.equal([`Meeting on the ${day}th`]);
  });
});
