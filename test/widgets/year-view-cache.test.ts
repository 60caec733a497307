// The year view counts a big feed's events by day once, not at every render, and never shows counts that are
// out of date: a new feed, a filter, a search or another time zone count again. Work is counted in calls.
import { expect, fixture, html } from '@open-wc/testing';
import { EventIndex } from '@iisg/feed';
import '@iisg/widgets';
import type { IisgEventCalendar } from '@iisg/widgets';
import { $, drawn } from './helpers.js';

const key = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
const miniDay = (el: Element, iso: string) => $(el, `.mini-day[data-day="${key(iso)}"]`)!;
/** The days of April 2019 drawn as having events. */
const shaded = (el: Element) =>
  Array.from({ length: 30 }, (_, i) => `2019-04-${String(i + 1).padStart(2, '0')}`).filter((iso) => miniDay(el, iso).matches('.has-events'));

const at = (id: string, start: string, country = 'AL', title = id) => ({ id, title, start, location: { city: 'Tirana', country } });

/** Calls of EventIndex#span (the counting asks each event's days) while `run` runs. */
async function spanCalls(run: () => Promise<unknown>): Promise<number> {
  const original = EventIndex.prototype.span;
  let calls = 0;
  EventIndex.prototype.span = function (this: EventIndex, item: unknown) {
    calls++;
    return original.call(this, item);
  };
  try {
    await run();
  } finally {
    EventIndex.prototype.span = original;
  }
  return calls;
}

const year = (template: ReturnType<typeof html>) => fixture<IisgEventCalendar>(template).then(drawn);

describe('<iisg-event-calendar> year view counts', () => {
  it('are not counted again when the year is drawn again or shown again', async () => {
    const events = Array.from({ length: 3000 }, (_, i) => at(`e${i}`, new Date(Date.UTC(2019, 0, 1 + (i % 365))).toISOString().slice(0, 10)));
    const el = await year(html`<iisg-event-calendar .feed=${{ version: 1, events }} view="year" date="2019" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect(miniDay(el, '2019-04-10').getAttribute('part')).to.equal('mini-day has-events level-3');
    const again = await spanCalls(async () => {
      el.requestUpdate();
      await el.updateComplete;
    });
    $(el, '[part~="view"]:nth-of-type(1)')!.click(); // Month
    await el.updateComplete;
    const back = await spanCalls(async () => {
      $(el, '[part~="view"]:nth-of-type(3)')!.click(); // Year
      await el.updateComplete;
    });
    // Counting 3,000 one-day events asks each one's days at least once.
    expect(again, `${again} calls of EventIndex#span drawing the year again`).to.be.below(100);
    expect(back, `${back} calls of EventIndex#span going back to the year`).to.be.below(100);
    expect(miniDay(el, '2019-04-10').getAttribute('part')).to.equal('mini-day has-events level-3');
  });

  it('are counted again for a new feed', async () => {
    const el = await year(html`<iisg-event-calendar .feed=${{ version: 1, events: [at('a', '2019-04-10')] }} view="year" date="2019" lang="en"></iisg-event-calendar>`);
    expect(shaded(el)).to.deep.equal(['2019-04-10']);
    el.feed = { version: 1, events: [at('b', '2019-04-11', 'AL', 'Bravo'), at('c', '2019-04-11', 'AL', 'Charlie')] };
    await drawn(el);
    await el.updateComplete;
    expect(shaded(el)).to.deep.equal(['2019-04-11']);
    expect(miniDay(el, '2019-04-11').getAttribute('aria-label')).to.equal('Thursday, 11 April 2019: Bravo; Charlie');
    expect(miniDay(el, '2019-04-10').getAttribute('aria-label')).to.equal('Wednesday, 10 April 2019: no events');
  });

  it('are counted again when a filter or the search lets other events through, and back', async () => {
    const feed = { version: 1, events: [at('al', '2019-04-10', 'AL', 'Tirana meeting'), at('mk', '2019-04-11', 'MK', 'Skopje workshop'), at('mk2', '2019-04-12', 'MK', 'Ohrid meeting')] };
    const el = await year(html`<iisg-event-calendar .feed=${feed} view="year" date="2019" filters="country" lang="en"></iisg-event-calendar>`);
    expect(shaded(el)).to.deep.equal(['2019-04-10', '2019-04-11', '2019-04-12']);
    const choose = async (value: string) => {
      const select = $(el, 'select:not(#year-picker)') as HTMLSelectElement;
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    await choose('MK');
    expect(shaded(el), 'North Macedonia').to.deep.equal(['2019-04-11', '2019-04-12']);
    await choose('');
    expect(shaded(el), 'all countries again').to.deep.equal(['2019-04-10', '2019-04-11', '2019-04-12']);
    const search = $(el, 'input[type="search"]') as HTMLInputElement;
    search.value = 'meeting';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(shaded(el), 'searched').to.deep.equal(['2019-04-10', '2019-04-12']);
    expect(miniDay(el, '2019-04-12').getAttribute('aria-label')).to.equal('Friday, 12 April 2019: Ohrid meeting');
  });

  it('are counted again in another time zone', async () => {
    // Half past midnight in Belgrade is the evening before in UTC.
    const feed = { version: 1, events: [{ id: 'late', title: 'Late call', start: '2019-04-11T00:30', end: '2019-04-11T01:30', timeZone: 'Europe/Belgrade' }] };
    const el = await year(html`<iisg-event-calendar .feed=${feed} view="year" date="2019" lang="en"></iisg-event-calendar>`);
    expect(shaded(el), 'in the event’s own zone').to.deep.equal(['2019-04-11']);
    el.timeZone = 'UTC';
    await el.updateComplete;
    expect(shaded(el), 'in UTC').to.deep.equal(['2019-04-10']);
    el.timeZone = 'event';
    await el.updateComplete;
    expect(shaded(el), 'in its own zone again').to.deep.equal(['2019-04-11']);
  });
});
