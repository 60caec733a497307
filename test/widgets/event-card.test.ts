import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@iisg/widgets';
import type { IisgEventCard } from '@iisg/widgets';
import { consoleSaid } from './helpers.js';

const FEED = '/demo/feed.json';

async function card(template: ReturnType<typeof html>) {
  const el = await fixture<IisgEventCard>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('article, [part~="message"]:not([part~="loading"])'), 'card rendered', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const text = (el: Element, part: string) => el.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
/** The page's structured data: the card writes it into the document's head. */
const ld = () => document.head.querySelector<HTMLScriptElement>('script[type="application/ld+json"][data-iisg-structured-data]');

describe('<iisg-event-card>', () => {
  it('shows an event of the sample feed from src and event-id', async () => {
    const el = await card(html`<iisg-event-card src=${FEED} event-id="rnnc-3" lang="en"></iisg-event-card>`);
    expect(text(el, 'title')).to.equal('3rd Meeting of the Regional Network of the National P-CVE Coordinators (RNNC) of the Western Balkans');
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2019-04-24');
    expect(text(el, 'when')).to.match(/^24 April 2019/);
    expect(text(el, 'where')).to.contain('Tirana, Albania');
    expect(el.shadowRoot!.querySelector('[part~="series"] [aria-hidden]')!.textContent).to.equal('3rd · RNNC');
    expect(el.shadowRoot!.querySelector('[part~="series"] .visually-hidden')!.textContent).to.equal('3rd Meeting of the Regional Network of National P/CVE Coordinators of the Western Balkans');
    expect(text(el, 'related')).to.contain('23 April 2019');
    await expect(el).to.be.accessible();
  });

  it('names who supported an event, as the seed does ("with the support of the CEELI Institute")', async () => {
    const roles = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="people"] dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling!.textContent!.trim()}`);
    const el = await card(html`<iisg-event-card src=${FEED} event-id="rnnc-1" lang="en"></iisg-event-card>`);
    expect(roles(el)).to.include('With the support of: CEELI Institute');
    expect(roles(el)[0]).to.match(/^Organised by: IISG Support Group, /);
    await expect(el).to.be.accessible();
    const de = await card(html`<iisg-event-card src=${FEED} event-id="rnnc-1" lang="de"></iisg-event-card>`);
    await waitUntil(() => roles(de).includes('Unterstützt von: CEELI Institute'), 'German label', { timeout: 5000 });
  });

  it('prints Kosovo with its designation footnote', async () => {
    const el = await card(html`<iisg-event-card src=${FEED} event-id="workshop-students-parents-teachers-2019" lang="en"></iisg-event-card>`);
    expect(text(el, 'where')).to.match(/Kosovo\*$/);
    expect(text(el, 'footnote')).to.contain('UNSCR 1244/1999');
  });

  const languages: [string, RegExp][] = [
    ['sq', /23 prill 2019/],
    ['sr-Latn', /april 2019/],
    ['sr-Cyrl', /април 2019/],
    ['bs', /april 2019/],
    ['hr', /23\. travnja 2019\./],
    ['mk', /април 2019/],
    ['sl', /april 2019/],
    ['de', /April 2019/],
    ['fr', /avril 2019/],
  ];
  for (const [lang, month] of languages) {
    it(`renders in ${lang}, with translated strings and dates`, async () => {
      const el = await card(html`<iisg-event-card src=${FEED} event-id="nfp-7" lang=${lang}></iisg-event-card>`);
      await waitUntil(() => text(el, 'people') && !text(el, 'people')!.includes('Organised by'), `${lang} strings loaded`);
      expect(text(el, 'when')).to.match(month);
      await expect(el).to.be.accessible();
    });
  }

  it('takes the language from the nearest lang attribute, across a shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="de"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('iisg-event-card');
    el.src = FEED;
    el.eventId = 'rnnc-3';
    root.append(el);
    await waitUntil(() => text(el, 'title')?.startsWith('3. Treffen'), 'German title', { timeout: 5000 });
  });

  it('follows a lang changed inside the shadow root it is in, and inside another one after it moved there', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div lang="en"></div>';
    const wrapper = root.firstElementChild!;
    const el = document.createElement('iisg-event-card');
    el.src = FEED;
    el.eventId = 'rnnc-3';
    wrapper.append(el);
    await waitUntil(() => text(el, 'when')?.includes('Ended'), 'English', { timeout: 5000 });
    wrapper.setAttribute('lang', 'de');
    await waitUntil(() => text(el, 'when')?.includes('Beendet'), 'German, after the wrapper’s lang changed', { timeout: 5000 });

    const other = document.createElement('div').attachShadow({ mode: 'open' });
    other.innerHTML = '<div lang="de"></div>';
    host.after(other.host);
    other.firstElementChild!.append(el);
    other.firstElementChild!.setAttribute('lang', 'fr');
    await waitUntil(() => text(el, 'when')?.includes('Terminé'), 'French, in the shadow root it moved to', { timeout: 5000 });
    other.host.remove();
  });

  it('is accessible in the dark theme', async () => {
    const el = await card(html`<iisg-event-card src=${FEED} event-id="rnnc-2" theme="dark" lang="en"></iisg-event-card>`);
    expect(getComputedStyle(el.shadowRoot!.querySelector('article')!).backgroundColor).to.equal('rgb(21, 25, 30)');
    await expect(el).to.be.accessible();
  });

  it('says so when the event is not in the feed, and tells the console once, with the ids nearest a typo', async () => {
    const warnings = await consoleSaid('warn', async () => {
      const el = await card(html`<iisg-event-card src=${FEED} event-id="nope" lang="en"></iisg-event-card>`);
      expect(text(el, 'message')).to.equal('This event is not in the feed.');
      const typo = await card(html`<iisg-event-card id="next" src=${FEED} event-id="RNNC-03" lang="en"></iisg-event-card>`);
      expect(text(typo, 'message')).to.equal('This event is not in the feed.');
      // Drawn again (another layout): not said again.
      typo.layout = 'compact';
      await typo.updateComplete;
    }, 50);
    expect(warnings).to.deep.equal([
      `iisg-event-card: no event has the id 'nope' in ${FEED}; check event-id`,
      `iisg-event-card#next: no event has the id 'RNNC-03' in ${FEED}; did you mean 'rnnc-1', 'rnnc-2', 'rnnc-3'?`,
    ]);
  });

  it('without event-id, shows the one event of a feed of one; a feed of more: says so, and tells the console event-id is missing', async () => {
    const warnings = await consoleSaid('warn', async () => {
      const one = await card(html`<iisg-event-card lang="en">
        <script type="application/json">
          {"version": 1, "events": [{"id": "only", "title": "The one", "start": "2019-04-23"}]}
        </script>
      </iisg-event-card>`);
      expect(text(one, 'title')).to.equal('The one');
      const which = await card(html`<iisg-event-card id="which" src=${FEED} lang="en"></iisg-event-card>`);
      expect(text(which, 'message')).to.equal('This event is not in the feed.');
      // Drawn again (another layout): not said again.
      which.layout = 'compact';
      await which.updateComplete;
    }, 50);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^iisg-event-card#which: event-id is missing: set it to the id of the event to show \(\/demo\/feed\.json has \d+ events: '[^']+', '[^']+', '[^']+', \.\.\.\)$/);
  });

  it('says an event left out as invalid could not be shown, and names it in the console by its id and path', async () => {
    const feed = { version: 1, events: [{ id: 'ok', title: 'Fine', start: '2019-04-23' }, { id: 'broken', start: '2019-04-24' }] };
    let el!: IisgEventCard;
    const errors = await consoleSaid('error', async () => {
      el = await card(html`<iisg-event-card id="talk" .feed=${feed} event-id="broken" lang="en"></iisg-event-card>`);
      expect(text(el, 'message')).to.equal('This event could not be shown: its entry in the feed has an error.');
    }, 50);
    expect(errors.filter((e) => e.startsWith('iisg-event-card#talk: the event'))).to.deep.equal([
      "iisg-event-card#talk: the event 'broken' in its feed could not be shown: events[1].title: the event has no title; the event is left out",
    ]);
    await expect(el).to.be.accessible();
  });

  it('says an event given as the event property could not be shown when it is invalid', async () => {
    const errors = await consoleSaid('error', async () => {
      const el = await card(html`<iisg-event-card .event=${{ id: 'untitled', start: '2019-04-23' }} lang="en"></iisg-event-card>`);
      expect(text(el, 'message')).to.equal('This event could not be shown: its entry in the feed has an error.');
    });
    expect(errors).to.deep.equal(['the event property: events[0].title: the event has no title; the event is left out (event \'untitled\')']);
  });

  it('reads an inline JSON feed, shows the valid event and reports the broken one', async () => {
    const errors = await consoleSaid('error', async () => {
      const el = await card(html`<iisg-event-card event-id="ok" lang="en">
        <script type="application/json">
          {"version": 1, "events": [{"id": "bad", "title": "Broken", "start": "2019-02-30"}, {"id": "ok", "title": "Fine", "start": "2019-04-23"}]}
        </script>
      </iisg-event-card>`);
      expect(text(el, 'title')).to.equal('Fine');
    });
    // Where (the path) and which event (its id, to find it in a long file).
    expect(errors.join('\n')).to.match(/inline JSON: events\[0\]\.start: '2019-02-30' is not a date.* \(event 'bad'\)$/m);
  });

  it('never turns feed text into markup or unsafe links', async () => {
    const feed = {
      version: 1,
      events: [{ id: 'x', title: '<img src=x onerror=alert(1)>', start: '2019-04-23', url: 'javascript:alert(1)', description: '<script>alert(1)</script>' }],
    };
    const el = await card(html`<iisg-event-card event-id="x" lang="en" .feed=${feed}></iisg-event-card>`);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(text(el, 'title')).to.equal('<img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
  });

  it('fires iisg-feed-load with the problems found', async () => {
    const el = document.createElement('iisg-event-card');
    const loaded = oneEvent(el, 'iisg-feed-load');
    el.feed = { version: 1, events: [{ id: 'x', title: 'X', start: '2019-04-23', organisers: ['ghost'] }] };
    document.body.append(el);
    const { detail } = await loaded;
    expect(detail.state).to.equal('ready');
    expect(detail.problems.map((p: { path: string }) => p.path)).to.deep.equal(['events[0].organisers[0]']);
    el.remove();
  });

  it('shows an error, announced, when the feed cannot be fetched', async () => {
    const el = await card(html`<iisg-event-card src="/no-such-feed.json" event-id="x" lang="en"></iisg-event-card>`);
    const message = el.shadowRoot!.querySelector('[part~="message"]')!;
    expect(message.getAttribute('role')).to.equal('alert');
    expect(message.textContent).to.contain('404');
  });
});

describe('<iisg-event-card> layouts and inputs', () => {
  it('shows one event given as the event property, without a feed file', async () => {
    const el = await card(html`<iisg-event-card lang="en" .event=${{ id: 'x', title: 'Given directly', start: '2019-04-23', status: 'postponed' }}></iisg-event-card>`);
    expect(text(el, 'title')).to.equal('Given directly');
    expect(text(el, 'status')).to.equal('Postponed');
    // The status is part of the card's name, so a screen reader hears it with the title.
    expect(el.shadowRoot!.querySelector('article')!.getAttribute('aria-labelledby')).to.equal('status title');
  });

  it('reads the event property once, and tells its problems once', async () => {
    const warnings = await consoleSaid('warn', async () => {
      const el = await card(html`<iisg-event-card lang="en" .event=${{ id: 'x', title: 'Given directly', start: '2019-04-23', organisers: ['ghost'] }}></iisg-event-card>`);
      expect(text(el, 'title')).to.equal('Given directly');
      el.layout = 'compact';
      await el.updateComplete;
    }, 50);
    expect(warnings.filter((w) => w.startsWith('the event property:'))).to.have.length(1);
  });

  it('compact: one line with date, title and place, no description', async () => {
    const el = await card(html`<iisg-event-card src=${FEED} event-id="rnnc-3" layout="compact" lang="en" style="width: 700px"></iisg-event-card>`);
    const parts = ['when', 'title', 'where'].map((p) => el.shadowRoot!.querySelector(`[part~="${p}"]`)!.getBoundingClientRect());
    expect(Math.abs(parts[0].top - parts[2].top)).to.be.lessThan(12);
    expect(el.shadowRoot!.querySelector('[part~="description"], [part~="summary"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('compact, in Kosovo: the designation footnote comes last, under the line, full width', async () => {
    const el = await card(html`<iisg-event-card src=${FEED} event-id="workshop-students-parents-teachers-2019" layout="compact" lang="en" style="width: 700px"></iisg-event-card>`);
    const box = (part: string) => el.shadowRoot!.querySelector(`[part~="${part}"]`)!.getBoundingClientRect();
    const [footnote, when, title, where, article] = [box('footnote'), box('when'), box('title'), box('where'), box('card')];
    expect(footnote.top, 'below the date, title and place').to.be.at.least(Math.max(when.bottom, title.bottom, where.bottom) - 1);
    expect(footnote.width, 'the whole width').to.be.greaterThan(article.width * 0.85);
    await expect(el).to.be.accessible();
  });

  // At about 150 px a sidebar cut the compact card's date at its edge ("12–13 January 203"): it was kept on one line.
  for (const width of [150, 200, 320]) {
    it(`compact at ${width} px: a long date range and a long title wrap inside the card, nothing cut`, async () => {
      const feed = {
        version: 1,
        language: 'en',
        events: [
          { id: 'days', title: 'Annual Regional Conference of the Network of National Coordinators for Extraordinarily Long Titles', start: '2030-01-12', end: '2030-01-13' },
          { id: 'years', title: 'Winter school', start: '2030-09-28', end: '2031-11-03' },
          { id: 'times', title: 'Evening lecture', start: '2030-09-28T18:30', end: '2030-09-29T20:00', timeZone: 'Europe/Belgrade' },
        ],
      };
      for (const id of ['days', 'years', 'times']) {
        const el = await card(html`<iisg-event-card .feed=${feed} event-id=${id} layout="compact" lang="en" style="width: ${width}px"></iisg-event-card>`);
        const article = el.shadowRoot!.querySelector('[part~="card"]')!.getBoundingClientRect();
        for (const part of ['when', 'title']) {
          const shown = el.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`)!;
          const box = shown.getBoundingClientRect();
          expect(box.right, `${id}'s ${part} within the card`).to.be.at.most(article.right + 0.5);
          expect(shown.scrollWidth, `${id}'s ${part} not wider than its box`).to.be.at.most(shown.clientWidth + 1);
        }
        expect(text(el, 'when'), 'the whole date').to.match(/20(30|31)/);
      }
    });
  }

  it('teaser: title, date, place and link only', async () => {
    const el = await card(html`<iisg-event-card src=${FEED} event-id="rnnc-3" layout="teaser" lang="en"></iisg-event-card>`);
    expect(el.shadowRoot!.querySelector('[part~="description"], [part~="people"]')).to.equal(null);
    expect(text(el, 'where')).to.contain('Tirana');
    await expect(el).to.be.accessible();
  });

  it('full: networks and topics', async () => {
    const el = await card(html`<iisg-event-card src=${FEED} event-id="rnnc-3" lang="en"></iisg-event-card>`);
    expect(text(el, 'networks')).to.contain('RNNC');
    expect(el.shadowRoot!.querySelectorAll('.tag').length).to.be.greaterThan(0);
    // Each topic said as one, in a list named as the topics (spans in a line ran into "Meeting P/CVE Network").
    const tags = el.shadowRoot!.querySelector('[part~="tags"]')!;
    expect([tags.getAttribute('role'), tags.getAttribute('aria-label')]).to.deep.equal(['list', 'Topics']);
    expect([...tags.children].map((t) => `${t.localName} ${t.textContent}`)).to.deep.equal(['li Meeting', 'li P/CVE', 'li Network']);
  });
});

describe('<iisg-event-card> add to calendar and structured data', () => {
  it('opens the add-to-calendar menu by keyboard, moves with arrows, closes with Esc', async () => {
    const el = await card(html`<iisg-event-card src=${FEED} event-id="rnnc-3" lang="en"></iisg-event-card>`);
    const button = el.shadowRoot!.querySelector<HTMLElement>('[part~="menu-button"]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.focus();
    await sendKeys({ press: 'ArrowDown' });
    const active = () => el.shadowRoot!.activeElement as HTMLElement;
    await waitUntil(() => active()?.getAttribute('role') === 'menuitem', 'focus on the first item');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(active().textContent!.trim()).to.equal('Download .ics file');
    await sendKeys({ press: 'ArrowDown' });
    expect(active().textContent!.trim()).to.equal('Google Calendar');
    expect(active().getAttribute('href')).to.match(/^https:\/\/calendar\.google\.com\//);
    await sendKeys({ press: 'End' });
    expect(active().textContent!.trim()).to.equal('Copy link');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await aTimeout(0);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(active()).to.equal(button);
  });

  it('moves to the next item starting with a typed letter, as a native menu does', async () => {
    const el = await card(html`<iisg-event-card src=${FEED} event-id="rnnc-3" lang="en"></iisg-event-card>`);
    el.shadowRoot!.querySelector<HTMLElement>('[part~="menu-button"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    const active = () => el.shadowRoot!.activeElement?.textContent?.trim();
    await waitUntil(() => active() === 'Download .ics file', 'focus on the first item');
    const typed: (string | undefined)[] = [];
    for (const key of ['o', 'm', 'g', 'x', 'c', 'd', 'G']) {
      await sendKeys({ press: key });
      typed.push(active());
    }
    expect(typed).to.deep.equal(['Outlook.com', 'Microsoft 365', 'Google Calendar', 'Google Calendar', 'Copy link', 'Download .ics file', 'Google Calendar']);
    expect(el.shadowRoot!.querySelector('[part~="menu-button"]')!.getAttribute('aria-expanded'), 'still open').to.equal('true');
    // A letter no item starts with is still the menu's (Firefox's find-as-you-type would open its find bar);
    // Space is the button's own (it runs "Download .ics file").
    const key = (k: string) => {
      const press = new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true });
      el.shadowRoot!.activeElement!.dispatchEvent(press);
      return press.defaultPrevented;
    };
    await sendKeys({ press: 'd' });
    expect([key('x'), key(' ')]).to.deep.equal([true, false]);
  });

  /** A card with its add-to-calendar menu open by keyboard, focus on the Google Calendar link. */
  async function onGoogleLink() {
    const el = await card(html`<iisg-event-card src=${FEED} event-id="rnnc-3" lang="en"></iisg-event-card>`);
    const button = el.shadowRoot!.querySelector<HTMLElement>('[part~="menu-button"]')!;
    button.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    const active = () => el.shadowRoot!.activeElement as HTMLElement | null;
    await waitUntil(() => active()?.textContent?.trim() === 'Google Calendar', 'focus on the Google link');
    return { el, button, active };
  }

  it('gives focus back to the menu button when a calendar link is followed (the link opens in a new tab)', async () => {
    const { el, button, active } = await onGoogleLink();
    // No tab is opened in the test: the link's own handler still runs.
    el.shadowRoot!.addEventListener('click', (e) => e.preventDefault(), { capture: true, once: true });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => button.getAttribute('aria-expanded') === 'false', 'menu closed');
    await el.updateComplete;
    await aTimeout(0);
    expect(active()).to.equal(button);
  });

  it('follows a calendar link on Space, as the menu’s buttons do on Space (not scroll the page)', async () => {
    const { el, button } = await onGoogleLink();
    const followed: string[] = [];
    el.shadowRoot!.addEventListener(
      'click',
      (e) => {
        followed.push((e.target as HTMLAnchorElement).href);
        e.preventDefault(); // no tab opened in the test
      },
      { capture: true, once: true },
    );
    await sendKeys({ press: ' ' });
    await waitUntil(() => button.getAttribute('aria-expanded') === 'false', 'menu closed');
    expect(followed).to.have.length(1);
    expect(followed[0]).to.match(/^https:\/\/calendar\.google\.com\//);
  });

  it('offers no add-to-calendar for a start no calendar can hold (the year 0 or 10000)', async () => {
    for (const [start, offered] of [['0000-06-01', false], ['0001-01-02', true], ['9999-12-30', true], ['10000-01-01T00:00Z', false]] as const) {
      // The parser reads a date of four-digit years; a later instant comes from an offset (9999-12-31T23:00-14:00).
      const event = start.startsWith('10000') ? { id: 'x', title: 'Late', start: '9999-12-31T23:00', timeZone: 'Etc/GMT+12' } : { id: 'x', title: 'Odd', start };
      const el = await card(html`<iisg-event-card lang="en" .event=${event}></iisg-event-card>`);
      expect(Boolean(el.shadowRoot!.querySelector('[part~="add-to-calendar"]')), start).to.equal(offered);
    }
  });

  /** Chooses "Download .ics" in the card's menu; the file's name and text, caught before the browser saves it. */
  async function downloadIcs(el: IisgEventCard): Promise<{ name: string; ics: string }> {
    let downloaded: { name: string; href: string } | undefined;
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloaded = { name: this.download, href: this.href };
    };
    try {
      el.shadowRoot!.querySelector<HTMLElement>('[part~="menu-button"]')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('[role="menu"]:not([hidden])'), 'menu open');
      el.shadowRoot!.querySelector<HTMLElement>('[role="menuitem"]')!.click();
      await waitUntil(() => downloaded, 'download started');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    return { name: downloaded!.name, ics: await (await fetch(downloaded!.href)).text() };
  }

  it('downloads an .ics file of the event', async () => {
    const el = await card(html`<iisg-event-card src=${FEED} event-id="rnnc-3" lang="sq"></iisg-event-card>`);
    const { name, ics } = await downloadIcs(el);
    expect(name).to.equal('rnnc-3.ics');
    expect(ics).to.match(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).to.contain('UID:rnnc-3@iisg-events\r\n'); // localhost: no host with a dot to name it after
    expect(ics).to.contain('DTSTART;VALUE=DATE:20190424');
    expect(ics).to.contain('SUMMARY:Takimi i tretë');
  });

  it("names the downloaded event's UID after the host its feed is published on, as to-ics does", async () => {
    // A visitor who downloads an event and subscribes to the publisher's .ics (to-ics names UIDs after the feed's host)
    // gets one event in their calendar, not two.
    const text = await (await fetch(FEED)).text();
    const realFetch = window.fetch;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) =>
      String(input instanceof Request ? input.url : input) === 'https://events.rcc.int/feed.json' ? new Response(text, { headers: { 'content-type': 'application/json' } }) : realFetch(input, init);
    try {
      const el = await card(html`<iisg-event-card src="https://events.rcc.int/feed.json" event-id="rnnc-3" lang="en"></iisg-event-card>`);
      const { ics } = await downloadIcs(el);
      expect(ics).to.contain('UID:rnnc-3@iisg-events.events.rcc.int\r\n');
    } finally {
      window.fetch = realFetch;
      localStorage.clear();
    }
  });

  it('names the country in the page language in the calendar links, also where the browser has no name', async () => {
    // Chromium has no Macedonian country names: the strings' own (mk.ts) go into the Google/Outlook entry too.
    const feed = { version: 1, events: [{ id: 'vie', title: 'Средба', start: '2019-05-06', location: { city: 'Виена', country: 'AT' } }] };
    const el = await card(html`<iisg-event-card .feed=${feed} event-id="vie" lang="mk"></iisg-event-card>`);
    el.shadowRoot!.querySelector<HTMLElement>('[part~="menu-button"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[role="menuitem"][href*="google"]'), 'the links');
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[role="menuitem"][href]')].filter((a) => a.href.startsWith('https:'));
    expect(links.length).to.equal(3);
    for (const a of links) expect(new URL(a.href).searchParams.get('location'), a.href).to.equal('Виена, Австрија');
  });

  // In the page's head, not the card's light DOM: that is the page's, and React hydrating server HTML found a
  // child it had not written when the feed came first (a mismatch, and the card drawn again; WebKit's run).
  it('writes schema.org JSON-LD into the page’s head, and removes it when the card goes', async () => {
    const el = await card(html`<iisg-event-card src=${FEED} event-id="workshop-students-parents-teachers-2019" lang="en"></iisg-event-card>`);
    await waitUntil(ld, 'JSON-LD written');
    expect(el.querySelector('script'), 'nothing in the light DOM').to.equal(null);
    const script = ld()!;
    const data = JSON.parse(script.textContent!);
    expect(data['@type']).to.equal('Event');
    expect(data.startDate).to.equal('2019-05-22');
    expect(data.location.address.addressCountry).to.equal('XK');
    el.remove();
    expect(ld()).to.equal(null);
  });

  it('writes no JSON-LD for an event without a location (Google reports it as an invalid item)', async () => {
    // Beside a card whose event has a place: once that one's JSON-LD is written, the other's would be too.
    const [placed, nowhere] = await Promise.all([
      card(html`<iisg-event-card lang="en" .event=${{ id: 'p', title: 'In Tirana', start: '2019-04-23', location: { city: 'Tirana', country: 'AL' } }}></iisg-event-card>`),
      card(html`<iisg-event-card lang="en" .event=${{ id: 'x', title: 'Board meeting', start: '2019-04-23' }}></iisg-event-card>`),
    ]);
    await waitUntil(ld, 'the placed event’s JSON-LD written');
    await nowhere.updateComplete;
    expect(nowhere.shadowRoot!.textContent).to.contain('Board meeting');
    expect([...document.head.querySelectorAll('script[data-iisg-structured-data]')].map((s) => JSON.parse(s.textContent!).name)).to.deep.equal(['In Tirana']);
  });

  it('keeps a title from breaking out of the JSON-LD script', async () => {
    const el = await card(
      html`<iisg-event-card lang="en" .event=${{ id: 'x', title: '</script><script>window.hacked = 1</script>', start: '2019-04-23', location: { city: 'Tirana', country: 'AL' } }}></iisg-event-card>`,
    );
    await waitUntil(ld, 'JSON-LD written');
    const script = ld()!;
    expect(script.textContent).to.not.contain('</script>');
    expect(JSON.parse(script.textContent!).name).to.equal('</script><script>window.hacked = 1</script>');
    expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
  });
});
