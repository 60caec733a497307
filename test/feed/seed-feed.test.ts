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

  it('answers range queries from the index', () => {
    const april2019 = feed.index.between(feed.byId.get('nfp-7')!.startDay, feed.byId.get('iisg-pcve-coordination-albania-1')!.startDay);
    expect(april2019.map((e) => e.id)).to.deep.equal(['nfp-7', 'rnnc-3', 'iisg-pcve-coordination-albania-1']);
  });
});
