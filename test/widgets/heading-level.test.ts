// heading-level is read the same way by all four elements: a page that moves one of them in its outline, or a
// CMS template that leaves the field empty or writes "h4", gets the same level from each.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import { $ } from './helpers.js';

const FEED = '/demo/feed.json';

const elements = [
  { name: 'iisg-event-calendar', fallback: 2, heading: '[part~="heading"]', make: () => html`<iisg-event-calendar src=${FEED} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>` },
  { name: 'iisg-event-card', fallback: 3, heading: '[part~="title"]', make: () => html`<iisg-event-card src=${FEED} event-id="nfp-7" lang="en"></iisg-event-card>` },
  { name: 'iisg-event-timeline', fallback: 3, heading: '[part~="row-heading"]', make: () => html`<iisg-event-timeline src=${FEED} lang="en" style="width: 900px"></iisg-event-timeline>` },
  { name: 'iisg-network-map', fallback: 3, heading: '.name[role="heading"]', make: () => html`<iisg-network-map src=${FEED} network="rnnc" lang="en" style="width: 900px"></iisg-network-map>` },
];

describe('heading-level on every element', () => {
  for (const { name, fallback, heading, make } of elements) {
    it(`<${name}>: a level outside 1-6 brought inside, an empty, 0 or non-number one leaves the default (${fallback})`, async () => {
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(make());
      await waitUntil(() => $(el, heading), `${name} draws its heading`, { timeout: 5000 });
      const level = async (value: string | null) => {
        if (value === null) el.removeAttribute('heading-level');
        else el.setAttribute('heading-level', value);
        await el.updateComplete;
        return $(el, heading)!.getAttribute('aria-level');
      };
      expect(await level('4')).to.equal('4');
      expect(await level('9')).to.equal('6');
      expect(await level('0')).to.equal(String(fallback));
      expect(await level('-2')).to.equal('1');
      expect(await level('4.4')).to.equal('4');
      expect(await level('')).to.equal(String(fallback));
      expect(await level('h4')).to.equal(String(fallback));
      expect(await level('5')).to.equal('5');
      expect(await level(null)).to.equal(String(fallback));
    });
  }
});
