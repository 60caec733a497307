// Work a big feed must not repeat on each render or each key: counted in calls, not timed (timing is the bench's).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { EventIndex } from '@iisg/feed';
import '@iisg/widgets';
import type { IisgEventCalendar } from '@iisg/widgets';
import { $, $$, drawn } from './helpers.js';

const COUNTRIES = ['AL', 'BA', 'ME', 'MK', 'RS', 'XK'];

/** `n` one-day events over 2019, in six countries, with titles in two languages. */
function bigFeed(n: number) {
  const events = Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2019, 0, 1 + (i % 365))).toISOString().slice(0, 10);
    return { id: `e${i}`, title: { en: `Meeting ${i} on prevention`, sq: `Takimi ${i} për parandalimin` }, start: day, location: { city: 'Tirana', country: COUNTRIES[i % COUNTRIES.length] } };
  });
  return { version: 1, language: 'en', countries: { XK: { name: 'Kosovo', footnote: 'This designation is without prejudice to positions on status.' } }, events };
}

/** Calls of `owner[name]` while `run` runs. */
async function countCalls<T extends object>(owner: T, name: keyof T, run: () => Promise<unknown>): Promise<number> {
  const original = owner[name] as unknown as (...args: unknown[]) => unknown;
  let calls = 0;
  (owner as Record<keyof T, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
    calls++;
    return original.apply(this, args);
  };
  try {
    await run();
  } finally {
    (owner as Record<keyof T, unknown>)[name] = original;
  }
  return calls;
}

describe('a calendar with a big feed', () => {
  it('names each country once per language, not once per event, when it draws a month', async () => {
    const el = await drawn(await fixture<IisgEventCalendar>(html`<iisg-event-calendar .feed=${bigFeed(3000)} date="2019-03" lang="en" style="width: 900px"></iisg-event-calendar>`));
    const calls = await countCalls(Intl.DisplayNames.prototype, 'of', async () => {
      $(el, '[part~="next"]')!.click();
      await el.updateComplete;
    });
    // April: about 250 events, each said in its day's name with its country.
    expect(calls, `${calls} calls of Intl.DisplayNames#of`).to.be.below(30);
  });

  it('has the events’ search texts ready by the first key when the search box had focus a moment before', async () => {
    const el = await drawn(await fixture<IisgEventCalendar>(html`<iisg-event-calendar .feed=${bigFeed(3000)} date="2019-03" lang="en" filters="country" style="width: 900px"></iisg-event-calendar>`));
    const box = $(el, 'input[type="search"]') as HTMLInputElement;
    box.focus();
    // A page in the background gets no focus event (after some other test files, this one's page is).
    if (!document.hasFocus()) box.dispatchEvent(new FocusEvent('focus'));
    // Built in slices from the moment the box has focus: until 50 ms pass with no text folded (a fixed wait was
    // too short on a busy machine).
    const folding = () => countCalls(String.prototype, 'toLowerCase', () => new Promise((r) => setTimeout(r, 50)));
    await waitUntil(async () => (await folding()) === 0, 'the search texts built', { timeout: 8000 });
    const calls = await countCalls(String.prototype, 'toLowerCase', async () => {
      box.value = 'p';
      box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
    });
    // Folding 3,000 events' texts calls toLowerCase at least once each.
    expect(calls, `${calls} calls of toLowerCase`).to.be.below(500);
  });
});

describe('a calendar with a big feed: its list', () => {
  it('does not ask the index for the list’s events again at each “Show more”', async () => {
    const el = await drawn(await fixture<IisgEventCalendar>(html`<iisg-event-calendar .feed=${bigFeed(3000)} view="list" list-range="past" lang="en" style="width: 700px"></iisg-event-calendar>`));
    const original = EventIndex.prototype.between;
    let calls = 0;
    EventIndex.prototype.between = function (this: EventIndex, from: number, to: number) {
      // The list's range (years); a day's popover or a month asks for a day or weeks.
      if (to - from > 62) calls++;
      return original.call(this, from, to);
    };
    try {
      for (let i = 0; i < 2; i++) {
        $(el, '[part~="show-more"]')!.click();
        await el.updateComplete;
      }
    } finally {
      EventIndex.prototype.between = original;
    }
    expect($$(el, '[part~="list-item"]')).to.have.length(300);
    // Each asked for all 3,000 events again and sorted them again.
    expect(calls, `${calls} calls of EventIndex#between over the list's range`).to.equal(0);
  });
});
