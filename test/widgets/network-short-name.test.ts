// A network's `shortName` ("NFP Group"): where a menu, a heading or a details line names a network briefly, a
// network without an acronym is named by it, not by its whole long name; the map's heading keeps the full name.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import type { IisgEventCard } from '@iisg/widgets';
import { $, $$, calendar, consoleSaid, focused, mountMap } from './helpers.js';

const NFP = 'RCC Group of National Focal Points for Prevention and Countering Violent Extremism in South East Europe';
const NFP_DE = 'RCC-Gruppe der nationalen Anlaufstellen für die Prävention und Bekämpfung von gewalttätigem Extremismus in Südosteuropa';
const members = [{ country: 'AL' }, { country: 'ME' }];
const FEED = {
  version: 1,
  language: 'en',
  networks: [
    { id: 'nfp-group', name: { en: NFP, de: NFP_DE }, shortName: { en: 'NFP Group', de: 'NFP-Gruppe' }, members },
    { id: 'pcc-see-ct', name: 'PCC SEE Counter-Terrorism Network', shortName: 'PCC SEE CT Network', members },
    // The acronym first: a short name too does not replace it.
    { id: 'rnnc', name: 'Regional Network of National P/CVE Coordinators', acronym: 'RNNC', shortName: 'Coordinators', members },
    { id: 'plain', name: 'Plain Network', members },
  ],
  events: [{ id: 'm', title: 'Meeting', start: '2019-04-23', networks: ['nfp-group', 'pcc-see-ct', 'rnnc', 'plain'] }],
};

const options = (select: HTMLSelectElement) => [...select.options].filter((o) => o.value).map((o) => `${o.textContent!.trim()}${o.lang ? ` [${o.lang}]` : ''}`);
const mapHeading = (el: Element) => $(el, '[role="heading"]')!.textContent!.replace(/\s+/g, ' ').trim();

describe('network short names: the calendar', () => {
  it('names a network in the filter menu by its short name, in the page’s language where the feed has it', async () => {
    const en = await calendar(html`<iisg-event-calendar .feed=${FEED} date="2019-04" filters="network" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect(options($<HTMLSelectElement>(en, '.filter select')!)).to.have.members(['NFP Group', 'PCC SEE CT Network', 'RNNC', 'Plain Network']);
    const de = await calendar(html`<iisg-event-calendar .feed=${FEED} date="2019-04" filters="network" lang="de" style="width: 900px"></iisg-event-calendar>`);
    // A short name the feed has only in English is marked as English (WCAG 3.1.2); one it has in German is not.
    expect(options($<HTMLSelectElement>(de, '.filter select')!)).to.have.members(['NFP-Gruppe', 'PCC SEE CT Network [en]', 'RNNC', 'Plain Network [en]']);
    await expect(de).to.be.accessible();
  });

  it('names a network by its name in the page’s language where its short name is only in another', async () => {
    const NFP_SQ = 'Grupi i Pikave Kombëtare të Kontaktit të RCC';
    const feed = { ...FEED, networks: [{ id: 'nfp-group', name: { en: NFP, sq: NFP_SQ }, shortName: { en: 'NFP Group' }, members }], events: [{ ...FEED.events[0], networks: ['nfp-group'] }] };
    const sq = await calendar(html`<iisg-event-calendar .feed=${feed} date="2019-04" filters="network" lang="sq" style="width: 900px"></iisg-event-calendar>`);
    expect(options($<HTMLSelectElement>(sq, '.filter select')!)).to.deep.equal([NFP_SQ]);
    // Where neither is in the page's language, the short name still wins (both English here).
    const de = await calendar(html`<iisg-event-calendar .feed=${feed} date="2019-04" filters="network" lang="de" style="width: 900px"></iisg-event-calendar>`);
    expect(options($<HTMLSelectElement>(de, '.filter select')!)).to.deep.equal(['NFP Group [en]']);
  });

  it('takes a network preset by its short name in any language and case, or by its full name, without a warning', async () => {
    const said = await consoleSaid('warn', async () => {
      for (const [value, id] of [
        ['NFP Group', 'nfp-group'],
        ['nfp-gruppe', 'nfp-group'],
        [` ${NFP_DE} `, 'nfp-group'],
        ['pcc see ct network', 'pcc-see-ct'],
        ['Coordinators', 'rnnc'],
      ]) {
        const el = await calendar(html`<iisg-event-calendar .feed=${FEED} view="list" list-range="past" network=${value} lang="en" style="width: 900px"></iisg-event-calendar>`);
        expect(el.activeFilters.network, value).to.equal(id);
      }
    });
    expect(said).to.deep.equal([]);
  });

  it('lists the event’s networks by their short names in the popover', async () => {
    const el = await calendar(html`<iisg-event-calendar .feed=${FEED} date="2019-04" lang="de" style="width: 900px"></iisg-event-calendar>`);
    $$(el, '[part~="event"]')[0].click();
    await waitUntil(() => focused(el)?.tagName === 'H2', 'popover open');
    const line = [...$(el, '[part~="popover"]')!.querySelectorAll('dd')].at(-1)!;
    expect(line.textContent!.replace(/\s+/g, ' ').trim()).to.equal('NFP-Gruppe, PCC SEE CT Network, RNNC, Plain Network');
    expect([...line.querySelectorAll('[lang]')].map((s) => `${s.textContent} [${s.getAttribute('lang')}]`)).to.deep.equal(['PCC SEE CT Network [en]', 'Plain Network [en]']);
  });

  it('finds the network’s events by a search for its short name', async () => {
    const feed = { ...FEED, events: [...FEED.events, { id: 'other', title: 'Workshop', start: '2019-04-24' }] };
    const el = await calendar(html`<iisg-event-calendar .feed=${feed} view="list" list-range="past" lang="en" style="width: 900px"></iisg-event-calendar>`);
    expect($$(el, '[part~="list-item"]')).to.have.length(2);
    const search = $<HTMLInputElement>(el, 'input[type="search"]')!;
    search.value = 'nfp-gruppe';
    search.dispatchEvent(new Event('input'));
    await waitUntil(() => $$(el, '[part~="list-item"]').length === 1, 'one event found', { timeout: 5000 });
    expect($(el, '[part~="list-item"]')!.textContent).to.contain('Meeting');
  });
});

describe('network short names: the card', () => {
  it('names the event’s networks by their short names', async () => {
    const el = await fixture<IisgEventCard>(html`<iisg-event-card .feed=${FEED} event-id="m" lang="en"></iisg-event-card>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="networks"]'), 'card rendered', { timeout: 5000 });
    expect($(el, '[part~="networks"] dd')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('NFP Group, PCC SEE CT Network, RNNC, Plain Network');
    await expect(el).to.be.accessible();
  });
});

describe('network short names: the map', () => {
  it('names networks by their short names in the switcher', async () => {
    const el = await mountMap(html`<iisg-network-map .feed=${FEED} lang="de" style="width: 900px"></iisg-network-map>`);
    expect(options($<HTMLSelectElement>(el, '.picker select')!)).to.deep.equal(['NFP-Gruppe', 'PCC SEE CT Network [en]', 'RNNC', 'Plain Network [en]']);
  });

  it('keeps the full name in the heading, the short name after it; the legend and the map’s name use the short name', async () => {
    const el = await mountMap(html`<iisg-network-map .feed=${FEED} network="nfp-group" lang="en" style="width: 900px"></iisg-network-map>`);
    expect(mapHeading(el)).to.equal(`${NFP} (NFP Group)`);
    expect($(el, '[part~="legend"]')!.getAttribute('aria-label')).to.equal('NFP Group');
    expect($(el, '[part~="legend"]')!.textContent).to.contain('NFP Group:');
    expect($(el, '[part~="legend"]')!.textContent).not.to.contain(NFP);
    expect($(el, '[part~="map"]')!.getAttribute('aria-label')).to.equal('Network members map: NFP Group');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('marks a short name in another language than the page’s in the heading, and adds none equal to the name', async () => {
    const pcc = await mountMap(html`<iisg-network-map .feed=${FEED} network="pcc-see-ct" lang="de" style="width: 900px"></iisg-network-map>`);
    expect(mapHeading(pcc)).to.equal('PCC SEE Counter-Terrorism Network (PCC SEE CT Network)');
    expect($(pcc, '[role="heading"] .short-name [lang]')!.getAttribute('lang')).to.equal('en');
    const plain = await mountMap(html`<iisg-network-map .feed=${FEED} network="plain" lang="en" style="width: 900px"></iisg-network-map>`);
    expect(mapHeading(plain)).to.equal('Plain Network');
  });

  it('names the network by its short name in the list view’s table', async () => {
    const el = await mountMap(html`<iisg-network-map .feed=${FEED} network="nfp-group" view="list" lang="en" style="width: 900px"></iisg-network-map>`);
    expect($(el, 'table.members caption')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Members: NFP Group (2 members)');
  });

  it('finds the network a page names by its short name, in any language and case', async () => {
    const said = await consoleSaid('warn', async () => {
      for (const [value, id] of [
        ['NFP Group', 'nfp-group'],
        ['NFP-GRUPPE', 'nfp-group'],
        ['PCC SEE CT Network', 'pcc-see-ct'],
        ['rnnc', 'rnnc'],
      ]) {
        const el = await mountMap(html`<iisg-network-map .feed=${FEED} network=${value} lang="en" style="width: 900px"></iisg-network-map>`);
        expect(el.shownNetwork?.id, value).to.equal(id);
      }
    });
    expect(said).to.deep.equal([]);
  });
});
