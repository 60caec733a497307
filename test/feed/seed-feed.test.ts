import { expect } from '@open-wc/testing';
import { isoDate, parseFeed, pickText, type Feed } from '@iisg/feed';

let feed: Feed;

before(async () => {
  const text = await (await fetch('/demo/feed.json')).text();
  const result = parseFeed(text);
  expect(result.problems, JSON.stringify(result.problems)).to.deep.equal([]);
  feed = result.feed!;
});

describe('the sample feed built from the seed page', () => {
  it('holds every event the page lists, with its dates', () => {
    const dates = Object.fromEntries(feed.events.map((e) => [e.id, `${isoDate(e.startDay)}/${isoDate(e.endDay)}`]));
    expect(dates).to.include({
      'nfp-7': '2019-04-23/2019-04-23',
      'rnnc-3': '2019-04-24/2019-04-24',
      'iisg-pcve-coordination-albania-1': '2019-04-25/2019-04-25',
      'rnnc-2': '2018-10-15/2018-10-16',
      'rnnc-1': '2018-06-07/2018-06-08',
      'workshop-students-parents-teachers-2019': '2019-05-22/2019-05-22',
      'ct-cve-donors-3': '2017-12-04/2017-12-04',
      'regional-ct-pcve-conference-2': '2017-11-29/2017-11-30',
      'wbcti-partners-1': '2017-09-14/2017-09-14',
      'mayors-see-capitals-2017': '2017-09-14/2017-09-14',
    });
    expect(feed.events.length).to.be.at.least(12);
  });

  it('states the back-to-back links of the Tirana cluster both ways', () => {
    const links = (id: string) => feed.byId.get(id)!.related.filter((r) => r.kind === 'back-to-back').map((r) => r.event).sort();
    expect(links('rnnc-3')).to.deep.equal(['iisg-pcve-coordination-albania-1', 'nfp-7']);
    expect(links('nfp-7')).to.deep.equal(['iisg-pcve-coordination-albania-1', 'rnnc-3']);
  });

  it('numbers the series as the page does', () => {
    const ordinal = (id: string) => feed.byId.get(id)!.series;
    expect(ordinal('rnnc-3')).to.deep.equal({ id: 'rnnc-meetings', ordinal: 3 });
    expect(ordinal('rnnc-2')).to.deep.equal({ id: 'rnnc-meetings', ordinal: 2 });
    expect(ordinal('nfp-7')!.ordinal).to.equal(7);
  });

  it('places the Pristina workshop in Kosovo, with the designation footnote', () => {
    const workshop = feed.byId.get('workshop-students-parents-teachers-2019')!;
    expect(workshop.location!.country).to.equal('XK');
    expect(pickText(feed.countries.get('XK')!.footnote, 'en')).to.contain('UNSCR 1244/1999');
    expect(workshop.organisers).to.include('rcc');
  });

  it('names organisers, hosts and the chair', () => {
    const budva = feed.byId.get('rnnc-2')!;
    expect(budva.hosts.length).to.be.greaterThan(0);
    expect(pickText(feed.byId.get('ct-cve-donors-3')!.chair, 'en')).to.contain('Gatt-Rutter');
  });

  it('keeps each title the page gives as the page writes it', () => {
    const titles = Object.fromEntries(feed.events.map((e) => [e.id, pickText(e.title, 'en')]));
    expect(titles).to.include({
      'workshop-students-parents-teachers-2019': 'Workshop on Capacity Building with Students, Parents and Teachers',
      'rnnc-3': '3rd Meeting of the Regional Network of the National P-CVE Coordinators (RNNC) of the Western Balkans',
      'nfp-7': '7th Meeting of the RCC Group of National Focal Points for Prevention and Countering Violent Extremism in South East Europe (NFP Group)',
      'iisg-pcve-coordination-albania-1': '1st IISG National P-CVE Coordination Meeting – Albania',
      'rnnc-2': 'Second Meeting of the Regional Network of Western Balkan National P/CVE Coordinators',
      'ran-pp-local-communities-2018': 'Working with local communities in CVE',
      // The announcement's own wording (its heading has "Kick-Off meeting ... for P&CVE Coordinators").
      'rnnc-1': 'Kick-Off Meeting of the Regional Network for P/CVE Coordinators',
      'ct-cve-donors-3': 'Counter Terrorism and Counter Violent Extremism Donor Coordination meeting',
      'regional-ct-pcve-conference-2': '2nd Regional Coordination Conference in the area of CT, P/CVE in South East Europe',
      'wbcti-partners-1': '1st CT and P/CVE Coordination Meeting with WBCTi Partners',
      'mayors-see-capitals-2017': 'Conference of the Mayors of Southeast European Capitals',
    });
  });

  it('dates the events the page only mentions as it does', () => {
    const dates = Object.fromEntries(feed.events.map((e) => [e.id, `${isoDate(e.startDay)}/${isoDate(e.endDay)}`]));
    expect(dates).to.include({
      'regional-ct-pcve-conference-1': '2016-11-11/2016-11-11',
      'iisg-board-kickoff-2017': '2017-09-08/2017-09-08',
      'jha-ministerial-tirana-2018': '2018-10-05/2018-10-05',
      // "April 19-20": both days.
      'ct-cve-donors-1': '2017-04-19/2017-04-20',
    });
  });

  it('places each event in the city and country the page names, and none where it names none', () => {
    const place = (id: string) => {
      const loc = feed.byId.get(id)!.location;
      return loc ? [pickText(loc.city, 'en') || '', loc.country ?? ''].join(', ') : '';
    };
    expect(Object.fromEntries(feed.events.map((e) => [e.id, place(e.id)]))).to.deep.equal({
      'regional-ct-pcve-conference-1': 'Tirana, AL',
      'ct-cve-donors-1': 'Washington, D.C., US',
      'iisg-board-kickoff-2017': '',
      'mayors-see-capitals-2017': 'Podgorica, ME',
      'wbcti-partners-1': 'Sarajevo, BA',
      // "The event will take place in Slovenia": no city.
      'regional-ct-pcve-conference-2': ', SI',
      'ct-cve-donors-3': 'Brussels, BE',
      'rnnc-1': 'Prague, CZ',
      // Not on the page: assumed, and marked tentative (README, The feed).
      'ran-pp-local-communities-2018': 'Berlin, DE',
      'jha-ministerial-tirana-2018': 'Tirana, AL',
      'rnnc-2': 'Budva, ME',
      'nfp-7': 'Tirana, AL',
      'rnnc-3': 'Tirana, AL',
      'iisg-pcve-coordination-albania-1': 'Tirana, AL',
      'workshop-students-parents-teachers-2019': 'Pristina, XK',
    });
    expect(pickText(feed.byId.get('wbcti-partners-1')!.location!.venue, 'en')).to.equal('EU House');
    expect(feed.byId.get('ran-pp-local-communities-2018')!.status).to.equal('tentative');
  });

  it('gives each organisation the role the page gives it', () => {
    const roles = (id: string) => {
      const e = feed.byId.get(id)!;
      return { organisers: [...e.organisers], hosts: [...e.hosts], funders: [...e.funders], supporters: [...e.supporters] };
    };
    const none = { organisers: [], hosts: [], funders: [], supporters: [] };
    expect(roles('workshop-students-parents-teachers-2019')).to.deep.equal({ ...none, organisers: ['rcc'], funders: ['eu-ipa-ii-2016-pcve'] });
    expect(roles('rnnc-3')).to.deep.equal({ ...none, organisers: ['eud-bih', 'iisg-sg'] });
    expect(roles('nfp-7')).to.deep.equal({ ...none, organisers: ['rcc'] });
    expect(roles('iisg-pcve-coordination-albania-1')).to.deep.equal({ ...none, organisers: ['iisg-sg'] });
    expect(roles('rnnc-2')).to.deep.equal({ organisers: ['eud-bih', 'iisg-sg'], hosts: ['me-moi'], funders: ['european-commission'], supporters: [] });
    expect(roles('rnnc-1')).to.deep.equal({ ...none, organisers: ['iisg-sg', 'eud-bih'], supporters: ['ceeli-institute'] });
    expect(roles('ct-cve-donors-3')).to.deep.equal({ ...none, hosts: ['eeas'] });
    expect(roles('regional-ct-pcve-conference-2')).to.deep.equal({ ...none, organisers: ['seecp-cio-si', 'rcc', 'wbcti'], hosts: ['si-moi'] });
    expect(roles('wbcti-partners-1')).to.deep.equal({ ...none, organisers: ['eud-bih'], hosts: ['eud-bih'] });
    expect(roles('mayors-see-capitals-2017')).to.deep.equal({ ...none, organisers: ['podgorica', 'shared-values-foundation', 'sarajevo-mayor'], hosts: ['podgorica'] });
    expect(roles('ran-pp-local-communities-2018')).to.deep.equal({ ...none, organisers: ['ran'] });
    // The sixteen WBCTi partners the page lists (three embassies, DG NEAR and DG HOME each one).
    expect(feed.byId.get('wbcti-partners-1')!.participants).to.have.length(16);
    expect(feed.byId.get('regional-ct-pcve-conference-2')!.networks).to.include.members(['nfp-group', 'pcc-see-ct', 'cti']);
  });

  it('numbers every series as the page does, and holds back-to-back only the Tirana meetings', () => {
    const series = Object.fromEntries(feed.events.filter((e) => e.series).map((e) => [e.id, `${e.series!.id} ${e.series!.ordinal}`]));
    expect(series).to.deep.equal({
      'regional-ct-pcve-conference-1': 'regional-ct-pcve-conferences 1',
      'regional-ct-pcve-conference-2': 'regional-ct-pcve-conferences 2',
      'ct-cve-donors-1': 'ct-cve-donor-meetings 1',
      // "the latest in a series ... first held in Washington ... and the second in London".
      'ct-cve-donors-3': 'ct-cve-donor-meetings 3',
      'wbcti-partners-1': 'wbcti-partners-meetings 1',
      'rnnc-1': 'rnnc-meetings 1',
      'rnnc-2': 'rnnc-meetings 2',
      'rnnc-3': 'rnnc-meetings 3',
      'nfp-7': 'nfp-meetings 7',
      // "the fourth meeting in the chain of Policy & Practice events in 2018".
      'ran-pp-local-communities-2018': 'ran-policy-practice-2018 4',
      'iisg-pcve-coordination-albania-1': 'iisg-pcve-coordination-albania 1',
    });
    const links = (id: string) => feed.byId.get(id)!.related.filter((r) => r.kind === 'back-to-back').map((r) => r.event).sort();
    expect(links('iisg-pcve-coordination-albania-1')).to.deep.equal(['nfp-7', 'rnnc-3']);
    const tirana = ['nfp-7', 'rnnc-3', 'iisg-pcve-coordination-albania-1'];
    expect(feed.events.filter((e) => !tirana.includes(e.id) && e.related.length).map((e) => e.id)).to.deep.equal([]);
  });

  it('writes Kosovo’s footnote in the standard designation wording, and names Kosovo only for Pristina', () => {
    expect(pickText(feed.countries.get('XK')!.footnote, 'en')).to.equal(
      'This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.',
    );
    expect(feed.events.filter((e) => e.location?.country === 'XK').map((e) => e.id)).to.deep.equal(['workshop-students-parents-teachers-2019']);
  });

  it('says in each description where a year or a place is inferred, not given by the page', () => {
    for (const id of ['rnnc-2', 'rnnc-1', 'ct-cve-donors-1', 'mayors-see-capitals-2017']) {
      expect(pickText(feed.byId.get(id)!.description, 'en'), id).to.match(/The year is not given in (the source page|this announcement) and is inferred/);
    }
    expect(pickText(feed.byId.get('ran-pp-local-communities-2018')!.description, 'en')).to.contain('the source page gives neither');
  });

  it('answers range queries from the index', () => {
    const april2019 = feed.index.between(feed.byId.get('nfp-7')!.startDay, feed.byId.get('iisg-pcve-coordination-albania-1')!.startDay);
    expect(april2019.map((e) => e.id)).to.deep.equal(['nfp-7', 'rnnc-3', 'iisg-pcve-coordination-albania-1']);
  });
});
