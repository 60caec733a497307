// The writer loads the JSON-LD builder before it writes: a removal (structured data switched off, a view with
// nothing to write) made while a write waits for it must not be overtaken by that write.
import { expect, fixture, html } from '@open-wc/testing';
import { parseFeed } from '@iisg/feed';
import { writeEventsJsonLd } from '../../packages/widgets/src/shared/json-ld-writer.js';

const { feed } = parseFeed({ version: 1, events: [{ id: 'a', title: { en: 'Meeting', de: 'Sitzung' }, start: '2019-04-23', location: { city: 'Tirana', country: 'AL' } }] });
const scripts = () => [...document.head.querySelectorAll('script[data-iisg-structured-data]')];

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
});
