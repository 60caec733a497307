// sync-url's history entries as a keyboard visitor makes them: arrow keys on a closed month or year picker
// choose at each press (Chrome, Firefox), and a keyboard audit counted one entry per press.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@iisg/widgets';
import { $, calendar } from './helpers.js';

const FEED = '/demo/feed.json';
const heading = (el: Element) => $(el, '[part~="heading"]')!.textContent!.trim();

describe('<iisg-event-calendar sync-url> history from the pickers', () => {
  let before: string;
  beforeEach(() => (before = location.href));
  afterEach(() => history.replaceState(null, '', before));

  /** The URLs the page pushed as history entries while `run` ran (history.length stops at 50 in a tab earlier files used). */
  async function pushedDuring(run: () => Promise<void>): Promise<string[]> {
    const pushed: string[] = [];
    const push = history.pushState;
    history.pushState = function (this: History, ...args: Parameters<History['pushState']>) {
      pushed.push(String(args[2]));
      return push.apply(this, args);
    };
    try {
      await run();
    } finally {
      history.pushState = push;
    }
    return pushed;
  }

  it('makes one history entry for months chosen one after another with the arrow keys, and a new one for what comes next', async function () {
    const el = await calendar(html`<iisg-event-calendar id="picks" src=${FEED} date="2019-04" sync-url lang="en" style="width: 700px"></iisg-event-calendar>`);
    const picker = $<HTMLSelectElement>(el, '#month-picker')!;
    picker.focus();
    const arrows = await pushedDuring(async () => {
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
    });
    // A browser whose closed picker does not choose on arrow keys (WebKit) has nothing to count: skipped, and said so.
    if (picker.value === '4') this.skip();
    expect(heading(el)).to.equal('July 2019');
    expect(new URL(location.href).searchParams.get('picks-date')).to.equal('2019-07');
    expect(arrows.length, `entries pushed by three presses: ${arrows.join(', ')}`).to.equal(1);
    const next = await pushedDuring(async () => {
      $(el, '[part~="next"]')!.click(); // another way to change the month: an entry of its own
      await el.updateComplete;
      picker.focus();
      await sendKeys({ press: 'ArrowDown' }); // the picker again, after the button: a new entry
      await el.updateComplete;
    });
    expect(heading(el)).to.equal('September 2019');
    expect(next.map((url) => new URL(url).searchParams.get('picks-date'))).to.deep.equal(['2019-08', '2019-09']);
  });
});
