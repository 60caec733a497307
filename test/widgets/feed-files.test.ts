import { expect, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import type { FeedLoadDetail, IisgEventCard } from '@iisg/widgets';
import { text } from './helpers.js';

/**
 * Feed files as editors save and publish them: in another encoding than UTF-8, behind a webcal:// link,
 * or an Outlook calendar whose weekly meetings began years ago. Served by a stubbed fetch that records
 * what was asked for.
 */
const asked: string[] = [];
let files: Record<string, BodyInit> = {};
const realFetch = window.fetch;

/** A card on `src`, once its feed has loaded (or failed), with what the load said. */
async function card(src: string, eventId: string) {
  const el = document.createElement('iisg-event-card') as IisgEventCard;
  Object.assign(el, { lang: 'en', src, eventId });
  const loads: FeedLoadDetail[] = [];
  el.addEventListener('iisg-feed-load', (e) => loads.push(e.detail));
  document.body.append(el);
  await waitUntil(() => loads.length, `${src} loaded`, { timeout: 5000 });
  await el.updateComplete;
  return { el, load: loads[0] };
}

const feedText = (title: string) => JSON.stringify({ version: 1, timeZone: 'Europe/Tirane', events: [{ id: 'a', title, start: '2019-04-23' }] });

describe('feed files as editors save them', () => {
  beforeEach(() => {
    asked.length = 0;
    window.fetch = async (input: RequestInfo | URL) => {
      const url = String(input instanceof Request ? input.url : input);
      asked.push(url);
      const path = new URL(url).pathname;
      return path in files ? new Response(files[path]) : new Response('not found', { status: 404 });
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
    files = {};
    document.querySelectorAll('iisg-event-card').forEach((el) => el.remove());
    localStorage.clear();
  });

  it('a feed saved in Windows-1250 is shown, and its unreadable characters reported as an encoding error', async () => {
    // "Priština" with š as Windows-1250 writes it (0x9A): not UTF-8.
    const bytes = new TextEncoder().encode(feedText('Pri#tina meeting'));
    bytes[bytes.indexOf('#'.charCodeAt(0))] = 0x9a;
    files['/cp1250.json'] = bytes;
    const { el, load } = await card('/cp1250.json', 'a');
    expect(text(el, 'title')).to.equal('Pri\uFFFDtina meeting');
    expect(load.problems.map((p) => [p.severity, p.code, p.message])).to.deep.equal([['error', 'not-utf-8', "the feed has characters that cannot be read (shown as '\uFFFD'): save the file as UTF-8"]]);
  });

  it('a feed saved as UTF-16 (Notepad\'s "Unicode") is refused with why', async () => {
    const source = feedText('Meeting');
    const bytes = new Uint8Array(2 + source.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < source.length; i++) bytes[2 + i * 2] = source.charCodeAt(i);
    files['/utf16.json'] = bytes;
    const { load } = await card('/utf16.json', 'a');
    expect(load.state).to.equal('error');
    expect(load.problems[0].code).to.equal('not-utf-8');
  });

  it('a webcal:// link is fetched over https://', async () => {
    files['/calendar.json'] = feedText('Subscribed meeting');
    const { el } = await card(`webcal://${location.host}/calendar.json`, 'a');
    expect(asked).to.deep.equal([`https://${location.host}/calendar.json`]);
    expect(text(el, 'title')).to.equal('Subscribed meeting');
  });

  it("an .ics feed's weekly meetings are there from four years back", async () => {
    const year = new Date().getFullYear() - 4;
    files['/outlook.ics'] = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'BEGIN:VEVENT', 'UID:weekly',
      `DTSTART;VALUE=DATE:${year}0107`, 'RRULE:FREQ=WEEKLY;COUNT=3', 'SUMMARY:Weekly call', 'END:VEVENT', 'END:VCALENDAR', '',
    ].join('\r\n');
    const { el, load } = await card('/outlook.ics', `weekly-${year}0114`);
    expect(load.problems).to.deep.equal([]);
    expect(text(el, 'title')).to.equal('Weekly call');
  });

  it("an .ics series with no end is not reported for going on past the window; one begun before it is", async () => {
    const year = new Date().getFullYear();
    const weekly = (uid: string, start: number) => ['BEGIN:VEVENT', `UID:${uid}`, `DTSTART;VALUE=DATE:${start}0107`, 'RRULE:FREQ=WEEKLY', `SUMMARY:${uid}`, 'END:VEVENT'];
    files['/endless.ics'] = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...weekly('recent', year - 1), ...weekly('old', year - 7), 'END:VCALENDAR', ''].join('\r\n');
    const { load } = await card('/endless.ics', `recent-${year - 1}0107`);
    expect(load.problems.map((p) => [p.code, p.eventId])).to.deep.equal([['outside-window', 'old']]);
    expect(load.problems[0].message).to.contain('earlier occurrences');
  });
});
