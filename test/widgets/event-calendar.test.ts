import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { css } from 'lit';
import '@iisg/widgets';
import { IisgEventCalendar } from '@iisg/widgets';
import { $, $$, accessibleName, calendar, cell, focused, text } from './helpers.js';

const FEED = '/demo/feed.json';

/** Types a search as a visitor would, and waits for the calendar to show what it matches. */
function search(el: IisgEventCalendar, query: string) {
  const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
  input.value = query;
  input.dispatchEvent(new Event('input'));
  return el.updateComplete;
}

describe('<iisg-event-calendar> month view', () => {
  it('shows the Tirana cluster in April 2019 and names each day with its events', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect($(el, '[part~="heading"]')!.textContent!.trim()).to.equal('April 2019');
    const bars = $$(el, '[part~="event"]').map((b) => b.textContent!.trim());
    expect(bars).to.have.length(3);
    expect(cell(el, '2019-04-23').getAttribute('aria-label')).to.equal(
      'Tuesday, 23 April 2019: 7th Meeting of the RCC Group of National Focal Points for Prevention and Countering Violent Extremism in South East Europe (NFP Group), Tirana, Albania',
    );
    expect(cell(el, '2019-04-22').getAttribute('aria-label')).to.equal('Monday, 22 April 2019: no events');
    // Monday first for English (en-GB), days of other months dimmed.
    expect($$(el, '[role="columnheader"] .visually-hidden')[0].textContent).to.equal('Monday');
    expect(cell(el, '2019-05-01').getAttribute('part')).to.contain('outside');
    await expect(el).to.be.accessible();
  });

  it('draws a multi-day event as one bar per week row, marked where it continues', async () => {
    const feed = { version: 1, events: [{ id: 'long', title: 'Long', start: '2019-04-27', end: '2019-05-02' }] };
    const el = await calendar(html`<iisg-event-calendar .feed=${feed} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    const bars = $$(el, '[part~="event"]');
    expect(bars.map((b) => b.getAttribute('part'))).to.deep.equal([
      'event event-multi scheduled continues-after',
      'event event-multi scheduled continues-before',
    ]);
    // May's grid starts on Monday 29 April: one bar, continuing from the week before.
    $(el, '[part~="next"]')!.click();
    await el.updateComplete;
    expect($$(el, '[part~="event"]').map((b) => b.getAttribute('part'))).to.deep.equal(['event event-multi scheduled continues-before']);
  });

  it('keeps a bar one line high when it continues from a single column', async () => {
    // Sunday 28 April into the next week: a one-column bar with a continuation mark.
    const feed = { version: 1, events: [{ id: 'a', title: 'A long title that does not fit', start: '2019-04-28', end: '2019-04-30' }, { id: 'b', title: 'B', start: '2019-04-24' }] };
    const el = await calendar(html`<iisg-event-calendar .feed=${feed} date="2019-04" lang="en" style="width: 600px"></iisg-event-calendar>`);
    const [single, continuing] = [$$(el, '[part~="event-single"]')[0], $$(el, '[part~="continues-after"]')[0]];
    expect(continuing.getBoundingClientRect().height).to.be.closeTo(single.getBoundingClientRect().height, 1);
  });

  it('shows a status other than scheduled on its bar, in a word and a border style, and says it once', async () => {
    const statuses = ['scheduled', 'cancelled', 'tentative', 'postponed', 'rescheduled', 'moved-online'];
    const feed = { version: 1, events: statuses.map((status, i) => ({ id: status, title: `Meeting ${i}`, start: `2019-04-${10 + i}`, status })) };
    const el = await calendar(html`<iisg-event-calendar .feed=${feed} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    const bar = (status: string) => $(el, `[part~="event"][part~="${status}"]`)!;
    expect(statuses.map((s) => bar(s).textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Meeting 0',
      'Cancelled Meeting 1',
      'To be confirmed Meeting 2',
      'Postponed Meeting 3',
      'Rescheduled Meeting 4',
      'Moved online Meeting 5',
    ]);
    // Seen, not heard: the bar is hidden from assistive technology, and its day's cell says the status once.
    expect(bar('postponed').getAttribute('aria-hidden')).to.equal('true');
    expect(cell(el, '2019-04-13').getAttribute('aria-label')).to.equal('Saturday, 13 April 2019: Meeting 3, Postponed');
    // A border style of its own, in forced colours too (where every bar had one solid line), one line high.
    const borders = () => statuses.map((s) => getComputedStyle(bar(s)).borderTopStyle);
    const heights = () => statuses.map((s) => bar(s).getBoundingClientRect().height);
    expect(borders()).to.deep.equal(['none', 'dashed', 'dotted', 'double', 'double', 'double']);
    expect(new Set(heights()).size).to.equal(1);
    try {
      await executeServerCommand('forced-colors', 'active');
      expect(borders()).to.deep.equal(['solid', 'dashed', 'dotted', 'double', 'double', 'double']);
      expect(new Set(heights()).size).to.equal(1);
    } finally {
      await executeServerCommand('forced-colors', 'none');
    }
  });

  it('leaves a status bar room for its title, in a narrow month grid and a wide one', async () => {
    const feed = { version: 1, events: [{ id: 'p', title: 'Meeting', start: '2019-04-11', status: 'tentative' }] };
    for (const width of [360, 1100]) {
      const el = await calendar(html`<iisg-event-calendar .feed=${feed} date="2019-04" narrow-view="month" lang="en" style=${`width: ${width}px`}></iisg-event-calendar>`);
      const bar = $(el, '[part~="tentative"]')!;
      const status = bar.querySelector('.bar-status')!;
      // "To be confirmed" fills a day's bar at 1100 px when it may take all it needs.
      expect(status.getBoundingClientRect().width, `${width} px`).to.be.below(bar.clientWidth * 0.7);
    }
  });

  it('opens on a year, a month or a day', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2017" view="year" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect($(el, '[part~="heading"]')!.textContent!.trim()).to.equal('2017');
  });

  it('keeps a zoned multi-day event on the right days across a DST change', async () => {
    const feed = { version: 1, events: [{ id: 'dst', title: 'Over DST', start: '2019-03-30T20:00', end: '2019-04-01T01:30', timeZone: 'Europe/Tirane' }] };
    const el = await calendar(html`<iisg-event-calendar .feed=${feed} date="2019-03" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect(cell(el, '2019-03-29').getAttribute('aria-label')).to.not.contain('Over DST');
    expect(cell(el, '2019-03-30').getAttribute('aria-label')).to.contain('Over DST');
    expect(cell(el, '2019-03-31').getAttribute('aria-label')).to.contain('Over DST');
    expect($(el, '[part~="event"]')!.getAttribute('part')).to.contain('continues-after');
    $(el, '[part~="next"]')!.click();
    await el.updateComplete;
    expect(cell(el, '2019-04-01').getAttribute('aria-label')).to.contain('Over DST');
    expect(cell(el, '2019-04-02').getAttribute('aria-label')).to.not.contain('Over DST');
  });

  it('moves by keyboard: one tab stop, arrows, Home/End, PageDown across months', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04-23" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect($$(el, '[role="gridcell"][tabindex="0"]')).to.have.length(1);
    cell(el, '2019-04-23').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)!.dataset.day).to.equal(cell(el, '2019-04-24').dataset.day);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)!.getAttribute('aria-label')).to.match(/^Wednesday, 1 May 2019/);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focused(el)!.getAttribute('aria-label')).to.match(/^Monday, 29 April 2019/);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focused(el)!.getAttribute('aria-label')).to.match(/^Sunday, 5 May 2019/);
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect($(el, '[part~="heading"]')!.textContent!.trim()).to.equal('June 2019');
    expect(focused(el)!.getAttribute('aria-label')).to.match(/^Wednesday, 5 June 2019/);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'End' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect(focused(el)!.getAttribute('aria-label'), 'Ctrl+End: the month’s last day').to.match(/^Sunday, 30 June 2019/);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Home' });
    await sendKeys({ up: 'Control' });
    await el.updateComplete;
    expect(focused(el)!.getAttribute('aria-label'), 'Ctrl+Home: the month’s first day').to.match(/^Saturday, 1 June 2019/);
  });

  it('opens the day’s events with Enter, then the event; Esc goes back to the list, and again returns focus to the day', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04-24" lang="en" style="width: 900px"></iisg-event-calendar>`);
    cell(el, '2019-04-24').focus();
    await sendKeys({ press: 'Enter' });
    // The day's list comes with the list view's code, which may still be loading.
    await waitUntil(() => $(el, '[part~="popover"] #popover-title'), 'the day’s list');
    expect($(el, '[part~="popover"] #popover-title')!.textContent).to.equal('Events on 24 April 2019');
    await waitUntil(() => focused(el)?.id === 'popover-title', 'focus moves into the popover once it is placed');
    await expect(el).to.be.accessible();
    const selected = oneEvent(el, 'iisg-event-select');
    $(el, '[part~="popover"] .list-item')!.click();
    expect((await selected).detail.event.id).to.equal('rnnc-3');
    await el.updateComplete;
    await aTimeout(0);
    const popover = $(el, '[part~="popover"]')!;
    expect(popover.textContent).to.contain('3rd Meeting of the Regional Network of National P/CVE Coordinators');
    expect(popover.textContent).to.contain('Held back-to-back with');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => focused(el)?.matches('.day-list .list-item'), 'back in the day’s list, on the event’s item');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await aTimeout(0);
    expect($(el, '[part~="popover"]')).to.equal(null);
    expect(focused(el)!.dataset.day).to.equal(cell(el, '2019-04-24').dataset.day);
  });

  it('offers add-to-calendar in the event popover; Esc in its menu closes only the menu', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    $$(el, '[part~="event"]')[0].click();
    await waitUntil(() => focused(el)?.tagName === 'H2', 'popover open');
    const button = $(el, '[part~="popover"] [part~="menu-button"]')!;
    button.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focused(el)?.getAttribute('role') === 'menuitem', 'focus on the first item');
    expect(focused(el)!.textContent!.trim()).to.equal('Download .ics file');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await aTimeout(0);
    expect($(el, '[part~="popover"]')).to.not.equal(null);
    expect(focused(el)).to.equal(button);
  });

  it('shows "+N more" when a day overflows, and lists every event of that day', async () => {
    const events = Array.from({ length: 6 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: '2019-04-10' }));
    const el = await calendar(html`<iisg-event-calendar .feed=${{ version: 1, events }} date="2019-04" max-events="2" lang="en" style="width: 900px"></iisg-event-calendar>`);
    const more = $(el, '[part~="more"]')!;
    // For the pointer, beside the cell; the cell names every event, and Enter on it opens the same list.
    expect(more.textContent!.trim()).to.equal('+4 more');
    expect(more.getAttribute('aria-hidden')).to.equal('true');
    expect(cell(el, '2019-04-10').getAttribute('aria-label')).to.equal('Wednesday, 10 April 2019: Event 0; Event 1; Event 2; Event 3; Event 4; Event 5');
    const [cellBox, moreBox] = [cell(el, '2019-04-10').getBoundingClientRect(), more.getBoundingClientRect()];
    expect(moreBox.left >= cellBox.left && moreBox.right <= cellBox.right && moreBox.bottom <= cellBox.bottom + 1, 'drawn at the foot of its day').to.equal(true);
    await expect(el).to.be.accessible();
    // axe's label-in-name rule is experimental, off in the default run: ask for it.
    const axe = (window as unknown as { axe: { run(el: Element, o: object): Promise<{ violations: { id: string }[] }> } }).axe;
    const { violations } = await axe.run(el, { runOnly: { type: 'rule', values: ['label-content-name-mismatch'] } });
    expect(violations.map((v) => v.id)).to.deep.equal([]);
    more.click();
    await waitUntil(() => $$(el, '[part~="popover"] .list-item').length, 'the day’s list (its code may still be loading)');
    expect($$(el, '[part~="popover"] .list-item')).to.have.length(6);
  });

  it('marks today', async () => {
    const el = await calendar(html`<iisg-event-calendar .feed=${{ version: 1, events: [] }} lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect($$(el, '[part~="day"][part~="today"]')).to.have.length(1);
    expect($(el, '[part~="day"][part~="today"]')!.getAttribute('aria-current')).to.equal('date');
  });

  it('names where previous and next go: "Previous: March 2019", a year in the year view, in the page’s language', async () => {
    const names = (el: IisgEventCalendar) => ['previous', 'next'].map((p) => $(el, `[part~="${p}"]`)!.getAttribute('aria-label'));
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect(names(el)).to.deep.equal(['Previous: March 2019', 'Next: May 2019']);
    $(el, '[part~="next"]')!.click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Previous: April 2019', 'Next: June 2019']);
    el.view = 'year';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Previous: 2018', 'Next: 2020']);
    const de = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-01" lang="de" style="width: 900px"></iisg-event-calendar>`);
    expect(names(de)).to.deep.equal(['Zurück: Dezember 2018', 'Weiter: Februar 2019']);
  });

  it('fires iisg-range-change when the visitor moves, not when code does', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    let fired = 0;
    el.addEventListener('iisg-range-change', () => fired++);
    el.goTo('2019-06-01');
    await el.updateComplete;
    await aTimeout(0);
    expect(fired).to.equal(0);
    const change = oneEvent(el, 'iisg-range-change');
    $(el, '[part~="previous"]')!.click();
    const { detail } = await change;
    expect(detail).to.deep.equal({ view: 'month', start: '2019-04-29', end: '2019-06-02' });
  });
});

describe('<iisg-event-calendar> list and year views', () => {
  it('lists past events grouped by month, newest first, with range-aware dates', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} view="list" list-range="past" lang="en" style="width: 700px"></iisg-event-calendar>`);
    const headings = $$(el, '[part~="list-heading"]').map((h) => h.textContent!.trim());
    expect(headings[0]).to.equal('May 2019');
    expect(headings).to.include('April 2019');
    const budva = $$(el, '[part~="list-item"]').find((i) => i.textContent!.includes('Second Meeting'))!;
    expect(budva.querySelector('time')!.textContent).to.equal('15–16 October 2018');
    const washington = $$(el, '[part~="list-item"]').find((i) => i.textContent!.includes('Washington'))!;
    expect(washington).to.not.equal(undefined);
    // Each item is said as one sentence with its weekday, as the month grid's days are.
    expect(await accessibleName(budva)).to.equal('Monday, 15–16 October 2018: Second Meeting of the Regional Network of Western Balkan National P/CVE Coordinators, Budva, Montenegro, EUD/EUSR BiH, IISG SG');
    const berlin = $$(el, '[part~="list-item"]').find((i) => i.textContent!.includes('Berlin'))!;
    // The status as written: drawn in small capitals, which Chrome does not pass on as capitals.
    expect(await accessibleName(berlin)).to.equal('Friday, 28 September 2018: Working with local communities in CVE, To be confirmed, Berlin, Germany, RAN');
    await expect(el).to.be.accessible();
  });

  it('says a list item\'s date in full, as the month grid does, in every language', async () => {
    const feed = { version: 1, events: [{ id: 'm', title: 'Meeting', start: '2019-04-23' }] };
    for (const lang of ['en', 'sq', 'sr-Latn', 'sr-Cyrl', 'bs', 'hr', 'mk', 'sl', 'de', 'fr']) {
      const grid = await calendar(html`<iisg-event-calendar .feed=${feed} date="2019-04" lang=${lang} style="width: 900px"></iisg-event-calendar>`);
      const list = await calendar(html`<iisg-event-calendar .feed=${feed} view="list" list-range="past" lang=${lang} style="width: 900px"></iisg-event-calendar>`);
      // A no-break space ("2019 г.") read as a space, as a screen reader does.
      const spaced = (name: string) => name.replace(/\s+/g, ' ');
      expect(spaced(await accessibleName($(list, '[part~="list-item"]')!)), lang).to.equal(spaced(cell(grid, '2019-04-23').getAttribute('aria-label')!));
      grid.remove();
      list.remove();
    }
  });

  it('strikes through a cancelled event and says so', async () => {
    const feed = { version: 1, events: [{ id: 'c', title: 'Called off', start: '2030-01-10', status: 'cancelled' }] };
    const el = await calendar(html`<iisg-event-calendar .feed=${feed} view="list" lang="en"></iisg-event-calendar>`);
    const item = $(el, '[part~="list-item"]')!;
    expect(item.getAttribute('part')).to.contain('cancelled');
    expect(item.textContent).to.contain('Cancelled');
    expect(getComputedStyle(item.querySelector('.list-title')!).textDecorationLine).to.equal('line-through');
  });

  it('switches to the list in a narrow container', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 320px"></iisg-event-calendar>`);
    await waitUntil(() => $(el, '[part~="list"], [part~="empty"]'), 'list shown when narrow');
    expect($(el, '[role="grid"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says in a narrow container that the month is shown as a list, and names the month once', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 320px"></iisg-event-calendar>`);
    await waitUntil(() => $(el, '[part~="list-item"]'), 'the month as a list');
    const [month, list] = $$(el, '[part~="view"]');
    expect(month.getAttribute('aria-pressed')).to.equal('true');
    expect(await accessibleName(month), 'what a screen reader hears for the pressed button').to.equal('Month, shown as a list');
    expect(await accessibleName(list)).to.equal('List');
    const headings = () => $$(el, 'h1, h2, h3, h4, h5, h6, [role="heading"]').map((h) => h.textContent!.trim());
    expect(headings()).to.deep.equal(['April 2019']);
    await expect(el).to.be.accessible();
    // The view stays the visitor's choice, in the property and in the event alike; the days are those drawn.
    const change = oneEvent(el, 'iisg-range-change');
    $(el, '[part~="next"]')!.click();
    expect((await change).detail).to.deep.equal({ view: 'month', start: '2019-05-01', end: '2019-05-31' });
    expect(el.view).to.equal('month');
    el.style.width = '900px';
    await waitUntil(() => $(el, '[role="grid"]'), 'the grid when wide');
    expect(await accessibleName($(el, '[part~="view"]')!)).to.equal('Month');
  });

  it('shows a year of density and opens a day in the month view', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} view="year" date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect($(el, '[part~="heading"]')!.textContent!.trim()).to.equal('2019');
    const days = $$(el, 'button[part~="mini-day"]');
    expect(days.map((d) => d.getAttribute('aria-label'))).to.include('Tuesday, 23 April 2019: 7th Meeting of the RCC Group of National Focal Points for Prevention and Countering Violent Extremism in South East Europe (NFP Group)');
    await expect(el).to.be.accessible();
    days.find((d) => d.getAttribute('aria-label')!.startsWith('Tuesday, 23 April'))!.click();
    await el.updateComplete;
    expect(el.view).to.equal('month');
    expect($(el, '[part~="heading"]')!.textContent!.trim()).to.equal('April 2019');
  });

  it('lets a subclass restyle the list and year views, whose styles load after its own', async () => {
    class ShadedCalendar extends IisgEventCalendar {
      static override styles = [...IisgEventCalendar.styles, css`.list-item, .mini-day { background: rgb(9, 9, 9); }`];
    }
    customElements.define('shaded-calendar', ShadedCalendar);
    const el = await calendar(html`<shaded-calendar src=${FEED} view="list" date="2019-04" lang="en" style="width: 900px"></shaded-calendar>`);
    expect(getComputedStyle($(el, '[part~="list-item"]')!).backgroundColor).to.equal('rgb(9, 9, 9)');
    el.view = 'year';
    await el.updateComplete;
    expect(getComputedStyle($(el, '[part~="mini-day"]:not([part~="has-events"])')!).backgroundColor).to.equal('rgb(9, 9, 9)');
  });
});

describe('<iisg-event-calendar> filters and search', () => {
  it('filters by network and announces the count', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} view="list" list-range="past" filters="network country" lang="en"></iisg-event-calendar>`);
    const select = $$<HTMLSelectElement>(el, '.filter select')[0];
    select.value = 'rnnc';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const ids = $$(el, '[part~="list-item"]').map((i) => i.textContent!);
    expect(ids).to.have.length(3);
    expect($(el, '.matching')!.textContent).to.equal('3 events match');
    const region = $(el, '[role="status"]#announce')!;
    await waitUntil(() => region.textContent === '3 events match', 'said once the choice rests', { timeout: 5000 });
    await expect(el).to.be.accessible();
  });

  it('clears the visitor’s choices and search, keeps a preset without a menu, and focuses the search box', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} view="list" list-range="past" filters="country" network="rnnc" lang="en"></iisg-event-calendar>`);
    expect($(el, '[part~="clear-filters"]'), 'nothing to clear yet: the preset has no menu').to.equal(null);
    const all = $$(el, '[part~="list-item"]').length;
    const select = $<HTMLSelectElement>(el, '.filter select')!;
    select.value = 'AL';
    select.dispatchEvent(new Event('change'));
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    input.value = 'zzz-no-match';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($$(el, '[part~="list-item"]')).to.have.length(0);
    await expect(el).to.be.accessible();
    $(el, '[part~="clear-filters"]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect($$(el, '[part~="list-item"]')).to.have.length(all);
    expect(input.value).to.equal('');
    expect(select.value).to.equal('');
    expect($(el, '[part~="clear-filters"]')).to.equal(null);
    expect(focused(el)).to.equal(input);
    expect($(el, '.matching')!.textContent, 'the rnnc preset still applies').to.equal(`${all} events match`);
  });

  it('folds the filter menus behind a button in a narrow calendar', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} view="list" list-range="past" filters="network country" lang="en" style="width: 320px"></iisg-event-calendar>`);
    await waitUntil(() => $(el, '[part~="filters-toggle"]'), 'the toggle drawn once the calendar knows it is narrow');
    const toggle = $(el, '[part~="filters-toggle"]')!;
    const menus = $(el, '#filter-menus')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal('filter-menus');
    expect(menus.hidden).to.equal(true);
    expect($(el, 'input[type="search"]')!.getBoundingClientRect().height, 'search stays').to.be.above(0);
    await expect(el).to.be.accessible();
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(menus.hidden).to.equal(false);
    const select = $$<HTMLSelectElement>(el, '.filter select')[0];
    select.value = 'rnnc';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(toggle.textContent!.trim()).to.equal('Filters (1)');
    await expect(el).to.be.accessible();
    toggle.click();
    await el.updateComplete;
    expect(menus.hidden).to.equal(true);
    expect($$(el, '[part~="list-item"]'), 'the filter still applies while folded').to.have.length(3);
    el.style.width = '900px';
    await waitUntil(() => !$(el, '[part~="filters-toggle"]'), 'no toggle in a wide calendar');
    expect($(el, '#filter-menus')!.hidden).to.equal(false);
  });

  it('says when no match is in the month shown, and goes to the nearest one’s month', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    await search(el, 'Budva');
    expect($(el, '.matching')!.textContent).to.equal('1 event matches, but not in April 2019');
    const show = $(el, '[part~="show-matches"]')!;
    expect(text(el, 'show-matches'), 'the match before: no later one').to.equal('Show October 2018');
    await expect(el).to.be.accessible();
    const change = oneEvent(el, 'iisg-range-change');
    show.click();
    expect((await change).detail.start).to.equal('2018-10-01');
    await el.updateComplete;
    expect(text(el, 'heading')).to.equal('October 2018');
    expect(focused(el), 'focus on the (last) day of the match, not lost with the button').to.equal(cell(el, '2018-10-16'));
    expect($(el, '[part~="show-matches"]')).to.equal(null);
    expect($(el, '.matching')!.textContent).to.equal('1 event matches');
  });

  it('offers the next match after the period shown first, in the year view and the narrow list too', async () => {
    const year = await calendar(html`<iisg-event-calendar src=${FEED} view="year" date="2016" lang="en" style="width: 900px"></iisg-event-calendar>`);
    await search(year, 'Budva');
    expect($(year, '.matching')!.textContent).to.equal('1 event matches, but not in 2016');
    expect(text(year, 'show-matches'), 'the match after comes first').to.equal('Show 2018');
    $(year, '[part~="show-matches"]')!.click();
    await year.updateComplete;
    expect(text(year, 'heading')).to.equal('2018');
    expect(focused(year), 'focus on the match’s day in the year view').to.equal($(year, `.mini-day[data-day="${Date.UTC(2018, 9, 15) / 86_400_000}"]`));
    const narrow = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="de" style="width: 320px"></iisg-event-calendar>`);
    await waitUntil(() => $(narrow, '[part~="list-item"]') && text(narrow, 'filters')?.includes('durchsuchen'), 'the month as a list, in German', { timeout: 5000 });
    await search(narrow, 'Budva');
    expect($(narrow, '.matching')!.textContent).to.equal('1 Veranstaltung gefunden, aber nicht im Zeitraum April 2019');
    expect(text(narrow, 'show-matches')).to.equal('Oktober 2018 anzeigen');
    $(narrow, '[part~="show-matches"]')!.click();
    await narrow.updateComplete;
    expect($$(narrow, '[part~="list-item"]').map((i) => i.textContent).join(' ')).to.contain('Budva');
    expect(focused(narrow)).to.equal($(narrow, '[part~="list-item"]'));
    await expect(narrow).to.be.accessible();
  });

  it('offers the past events when the search matches none of the upcoming ones (and the other way round)', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} view="list" lang="en" style="width: 900px"></iisg-event-calendar>`);
    await search(el, 'Budva');
    expect($(el, '.matching')!.textContent, 'the list itself says there are no upcoming events').to.equal('1 event matches');
    expect(text(el, 'show-matches')).to.equal('Show past events');
    await expect(el).to.be.accessible();
    $(el, '[part~="show-matches"]')!.click();
    await el.updateComplete;
    expect(text(el, 'heading')).to.equal('Past');
    expect(focused(el), 'focus on the first past match').to.equal($(el, '[part~="list-item"]'));
    expect(focused(el)!.textContent).to.contain('Budva');
    expect($(el, '[part~="show-matches"]')).to.equal(null);
  });

  it('presets a filter by attribute', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} view="list" list-range="past" network="nfp-group" lang="en"></iisg-event-calendar>`);
    const items = $$(el, '[part~="list-item"]');
    expect(items.length).to.be.greaterThan(0);
    expect(items.every((i) => !i.textContent!.includes('Regional Network of the National P-CVE Coordinators'))).to.equal(true);
  });

  it('searches titles, places and organisers in any language of the feed', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} view="list" list-range="past" lang="en"></iisg-event-calendar>`);
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    // Budva in English, Tirana in the feed's Serbian Cyrillic titles and places, "takimi" in its Albanian ones.
    const found: Record<string, number> = {};
    for (const query of ['budva', 'Тирана', 'takimi']) {
      input.value = query;
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      found[query] = $$(el, '[part~="list-item"]').length;
    }
    expect(found).to.deep.equal({ budva: 1, Тирана: 5, takimi: 10 });
    input.value = 'CEELI';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($$(el, '[part~="list-item"]').map((i) => i.textContent).join(' '), 'a supporter is found too').to.contain('Kick-Off Meeting');
    input.value = 'Regional Cooperation Council';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($$(el, '[part~="list-item"]').length).to.be.at.least(3);
  });
});

describe('<iisg-event-calendar> languages', () => {
  // The month with its year as CLDR and the browsers' Intl write it: Croatian, Bosnian and Serbian end the
  // year with a full stop, as their dates do ("23. travnja 2019."), Macedonian with "г." (година); so does the year
  // alone, the year view's heading ("2019." in Croatian, not "2019").
  const expectations: [string, string, string, string][] = [
    ['en', 'April 2019', 'Monday', '2019'],
    ['sq', 'prill 2019', 'e hënë', '2019'],
    ['sr-Latn', 'april 2019.', 'ponedeljak', '2019.'],
    ['sr-Cyrl', 'април 2019.', 'понедељак', '2019.'],
    ['bs', 'april 2019.', 'ponedjeljak', '2019.'],
    ['hr', 'travanj 2019.', 'ponedjeljak', '2019.'],
    ['mk', 'април 2019\u00a0г.', 'понеделник', '2019\u00a0г.'],
    ['sl', 'april 2019', 'ponedeljek', '2019'],
    ['de', 'April 2019', 'Montag', '2019'],
    ['fr', 'avril 2019', 'lundi', '2019'],
  ];
  for (const [lang, month, firstDay, year] of expectations) {
    it(`renders month names and the first day of the week in ${lang}`, async () => {
      const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang=${lang} style="width: 900px"></iisg-event-calendar>`);
      const firstColumn = () => $$(el, '[role="columnheader"] .visually-hidden')[0].textContent!;
      await waitUntil(() => lang === 'en' || firstColumn() !== 'Monday', `${lang} loaded`, { timeout: 4000 });
      expect($(el, '[part~="heading"]')!.textContent!.trim()).to.equal(month);
      expect($$(el, '[role="columnheader"] .visually-hidden')[0].textContent!).to.equal(firstDay);
      await expect(el).to.be.accessible();
      el.view = 'year';
      await waitUntil(() => $(el, '[part~="year"]') && el.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim() !== month, `${lang} year view`, { timeout: 4000 });
      expect($(el, '[part~="heading"]')!.textContent!.trim()).to.equal(year);
    });
  }
});

describe('<iisg-event-calendar> with a feed index', () => {
  const requested = () =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.includes('/test/fixtures/periods/'))
      .map((n) => n.split('/').pop());

  it('fetches only the yearly files in view', async () => {
    performance.clearResourceTimings();
    const el = await calendar(html`<iisg-event-calendar src="/test/fixtures/periods/index.json" date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    await waitUntil(() => $$(el, '[part~="event"]').length === 1, 'the 2019 event shown');
    expect(requested()).to.deep.equal(['index.json', 'events-2019.json']);
    const select = $<HTMLSelectElement>(el, '#year-picker')!;
    select.value = '2018';
    select.dispatchEvent(new Event('change'));
    const month = $<HTMLSelectElement>(el, '#month-picker')!;
    month.value = '10';
    month.dispatchEvent(new Event('change'));
    await waitUntil(() => $$(el, '[part~="event"]').length === 1 && $(el, '[part~="event"]')!.textContent!.includes('Second'), 'the 2018 event shown');
    expect(requested()).to.deep.equal(['index.json', 'events-2019.json', 'events-2018.json']);
  });

  it('a visitor’s search asks every yearly file, and says "not in this month" only once all are in', async () => {
    performance.clearResourceTimings();
    const el = await calendar(html`<iisg-event-calendar src="/test/fixtures/periods/index.json" date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    await waitUntil(() => $$(el, '[part~="event"]').length === 1, 'the 2019 event shown');
    await search(el, 'Second Meeting');
    // 2018's file is on its way: it may hold a match in any month, so nothing is claimed about this one.
    expect($(el, '[part~="show-matches"]')).to.equal(null);
    expect($(el, '.matching')!.textContent).to.not.contain('not in');
    await waitUntil(() => $(el, '[part~="show-matches"]'), 'the 2018 match found', { timeout: 5000 });
    expect(requested()).to.include('events-2018.json');
    expect($(el, '.matching')!.textContent).to.equal('1 event matches, but not in April 2019');
    expect(text(el, 'show-matches')).to.equal('Show October 2018');
  });
});

describe('<iisg-event-calendar> page integration', () => {
  it('draws its frame while the feed is fetched: heading, grid and a busy body, then the events', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const original = window.fetch;
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      await held;
      return original(String(input).replace('held-feed.json', 'demo/feed.json'), init);
    }) as typeof fetch;
    try {
      const el = await fixture<IisgEventCalendar>(html`<iisg-event-calendar src="/held-feed.json" date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
      await el.updateComplete;
      expect($(el, '[part~="message"][part~="loading"]')!.textContent).to.equal('Loading events…');
      expect($(el, '[part~="heading"]')!.textContent!.trim()).to.equal('April 2019');
      expect($(el, '[part~="body"]')!.getAttribute('aria-busy')).to.equal('true');
      expect($$(el, '[role="gridcell"]')).to.have.length(35);
      expect($$(el, '[part~="event"]')).to.have.length(0);
      await expect(el).to.be.accessible();
      release();
      await waitUntil(() => $$(el, '[part~="event"]').length === 3, 'the events drawn into the frame');
      expect($(el, '[part~="body"]')!.hasAttribute('aria-busy')).to.equal(false);
      expect($(el, '[part~="message"]')).to.equal(null);
    } finally {
      window.fetch = original;
    }
  });

  it('writes JSON-LD for the visible events with structured-data, and none without', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" structured-data lang="en" style="width: 900px"></iisg-event-calendar>`);
    const ld = () => document.head.querySelector('script[type="application/ld+json"][data-iisg-structured-data]');
    await waitUntil(ld, 'JSON-LD written');
    const data = JSON.parse(ld()!.textContent!);
    expect(data.map((d: { startDate: string }) => d.startDate)).to.deep.equal(['2019-04-23', '2019-04-24', '2019-04-25']);
    el.structuredData = false;
    await el.updateComplete;
    expect(ld()).to.equal(null);
  });

  it('keeps view, month and filters in the URL with sync-url, and reads them back', async () => {
    const before = location.href;
    try {
      const el = await calendar(html`<iisg-event-calendar id="events" src=${FEED} date="2019-04" sync-url filters="network" lang="en" style="width: 900px"></iisg-event-calendar>`);
      $(el, '[part~="next"]')!.click();
      await el.updateComplete;
      const select = $<HTMLSelectElement>(el, '.filter select')!;
      select.value = 'rnnc';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const params = new URL(location.href).searchParams;
      expect([params.get('events-view'), params.get('events-date'), params.get('events-network')]).to.deep.equal(['month', '2019-05', 'rnnc']);
      el.remove();
      const again = await calendar(html`<iisg-event-calendar id="events" src=${FEED} sync-url filters="network" lang="en" style="width: 900px"></iisg-event-calendar>`);
      expect($(again, '[part~="heading"]')!.textContent!.trim()).to.equal('May 2019');
      expect($<HTMLSelectElement>(again, '.filter select')!.value).to.equal('rnnc');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('starts and stops sync-url when the property is set after the calendar is shown', async () => {
    const before = location.href;
    const param = (name: string) => new URL(location.href).searchParams.get(`events-${name}`);
    try {
      const el = await calendar(html`<iisg-event-calendar id="events" src=${FEED} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
      el.syncUrl = true;
      await el.updateComplete;
      expect($(el, '[part~="heading"]')!.textContent!.trim(), 'what is shown stays').to.equal('April 2019');
      $(el, '[part~="next"]')!.click();
      await el.updateComplete;
      expect(param('date')).to.equal('2019-05');

      el.syncUrl = false;
      await el.updateComplete;
      expect(param('date'), 'taken out of the URL').to.equal(null);
      $(el, '[part~="next"]')!.click();
      await el.updateComplete;
      expect(param('date'), 'no longer kept').to.equal(null);

      // On again where a shared link put the calendar's state in the URL: the link's month is shown.
      const link = new URL(location.href);
      link.searchParams.set('events-date', '2018-10');
      history.replaceState(null, '', link);
      el.syncUrl = true;
      await el.updateComplete;
      expect($(el, '[part~="heading"]')!.textContent!.trim()).to.equal('October 2018');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('with sync-url, a list switched to from another month keeps that month in the URL too, not "upcoming"', async () => {
    const before = location.href;
    try {
      const el = await calendar(html`<iisg-event-calendar id="events" src=${FEED} date="2019-04" sync-url lang="en" style="width: 900px"></iisg-event-calendar>`);
      $$(el, '[part~="view"]').find((b) => b.textContent!.trim() === 'List')!.click();
      await el.updateComplete;
      expect($(el, '[part~="heading"]')!.textContent!.trim()).to.equal('April 2019');
      expect(new URL(location.href).searchParams.get('events-range')).to.equal('month');
      el.remove();
      const again = await calendar(html`<iisg-event-calendar id="events" src=${FEED} sync-url lang="en" style="width: 900px"></iisg-event-calendar>`);
      expect($(again, '[part~="heading"]')!.textContent!.trim()).to.equal('April 2019');
    } finally {
      history.replaceState(null, '', before);
    }
  });
});
