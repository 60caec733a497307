// sync-url's parameters are named for the calendar's id: an id changed from code after syncing started left the old
// parameters in the URL beside the new ones (a copied link held the state twice), and Back to an entry made before
// the change could not read them.
import { expect, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '@iisg/widgets';
import type { IisgEventCalendar } from '@iisg/widgets';
import { $, calendar } from './helpers.js';

const FEED = '/demo/feed.json';
const heading = (el: Element) => $(el, '[part~="heading"]')!.textContent!.trim();
/** The URL's parameters of the calendars, sorted. */
const params = () => [...new URL(location.href).searchParams].map(([k, v]) => `${k}=${v}`).sort();
const settled = async (el: IisgEventCalendar) => {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
};

describe('<iisg-event-calendar sync-url> and an id changed from code', () => {
  let before: string;
  beforeEach(() => (before = location.href));
  afterEach(() => history.replaceState(null, '', before));

  it('moves its state to the new id’s parameters and takes the old ones out', async () => {
    history.replaceState(null, '', location.pathname);
    const el = await calendar(html`<iisg-event-calendar id="first" src=${FEED} date="2019-04" sync-url lang="en" style="width: 900px"></iisg-event-calendar>`);
    $(el, '[part~="next"]')!.click();
    await el.updateComplete;
    expect(params()).to.deep.equal(['first-date=2019-05', 'first-view=month']);
    el.id = 'renamed';
    await settled(el);
    expect(params(), 'moved, not copied').to.deep.equal(['renamed-date=2019-05', 'renamed-view=month']);
    expect(heading(el)).to.equal('May 2019');
    $(el, '[part~="next"]')!.click();
    await el.updateComplete;
    expect(params()).to.deep.equal(['renamed-date=2019-06', 'renamed-view=month']);
  });

  it('shows the state a link holds under its new id (shared after the page set the id)', async () => {
    const link = new URL(location.pathname, location.href);
    link.searchParams.set('later-date', '2018-10');
    history.replaceState(null, '', link);
    const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" sync-url lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect(heading(el)).to.equal('April 2019');
    $(el, '[part~="next"]')!.click();
    await el.updateComplete;
    expect(params()).to.deep.equal(['cal-date=2019-05', 'cal-view=month', 'later-date=2018-10']);
    el.id = 'later';
    await settled(el);
    expect(heading(el), 'the link’s month').to.equal('October 2018');
    expect(params()).to.deep.equal(['later-date=2018-10']);
  });

  it('Back to an entry made before the change shows its month', async () => {
    history.replaceState(null, '', location.pathname);
    const el = await calendar(html`<iisg-event-calendar id="before" src=${FEED} date="2019-04" sync-url lang="en" style="width: 900px"></iisg-event-calendar>`);
    // Real clicks: Chrome lets Back skip entries a page added without a user gesture.
    const next = async () => {
      const box = $(el, '[part~="next"]')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
      await el.updateComplete;
    };
    await next(); // May, under "before"
    await next(); // June
    el.id = 'after';
    await settled(el);
    await next(); // July, under "after"
    expect(params()).to.deep.equal(['after-date=2019-07', 'after-view=month']);
    const back = async () => {
      const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      history.back();
      await popped;
      await el.updateComplete;
    };
    await back();
    expect(heading(el)).to.equal('June 2019');
    await back();
    expect(heading(el), 'an entry made under the old id').to.equal('May 2019');
    await next();
    expect(params(), 'moving on from it writes the new id only').to.deep.equal(['after-date=2019-06', 'after-view=month']);
  });
});
