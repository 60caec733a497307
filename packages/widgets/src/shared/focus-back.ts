/** The element that has focus, inside shadow roots too. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * After `press` closed a popover or a menu from outside it, focus goes back to `target` when the press left
 * it nowhere (on the page's background or on plain text: the body), as after Esc; a press on something that
 * takes focus keeps it. A mouse moves focus at pointerdown, before a timer set then; a finger or a pen at the
 * click the browser makes once it lifts, or not at all when the touch became a scroll (pointercancel), so
 * focus is looked at then (and after a second at the latest).
 */
export function focusBackAfter(press: PointerEvent, target: HTMLElement | undefined) {
  const back = () => {
    const active = deepActiveElement();
    if ((!active || active === document.body) && target?.isConnected) target.focus({ preventScroll: true });
  };
  if (press.pointerType === 'mouse') return void setTimeout(back);
  const done = new AbortController();
  const then = () => {
    if (done.signal.aborted) return;
    done.abort();
    setTimeout(back);
  };
  document.addEventListener('click', then, { capture: true, signal: done.signal });
  document.addEventListener('pointercancel', then, { capture: true, signal: done.signal });
  setTimeout(then, 1000);
}
