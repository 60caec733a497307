import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deepActiveElement, focusBackAfter } from './focus-back.js';
import { widthBox } from './width-probe.js';

type Host = ReactiveControllerHost & HTMLElement;
type FloatingUi = typeof import('@floating-ui/dom');
/** Once loaded, used without awaiting `import()` again: a popover moved while open is placed before the next frame. */
let floatingUi: FloatingUi | undefined;
const loadFloatingUi = async () => (floatingUi ??= await import('@floating-ui/dom'));

/**
 * One popover at a time for an element: positioned next to its anchor with floating-ui (flips and
 * shifts to stay in the viewport), or shown as a bottom sheet when the element is narrow. Esc and a
 * click outside close it, and focus goes back to where it was. floating-ui loads with the first
 * popover, so a page that never opens one does not pay for it.
 */
export class PopoverController<T> implements ReactiveController {
  /** What the popover shows; undefined when closed. */
  content?: T;
  /** True when shown as a sheet (narrow containers). */
  sheet = false;
  private anchor?: HTMLElement;
  private returnFocus?: HTMLElement;
  private stopPlacing?: () => void;
  /** Counts opens: one that a later open (another content, or the same moved) overtook while it waited stops. */
  private opens = 0;

  constructor(
    private readonly host: Host,
    /** The popover element in the host's shadow root, once rendered. */
    private readonly element: () => HTMLElement | null | undefined,
    private readonly sheetBelow = 480,
  ) {
    host.addController(this);
  }

  get isOpen() {
    return this.content !== undefined;
  }

  hostDisconnected() {
    this.detach();
  }

  /**
   * Show `content`. `returnFocus` is where focus goes when it closes; an anchor that cannot take focus
   * (an event bar) should name the element that stands for it. `keepPlace` replaces what an open popover
   * shows (a back-to-back neighbour chosen inside it) without moving it or where focus returns. The open
   * `content` given again moves the popover to a new anchor (the element's view redrawn under it), as a
   * sheet or not as its width now says, and focus inside it stays where it is.
   */
  async open(content: T, anchor: HTMLElement, returnFocus: HTMLElement = anchor, keepPlace = false) {
    if (keepPlace && this.isOpen && this.anchor?.isConnected) {
      anchor = this.anchor;
      returnFocus = this.returnFocus ?? returnFocus;
    }
    const same = content === this.content;
    const sheet = () => this.host.getBoundingClientRect().width < this.sheetBelow;
    if (same && !floatingUi && !sheet()) {
      // Moved from a sheet to a popover: the sheet stays (and focus in it) while floating-ui loads, not hidden
      // until placed (a hidden element loses focus). Closed meanwhile, it stays closed; offline, it stays a sheet.
      try {
        await loadFloatingUi();
      } catch {
        // Where it moved: Esc returns focus to an element still there.
        this.anchor = anchor;
        this.returnFocus = returnFocus;
        return;
      }
      if (content !== this.content) return;
    }
    const call = ++this.opens;
    const activeAtOpen = deepActiveElement();
    this.detach();
    this.content = content;
    this.anchor = anchor;
    this.returnFocus = returnFocus;
    this.sheet = sheet();
    this.host.requestUpdate();
    // From now, not once it is placed: a click elsewhere, Esc or Tab while it is drawn and placed (hidden
    // until then, floating-ui perhaps loading) closes it, or it would appear over what the visitor turned to.
    // Bubble phase for keys: a menu inside the popover handles its own Esc first. Removed, closed or opened
    // again meanwhile, they go: hostDisconnected, close and open detach them.
    document.addEventListener('keydown', this.onKeydown);
    document.addEventListener('pointerdown', this.onPointerDown, true);
    this.host.addEventListener('focusout', this.onFocusOut);
    this.host.shadowRoot?.addEventListener('focusout', this.onShadowFocusOut as EventListener);
    await this.host.updateComplete;
    // Removed, closed, or another popover asked for, meanwhile.
    if (!this.host.isConnected || call !== this.opens || !this.isOpen) return;
    const popover = this.element();
    if (!popover) return;
    if (this.sheet) {
      // Not the height a popover's placing gave it, when it was one before the element narrowed.
      popover.style.maxHeight = '';
      // The sheet spans the element, not the window (in a desktop sidebar its lines stay short), and
      // follows it when it changes size (a phone turned, a window resized).
      // Its top edge just under what it was opened from, not through it (or through the next meeting's
      // text): as tall as the room below it, from half the window (and 240 px, in a short one) to nine tenths of it.
      const height = () => Math.min(Math.max(innerHeight - anchor.getBoundingClientRect().bottom - 4, innerHeight / 2, 240), innerHeight * 0.9);
      const place = () => {
        const box = this.host.getBoundingClientRect();
        const left = Math.max(0, box.left);
        popover.style.setProperty('--sheet-left', `${left}px`);
        popover.style.setProperty('--sheet-width', `${Math.min(box.right, document.documentElement.clientWidth) - left}px`);
        popover.style.setProperty('--sheet-height', `${height()}px`);
      };
      // At least half the window tall, it would cover what it was opened from when that is low in the window
      // (a tapped list item): the page scrolls that up to just above the sheet, where it can.
      const tall = height();
      if (anchor.getBoundingClientRect().bottom + 4 > innerHeight - tall) {
        anchor.style.scrollMarginBottom = `${tall + 4}px`;
        anchor.scrollIntoView({ block: 'nearest' });
        anchor.style.scrollMarginBottom = '';
      }
      place();
      // Its size (a container query, a phone turned) and its place (a window resized moves a sidebar): the
      // width of the host's `.width-probe` (theme.styles.ts), not the host, whose height changes with each render.
      const observer = new ResizeObserver(place);
      observer.observe(widthBox(this.host));
      window.addEventListener('resize', place);
      this.stopPlacing = () => {
        observer.disconnect();
        window.removeEventListener('resize', place);
      };
    } else {
      // Hidden until placed: a frame drawn meanwhile would take focus from inside it.
      const ui = floatingUi ?? (await loadFloatingUi());
      if (call !== this.opens || !this.isOpen || !popover.isConnected) return;
      await this.position(ui, anchor, popover);
      // Closed or opened again while it was placed: the listeners below belong to that call.
      if (call !== this.opens || !this.isOpen) return;
      this.stopPlacing = ui.autoUpdate(anchor, popover, () => this.position(ui, anchor, popover));
    }
    // Scrolled, its text passes under a band that holds the close button (popover.styles.ts), not under the button alone.
    const scrolled = () => popover.toggleAttribute('data-scrolled', popover.scrollTop > 0);
    scrolled();
    popover.addEventListener('scroll', scrolled, { passive: true });
    const stopPlacing = this.stopPlacing;
    this.stopPlacing = () => {
      stopPlacing?.();
      popover.removeEventListener('scroll', scrolled);
    };
    // Focus moves in, unless it moved elsewhere while this popover loaded (another element's popover
    // opened meanwhile): taking it back would close that one.
    const active = deepActiveElement();
    // Moved, not opened: focus stays on what it was on inside it.
    if (same && popover.contains(active)) return;
    if (active === activeAtOpen || active === document.body || (active && (this.host.contains(active) || this.host.shadowRoot?.contains(active)))) {
      // An item marked to take it (back in a day's list, at the event left), else the heading, which comes first.
      (popover.querySelector<HTMLElement>('[autofocus]') ?? popover.querySelector<HTMLElement>('h2, h3, [role="heading"]'))?.focus();
    }
  }

  /** For the popover's close button: a click made by a key (Enter, Space: no `detail`) closes as Esc does. */
  readonly closeButtonClick = (event: MouseEvent) => this.close(true, !event.detail);

  /** `byKey`: closed by a key (Esc, Enter on the close button), so focus goes back with its ring, which Firefox leaves off after a render. */
  close(restoreFocus = true, byKey = false) {
    if (!this.isOpen) return;
    const target = this.returnFocus;
    this.detach();
    this.content = undefined;
    this.host.requestUpdate();
    if (restoreFocus && target?.isConnected) this.host.updateComplete.then(() => target.focus(byKey ? { focusVisible: true } : undefined));
  }

  private async position(ui: FloatingUi, anchor: HTMLElement, popover: HTMLElement) {
    const { offset, flip, shift, size } = ui;
    const { x, y } = await ui.computePosition(anchor, popover, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip({ padding: 8 }),
        // Up or down too, over what it was opened from, where neither side has room for it (a window 256 px
        // tall, a 1024×768 screen zoomed to 400%): inside the window, it scrolls in itself (WCAG 1.4.10).
        shift({ padding: 8, crossAxis: true }),
        size({
          padding: 8,
          apply({ availableHeight }) {
            popover.style.maxHeight = `${Math.max(Math.min(160, innerHeight - 16), availableHeight)}px`;
          },
        }),
      ],
    });
    // Hidden (by the stylesheet) until placed, so it never flashes at the page's corner.
    Object.assign(popover.style, { left: `${x}px`, top: `${y}px`, visibility: 'visible' });
  }

  private detach() {
    this.stopPlacing?.();
    this.stopPlacing = undefined;
    document.removeEventListener('keydown', this.onKeydown);
    document.removeEventListener('pointerdown', this.onPointerDown, true);
    this.host.removeEventListener('focusout', this.onFocusOut);
    this.host.shadowRoot?.removeEventListener('focusout', this.onShadowFocusOut as EventListener);
  }

  private onKeydown = (event: KeyboardEvent) => {
    // Only keys pressed in this element (its popover included): Esc elsewhere on the page is not ours,
    // and must not pull focus back here.
    if (!event.composedPath().includes(this.host)) return;
    // Tab by its code too: WebKitGTK (GNOME Web) gives Shift+Tab the key "Unidentified" (X's ISO_Left_Tab).
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.close(true, true);
    } else if (event.key === 'Tab' || event.code === 'Tab') this.tabOut(event);
  };

  /**
   * Tab past the popover's last control (Shift+Tab before its first): it closes, and focus goes on from
   * where it was opened, as after a disclosure (WAI-ARIA APG), not from wherever the popover sits in the
   * element (a map's popover comes last: Tab from it went on past the rest of the map, or back to the top).
   */
  private tabOut(event: KeyboardEvent) {
    const popover = this.element();
    const active = this.host.shadowRoot?.activeElement;
    const target = this.returnFocus;
    if (!popover || !active || !popover.contains(active) || !target?.isConnected) return;
    const ahead = event.shiftKey ? Node.DOCUMENT_POSITION_PRECEDING : Node.DOCUMENT_POSITION_FOLLOWING;
    const stops = popover.querySelectorAll('a[href], button:not([tabindex="-1"]), input, select, textarea, [tabindex="0"]');
    if ([...stops].some((stop) => active.compareDocumentPosition(stop) & ahead)) return;
    this.close(false);
    // Shift+Tab: back to it. Tab: the browser moves on from what has focus, so from it to what follows.
    if (event.shiftKey) event.preventDefault();
    target.focus();
  }

  /** Focus moved on to something outside this element (Tab past the popover's last control): close. */
  private onFocusOut = (event: FocusEvent) => {
    const to = event.relatedTarget as Node | null;
    if (to && to !== this.host && !this.host.contains(to) && !this.host.shadowRoot?.contains(to)) this.close(false);
  };

  /**
   * Focus moved from the popover to the rest of the element (Shift+Tab back to the grid or the list):
   * close, so the popover never covers what has focus now (WCAG 2.4.11; a sheet covers most of a narrow
   * calendar). Focus moves inside one shadow root reach only its own listeners, hence a second one.
   */
  private onShadowFocusOut = (event: FocusEvent) => {
    const to = event.relatedTarget as Node | null;
    const popover = this.element();
    if (to && popover?.contains(event.target as Node) && !popover.contains(to)) this.close(false);
  };

  private onPointerDown = (event: PointerEvent) => {
    const path = event.composedPath();
    const popover = this.element();
    if (popover && path.includes(popover)) return;
    // A click on the anchor toggles through the host's own handler.
    if (this.anchor && path.includes(this.anchor)) return;
    const target = this.returnFocus;
    this.close(false);
    focusBackAfter(event, target);
  };
}
