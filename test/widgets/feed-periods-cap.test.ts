// An index feed of very many period files, read by a view that fetches them all (a card looking for its event,
// a timeline): at most 1,200 files fetched (the parser's cap), 6 at a time, and one merge a frame however many
// files arrived in it (each merge is of every file so far: one per file was quadratic), or in a hidden tab the
// next task; a fresh index after its saved copy fetches its files at once, not behind the copy's requests.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import type { FeedLoadDetail } from '@iisg/widgets';

const day = (i: number) => new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10);

/**
 * Replace window.fetch for one test: `/<base>/index.json` lists `n` one-day periods, `p-<i>.json` holds one event
 * (id `id(i)`) on day i. Each request stays open for a task, as on a network; the most open at once is counted.
 */
function serveIndex(base: string, n: number, id = (i: number) => `e-${i}`) {
  const periods: string[] = [];
  let open = 0;
  let most = 0;
  const original = window.fetch;
  window.fetch = (async (input: RequestInfo | URL) => {
    const name = new URL(String(input)).pathname.split('/').pop()!;
    if (name !== 'index.json') periods.push(name);
    most = Math.max(most, ++open);
    await new Promise((resolve) => setTimeout(resolve));
    open--;
    if (name === 'index.json') {
      return new Response(JSON.stringify({ version: 1, timeZone: 'UTC', periods: Array.from({ length: n }, (_, i) => ({ from: day(i), to: day(i), url: `p-${i}.json` })), events: [] }));
    }
    const i = Number(name.slice(2, -5));
    return new Response(JSON.stringify({ version: 1, timeZone: 'UTC', events: [{ id: id(i), title: `Meeting ${i}`, start: day(i) }] }));
  }) as typeof fetch;
  return {
    periods,
    get open() {
      return open;
    },
    get most() {
      return most;
    },
    restore() {
      window.fetch = original;
      for (const key of Object.keys(localStorage)) if (key.includes(`/${base}/`)) localStorage.removeItem(key);
    },
  };
}

/**
 * What console.warn and .error say while the test runs: the card says there, once its feed is complete, that its
 * event is not in it.
 */
function listen() {
  const said: string[] = [];
  const { warn, error } = console;
  console.warn = console.error = (...args: unknown[]) => void said.push(args.map(String).join(' '));
  return { said, restore: () => Object.assign(console, { warn, error }) };
}

describe('an index feed of many period files', () => {
  it('fetches the latest 1,200 of 1,250 period files, 6 at a time, newest first, and says what it left out', async function () {
    // 1,200 files take seconds.
    this.timeout(30_000);
    const server = serveIndex('cap-1250', 1250);
    const warned = listen();
    try {
      const loads: FeedLoadDetail[] = [];
      await fixture(html`<iisg-event-card src="/cap-1250/index.json" event-id="none" lang="en" @iisg-feed-load=${(e: CustomEvent<FeedLoadDetail>) => loads.push(e.detail)}></iisg-event-card>`);
      // An event not in the feed: the card asks for every file, and says so once all are in (merged).
      await waitUntil(() => warned.said.some((s) => s.includes("no event has the id 'none'")), 'every period file fetched and merged', { timeout: 25_000 });
      expect(server.periods).to.have.length(1200);
      expect(new Set(server.periods)).to.deep.equal(new Set(Array.from({ length: 1200 }, (_, i) => `p-${i + 50}.json`)));
      expect(server.periods[0]).to.equal('p-1249.json');
      expect(server.most).to.be.at.most(6);
      const [problem] = loads[0].problems;
      expect([problem.code, problem.path, problem.message]).to.deep.equal(['too-many-periods', 'periods', '1250 periods, more than 1200: the 50 earliest are ignored; split the archive by year']);
    } finally {
      warned.restore();
      server.restore();
    }
  });

  it('merges the period files that arrived before a frame once, and reports each renamed id once', async () => {
    const server = serveIndex('cap-frame', 100, () => 'same');
    const warned = listen();
    // The frames are held: every file arrives before the first one.
    const frames: FrameRequestCallback[] = [];
    const requestFrame = window.requestAnimationFrame;
    window.requestAnimationFrame = (callback) => frames.push(callback);
    try {
      const loads: FeedLoadDetail[] = [];
      await fixture(html`<iisg-event-card src="/cap-frame/index.json" event-id="none" lang="en" @iisg-feed-load=${(e: CustomEvent<FeedLoadDetail>) => loads.push(e.detail)}></iisg-event-card>`);
      await waitUntil(() => server.periods.length === 100 && server.open === 0 && loads.length, 'every period file fetched', { timeout: 10_000 });
      // Time for the last files to be read: a merge per file fired 100 loads more by then.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(loads).to.have.length(1);
      for (const frame of frames.splice(0)) frame(performance.now());
      await waitUntil(() => warned.said.some((s) => s.includes("no event has the id 'none'")), 'the files merged', { timeout: 5000 });
      expect(loads).to.have.length(2);
      const renamed = loads[1].problems.filter((p) => p.code === 'duplicate-id');
      expect(renamed.map((p) => p.eventId)).to.deep.equal(Array.from({ length: 99 }, (_, i) => `same~${i + 2}`));
      const told = warned.said.filter((s) => s.includes('also used in another period file'));
      expect(new Set(told).size).to.equal(99);
      expect(told).to.have.length(99);
    } finally {
      window.requestAnimationFrame = requestFrame;
      warned.restore();
      server.restore();
    }
  });

  it("fetches the fresh index's period files at once, not after the saved index's requests (no file fetched twice)", async function () {
    this.timeout(30_000);
    const base = `${location.origin}/cap-saved-${Date.now()}/`;
    const listing = JSON.stringify({ version: 1, timeZone: 'UTC', periods: Array.from({ length: 10 }, (_, i) => ({ from: day(i), to: day(i), url: `p-${i}.json` })), events: [] });
    localStorage.setItem(`iisg-feed:${base}index.json`, JSON.stringify({ savedAt: '2026-11-01T00:00:00Z', text: listing }));
    const fetched: string[] = [];
    let indexCalls = 0;
    /** How much the console had said when the fresh index was sent. */
    let freshAt: number | undefined;
    const warned = listen();
    const original = window.fetch;
    // The index fails once (the saved copy is shown, and its period files asked for), then comes fresh; each period
    // file takes 2 s, so the saved index's requests are still open when the fresh index (after a retry's 1 s) asks
    // for the same files.
    window.fetch = (async (input: RequestInfo | URL) => {
      const name = new URL(String(input)).pathname.split('/').pop()!;
      if (name === 'index.json' && indexCalls++) freshAt = warned.said.length;
      if (name === 'index.json') return freshAt === undefined ? new Response('', { status: 503 }) : new Response(listing);
      fetched.push(name);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const i = Number(name.slice(2, -5));
      return new Response(JSON.stringify({ version: 1, timeZone: 'UTC', events: [{ id: `e-${i}`, title: `Meeting ${i}`, start: day(i) }] }));
    }) as typeof fetch;
    try {
      await fixture(html`<iisg-event-card src="${base}index.json" event-id="none" lang="en"></iisg-event-card>`);
      // Said once the fresh index's files are all in (and perhaps before, of the saved index's: another feed).
      const saidSinceFresh = () => (freshAt === undefined ? [] : warned.said.slice(freshAt));
      await waitUntil(() => saidSinceFresh().some((s) => s.includes("no event has the id 'none'")), "every fresh index's file fetched and merged", { timeout: 25_000 });
      expect(indexCalls, 'the index asked for again after the failure').to.equal(2);
      // The fresh index's requests joined the saved one's that were open: held behind them, 6 files were fetched again.
      expect([...fetched].sort()).to.deep.equal(Array.from({ length: 10 }, (_, i) => `p-${i}.json`).sort());
    } finally {
      window.fetch = original;
      warned.restore();
      for (const key of Object.keys(localStorage)) if (key.includes('/cap-saved-')) localStorage.removeItem(key);
    }
  });

  it('merges in a hidden tab too, where no frame comes', async () => {
    const server = serveIndex('cap-hidden', 3);
    const warned = listen();
    const requestFrame = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0; // a hidden tab runs no frames
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    try {
      await fixture(html`<iisg-event-card src="/cap-hidden/index.json" event-id="none" lang="en"></iisg-event-card>`);
      await waitUntil(() => warned.said.some((s) => s.includes("no event has the id 'none'")), 'the files merged', { timeout: 5000 });
    } finally {
      delete (document as { hidden?: boolean }).hidden;
      window.requestAnimationFrame = requestFrame;
      warned.restore();
      server.restore();
    }
  });
});
