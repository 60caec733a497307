// The writer loads the JSON-LD builder before it writes: a removal (structured data switched off, a view with
// nothing to write) made while a write waits for it must not be overtaken by that write. And one event shown by
// two elements (a card beside a calendar) is written once: a crawler reads every script on the page.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { parseFeed } from '@iisg/feed';
import '@iisg/widgets';
import type { IisgEventCalendar } from '@iisg/widgets';
import { writeEventsJsonLd } from '../../packages/widgets/src/shared/json-ld-writer.js';

const { feed } = parseFeed({ version: 1, events: [{ id: 'a', title: { en: 'Meeting', de: 'Sitzung' }, start: '2019-04-23', location: { city: 'Tirana', country: 'AL' } }] });
const scripts = () => [...document.head.querySelectorAll('script[data-iisg-structured-data]')];
/** Every event the page's structured data names, in the order written. */
const names = () => scripts().flatMap((s) => [JSON.parse(s.textContent!)].flat().map((d: { name: string }) => d.name));
const two = parseFeed({
  version: 1,
  events: [
    { id: 'a', title: 'Meeting', start: '2019-04-23', location: { city: 'Tirana', country: 'AL' } },
    { id: 'b', title: 'Workshop', start: '2019-04-24', location: { city: 'Skopje', country: 'MK' } },
  ],
}).feed!;

describe('writeEventsJsonLd', () => {
  it('leaves nothing when a removal comes while a write waits for the builder', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const before = scripts().length;
    const writing = writeEventsJsonLd(host, feed, feed!.events, 'en');
    await writeEventsJsonLd(host, null, [], '');
    await writing;
    expect(scripts().length).to.equal(before);
  });

  it('writes the later of two writes', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const before = scripts();
    const first = writeEventsJsonLd(host, feed, feed!.events, 'en');
    const second = writeEventsJsonLd(host, feed, feed!.events, 'de');
    await Promise.all([first, second]);
    const mine = scripts().filter((s) => !before.includes(s));
    expect(mine.map((s) => JSON.parse(s.textContent!).name)).to.deep.equal(['Sitzung']);
    await writeEventsJsonLd(host, null, [], '');
  });

  it('writes an event two elements show once, and again by the other when the first no longer has it', async () => {
    const [list, one] = [await fixture<HTMLElement>(html`<div></div>`), await fixture<HTMLElement>(html`<div></div>`)];
    await writeEventsJsonLd(list, two, two.events, 'en');
    await writeEventsJsonLd(one, two, [two.byId.get('b')!], 'en');
    expect(names()).to.deep.equal(['Meeting', 'Workshop']);
    // The list moves on without the workshop: the other element writes it now.
    await writeEventsJsonLd(list, two, [two.byId.get('a')!], 'en');
    expect(names().sort()).to.deep.equal(['Meeting', 'Workshop']);
    // The list shows it again: still once.
    await writeEventsJsonLd(list, two, two.events, 'en');
    expect(names().sort()).to.deep.equal(['Meeting', 'Workshop']);
    // The list leaves: the workshop stays, written by the element that still shows it.
    await writeEventsJsonLd(list, null, [], '');
    expect(names()).to.deep.equal(['Workshop']);
    await writeEventsJsonLd(one, null, [], '');
    expect(scripts()).to.deep.equal([]);
  });

  it('writes the same event in two languages twice: each is what one element shows', async () => {
    const [en, de] = [await fixture<HTMLElement>(html`<div></div>`), await fixture<HTMLElement>(html`<div></div>`)];
    await writeEventsJsonLd(en, feed!, feed!.events, 'en');
    await writeEventsJsonLd(de, feed!, feed!.events, 'de');
    expect(names()).to.deep.equal(['Meeting', 'Sitzung']);
    await writeEventsJsonLd(en, null, [], '');
    await writeEventsJsonLd(de, null, [], '');
  });

  it('writes a card’s event beside a calendar with structured-data once, and the card’s when the calendar moves on', async () => {
    const page = await fixture<HTMLElement>(html`
      <div>
        <iisg-event-calendar src="/demo/feed.json" date="2019-04" structured-data lang="en" style="width: 900px"></iisg-event-calendar>
        <iisg-event-card src="/demo/feed.json" event-id="rnnc-3" lang="en"></iisg-event-card>
      </div>
    `);
    const rnnc = (name: string) => name.startsWith('3rd Meeting of the Regional Network');
    await waitUntil(() => names().length === 3, 'the calendar’s three April events written', { timeout: 5000 });
    // Give the card's write time to come: it must not add the meeting again.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(names().filter(rnnc).length, 'the RNNC meeting, once').to.equal(1);
    expect(names().length).to.equal(3);
    const calendar = page.querySelector<IisgEventCalendar>('iisg-event-calendar')!;
    calendar.shadowRoot!.querySelector<HTMLElement>('[part~="next"]')!.click();
    await waitUntil(() => names().some((n) => n.startsWith('Workshop on Capacity Building')), 'May’s event written', { timeout: 5000 });
    expect(names().filter(rnnc).length, 'the card’s meeting, still once').to.equal(1);
    page.remove();
    expect(scripts()).to.deep.equal([]);
  });
});
