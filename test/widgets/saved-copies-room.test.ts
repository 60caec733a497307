// Keeping saved copies to their room costs each save the same however many copies are saved: with 1,200 period
// files of an index, reading every saved copy again at each save was quadratic. Another tab's or module's writes
// are still seen.
import { expect } from '@open-wc/testing';
import { loadFeed } from '@iisg/widgets';

const feedText = (title: string) => JSON.stringify({ version: 1, events: [{ id: 'a', title, start: '2019-04-23' }] });

/**
 * Put an in-memory Storage in place of the page's localStorage for `run`, out of reach of other test pages'
 * writes, counting what is read of it: keys listed and values read.
 */
async function withCountedStorage(run: (storage: Storage, counted: { reads: number }) => Promise<void>) {
  const items: Record<string, string> = {};
  const counted = { reads: 0 };
  const methods: Record<string | symbol, unknown> = {
    getItem: (key: string) => (counted.reads++, Object.hasOwn(items, key) ? items[key] : null),
    setItem: (key: string, value: string) => void (items[key] = String(value)),
    removeItem: (key: string) => void delete items[key],
    key: (i: number) => (counted.reads++, Object.keys(items)[i] ?? null),
    clear: () => Object.keys(items).forEach((key) => delete items[key]),
  };
  const storage = new Proxy(items, {
    get: (target, name) => (name === 'length' ? Object.keys(target).length : name in methods ? methods[name] : (counted.reads++, target[name as string])),
    ownKeys: (target) => ((counted.reads += Object.keys(target).length), Reflect.ownKeys(target)),
  }) as unknown as Storage;
  const real = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
  Object.defineProperty(window, 'localStorage', { configurable: true, get: () => storage });
  try {
    await run(storage, counted);
  } finally {
    Object.defineProperty(window, 'localStorage', real);
  }
}

/** Replace window.fetch for one test: every URL answers `respond(its path)`. */
async function serving(respond: (path: string) => string, run: () => Promise<void>) {
  const original = window.fetch;
  window.fetch = (async (input: RequestInfo | URL) => new Response(respond(new URL(String(input)).pathname))) as typeof fetch;
  try {
    await run();
  } finally {
    window.fetch = original;
  }
}

describe('saved copies kept to their room', () => {
  it('reads no more of localStorage for a save when many copies are saved than when few are', async function () {
    this.timeout(20_000);
    const N = 200;
    await withCountedStorage(async (storage, counted) => {
      storage.setItem('site-own', 'kept');
      await serving(
        (path) => feedText(path),
        async () => {
          for (let i = 0; i < N; i++) await loadFeed(`/room-few-${i}.json`);
          const few = counted.reads;
          counted.reads = 0;
          for (let i = 0; i < N; i++) await loadFeed(`/room-many-${i}.json`);
          const many = counted.reads;
          // Reading every saved copy at each save: 2 × (1 + … + N) reads for the first N saves, 3 times that for the next N.
          expect(many, `reads for saves ${N + 1} to ${2 * N} (${few} for the first ${N})`).to.be.at.most(few);
          expect(few + many, 'a few reads a save at most').to.be.below(10 * N);
        },
      );
      expect(Object.keys(storage).filter((key) => key.startsWith('iisg-feed:'))).to.have.length(2 * N);
      expect(storage.getItem('site-own')).to.equal('kept');
    });
  });

  it('counts a copy another tab saved, and no longer one another tab removed', async () => {
    const big = (path: string) => feedText(path + 'x'.repeat(700_000));
    const key = (path: string) => `iisg-feed:${new URL(path, document.baseURI).href}`;
    const kept = (storage: Storage, ...paths: string[]) => paths.map((path) => storage.getItem(key(path)) !== null);
    await withCountedStorage(async (storage) => {
      await serving(big, async () => {
        await loadFeed('/room-a.json');
        // Another tab saves b: the oldest, a, goes to make room for c.
        storage.setItem(key('/room-b.json'), JSON.stringify({ savedAt: new Date().toISOString(), text: big('/room-b.json') }));
        await loadFeed('/room-c.json');
        expect(kept(storage, '/room-a.json', '/room-b.json', '/room-c.json')).to.deep.equal([false, true, true]);
        // Another tab removes c: b and d fit, and b stays.
        storage.removeItem(key('/room-c.json'));
        await loadFeed('/room-d.json');
        expect(kept(storage, '/room-b.json', '/room-c.json', '/room-d.json')).to.deep.equal([true, false, true]);
      });
    });
  });
});
