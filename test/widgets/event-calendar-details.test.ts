// The calendar's finer points, each one a defect found in review: shared links, focus after a popover,
// layouts other than the defaults, presets as editors type them, week numbers and first days.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '@iisg/widgets';
import type { IisgEventCalendar } from '@iisg/widgets';
import { SUPPORTED_LANGUAGES } from '@iisg/widgets/locales/load-locale.js';
import { $, $$, calendar, cell, consoleSaid, drawn, focused } from './helpers.js';

const FEED = '/demo/feed.json';

const heading = (el: Element) => $(el, '[part~="heading"]')!.textContent!.trim();
const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('<iisg-event-calendar> shared links (sync-url)', () => {
  let before: string;
  beforeEach(() => (before = location.href));
  afterEach(() => history.replaceState(null, '', before));

  it('a link to a month of the list opens that month of the list, not the upcoming events', async () => {
    const el = await calendar(html`<iisg-event-calendar id="shared" src=${FEED} date="2019-04" views="month list" sync-url lang="en" style="width: 900px"></iisg-event-calendar>`);
    $$(el, '[part~="view"]')[1].click(); // List: upcoming
    await el.updateComplete;
    (el as unknown as { goTo(d: string): void }).goTo('2019-04-01');
    $(el, '[part~="next"]')!.click(); // May 2019 of the list
    await el.updateComplete;
    expect(new URL(location.href).searchParams.get('shared-range')).to.equal('month');
    const link = location.href;
    el.remove();
    history.replaceState(null, '', link);
    const again = await calendar(html`<iisg-event-calendar id="shared" src=${FEED} date="2017-01" views="month list" sync-url lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect(heading(again)).to.equal('May 2019');
    expect($$(again, '[part~="list-item"]').length).to.be.greaterThan(0);
  });

  it('Back and Forward walk through the months the visitor went through', async () => {
    const el = await calendar(html`<iisg-event-calendar id="walk" src=${FEED} date="2019-04" sync-url lang="en" style="width: 900px"></iisg-event-calendar>`);
    // Real clicks, as a visitor's: Chrome lets Back skip entries a page added without a user gesture, and in
    // a tab that earlier test files have used, a scripted click's entries are skipped back to about:blank.
    const next = async () => {
      const box = $(el, '[part~="next"]')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
      await el.updateComplete;
    };
    await next();
    await next();
    expect(heading(el)).to.equal('June 2019');
    const popped = () => new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    let done = popped();
    history.back();
    await done;
    await el.updateComplete;
    expect(heading(el)).to.equal('May 2019');
    done = popped();
    history.back();
    await done;
    await el.updateComplete;
    expect(heading(el), 'back where the page set it up').to.equal('April 2019');
    done = popped();
    history.forward();
    await done;
    await el.updateComplete;
    expect(heading(el)).to.equal('May 2019');
  });

  it('Back and Forward fire iisg-range-change, from the calendar whose range they change only', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="width: 900px">
      <iisg-event-calendar id="upcoming" src=${FEED} date="2019-04" sync-url lang="en"></iisg-event-calendar>
      <iisg-event-calendar id="archive" src=${FEED} date="2018-10" sync-url lang="en"></iisg-event-calendar>
    </div>`);
    const [upcoming, archive] = [...page.children] as IisgEventCalendar[];
    await Promise.all([drawn(upcoming), drawn(archive)]);
    const next = async (el: IisgEventCalendar) => {
      $(el, '[part~="next"]')!.scrollIntoView({ block: 'center' });
      const box = $(el, '[part~="next"]')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
      await el.updateComplete;
    };
    await next(upcoming);
    await next(archive);
    expect([heading(upcoming), heading(archive)]).to.deep.equal(['May 2019', 'November 2018']);
    const fired: string[] = [];
    page.addEventListener('iisg-range-change', (e) => fired.push(`${(e.target as Element).id} ${e.detail.view} ${e.detail.start}`));
    const back = async () => {
      const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      history.back();
      await popped;
      await Promise.all([upcoming.updateComplete, archive.updateComplete]);
      await new Promise((resolve) => setTimeout(resolve));
    };
    await back();
    expect(heading(archive)).to.equal('October 2018');
    expect(fired, 'the archive went back to October 2018; the other calendar stayed').to.deep.equal(['archive month 2018-10-01']);
    await back();
    expect(heading(upcoming)).to.equal('April 2019');
    expect(fired).to.deep.equal(['archive month 2018-10-01', 'upcoming month 2019-04-01']);
  });

  it('two calendars with sync-url and no id: the console says, once, that each needs its own id', async () => {
    const said = await consoleSaid('warn', async () => {
      const page = await fixture<HTMLDivElement>(html`<div style="width: 900px">
        <iisg-event-calendar src=${FEED} date="2019-04" sync-url label="Upcoming" lang="en"></iisg-event-calendar>
        <iisg-event-calendar src=${FEED} date="2018-10" sync-url lang="en"></iisg-event-calendar>
      </div>`);
      const [first, second] = [...page.children] as IisgEventCalendar[];
      await Promise.all([drawn(first), drawn(second)]);
      // Moved in the page (connected again): not said again.
      page.append(first);
      await first.updateComplete;
    });
    const clash = said.filter((line) => line.includes('own id'));
    expect(clash).to.have.length(1);
    expect(clash[0]).to.contain('iisg-event-calendar number 1 of the page ("Upcoming") and iisg-event-calendar number 2 of the page both have sync-url and no id');
    expect(clash[0]).to.contain('Give each calendar with sync-url its own id.');
  });
});

describe('<iisg-event-calendar> an open popover and a new feed', () => {
  it('shows the event as the new feed has it (the live feed that replaced a saved copy cancelled it)', async () => {
    const first = { version: 1, events: [{ id: 'm', title: 'Meeting', start: '2019-04-10', location: { city: 'Tirana', country: 'AL' } }] };
    const el = await calendar(html`<iisg-event-calendar .feed=${first} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    $(el, '[part~="event"]')!.click();
    await waitUntil(() => $(el, '[part~="popover"]'), 'popover open', { timeout: 5000 });
    expect($(el, '[part~="popover"]')!.textContent).to.not.contain('Cancelled');
    el.feed = { ...first, events: [{ ...first.events[0], status: 'cancelled' }] };
    await waitUntil(() => $(el, '[part~="popover"]')?.textContent!.includes('Cancelled'), 'the popover says it is cancelled', { timeout: 5000 });
  });
});

describe('<iisg-event-calendar> views and ranges', () => {
  it('shows an offered view when views leaves out the month grid', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} views="list year" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect(el.view).to.equal('list');
    expect($$(el, '[part~="view"]').map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false']);
    expect($(el, '[role="grid"].month')).to.equal(null);
  });

  it('a list given a date shows that month', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} view="list" date="2018-10" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect(heading(el)).to.equal('October 2018');
    expect($$(el, '[part~="list-heading"]'), 'the calendar’s heading names the month, once').to.have.length(0);
  });

  it('previous and next from the upcoming list go to the months before and after this one', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} view="list" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect(heading(el)).to.equal('Upcoming');
    const [y, m] = todayIso().split('-').map(Number);
    const name = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    $(el, '[part~="next"]')!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal(m === 12 ? name(y + 1, 1) : name(y, m + 1));
    $(el, '[part~="go-today"]')!.click();
    await el.updateComplete;
    $(el, '[part~="previous"]')!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal(m === 1 ? name(y - 1, 12) : name(y, m - 1));
    // From the past list, previous goes to its newest event's month where that is earlier (the feed ends in May 2019).
    el.listRange = 'past';
    await el.updateComplete;
    expect(heading(el)).to.equal('Past');
    $(el, '[part~="previous"]')!.click();
    await el.updateComplete;
    expect(heading(el)).to.equal('May 2019');
  });

  it('lists an event that began last month in this month’s list, and in the upcoming list under this month’s heading', async () => {
    const feed = { version: 1, events: [{ id: 'long', title: 'Across the turn of the month', start: '2019-04-29', end: '2019-05-02' }] };
    const el = await calendar(html`<iisg-event-calendar .feed=${feed} view="list" date="2019-05" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect(heading(el)).to.equal('May 2019');
    expect($$(el, '[part~="list-item"]')).to.have.length(1);
    const shift = (days: number) => {
      const d = new Date();
      d.setDate(d.getDate() + days);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    const ongoing = { version: 1, events: [{ id: 'long', title: 'Begun 40 days ago', start: shift(-40), end: shift(5) }] };
    const upcoming = await calendar(html`<iisg-event-calendar .feed=${ongoing} view="list" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect($$(upcoming, '[part~="list-heading"]').map((h) => h.textContent!.trim())).to.deep.equal([new Date().toLocaleString('en-GB', { month: 'long', year: 'numeric' })]);
  });

  it('reports the upcoming list’s range, from today on, in iisg-range-change', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} views="month list" lang="en" style="width: 900px"></iisg-event-calendar>`);
    const changes: { view: string; start: string }[] = [];
    el.addEventListener('iisg-range-change', (e) => changes.push(e.detail));
    $$(el, '[part~="view"]')[1].click();
    await waitUntil(() => changes.length === 1);
    expect(changes[0]).to.include({ view: 'list', start: todayIso() });
  });
});

describe('<iisg-event-calendar> month grid details', () => {
  it('gives every bar room with max-events above 3, and none to spare below', async () => {
    const events = Array.from({ length: 6 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: '2019-04-10' }));
    for (const max of [1, 5]) {
      const el = await calendar(html`<iisg-event-calendar .feed=${{ version: 1, events }} date="2019-04" max-events=${max} lang="en" style="width: 900px"></iisg-event-calendar>`);
      const day = cell(el, '2019-04-10').getBoundingClientRect();
      const bars = $$(el, '[part~="event"]');
      expect(bars, `max-events=${max}`).to.have.length(max);
      for (const b of bars) expect(b.getBoundingClientRect().bottom, `max-events=${max}: bar inside its day`).to.be.at.most(day.bottom);
      const more = $(el, '[part~="more"]')!.getBoundingClientRect();
      expect(more.bottom).to.be.at.most(day.bottom + 1);
      expect(more.top, 'the "+N more" below the last bar').to.be.at.least(bars[bars.length - 1].getBoundingClientRect().bottom - 1);
    }
  });

  it('numbers weeks by their Thursday, whatever day they start on', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" week-numbers first-day="0" lang="en" style="width: 900px"></iisg-event-calendar>`);
    const week = (iso: string) => cell(el, iso).closest('[role="row"]')!.querySelector('[part~="week-number"]')!.textContent!.trim();
    expect(week('2019-04-07'), 'Sunday 7 to Saturday 13 April: ISO week 15').to.equal('15');
    expect(week('2019-03-31')).to.equal('14');
  });

  it('heads the week numbers on the weekdays’ line, in their size, on one line, in every language', async () => {
    for (const lang of SUPPORTED_LANGUAGES) {
      const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" week-numbers lang=${lang} style="width: 700px"></iisg-event-calendar>`);
      const [head, monday] = $$(el, '[role="columnheader"]');
      const box = head.getBoundingClientRect();
      expect(getComputedStyle(head).fontSize, lang).to.equal(getComputedStyle(monday).fontSize);
      expect(box.height, `${lang}: one line, as the weekdays`).to.be.closeTo(monday.getBoundingClientRect().height, 0.5);
      const range = document.createRange();
      range.selectNodeContents(head);
      const text = range.getBoundingClientRect();
      expect(text.left, `${lang}: "${head.textContent}" inside its cell`).to.be.at.least(box.left - 0.5);
      expect(text.right, lang).to.be.at.most(box.right + 0.5);
    }
  });

  it('starts the week on Sunday for en-US and on Monday for en-GB', async () => {
    for (const [lang, first] of [['en-US', 'Sunday'], ['en-GB', 'Monday'], ['en', 'Monday']]) {
      const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang=${lang} style="width: 900px"></iisg-event-calendar>`);
      expect($$(el, '[role="columnheader"] .visually-hidden')[0].textContent, lang).to.equal(first);
    }
  });

  it('keeps the popover’s close button clear of the title in a right-to-left page', async () => {
    const page = await fixture<HTMLDivElement>(html`<div dir="rtl"><iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar></div>`);
    const el = page.firstElementChild as HTMLElement;
    await waitUntil(() => $(el, '[part~="event"]'), 'events drawn');
    $$(el, '[part~="event"]')[1].click();
    await waitUntil(() => $(el, '[part~="popover"]')?.style.visibility === 'visible', 'popover placed');
    const close = $(el, '[part~="close"]')!.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents($(el, '#popover-title')!);
    // Every line of the title beside the button (the button floats to the left) starts right of it.
    const beside = [...range.getClientRects()].filter((r) => r.top < close.bottom && r.bottom > close.top && r.width > 0);
    expect(beside.length).to.be.above(0);
    for (const line of beside) expect(line.left).to.be.at.least(close.right);
    // The back-to-back neighbours' bullets drawn by the widget, at the items' right: WebKit drew its own over
    // an English item's first word ("2•3 April"). Where a bullet is drawn no DOM measure shows: the style is read.
    const items = $$(el, '.neighbours li');
    expect(items.length, 'neighbours').to.be.above(0);
    for (const li of items) {
      expect(getComputedStyle(li).listStyleType).to.equal('none');
      expect(getComputedStyle(li, '::before').content).to.contain('•');
    }
  });

  it('leaves the menus’ options their own direction in a right-to-left page', async () => {
    const page = await fixture<HTMLDivElement>(html`<div dir="rtl"><iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar></div>`);
    const el = page.firstElementChild as HTMLElement;
    await waitUntil(() => $(el, '[part~="event"]'), 'events drawn');
    expect(getComputedStyle(el).direction).to.equal('rtl');
    // An option's text bidi-isolated in the menu drew "2019" as ")19" in WebKit.
    for (const option of $$(el, 'select option')) expect(getComputedStyle(option).unicodeBidi, option.textContent!).to.not.equal('plaintext');
  });

  it('returns focus to the bar’s day after an event opened from its bar is closed', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    $$(el, '[part~="event"]')[1].click(); // 24 April
    await waitUntil(() => $(el, '[part~="popover"]')?.style.visibility === 'visible', 'popover placed');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$(el, '[part~="popover"]'));
    await el.updateComplete;
    expect(focused(el)).to.equal(cell(el, '2019-04-24'));
    expect(cell(el, '2019-04-24').tabIndex).to.equal(0);
  });

  it('closes the day’s popover when the month changes under it', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    cell(el, '2019-04-23').focus();
    await sendKeys({ press: 'Enter' });
    // Placed and focused: the popover takes focus once placed, so focus the day only after that.
    await waitUntil(() => focused(el)?.id === 'popover-title', 'day popover open, focus in it');
    cell(el, '2019-04-23').focus();
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect(heading(el)).to.equal('May 2019');
    expect($(el, '[part~="popover"]')).to.equal(null);
  });

  it('keeps the popover in place when a back-to-back neighbour is chosen in it', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} view="list" date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    const item = $$(el, '[part~="list-item"]').find((i) => i.textContent!.includes('3rd Meeting'))!;
    item.click();
    await waitUntil(() => $(el, '[part~="popover"]')?.style.visibility === 'visible', 'popover placed');
    const top = $(el, '[part~="popover"]')!.getBoundingClientRect().top;
    const neighbour = [...$(el, '[part~="popover"]')!.querySelectorAll<HTMLElement>('button, a')].find((b) => b.textContent!.includes('7th Meeting'))!;
    neighbour.click();
    await waitUntil(() => $(el, '#popover-title')?.textContent!.includes('7th Meeting'), 'neighbour shown');
    await waitUntil(() => $(el, '[part~="popover"]')!.style.visibility === 'visible');
    expect(Math.abs($(el, '[part~="popover"]')!.getBoundingClientRect().top - top)).to.be.below(40);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$(el, '[part~="popover"]'));
    await el.updateComplete;
    expect(focused(el), 'focus back on the list item it was opened from').to.equal(item);
  });

  it('says a back-to-back neighbour’s status: a cancelled one struck through and "(Cancelled)", a postponed one "(Postponed)"', async () => {
    const feed = await (await fetch(FEED)).json();
    const byId = (id: string) => feed.events.find((e: { id: string }) => e.id === id);
    byId('rnnc-3').status = 'cancelled';
    byId('nfp-7').status = 'postponed';
    const el = await calendar(html`<iisg-event-calendar .feed=${feed} view="list" date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    $$(el, '[part~="list-item"]').find((i) => i.textContent!.includes('1st IISG National'))!.click();
    await waitUntil(() => $(el, '[part~="popover"]')?.style.visibility === 'visible', 'popover placed');
    const neighbours = [...$(el, '[part~="popover"]')!.querySelectorAll<HTMLElement>('.neighbours button')];
    const says = (b: HTMLElement) => b.textContent!.replace(/\s+/g, ' ').trim();
    expect(neighbours.map(says)).to.deep.equal([`23 April 2019 – ${byId('nfp-7').title.en} (Postponed)`, `24 April 2019 – ${byId('rnnc-3').title.en} (Cancelled)`]);
    const struck = (b: HTMLElement) => [...b.querySelectorAll('*')].filter((e) => getComputedStyle(e).textDecorationLine.includes('line-through')).map((e) => e.textContent);
    expect(struck(neighbours[1]), 'the cancelled one’s title, not its status').to.deep.equal([byId('rnnc-3').title.en]);
    expect(struck(neighbours[0])).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});

describe('<iisg-event-calendar> presets as editors type them', () => {
  it('takes a network preset by its acronym, in any case, and warns about one it cannot find', async () => {
    const warned: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args.join(' '));
    try {
      const el = await calendar(html`<iisg-event-calendar src=${FEED} view="list" list-range="past" network="RNNC" lang="en" style="width: 900px"></iisg-event-calendar>`);
      expect(el.activeFilters.network).to.equal('rnnc');
      expect($$(el, '[part~="list-item"]')).to.have.length(3);
      el.network = 'no-such-network';
      await el.updateComplete;
      expect(warned.some((w) => w.includes('network="no-such-network" matches no network'))).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });

  it('a preset set from code takes over after the visitor chose “All”', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} view="list" list-range="past" filters="network" lang="en" style="width: 900px"></iisg-event-calendar>`);
    const select = $<HTMLSelectElement>(el, '.filter select')!;
    select.value = 'rnnc';
    select.dispatchEvent(new Event('change'));
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    el.network = 'nfp-group';
    await el.updateComplete;
    expect(el.activeFilters.network).to.equal('nfp-group');
    expect(select.value).to.equal('nfp-group');
  });

  it('a menu taken away from code takes the visitor’s choice in it along: nothing would show or undo it', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" network="rnnc" filters="network country" lang="en" style="width: 900px"></iisg-event-calendar>`);
    const [network, country] = $$<HTMLSelectElement>(el, '.filter select');
    network.value = '';
    network.dispatchEvent(new Event('change'));
    country.value = 'AL';
    country.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.activeFilters).to.deep.include({ network: '', country: 'AL' });
    expect($$(el, '[part~="event"]')).to.have.length(3);
    el.filters = 'country';
    await el.updateComplete;
    expect(el.activeFilters.network, 'the preset again').to.equal('rnnc');
    expect(el.activeFilters.country, 'the menu still shown keeps its choice').to.equal('AL');
    expect($$(el, '[part~="event"]')).to.have.length(1);
    el.filters = '';
    await el.updateComplete;
    expect(el.activeFilters).to.deep.include({ network: 'rnnc', country: undefined });
    expect($(el, '[part~="clear-filters"]')).to.equal(null);
  });

  it('a search of spaces is no search', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} view="list" list-range="past" lang="en" style="width: 900px"></iisg-event-calendar>`);
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    input.value = '   ';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.activeFilters.query).to.equal(undefined);
    expect($(el, '[part~="clear-filters"]')).to.equal(null);
    expect($(el, '.matching')!.textContent).to.equal('');
  });
});

describe('<iisg-event-calendar> feedback', () => {
  it('offers “Try again” after a failed request, and shows the events when it succeeds', async () => {
    let calls = 0;
    const original = window.fetch;
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      calls++;
      if (calls === 1) return new Response('gone for now', { status: 404 });
      return original(String(input).replace(/\/retry-[^?]*\.json/, '/demo/feed.json'), init);
    }) as typeof fetch;
    try {
      const el = await calendar(html`<iisg-event-calendar src=${`/retry-${Date.now()}.json`} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
      const retry = $(el, '[part~="message"][part~="error"] [part~="retry"]')!;
      expect(retry.textContent).to.equal('Try again');
      await expect(el).to.be.accessible();
      retry.click();
      await waitUntil(() => $$(el, '[part~="event"]').length === 3, 'the events after trying again');
      expect($(el, '[part~="message"]')).to.equal(null);
      expect(calls).to.equal(2);
    } finally {
      window.fetch = original;
    }
  });

  it('writes a timed event’s start time in its bar and in its day’s name, in the zone shown', async () => {
    const feed = { version: 1, timeZone: 'Europe/Belgrade', events: [{ id: 't', title: 'Working lunch', start: '2019-04-10T12:30', end: '2019-04-10T14:00' }] };
    const el = await calendar(html`<iisg-event-calendar .feed=${feed} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect($(el, '[part~="event"]')!.textContent!.trim()).to.equal('12:30 Working lunch');
    expect(cell(el, '2019-04-10').getAttribute('aria-label')).to.equal('Wednesday, 10 April 2019: 12:30 Working lunch');
    el.timeZone = 'America/New_York';
    await el.updateComplete;
    expect($(el, '[part~="event"]')!.textContent!.trim()).to.equal('06:30 Working lunch');
  });

  it('Enter on a day without events says so', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    cell(el, '2019-04-22').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part~="popover"] .empty') && focused(el)?.id === 'popover-title', 'the day popover');
    expect($(el, '#popover-title')!.textContent).to.equal('Events on 22 April 2019');
    expect($(el, '[part~="popover"] .empty')!.textContent).to.equal('no events');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$(el, '[part~="popover"]'));
    await el.updateComplete;
    expect(focused(el)).to.equal(cell(el, '2019-04-22'));
  });
});

describe('<iisg-event-calendar> focus after pointer use, resizing and paging', () => {
  const day = (d: string, id: string, title = `Event ${id}`) => ({ id, title, start: d });
  const busy = {
    version: 1,
    events: [
      day('2019-04-05', 'a'),
      ...['b', 'c', 'd', 'e', 'f'].map((id) => day('2019-04-10', id)),
      day('2019-05-02', 'may', 'Early May meeting'),
    ],
  };

  it('a bar on a dimmed day of the next month opens its event without switching the month under the visitor', async () => {
    const el = await calendar(html`<iisg-event-calendar .feed=${busy} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    cell(el, '2019-04-05').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const bar = $$(el, '[part~="event"]').find((b) => b.textContent!.includes('Early May'))!;
    bar.click();
    await waitUntil(() => $(el, '[part~="popover"]')?.style.visibility === 'visible', 'popover placed', { timeout: 5000 });
    expect($(el, '[part~="heading"]')!.textContent).to.contain('April 2019');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$(el, '[part~="popover"]'), 'the popover closed', { timeout: 5000 });
    await el.updateComplete;
    expect(focused(el)).to.equal(cell(el, '2019-04-06'));
    expect($(el, '[part~="heading"]')!.textContent).to.contain('April 2019');
  });

  it('after the "+N more" list closes, focus is on that day’s cell, the grid’s tab stop', async () => {
    const el = await calendar(html`<iisg-event-calendar .feed=${busy} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    const more = $$(el, '[part~="more"]')[0];
    more.click();
    await waitUntil(() => focused(el)?.id === 'popover-title', 'day list open, focus in it', { timeout: 5000 });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$(el, '[part~="popover"]'), 'the popover closed', { timeout: 5000 });
    await el.updateComplete;
    expect(focused(el)).to.equal(cell(el, '2019-04-10'));
    expect(cell(el, '2019-04-10').tabIndex).to.equal(0);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)).to.equal(cell(el, '2019-04-11'));
  });

  it('a click on the page outside closes the popover and returns focus where it was', async () => {
    const el = await calendar(html`<iisg-event-calendar .feed=${busy} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    cell(el, '2019-04-05').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'popover-title', 'day list open', { timeout: 5000 });
    const box = el.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 5), Math.round(box.bottom + 40)] });
    await waitUntil(() => !$(el, '[part~="popover"]'), 'closed', { timeout: 5000 });
    await waitUntil(() => focused(el) === cell(el, '2019-04-05'), 'focus back on the day', { timeout: 5000 });
  });

  it('Shift+Tab from the sheet back into the list closes the sheet, which would cover the focused item', async () => {
    const el = await calendar(html`<iisg-event-calendar .feed=${busy} date="2019-04" lang="en" style="width: 320px"></iisg-event-calendar>`);
    await waitUntil(() => $(el, '[part~="list-item"]'), 'narrow: the list', { timeout: 5000 });
    $$(el, '[part~="list-item"]')[1].click();
    await waitUntil(() => focused(el)?.id === 'popover-title', 'sheet open', { timeout: 5000 });
    expect($(el, '[part~="popover"]')!.classList.contains('sheet')).to.equal(true);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await waitUntil(() => !$(el, '[part~="popover"]'), 'sheet closed', { timeout: 5000 });
    expect(focused(el)?.matches('[part~="list-item"], button')).to.equal(true);
  });

  it('keeps focus in the calendar when it narrows past the list width (zooming in) and back', async () => {
    const el = await calendar(html`<iisg-event-calendar .feed=${busy} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    cell(el, '2019-04-10').click();
    await waitUntil(() => focused(el) === cell(el, '2019-04-10'), 'the day focused', { timeout: 5000 });
    el.style.width = '400px';
    await waitUntil(() => $(el, '[part~="list-item"]'), 'the list', { timeout: 5000 });
    await waitUntil(() => focused(el)?.matches('[part~="list-item"]'), 'focus on an item of the list', { timeout: 5000 });
    el.style.width = '900px';
    await waitUntil(() => $(el, '[role="grid"]'), 'the grid again', { timeout: 5000 });
    await waitUntil(() => focused(el) === cell(el, '2019-04-10'), `focus back on the day, not ${focused(el)?.outerHTML.slice(0, 80)}`, { timeout: 5000 });
  });

  it('"Show more" in the list puts focus on the first of the items it adds', async () => {
    const many = { version: 1, events: Array.from({ length: 150 }, (_, i) => day(`2030-0${1 + Math.floor(i / 30)}-${String(1 + (i % 28)).padStart(2, '0')}`, `m${i}`)) };
    const el = await calendar(html`<iisg-event-calendar .feed=${many} view="list" lang="en" style="width: 900px"></iisg-event-calendar>`);
    await waitUntil(() => $(el, '[part~="show-more"]'), 'a show-more button', { timeout: 5000 });
    $(el, '[part~="show-more"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.matches('[part~="list-item"]'), 'focus on a new item', { timeout: 5000 });
    expect($$(el, '.list [part~="list-item"]').indexOf(focused(el)!)).to.equal(100);
  });

  it('has no aria-selected on its cells: the grid has no selection', async () => {
    const el = await calendar(html`<iisg-event-calendar .feed=${busy} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect($$(el, '[role="gridcell"]')).to.have.length(35);
    expect($$(el, '[role="gridcell"][aria-selected]')).to.have.length(0);
  });
});

describe('<iisg-event-calendar narrow-view="month"> in a sidebar', () => {
  it('keeps "+N more" inside its own day, as "+N", so neighbours never overlap', async () => {
    const events = [
      ...Array.from({ length: 6 }, (_, i) => ({ id: `a${i}`, title: `Sitzung ${i}`, start: '2019-04-10' })),
      ...Array.from({ length: 6 }, (_, i) => ({ id: `b${i}`, title: `Sitzung ${i}`, start: '2019-04-11' })),
    ];
    const el = await calendar(html`<iisg-event-calendar .feed=${{ version: 1, events }} date="2019-04" narrow-view="month" lang="de" style="width: 320px"></iisg-event-calendar>`);
    await waitUntil(() => $(el, '[role="grid"]') && $$(el, '[part~="more"]').length === 2, 'the grid, with two "+N"', { timeout: 5000 });
    const [first, second] = $$(el, '[part~="more"]');
    await waitUntil(() => first.innerText.trim() === '+3', `"+3", not "${first.innerText.trim()}"`, { timeout: 5000 });
    const a = first.getBoundingClientRect();
    const b = second.getBoundingClientRect();
    expect(a.right, 'the first ends before the second starts').to.be.at.most(b.left);
    expect(a.right).to.be.at.most(cell(el, '2019-04-10').getBoundingClientRect().right + 0.5);
    await expect(el).to.be.accessible();
  });
});

describe('<iisg-event-calendar> at a middling width', () => {
  it('keeps "+1 weitere" on one line, so its week is no taller than the others', async () => {
    const events = Array.from({ length: 4 }, (_, i) => ({ id: `a${i}`, title: `Sitzung ${i}`, start: '2019-04-10' }));
    const el = await calendar(html`<iisg-event-calendar .feed=${{ version: 1, events }} date="2019-04" lang="de" style="width: 600px"></iisg-event-calendar>`);
    await waitUntil(() => $(el, '[part~="more"]')?.innerText.includes('weitere'), 'German strings', { timeout: 5000 });
    const more = $(el, '[part~="more"]')!;
    expect(more.getBoundingClientRect().height).to.be.below(parseFloat(getComputedStyle(more).lineHeight) * 1.5 || 24);
    const heights = $$(el, '.week').map((w) => Math.round(w.getBoundingClientRect().height));
    expect(Math.max(...heights) - Math.min(...heights), `week heights ${heights}`).to.be.at.most(1);
  });
});

describe('<iisg-event-calendar> says what the feed says', () => {
  it('names hosts, funders and the chair in the popover, not only organisers', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2017-12" lang="en" style="width: 900px"></iisg-event-calendar>`);
    cell(el, '2017-12-04').click();
    await waitUntil(() => focused(el) === cell(el, '2017-12-04'), 'the popover closed', { timeout: 5000 });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.popover [part~="list-item"]'), 'the day’s list', { timeout: 5000 });
    $(el, '.popover [part~="list-item"]')!.click();
    await waitUntil(() => $(el, '.popover .details'), 'the event', { timeout: 5000 });
    const terms = $$(el, '.popover dt').map((dt) => `${dt.textContent}: ${dt.nextElementSibling!.textContent}`);
    expect(terms.find((t) => t.startsWith('Hosted by'))).to.contain('European External Action Service');
    expect(terms.find((t) => t.startsWith('Chair'))).to.contain('John Gatt-Rutter');
  });

  it('prints the Kosovo designation footnote under a view that names Kosovo*, and only then', async () => {
    const list = await calendar(html`<iisg-event-calendar src=${FEED} view="list" date="2019-05" lang="en" style="width: 900px"></iisg-event-calendar>`);
    await waitUntil(() => $(list, '[part~="list-item"]'), 'the list', { timeout: 5000 });
    expect($(list, '.list')!.textContent).to.contain('Kosovo*');
    expect($(list, '[part~="footnote"]')!.textContent).to.match(/^\* This designation is without prejudice/);
    const month = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect($(month, '[part~="footnote"]'), 'April 2019 names no Kosovo event, and no country menu').to.equal(null);
    const menu = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" filters="country" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect($(menu, '[part~="footnote"]'), 'the country menu offers Kosovo*').to.not.equal(null);
  });

  it('opens the sheet of a narrow calendar under it, as wide as it, not across a wide window', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="display: flex; gap: 20px"><div style="width: 600px"></div><iisg-event-calendar src=${FEED} view="list" list-range="past" lang="en" style="width: 320px"></iisg-event-calendar></div>`);
    const el = page.querySelector('iisg-event-calendar')!;
    await waitUntil(() => $(el, '[part~="list-item"]'), 'the list', { timeout: 5000 });
    $(el, '[part~="list-item"]')!.click();
    await waitUntil(() => $(el, '.popover.sheet'), `a sheet (${$(el, '.popover')?.className}, ${el.getBoundingClientRect().width} px)`, { timeout: 5000 });
    const sheet = $(el, '.popover.sheet')!.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    expect(Math.round(sheet.left)).to.equal(Math.round(host.left));
    expect(Math.round(sheet.width)).to.equal(Math.round(host.width));
    // It follows the calendar when that changes width (a phone turned).
    el.style.width = '440px';
    await waitUntil(() => Math.round($(el, '.popover.sheet')!.getBoundingClientRect().width) === Math.round(el.getBoundingClientRect().width), 'the sheet follows', { timeout: 5000 });
  });

  it('keeps the sheet’s close button in sight while it scrolls, and a swipe at its end off the page behind', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} view="list" list-range="past" lang="en" style="width: 320px"></iisg-event-calendar>`);
    await waitUntil(() => $(el, '[part~="list-item"]'), 'the list', { timeout: 5000 });
    $$(el, '[part~="list-item"]').find((item) => item.textContent!.includes('Capacity Building'))!.click();
    await waitUntil(() => $(el, '.popover.sheet'), 'a sheet', { timeout: 5000 });
    const sheet = $(el, '.popover.sheet')!;
    expect(sheet.scrollHeight, 'a sheet taller than the window can show').to.be.greaterThan(sheet.clientHeight + 50);
    sheet.scrollTop = sheet.scrollHeight;
    await new Promise(requestAnimationFrame);
    const close = $(el, '[part~="close"]')!.getBoundingClientRect();
    const box = sheet.getBoundingClientRect();
    expect(close.top, 'the close button below the sheet’s top').to.be.at.least(box.top);
    expect(close.bottom, 'and above its bottom').to.be.at.most(box.bottom);
    expect(getComputedStyle(sheet).overscrollBehaviorY, 'scrolling stops at the sheet’s end').to.equal('contain');
  });

  it('turns narrow at the same width as its stylesheet (35em of its text), whatever the page’s font size', async () => {
    document.documentElement.style.fontSize = '20px';
    try {
      // 600 px is below 35em = 700 px: the list, and the narrow styles.
      const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 600px"></iisg-event-calendar>`);
      await waitUntil(() => $(el, '[part~="list-item"]'), 'the narrow list', { timeout: 5000 });
    } finally {
      document.documentElement.style.fontSize = '';
    }
    // The calendar's own text size, at the page's 16 px: 35em = 700 px, so 600 px is narrow; at 16 px it is not.
    const own = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 600px; --iisg-font-size: 20px"></iisg-event-calendar>`);
    await waitUntil(() => $(own, '[part~="list-item"]'), 'the narrow list at the calendar’s own text size', { timeout: 5000 });
    expect($(own, '[role="grid"]')).to.equal(null);
    own.style.setProperty('--iisg-font-size', '16px');
    await waitUntil(() => $(own, '[role="grid"]'), 'the month grid again at 16 px', { timeout: 5000 });
  });
});

describe('<iisg-event-calendar> and a tentative event (date or place not confirmed)', () => {
  it('says "To be confirmed" in the list, the popover and the day’s label, in the visitor’s language', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} view="list" date="2018-09" lang="en" style="width: 900px"></iisg-event-calendar>`);
    await waitUntil(() => $(el, '[part~="list-item"]'), 'the list', { timeout: 5000 });
    const item = $$(el, '[part~="list-item"]').find((i) => i.textContent!.includes('local communities'))!;
    expect(item.querySelector('[part~="status"]')!.textContent).to.equal('To be confirmed');
    item.click();
    await waitUntil(() => $(el, '[part~="popover-status"]'), 'the popover', { timeout: 5000 });
    expect($(el, '[part~="popover-status"]')!.textContent).to.equal('To be confirmed');
    const month = await calendar(html`<iisg-event-calendar src=${FEED} date="2018-09" lang="de" style="width: 900px"></iisg-event-calendar>`);
    await waitUntil(() => cell(month, '2018-09-28')?.getAttribute('aria-label')!.includes('Noch nicht bestätigt'), 'German label', { timeout: 5000 });
  });
});

describe('<iisg-event-calendar> a popover as a screen reader meets it', () => {
  it('names the dialog with the event’s status, which sits above the title that focus goes to', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} view="list" date="2018-09" lang="en" style="width: 900px"></iisg-event-calendar>`);
    await waitUntil(() => $(el, '[part~="list-item"]'), 'the list', { timeout: 5000 });
    $$(el, '[part~="list-item"]').find((i) => i.textContent!.includes('local communities'))!.click();
    await waitUntil(() => focused(el)?.id === 'popover-title', 'focus on the title', { timeout: 5000 });
    // Its name, as the accessible name is computed from aria-labelledby: each element's text, in order.
    const dialog = $(el, '[role="dialog"]')!;
    const name = dialog.getAttribute('aria-labelledby')!.split(/\s+/).map((id) => el.shadowRoot!.getElementById(id)?.textContent?.trim()).filter(Boolean).join(' ');
    expect(name).to.equal('To be confirmed Working with local communities in CVE');
  });
});

describe('<iisg-event-calendar> topic labels', () => {
  it('offers topics by the feed’s labels in the visitor’s language, not their ids', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" filters="tag" lang="sr-Latn" style="width: 900px"></iisg-event-calendar>`);
    await waitUntil(() => $(el, 'select option[value="workshop"]')?.textContent === 'Radionica', 'Serbian labels', { timeout: 5000 });
    const labels = $$(el, 'select option').map((o) => o.textContent);
    expect(labels).to.include.members(['Borba protiv terorizma', 'Lokalne zajednice', 'P/CVE']);
    expect(labels).to.not.include('local-communities');
  });
});

describe('<iisg-event-calendar> footnotes of what is on screen', () => {
  it('prints no Kosovo footnote for a Kosovo event just past the grid (the data range is wider than the grid)', async () => {
    const feed = {
      version: 1,
      countries: { XK: { name: 'Kosovo', footnote: 'This designation is without prejudice to positions on status.' } },
      events: [
        { id: 'a', title: 'In April', start: '2019-04-10', location: { city: 'Tirana', country: 'AL' } },
        { id: 'k', title: 'Pristina in May', start: '2019-05-10', location: { city: 'Pristina', country: 'XK' } },
      ],
    };
    const el = await calendar(html`<iisg-event-calendar .feed=${feed} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect($(el, '[part~="footnote"]'), 'April’s grid ends on 5 May').to.equal(null);
    el.setAttribute('date', '2019-05');
    await el.updateComplete;
    await waitUntil(() => $(el, '[part~="footnote"]'), 'May shows Kosovo*', { timeout: 5000 });
  });
});

describe('<iisg-event-calendar> day labels', () => {
  it('takes no colon after a date that ends in a full stop (sr, hr, bs): "2019. Sedmi sastanak", not "2019.:"', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="sr-Latn" style="width: 900px"></iisg-event-calendar>`);
    await waitUntil(() => cell(el, '2019-04-23').getAttribute('aria-label')!.startsWith('utorak'), 'Serbian labels', { timeout: 5000 });
    const label = cell(el, '2019-04-23').getAttribute('aria-label')!;
    expect(label).to.match(/^utorak, 23\. april 2019\. Sedmi sastanak/);
    expect(label).to.not.contain('.:');
  });
});

describe('<iisg-event-calendar> and <iisg-event-card>: organisation names in another language', () => {
  it('mark an English name on an Albanian page as English, in the popover and the card (WCAG 3.1.2)', async () => {
    const feed = {
      version: 1,
      organisations: [
        { id: 'eud', name: { en: 'Delegation of the European Union to Albania' } },
        { id: 'rcc', name: { en: 'Regional Cooperation Council', sq: 'Këshilli i Bashkëpunimit Rajonal' }, website: 'https://www.rcc.int' },
      ],
      events: [{ id: 'm', title: { sq: 'Takim', en: 'Meeting' }, start: '2019-04-23', organisers: ['eud', 'rcc'] }],
    };
    const el = await calendar(html`<iisg-event-calendar .feed=${feed} view="list" date="2019-04" lang="sq" style="width: 900px"></iisg-event-calendar>`);
    $$(el, '[part~="list-item"]')[0].click();
    await waitUntil(() => $(el, '[part~="popover"]')?.style.visibility === 'visible', 'popover placed');
    const marked = (root: Element) => [...root.querySelectorAll('[lang]')].map((e) => [e.getAttribute('lang'), e.textContent!.trim()]);
    // The Albanian name needs no mark.
    expect(marked($(el, '[part~="popover"] dl')!)).to.deep.equal([['en', 'Delegation of the European Union to Albania']]);
    const card = await fixture<HTMLElement>(html`<iisg-event-card .feed=${feed} event-id="m" lang="sq"></iisg-event-card>`);
    await waitUntil(() => card.shadowRoot!.querySelector('[part~="people"]'), 'card drawn', { timeout: 5000 });
    expect(marked(card.shadowRoot!.querySelector('[part~="people"]')!)).to.deep.equal([['en', 'Delegation of the European Union to Albania']]);
  });
});

describe('<iisg-event-calendar> list items in another language', () => {
  it('mark a place, an organiser and a short name the feed has only in English on an Albanian page, and nothing in Albanian (WCAG 3.1.2)', async () => {
    const feed = {
      version: 1,
      organisations: [
        { id: 'eud', name: { en: 'Delegation of the European Union to Albania' } },
        { id: 'rcc', name: { en: 'Regional Cooperation Council', sq: 'Këshilli i Bashkëpunimit Rajonal' } },
        { id: 'iisg', name: { en: 'IISG Support Group', sq: 'Grupi Mbështetës i IISG' }, shortName: { en: 'IISG SG' } },
      ],
      events: [
        { id: 'm', title: { sq: 'Takim', en: 'Meeting' }, start: '2019-04-23', organisers: ['eud', 'rcc', 'iisg'], location: { venue: { en: 'EU House' }, city: { sq: 'Tiranë', en: 'Tirana' }, country: 'AL' } },
      ],
    };
    const el = await calendar(html`<iisg-event-calendar .feed=${feed} view="list" date="2019-04" lang="sq" style="width: 900px"></iisg-event-calendar>`);
    const item = $$(el, '[part~="list-item"]')[0];
    const marked = (root: Element) => [...root.querySelectorAll('[lang]')].map((e) => [e.getAttribute('lang'), e.textContent!.trim()]);
    expect(item.querySelector('.list-place')!.textContent).to.equal('EU House, Tiranë, Shqipëria');
    expect(marked(item.querySelector('.list-place')!)).to.deep.equal([['en', 'EU House']]);
    expect(item.querySelector('.list-organisers')!.textContent).to.equal('Delegation of the European Union to Albania, Këshilli i Bashkëpunimit Rajonal, IISG SG');
    expect(marked(item.querySelector('.list-organisers')!)).to.deep.equal([['en', 'Delegation of the European Union to Albania'], ['en', 'IISG SG']]);
    await expect(el).to.be.accessible();
  });
});

describe('<iisg-event-calendar> filter choices in another language', () => {
  it('mark a choice whose name is in another language than the page’s (WCAG 3.1.2), and only those', async () => {
    const feed = {
      version: 1,
      language: 'en',
      organisations: [
        { id: 'eud', name: { en: 'Delegation of the European Union to Albania' } },
        { id: 'rcc', name: { en: 'Regional Cooperation Council', sq: 'Këshilli i Bashkëpunimit Rajonal' }, shortName: { en: 'RCC', sq: 'KBR' } },
      ],
      networks: [
        { id: 'ran', name: { en: 'Radicalisation Awareness Network' } },
        { id: 'rnnc', name: { en: 'Regional Network of National P/CVE Coordinators' }, acronym: 'RNNC' },
      ],
      tags: [
        { id: 'youth', name: { en: 'Youth' } },
        { id: 'conference', name: { en: 'Conference', sq: 'Konferencë' } },
      ],
      countries: { AL: { name: { en: 'Albania' } } },
      events: [{ id: 'm', title: 'Meeting', start: '2019-04-23', organisers: ['eud', 'rcc'], networks: ['ran', 'rnnc'], tags: ['youth', 'conference'], location: { country: 'AL' } }],
    };
    const options = (el: Element) =>
      $$<HTMLSelectElement>(el, '.filter select').map((select) => [...select.options].slice(1).map((o) => `${o.textContent!.trim()}${o.lang ? ` [${o.lang}]` : ''}`));
    const sq = await calendar(html`<iisg-event-calendar .feed=${feed} date="2019-04" filters="network organiser tag" lang="sq" style="width: 900px"></iisg-event-calendar>`);
    expect(options(sq)).to.deep.equal([
      ['Radicalisation Awareness Network [en]', 'RNNC'],
      ['Delegation of the European Union to Albania [en]', 'KBR'],
      ['Konferencë', 'Youth [en]'],
    ]);
    await expect(sq).to.be.accessible();
    // On an English page nothing is marked; a country's name from the browser, in the page's language, neither.
    const en = await calendar(html`<iisg-event-calendar .feed=${feed} date="2019-04" filters="organiser" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect(options(en)).to.deep.equal([['Delegation of the European Union to Albania', 'RCC']]);
    const de = await calendar(html`<iisg-event-calendar .feed=${feed} date="2019-04" filters="country" lang="de" style="width: 900px"></iisg-event-calendar>`);
    expect(options(de)).to.deep.equal([['Albanien']]);
    // Chromium names no country in Macedonian: Albania is the language's own list's, Japan (not in it) the browser's English one.
    const abroad = { ...feed, countries: {}, events: [...feed.events, { id: 'j', title: 'Tokyo', start: '2019-04-24', location: { country: 'JP' } }] };
    const mk = await calendar(html`<iisg-event-calendar .feed=${abroad} date="2019-04" filters="country" lang="mk" style="width: 900px"></iisg-event-calendar>`);
    const japan = new Intl.DisplayNames(['mk', 'en'], { type: 'region' }).of('JP');
    expect(options(mk)[0]).to.have.members(['Албанија', japan === 'Japan' ? 'Japan [en]' : japan!]);
  });
});

describe('<iisg-event-calendar heading-level>', () => {
  /** Each heading a screen reader lists, as "level text". */
  const outline = (el: Element) =>
    $$(el, 'h1, h2, h3, h4, h5, h6, [role="heading"]').map((h) => `${h.getAttribute('aria-level') ?? h.tagName.slice(1)} ${h.textContent!.replace(/\s+/g, ' ').trim()}`);

  it('puts every heading it draws at the level asked and the views’ one below, at most 6', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} view="list" list-range="past" heading-level="4" lang="en" style="width: 900px"></iisg-event-calendar>`);
    const past = outline(el);
    expect(past[0]).to.equal('4 Past');
    expect(past.slice(1, 3)).to.deep.equal(['5 May 2019', '5 April 2019']);
    expect(getComputedStyle($(el, '[part~="heading"]')!).fontWeight).to.equal('700');
    expect(getComputedStyle($(el, '[part~="list-heading"]')!).fontWeight).to.equal('700');
    await expect(el).to.be.accessible();
    el.view = 'year';
    el.goTo('2019-04-01');
    await el.updateComplete;
    expect(outline(el).slice(0, 3)).to.deep.equal(['4 2019', '5 January', '5 February']);
    el.view = 'month';
    await el.updateComplete;
    cell(el, '2019-04-22').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'popover-title', 'the day’s popover', { timeout: 5000 });
    expect(outline(el)).to.deep.equal(['4 April 2019', '4 Events on 22 April 2019']);
    el.headingLevel = 6;
    await el.updateComplete;
    expect(outline(el)).to.deep.equal(['6 April 2019', '6 Events on 22 April 2019']);
  });

  it('keeps today’s levels by default, and a level out of 1-6 within them', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} view="list" list-range="past" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect(outline(el).slice(0, 2)).to.deep.equal(['2 Past', '3 May 2019']);
    el.setAttribute('heading-level', '6');
    await el.updateComplete;
    expect(outline(el).slice(0, 2), 'the months cannot go below 6').to.deep.equal(['6 Past', '6 May 2019']);
    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect(outline(el)[0]).to.equal('6 Past');
    el.setAttribute('heading-level', 'h3');
    await el.updateComplete;
    expect(outline(el)[0]).to.equal('2 Past');
  });
});

describe('<iisg-event-calendar> a pointer in the day that has keyboard focus', () => {
  it('opens the bar clicked in the focused day, whose ring stays drawn over the bars', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    // The keyboard's focus on 23 April, as a visitor who tabbed and arrowed there: it matches :focus-visible.
    cell(el, '2019-04-22').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const day = cell(el, '2019-04-23');
    expect(focused(el)).to.equal(day);
    expect(day.matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(day, '::after').outlineStyle, 'the ring, over the bars').to.equal('solid');
    // The bar of 23 April's meeting is what a pointer over it reaches, not the focused cell above it.
    const bar = $$(el, '[role="grid"] [part~="event"]').find((b) => b.textContent!.includes('7th Meeting'))!;
    bar.scrollIntoView({ block: 'center' });
    const box = bar.getBoundingClientRect();
    const [x, y] = [Math.round(box.left + Math.min(20, box.width / 2)), Math.round(box.top + box.height / 2)];
    expect(el.shadowRoot!.elementFromPoint(x, y)).to.equal(bar);
    await sendMouse({ type: 'click', position: [x, y] });
    await waitUntil(() => $(el, '[part~="popover"]'), 'the event popover', { timeout: 5000 });
    expect($(el, '[part~="popover"]')!.textContent).to.contain('7th Meeting');
  });
});

describe('<iisg-event-calendar> focus given back by a key', () => {
  it('shows the ring on the item a popover opened by a click goes back to after Esc (Firefox left it off)', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} view="list" list-range="past" lang="en" style="width: 700px"></iisg-event-calendar>`);
    const item = $$(el, '[part~="list-item"]')[1];
    const box = item.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 20), Math.round(box.top + box.height / 2)] });
    await waitUntil(() => $(el, '[part~="popover"]'), 'the event popover', { timeout: 5000 });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => focused(el) === item, 'focus back on the item', { timeout: 5000 });
    expect(item.matches(':focus-visible'), 'the ring shows where focus went back').to.equal(true);
  });
});
