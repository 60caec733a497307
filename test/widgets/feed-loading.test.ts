import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import { loadFeed, FeedLoadError, type IisgEventCard } from '@iisg/widgets';

const feedText = JSON.stringify({ version: 1, events: [{ id: 'a', title: 'Saved event', start: '2019-04-23' }] });

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

  it('shows an error, not a saved copy, for a file that is not a feed', async () => {
    const stub = stubFetch(async () => new Response('<html>Not found</html>'));
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const el = await fixture<IisgEventCard>(html`<iisg-event-card src="/html.json" event-id="a" lang="en"></iisg-event-card>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]'), 'error shown');
      expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('could not be read');
      expect(errors.join('\n')).to.contain('the feed is not valid JSON');
    } finally {
      console.error = original;
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
});
