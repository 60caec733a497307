/** What the hardening tests share: reaching into shadow roots, waiting for a feed, a quiet console. */
import { waitUntil } from '@open-wc/testing';

export const $ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

export const TAGS = ['iisg-event-card', 'iisg-event-calendar', 'iisg-event-timeline', 'iisg-network-map'] as const;
export type Tag = (typeof TAGS)[number];

/** Every element under `root`, through every open shadow root, the roots' hosts included. */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (root instanceof Element) {
    out.push(root);
    if (root.shadowRoot) visit(root.shadowRoot);
  }
  visit(root);
  return out;
}

/** Attributes through which a value becomes something to follow, load or run. */
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'background', 'ping', 'srcdoc'];

/** Every URL-valued attribute under `root`, deep: `[element, attribute, value]`. */
export function urlAttributes(root: ParentNode): [Element, string, string][] {
  const out: [Element, string, string][] = [];
  for (const el of deepElements(root)) {
    for (const name of URL_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value !== null) out.push([el, name, value]);
    }
  }
  return out;
}

/** A link a visitor may follow: http(s) or mailto, after the browser's own parsing. */
export function isSafeLink(value: string): boolean {
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(value, document.baseURI).protocol);
  } catch {
    return false;
  }
}

/**
 * Wait for an element's feed to be ready or failed, then for its render. Not only no loading message: a
 * calendar draws its frame before the feed is read, its body busy (`aria-busy`), and says "Loading" only if
 * that takes a while; and before the feed is read, it may hold only its width probe (on a busy machine, this
 * returned on that).
 */
export async function settled(el: HTMLElement & { updateComplete: Promise<unknown> }, timeout = 5000) {
  await waitUntil(
    () => el.shadowRoot && !el.shadowRoot.querySelector('[part~="loading"], [aria-busy="true"]') && [...el.shadowRoot.children].some((child) => !child.matches('.width-probe, style')),
    `${el.localName} rendered`,
    { timeout },
  );
  await el.updateComplete;
  await frames(2);
  await el.updateComplete;
}

export function frames(n = 1): Promise<void> {
  return new Promise((resolve) => {
    const step = () => (--n <= 0 ? resolve() : requestAnimationFrame(step));
    requestAnimationFrame(step);
  });
}

/** Take over console.error/warn/group while `run` runs (the problem reports of big broken feeds), and return what was said. */
export async function quietConsole<T>(run: () => Promise<T>): Promise<{ result: T; said: string[] }> {
  const said: string[] = [];
  const saved = { error: console.error, warn: console.warn, info: console.info, groupCollapsed: console.groupCollapsed, groupEnd: console.groupEnd };
  const record = (...args: unknown[]) => void said.push(args.map(String).join(' '));
  Object.assign(console, { error: record, warn: record, info: record, groupCollapsed: record, groupEnd: () => {} });
  try {
    return { result: await run(), said };
  } finally {
    Object.assign(console, saved);
  }
}

/** Times of a thing done `n` times, as a small summary for the report: median and worst in ms. */
export function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: Math.round(sorted[Math.floor(sorted.length / 2)]), max: Math.round(sorted[sorted.length - 1]) };
}

/** A number for the report, in the test run's output: `[measure] 30 MB feed shown: 2100 ms`. */
export function measure(what: string, value: number | string, unit = 'ms') {
  console.log(`[measure] ${what}: ${typeof value === 'number' ? Math.round(value) : value} ${unit}`.trim());
}
