// An open event popover while the calendar's container crosses its narrow width: see calendar-popover-resize.test.ts.
// Its own file: the list view's code must still be loading when the popover is closed mid-move (a module,
// once loaded, stays for every later test of a file).
import { expect, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import { focused } from './helpers.js';
import { inBox, popover, inPopover, bar, item, grid, list } from './popover-resize-helpers.js';

describe('<iisg-event-calendar> popover across the narrow width, the list’s code loading', () => {
  it('closed while it moves, gives focus to the day in the new view, not the page, and throws nothing', async () => {
    const errors: unknown[] = [];
    const onError = (e: PromiseRejectionEvent) => errors.push(e.reason);
    window.addEventListener('unhandledrejection', onError);
    try {
      const { box, el } = await inBox(900);
      bar(el, 'Event a')!.click();
      await waitUntil(() => inPopover(el), 'popover open', { timeout: 5000 });
      // Once the grid is gone, while the list's code loads and before the popover has moved: seen in the microtask
      // after the render that removes it (a timer polling every millisecond came too late on a busy machine, after
      // the list's code had loaded and drawn the list).
      const gridGone = new Promise<void>((resolve) => {
        const watch = new MutationObserver(() => !grid(el) && (watch.disconnect(), resolve()));
        watch.observe(el.shadowRoot!, { childList: true, subtree: true });
      });
      box.style.width = '400px';
      await gridGone;
      expect(list(el), 'the list not drawn yet').to.equal(null);
      el.eventPopover.close();
      await waitUntil(() => list(el), 'the list', { timeout: 5000 });
      await waitUntil(() => focused(el) === item(el, 'Event a'), `focus on the event in the list, not ${focused(el)?.outerHTML.slice(0, 80) ?? document.activeElement?.localName}`, { timeout: 5000 });
      expect(popover(el)).to.equal(null);
      await new Promise((r) => setTimeout(r, 100));
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onError);
    }
  });
});
