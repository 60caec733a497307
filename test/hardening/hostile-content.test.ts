import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import type { IisgEventCalendar, IisgEventCard, IisgEventTimeline, IisgNetworkMap } from '@iisg/widgets';
import { closeBidi, parseFeed, pickText, type Feed } from '@iisg/feed';
import { toIcs } from '@iisg/feed/to-ics';
import { LONG_WORD, LONG_WORDS, TEXT_PAYLOADS, hostileFeed } from '../fixtures/hostile/payloads.js';
import { $, $$, deepElements, frames, isSafeLink, quietConsole, settled, urlAttributes } from './helpers.js';

/**
 * Issue 9, hostile content: a payload in every text and URL field of a feed, rendered by all four
 * elements in every view they have. Nothing may run (`top.pwned` stays undefined), no unsafe URL may
 * become a link, no payload may become an element, and layouts keep to their container.
 */

type Lit = HTMLElement & { updateComplete: Promise<unknown> };
const raw = hostileFeed();
const feed = parseFeed(raw, { viewerTimeZone: 'Europe/Tirane' }).feed as Feed;
const pwned = () => (window as unknown as { pwned?: number }).pwned;

/** Tags no feed text may ever turn into; the elements render none of them. */
const FORBIDDEN = new Set(['script', 'iframe', 'object', 'embed', 'img', 'base', 'meta', 'form', 'math', 'animate', 'details', 'style', 'link']);

/** Everything an element shows may be looked at, followed or run: check it all, deep. */
function expectHarmless(el: Element, where: string) {
  expect(pwned(), `${where}: a payload ran`).to.equal(undefined);
  const unsafe = urlAttributes(el).filter(([, , value]) => !isSafeLink(value));
  expect(unsafe.map(([e, name, value]) => `<${e.localName} ${name}="${value.slice(0, 80)}">`), `${where}: unsafe URLs`).to.deep.equal([]);
  const handlers = deepElements(el).flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${e.localName} ${a.name}>`));
  expect(handlers, `${where}: event-handler attributes`).to.deep.equal([]);
  const forbidden = deepElements(el)
    .filter((e) => FORBIDDEN.has(e.localName) && !(e.localName === 'script' && (e as HTMLScriptElement).type === 'application/ld+json'))
    .map((e) => e.localName);
  expect(forbidden, `${where}: elements made from feed text`).to.deep.equal([]);
  for (const script of el.querySelectorAll<HTMLScriptElement>(':scope > script')) {
    expect(script.type, `${where}: structured data only`).to.equal('application/ld+json');
    expect(script.text, `${where}: JSON-LD that could end its script`).to.not.match(/<\/?script|<!--/i);
    expect(() => JSON.parse(script.text), `${where}: JSON-LD still JSON`).to.not.throw();
  }
}

const violations: string[] = [];
const onViolation = (e: SecurityPolicyViolationEvent) => violations.push(`${e.violatedDirective}: ${e.blockedURI}`);

/** Open an element's popovers one by one from the buttons `selector` finds, checking each. */
async function eachPopover(el: Lit, selector: string, where: string) {
  expect($$(el, selector).length, `${where}: something to open`).to.be.greaterThan(0);
  // Counted again each time: the map may group its markers anew once its stage has its final size.
  for (let i = 0; i < $$(el, selector).length; i++) {
    $$(el, selector)[i].click();
    await waitUntil(() => $(el, '[part~="popover"]'), `${where}: popover ${i} open`);
    await el.updateComplete;
    const menu = $(el, '[part~="popover"] [part~="menu-button"]');
    if (menu && i % 4 === 0) {
      // The add-to-calendar menu builds Google and Outlook links from the event's texts.
      menu.click();
      await waitUntil(() => $$(el, '[part~="popover"] a[part~="menu-item"]').length === 3, `${where}: add-to-calendar links`);
      expectHarmless(el, `${where} popover ${i} menu`);
      menu.click();
      await el.updateComplete;
    }
    expectHarmless(el, `${where} popover ${i}`);
    $(el, '[part~="popover"] [part~="close"]')!.click();
    await el.updateComplete;
  }
}

describe('hostile content: every text and URL field, all four elements', () => {
  before(() => document.addEventListener('securitypolicyviolation', onViolation));
  after(() => document.removeEventListener('securitypolicyviolation', onViolation));
  afterEach(async () => {
    await aTimeout(50); // an <img onerror> would fire by now
    expect(pwned(), 'a payload ran').to.equal(undefined);
    expect(violations).to.deep.equal([]);
  });

  it('the feed reaches the elements: every event kept, every unsafe URL reported and dropped', () => {
    const { feed: parsed, problems } = parseFeed(raw);
    expect(parsed!.events).to.have.length(TEXT_PAYLOADS.length);
    const unsafe = problems.filter((p) => p.code === 'unsafe-url').map((p) => p.path);
    expect(unsafe).to.include.members(['events[0].url', 'events[0].online', 'organisations[0].website', 'networks[0].website']);
    for (const event of parsed!.events) {
      for (const link of [event.url, event.online]) if (link) expect(isSafeLink(link), link).to.equal(true);
    }
  });

  it('<iisg-event-card> shows each payload as text, in every layout, with harmless JSON-LD', async () => {
    const { result: el } = await quietConsole(async () => {
      const el = await fixture<IisgEventCard>(html`<iisg-event-card lang="en" .feed=${raw} event-id="h0" style="width: 600px"></iisg-event-card>`);
      await settled(el);
      return el;
    });
    for (const event of feed.events) {
      for (const layout of ['full', 'compact', 'teaser'] as const) {
        el.eventId = event.id;
        el.layout = layout;
        await el.updateComplete;
        const title = $(el, '[part~="title"]');
        expect(title?.textContent, `${event.id} ${layout}`).to.equal(pickText(event.title, 'en'));
        expectHarmless(el, `card ${event.id} ${layout}`);
      }
      const name = pickText(event.title, 'en');
      const ld = () => document.head.querySelector<HTMLScriptElement>('script[type="application/ld+json"][data-iisg-structured-data]');
      await waitUntil(() => ld() && JSON.parse(ld()!.text).name === name, `${event.id}: JSON-LD names the event`);
      expectHarmless(el, `card ${event.id} JSON-LD`);
    }
  });

  it('<iisg-event-calendar>: month, list and year views, filters, search and every event popover', async () => {
    const { result: el } = await quietConsole(async () => {
      const el = await fixture<IisgEventCalendar>(
        html`<iisg-event-calendar lang="en" .feed=${raw} date="2030-01" filters="network organiser country tag" structured-data style="width: 900px"></iisg-event-calendar>`,
      );
      await settled(el);
      return el;
    });
    await waitUntil(() => document.head.querySelector('script[data-iisg-structured-data]'), 'structured data written');
    expectHarmless(el, 'month view');
    $(el, '[part~="next"]')!.click();
    await el.updateComplete;
    expectHarmless(el, 'month view, February');
    el.view = 'year';
    await el.updateComplete;
    expectHarmless(el, 'year view');
    el.view = 'list';
    el.goTo('2030-01-01');
    await el.updateComplete;
    const shown = $$(el, '[part~="list-item"] .list-title').map((t) => t.textContent);
    // The events of 1–31 January carry the first 31 payloads as their titles: each is listed, as text
    // (with any bidi override the payload left open closed, so it cannot reverse what follows).
    expect(shown).to.include.members(TEXT_PAYLOADS.slice(0, 31).map((t) => closeBidi(t.trim())));
    await eachPopover(el, '[part~="list-item"]', 'calendar January');
    for (const select of $$<HTMLSelectElement>(el, '.filter select')) {
      select.value = select.options[1]?.value ?? '';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expectHarmless(el, `filter ${select.value.slice(0, 20)}`);
      select.value = '';
      select.dispatchEvent(new Event('change'));
    }
    const search = $<HTMLInputElement>(el, 'input[type="search"]')!;
    for (const query of TEXT_PAYLOADS.slice(0, 12)) {
      search.value = query;
      search.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expectHarmless(el, `search ${query.slice(0, 20)}`);
    }
  });

  it('<iisg-event-timeline>: the cluster and the series, and every event popover', async () => {
    const { result: el } = await quietConsole(async () => {
      const el = await fixture<IisgEventTimeline>(html`<iisg-event-timeline lang="en" .feed=${raw} style="width: 900px"></iisg-event-timeline>`);
      await settled(el);
      return el;
    });
    expect($$(el, '[part~="event"]').length, 'one cluster of every event').to.equal(feed.events.length);
    expectHarmless(el, 'clusters');
    await eachPopover(el, '[part~="event"]', 'timeline');
    el.mode = 'series';
    await el.updateComplete;
    expectHarmless(el, 'series');
  });

  it('<iisg-network-map>: markers, tooltips, popovers, the members table and the events layer', async () => {
    const { result: el } = await quietConsole(async () => {
      const el = await fixture<IisgNetworkMap>(html`<iisg-network-map lang="en" .feed=${raw} network="hostile" show="members events" style="width: 900px"></iisg-network-map>`);
      await settled(el);
      return el;
    });
    expectHarmless(el, 'map');
    for (const marker of $$(el, '[part~="marker"]')) {
      marker.focus();
      await el.updateComplete;
      expectHarmless(el, `tooltip ${marker.dataset.key}`);
    }
    await eachPopover(el, '[part~="marker"]', 'map');
    el.view = 'list';
    await el.updateComplete;
    expect($$(el, 'table a[href]').length, 'members table has links').to.be.greaterThan(0);
    expectHarmless(el, 'members table');
    el.network = 'other';
    await el.updateComplete;
    expectHarmless(el, 'network with a 10,000-character name');
  });

  it('writes .ics files in which no text adds a line of its own', () => {
    const ics = toIcs(feed, feed.events, { lang: 'en' });
    const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
    const names = new Set(lines.map((l) => l.split(/[;:]/)[0]));
    const allowed = ['BEGIN', 'END', 'VERSION', 'PRODID', 'CALSCALE', 'METHOD', 'UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'URL', 'STATUS', 'X-IISG-STATUS', 'GEO', 'ORGANIZER', 'CATEGORIES', 'X-WR-CALNAME', 'X-WR-TIMEZONE', 'SEQUENCE', 'TRANSP', 'CONFERENCE', 'X-ALT-DESC', 'LAST-MODIFIED', 'CREATED'];
    expect([...names].filter((n) => !allowed.includes(n))).to.deep.equal([]);
    expect(lines.filter((l) => l.startsWith('BEGIN:')).map((l) => l.slice(6))).to.deep.equal(['VCALENDAR', ...feed.events.map(() => 'VEVENT')]);
  });
});

describe('hostile content: layouts keep to their container', () => {
  const W = LONG_WORD;
  const longIds = feed.events.filter((e) => [LONG_WORD, LONG_WORDS].includes(pickText(e.title, 'en'))).map((e) => e.id);

  /** Mount `make()` alone in a container `width` px wide; return how far it sticks out (0 when it fits). */
  async function overflow(width: number, make: () => Lit, prepare?: (el: Lit) => Promise<void>): Promise<number> {
    const { result } = await quietConsole(async () => {
      const container = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}></div>`);
      const el = make();
      container.append(el);
      await settled(el);
      await prepare?.(el);
      await frames(2);
      return Math.max(el.scrollWidth, container.scrollWidth) - container.clientWidth;
    });
    return result;
  }
  const element = <T extends Lit>(tag: string, props: object) => Object.assign(document.createElement(tag), { lang: 'en', ...props }) as unknown as T;
  const listOf = (day: string) => async (el: Lit) => {
    (el as unknown as IisgEventCalendar).goTo(day);
    await el.updateComplete;
  };

  /** One field at a time: `[what, element, props, prepare?]`. */
  type Case = [string, string, object, ((el: Lit) => Promise<void>)?];
  const one = (event: object, extra: object = {}) => ({
    version: 1,
    organisations: [{ id: 'o', name: 'Org' }],
    series: [{ id: 's', name: 'Series' }],
    events: [
      { id: 'a', title: 'Meeting', start: '2030-01-10', location: { city: 'Tirana', country: 'AL' }, organisers: ['o'], series: { id: 's', ordinal: 1 }, ...event },
      { title: 'Next meeting', start: '2030-01-11', location: { city: 'Tirana', country: 'AL' }, series: { id: 's', ordinal: 2 }, ...event, id: 'b' },
    ],
    ...extra,
  });
  const fits: Case[] = [
    ...longIds.flatMap((id) => (['full', 'compact', 'teaser'] as const).map((layout): Case => [`card, 10,000-character title (${id}, ${layout})`, 'iisg-event-card', { feed: raw, eventId: id, layout }])),
    ['card, every hostile field', 'iisg-event-card', { feed: one({ location: { venue: W, city: W, country: 'AL' }, chair: W, tags: [W] }, { countries: { AL: { footnote: W } }, organisations: [{ id: 'o', name: W, website: `https://example.org/${W}` }] }), eventId: 'a' }],
    ['calendar year view, hostile feed', 'iisg-event-calendar', { feed: raw, view: 'year', date: '2030' }],
    ['network map, 10,000-character member names and roles', 'iisg-network-map', { feed: { version: 1, organisations: [{ id: 'o', name: W, shortName: W, city: W, country: 'AL', lat: 41.3, lon: 19.8 }], networks: [{ id: 'n', name: 'Net', members: [{ organisation: 'o', role: W }] }], events: [] } }],
  ];
  const wideOnly: Case[] = [['calendar month view, hostile feed', 'iisg-event-calendar', { feed: raw, view: 'month', date: '2030-01' }]];
  const narrowOnly: Case[] = [['timeline, hostile feed (vertical)', 'iisg-event-timeline', { feed: raw }]];
  for (const width of [320, 900]) {
    for (const [what, tag, props, prepare] of [...fits, ...(width > 560 ? wideOnly : narrowOnly)]) {
      it(`${what} fits ${width} px`, async () => {
        expect(await overflow(width, () => element(tag, props), prepare)).to.be.at.most(0);
      });
    }
  }

  // Each of these used to stick out of its container by the width of the long text (over 100,000 px).
  const longText: Case[] = [
    ['calendar list, 10,000-character title', 'iisg-event-calendar', { feed: one({ title: W }), view: 'list' }, listOf('2030-01-01')],
    ['calendar list, 10,000-character venue', 'iisg-event-calendar', { feed: one({ location: { venue: W } }), view: 'list' }, listOf('2030-01-01')],
    ['calendar list, 10,000-character organiser', 'iisg-event-calendar', { feed: one({}, { organisations: [{ id: 'o', name: W }] }), view: 'list' }, listOf('2030-01-01')],
    ['timeline clusters, 10,000-character city', 'iisg-event-timeline', { feed: one({ location: { city: W } }) }],
    ['timeline series, 10,000-character series name', 'iisg-event-timeline', { feed: one({}, { series: [{ id: 's', name: W }] }), mode: 'series' }],
    ['network map, 10,000-character country footnote', 'iisg-network-map', { feed: { version: 1, countries: { AL: { footnote: W } }, organisations: [{ id: 'o', name: 'Org', country: 'AL', lat: 41.3, lon: 19.8 }], networks: [{ id: 'n', name: 'Net', members: [{ organisation: 'o' }] }], events: [] } }],
    ['network map, 10,000-character network name', 'iisg-network-map', { feed: { version: 1, organisations: [{ id: 'o', name: 'Org', country: 'AL', lat: 41.3, lon: 19.8 }], networks: [{ id: 'n', name: W, members: [{ organisation: 'o' }] }], events: [] } }],
  ];
  for (const width of [320, 900]) {
    for (const [what, tag, props, prepare] of longText) {
      if (tag === 'iisg-event-timeline' && width < 560) continue; // vertical: fits (above)
      it(`${what} fits ${width} px`, async () => {
        expect(await overflow(width, () => element(tag, props), prepare)).to.be.at.most(0);
      });
    }
  }

  it('a ten-day cluster scrolls inside its track at 900 px, and so does a zoomed-in one', async () => {
    const tenDays = { version: 1, events: Array.from({ length: 10 }, (_, i) => ({ id: `d${i}`, title: `Day ${i + 1}`, start: `2030-01-${String(10 + i).padStart(2, '0')}`, location: { city: 'Tirana' } })) };
    expect(await overflow(900, () => element('iisg-event-timeline', { feed: tenDays }))).to.be.at.most(0);
    const zoomed = await overflow(900, () => element('iisg-event-timeline', { src: '/demo/feed.json' }), async (el) => {
      for (let i = 0; i < 3; i++) {
        $(el, '[part~="zoom-in"]')!.click();
        await el.updateComplete;
      }
    });
    expect(zoomed, 'the Tirana cluster at zoom 3').to.be.at.most(0);
  });
});

describe('hostile content: a bidi override stays inside its own field', () => {
  /** True when the characters of `word` inside `node`'s text appear left to right on screen. */
  function readsLeftToRight(root: ParentNode, word: string): boolean {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(word);
      if (at < 0) continue;
      const x = (i: number) => {
        const range = document.createRange();
        range.setStart(node!, at + i);
        range.setEnd(node!, at + i + 1);
        return range.getBoundingClientRect().left;
      };
      return x(0) < x(word.length - 1);
    }
    throw new Error(`'${word}' is not shown`);
  }

  const feedWith = (event: object) => ({
    version: 1,
    timeZone: 'Europe/Tirane',
    events: [
      { id: 'a', start: '2030-01-10', ...event },
      { id: 'b', title: 'Second meeting', start: '2030-01-11', location: { city: '\u202EanariT' } },
    ],
  });

  it('a venue’s override does not reverse the city and country after it (card)', async () => {
    const el = await fixture<IisgEventCard>(
      html`<iisg-event-card lang="en" event-id="a" .feed=${feedWith({ title: 'Meeting', location: { venue: '\u202EHall', city: 'Durres', country: 'AL' } })}></iisg-event-card>`,
    );
    await settled(el);
    expect(readsLeftToRight($(el, '[part~="where"]')!, 'Durres')).to.equal(true);
    expect(readsLeftToRight($(el, '[part~="where"]')!, 'Albania')).to.equal(true);
  });

  it('a city’s override does not reverse the dates of the timeline row after it', async () => {
    const el = await fixture<IisgEventTimeline>(html`<iisg-event-timeline lang="en" .feed=${feedWith({ title: 'First meeting', location: { city: '\u202EanariT' } })}></iisg-event-timeline>`);
    await settled(el);
    expect(readsLeftToRight($(el, '[part~="row-heading"]')!, 'January')).to.equal(true);
  });

  it('a title’s override does not reverse the place after it in the calendar list', async () => {
    const el = await fixture<IisgEventCalendar>(
      html`<iisg-event-calendar lang="en" view="list" .feed=${feedWith({ title: '\u202EMeeting', location: { city: 'Durres', country: 'AL' } })} style="width: 700px"></iisg-event-calendar>`,
    );
    await settled(el);
    el.goTo('2030-01-01');
    await el.updateComplete;
    expect(readsLeftToRight($(el, '[part~="list-item"]')!, 'Durres')).to.equal(true);
    expect(readsLeftToRight($(el, '[part~="list-item"]')!, 'Jan')).to.equal(true);
  });
});

describe('hostile content: a small feed cannot freeze the page', function () {
  this.timeout(30_000);
  /** Time from mounting `el` to its first full render. */
  async function renderTime(template: ReturnType<typeof html>) {
    const started = performance.now();
    const el = await fixture<Lit>(template);
    await settled(el, 25_000);
    return { el, ms: performance.now() - started };
  }

  it('renders a calendar of 500 events that each run from 0001 to 9999 in under 1.5 s', async () => {
    const feed = { version: 1, events: Array.from({ length: 500 }, (_, i) => ({ id: `f${i}`, title: `Forever ${i}`, start: '0001-01-01', end: '9999-12-31' })) };
    const { el, ms } = await renderTime(html`<iisg-event-calendar lang="en" .feed=${feed} date="2019-04" style="width: 900px"></iisg-event-calendar>`);
    expect(ms).to.be.below(1_500);
    // Its year picker offers 50 years either side of the shown one, not 10,001 (7 s to draw in Firefox).
    const years = $$(el, '#year-picker option').map((o) => Number(o.textContent));
    expect([years.length, years[0], years.at(-1)]).to.deep.equal([101, 1969, 2069]);
  });

  it('renders a cluster that holds a 1,000-year event in under 1.5 s, with a bounded number of ticks', async () => {
    const feed = { version: 1, events: [{ id: 'a', title: 'A', start: '2019-01-01', end: '3018-12-31', location: { city: 'Tirana' } }, { id: 'b', title: 'B', start: '2019-01-02', location: { city: 'Tirana' } }] };
    const { el, ms } = await renderTime(html`<iisg-event-timeline lang="en" .feed=${feed} style="width: 900px"></iisg-event-timeline>`);
    expect($$(el, '[part~="tick"]').length).to.be.below(2_000);
    expect(ms).to.be.below(1_500);
  });
});

describe('hostile content: the checks above can fail', () => {
  it('see an unsafe link, a handler attribute, a script element and a payload that ran', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.attachShadow({ mode: 'open' }).innerHTML = `<a href="javascript:void 0">x</a><img src="data:," onerror="${'top.pwned=(top.pwned|0)+1'}"><script>1</script>`;
    await aTimeout(100);
    try {
      expect(urlAttributes(host).filter(([, , v]) => !isSafeLink(v)).map(([e]) => e.localName)).to.deep.equal(['a', 'img']);
      expect(() => expectHarmless(host, 'self-test')).to.throw();
      expect(pwned(), 'an onerror set through innerHTML runs, and is counted').to.equal(1);
    } finally {
      delete (window as unknown as { pwned?: number }).pwned;
    }
  });
});
