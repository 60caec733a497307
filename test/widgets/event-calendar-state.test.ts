// The calendar's controls say what is shown, a view switch keeps the period, and a page's developer hears
// about a calendar that cannot show anything as configured.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '@iisg/widgets';
import type { IisgEventCalendar } from '@iisg/widgets';
import { $, $$, calendar, cell, consoleSaid, drawn, focused } from './helpers.js';

const FEED = '/demo/feed.json';

const heading = (el: Element) => $(el, '[part~="heading"]')!.textContent!.trim();
const picker = (el: Element, id: 'month-picker' | 'year-picker') => $<HTMLSelectElement>(el, `#${id}`)!;

/**
 * A choice in a menu as a test driver makes it (puppeteer's `select`, a browser extension): each option's
 * `selected` set, which makes each keep that state whatever its `selected` attribute says from then on.
 */
async function choose(el: IisgEventCalendar, select: HTMLSelectElement, value: string) {
  for (const option of select.options) option.selected = option.value === value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** console.warn's messages while `run` runs (and `wait` ms after). */
const warnings = (run: () => Promise<unknown>, wait = 0) => consoleSaid('warn', run, wait);

describe('<iisg-event-calendar> controls follow the state', () => {
  it('the month and year pickers show the month in view after the visitor used them', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    await choose(el, picker(el, 'month-picker'), '6');
    expect(heading(el)).to.equal('June 2019');
    $(el, '[part~="previous"]')!.click();
    await el.updateComplete;
    $(el, '[part~="previous"]')!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('April 2019');
    expect(picker(el, 'month-picker').value, 'the month picker').to.equal('4');

    await choose(el, picker(el, 'year-picker'), '2018');
    expect(heading(el)).to.equal('April 2018');
    for (let i = 0; i < 10; i++) {
      $(el, '[part~="next"]')!.click();
      await el.updateComplete;
    }
    expect(heading(el)).to.equal('February 2019');
    expect(picker(el, 'year-picker').value, 'the year picker').to.equal('2019');
    expect(picker(el, 'month-picker').value).to.equal('2');
  });

  it('a filter menu shows a preset set from code after the visitor cleared it', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} view="list" list-range="past" filters="network" lang="en"></iisg-event-calendar>`);
    const select = $<HTMLSelectElement>(el, '.filter select')!;
    await choose(el, select, 'rnnc');
    $(el, '[part~="clear-filters"]')!.click();
    await el.updateComplete;
    expect(select.value).to.equal('');
    el.network = 'rnnc';
    await el.updateComplete;
    expect($(el, '.matching')!.textContent).to.equal('3 events match');
    expect(select.value, 'the menu says what filters the list').to.equal('rnnc');
  });
});

describe('<iisg-event-calendar> names, views and periods', () => {
  it('takes its landmark name from `label`, so two calendars on a page are told apart', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="width: 900px">
      <iisg-event-calendar src=${FEED} date="2019-04" lang="en"></iisg-event-calendar>
      <iisg-event-calendar src=${FEED} view="list" list-range="past" views="list" label="Past events" lang="en"></iisg-event-calendar>
    </div>`);
    const [a, b] = [...page.children] as IisgEventCalendar[];
    await waitUntil(() => [a, b].every((el) => $(el, '[part~="body"]:not([aria-busy])')), 'both drawn', { timeout: 5000 });
    expect($(a, 'section.calendar')!.getAttribute('aria-label')).to.equal('Events calendar');
    expect($(b, 'section.calendar')!.getAttribute('aria-label')).to.equal('Past events');
    await expect(page).to.be.accessible();
  });

  it('switching to the list keeps the month the visitor moved to; from this month it shows what is coming', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    const viewButton = (name: string) => $$(el, '[part~="view"]').find((b) => b.textContent!.trim() === name)!;
    viewButton('List').click();
    await el.updateComplete;
    expect(heading(el)).to.equal('April 2019');
    expect($$(el, '[part~="list-item"]').length).to.be.greaterThan(0);
    $(el, '[part~="next"]')!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('May 2019');
    viewButton('Month').click();
    await el.updateComplete;
    expect(heading(el)).to.equal('May 2019');

    $(el, '[part~="go-today"]')!.click();
    await el.updateComplete;
    viewButton('List').click();
    await el.updateComplete;
    expect(heading(el)).to.equal('Upcoming');
  });

  it('a past list: previous goes to its newest event’s month, not to an empty month before today’s; Today comes back to it', async () => {
    // The demo feed's events end in May 2019, years before today.
    const el = await calendar(html`<iisg-event-calendar src=${FEED} view="list" list-range="past" views="list" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect(heading(el)).to.equal('Past');
    const firstHeading = $(el, '[part~="list-heading"]')!.textContent!.trim();
    expect($(el, '[part~="previous"]')!.getAttribute('aria-label')).to.equal(`Previous: ${firstHeading}`);
    $(el, '[part~="previous"]')!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal(firstHeading);
    expect($$(el, '[part~="list-item"]').length, 'that month’s events').to.be.greaterThan(0);
    $(el, '[part~="previous"]')!.click();
    await el.updateComplete;
    expect(heading(el), 'then a month at a time').to.not.equal(firstHeading);

    $(el, '[part~="go-today"]')!.click();
    await el.updateComplete;
    expect(heading(el), 'the list it opened with').to.equal('Past');
    expect($(el, '[part~="list-heading"]')!.textContent!.trim()).to.equal(firstHeading);
  });

  it('a list set from code, or offered first, keeps the date', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} lang="en" style="width: 900px"></iisg-event-calendar>`);
    el.goTo('2019-06-10');
    el.view = 'list';
    await el.updateComplete;
    expect(heading(el)).to.equal('June 2019');

    const listFirst = await calendar(html`<iisg-event-calendar src=${FEED} views="list year" date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect(listFirst.view).to.equal('list');
    expect(heading(listFirst)).to.equal('April 2019');
  });

  it('moves focus to the day goTo() shows when focus was on a day', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    cell(el, '2019-04-10').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)).to.equal(cell(el, '2019-04-11'));
    el.goTo('2019-04-16');
    await el.updateComplete;
    expect(focused(el)).to.equal(cell(el, '2019-04-16'));
    expect($$(el, '[role="gridcell"][tabindex="0"]'), 'one tab stop').to.have.length(1);

    // goTo() the day already shown: nothing to move, and no focus taken back later (a search typed after).
    el.goTo('2019-04-16');
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    input.focus();
    input.value = 't';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(focused(el), 'focus stays in the search box').to.equal(input);
  });

  it('Shift+Tab before the popover\'s first control closes it and goes back to the day it was opened from', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    cell(el, '2019-04-23').focus();
    await sendKeys({ press: 'Enter' });
    // Once the popover is placed and has moved focus in (to its heading): focus put on its first control
    // before that would be taken to the heading, and Shift+Tab would then reach that control, not leave.
    await waitUntil(() => $(el, '[part~="popover"]')?.contains(focused(el)), 'the day\'s popover, with focus', { timeout: 5000 });
    $(el, '[part~="popover"] button')!.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    // Booleans, not elements: a failed assertion on an element hangs the runner while it is serialised.
    expect(Boolean($(el, '[part~="popover"]')), 'popover closed').to.equal(false);
    expect(focused(el) === cell(el, '2019-04-23'), 'focus on the day').to.equal(true);
  });

  it('takes Shift+Tab as WebKitGTK says it (key "Unidentified", code "Tab") back to the day too', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    cell(el, '2019-04-23').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part~="popover"]')?.contains(focused(el)), 'the day\'s popover, with focus', { timeout: 5000 });
    const first = $(el, '[part~="popover"] button')!;
    first.focus();
    // What GNOME Web sends for Shift+Tab (X's ISO_Left_Tab), a real keyboard's and WebDriver's alike.
    const event = new KeyboardEvent('keydown', { key: 'Unidentified', code: 'Tab', shiftKey: true, bubbles: true, composed: true, cancelable: true });
    first.dispatchEvent(event);
    await el.updateComplete;
    expect(Boolean($(el, '[part~="popover"]')), 'popover closed').to.equal(false);
    expect(event.defaultPrevented, 'the browser does not move focus on from the day').to.equal(true);
    expect(focused(el) === cell(el, '2019-04-23'), 'focus on the day').to.equal(true);
  });

  it('goTo() before the first render wins over the date, list range and today set before it', async () => {
    /** A calendar set up from code and connected, then goTo(): its first render has not run yet. */
    const goneTo = async (setup: Partial<IisgEventCalendar>) => {
      const el = Object.assign(document.createElement('iisg-event-calendar'), { src: FEED, lang: 'en' }, setup);
      el.style.width = '900px';
      document.body.append(el);
      el.goTo('2018-10-15');
      try {
        return heading(await drawn(el));
      } finally {
        el.remove();
      }
    };
    expect(await goneTo({ date: '2019-04' })).to.equal('October 2018');
    expect(await goneTo({})).to.equal('October 2018');
    expect(await goneTo({ view: 'list', date: '2019-04' })).to.equal('October 2018');
    expect(await goneTo({ view: 'list' }), 'not the upcoming events').to.equal('October 2018');
  });

  it('a list range set from code wins over the period kept by a view change', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} lang="en" style="width: 900px"></iisg-event-calendar>`);
    el.goTo('2019-06-10');
    el.view = 'list';
    el.listRange = 'past';
    await el.updateComplete;
    expect(heading(el)).to.equal('Past');
  });
});

describe('<iisg-event-calendar> search box in a phone-width calendar', () => {
  it('shows its whole hint in every language (Albanian, Macedonian and Cyrillic hints are long)', async () => {
    const cut: string[] = [];
    for (const lang of ['en', 'sq', 'sr-Latn', 'sr-Cyrl', 'bs', 'hr', 'mk', 'sl', 'de', 'fr']) {
      for (const width of [320, 360]) {
        const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" filters="network organiser" lang=${lang} style=${`width: ${width}px`}></iisg-event-calendar>`);
        await waitUntil(() => $(el, '[part~="filters-toggle"]') && $<HTMLInputElement>(el, 'input[type="search"]')!.placeholder !== 'Title, place or organiser' || lang === 'en', `${lang} drawn narrow`);
        const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontSize} ${style.fontFamily}`;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const needed = context.measureText(input.placeholder).width;
        if (needed > room) cut.push(`${lang} at ${width}px: "${input.placeholder}" ${needed.toFixed(0)}/${room.toFixed(0)}`);
      }
    }
    expect(cut).to.deep.equal([]);
  });
});

describe('<iisg-event-calendar> search: said once, printed', () => {
  it('announces the count once typing pauses, not at every key', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    const region = $(el, '[role="status"]#announce')!;
    for (const query of ['t', 'ti', 'tir']) {
      input.value = query;
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      await aTimeout(100);
      expect(region.textContent, `while typing "${query}"`).to.equal('');
    }
    expect($(el, '.matching')!.textContent, 'the visible count follows each key').to.match(/events? match/);
    await waitUntil(() => region.textContent !== '', 'announced after the pause', { timeout: 5000 });
    expect(region.textContent).to.equal($(el, '.matching')!.textContent);
    // Said once, then emptied: a screen reader reading down the page heard the visible count, then the same again.
    await waitUntil(() => region.textContent === '', 'emptied after it is said', { timeout: 6000 });
    expect($(el, '.matching')!.textContent, 'the visible count stays').to.match(/events? match/);
  });

  it('says nothing the visitor did not ask for: a preset, a month change', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" network="rnnc" lang="en" style="width: 900px"></iisg-event-calendar>`);
    const region = $(el, '[role="status"]#announce')!;
    expect($(el, '.matching')!.textContent, 'the preset is counted on screen').to.not.equal('');
    $(el, '[part~="next"]')!.click();
    await el.updateComplete;
    await aTimeout(900);
    expect(region.textContent, 'not said').to.equal('');
  });

  it('leaves no count in the live region that is no longer true, for a screen reader reading down the page', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    const region = $(el, '[role="status"]#announce')!;
    input.value = 'rnnc';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    await waitUntil(() => region.textContent !== '', 'announced after the pause', { timeout: 5000 });
    expect(region.textContent).to.equal('3 events match, 1 shown');
    $(el, '[part~="next"]')!.click(); // May 2019: none of the three
    await el.updateComplete;
    expect($(el, '.matching')!.textContent).to.equal('3 events match, but not in May 2019');
    // The heading says the month; the region, read after the visible line, said "3 events match" still.
    expect(region.textContent).to.equal('');
  });

  it('prints what the search and filters are', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" network="rnnc" lang="en" style="width: 900px"></iisg-event-calendar>`);
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    input.value = 'tirana';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const line = $(el, '.print-filters')!;
    expect(line.textContent).to.equal('Search events: tirana · Network: RNNC · 1 event matches');
    expect(getComputedStyle(line).display, 'not on screen').to.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(line).display, 'on paper').to.equal('block');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('<iisg-event-calendar> on paper', () => {
  it('prints every bar’s whole title (paper cannot be hovered), each week row as tall as its titles', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 700px"></iisg-event-calendar>`);
    const bars = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="grid"] [part~="event"]')];
    expect(bars.length).to.be.greaterThan(0);
    const cut = () => bars.filter((bar) => bar.scrollWidth > bar.clientWidth + 1 || bar.scrollHeight > bar.clientHeight + 1).length;
    expect(cut(), 'on screen, long titles end in an ellipsis').to.be.greaterThan(0);
    await emulateMedia({ media: 'print' });
    try {
      expect(cut(), 'on paper, none is cut').to.equal(0);
      for (const bar of bars) {
        const row = bar.closest('.week')!.getBoundingClientRect();
        const box = bar.getBoundingClientRect();
        expect(box.bottom, `${bar.textContent!.trim()} inside its week`).to.be.at.most(row.bottom + 0.5);
      }
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('<iisg-event-calendar> tells the page’s developer', () => {
  it('warns about an unknown view and falls back to the month', async () => {
    let el!: IisgEventCalendar;
    const said = await warnings(async () => {
      el = await calendar(html`<iisg-event-calendar src=${FEED} view="bogus" date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    });
    expect(el.view).to.equal('month');
    expect(said.join('\n')).to.contain('view="bogus" is not a view');
  });

  it('reads view, views and filters in any case, as HTML reads its keywords, and names a filter it does not have', async () => {
    // A CMS page written by hand: view="List", filters="Network Country", a US spelling.
    let el!: IisgEventCalendar;
    const said = await warnings(async () => {
      el = await calendar(html`<iisg-event-calendar src=${FEED} view="List" views="Month List" filters="Network Country organizer" date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    });
    expect(el.view).to.equal('list');
    expect($$(el, '[part~="view"]').map((b) => b.textContent!.trim())).to.deep.equal(['Month', 'List']);
    expect($$(el, '[part~="filters"] select').map((s) => s.id)).to.have.length(2);
    expect(said.join('\n')).to.contain('filters="Network Country organizer" has no filter organizer (network, organiser, country, tag)');
    expect(said.join('\n')).not.to.contain('is not a view');
  });

  it('warns that a list given a date does not use list-range', async () => {
    const said = await warnings(() => calendar(html`<iisg-event-calendar src=${FEED} view="list" list-range="past" date="2019-04" lang="en"></iisg-event-calendar>`));
    expect(said.join('\n')).to.contain('list-range="past" is not used with date="2019-04"');
  });

  it('says when it has no feed: a misspelt src at once, none at all after a few seconds', async () => {
    const typo = await warnings(async () => {
      const el = await fixture(html`<iisg-event-calendar scr="/demo/feed.json"></iisg-event-calendar>`);
      // Moved in the page: said once, not at each connection.
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
    });
    expect(typo.filter((line) => line.includes('"scr" is not an attribute of this element; did you mean src="/demo/feed.json"?'))).to.have.length(1);

    const none = await warnings(() => fixture(html`<iisg-event-calendar></iisg-event-calendar>`), 3_200);
    expect(none.join('\n')).to.contain('no feed: set src');

    const later = await warnings(async () => {
      const el = await fixture<IisgEventCalendar>(html`<iisg-event-calendar></iisg-event-calendar>`);
      await aTimeout(500);
      el.feed = { version: 1, events: [] };
    }, 3_200);
    expect(later.join('\n'), 'a feed set by a script within the wait').to.not.contain('no feed');
  });
});
