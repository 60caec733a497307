// Where keyboard focus goes when the calendar redraws under it: a keyboard audit found it taken from a
// control that was still there, left on <body>, or left on a cell that had become another day.
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '@iisg/widgets';
import { $, $$, calendar, focused } from './helpers.js';

const FEED = '/demo/feed.json';
const heading = (el: Element) => $(el, '[part~="heading"]')!.textContent!.trim();

/** A real click (Chrome lets Back skip history entries a page added without a user gesture). */
async function click(target: HTMLElement) {
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

describe('<iisg-event-calendar> keeps focus where it is when it crosses the narrow width', () => {
  it('leaves focus and what is typed in the search box', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 400px"></iisg-event-calendar>`);
    const search = $<HTMLInputElement>(el, 'input[type="search"]')!;
    search.focus();
    await sendKeys({ type: 'ti' });
    el.style.width = '900px';
    await waitUntil(() => $(el, '[role="grid"]'), 'the grid', { timeout: 5000 });
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    expect(focused(el), `focus on ${focused(el)?.outerHTML.slice(0, 60)}`).to.equal(search);
    await sendKeys({ type: 'r' });
    expect(search.value).to.equal('tir');
  });

  it('leaves focus on the view button it was on', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    const list = $$(el, '[part~="view"]').find((b) => b.textContent!.trim() === 'List')!;
    list.focus();
    el.style.width = '400px';
    await waitUntil(() => !$(el, '[role="grid"]') && $(el, '[part~="list-item"]'), 'the month as a list', { timeout: 5000 });
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    expect(focused(el), `focus on ${focused(el)?.outerHTML.slice(0, 60)}`).to.equal(list);
  });
});

describe('<iisg-event-calendar> never leaves focus on the page', () => {
  it('puts it on "no events" when a day chosen in the year view opens an empty month as a list', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" view="year" lang="en" style="width: 400px"></iisg-event-calendar>`);
    await waitUntil(() => $(el, '.mini-day[tabindex="0"]'), 'the year view', { timeout: 5000 });
    $(el, '.mini-day[tabindex="0"]')!.focus();
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect(focused(el)!.getAttribute('aria-label')).to.match(/June 2019/);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part~="empty"]'), 'June as an empty list', { timeout: 5000 });
    await waitUntil(() => focused(el) === $(el, '[part~="empty"]'), `focus on "no events", not ${focused(el)?.outerHTML.slice(0, 60) ?? document.activeElement?.localName}`, {
      timeout: 5000,
    });
  });
});

describe('<iisg-event-calendar sync-url>: focus after Back', () => {
  let before: string;
  beforeEach(() => (before = location.href));
  afterEach(() => history.replaceState(null, '', before));

  const popped = () => new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));

  it('moves from a cell Lit reused for another day to the new month’s tab stop', async () => {
    const el = await calendar(html`<iisg-event-calendar id="focusback" src=${FEED} date="2019-04" sync-url lang="en" style="width: 900px"></iisg-event-calendar>`);
    await click($(el, '[part~="next"]')!); // May
    await el.updateComplete;
    await click($(el, '[part~="next"]')!); // June
    await el.updateComplete;
    $(el, '[role="gridcell"][tabindex="0"]')!.focus();
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const done = popped();
    history.back();
    await done;
    await el.updateComplete;
    await waitUntil(() => focused(el)?.getAttribute('tabindex') === '0', `focus on the tab stop, not ${focused(el)?.outerHTML.slice(0, 80)}`, { timeout: 5000 });
    expect($$(el, '[role="gridcell"][tabindex="0"]')).to.deep.equal([focused(el)]);
    expect(focused(el)!.dataset.day).to.equal(String(Date.UTC(2019, 4, 1) / 86_400_000));
  });

  it('leaves focus in the search box, which Back does not take away', async () => {
    const el = await calendar(html`<iisg-event-calendar id="focusback3" src=${FEED} date="2019-04" sync-url lang="en" style="width: 700px"></iisg-event-calendar>`);
    await click($(el, '[part~="next"]')!);
    await el.updateComplete;
    const search = $<HTMLInputElement>(el, 'input[type="search"]')!;
    search.focus();
    const done = popped();
    history.back();
    await done;
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    expect(heading(el)).to.equal('April 2019');
    expect(focused(el), `focus on ${focused(el)?.outerHTML.slice(0, 60)}`).to.equal(search);
  });

  it('moves from a list item to the month’s day when Back returns to the grid', async () => {
    const el = await calendar(html`<iisg-event-calendar id="focusback2" src=${FEED} date="2019-04" sync-url lang="en" style="width: 700px"></iisg-event-calendar>`);
    await click($$(el, '[part~="view"]').find((b) => b.textContent!.trim() === 'List')!);
    await waitUntil(() => $(el, '[part~="list-item"]'), `the list: ${el.view} ${location.search} ${$(el, '[part~="body"]')?.textContent?.slice(0, 200)}`, { timeout: 5000 });
    $(el, '[part~="list-item"]')!.focus();
    const done = popped();
    history.back();
    await done;
    await waitUntil(() => $(el, '[role="grid"]'), 'the grid again', { timeout: 5000 });
    await waitUntil(() => focused(el)?.matches('[role="gridcell"][tabindex="0"]'), `focus on the grid's stop, not ${focused(el)?.outerHTML.slice(0, 80) ?? document.activeElement?.localName}`, {
      timeout: 5000,
    });
  });
});
