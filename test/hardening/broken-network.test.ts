import { expect, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import type { FeedLoadDetail, IisgEventCalendar, IisgEventCard } from '@iisg/widgets';
import { en } from '@iisg/widgets/locales/messages.js';
import { measure, quietConsole } from './helpers.js';

/**
 * Issue 9, broken networks, against the real server of test/fixtures/network/server.mjs (no stubbed
 * fetch): slow, hanging, stalling, failing, wrong and huge answers, and a feed that changes. Each gives
 * the documented state and message (the English strings of locales/messages.ts), the saved copy is used
 * when there is one, retries back off, and a changed `src` aborts the request it no longer needs.
 */

const NET = '/__test/net';
let counter = 0;
/** A key of its own for each request stream, so the server's log and the saved copies never mix tests. */
const newKey = (name: string) => `${name}-${Date.now()}-${++counter}`;
const url = (route: string, key: string, query = '') => `${NET}/${route}?key=${key}${query}`;
const serverLog = async (key: string): Promise<{ path: string; at: number; ms: number; closedEarly: boolean; status: number }[]> =>
  (await fetch(`${NET}/log?key=${key}`)).json();

const SAVED_AT = '2026-11-03T10:00:00Z';
const SAVED_NOTICE = en.savedCopy.replace('{date}', '3 November 2026');
function saveCopy(src: string, title = 'Saved event') {
  const text = JSON.stringify({ version: 1, events: [{ id: 'a', title, start: '2019-04-23' }] });
  localStorage.setItem(`iisg-feed:${new URL(src, document.baseURI).href}`, JSON.stringify({ savedAt: SAVED_AT, text }));
}

const mounted: HTMLElement[] = [];
/** A card on `src`, recording its `iisg-feed-load` events. */
function card(src: string, attributes: Record<string, string> = {}) {
  const el = document.createElement('iisg-event-card') as IisgEventCard;
  for (const [name, value] of Object.entries({ lang: 'en', 'event-id': 'a', src, ...attributes })) el.setAttribute(name, value);
  const loads: FeedLoadDetail[] = [];
  el.addEventListener('iisg-feed-load', (e) => loads.push(e.detail));
  document.body.append(el);
  mounted.push(el);
  return { el, loads, loaded: (timeout = 8000) => waitUntil(() => loads.length > 0, `${src} loaded or failed`, { timeout }).then(() => el.updateComplete) };
}
const message = (el: HTMLElement) => el.shadowRoot!.querySelector('[part~="message"]');
/** A message's words, without its "Try again" button (which a network or server error has). */
const said = (el: HTMLElement) => {
  const copy = message(el)?.cloneNode(true) as HTMLElement | undefined;
  copy?.querySelector('[part~="retry"]')?.remove();
  return copy?.textContent?.trim();
};
const canRetry = (el: HTMLElement) => Boolean(message(el)?.querySelector('[part~="retry"]'));
const title = (el: HTMLElement) => el.shadowRoot!.querySelector('[part~="title"]')?.textContent;

describe('broken networks', () => {
  afterEach(() => {
    mounted.splice(0).forEach((el) => el.remove());
    localStorage.clear();
  });

  it('a slow server: "Loading events…" announced while it waits, then the event', async () => {
    const key = newKey('slow');
    const { el, loaded } = card(url('feed', key, '&delay=800'));
    await waitUntil(() => message(el), 'loading message');
    expect(message(el)!.getAttribute('part')).to.equal('message loading');
    expect(message(el)!.getAttribute('role')).to.equal('status');
    expect(message(el)!.textContent).to.equal(en.loading);
    await loaded();
    expect(title(el)).to.equal('Network event');
    expect(message(el)).to.equal(null);
    expect((await serverLog(key)).map((r) => r.status)).to.deep.equal([200]);
  });

  it('several elements on one failing feed show its error, and one of them announces it (and its loading)', async () => {
    const roles = (cards: ReturnType<typeof card>[]) => cards.map(({ el }) => message(el)?.getAttribute('role'));
    const slow = [1, 2, 3].map(() => card(url('feed', newKey('many-slow'), '&delay=800')));
    await waitUntil(() => slow.every(({ el }) => message(el)), 'loading messages');
    expect(roles(slow)).to.deep.equal(['status', null, null]);
    await Promise.all(slow.map(({ loaded }) => loaded()));
    const key = newKey('many');
    const failed = [1, 2, 3].map(() => card(url('status', key, '&code=404')));
    await Promise.all(failed.map(({ loaded }) => loaded()));
    for (const { el } of failed) expect(said(el)).to.equal(en.errorHttp.replace('{status}', '404'));
    expect(roles(failed)).to.deep.equal(['alert', null, null]);
  });

  it('a server that hangs, and one that starts and stalls, are given up after the timeout, three times', async function () {
    this.timeout(15_000);
    const [hang, drip] = [newKey('hang'), newKey('drip')];
    const started = performance.now();
    const a = card(url('hang', hang), { timeout: '300' });
    const b = card(url('drip', drip, '&every=150'), { timeout: '500' });
    await Promise.all([a.loaded(12_000), b.loaded(12_000)]);
    const took = performance.now() - started;
    for (const { el, loads } of [a, b]) {
      expect(loads.map((l) => l.state)).to.deep.equal(['error']);
      expect(said(el)).to.equal(en.errorTimeout);
      expect(canRetry(el), 'a time-out can be tried again').to.equal(true);
    }
    // The same words from two elements: both show them, one announces them.
    expect([a, b].map(({ el }) => message(el)!.getAttribute('role')).sort()).to.deep.equal(['alert', null]);
    for (const key of [hang, drip]) {
      const log = await serverLog(key);
      expect(log, `${key}: three attempts`).to.have.length(3);
      expect(log.every((r) => r.closedEarly), `${key}: each attempt hung up by the browser`).to.equal(true);
    }
    // Three timeouts of at most 500 ms and backoffs of 1 s and 2 s.
    expect(took).to.be.within(3_000, 7_000);
  });

  it('a server error is retried with backoff (1 s, then 2 s) and the event shown when it recovers', async function () {
    this.timeout(10_000);
    const key = newKey('flaky');
    const { el, loads, loaded } = card(url('flaky', key, '&fail=2&code=503'));
    await loaded(8_000);
    expect(loads.map((l) => l.state)).to.deep.equal(['ready']);
    expect(title(el)).to.equal('Network event after 2 failures');
    const log = await serverLog(key);
    expect(log.map((r) => r.status)).to.deep.equal([503, 503, 200]);
    const gaps = [log[1].at - log[0].at, log[2].at - log[1].at];
    expect(gaps[0], 'first backoff').to.be.within(950, 1_700);
    expect(gaps[1], 'second backoff').to.be.within(1_950, 2_900);
  });

  /**
   * Every failure, with and without a saved copy: `[route, query, message, attempts at the server]`.
   * A reset connection reaches the server up to twice per attempt: Chromium itself retries a request
   * whose reused connection was reset.
   */
  const failures: [string, string, string, [number, number]][] = [
    ['status', '&code=404', en.errorHttp.replace('{status}', '404'), [1, 1]],
    ['status', '&code=500', en.errorHttp.replace('{status}', '500'), [3, 3]],
    ['reset', '', en.errorNetwork, [3, 6]],
    ['html', '', en.errorInvalid, [1, 1]],
    ['truncated', '', en.errorInvalid, [1, 1]],
  ];
  for (const [route, query, text, attempts] of failures) {
    it(`${route}${query}: "${text.slice(0, 40)}…" (tried ${attempts[0]}×), or the saved copy with its notice`, async function () {
      this.timeout(12_000);
      const [plain, saved] = [newKey(route), newKey(`${route}-saved`)];
      saveCopy(url(route, saved, query));
      const { result } = await quietConsole(async () => {
        const a = card(url(route, plain, query));
        const b = card(url(route, saved, query));
        await Promise.all([a.loaded(10_000), b.loaded(10_000)]);
        return [a, b];
      });
      const [withoutCopy, withCopy] = result;
      expect(withoutCopy.loads.map((l) => l.state)).to.deep.equal(['error']);
      expect(said(withoutCopy.el)).to.equal(text);
      expect(canRetry(withoutCopy.el), 'a broken file is not offered again; a network or server failure is').to.equal(text !== en.errorInvalid);
      expect(message(withoutCopy.el)!.getAttribute('role')).to.equal('alert');
      expect(withCopy.loads.map((l) => [l.state, l.savedAt])).to.deep.equal([['ready', SAVED_AT]]);
      expect(title(withCopy.el)).to.equal('Saved event');
      expect(message(withCopy.el)!.textContent).to.equal(SAVED_NOTICE);
      expect(message(withCopy.el)!.getAttribute('role')).to.equal('status');
      expect((await serverLog(plain)).length, 'attempts').to.be.within(...attempts);
    });
  }

  it('shows the saved copy at the first failure, not after the retries, and the fresh feed when a retry gets it', async function () {
    this.timeout(10_000);
    const key = newKey('flaky-saved');
    const src = url('flaky', key, '&fail=1&code=503');
    saveCopy(src);
    const started = performance.now();
    const { result, said: logged } = await quietConsole(async () => {
      const c = card(src);
      await c.loaded(3_000);
      const shownAfter = performance.now() - started;
      const early = { title: title(c.el), notice: message(c.el)?.textContent };
      await waitUntil(() => c.loads.length === 2, 'the fresh feed', { timeout: 6_000 });
      await c.el.updateComplete;
      return { c, shownAfter, early };
    });
    const { c, shownAfter, early } = result;
    // Before the first retry (1 s after the 503): the last good copy, with its notice.
    expect(shownAfter).to.be.below(1_000);
    expect(early).to.deep.equal({ title: 'Saved event', notice: SAVED_NOTICE });
    // Then the retry's feed, without the notice; the page hears both.
    expect(c.loads.map((l) => [l.state, l.savedAt])).to.deep.equal([['ready', SAVED_AT], ['ready', undefined]]);
    expect(title(c.el)).to.equal('Network event after 1 failures');
    expect(message(c.el)).to.equal(null);
    expect(logged.join('\n')).to.contain('loaded after all; the saved copy is replaced');
    expect((await serverLog(key)).map((r) => r.status)).to.deep.equal([503, 200]);
  });

  it('shows the saved copy after 3 s without an answer, while the request goes on', async function () {
    this.timeout(8_000);
    const key = newKey('hang-saved');
    const src = url('hang', key);
    saveCopy(src);
    const started = performance.now();
    const { result } = await quietConsole(async () => {
      const c = card(src);
      await c.loaded(5_000);
      return { c, shownAfter: performance.now() - started };
    });
    expect(result.shownAfter).to.be.within(2_900, 4_500);
    expect(title(result.c.el)).to.equal('Saved event');
    expect(message(result.c.el)!.textContent).to.equal(SAVED_NOTICE);
    expect(result.c.loads.map((l) => l.state)).to.deep.equal(['ready']);
    // Still asking: the first attempt has not timed out (15 s).
    expect((await serverLog(key)).every((r) => !r.closedEarly)).to.equal(true);
  });

  it('does not call a feed that is arriving slowly unreachable: no saved copy once the server has answered', async function () {
    this.timeout(15_000);
    const key = newKey('drip-saved');
    // About 140 bytes, 8 every 250 ms: the body takes some 4.5 s, past the 3 s a silent server is given.
    const src = url('drip', key, '&every=250');
    saveCopy(src);
    const started = performance.now();
    const c = card(src);
    await c.loaded(12_000);
    expect(performance.now() - started, 'the body took longer than 3 s').to.be.above(3_500);
    expect(c.loads.map((l) => [l.state, l.savedAt])).to.deep.equal([['ready', undefined]]);
    expect(title(c.el)).to.equal('Network event');
    expect(message(c.el)).to.equal(null);
  });

  it('says in the console, once per load, which element failed, the URL, and why: 404, time-out, dropped connection, blocked cross-origin', async function () {
    this.timeout(12_000);
    // The same server under another name (localhost / 127.0.0.1): another origin, and it sends no Access-Control-Allow-Origin.
    const other = new URL(location.href);
    other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const keys = { missing: newKey('said-404'), hang: newKey('said-hang'), reset: newKey('said-reset'), cross: newKey('said-cross') };
    const srcs = {
      missing: url('status', keys.missing, '&code=404'),
      hang: url('hang', keys.hang),
      reset: url('reset', keys.reset),
      cross: `${other.origin}${url('feed', keys.cross)}`,
    };
    const { result: cards, said: logged } = await quietConsole(async () => {
      const all = {
        missing: card(srcs.missing, { id: 'speaker' }),
        hang: card(srcs.hang, { timeout: '300' }),
        reset: card(srcs.reset, { id: 'r' }),
        cross: card(srcs.cross, { id: 'cross' }),
      };
      await Promise.all(Object.values(all).map((c) => c.loaded(10_000)));
      return all;
    });
    const about = (src: string) => logged.filter((line) => line.includes(src));
    expect(about(srcs.missing)).to.deep.equal([`iisg-event-card#speaker: ${srcs.missing} could not be loaded (HTTP 404): nothing at this address (a typo, or the file moved)`]);
    expect(about(srcs.hang)).to.deep.equal([`iisg-event-card: ${srcs.hang} could not be loaded (no answer in 300 ms): the server is down or slow, or the feed too large for the timeout`]);
    expect(about(srcs.reset)).to.have.length(1);
    expect(about(srcs.reset)[0]).to.match(new RegExp(`^iisg-event-card#r: ${srcs.reset.replace(/[?.]/g, '\\$&')} could not be loaded \\(TypeError: .+\\): the server cannot be reached$`));
    expect(about(srcs.cross)).to.have.length(1);
    expect(about(srcs.cross)[0]).to.contain(`iisg-event-card#cross: ${srcs.cross} could not be loaded (TypeError: `);
    expect(about(srcs.cross)[0]).to.contain(`: ${other.origin} may not allow other sites to read it (it must send Access-Control-Allow-Origin), or is down`);
    // What the visitors read: a connection that dropped may be theirs; a blocked site's feed is not.
    expect(said(cards.reset.el)).to.equal(en.errorNetwork);
    expect(said(cards.cross.el)).to.equal(en.errorUnavailable);
    expect(canRetry(cards.cross.el)).to.equal(true);
    // The blocked feed was answered (with no header letting this page read it), three times.
    expect((await serverLog(keys.cross)).map((r) => r.status)).to.deep.equal([200, 200, 200]);
  });

  it('says where HTML and truncated JSON go wrong, in the console', async () => {
    const { said } = await quietConsole(async () => {
      const a = card(url('html', newKey('html-console')));
      const b = card(url('truncated', newKey('truncated-console')));
      await Promise.all([a.loaded(), b.loaded()]);
    });
    expect(said.join('\n')).to.contain("the feed is not valid JSON (unexpected '<' at line 1, column 1): the address gives a web page, not the .json file");
    expect(said.join('\n')).to.match(/the feed is not valid JSON \(unexpected (end of file|'.') at line \d+, column \d+\)/);
  });

  it('ignores a saved copy that is not a feed, and shows the error', async () => {
    const src = url('status', newKey('corrupt'), '&code=404');
    localStorage.setItem(`iisg-feed:${new URL(src, document.baseURI).href}`, '{"savedAt": "2026-11-03T10:00:00Z", "text": "<html>');
    const { el, loads, loaded } = card(src);
    await loaded();
    expect(loads.map((l) => l.state)).to.deep.equal(['error']);
    expect(said(el)).to.equal(en.errorHttp.replace('{status}', '404'));
  });

  it('reads a feed that starts with a byte-order mark, with no problem', async () => {
    const { el, loads, loaded } = card(url('bom', newKey('bom')));
    await loaded();
    expect(loads.map((l) => [l.state, l.problems.length])).to.deep.equal([['ready', 0]]);
    expect(title(el)).to.equal('Feed with a byte-order mark');
  });

  it('shows an event of a 30 MB feed, and goes on without a saved copy when storage is full', async function () {
    this.timeout(30_000);
    const key = newKey('big');
    const src = url('big', key, '&mb=30');
    const started = performance.now();
    const { el, loads, loaded } = card(src, { 'event-id': 'big-4242' });
    await loaded(25_000);
    const took = performance.now() - started;
    expect(loads.map((l) => l.state)).to.deep.equal(['ready']);
    expect(title(el)).to.equal('Big feed event 4242');
    // Too big for localStorage: not saved, and nothing thrown.
    expect(localStorage.getItem(`iisg-feed:${new URL(src, document.baseURI).href}`)).to.equal(null);
    measure('30 MB feed fetched, parsed and its event shown', took);
    expect(took).to.be.below(20_000);
  });

  it('a feed that changes between requests: elements loading together share one version, later ones get the next', async () => {
    const key = newKey('changing');
    const src = url('changing', key);
    const first = [card(src), card(src)];
    await Promise.all(first.map((c) => c.loaded()));
    expect(first.map((c) => title(c.el))).to.deep.equal(['Version 1', 'Version 1']);
    const later = card(src);
    await later.loaded();
    expect(title(later.el)).to.equal('Version 2');
    // The first two keep the version they showed: a page never mixes two versions inside one element.
    expect(first.map((c) => title(c.el))).to.deep.equal(['Version 1', 'Version 1']);
    expect(await serverLog(key)).to.have.length(2);
    // The saved copy is the newest one read.
    const saved = JSON.parse(localStorage.getItem(`iisg-feed:${new URL(src, document.baseURI).href}`)!);
    expect(JSON.parse(saved.text).events[0].title).to.equal('Version 2');
  });

  it('a changed src aborts the old request; the new feed is shown', async () => {
    const [old, fresh] = [newKey('old'), newKey('new')];
    const { el, loads, loaded } = card(url('hang', old));
    await waitUntil(async () => (await serverLog(old)).length === 1, 'the old request reached the server');
    el.src = url('feed', fresh);
    await loaded();
    expect(loads.map((l) => l.state)).to.deep.equal(['ready']);
    expect(title(el)).to.equal('Network event');
    await waitUntil(async () => (await serverLog(old))[0]?.ms > 0, 'the old request ended');
    const [request] = await serverLog(old);
    expect(request.closedEarly, 'the browser hung up on the old request').to.equal(true);
    expect(request.ms).to.be.below(2_000);
  });

  it('a request two elements share is aborted only when neither needs it any more', async () => {
    const key = newKey('shared');
    const src = url('hang', key);
    const a = card(src);
    const b = card(src);
    await waitUntil(async () => (await serverLog(key)).length === 1, 'one request for both');
    a.el.src = url('feed', newKey('other'));
    await a.loaded();
    await new Promise((r) => setTimeout(r, 300));
    expect((await serverLog(key))[0].ms, 'still open for the second element').to.equal(0);
    b.el.remove();
    await waitUntil(async () => (await serverLog(key))[0].ms > 0, 'aborted once the second element left');
    expect((await serverLog(key))[0].closedEarly).to.equal(true);
    expect(b.loads, 'a removed element reports nothing').to.deep.equal([]);
  });

  it('a calendar whose src changes while loading shows the new feed, not a late answer from the old one', async () => {
    const [slow, fast] = [newKey('late'), newKey('fresh')];
    const el = document.createElement('iisg-event-calendar') as IisgEventCalendar;
    Object.assign(el, { lang: 'en', view: 'list', date: '2019-04' });
    el.setAttribute('src', url('feed', slow, '&delay=600'));
    document.body.append(el);
    mounted.push(el);
    el.setAttribute('src', url('changing', fast));
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="body"]:not([aria-busy])'), 'calendar shown');
    el.goTo('2019-04-01');
    await new Promise((r) => setTimeout(r, 900));
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('.list-title')].map((t) => t.textContent)).to.deep.equal(['Version 1']);
  });
});
