import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

const loadFloatingUi = () => import('@floating-ui/dom');
/** Pixels between a tooltip and its anchor; the stylesheet's bridge spans them (.tooltip::before). */
const GAP = 8;

/**
 * Whether the visitor's last pointer was a finger: a tap opens a marker's popover, and a tooltip on the tap,
 * or on the marker that gets focus back when the sheet closes, would only cover the map. Read on the whole
 * page, in the capture phase: a key pressed outside the map (Tab into it) counts, and the markers' own key
 * handling stops the arrow keys before they would bubble.
 */
let touching = false;
let listening = false;
/**
 * Where the pointer last moved, and whether a key was pressed since: a marker that a zoom by key moves under
 * a resting pointer gets a pointerenter in Firefox, which is not the visitor's hover (see `hover`).
 */
let pointerAt = '';
let keyed = false;
function listenForInput() {
  if (listening) return;
  listening = true;
  for (const type of ['pointerover', 'pointerdown', 'keydown']) document.addEventListener(type, (e) => (touching = (e as PointerEvent).pointerType === 'touch'), true);
  document.addEventListener('keydown', () => (keyed = true), true);
  document.addEventListener('pointermove', (e) => ((pointerAt = `${e.clientX},${e.clientY}`), (keyed = false)), true);
}

/**
 * A tooltip next to a marker on hover and focus: placed with floating-ui (loaded with the first tooltip,
 * as the popover does), kept while the pointer moves onto it, and closed by Esc (WCAG 1.4.13). Not after a
 * touch (see `touching`).
 */
export class TooltipController<T> implements ReactiveController {
  /** What the tooltip shows; undefined when hidden. */
  content?: T;
  private anchor?: Element;
  private hideTimer?: number;
  private stopAutoUpdate?: () => void;
  /** Whether the host is rendering: from before its render until its DOM is committed. */
  private rendering = false;

  constructor(
    private readonly host: Host,
    /** The tooltip element in the host's shadow root, once rendered. */
    private readonly element: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
    listenForInput();
  }

  hostDisconnected() {
    this.detach();
  }

  hostUpdate() {
    this.rendering = true;
  }

  hostUpdated() {
    // The render removed the anchor (another network, the list view) while it had focus: Chromium's blur
    // hid the tooltip during the render, Firefox fires none. Hidden now all the same, removed at the next.
    if (this.anchor && !this.anchor.isConnected) this.hide();
    this.rendering = false;
  }

  /**
   * The pointer entered `anchor`: its tooltip, unless the pointer has not moved since a key was pressed (the
   * map moved under it, and the tooltip of the marker with keyboard focus stays).
   */
  hover(content: T, anchor: Element, event: PointerEvent) {
    if (!keyed || pointerAt !== `${event.clientX},${event.clientY}`) void this.show(content, anchor);
  }

  async show(content: T, anchor: Element) {
    if (touching) return;
    window.clearTimeout(this.hideTimer);
    if (this.anchor === anchor && this.content !== undefined) return;
    this.detach();
    this.content = content;
    this.anchor = anchor;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const tooltip = this.element();
    if (!tooltip) return;
    document.addEventListener('keydown', this.onKeydown, true);
    const ui = await loadFloatingUi();
    if (this.anchor !== anchor || !tooltip.isConnected) return;
    const place = async () => {
      const { x, y, placement } = await ui.computePosition(anchor, tooltip, {
        strategy: 'fixed',
        placement: 'top',
        middleware: [ui.offset(GAP), ui.flip({ padding: 8 }), ui.shift({ padding: 8 })],
      });
      // Which side of its anchor it is on, for the bridge over the gap (network-map.styles.ts).
      tooltip.dataset.side = placement.split('-')[0];
      Object.assign(tooltip.style, { left: `${x}px`, top: `${y}px`, visibility: 'visible' });
    };
    await place();
    this.stopAutoUpdate = ui.autoUpdate(anchor, tooltip, place);
  }

  /** Hide after a moment, so the pointer can move from the marker onto the tooltip. */
  hideSoon() {
    window.clearTimeout(this.hideTimer);
    this.hideTimer = window.setTimeout(() => this.hide(), 200);
  }

  /** Keep it (the pointer is over the tooltip). */
  keep() {
    window.clearTimeout(this.hideTimer);
  }

  hide() {
    window.clearTimeout(this.hideTimer);
    if (this.content === undefined) return;
    this.detach();
    this.content = undefined;
    this.anchor = undefined;
    // Hidden while the host renders: the render is removing the focused anchor, whose blur lands here.
    // Asking for another render then would draw everything twice (Lit's change-in-update): hide the
    // tooltip now, and leave its removal to the next render.
    if (!this.rendering) this.host.requestUpdate();
    else {
      const tooltip = this.element();
      if (tooltip) tooltip.style.visibility = 'hidden';
    }
  }

  private detach() {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    document.removeEventListener('keydown', this.onKeydown, true);
  }

  private onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Esc closes the tooltip first; a second Esc reaches the popover.
    event.stopPropagation();
    this.hide();
  };
}
