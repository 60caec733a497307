// The card's and the timeline's finer points, each one a defect found in review.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@iisg/widgets';
import type { IisgEventCard, IisgEventTimeline } from '@iisg/widgets';
import { $, $$, langsOf, text } from './helpers.js';

const FEED = '/demo/feed.json';
const INDEX = '/test/fixtures/periods/index.json';

describe('<iisg-event-card> and <iisg-event-timeline> with a feed split by year', () => {
  it('the card finds its event in the period files of an index', async () => {
    const el = await fixture<IisgEventCard>(html`<iisg-event-card src=${INDEX} event-id="tirana-2019" lang="en"></iisg-event-card>`);
    await waitUntil(() => text(el, 'title') === '3rd Meeting of the RNNC', 'the event from events-2019.json', { timeout: 5000 });
  });

  it('the timeline fetches every period file (it shows the whole archive)', async () => {
    // Only this test's requests: the card's test above fetched the same period files.
    const since = performance.now();
    const requested = () => performance.getEntriesByType('resource').filter((e) => e.startTime >= since).map((e) => e.name);
    await fixture<IisgEventTimeline>(html`<iisg-event-timeline src=${`${INDEX}?t=${Date.now()}`} mode="series" lang="en" style="width: 900px"></iisg-event-timeline>`);
    await waitUntil(() => requested().some((n) => n.endsWith('/periods/events-2018.json')) && requested().some((n) => n.endsWith('/periods/events-2019.json')), 'both years’ files', { timeout: 5000 });
  });
});

describe('<iisg-event-card> details', () => {
  it('says a back-to-back event’s status in the card: a cancelled one struck through and "(Cancelled)"', async () => {
    const feed = await (await fetch(FEED)).json();
    const byId = (id: string) => feed.events.find((e: { id: string }) => e.id === id);
    byId('rnnc-3').status = 'cancelled';
    byId('nfp-7').status = 'postponed';
    const el = await fixture<IisgEventCard>(html`<iisg-event-card .feed=${feed} event-id="iisg-pcve-coordination-albania-1" lang="de"></iisg-event-card>`);
    await waitUntil(() => $(el, '[part~="related"] li'), 'the back-to-back list', { timeout: 5000 });
    const items = $$(el, '[part~="related"] li');
    const says = (li: HTMLElement) => li.textContent!.replace(/\s+/g, ' ').trim();
    // In the page's language, in the words of the card's own status line.
    expect(says(items.find((li) => li.textContent!.includes('24.'))!)).to.match(/ \(Abgesagt\)$/);
    expect(says(items.find((li) => li.textContent!.includes('23.'))!)).to.match(/ \(Verschoben\)$/);
    const struck = [...el.shadowRoot!.querySelectorAll('[part~="related"] *')].filter((e) => getComputedStyle(e).textDecorationLine.includes('line-through'));
    expect(struck.map((e) => e.textContent)).to.deep.equal([byId('rnnc-3').title.de ?? byId('rnnc-3').title.en]);
    await expect(el).to.be.accessible();
  });

  it('a card moved after its feed loaded keeps its event, with no "Loading events" over it while it asks again', async () => {
    const [a, b] = [document.createElement('div'), document.createElement('div')];
    document.body.append(a, b);
    try {
      const el = document.createElement('iisg-event-card') as IisgEventCard;
      el.lang = 'en';
      el.setAttribute('src', `${FEED}?moved-after=${Date.now()}`);
      el.setAttribute('event-id', 'nfp-7');
      a.append(el);
      await waitUntil(() => text(el, 'title')?.startsWith('7th Meeting') && !$(el, '[part~="message"]'), 'the event', { timeout: 5000 });
      b.append(el); // a CMS drag-and-drop, a framework reordering a list
      await el.updateComplete;
      expect($(el, '[part~="message"]'), 'no message over the event').to.equal(null);
      expect(text(el, 'title')).to.match(/^7th Meeting/);
      await new Promise((r) => setTimeout(r, 300));
      await el.updateComplete;
      expect($(el, '[part~="message"]'), 'none once it has the feed again').to.equal(null);
      expect(text(el, 'title')).to.match(/^7th Meeting/);
    } finally {
      a.remove();
      b.remove();
    }
  });

  it('a card moved while its feed loads shows the event, not a broken-file message', async () => {
    const [a, b] = [document.createElement('div'), document.createElement('div')];
    document.body.append(a, b);
    try {
      const el = document.createElement('iisg-event-card') as IisgEventCard;
      Object.assign(el, { lang: 'en' });
      el.setAttribute('src', `${FEED}?moved=${Date.now()}`);
      el.setAttribute('event-id', 'nfp-7');
      a.append(el);
      await new Promise((r) => setTimeout(r, 0));
      b.append(el); // a CMS drag-and-drop, a framework reordering a list
      await waitUntil(() => text(el, 'title')?.startsWith('7th Meeting'), 'the event after the move', { timeout: 5000 });
      expect($(el, '[part~="message"]')).to.equal(null);
    } finally {
      a.remove();
      b.remove();
    }
  });

  it('follows a lang set on the element or on a wrapper after it rendered', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><iisg-event-card src=${FEED} event-id="nfp-7"></iisg-event-card></div>`);
    const el = wrapper.querySelector('iisg-event-card')!;
    await waitUntil(() => text(el, 'when')?.includes('April 2019'), 'English');
    wrapper.lang = 'fr';
    await waitUntil(() => text(el, 'when')?.includes('avril 2019'), 'French from the wrapper');
    el.setAttribute('lang', 'mk');
    await waitUntil(() => text(el, 'when')?.includes('април 2019'), 'Macedonian from the element');
  });

  it('writes English ordinals on a page in a language it has no strings for', async () => {
    const el = await fixture<IisgEventCard>(html`<iisg-event-card src=${FEED} event-id="rnnc-3" lang="ar"></iisg-event-card>`);
    await waitUntil(() => $(el, '[part~="series"] [aria-hidden]'));
    expect($(el, '[part~="series"] [aria-hidden]')!.textContent).to.equal('3rd · RNNC');
  });

  it('writes a French ordinal that agrees with a feminine series name: "1re réunion", "1er séminaire"', async () => {
    const feed = {
      version: 1,
      language: 'fr',
      series: [
        { id: 'r', name: 'réunion du réseau', shortName: 'Réseau', nameGender: 'feminine' },
        { id: 's', name: { fr: 'séminaire régional', en: 'regional seminar' }, nameGender: { fr: 'masculine' } },
        { id: 'c', name: 'conférence annuelle', nameGender: { fr: 'feminine' } },
      ],
      events: [
        { id: 'r1', title: 'Réunion à Tirana', start: '2025-01-10', series: { id: 'r', ordinal: 1 } },
        { id: 'r4', title: 'Réunion à Skopje', start: '2025-06-10', series: { id: 'r', ordinal: 4 } },
        { id: 's1', title: 'Séminaire à Sarajevo', start: '2025-03-10', series: { id: 's', ordinal: 1 } },
        { id: 'c3', title: 'Conférence à Podgorica', start: '2025-09-10', series: { id: 'c', ordinal: 3 } },
      ],
    };
    const card = await fixture<IisgEventCard>(html`<iisg-event-card .feed=${feed} event-id="r1" lang="fr"></iisg-event-card>`);
    await waitUntil(() => $(card, '[part~="series"]'), 'series line');
    expect($(card, '[part~="series"] [aria-hidden]')!.textContent).to.equal('1re · Réseau');
    expect($(card, '[part~="series"] .visually-hidden')!.textContent).to.equal('1re réunion du réseau');
    card.eventId = 's1';
    await waitUntil(() => $(card, '[part~="series"] [aria-hidden]')?.textContent === '1er séminaire régional', 'the masculine name');

    const timeline = await fixture<IisgEventTimeline>(html`<iisg-event-timeline .feed=${feed} mode="series" lang="fr" style="width: 900px"></iisg-event-timeline>`);
    await waitUntil(() => $$(timeline, '[part~="gap"]').length === 2, 'the gaps before the 4th réunion and the 3rd conférence');
    const ordinals = $$(timeline, '[part~="event"] .block-title').map((t) => t.textContent);
    expect(ordinals).to.have.members(['1re', '4e', '1er', '3e']);
    const gaps = $$(timeline, '[part~="gap"]').map((g) => g.textContent);
    expect(gaps).to.have.members(['2e–3e\u00a0: aucune donnée', '1re–2e\u00a0: aucune donnée']);
    // An English page says "1st" whatever the French name's gender.
    card.lang = 'en';
    await waitUntil(() => $(card, '[part~="series"] [aria-hidden]')?.textContent === '1st regional seminar', 'English');
  });

  it('a cancelled event is not counted down to and not offered for a calendar; a compact card keeps the footnote', async () => {
    const feed = {
      version: 1,
      countries: { XK: { name: 'Kosovo*', footnote: 'This designation is without prejudice to positions on status.' } },
      events: [{ id: 'c', title: 'Called off', start: '2099-05-01', status: 'cancelled', location: { city: 'Pristina', country: 'XK' } }],
    };
    const el = await fixture<IisgEventCard>(html`<iisg-event-card .feed=${feed} event-id="c" lang="en"></iisg-event-card>`);
    await waitUntil(() => text(el, 'title'));
    expect($(el, '[part~="relative"]')).to.equal(null);
    expect($(el, '[part~="add-to-calendar"]')).to.equal(null);
    el.setAttribute('layout', 'compact');
    await el.updateComplete;
    expect(text(el, 'footnote')).to.contain('without prejudice');
  });

  it('a postponed event is not counted down to, nor said to have ended (its dates are the old ones), nor offered for a calendar', async () => {
    const feed = { version: 1, events: [{ id: 'p', title: 'Put off', start: '2019-05-01', status: 'postponed' }, { id: 'q', title: 'Later', start: '2099-05-01', status: 'postponed' }] };
    for (const id of ['p', 'q']) {
      const el = await fixture<IisgEventCard>(html`<iisg-event-card .feed=${feed} event-id=${id} lang="en"></iisg-event-card>`);
      await waitUntil(() => text(el, 'title'));
      expect($(el, '[part~="relative"]'), id).to.equal(null);
      expect($(el, '[part~="add-to-calendar"]'), id).to.equal(null);
    }
  });

  it('keeps heading-level between 1 and 6', async () => {
    const el = await fixture<IisgEventCard>(html`<iisg-event-card src=${FEED} event-id="nfp-7" heading-level="9" lang="en"></iisg-event-card>`);
    await waitUntil(() => text(el, 'title'));
    expect($(el, '[part~="title"]')!.getAttribute('aria-level')).to.equal('6');
    el.setAttribute('heading-level', 'h2');
    await el.updateComplete;
    expect($(el, '[part~="title"]')!.getAttribute('aria-level')).to.equal('3');
  });

  it('resolves a site-relative link of a feed given as a property against the page', async () => {
    const feed = { version: 1, events: [{ id: 'r', title: 'Relative', start: '2019-04-23', url: '/en/events/relative' }] };
    const el = await fixture<IisgEventCard>(html`<iisg-event-card .feed=${feed} event-id="r" lang="en"></iisg-event-card>`);
    await waitUntil(() => $(el, '[part~="link"]'));
    expect($(el, '[part~="link"]')!.getAttribute('href')).to.equal(new URL('/en/events/relative', document.baseURI).href);
  });
});

describe('<iisg-event-timeline> details', () => {
  it('keeps focus on a zoom button at the end of its range', async () => {
    const el = await fixture<IisgEventTimeline>(html`<iisg-event-timeline src=${FEED} mode="series" lang="en" style="width: 900px"></iisg-event-timeline>`);
    await waitUntil(() => $$(el, 'button[data-id]').length > 0);
    const zoomIn = $(el, '[part~="zoom-in"]')!;
    zoomIn.focus();
    for (let i = 0; i < 8; i++) {
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }
    expect(zoomIn.getAttribute('aria-disabled')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(zoomIn);
    await expect(el).to.be.accessible();
  });

  it('names its rows as a region', async () => {
    const el = await fixture<IisgEventTimeline>(html`<iisg-event-timeline src=${FEED} mode="series" lang="en" style="width: 900px"></iisg-event-timeline>`);
    await waitUntil(() => $(el, '.rows'));
    expect($(el, '.rows')!.getAttribute('role')).to.equal('region');
    expect($(el, '.rows')!.getAttribute('aria-label')).to.equal('Meeting series');
  });
});

describe('on a right-to-left page', () => {
  it('mirrors the layout but keeps each text in its own direction (a date reads "22 May 2019")', async () => {
    const page = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 600px"><iisg-event-card src=${FEED} event-id="workshop-students-parents-teachers-2019" lang="en"></iisg-event-card></div>`);
    const el = page.querySelector('iisg-event-card')!;
    await waitUntil(() => $(el, 'time'));
    const time = $(el, 'time')!;
    expect(getComputedStyle(el).direction).to.equal('rtl');
    expect(getComputedStyle(time).unicodeBidi).to.equal('plaintext');
    // The day number is drawn left of the month name, as the text is written.
    const range = document.createRange();
    const node = [...time.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
    expect(node.textContent).to.equal('22 May 2019');
    range.setStart(node, 0);
    range.setEnd(node, 2);
    const day = range.getBoundingClientRect().left;
    range.setStart(node, 3);
    range.setEnd(node, 6);
    expect(day).to.be.below(range.getBoundingClientRect().left);
  });
});

describe('<iisg-event-timeline> series layout', () => {
  it('keeps the labels of missing numbers apart, and a multi-day date whole', async () => {
    const feed = {
      version: 1,
      series: { s: { name: 'Meeting of the Group' } },
      events: [
        { id: 'a', title: 'First', start: '2025-01-10', series: { id: 's', ordinal: 1 } },
        { id: 'b', title: 'Third', start: '2025-03-10', series: { id: 's', ordinal: 3 } },
        { id: 'c', title: 'Fifth', start: '2025-05-10', end: '2025-05-11', series: { id: 's', ordinal: 5 } },
        { id: 'd', title: 'Eighth', start: '2025-11-10', series: { id: 's', ordinal: 8 } },
      ],
    };
    const el = await fixture<IisgEventTimeline>(html`<iisg-event-timeline .feed=${feed} mode="series" lang="en" style="width: 900px"></iisg-event-timeline>`);
    await waitUntil(() => $$(el, '[part~="gap"]').length === 3, 'three gaps');
    const boxes = $$(el, '[part~="gap"]').map((g) => g.getBoundingClientRect());
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [p, q] = [boxes[i], boxes[j]];
        const overlap = p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom;
        expect(overlap, `gap ${i} and gap ${j} overlap`).to.equal(false);
      }
    const date = $(el, 'button[data-id="c"] .block-date')!;
    expect(date.textContent).to.equal('10–11 May 2025');
    expect(date.scrollWidth, 'the date fits its block').to.be.at.most(date.clientWidth + 1);
  });
});

describe('popovers of cancelled and postponed events', () => {
  it('offer no add-to-calendar for a cancelled event, nor for a postponed one (its dates are the old ones)', async () => {
    const feed = {
      version: 1,
      events: [
        { id: 'x', title: 'Called off', start: '2019-04-10', status: 'cancelled' },
        { id: 'p', title: 'Put off', start: '2019-04-10', status: 'postponed' },
        { id: 'y', title: 'On', start: '2019-04-11' },
      ],
    };
    const el = await fixture(html`<iisg-event-calendar .feed=${feed} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    await waitUntil(() => $$(el, '[part~="event"]').length === 3);
    for (const [i, title] of ['Called off', 'Put off'].entries()) {
      $$(el, '[part~="event"]')[i].click();
      await waitUntil(() => $(el, '#popover-title')?.textContent === title, title);
      expect($(el, '[part~="popover"] [part~="add-to-calendar"]'), title).to.equal(null);
    }
    $$(el, '[part~="event"]')[2].click();
    await waitUntil(() => $(el, '#popover-title')?.textContent === 'On');
    await waitUntil(() => $(el, '[part~="popover"] [part~="add-to-calendar"]'), 'offered for a scheduled event');
  });
});

describe('series names in another language than the page’s', () => {
  const place = { city: { en: 'Tirana', sl: 'Tirana' }, country: 'AL' };
  const feed = {
    version: 1,
    language: 'en',
    series: [{ id: 'donors', name: { en: 'Donor meeting' }, shortName: { en: 'Donors' } }],
    events: [{ id: 'a', title: { en: '3rd Donor meeting', sl: '3. srečanje donatorjev' }, start: '2019-04-23', location: place, series: { id: 'donors', ordinal: 3 } }],
  };

  it('the card marks the series’ short and full names the feed has only in English; the ordinal is the page’s (WCAG 3.1.2)', async () => {
    const el = await fixture<IisgEventCard>(html`<iisg-event-card .feed=${feed} event-id="a" lang="sl"></iisg-event-card>`);
    await waitUntil(() => $(el, '[part~="series"]'), 'the series line', { timeout: 5000 });
    const series = $(el, '[part~="series"]')!;
    expect(series.textContent).to.contain('3. Donors');
    expect(series.textContent, 'no "·" after an ordinal with a full stop').not.to.contain('3. ·');
    expect(langsOf(series, 'Donors'), 'the badge').to.deep.equal(['en']);
    expect(langsOf(series, 'Donor meeting'), 'the full name, for screen readers').to.deep.equal(['en']);
    expect(langsOf(series, '3.'), 'the ordinal, shown and said').to.deep.equal([null, null]);
    await expect(el).to.be.accessible();
  });

  it('so does the calendar’s event popover', async () => {
    const el = await fixture(html`<iisg-event-calendar .feed=${feed} date="2019-04" lang="sl" style="width: 900px"></iisg-event-calendar>`);
    await waitUntil(() => $$(el, '[part~="event"]').length === 1, 'the event', { timeout: 5000 });
    $$(el, '[part~="event"]')[0].click();
    await waitUntil(() => $(el, '#popover-title'), 'the popover', { timeout: 5000 });
    const popover = $(el, '[part~="popover"]')!;
    expect(langsOf(popover, 'Donors'), 'the badge').to.deep.equal(['en']);
    expect(langsOf(popover, 'Donor meeting'), 'the full name').to.deep.equal(['en']);
  });
});

describe('add to calendar: copy link', () => {
  it('shows the link to copy by hand where the clipboard is not allowed', async () => {
    const el = await fixture<IisgEventCard>(html`<iisg-event-card src=${FEED} event-id="nfp-7" lang="en"></iisg-event-card>`);
    await waitUntil(() => $(el, '[part~="menu-button"]'));
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    const prompt = window.prompt;
    const shown: [string, string][] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    window.prompt = ((message: string, value: string) => (shown.push([message, value]), null)) as typeof window.prompt;
    try {
      $(el, '[part~="menu-button"]')!.click();
      await waitUntil(() => $$(el, '[part~="menu-item"]').length === 5);
      $$(el, '[part~="menu-item"]').find((i) => i.textContent!.trim() === 'Copy link')!.click();
      await waitUntil(() => shown.length === 1, 'the link offered to copy by hand');
      expect(shown[0][0]).to.equal('Copy link');
      expect(shown[0][1]).to.match(/^https?:\/\//);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      window.prompt = prompt;
    }
  });
});

describe('texts the feed has only in another language (WCAG 3.1.2)', () => {
  it('marks an English title and summary on a French card (the demo feed has no French texts) with lang="en"; a Macedonian one needs no mark', async () => {
    const fr = await fixture<IisgEventCard>(html`<iisg-event-card src=${FEED} event-id="nfp-7" layout="full" lang="fr"></iisg-event-card>`);
    await waitUntil(() => $(fr, '[part~="title"]'), 'card drawn');
    await waitUntil(() => $(fr, '[part~="when"]')!.textContent!.includes('avril'), 'French strings');
    expect($(fr, '[part~="title"]')!.getAttribute('lang')).to.equal('en');
    expect($(fr, '[part~="summary"]')!.getAttribute('lang')).to.equal('en');
    expect($(fr, '[part~="related"] li span[lang="en"]'), 'a back-to-back neighbour’s title').to.not.equal(null);
    const mk = await fixture<IisgEventCard>(html`<iisg-event-card src=${FEED} event-id="nfp-7" layout="full" lang="mk"></iisg-event-card>`);
    await waitUntil(() => $(mk, '[part~="title"]'), 'card drawn');
    expect($(mk, '[part~="title"]')!.hasAttribute('lang')).to.equal(false);
  });
});

describe('a place in another language than the page’s (WCAG 3.1.2)', () => {
  /** The `lang` each occurrence of `text` in `root` is read in: its nearest `lang` inside the shadow root, or null (the page's). */
  // On an Albanian page: Chromium has no Albanian country names, and the Albanian strings list only the
  // region's, so Japan is the browser's English; Iceland the feed names only in German; Kosovo's footnote
  // is only in English; Budva is written the same in every language the feed has, a name of no language.
  const json = async () => {
    const feed = await (await fetch(FEED)).json();
    feed.countries.IS = { name: { de: 'Island' } };
    feed.countries.XK.footnote = { en: feed.countries.XK.footnote.en };
    feed.series.push({ id: 'far', name: { en: 'Far meeting', sq: 'Takim i largët' } });
    const event = (id: string, day: number, location: object) => ({ id, title: { en: `Meeting ${id}`, sq: `Takimi ${id}` }, start: `2030-06-0${day}`, location, series: { id: 'far', ordinal: day } });
    feed.events.push(
      event('tokyo', 1, { venue: { en: 'Embassy hall' }, city: { en: 'Tokyo', sq: 'Tokio' }, country: 'JP' }),
      event('reykjavik', 2, { city: { en: 'Reykjavik', de: 'Reykjavík' }, country: 'IS' }),
      event('budva', 3, { city: { en: 'Budva', de: 'Budva', sl: 'Budva' }, country: 'ME' }),
      event('iceland', 4, { country: 'IS' }),
      event('pristina', 5, { city: { en: 'Pristina' }, country: 'XK' }),
    );
    return feed;
  };
  /** Each place's texts, and the language each is read in on the Albanian page. */
  const expected: [string, string, string | null][] = [
    ['tokyo', 'Embassy hall', 'en'],
    ['tokyo', 'Tokio', null],
    ['tokyo', 'Japan', 'en'],
    ['reykjavik', 'Reykjavik', 'en'],
    ['reykjavik', 'Island', 'de'],
    ['budva', 'Budva', null],
    ['budva', 'Mali i Zi', null],
    ['pristina', 'Pristina', 'en'],
    ['pristina', 'Kosova', null],
  ];
  const footnote = 'This designation is without prejudice';

  it('the card shows each part of a place, and the footnote, in its own language', async () => {
    const feed = await json();
    for (const id of ['tokyo', 'reykjavik', 'budva', 'pristina']) {
      const el = await fixture<IisgEventCard>(html`<iisg-event-card .feed=${feed} event-id=${id} lang="sq"></iisg-event-card>`);
      await waitUntil(() => $(el, '[part~="where"]')?.textContent!.includes(expected.find((e) => e[0] === id)![1]), `${id} drawn`, { timeout: 5000 });
      for (const [, text, lang] of expected.filter((e) => e[0] === id)) expect(langsOf($(el, '[part~="where"]')!, text), `${id}: ${text}`).to.deep.equal([lang]);
      if (id === 'pristina') expect(langsOf($(el, '[part~="footnote"]')!, footnote), 'the footnote').to.deep.equal(['en']);
      await expect(el).to.be.accessible();
    }
  });

  it('the timeline shows and says each part of a place in its own language, and its popover too', async () => {
    const el = await fixture<IisgEventTimeline>(html`<iisg-event-timeline .feed=${await json()} mode="series" series="far" lang="sq" style="width: 1200px"></iisg-event-timeline>`);
    await waitUntil(() => $$(el, '[part~="event"]').length === 5, 'series drawn', { timeout: 5000 });
    const block = (id: string) => $(el, `button[data-id="${id}"]`)!;
    // Said after the title: every part; shown under it: the city, or the country where there is none.
    for (const [id, text, lang] of expected) expect(langsOf(block(id).querySelector('.visually-hidden:last-child')!, text), `${id}: ${text}, said`).to.deep.equal([lang]);
    const shownPlace = (id: string) => block(id).querySelector('.block-place')!;
    expect(['tokyo', 'reykjavik', 'budva', 'iceland'].map((id) => [shownPlace(id).textContent, ...langsOf(shownPlace(id), shownPlace(id).textContent!)])).to.deep.equal([
      ['Tokio', null],
      ['Reykjavik', 'en'],
      ['Budva', null],
      ['Island', 'de'],
    ]);
    await expect(el).to.be.accessible();
    block('pristina').click();
    await waitUntil(() => $(el, '.popover .details-where'), 'popover', { timeout: 5000 });
    const popover = $(el, '.popover')!;
    expect(langsOf($(el, '.details-where')!, 'Pristina'), 'the city in the popover').to.deep.equal(['en']);
    expect(langsOf(popover, footnote), 'the footnote in the popover').to.deep.equal(['en']);
    await sendKeys({ press: 'Escape' });
    block('reykjavik').click();
    await waitUntil(() => $(el, '.popover .details-where')?.textContent!.includes('Reykjavik'), 'popover', { timeout: 5000 });
    expect(langsOf($(el, '.details-where')!, 'Island'), 'the country in the popover').to.deep.equal(['de']);
    await expect(el).to.be.accessible();
  });

  it('a cluster heading marks its city the feed has only in English, not one written the same in every language', async () => {
    const feed = await json();
    const at = (city: object) => ({ city, country: 'ME' });
    feed.events.push(
      { id: 'b1', title: 'One', start: '2031-01-01', location: at({ en: 'Budva', de: 'Budva' }) },
      { id: 'b2', title: 'Two', start: '2031-01-02', location: at({ en: 'Budva', de: 'Budva' }) },
      { id: 'k1', title: 'One', start: '2031-02-01', location: at({ en: 'Kotor' }) },
      { id: 'k2', title: 'Two', start: '2031-02-02', location: at({ en: 'Kotor' }) },
    );
    const el = await fixture<IisgEventTimeline>(html`<iisg-event-timeline .feed=${feed} lang="sq" style="width: 1200px"></iisg-event-timeline>`);
    await waitUntil(() => $$(el, '[part~="row-heading"]').some((h) => h.textContent!.includes('Kotor')), 'clusters drawn', { timeout: 5000 });
    const heading = (city: string) => $$(el, '[part~="row-heading"]').find((h) => h.textContent!.includes(city))!;
    expect(langsOf(heading('Kotor'), 'Kotor')).to.deep.equal(['en']);
    expect(langsOf(heading('Budva'), 'Budva')).to.deep.equal([null]);
  });
});

describe('<iisg-event-card> topics', () => {
  it('shows an event’s tags by the feed’s labels', async () => {
    const el = await fixture<IisgEventCard>(html`<iisg-event-card src=${FEED} event-id="workshop-students-parents-teachers-2019" layout="full" lang="de"></iisg-event-card>`);
    await waitUntil(() => $(el, '[part~="tags"]')?.textContent!.includes('Lokale Gemeinschaften'), 'German topic labels', { timeout: 5000 });
    expect($$(el, '[part~="tags"] .tag').map((t) => t.textContent)).to.not.include('local-communities');
  });
});
