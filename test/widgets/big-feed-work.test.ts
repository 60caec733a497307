// Work a big feed must not repeat on each render or each key: counted in calls, not timed (timing is the bench's).
import { expect, fixture, html } from '@open-wc/testing';
import '@iisg/widgets';
import type { IisgEventCalendar } from '@iisg/widgets';
import { $, drawn } from './helpers.js';

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
    await new Promise((r) => setTimeout(r, 1500));
    const calls = await countCalls(String.prototype, 'toLowerCase', async () => {
      box.value = 'p';
      box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
    });
    // Folding 3,000 events' texts calls toLowerCase at least once each.
    expect(calls, `${calls} calls of toLowerCase`).to.be.below(500);
  });
});
