// An empty upcoming (past) list offers the past (upcoming) events itself, one button, not printed; a search or
// filter that matches nothing here says so once, in the filter row, without the list's "No events to show." too.
import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '@iisg/widgets';
import type { IisgEventCalendar } from '@iisg/widgets';
import { $, $$, calendar, focused, text } from './helpers.js';
import { quietConsole } from '../hardening/helpers.js';

const feed = (...events: { id: string; start: string }[]) => ({ version: 1, language: 'en', events: events.map((e) => ({ title: `Meeting ${e.id}`, ...e })) });
const PAST = feed({ id: 'old', start: '2019-04-10' }, { id: 'older', start: '2018-10-15' });
const COMING = feed({ id: 'next', start: '2098-05-01' }, { id: 'later', start: '2099-05-01' });
const BOTH = feed(...PAST.events, ...COMING.events);
const INDEX = '/test/fixtures/periods/index.json';

/** Types a search as a visitor would; the filter row and the list redraw. */
async function search(el: IisgEventCalendar, query: string) {
  const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
  input.value = query;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

const body = (el: Element) => $(el, '[part~="body"]')!;
const shown = (el: Element) => body(el).textContent!.replace(/\s+/g, ' ').trim();
const titles = (el: Element) => $$(el, '[part~="list-item"] .list-title').map((t) => t.textContent);
const offers = (el: Element) => $$(el, '[part~="show-matches"]');

/** `calendar()`, and for a narrow one the month as a list (the grid gives way once its width is measured). */
async function mounted(template: ReturnType<typeof html>) {
  const el = await calendar(template);
  if (el.style.width === '360px') await waitUntil(() => !$(el, '[role="grid"]'), 'the narrow month as a list', { timeout: 5000 });
  return el;
}

describe('<iisg-event-calendar>: an empty list', () => {
  it('upcoming, with past events: offers them in the list, and focus goes to the first', async () => {
    const el = await calendar(html`<iisg-event-calendar .feed=${PAST} view="list" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect(shown(el)).to.equal('No upcoming events. Show past events');
    expect(offers(el)).to.have.length(1);
    expect(body(el).contains(offers(el)[0]), 'in the list').to.equal(true);
    expect(offers(el)[0].getAttribute('part')).to.equal('button show-matches');
    await expect(el).to.be.accessible();
    offers(el)[0].click();
    await el.updateComplete;
    expect(text(el, 'heading')).to.equal('Past');
    expect(titles(el)).to.deep.equal(['Meeting old', 'Meeting older']);
    expect(focused(el), 'focus on the first past event').to.equal($(el, '[part~="list-item"]'));
    expect(offers(el)).to.have.length(0);
  });

  it('past, with upcoming events: offers them', async () => {
    const el = await calendar(html`<iisg-event-calendar .feed=${COMING} view="list" list-range="past" lang="en" style="width: 360px"></iisg-event-calendar>`);
    expect(shown(el)).to.equal('No past events. Show upcoming events');
    offers(el)[0].click();
    await el.updateComplete;
    expect(text(el, 'heading')).to.equal('Upcoming');
    expect(titles(el)).to.deep.equal(['Meeting next', 'Meeting later']);
    expect(focused(el)).to.equal($(el, '[part~="list-item"]'));
  });

  it('offers nothing when the other list is empty too', async () => {
    const el = await calendar(html`<iisg-event-calendar .feed=${feed()} view="list" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect(shown(el)).to.equal('No upcoming events.');
    expect(offers(el)).to.have.length(0);
  });

  it('a search that matches only past events: one button, the list’s, not the filter row’s too', async () => {
    const el = await calendar(html`<iisg-event-calendar .feed=${BOTH} view="list" lang="en" style="width: 900px"></iisg-event-calendar>`);
    await search(el, 'older');
    expect($(el, '.matching')!.textContent).to.equal('1 event matches');
    expect(shown(el)).to.equal('No upcoming events. Show past events');
    expect(offers(el)).to.have.length(1);
    offers(el)[0].click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Meeting older']);
    expect(focused(el)).to.equal($(el, '[part~="list-item"]'));
  });

  it('is not printed', async () => {
    const el = await calendar(html`<iisg-event-calendar .feed=${PAST} view="list" lang="en" style="width: 900px"></iisg-event-calendar>`);
    await emulateMedia({ media: 'print' });
    try {
      expect(offers(el)[0].getClientRects().length, 'no button on paper').to.equal(0);
      expect(shown(el)).to.contain('No upcoming events.');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('behaves the same with a feed split into yearly files', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${INDEX} view="list" lang="en" style="width: 900px"></iisg-event-calendar>`);
    await waitUntil(() => offers(el).length, 'the offer', { timeout: 5000 });
    expect(shown(el)).to.equal('No upcoming events. Show past events');
    offers(el)[0].click();
    // The past years' files load now; focus waits for their events.
    await waitUntil(() => titles(el).length === 2 && focused(el) === $(el, '[part~="list-item"]'), 'the past events, the first focused', { timeout: 5000 });
    expect(titles(el)).to.deep.equal(['3rd Meeting of the RNNC', 'Second Meeting of the RNNC']);
  });

  it('with a preset filter and a feed split into yearly files: offers the past files, not yet fetched', async () => {
    const { said } = await quietConsole(async () => {
      const el = await calendar(html`<iisg-event-calendar src=${INDEX} view="list" organiser="rcc" lang="en" style="width: 900px"></iisg-event-calendar>`);
      await waitUntil(() => offers(el).length, 'the offer', { timeout: 5000 });
      expect(text(el, 'show-matches')).to.equal('Show past events');
      // Not counted from the files fetched so far: "No events match" over an offer of the past's matches.
      expect($(el, '.matching')!.textContent).to.equal('');
      offers(el)[0].click();
      await waitUntil(() => titles(el).length === 2 && focused(el) === $(el, '[part~="list-item"]'), 'the past events, the first focused', { timeout: 5000 });
    });
    // The index itself has no events: the preset is not called unknown before its years' files are in.
    expect(said.filter((line) => line.includes('matches no organiser'))).to.deep.equal([]);
  });

  it('with a preset filter and a feed split into yearly files: counts once a search has every file in', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${INDEX} view="list" organiser="rcc" lang="en" style="width: 900px"></iisg-event-calendar>`);
    await waitUntil(() => offers(el).length, 'the offer', { timeout: 5000 });
    const search = $(el, 'input[type="search"]') as HTMLInputElement;
    search.value = 'RNNC';
    search.dispatchEvent(new Event('input'));
    await waitUntil(() => $(el, '.matching')!.textContent === '2 events match', 'the count over every file', { timeout: 5000 });
  });
});

describe('<iisg-event-calendar>: a search or filter with no match here', () => {
  for (const [name, template] of [
    ['the upcoming list', html`<iisg-event-calendar .feed=${BOTH} view="list" lang="en" style="width: 900px"></iisg-event-calendar>`],
    ['a month’s list', html`<iisg-event-calendar .feed=${BOTH} view="list" date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`],
    ['a narrow month', html`<iisg-event-calendar .feed=${BOTH} date="2019-04" lang="en" style="width: 360px"></iisg-event-calendar>`],
    ['a yearly-files feed’s list', html`<iisg-event-calendar src=${INDEX} view="list" lang="en" style="width: 900px"></iisg-event-calendar>`],
  ] as const) {
    it(`${name}: "No events match" with its Clear filters, not "No events to show." too`, async () => {
      const el = await mounted(template);
      await search(el, 'nothing like this');
      // The count waits for every file of a yearly-files feed.
      await waitUntil(() => !body(el).hasAttribute('aria-busy') && $(el, '.matching')!.textContent, 'every file in', { timeout: 5000 });
      expect($(el, '.matching')!.textContent).to.equal('No events match');
      expect(text(el, 'clear-filters')).to.equal('Clear filters');
      expect(shown(el), 'the list says nothing more').to.equal('');
      expect($(el, '[part~="empty"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  for (const [name, template, query] of [
    ['a month’s list', html`<iisg-event-calendar .feed=${BOTH} view="list" date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`, 'older'],
    ['a narrow month', html`<iisg-event-calendar .feed=${BOTH} date="2019-04" lang="en" style="width: 360px"></iisg-event-calendar>`, 'older'],
    ['a yearly-files feed’s month', html`<iisg-event-calendar src=${INDEX} view="list" date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`, 'Second'],
  ] as const) {
    it(`${name}: "1 event matches, but not in April 2019", not "No events to show." too`, async () => {
      const el = await mounted(template);
      await search(el, query);
      await waitUntil(() => offers(el).length, 'the match found', { timeout: 5000 });
      expect($(el, '.matching')!.textContent).to.equal('1 event matches, but not in April 2019');
      expect(text(el, 'show-matches')).to.equal('Show October 2018');
      expect(shown(el), 'the list says nothing more').to.equal('');
    });
  }
});

describe('<iisg-event-calendar>: matches some of which are elsewhere, from a UI audit', () => {
  const SPREAD = feed({ id: 'a', start: '2019-04-10' }, { id: 'b', start: '2019-04-20' }, { id: 'c', start: '2018-10-15' });
  const AHEAD = { ...SPREAD, events: [...SPREAD.events, { id: 'd', title: 'Meeting d', start: '2099-04-10' }] };
  for (const [name, template, said] of [
    ['the month grid', html`<iisg-event-calendar .feed=${SPREAD} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`, '3 events match, 2 shown'],
    ['a month’s list', html`<iisg-event-calendar .feed=${SPREAD} view="list" date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`, '3 events match, 2 shown'],
    ['the year', html`<iisg-event-calendar .feed=${SPREAD} view="year" date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`, '3 events match, 2 shown'],
    ['the past list', html`<iisg-event-calendar .feed=${AHEAD} view="list" list-range="past" lang="en" style="width: 900px"></iisg-event-calendar>`, '4 events match, 3 shown'],
    // 'Meeting a' is past: the upcoming list is empty and says so itself, offering the past; the row gives the count alone.
    ['the upcoming list', html`<iisg-event-calendar .feed=${AHEAD} view="list" lang="en" style="width: 900px"></iisg-event-calendar>`, '4 events match, 1 shown'],
  ] as const) {
    it(`${name}: says how many of them are shown ("3 events match" over a month of 2 sent the visitor looking)`, async () => {
      const el = await mounted(template);
      await search(el, 'Meeting');
      await waitUntil(() => $(el, '.matching')!.textContent, 'the count');
      expect($(el, '.matching')!.textContent).to.equal(said);
      await search(el, 'Meeting a');
      await waitUntil(() => $(el, '.matching')!.textContent === '1 event matches', 'all shown: the count alone');
    });
  }
});

describe('<iisg-event-calendar>: an empty list of a feed split into yearly files, from a review', () => {
  it('whose file for the upcoming days fails: says there are none, not busy for good', async () => {
    const el = await calendar(html`<iisg-event-calendar src="/test/fixtures/periods-missing/index.json" view="list" lang="en" style="width: 900px"></iisg-event-calendar>`);
    await waitUntil(() => shown(el) === 'No upcoming events. Show past events', `the list settled, not "${shown(el)}"`, { timeout: 8000 });
    expect(body(el).hasAttribute('aria-busy')).to.equal(false);
  });

  // Stepped back from the past list into a year whose file holds no events, a visitor met "No events to show." month
  // after month, with no sign of the events of the years before (twelve presses of Previous for each empty year).
  const EMPTY_YEARS = '/test/fixtures/periods-empty/index.json';
  it('with an empty year: a month of it stepped back to from the past list offers the nearest earlier month with events', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${EMPTY_YEARS} view="list" views="list" list-range="past" lang="en" style="width: 900px"></iisg-event-calendar>`);
    await waitUntil(() => titles(el).length === 2, `the past list, not "${shown(el)}"`, { timeout: 8000 });
    expect(titles(el)).to.deep.equal(['3rd Meeting of the RNNC', 'Founding meeting']);
    for (const month of ['April 2019', 'March 2019', 'February 2019', 'January 2019', 'December 2018']) {
      $(el, '[part~="previous"]')!.click();
      await el.updateComplete;
      expect(text(el, 'heading')).to.equal(month);
    }
    expect(shown(el)).to.equal('No events to show. Show May 2017');
    await expect(el).to.be.accessible();
    offers(el)[0].click();
    await el.updateComplete;
    expect(text(el, 'heading')).to.equal('May 2017');
    expect(titles(el)).to.deep.equal(['Founding meeting']);
    expect(focused(el), 'focus on its event').to.equal($(el, '[part~="list-item"]'));
  });

  it('with an empty year: a month of it opened first offers the past list, whose files are not in yet', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${EMPTY_YEARS} view="list" date="2018-06" lang="en" style="width: 900px"></iisg-event-calendar>`);
    await waitUntil(() => shown(el).startsWith('No events to show.'), `June 2018's list, not "${shown(el)}"`, { timeout: 8000 });
    expect(shown(el)).to.equal('No events to show. Show past events');
    offers(el)[0].click();
    await waitUntil(() => titles(el).length === 2, `the past list, not "${shown(el)}"`, { timeout: 8000 });
    expect(text(el, 'heading')).to.equal('Past');
    // A narrow month drawn as a list has no past list to go to: no button that would do nothing.
    const narrow = await mounted(html`<iisg-event-calendar src=${EMPTY_YEARS} date="2018-06" lang="en" style="width: 360px"></iisg-event-calendar>`);
    await waitUntil(() => shown(narrow).startsWith('No events to show.'), `June 2018's list, not "${shown(narrow)}"`, { timeout: 8000 });
    expect(shown(narrow)).to.equal('No events to show.');
  });

  // June 2019 over that index: April 2019, in the 2019 file already in, has an event and no file between is still to
  // come, yet the list offered "Show past events" (a detour through the whole past list) rather than April 2019.
  it('with an empty year: a month after a loaded month with events, nothing between it still to come, offers that month at once', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${EMPTY_YEARS} view="list" date="2019-06" lang="en" style="width: 900px"></iisg-event-calendar>`);
    await waitUntil(() => shown(el).startsWith('No events to show.'), `June 2019's list, not "${shown(el)}"`, { timeout: 8000 });
    expect(shown(el)).to.equal('No events to show. Show April 2019');
    await expect(el).to.be.accessible();
    offers(el)[0].click();
    await el.updateComplete;
    expect(text(el, 'heading')).to.equal('April 2019');
    expect(titles(el)).to.deep.equal(['3rd Meeting of the RNNC']);
    expect(focused(el), 'focus on its event').to.equal($(el, '[part~="list-item"]'));
    // A narrow month drawn as a list, which has no past list, offers it too.
    const narrow = await mounted(html`<iisg-event-calendar src=${EMPTY_YEARS} date="2019-06" lang="en" style="width: 360px"></iisg-event-calendar>`);
    await waitUntil(() => shown(narrow).startsWith('No events to show.'), `June 2019's list, not "${shown(narrow)}"`, { timeout: 8000 });
    expect(shown(narrow)).to.equal('No events to show. Show April 2019');
  });

  // July 2019 with the preset's April event in, and no file between still to come: that month is offered too.
  it('with a preset and a month without its events: says so, as the filter row does not count yet', async () => {
    const el = await mounted(html`<iisg-event-calendar src=${INDEX} organiser="rcc" date="2019-07" lang="en" style="width: 360px"></iisg-event-calendar>`);
    await waitUntil(() => shown(el) === 'No events to show. Show April 2019', `the month's list says it, not "${shown(el)}"`, { timeout: 5000 });
    expect($(el, '.matching')!.textContent).to.equal('');
  });

  it('a search with no match, as the grid gives way to a list: focus goes to the filter row’s "No events match"', async () => {
    const el = await mounted(html`<iisg-event-calendar .feed=${BOTH} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    await search(el, 'nothing like this');
    $(el, '[role="gridcell"][tabindex="0"]')!.focus();
    el.style.width = '360px';
    await waitUntil(() => !$(el, '[role="grid"]'), 'the narrow month as a list', { timeout: 5000 });
    await waitUntil(() => focused(el) === $(el, '.matching'), `focus on the count, not ${focused(el)?.outerHTML.slice(0, 80) ?? document.activeElement?.localName}`, { timeout: 5000 });
    expect(focused(el)!.textContent).to.equal('No events match');
  });
});
