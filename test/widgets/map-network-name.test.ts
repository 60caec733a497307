// A page names the network to show as it writes it: `network="RNNC"` for the id `rnnc`, or its name. One the
// feed does not have is told to the page's developer, and the map's heading is never empty.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { quietConsole } from '../hardening/helpers.js';
import '@iisg/widgets/network-map/define.js';
import type { IisgNetworkMap } from '@iisg/widgets/network-map/network-map.js';

/** What the console said while `run` ran. */
const warnings = async (run: () => Promise<void>) => (await quietConsole(run)).said;

async function mapOf(template: ReturnType<typeof html>) {
  const el = await fixture<IisgNetworkMap>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('.network-map'), 'map rendered', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const heading = (el: IisgNetworkMap) => el.shadowRoot!.querySelector('[role="heading"]')!.textContent!.replace(/\s+/g, ' ').trim();
const count = (el: IisgNetworkMap) => el.shadowRoot!.querySelector('.count')?.textContent?.trim();

describe('<iisg-network-map> network named by the page', () => {
  it('finds the network by its id in any case, by its acronym or by its name', async () => {
    const said = await warnings(async () => {
      for (const value of ['rnnc', 'RNNC', ' Regional Network of National P/CVE Coordinators of the Western Balkans ']) {
        const el = await mapOf(html`<iisg-network-map src="/demo/feed.json" network=${value} lang="en"></iisg-network-map>`);
        expect(el.shownNetwork?.id, value).to.equal('rnnc');
        expect(count(el), value).to.equal('9 members');
      }
    });
    expect(said).to.deep.equal([]);
  });

  it('tells the page once of a network the feed does not have, with the ones it has, and names the map in the heading', async () => {
    let el!: IisgNetworkMap;
    const said = await warnings(async () => {
      el = await mapOf(html`<iisg-network-map src="/demo/feed.json" network="rnc" lang="en"></iisg-network-map>`);
      el.view = 'list';
      await el.updateComplete;
    });
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^iisg-network-map: "rnc" is not a network of the feed \(its networks: .*\brnnc\b.*\)$/);
    expect(heading(el)).to.equal('Network members map');
    expect(count(el)).to.equal('No members');
  });

  it('names the map in the heading of a feed without networks (no empty heading)', async () => {
    const feed = { version: 1, events: [] };
    const el = await mapOf(html`<iisg-network-map .feed=${feed} label="Where we met" lang="en"></iisg-network-map>`);
    expect(heading(el)).to.equal('Where we met');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('says nothing when a new feed lacks the network the visitor chose; and takes an id before an acronym', async () => {
    const feedWith = (...networks: object[]) => ({ version: 1, organisations: [{ id: 'o', name: 'O', country: 'AL' }], networks, events: [] });
    const a = { id: 'a', name: 'Network A', acronym: 'B', members: [{ organisation: 'o' }] };
    const b = { id: 'b', name: 'Network B', members: [{ organisation: 'o' }] };
    let el!: IisgNetworkMap;
    const said = await warnings(async () => {
      el = await mapOf(html`<iisg-network-map .feed=${feedWith(a, b)} lang="en"></iisg-network-map>`);
      const select = el.shadowRoot!.querySelector('select')!;
      select.value = 'b';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.shownNetwork?.id).to.equal('b');
      el.feed = feedWith(a);
      await el.updateComplete;
      expect(el.shownNetwork?.id, 'the first network of the new feed').to.equal('a');
      el.feed = feedWith(a, b);
      el.network = 'B'; // network b's id, and network a's acronym
      await el.updateComplete;
      expect(el.shownNetwork?.id).to.equal('b');
    });
    expect(said).to.deep.equal([]);
  });
});
