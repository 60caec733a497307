// A page names the series to show as it writes it: `series="RNNC"` (its short name) or its id in any case.
// One the feed does not have is told to the page's developer, not left as an empty timeline with no word.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { quietConsole } from '../hardening/helpers.js';
import '@iisg/widgets/event-timeline/define.js';
import type { IisgEventTimeline } from '@iisg/widgets/event-timeline/event-timeline.js';

/** What the console said while `run` ran. */
const warnings = async (run: () => Promise<void>) => (await quietConsole(run)).said;

async function timeline(series: string) {
  const el = await fixture<IisgEventTimeline>(html`<iisg-event-timeline src="/demo/feed.json" mode="series" series=${series} lang="en"></iisg-event-timeline>`);
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="row"], [part~="empty"], .empty'), 'timeline drawn', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const rowHeadings = (el: IisgEventTimeline) => [...el.shadowRoot!.querySelectorAll('[role="heading"], h2, h3, h4')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim());

describe('<iisg-event-timeline> series named by the page', () => {
  it('finds the series by its id in any case, its name or its short name', async () => {
    let headings: string[][] = [];
    const said = await warnings(async () => {
      headings = [];
      for (const value of ['rnnc-meetings', 'RNNC-Meetings', 'RNNC', 'Meeting of the Regional Network of National P/CVE Coordinators of the Western Balkans']) {
        headings.push(rowHeadings(await timeline(value)));
      }
    });
    expect(said).to.deep.equal([]);
    expect(headings[0].length, 'one row').to.equal(1);
    for (const h of headings) expect(h).to.deep.equal(headings[0]);
  });

  it('tells the page once of a series the feed does not have, with the ids it has', async () => {
    const said = await warnings(async () => {
      const el = await timeline('rnnc-meeting');
      el.limit = 5; // another render of the same feed says nothing more
      await el.updateComplete;
    });
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^iisg-event-timeline: series="rnnc-meeting" is not a series of the feed \(its series: rnnc-meetings, nfp-meetings, .*\)$/);
  });
});
