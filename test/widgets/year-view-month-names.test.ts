// What a screen reader says of the year view's months: each month's name once, by its heading, not again by
// the grid of its days (which each say their month and year), nor the year twice.
import { expect, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '@iisg/widgets';
import { $$, accessibleNames, calendar } from './helpers.js';

const FEED = '/demo/feed.json';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Node = { role: string; name?: string; children?: Node[] };

describe('<iisg-event-calendar> year view month names', () => {
  it('name each month by its heading only: its grid has no name of its own', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} view="year" date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    const grids = $$(el, '[role="grid"]');
    expect(grids).to.have.length(12);
    for (const grid of grids) {
      // A grid's name comes from its author only: none of these, no name.
      expect(['aria-label', 'aria-labelledby', 'title'].filter((name) => grid.hasAttribute(name)), 'the grid’s naming attributes').to.deep.equal([]);
    }
    // Just before each grid, the heading that says its month.
    expect(grids.map((grid) => grid.previousElementSibling!.matches('[role="heading"]') && grid.previousElementSibling!.textContent!.trim())).to.deep.equal(MONTHS);
    await expect(el).to.be.accessible();
  });
});

// In Chrome's accessibility tree (skipped outside Chromium by its title: test/setup/chromium-only.mjs).
describe('accessible names of the year view', () => {
  it('say the year once and each month once, by its heading', async () => {
    const el = await calendar(html`<iisg-event-calendar src=${FEED} view="year" date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect(await accessibleNames($$(el, '.mini-month [role="heading"]')), 'the months’ headings').to.deep.equal(MONTHS);
    expect(await accessibleNames($$(el, '[role="grid"]')), 'the grids').to.deep.equal(Array(12).fill(''));
    const containers: string[] = [];
    const walk = (node: Node) => {
      if (['heading', 'grid', 'group', 'region', 'table'].includes(node.role)) containers.push(`${node.role} ${node.name ?? ''}`.trim());
      node.children?.forEach(walk);
    };
    walk((await a11ySnapshot({})) as unknown as Node);
    expect(containers.filter((said) => said.includes('2019')), 'the year').to.deep.equal(['heading 2019']);
  });
});
