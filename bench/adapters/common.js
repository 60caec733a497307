// Shared by every adapter: the container, a forced layout, and the window API the bench drives.
//   window.benchRender(events, cap) -> Promise resolved once the month is rendered and laid out
//   window.benchNext()             -> Promise resolved once the next month is rendered and laid out
//   window.benchCheck()            -> what is on screen (heading, bars, "+N more"), to check like for like
//   window.benchDomSize()          -> elements in the container, shadow roots included

export const root = () => document.getElementById('root');

/** Forces style and layout now (a synchronous reflow), so a timer read after it includes layout. */
export function forceLayout() {
  return root().getBoundingClientRect().height + document.body.offsetHeight;
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
  window.benchDomSize = () => countElements(root());
  window.benchReady = true;
  document.dispatchEvent(new Event('bench-ready'));
}
