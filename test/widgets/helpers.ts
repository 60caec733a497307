// What the widget tests share: queries into an element's shadow root and a calendar that has drawn its feed.
import { aTimeout, fixture, waitUntil, type html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { IisgEventCalendar } from '@iisg/widgets';
import type { IisgNetworkMap } from '@iisg/widgets/network-map/network-map.js';

/**
 * Each test of the describe block this is called in runs as a visitor in `zone` (the browser's own time zone, set
 * over the DevTools protocol: Chromium only) at `now`. In each test's beforeEach, after the root's, which skips
 * the test outside Chromium (CHROMIUM_ONLY); a before hook would run there.
 */
export function visitorIn(zone: string, now: number) {
  const realNow = Date.now;
  beforeEach(async () => {
    await executeServerCommand('time-zone', zone);
    Date.now = () => now;
  });
  afterEach(async () => {
    Date.now = realNow;
    await executeServerCommand('time-zone', '');
  });
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T & HTMLElement>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T & HTMLElement>(selector)];
/** A part's text, spaces collapsed. */
export const text = (el: Element, part: string) => $(el, `[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
/** An element's text as a screen reader gets it: without what is aria-hidden, spaces collapsed. */
export function heard(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}

/**
 * The accessible name Chrome gives `el`, from its accessibility tree: unlike `heard`, with `aria-label`, CSS
 * content (the list's commas) and the space Chrome puts before a positioned box.
 */
export async function accessibleName(el: Element): Promise<string> {
  (window as unknown as { __nameProbe: Element }).__nameProbe = el;
  return (await executeServerCommand<string, undefined>('accessible-name'))!;
}
/** `accessibleName` of each, in turn. */
export async function accessibleNames(els: Element[]): Promise<string[]> {
  const names: string[] = [];
  for (const el of els) names.push(await accessibleName(el));
  return names;
}
export const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

/** A calendar once its events (or a message) are drawn: while the feed loads, the frame has a busy body. */
export async function calendar(template: ReturnType<typeof html>) {
  return drawn(await fixture<IisgEventCalendar>(template));
}

/** `calendar()` for a calendar a test put in the page itself. */
export async function drawn(el: IisgEventCalendar) {
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="body"]:not([aria-busy]), [part~="message"]:not([part~="loading"])'), 'calendar rendered', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** The month grid's cell of a day given as `2019-04-23`. */
export const cell = (el: Element, iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return $(el, `[role="gridcell"][data-day="${Date.UTC(y, m - 1, d) / 86_400_000}"]`)!;
};

/** A slash inside a word and the letter after it (shared/slash-words.ts): a span that is part of its word's text. */
const inWord = (node: Node) => node instanceof Element && node.classList.contains('slash');

/**
 * The `lang` each element whose own text contains `text` is read in (null: the page's), in document order. Its
 * own text: its text nodes, with the `.slash` spans that keep "P/CVE" whole.
 */
export function langsOf(root: Node, text: string): (string | null)[] {
  const found: (string | null)[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    if (inWord(node)) continue;
    const own = [...node.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE || inWord(n)).map((n) => n.textContent).join('');
    if (own.includes(text)) found.push(node instanceof Element ? (node.closest('[lang]')?.getAttribute('lang') ?? null) : null);
  }
  return found;
}

/** What `console[method]` said while `run` ran (and `wait` ms after): each call as one line. */
export async function consoleSaid(method: 'warn' | 'error', run: () => Promise<unknown>, wait = 0): Promise<string[]> {
  const said: string[] = [];
  const original = console[method];
  console[method] = (...args: unknown[]) => said.push(args.map(String).join(' '));
  try {
    await run();
    await aTimeout(wait);
  } finally {
    console[method] = original;
  }
  return said;
}

/** Runs `test` with the page's root font at `size` (a visitor's browser set to large text). */
export async function withRootFont<T>(size: string, test: () => Promise<T>): Promise<T> {
  document.documentElement.style.fontSize = size;
  try {
    return await test();
  } finally {
    document.documentElement.style.fontSize = '';
  }
}

/** A map (or the map inside `template`) once its feed is drawn at the stage's measured size. */
export async function mountMap(template: ReturnType<typeof html>) {
  const wrapper = await fixture<HTMLElement>(template);
  const el = wrapper.matches('iisg-network-map') ? (wrapper as IisgNetworkMap) : wrapper.querySelector<IisgNetworkMap>('iisg-network-map')!;
  await waitUntil(() => el.shadowRoot!.querySelector('.network-map'), 'map rendered', { timeout: 5000 });
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  }
  await el.updateComplete;
  return el;
}
