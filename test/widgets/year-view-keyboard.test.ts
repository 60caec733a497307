import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@iisg/widgets';
import type { IisgEventCalendar } from '@iisg/widgets';

const FEED = '/demo/feed.json';

async function calendar(template: ReturnType<typeof html>) {
  const el = await fixture<IisgEventCalendar>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="year"]'), 'year view rendered', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const yearOf = (dir: 'ltr' | 'rtl' = 'ltr') =>
  calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" view="year" lang="en" dir=${dir} style="width: 900px"></iisg-event-calendar>`);
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const label = (el: Element) => focused(el)?.getAttribute('aria-label') ?? focused(el)?.textContent!.trim();
const heading = (el: Element) => $(el, '[part~="heading"]')!.textContent!.trim();

/** Press a key, `Shift+Tab` style for a modifier, and wait for the calendar to draw. */
async function press(el: IisgEventCalendar, keys: string) {
  const [key, ...modifiers] = keys.split('+').reverse();
  for (const modifier of modifiers) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  for (const modifier of modifiers) await sendKeys({ up: modifier });
  await el.updateComplete;
}

/** Focus the year's tab stop the way a visitor does: Tab from the search box, past the month's name. */
async function tabIntoYear(el: IisgEventCalendar) {
  $(el, 'input[type="search"]')!.focus();
  await press(el, 'Tab');
  await press(el, 'Tab');
}

describe('<iisg-event-calendar> year view by keyboard', () => {
  it('has two tab stops: the focused day and its month’s name', async function () {
    // axe over twelve grids of 365 named days took over 10 s on a loaded two-core machine (a CI run timed out).
    this.timeout(30_000);
    const el = await yearOf();
    const stops: string[] = [];
    $(el, 'input[type="search"]')!.focus();
    for (let i = 0; i < 5; i++) {
      await press(el, 'Tab');
      const now = focused(el);
      if (!now || !now.closest('[part~="year"]')) break;
      stops.push(label(el)!);
    }
    expect(stops).to.deep.equal(['April', 'Monday, 1 April 2019: no events']);
    expect($$(el, '[part~="year"] [tabindex="0"]')).to.have.length(2);
    // Every day, with events or not, is named with its full date and its number of events.
    expect($$(el, '[part~="mini-day"]')).to.have.length(365);
    expect($(el, '[part~="mini-day"][part~="has-events"][aria-label^="Tuesday, 23 April"]')!.getAttribute('aria-label')).to.equal('Tuesday, 23 April 2019: 7th Meeting of the RCC Group of National Focal Points for Prevention and Countering Violent Extremism in South East Europe (NFP Group)');
    // Twelve grids, each under its month's heading (and not named again by it: year-view-month-names.test.ts).
    const grids = $$(el, '[role="grid"]');
    expect(grids).to.have.length(12);
    expect(grids[3].previousElementSibling!.textContent!.trim()).to.equal('April');
    await expect(el).to.be.accessible();
  });

  it('moves by day and by week across months, and keeps the tab stop on the focused day', async () => {
    const el = await yearOf();
    await tabIntoYear(el);
    expect(label(el)).to.equal('Monday, 1 April 2019: no events');
    await press(el, 'ArrowLeft');
    expect(label(el)).to.equal('Sunday, 31 March 2019: no events');
    expect(focused(el)!.closest('[role="grid"]')!.previousElementSibling!.textContent!.trim()).to.equal('March');
    await press(el, 'ArrowRight');
    expect(label(el)).to.match(/^Monday, 1 April 2019/);
    await press(el, 'ArrowUp');
    expect(label(el)).to.match(/^Monday, 25 March 2019/);
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(label(el)).to.match(/^Monday, 8 April 2019/);
    // One tab stop among the days, the month's name following the focused day.
    expect($$(el, '[part~="mini-day"][tabindex="0"]')).to.deep.equal([focused(el)]);
    expect($$(el, '[part~="mini-month-name"][tabindex="0"]').map((b) => b.textContent!.trim())).to.deep.equal(['April']);
    await press(el, 'Shift+Tab');
    expect(label(el)).to.equal('April');
  });

  it('moves by month with PageUp/PageDown, by year with Shift, and crosses into the next year', async () => {
    const el = await yearOf();
    await tabIntoYear(el);
    await press(el, 'PageDown');
    expect(label(el)).to.match(/^Wednesday, 1 May 2019/);
    await press(el, 'PageUp');
    await press(el, 'PageUp');
    expect(label(el)).to.match(/^Friday, 1 March 2019/);
    await press(el, 'Shift+PageDown');
    expect(heading(el)).to.equal('2020');
    expect(label(el)).to.match(/^Sunday, 1 March 2020/);
    await press(el, 'ArrowLeft');
    expect(label(el)).to.match(/^Saturday, 29 February 2020/);
    // 31 December to 1 January: the next year is drawn, focus follows.
    for (const key of ['PageDown', 'PageDown', 'PageDown', 'PageDown', 'PageDown', 'PageDown', 'PageDown', 'PageDown', 'PageDown', 'PageDown', 'End']) await press(el, key);
    expect(label(el)).to.match(/^Thursday, 31 December 2020/);
    await press(el, 'ArrowRight');
    expect(heading(el)).to.equal('2021');
    expect(label(el)).to.match(/^Friday, 1 January 2021/);
  });

  it('goes to the start and end of the week with Home/End, within the month', async () => {
    const el = await yearOf();
    await tabIntoYear(el);
    await press(el, 'PageDown'); // Wednesday 1 May; the week began on Monday 29 April, in April
    await press(el, 'End');
    expect(label(el)).to.match(/^Sunday, 5 May 2019/);
    await press(el, 'Home');
    expect(label(el)).to.match(/^Wednesday, 1 May 2019/);
    await press(el, 'ArrowDown');
    await press(el, 'Home');
    expect(label(el)).to.match(/^Monday, 6 May 2019/);
    await press(el, 'Home'); // already there: focus stays
    expect(label(el)).to.match(/^Monday, 6 May 2019/);
    await press(el, 'Control+End');
    expect(label(el)).to.match(/^Friday, 31 May 2019/);
    await press(el, 'Control+Home');
    expect(label(el)).to.match(/^Wednesday, 1 May 2019/);
  });

  it('swaps left and right on a right-to-left page', async () => {
    const el = await yearOf('rtl');
    await tabIntoYear(el);
    await press(el, 'ArrowLeft');
    expect(label(el)).to.match(/^Tuesday, 2 April 2019/);
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    expect(label(el)).to.match(/^Sunday, 31 March 2019/);
  });

  it('opens the month view on the day with Enter, focus on that day', async () => {
    const el = await yearOf();
    await tabIntoYear(el);
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowRight']) await press(el, key);
    expect(label(el)).to.equal('Tuesday, 23 April 2019: 7th Meeting of the RCC Group of National Focal Points for Prevention and Countering Violent Extremism in South East Europe (NFP Group)');
    await expect(el).to.be.accessible();
    await press(el, 'Enter');
    expect(el.view).to.equal('month');
    expect(heading(el)).to.equal('April 2019');
    expect(focused(el)!.getAttribute('role')).to.equal('gridcell');
    expect(label(el)).to.match(/^Tuesday, 23 April 2019: 7th Meeting/);
  });

  it('opens the month view on a day without events too, and a month by its name', async () => {
    const el = await yearOf();
    await tabIntoYear(el);
    await press(el, 'PageDown');
    await press(el, 'ArrowRight');
    await press(el, 'Enter');
    expect(el.view).to.equal('month');
    expect(heading(el)).to.equal('May 2019');
    expect(label(el)).to.equal('Thursday, 2 May 2019: no events');

    const other = await yearOf();
    $(other, '[part~="mini-month-name"]')!.click(); // January, not in the tab order
    await other.updateComplete;
    expect(other.view).to.equal('month');
    expect(heading(other)).to.equal('January 2019');
  });
});
