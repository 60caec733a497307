import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '@iisg/widgets';
import type { IisgEventCalendar, IisgEventCard, IisgEventTimeline, IisgNetworkMap } from '@iisg/widgets';
import { parseFeed, type Feed } from '@iisg/feed';
import { $, $$, TAGS, frames, measure, settled } from './helpers.js';

/**
 * Issue 9, host pages: many elements and calendars on one page, elements inside another component's
 * shadow root, elements added, moved and removed over and over (nothing left behind: listeners, timers,
 * observers, requests, memory), a page whose global CSS resets everything, and a right-to-left page.
 */

type Lit = HTMLElement & { updateComplete: Promise<unknown> };
const FEED_URL = '/demo/feed.json';
const feedText = await (await fetch(FEED_URL)).text();
const feed = parseFeed(feedText).feed as Feed;
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

/** One of each element on the parsed sample feed, each on a view with something in it. */
function fourElements(props: object = {}): Lit[] {
  const each: Record<string, object> = {
    'iisg-event-card': { eventId: 'rnnc-3' },
    'iisg-event-calendar': { date: '2019-04' },
    'iisg-event-timeline': {},
    'iisg-network-map': {},
  };
  return TAGS.map((tag) => Object.assign(document.createElement(tag), { lang: 'en', feed, ...each[tag], ...props }) as unknown as Lit);
}

/** What each element must show to count as rendered. */
const CONTENT: Record<string, string> = {
  'iisg-event-card': '[part~="title"]',
  'iisg-event-calendar': '[part~="heading"]',
  'iisg-event-timeline': '[part~="row"]',
  'iisg-network-map': '[part~="marker"]',
};

/**
 * Counts what elements leave behind on the page: listeners on document and window, pending timers and
 * animation frames, observed targets of Resize/Mutation/IntersectionObservers, and unfinished fetches.
 */
function leakCounter() {
  const listeners = new Map<string, string>();
  const timers = new Map<number, string>();
  const frames_ = new Set<number>();
  const observed = new Map<object, Set<Node>>();
  let fetching = 0;
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const idOf = (o: object) => ids.get(o) ?? (ids.set(o, ++nextId), nextId);
  const key = (target: string, type: string, fn: unknown, options: unknown) =>
    `${target} ${type} ${typeof fn === 'object' || typeof fn === 'function' ? idOf(fn as object) : fn} ${typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean })?.capture)}`;
  const undo: (() => void)[] = [];
  /**
   * Who added it: the first frame in the widgets, the feed package, Lit or floating-ui; undefined for
   * the test's own helpers (open-wc's waitUntil leaves its timeout timer running).
   */
  const where = () =>
    (new Error().stack ?? '')
      .split('\n')
      .slice(2)
      .find((line) => /\/packages\/|@floating-ui|\/lit-html\/|\/lit-element\/|\/@lit\//.test(line))
      ?.replace(/^\s*at\s*/, '')
      .replace(/\(?https?:\/\/[^/]+\//, '')
      .replace(/\?[^:]*:/, ':');
  const patch = <T extends object, K extends keyof T>(obj: T, name: K, make: (original: T[K]) => T[K]) => {
    const original = obj[name];
    obj[name] = make(original);
    undo.push(() => (obj[name] = original));
  };
  for (const [label, target] of [['document', document], ['window', window]] as const) {
    patch(target, 'addEventListener', (add) => function (this: EventTarget, type: string, fn: unknown, options?: unknown) {
      const signal = (options as { signal?: AbortSignal })?.signal;
      const by = where();
      if (by && !(options as { once?: boolean })?.once && !signal) listeners.set(key(label, type, fn, options), `${label} ${type} from ${by}`);
      return (add as (...a: unknown[]) => void).call(this, type, fn, options);
    } as never);
    patch(target, 'removeEventListener', (remove) => function (this: EventTarget, type: string, fn: unknown, options?: unknown) {
      listeners.delete(key(label, type, fn, options));
      return (remove as (...a: unknown[]) => void).call(this, type, fn, options);
    } as never);
  }
  patch(window, 'setTimeout', (set) => ((fn: () => void, ms?: number, ...args: unknown[]) => {
    const id: number = (set as (...a: unknown[]) => number)(() => {
      timers.delete(id);
      if (typeof fn === 'function') fn(...(args as []));
    }, ms);
    const by = where();
    if (by) timers.set(id, `${ms ?? 0} ms timer from ${by}`);
    return id;
  }) as never);
  patch(window, 'clearTimeout', (clear) => ((id: number) => {
    timers.delete(id);
    (clear as (id: number) => void)(id);
  }) as never);
  patch(window, 'requestAnimationFrame', (request) => ((fn: FrameRequestCallback) => {
    const id: number = (request as (f: FrameRequestCallback) => number)((t) => {
      frames_.delete(id);
      fn(t);
    });
    if (where()) frames_.add(id);
    return id;
  }) as never);
  patch(window, 'cancelAnimationFrame', (cancel) => ((id: number) => {
    frames_.delete(id);
    (cancel as (id: number) => void)(id);
  }) as never);
  for (const name of ['ResizeObserver', 'MutationObserver', 'IntersectionObserver'] as const) {
    const proto = window[name].prototype as { observe: (t: Node, o?: unknown) => void; unobserve?: (t: Node) => void; disconnect: () => void };
    patch(proto, 'observe', (observe) => function (this: object, target: Node, options?: unknown) {
      if (!observed.has(this)) observed.set(this, new Set());
      observed.get(this)!.add(target);
      return observe.call(this, target, options);
    });
    if (proto.unobserve) {
      patch(proto, 'unobserve', (unobserve) => function (this: object, target: Node) {
        observed.get(this)?.delete(target);
        return unobserve!.call(this, target);
      });
    }
    patch(proto, 'disconnect', (disconnect) => function (this: object) {
      observed.delete(this);
      return disconnect.call(this);
    });
  }
  patch(window, 'fetch', (original) => ((...args: Parameters<typeof fetch>) => {
    fetching++;
    return original(...args).finally(() => fetching--);
  }) as never);
  return {
    now: () => ({
      listeners: listeners.size,
      timers: timers.size,
      frames: frames_.size,
      observed: [...observed.values()].reduce((n, s) => n + [...s].filter((node) => node.isConnected || !(node instanceof Element)).length, 0),
      observedDetached: [...observed.values()].reduce((n, s) => n + [...s].filter((node) => node instanceof Element && !node.isConnected).length, 0),
      fetching,
    }),
    /** What is left: where each remaining listener and timer was added. */
    left: () => [...listeners.values(), ...timers.values()],
    restore: () => undo.reverse().forEach((f) => f()),
  };
}

/**
 * Make V8 run full collections without --expose-gc: objects kept long enough to be promoted to the old
 * generation, then let go, until the old space passes its limit. Uses window.gc when the browser has it.
 */
async function collectGarbage() {
  const gc = (window as unknown as { gc?: () => void }).gc;
  if (gc) {
    gc();
    await aTimeout(0);
    gc();
    return;
  }
  for (let round = 0; round < 6; round++) {
    const keep: unknown[] = [];
    for (let i = 0; i < 40; i++) {
      keep.push(Array.from({ length: 5e4 }, (_, j) => ({ j, s: `x${j}` })));
      if (i % 10 === 0) await aTimeout(0);
    }
    await aTimeout(20);
    keep.length = 0;
  }
  await aTimeout(50);
}

/** performance.memory, when the browser gives it (Chromium; rounded unless --enable-precise-memory-info). */
const heapUsed = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;

describe('host pages: several elements and calendars on one page', () => {
  it('four elements and three calendars on one src share one request, and each keeps its own state', async () => {
    performance.clearResourceTimings();
    const page = await fixture<HTMLDivElement>(html`
      <div style="width: 900px">
        <iisg-event-calendar id="a" src=${FEED_URL} date="2019-04" lang="en"></iisg-event-calendar>
        <iisg-event-calendar id="b" src=${FEED_URL} date="2018-10" lang="en"></iisg-event-calendar>
        <iisg-event-calendar id="c" src=${FEED_URL} view="list" list-range="past" lang="en"></iisg-event-calendar>
        <iisg-event-card src=${FEED_URL} event-id="rnnc-3" lang="en"></iisg-event-card>
        <iisg-event-card src=${FEED_URL} event-id="nfp-7" lang="sq"></iisg-event-card>
        <iisg-event-timeline src=${FEED_URL} lang="en"></iisg-event-timeline>
        <iisg-network-map src=${FEED_URL} lang="en"></iisg-network-map>
      </div>
    `);
    const all = [...page.children] as Lit[];
    await Promise.all(all.map((el) => settled(el)));
    const requests = performance.getEntriesByType('resource').filter((e) => e.name.endsWith(FEED_URL));
    expect(requests, 'one request for seven elements').to.have.length(1);
    for (const el of all) expect($(el, CONTENT[el.localName]), el.localName).to.not.equal(null);

    const [a, b, c] = all as IisgEventCalendar[];
    const heading = (el: Element) => $(el, '[part~="heading"]')!.textContent!.trim();
    expect([heading(a), heading(b), heading(c)]).to.deep.equal(['April 2019', 'October 2018', 'Past']);
    $(a, '[part~="next"]')!.click();
    await a.updateComplete;
    expect([heading(a), heading(b)], 'moving one calendar moves only that one').to.deep.equal(['May 2019', 'October 2018']);

    // Both calendars' popovers, each in its own shadow root, with the same ids inside; focus moving
    // on into the other calendar's popover closes the first.
    $$(b, '[part~="event"]')[0].click();
    await waitUntil(() => $(b, '[part~="popover"]')?.style.visibility === 'visible', 'popover of b placed');
    const titleOfB = $(b, '#popover-title')!.textContent;
    $$(c, '[part~="list-item"]')[0].click();
    await waitUntil(() => $(c, '[part~="popover"]'), 'popover of c');
    expect($(a, '[part~="popover"]'), 'a has none').to.equal(null);
    expect($(c, '#popover-title')!.textContent).to.not.equal(titleOfB);
    await waitUntil(() => !$(b, '[part~="popover"]'), 'b closed once focus went to c');
  });

  it('two calendars with sync-url keep separate URL parameters', async () => {
    const before = location.href;
    try {
      const page = await fixture<HTMLDivElement>(html`<div style="width: 900px">
        <iisg-event-calendar id="left" src=${FEED_URL} date="2019-04" sync-url lang="en"></iisg-event-calendar>
        <iisg-event-calendar id="right" src=${FEED_URL} date="2018-10" sync-url lang="en"></iisg-event-calendar>
      </div>`);
      const [left, right] = [...page.children] as IisgEventCalendar[];
      await Promise.all([settled(left), settled(right)]);
      $(left, '[part~="next"]')!.click();
      $(right, '[part~="previous"]')!.click();
      await Promise.all([left.updateComplete, right.updateComplete]);
      const params = new URL(location.href).searchParams;
      expect([params.get('left-date'), params.get('right-date')]).to.deep.equal(['2019-05', '2018-09']);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('a popover closed with its add-to-calendar menu open opens the next one with the menu closed', async () => {
    for (const [tag, selector] of [['iisg-event-calendar', '[part~="list-item"]'], ['iisg-event-timeline', '[part~="event"]']]) {
      const el = await fixture<Lit>(
        tag === 'iisg-event-calendar'
          ? html`<iisg-event-calendar src=${FEED_URL} view="list" list-range="past" lang="en" style="width: 900px"></iisg-event-calendar>`
          : html`<iisg-event-timeline src=${FEED_URL} lang="en" style="width: 900px"></iisg-event-timeline>`,
      );
      await settled(el);
      $$(el, selector)[0].click();
      await waitUntil(() => $(el, '[part~="popover"] [part~="menu-button"]'));
      $(el, '[part~="popover"] [part~="menu-button"]')!.click();
      await waitUntil(() => $$(el, '[part~="popover"] a[part~="menu-item"]').length === 3, `${tag}: menu open`);
      $(el, '[part~="popover"] [part~="close"]')!.click();
      await el.updateComplete;
      $$(el, selector)[1].click();
      await waitUntil(() => $(el, '[part~="popover"] [part~="menu-button"]'));
      await el.updateComplete;
      expect($(el, '[part~="popover"] [part~="menu-button"]')!.getAttribute('aria-expanded'), tag).to.equal('false');
    }
  });
});

describe('host pages: inside another component’s shadow root', () => {
  class NestingHost extends HTMLElement {
    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      const inner = document.createElement('div');
      inner.lang = 'sq';
      inner.attachShadow({ mode: 'open' }).innerHTML = `
        <iisg-event-card src="${FEED_URL}" event-id="rnnc-3"></iisg-event-card>
        <iisg-event-calendar src="${FEED_URL}" date="2019-04" style="width: 900px; display: block"></iisg-event-calendar>
        <iisg-event-timeline src="${FEED_URL}" style="width: 900px; display: block"></iisg-event-timeline>
        <iisg-network-map src="${FEED_URL}" style="width: 900px; display: block"></iisg-network-map>`;
      root.append(inner);
    }
    get inner() {
      return this.shadowRoot!.firstElementChild!.shadowRoot!;
    }
  }
  customElements.define('hardening-nesting-host', NestingHost);

  it('renders in a shadow root two levels down, in the language of the nearest lang across roots', async () => {
    const host = await fixture<NestingHost>(html`<hardening-nesting-host></hardening-nesting-host>`);
    const els = [...host.inner.children] as Lit[];
    await Promise.all(els.map((el) => settled(el)));
    for (const el of els) expect($(el, CONTENT[el.localName]), el.localName).to.not.equal(null);
    const calendar = els[1];
    await waitUntil(() => $(calendar, '[part~="heading"]')!.textContent!.trim().toLowerCase() === 'prill 2019', 'Albanian from the lang two roots up', { timeout: 5000 });
    // The card's JSON-LD goes into the document's head, from inside the host's shadow root, not its light DOM.
    await waitUntil(() => document.head.querySelector('script[data-iisg-structured-data]'), 'JSON-LD written');
    expect(els[0].querySelector('script'), 'nothing written into the light DOM').to.equal(null);
  });

  it('opens a popover, closes it with Esc and gives focus back, from inside two shadow roots', async () => {
    const host = await fixture<NestingHost>(html`<hardening-nesting-host></hardening-nesting-host>`);
    const calendar = host.inner.querySelector<IisgEventCalendar>('iisg-event-calendar')!;
    await settled(calendar);
    await waitUntil(() => $(calendar, '[part~="heading"]')!.textContent!.trim().toLowerCase() === 'prill 2019', 'Albanian loaded', { timeout: 5000 });
    await calendar.updateComplete;
    const day = $$(calendar, '[role="gridcell"]').find((c) => c.getAttribute('aria-label')!.includes('RNNC') || c.getAttribute('aria-label')!.includes('Rrjetit'))!;
    day.click(); // a visitor's click makes the day the grid's tab stop
    await calendar.updateComplete;
    await waitUntil(() => focused(calendar) === day, 'the day focused');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(calendar, '[part~="popover"]'), 'popover open');
    await waitUntil(() => focused(calendar)?.id === 'popover-title', 'focus on the popover’s title');
    await sendKeys({ press: 'Escape' });
    await calendar.updateComplete;
    await aTimeout(0);
    expect($(calendar, '[part~="popover"]')).to.equal(null);
    expect(focused(calendar), 'focus back on the day').to.equal(day);
  });
});

describe('host pages: added, moved and removed over and over', function () {
  this.timeout(60_000);

  /** 200 rounds: four elements added, now and then a popover and a menu opened, moved, removed. */
  async function rounds(open: (els: Lit[]) => Promise<void>) {
    const [left, right] = [document.createElement('div'), document.createElement('div')];
    for (const side of [left, right]) side.style.width = '900px';
    document.body.append(left, right);
    await frames(3);
    const counter = leakCounter();
    try {
      const before = counter.now();
      for (let round = 0; round < 200; round++) {
        const els = fourElements();
        left.append(...els);
        await Promise.all(els.map((el) => el.updateComplete));
        if (round % 10 === 0) await open(els);
        right.append(...els); // moved
        await Promise.all(els.map((el) => el.updateComplete));
        right.replaceChildren(); // removed
      }
      await aTimeout(400); // tooltips hide after 200 ms; nothing else should be waiting
      await frames(3);
      return { before, after: counter.now(), left: counter.left() };
    } finally {
      counter.restore();
      left.remove();
      right.remove();
    }
  }

  it('leaves no listener, timer, frame, observer or request behind after 200 add/move/remove rounds', async () => {
    const { before, after, left } = await rounds(async ([card, calendar, timeline]) => {
      // Open a menu and the popovers, wait until each is fully open, and leave the last open when the
      // elements go (one popover at a time: focus moving on into the next closes the one before).
      $(card, '[part~="menu-button"]')!.click();
      await waitUntil(() => $$(card, 'a[part~="menu-item"]').length === 3, 'menu open');
      $$(calendar, '[part~="event"]')[0].click();
      await waitUntil(() => $(calendar, '[part~="popover"]')?.style.visibility === 'visible', 'calendar popover placed');
      $$(timeline, '[part~="event"]')[0].click();
      await waitUntil(() => $(timeline, '[part~="popover"]')?.style.visibility === 'visible', 'timeline popover placed');
      await aTimeout(0);
    });
    measure('listeners/timers/frames/observed/requests before → after 200 rounds', `${JSON.stringify(before)} → ${JSON.stringify(after)}`, '');
    expect(left, 'left behind').to.deep.equal([]);
    expect(after.listeners, 'listeners on document and window').to.equal(before.listeners);
    expect(after.timers, 'pending timers').to.equal(before.timers);
    expect(after.frames, 'pending animation frames').to.equal(before.frames);
    expect(after.observedDetached, 'observers still watching removed elements').to.equal(0);
    expect(after.observed, 'observed elements').to.equal(before.observed);
    expect(after.fetching, 'requests').to.equal(0);
  });

  it('leaves no listener behind when an element goes while its menu is still opening', async () => {
    const { left } = await rounds(async ([card]) => {
      $(card, '[part~="menu-button"]')!.click(); // and the element moves and goes at once
    });
    expect(left).to.deep.equal([]);
  });

  it('aborts the request of an element removed while loading', async () => {
    const key = `removed-${Date.now()}`;
    for (let i = 0; i < 20; i++) {
      const card = Object.assign(document.createElement('iisg-event-card'), { lang: 'en' }) as IisgEventCard;
      card.setAttribute('src', `/__test/net/feed?key=${key}-${i}&delay=5000`);
      document.body.append(card);
      await aTimeout(20);
      card.remove();
    }
    type Log = { closedEarly: boolean; ms: number }[];
    const logsOf = () => Promise.all(Array.from({ length: 20 }, async (_, i): Promise<Log> => (await fetch(`/__test/net/log?key=${key}-${i}`)).json()));
    // A request aborted before it left the browser (a busy machine) never reaches the server: it has nothing to end.
    await waitUntil(async () => (await logsOf()).every((log) => log.length === 0 || log[0].ms > 0), 'every request ended', { timeout: 5000 });
    const reached = (await logsOf()).filter((log) => log.length);
    expect(reached.length, 'requests that reached the server').to.be.greaterThan(10);
    expect(reached.map((log) => log.length === 1 && log[0].closedEarly && log[0].ms < 2000)).to.deep.equal(Array(reached.length).fill(true));
  });

  it('keeps the heap stable over 1,000 mount/unmount cycles of all four elements', async function () {
    this.timeout(300_000);
    const container = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    // Warm up: locale, styles, lazy chunks and the feed's indexes are built once, not per element.
    for (let i = 0; i < 20; i++) {
      const els = fourElements();
      container.append(...els);
      await Promise.all(els.map((el) => el.updateComplete));
      container.replaceChildren();
    }
    await collectGarbage();
    const heapBefore = heapUsed();
    const refs: WeakRef<Lit>[] = [];
    const started = performance.now();
    for (let i = 0; i < 1_000; i++) {
      const els = fourElements();
      container.append(...els);
      await Promise.all(els.map((el) => el.updateComplete));
      container.replaceChildren();
      for (const el of els) refs.push(new WeakRef(el));
    }
    const took = performance.now() - started;
    // Callbacks already queued (a resize observation's frame, a timer) let go of their element once run:
    // wait for them, so that what is counted is what something still holds.
    // On a busy machine some are still queued after the first wait (11 once, in a local run; 14 after 3 s once,
    // in a fresh checkout's run beside two builds, and 0 to 1 in every run alone or under load since): wait
    // more, up to 6 s. An element something really holds stays alive however long this waits.
    let alive = Infinity;
    for (let wait = 0; wait < 20 && alive > 8; wait++) {
      await aTimeout(300);
      await frames(3);
      await collectGarbage();
      alive = refs.filter((r) => r.deref()).length;
    }
    const heapAfter = heapUsed();
    measure('1,000 mount/unmount cycles of the four elements', took);
    measure('elements still alive after a full GC, of 4,000 unmounted', alive, '');
    if (heapBefore !== undefined && heapAfter !== undefined) measure('JS heap before → after (performance.memory, rounded)', `${(heapBefore / 1e6).toFixed(1)} MB → ${(heapAfter / 1e6).toFixed(1)} MB`, '');
    // The last element of each kind may be held by a cache (Lit's last template, the last focus); no more.
    expect(alive).to.be.at.most(8);
    if (heapBefore !== undefined && heapAfter !== undefined) expect(heapAfter - heapBefore).to.be.below(10e6);
  });
});

describe('host pages: aggressive global CSS', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = '* { all: unset } html { font-size: 40px }';
    document.head.append(style);
  });
  after(() => style.remove());

  it('* { all: unset } and html { font-size: 40px }: every element still renders readable text', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.style.cssText = 'display: block; width: 900px';
    const els = fourElements();
    container.append(...els);
    await Promise.all(els.map((el) => settled(el)));
    for (const el of els) {
      const content = $(el, CONTENT[el.localName])!;
      expect(content, el.localName).to.not.equal(null);
      const box = content.getBoundingClientRect();
      expect(box.width * box.height, `${el.localName}: visible`).to.be.greaterThan(0);
      const style = getComputedStyle(content);
      expect(parseFloat(style.fontSize), `${el.localName}: font size`).to.be.within(10, 80);
      expect(style.visibility, el.localName).to.equal('visible');
      expect(style.color, el.localName).to.not.equal(getComputedStyle(el).backgroundColor);
    }
  });

  // `all: unset` makes the hosts display: inline (a page's rule beats :host); the calendar measures its own
  // block, so it keeps the month grid. (Container queries on an inline host do not apply: documented.)
  // The list takes over below 35em of the calendar's text, 1,400 px with the 40 px it inherits here: 1,600 px holds the grid.
  it('keeps the calendar’s month grid in a container 40rem wide', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.style.cssText = 'display: block; width: 1600px';
    const [, calendar] = fourElements();
    container.append(calendar);
    await settled(calendar);
    await frames(3);
    expect($(calendar, '[role="grid"]'), 'month grid').to.not.equal(null);
  });
});

describe('host pages: a link around the elements', () => {
  // A CMS wraps a block in a link (a teaser made clickable): the link's underline is not inherited but drawn
  // through every text of what it holds, shadow trees too, and no style inside can take it off.
  /** How many pixels of `rgb(0, 255, 0)`, a colour no element draws, are in `el`'s box on screen. */
  async function greenPixels(el: Element): Promise<number> {
    el.scrollIntoView({ block: 'start' });
    await frames(2);
    const box = el.getBoundingClientRect();
    const clip = { x: box.left + scrollX, y: box.top + scrollY, width: box.width, height: Math.min(box.height, innerHeight) };
    const png = await executeServerCommand<string, typeof clip>('screenshot', clip);
    const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, image.width, image.height).data;
    let green = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 40 && data[i + 1] > 215 && data[i + 2] < 40) green++;
    return green;
  }

  it('draws no underline of the link over their text, and each is as wide as it would be outside the link', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const els = fourElements();
    for (const el of els) {
      const link = document.createElement('a');
      link.href = '#teaser';
      link.style.cssText = 'text-decoration: underline 3px rgb(0, 255, 0); text-decoration-skip-ink: none';
      link.append(el);
      container.append(link);
    }
    await Promise.all(els.map((el) => settled(el)));
    await frames(3);
    // The measure itself: it sees the underline under the link's own text.
    const probe = document.createElement('a');
    probe.href = '#teaser';
    probe.style.cssText = 'text-decoration: underline 3px rgb(0, 255, 0); text-decoration-skip-ink: none';
    probe.textContent = 'The link’s own text';
    const line = document.createElement('p');
    line.append(probe);
    container.prepend(line);
    expect(await greenPixels(probe), 'the test sees an underline where there is one').to.be.greaterThan(50);
    for (const el of els) {
      expect(el.getBoundingClientRect().width, `${el.localName}: width`).to.be.closeTo(900, 1);
      expect(await greenPixels(el), `${el.localName}: underlined pixels`).to.equal(0);
    }
  });

  it('an element moved out of the link is a block again', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width: 900px"><a href="#teaser"></a></div>`);
    const [card] = fourElements();
    container.firstElementChild!.append(card);
    await settled(card);
    expect(getComputedStyle(card).display).to.equal('inline-block');
    container.append(card);
    expect(getComputedStyle(card).display).to.equal('block');
  });
});

describe('host pages: a page’s global box model and line spacing', () => {
  // An audit's page. Its * rule matches each element's host, where it beats :host; its button and div
  // rules cannot reach into a shadow root, only the page's own content (slotted content included).
  const GLOBAL_CSS = '* { box-sizing: content-box; line-height: 3; font-size: 20px } button { all: unset } div { padding: 10px }';
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = GLOBAL_CSS;
    document.head.append(style);
  });
  after(async () => {
    style.remove();
    await setViewport({ width: 800, height: 600 });
  });

  /**
   * How far (px) what `el` draws reaches past `box` on either side, 0 when it fits: each element of its
   * shadow tree, less what a scrolling or clipping ancestor hides. Popovers are checked on their own;
   * visually hidden text is clipped to nothing.
   */
  function stickingOut(el: Element, box: DOMRect): number {
    let worst = 0;
    for (const node of $$(el, '*')) {
      if (node.closest('.popover, .visually-hidden')) continue;
      let { left, right } = node.getBoundingClientRect();
      for (let up = node.parentElement ?? (node.parentNode as ShadowRoot).host; up && up !== el; up = up.parentElement ?? (up.parentNode as ShadowRoot).host) {
        if (getComputedStyle(up).overflowX === 'visible') continue;
        const clip = up.getBoundingClientRect();
        [left, right] = [Math.max(left, clip.left), Math.min(right, clip.right)];
      }
      if (right > left) worst = Math.max(worst, right - box.right, box.left - left);
    }
    return worst;
  }

  /** The four elements in `width` (a sidebar, or the page's width), one of the card's slots filled by the page. */
  async function mount(width: string, props: Record<string, object> = {}) {
    const aside = await fixture<HTMLElement>(html`<aside style=${`width: ${width}`}></aside>`);
    const els = fourElements();
    for (const el of els) Object.assign(el, props[el.localName] ?? {});
    const card = els.find((el) => el.localName === 'iisg-event-card')!;
    Object.assign(card, { layout: 'full' }).innerHTML = '<button slot="footer" type="button">Register</button>';
    aside.append(...els);
    await Promise.all(els.map((el) => settled(el)));
    await frames(2);
    return { aside, els };
  }

  /** A text's line height over its font size. */
  const spacing = (node: Element) => parseFloat(getComputedStyle(node).lineHeight) / parseFloat(getComputedStyle(node).fontSize);

  it('nothing sticks out of a 320 px sidebar, and the text keeps its own line spacing', async () => {
    const { aside, els } = await mount('320px');
    const box = aside.getBoundingClientRect();
    for (const el of els) expect(stickingOut(el, box), `${el.localName} sticks out (px)`).to.be.at.most(0.5);
    const [card, calendar, timeline, map] = els;
    const texts: [string, Element][] = [
      ['calendar list title', $(calendar, '.list-title')!],
      ['card date', $(card, '[part~="when"]')!],
      ['timeline block date', $(timeline, '.block-date')!],
      ['map legend', $(map, '[part~="legend"]')!],
    ];
    for (const [what, node] of texts) expect(spacing(node), what).to.be.closeTo(1.5, 0.01);
    // The page's own button, in the card's footer slot: the page's rules style it, and it stays in the card.
    const slotted = card.querySelector('button')!;
    expect(getComputedStyle(slotted).borderTopStyle, 'the page’s button rule reaches its own button').to.equal('none');
    const inCard = $(card, 'article')!.getBoundingClientRect();
    expect(slotted.getBoundingClientRect().right).to.be.at.most(inCard.right);
    // The elements' own buttons keep their box: the page's button rule stops at the shadow root.
    const next = $(calendar, '[part~="next"]')!;
    expect(getComputedStyle(next).borderTopStyle, 'calendar button border').to.equal('solid');
    expect(next.getBoundingClientRect().height, 'calendar button height').to.be.at.least(40);
  });

  it('a wide page gets no horizontal scroll bar, in the calendar’s list view either', async () => {
    await setViewport({ width: 1280, height: 800 });
    const { aside, els } = await mount('auto', { 'iisg-event-calendar': { view: 'list' } });
    expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(document.documentElement.clientWidth);
    const box = aside.getBoundingClientRect();
    for (const el of els) expect(stickingOut(el, box), `${el.localName} sticks out (px)`).to.be.at.most(0.5);
  });

  /** Open each element's popover in turn (from `targets`, a control in it) and check it, then close it. */
  async function eachPopover(els: Lit[], targets: Record<string, string>, sheet: boolean) {
    for (const el of els.filter((e) => targets[e.localName])) {
      const target = $(el, targets[el.localName])!;
      target.scrollIntoView({ block: 'start' });
      target.click();
      await waitUntil(() => $(el, '[part~="popover"]')?.checkVisibility({ visibilityProperty: true }), `${el.localName} popover placed`, { timeout: 5000 });
      const popover = $(el, '[part~="popover"]')!;
      await Promise.all(popover.getAnimations().map((a) => a.finished)); // the sheet slides up
      await frames(3);
      expect(popover.classList.contains('sheet'), `${el.localName}: a sheet`).to.equal(sheet);
      expectReachable(el, popover, el.localName);
      popover.querySelector<HTMLElement>('.popover-close')!.click();
      await el.updateComplete;
    }
  }

  /** A popover wholly in the window, no taller than it may be, its title on screen and its close button under a pointer. */
  function expectReachable(el: Lit, popover: HTMLElement, what: string) {
    const box = popover.getBoundingClientRect();
    expect(box.top, `${what}: top`).to.be.at.least(0);
    expect(box.bottom, `${what}: bottom`).to.be.at.most(innerHeight);
    expect(box.height, `${what}: height within its max-height`).to.be.at.most(parseFloat(getComputedStyle(popover).maxHeight) + 0.5);
    expect(popover.querySelector('#popover-title')!.getBoundingClientRect().top, `${what}: title on screen`).to.be.at.least(0);
    const close = popover.querySelector<HTMLElement>('.popover-close')!;
    const at = close.getBoundingClientRect();
    expect(at.top, `${what}: close button on screen`).to.be.at.least(0);
    expect(el.shadowRoot!.elementFromPoint(at.left + at.width / 2, at.top + at.height / 2)?.closest('.popover-close'), `${what}: close button under the pointer`).to.equal(close);
    expect(spacing(popover.querySelector('.details-when, .details dd, p')!), `${what}: line spacing`).to.be.closeTo(1.5, 0.01);
  }

  it('an open popover fits in the window, its title and close button on screen (1280 px)', async () => {
    await setViewport({ width: 1280, height: 800 });
    const { els } = await mount('auto');
    await eachPopover(els, { 'iisg-event-calendar': '.bar', 'iisg-event-timeline': '[part~="event"]', 'iisg-network-map': '[part~="marker"]' }, false);
  });

  it('a popover’s sheet fits in the window under a 320 px sidebar', async () => {
    await setViewport({ width: 800, height: 800 });
    const { els } = await mount('320px');
    await eachPopover(els, { 'iisg-event-calendar': '.list-item', 'iisg-event-timeline': '[part~="event"]', 'iisg-network-map': '[part~="marker"]' }, true);
  });
});

describe('host pages: right to left', () => {
  it('renders every element on a dir="rtl" page without sticking out of 900 px', async () => {
    const container = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="width: 900px"></div>`);
    const els = fourElements({ lang: 'en' });
    container.append(...els);
    await Promise.all(els.map((el) => settled(el)));
    for (const el of els) {
      expect($(el, CONTENT[el.localName]), el.localName).to.not.equal(null);
      expect(getComputedStyle(el).direction, el.localName).to.equal('rtl');
      expect(el.scrollWidth, `${el.localName} width`).to.be.at.most(900);
    }
  });

  it('calendar: the week runs right to left, and the arrow keys follow the screen', async () => {
    const container = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 900px"></div>`);
    const calendar = Object.assign(document.createElement('iisg-event-calendar'), { lang: 'en', feed, date: '2019-04-23' }) as IisgEventCalendar;
    container.append(calendar);
    await settled(calendar);
    const cell = (label: string) => $$(calendar, '[role="gridcell"]').find((c) => c.getAttribute('aria-label')!.startsWith(label))!;
    const [tue, wed] = [cell('Tuesday, 23 April 2019'), cell('Wednesday, 24 April 2019')];
    expect(wed.getBoundingClientRect().left, 'Wednesday left of Tuesday').to.be.below(tue.getBoundingClientRect().left);
    tue.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await calendar.updateComplete;
    expect(focused(calendar)!.getAttribute('aria-label')).to.match(/^Wednesday, 24 April 2019/);
  });

  it('timeline: ArrowRight moves to the block on the right of the screen', async () => {
    const container = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 900px"></div>`);
    const timeline = Object.assign(document.createElement('iisg-event-timeline'), { lang: 'en', feed }) as IisgEventTimeline;
    container.append(timeline);
    await settled(timeline);
    const tirana = $$(timeline, '[part~="row"]').find((r) => r.textContent!.includes('Tirana'))!;
    const blocks = [...tirana.querySelectorAll<HTMLElement>('[part~="event"]')];
    const middle = blocks[1];
    middle.focus();
    await sendKeys({ press: 'ArrowRight' });
    await timeline.updateComplete;
    expect(focused(timeline)!.getBoundingClientRect().left).to.be.greaterThan(middle.getBoundingClientRect().left);
  });

  it('network map: arrow keys still go by geography (east is right) on an RTL page', async () => {
    const container = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 900px"></div>`);
    const map = Object.assign(document.createElement('iisg-network-map'), { lang: 'en', feed }) as IisgNetworkMap;
    container.append(map);
    await settled(map);
    const first = $(map, '[part~="marker"][tabindex="0"]')!;
    first.focus();
    await sendKeys({ press: 'ArrowRight' });
    await map.updateComplete;
    await frames(2);
    const next = focused(map)!;
    expect(next, 'focus moved').to.not.equal(first);
    expect(next.getBoundingClientRect().left).to.be.at.least(first.getBoundingClientRect().left);
  });
});
