// Shared by every adapter: the container, a forced layout, and the window API the bench drives.
//   window.benchRender(events, cap) -> Promise resolved once the month is rendered and laid out, with the
//                                      performance.now() at which it was (see laidOut)
//   window.benchNext()             -> the same for the next month
//   window.benchCheck()            -> what is on screen (heading, bars, "+N more"), to check like for like
//   window.benchDomSize()          -> elements in the box, shadow roots included

export const root = () => document.getElementById('root');

/** Forces style and layout now (a synchronous reflow), so a timer read after it includes layout. */
export function forceLayout() {
  return root().getBoundingClientRect().height + document.body.offsetHeight;
}

const box = () => document.getElementById('box');
const frameEnd = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const WATCH = { subtree: true, childList: true, attributes: true, characterData: true };

/**
 * Call when the library says it is done (returned, or its own callback): forces a layout, then watches the
 * box (shadow roots too) until two frames pass without a DOM change. A change after the library said it
 * was done (a library that finishes in a ResizeObserver callback or a later task) is laid out when it
 * comes and moves the end. Resolves with the performance.now() of the last layout.
 */
export async function laidOut() {
  forceLayout();
  let end = performance.now();
  let changed = false;
  let late = 0;
  const observer = new MutationObserver(() => {
    forceLayout();
    end = performance.now();
    changed = true;
    late++;
  });
  const watch = (scope) => {
    observer.observe(scope, WATCH);
    for (const el of scope.querySelectorAll('*')) if (el.shadowRoot) watch(el.shadowRoot);
  };
  watch(box());
  const deadline = end + 10_000;
  for (let quiet = 0; quiet < 2 && performance.now() < deadline; ) {
    changed = false;
    await frameEnd();
    quiet = changed ? 0 : quiet + 1;
  }
  observer.disconnect();
  window.benchLate = late; // DOM changes after the library said it was done (for the report)
  return end;
}

/** Elements under `node`, descending into open shadow roots. */
export function countElements(node) {
  let n = 0;
  const walk = (scope) => {
    for (const el of scope.querySelectorAll('*')) {
      n++;
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(node);
  return n;
}

/** The number in "+12 more" (0 when there is none). */
export function moreCount(el) {
  const m = /\d+/.exec(el.textContent ?? '');
  return m ? Number(m[0]) : 0;
}

/** Checked visible: an element that is rendered and not hidden. */
export function isShown(el) {
  if (!el.isConnected) return false;
  const style = getComputedStyle(el);
  if (style.visibility === 'hidden' || style.display === 'none') return false;
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

/**
 * @param {{ render(events: object[], cap: number): Promise<void>, next(): Promise<void>,
 *           check(): { heading: string, bars: number, moreLinks: number, moreTotal: number } }} adapter
 */
export function expose(name, adapter) {
  window.benchName = name;
  window.benchRender = (events, cap) => adapter.render(events, cap);
  window.benchNext = () => adapter.next();
  window.benchCheck = () => adapter.check();
  window.benchDomSize = () => countElements(box());
  window.benchReady = true;
  document.dispatchEvent(new Event('bench-ready'));
}
