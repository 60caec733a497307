// The toolbar's heading ("September 2017") keeps its line: where the month and year menus do not fit beside it,
// they move to the next line, not the year under the month. It wraps only where it alone is wider than the calendar.
import { expect, html } from '@open-wc/testing';
import '@iisg/widgets';
import { $, calendar } from './helpers.js';

const FEED = { version: 1, events: [{ id: 'a', title: 'Meeting', start: '2017-09-14' }] };

/** How many lines the heading's text takes. */
function lines(heading: HTMLElement) {
  return Math.round(heading.getBoundingClientRect().height / parseFloat(getComputedStyle(heading).lineHeight));
}

describe('the calendar toolbar’s heading', () => {
  // Below about 640 px the buttons, "September 2017" and the menus do not fit in one line.
  for (const width of [570, 600, 640, 900]) {
    it(`stays on one line at ${width} px`, async () => {
      const el = await calendar(html`<iisg-event-calendar .feed=${FEED} date="2017-09" lang="en" style="width: ${width}px"></iisg-event-calendar>`);
      const heading = $(el, '.heading') as HTMLElement;
      expect(heading.textContent).to.contain('September 2017');
      expect(lines(heading)).to.equal(1);
    });
  }

  it('wraps inside a calendar narrower than its text, not past its edge', async () => {
    const el = await calendar(html`<iisg-event-calendar .feed=${FEED} date="2017-09" lang="en" style="width: 320px; font-size: 40px"></iisg-event-calendar>`);
    const heading = $(el, '.heading') as HTMLElement;
    expect(lines(heading)).to.be.above(1);
    expect(heading.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
  });
});
