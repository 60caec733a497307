import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import { loadFeed, FeedLoadError, type IisgEventCard } from '@iisg/widgets';
import { en } from '@iisg/widgets/locales/messages.js';

const feedText = JSON.stringify({ version: 1, events: [{ id: 'a', title: 'Saved event', start: '2019-04-23' }] });

/** Record console.error, .warn and .info while `run` runs: `[level, text]`. */
async function listen<T>(run: () => Promise<T>): Promise<{ result: T; said: [string, string][] }> {
  const said: [string, string][] = [];
  const saved = { error: console.error, warn: console.warn, info: console.info };
  for (const level of ['error', 'warn', 'info'] as const) console[level] = (...args: unknown[]) => void said.push([level, args.map(String).join(' ')]);
  try {
    return { result: await run(), said };
  } finally {
    Object.assign(console, saved);
  }
}

/** An error message's words, without its "Try again" button. */
function errorText(el: Element) {
  const copy = el.shadowRoot!.querySelector('[part~="error"]')!.cloneNode(true) as HTMLElement;
  copy.querySelector('[part~="retry"]')?.remove();
  return copy.textContent!.trim();
}

/** Replace window.fetch for one test; every call is recorded. */
function stubFetch(respond: (url: string, init?: RequestInit) => Promise<Response>) {
  const calls: string[] = [];
  const original = window.fetch;
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(String(input));
    return respond(String(input), init);
  }) as typeof fetch;
  return { calls, restore: () => (window.fetch = original) };
}

describe('feed loading', () => {
  afterEach(() => localStorage.clear());

  it('shares one request between elements that name the same src', async () => {
    const stub = stubFetch(async () => new Response(feedText));
    try {
      const [a, b] = await Promise.all([loadFeed('/shared.json'), loadFeed('/shared.json')]);
      expect(a.feed).to.equal(b.feed);
      expect(stub.calls).to.have.length(1);
    } finally {
      stub.restore();
    }
  });

  it('retries a server error with backoff, then succeeds', async () => {
    let n = 0;
    const stub = stubFetch(async () => (++n < 3 ? new Response('busy', { status: 503 }) : new Response(feedText)));
    try {
      const loaded = await loadFeed('/flaky.json', { backoff: 10 });
      expect(loaded.feed.events).to.have.length(1);
      expect(stub.calls).to.have.length(3);
    } finally {
      stub.restore();
    }
  });

  it('does not retry a 404', async () => {
    const stub = stubFetch(async () => new Response('nope', { status: 404 }));
    try {
      const error = await loadFeed('/missing.json', { backoff: 10 }).catch((e) => e);
      expect(error).to.be.instanceOf(FeedLoadError);
      expect(error.status).to.equal(404);
      expect(stub.calls).to.have.length(1);
    } finally {
      stub.restore();
    }
  });

  it('gives up after the timeout', async () => {
    const stub = stubFetch((_, init) => new Promise((_, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')))));
    try {
      const error = await loadFeed('/slow.json', { timeout: 30, retries: 0 }).catch((e) => e);
      expect(error.reason).to.equal('timeout');
    } finally {
      stub.restore();
    }
  });

  it('aborts the request of an src that changed', async () => {
    let aborted = false;
    const stub = stubFetch((url, init) =>
      url.includes('first')
        ? new Promise((_, reject) =>
            init!.signal!.addEventListener('abort', () => {
              aborted = true;
              reject(new DOMException('Aborted', 'AbortError'));
            }),
          )
        : Promise.resolve(new Response(feedText)),
    );
    try {
      const el = await fixture<IisgEventCard>(html`<iisg-event-card src="/first.json" event-id="a" lang="en"></iisg-event-card>`);
      el.src = '/second.json';
      await waitUntil(() => el.shadowRoot!.querySelector('article'), 'second feed shown');
      expect(aborted).to.equal(true);
    } finally {
      stub.restore();
    }
  });

  it('shows the last feed given when two are set before the parser has loaded', async () => {
    const el = await fixture<IisgEventCard>(html`<iisg-event-card event-id="a" lang="en"></iisg-event-card>`);
    el.feed = { version: 1, events: [{ id: 'a', title: 'First', start: '2019-04-23' }] };
    el.feed = { version: 1, events: [{ id: 'a', title: 'Second', start: '2019-04-23' }] };
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="title"]'), 'a feed shown');
    await aTimeout(50);
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('Second');
  });

  it('shows the saved copy, and says so, when the network fails', async () => {
    const url = new URL('/offline.json', document.baseURI).href;
    localStorage.setItem(`iisg-feed:${url}`, JSON.stringify({ savedAt: '2026-11-03T10:00:00Z', text: feedText }));
    const stub = stubFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    try {
      const el = await fixture<IisgEventCard>(html`<iisg-event-card src="/offline.json" event-id="a" lang="en" timeout="50"></iisg-event-card>`);
      await waitUntil(() => el.shadowRoot!.querySelector('article'), 'saved copy shown', { timeout: 8000 });
      const notice = el.shadowRoot!.querySelector('[part~="saved-copy"]')!;
      expect(notice.textContent).to.equal('Showing a saved copy from 3 November 2026: the latest events could not be loaded.');
      expect(notice.getAttribute('role')).to.equal('status');
      expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('Saved event');
      await expect(el).to.be.accessible();
    } finally {
      stub.restore();
    }
  });

  it('ends the Serbian, Croatian and Bosnian notice with the date, whose full stop closes it (never "2019.:")', async () => {
    const url = new URL('/offline-sr.json', document.baseURI).href;
    localStorage.setItem(`iisg-feed:${url}`, JSON.stringify({ savedAt: '2026-11-03T10:00:00Z', text: feedText }));
    const stub = stubFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    try {
      for (const [lang, text] of [
        ['sr-Latn', 'Najnovije događaje nije bilo moguće učitati; prikazuje se sačuvana kopija od 3. novembar 2026.'],
        ['hr', 'Najnovije događaje nije bilo moguće učitati; prikazuje se spremljena kopija od 3. studenog 2026.'],
        ['bs', 'Najnovije događaje nije bilo moguće učitati; prikazuje se sačuvana kopija od 3. novembar 2026.'],
      ]) {
        const el = await fixture<IisgEventCard>(html`<iisg-event-card src="/offline-sr.json" event-id="a" lang=${lang} timeout="50"></iisg-event-card>`);
        await waitUntil(() => el.shadowRoot!.querySelector('[part~="saved-copy"]')?.textContent!.startsWith('Najnovije'), `${lang} notice`, { timeout: 8000 });
        expect(el.shadowRoot!.querySelector('[part~="saved-copy"]')!.textContent).to.equal(text);
      }
    } finally {
      stub.restore();
    }
  });

  it('keeps the last good copy after a successful load', async () => {
    const stub = stubFetch(async () => new Response(feedText));
    try {
      await loadFeed('/keep.json');
      const saved = JSON.parse(localStorage.getItem(`iisg-feed:${new URL('/keep.json', document.baseURI).href}`)!);
      expect(saved.text).to.equal(feedText);
    } finally {
      stub.restore();
    }
  });

  it('keeps its saved copies to 2 million characters in all, dropping the oldest, and never fills the page’s storage', async () => {
    const saved = (path: string) => localStorage.getItem(`iisg-feed:${new URL(path, document.baseURI).href}`);
    const big = (n: number) => JSON.stringify({ version: 1, events: [{ id: 'a', title: 'x'.repeat(n), start: '2019-04-23' }] });
    const sizes: Record<string, number> = { '/a.json': 700_000, '/b.json': 700_000, '/c.json': 700_000, '/huge.json': 1_200_000 };
    const stub = stubFetch(async (url) => new Response(big(sizes[new URL(url).pathname] ?? 10)));
    try {
      localStorage.setItem('site-own', 'kept');
      for (const path of ['/a.json', '/b.json', '/c.json']) await loadFeed(path);
      expect(saved('/a.json'), 'the oldest went to make room').to.equal(null);
      expect(saved('/b.json')).to.not.equal(null);
      expect(saved('/c.json')).to.not.equal(null);
      // A feed too big to keep is not saved, and its older, smaller copy goes with it.
      sizes['/huge.json'] = 10;
      await loadFeed('/huge.json');
      expect(saved('/huge.json')).to.not.equal(null);
      sizes['/huge.json'] = 1_200_000;
      await loadFeed('/huge.json');
      expect(saved('/huge.json')).to.equal(null);
      const ours = Object.keys(localStorage).filter((k) => k.startsWith('iisg-feed:'));
      expect(ours.reduce((n, k) => n + localStorage.getItem(k)!.length, 0)).to.be.at.most(2e6);
      expect(localStorage.getItem('site-own'), 'the page’s own entries are never touched').to.equal('kept');
    } finally {
      stub.restore();
    }
  });

  it('shows an error, not a saved copy, for a file that is not a feed', async () => {
    const stub = stubFetch(async () => new Response('<html>Not found</html>'));
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const el = await fixture<IisgEventCard>(html`<iisg-event-card src="/html.json" event-id="a" lang="en"></iisg-event-card>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]'), 'error shown');
      // What is true for a visitor: the console they could open is their own, not the site editors'.
      expect(errorText(el)).to.equal('The events could not be shown: the feed has an error.');
      expect(errorText(el)).not.to.match(/editors|console/i);
      expect(errors.join('\n')).to.contain('the feed is not valid JSON');
    } finally {
      console.error = original;
      stub.restore();
    }
  });
});

describe('a feed that cannot be loaded: what the visitor reads, what the console says', () => {
  const CROSS = 'https://feeds.example.org/events.json';
  const online = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
  afterEach(() => Object.defineProperty(Navigator.prototype, 'onLine', online));

  it("another site's feed that the browser blocks (no CORS header): not the visitor's connection; the console says why, once", async function () {
    this.timeout(10_000);
    const stub = stubFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    try {
      const { result: el, said } = await listen(async () => {
        const card = await fixture<IisgEventCard>(html`<iisg-event-card id="next" src=${CROSS} event-id="a" lang="en" timeout="50"></iisg-event-card>`);
        await waitUntil(() => card.shadowRoot!.querySelector('[part~="error"]'), 'error shown', { timeout: 8000 });
        return card;
      });
      expect(stub.calls, 'tried three times').to.have.length(3);
      expect(errorText(el)).to.equal(en.errorUnavailable);
      expect(errorText(el)).not.to.contain('connection');
      expect(el.shadowRoot!.querySelector('[part~="retry"]'), 'it may pass: the visitor can ask again').to.exist;
      expect(said, 'one message for the load, not one per attempt').to.deep.equal([
        [
          'error',
          `iisg-event-card#next: ${CROSS} could not be loaded (TypeError: Failed to fetch): https://feeds.example.org may not allow other sites to read it (it must send Access-Control-Allow-Origin), or is down`,
        ],
      ]);
    } finally {
      stub.restore();
    }
  });

  it('the same, with the browser offline: "check your connection", and the console says the browser is offline', async function () {
    this.timeout(10_000);
    Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
    const stub = stubFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    try {
      const { result: el, said } = await listen(async () => {
        const card = await fixture<IisgEventCard>(html`<iisg-event-card src=${CROSS} event-id="a" lang="en" timeout="50"></iisg-event-card>`);
        await waitUntil(() => card.shadowRoot!.querySelector('[part~="error"]'), 'error shown', { timeout: 8000 });
        return card;
      });
      expect(errorText(el)).to.equal(en.errorNetwork);
      expect(said).to.deep.equal([['error', `iisg-event-card: ${CROSS} could not be loaded (TypeError: Failed to fetch): the browser is offline`]]);
    } finally {
      stub.restore();
    }
  });

  it('a 404 with a saved copy: the copy, and the console says why the feed was not loaded', async () => {
    const url = new URL('/moved.json', document.baseURI).href;
    localStorage.setItem(`iisg-feed:${url}`, JSON.stringify({ savedAt: '2026-11-03T10:00:00Z', text: feedText }));
    const stub = stubFetch(async () => new Response('gone', { status: 404 }));
    try {
      const { result: el, said } = await listen(async () => {
        const card = await fixture<IisgEventCard>(html`<iisg-event-card src="/moved.json" event-id="a" lang="en"></iisg-event-card>`);
        await waitUntil(() => card.shadowRoot!.querySelector('article'), 'saved copy shown', { timeout: 8000 });
        return card;
      });
      expect(el.shadowRoot!.querySelector('[part~="saved-copy"]')).to.exist;
      expect(said).to.deep.equal([
        ['warn', 'iisg-event-card: /moved.json could not be loaded (HTTP 404): nothing at this address (a typo, or the file moved); showing the copy saved 2026-11-03T10:00:00Z'],
      ]);
    } finally {
      stub.restore();
    }
  });

  it('has a members map say that its network members could not be loaded, not "the events", in the page’s language', async () => {
    const stub = stubFetch(async () => new Response('gone', { status: 404 }));
    try {
      const shown = [];
      for (const lang of ['en', 'mk', 'de']) {
        const { result } = await listen(async () => {
          const el = await fixture(html`<iisg-network-map src="/members-${lang}.json" lang=${lang}></iisg-network-map>`);
          await waitUntil(() => el.shadowRoot?.querySelector('[part~="error"]'), `${lang} error`, { timeout: 5000 });
          return errorText(el);
        });
        shown.push(result);
      }
      expect(shown).to.deep.equal([
        'The network members could not be loaded (the server answered 404).',
        'Членовите на мрежата не можеа да се вчитаат (серверот одговори со код 404).',
        'Die Netzwerkmitglieder konnten nicht geladen werden (Antwort des Servers: 404).',
      ]);
    } finally {
      stub.restore();
    }
  });

  it('draws the error box alike in all four elements: surface-alt background, a red bar at the start', async () => {
    const stub = stubFetch(async () => new Response('gone', { status: 404 }));
    try {
      const { result: boxes } = await listen(() =>
        Promise.all(
          ['iisg-event-calendar', 'iisg-event-card', 'iisg-event-timeline', 'iisg-network-map'].map(async (tag) => {
            const el = document.createElement(tag);
            el.setAttribute('src', `/box-${tag}.json`);
            el.setAttribute('lang', 'en');
            (await fixture<HTMLElement>(html`<div style="width: 600px"></div>`)).append(el);
            await waitUntil(() => el.shadowRoot?.querySelector('[part~="error"]'), `${tag} error`, { timeout: 5000 });
            const style = getComputedStyle(el.shadowRoot!.querySelector('[part~="error"]')!);
            const look = ['background-color', 'border-inline-start', 'border-top-width', 'border-radius', 'padding', 'margin-block-end'].map((p) => `${p}: ${style.getPropertyValue(p)}`);
            return [tag, look.join('; ')];
          }),
        ),
      );
      const card = boxes[1][1];
      expect(card).to.contain('background-color: rgb(243, 245, 248)').and.contain('border-inline-start: 4px solid rgb(164, 22, 26)');
      expect(Object.fromEntries(boxes)).to.deep.equal(Object.fromEntries(boxes.map(([tag]) => [tag, card])));
    } finally {
      stub.restore();
    }
  });
});

describe('per-period feed files', () => {
  it('shows both events of two yearly files that use one id, and tells the page developer once', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      // The past list asks for every yearly file.
      const el = await fixture(html`<iisg-event-calendar src="/test/fixtures/periods-shared-id/index.json" view="list" list-range="past" lang="en"></iisg-event-calendar>`);
      const shown = () => el.shadowRoot!.querySelectorAll('[part~="list-item"]').length;
      await waitUntil(() => shown() === 2, 'both years listed', { timeout: 5000 });
      const titles = [...el.shadowRoot!.querySelectorAll('[part~="list-item"] .list-title')].map((t) => t.textContent);
      expect(titles).to.deep.equal(['Meeting 2019', 'Meeting 2018']);
      await aTimeout(100);
      const said = errors.filter((e) => e.includes('also used in another period file'));
      expect(said).to.have.length(1, errors.join('\n'));
      expect(said[0]).to.match(/events-201[89]\.json: .*events\[0\]\.id.*shown as 'meeting~2'/);
    } finally {
      console.error = original;
    }
  });

  it('does not say "No events" in a list while its feed is still loading, when the list’s code came first', async () => {
    // A list shown once loads the list's code: the next calendar has it at once.
    const first = await fixture(html`<iisg-event-calendar src="/__test/net/feed?key=list-code" view="list" list-range="past" lang="en"></iisg-event-calendar>`);
    await waitUntil(() => first.shadowRoot!.querySelector('[part~="list-item"]'), 'the list view loaded', { timeout: 5000 });
    const el = await fixture(html`<iisg-event-calendar src="/__test/net/feed?delay=1500&key=list-while-loading" view="list" list-range="past" lang="en"></iisg-event-calendar>`);
    const sr = el.shadowRoot!;
    await aTimeout(300);
    expect(sr.querySelector('[part~="loading"]'), 'still loading').to.not.equal(null);
    expect(sr.querySelector('[part~="empty"]')?.textContent?.trim(), 'no "No events" while loading').to.equal(undefined);
    await waitUntil(() => sr.querySelector('[part~="list-item"]'), 'the feed listed', { timeout: 5000 });
  });

  it('keeps the month grid where it is when the feed arrives: "Loading events…" is over the empty frame, not above it', async () => {
    const el = await fixture(html`<iisg-event-calendar src="/__test/net/feed?delay=800&key=grid-stays" date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`);
    const sr = el.shadowRoot!;
    const gridTop = () => sr.querySelector('[role="grid"]')!.getBoundingClientRect().top - el.getBoundingClientRect().top;
    await waitUntil(() => sr.querySelector('[part~="loading"]') && sr.querySelector('[role="grid"]'), 'the empty frame, loading', { timeout: 5000 });
    const whileLoading = gridTop();
    await waitUntil(() => sr.querySelector('[role="grid"] [part~="event"]'), 'the events', { timeout: 5000 });
    expect(gridTop()).to.equal(whileLoading);
  });

  it('holds the map’s room while its feed loads: the page below does not jump down', async () => {
    const el = await fixture(html`<iisg-network-map src="/__test/net/feed?delay=800&key=map-room" lang="en" style="width: 600px"></iisg-network-map>`);
    const sr = el.shadowRoot!;
    await waitUntil(() => sr.querySelector('[part~="loading"]'), 'loading', { timeout: 5000 });
    const loading = sr.querySelector('[part~="loading"]')!.getBoundingClientRect().height;
    await waitUntil(() => sr.querySelector('.stage'), 'the map', { timeout: 5000 });
    expect(loading).to.be.closeTo(sr.querySelector('.stage')!.getBoundingClientRect().height, 3);
  });

  it('holds about a row’s room while a timeline’s feed loads', async () => {
    const demo = await (await fetch('/demo/feed.json')).text();
    const stub = stubFetch(() => new Promise((resolve) => setTimeout(() => resolve(new Response(demo)), 800)));
    try {
      const el = await fixture(html`<iisg-event-timeline src="/slow-timeline.json" lang="en" style="width: 900px"></iisg-event-timeline>`);
      const sr = el.shadowRoot!;
      await waitUntil(() => sr.querySelector('[part~="loading"]'), 'loading', { timeout: 5000 });
      const loading = el.getBoundingClientRect().height;
      await waitUntil(() => sr.querySelectorAll('[part~="row"]').length === 1, 'the one back-to-back row of the demo feed', { timeout: 5000 });
      const drawn = el.getBoundingClientRect().height;
      expect(Math.abs(loading - drawn) / drawn, `${loading} px while loading, ${drawn} px drawn`).to.be.below(0.25);
    } finally {
      stub.restore();
    }
  });

  it('says in the console which period file could not be loaded, and why', async () => {
    // No saved copy of it: another test file, in a page beside this one, may have saved one (localStorage is shared).
    localStorage.removeItem(`iisg-feed:${new URL('/test/fixtures/periods/events-2018.json', document.baseURI).href}`);
    const original = window.fetch;
    const stub = stubFetch((url, init) => (url.endsWith('events-2018.json') ? Promise.resolve(new Response('gone', { status: 404 })) : original(url, init)));
    try {
      const { said } = await listen(async () => {
        const el = await fixture(html`<iisg-event-calendar id="archive" src="/test/fixtures/periods/index.json" view="list" list-range="past" lang="en"></iisg-event-calendar>`);
        await waitUntil(() => stub.calls.some((c) => c.endsWith('events-2019.json')) && el.shadowRoot!.querySelector('[part~="list-item"]'), 'the 2019 file shown', { timeout: 5000 });
        await aTimeout(100);
      });
      const url = new URL('/test/fixtures/periods/events-2018.json', document.baseURI).href;
      expect(said.filter(([, text]) => text.includes('events-2018'))).to.deep.equal([['error', `iisg-event-calendar#archive: ${url} could not be loaded (HTTP 404): nothing at this address (a typo, or the file moved)`]]);
    } finally {
      stub.restore();
    }
  });
});
