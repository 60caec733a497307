import { nothing, type CSSResult, type LitElement } from 'lit';
import type { EventPopover, PopoverDetails } from './event-popover.js';

export type { PopoverDetails };

/**
 * The event popover of the calendar and the timeline, loaded on demand: `PopoverController`, the event
 * details, the add-to-calendar menu and their styles arrive with the first popover a visitor opens (with
 * floating-ui, which `PopoverController` loads), so a page where nobody opens one never loads them. The
 * styles are adopted into the host's shadow root just before `stylesBefore` (the element's own styles).
 * The controllers it loads register with the host themselves.
 */
export class LazyPopover<T> {
  private popover?: EventPopover<T>;
  private loading?: Promise<EventPopover<T> | undefined>;
  /** Counts opens and closes: a popover closed or replaced while its code loads stays so. */
  private latest = 0;

  constructor(
    private readonly host: LitElement,
    /** The popover element in the host's shadow root, once rendered. */
    private readonly element: () => HTMLElement | null | undefined,
    private readonly stylesBefore: CSSResult,
    /** Loads the popover's module (a test passes one it can hold back). */
    private readonly loadModule: () => Promise<typeof import('./event-popover.js')> = () => import('./event-popover.js'),
  ) {}

  /** What the popover shows; undefined when closed. */
  get content(): T | undefined {
    return this.popover?.controller.content;
  }

  get isOpen() {
    return this.popover?.controller.isOpen ?? false;
  }

  /**
   * See PopoverController.open. Until the popover's code has arrived (the first open, on a slow network), a
   * press outside `anchor`, Esc, or focus leaving the element (Tab past its last control) means the visitor
   * moved on, as they would close an open popover: it does not open late over what they turned to.
   */
  async open(content: T, anchor: HTMLElement, returnFocus?: HTMLElement, keepPlace = false) {
    const call = ++this.latest;
    let away = false;
    const moved = (event: Event) =>
      (away ||= event instanceof KeyboardEvent ? event.key === 'Escape' : !event.composedPath().includes(event.type === 'focusin' ? this.host : anchor));
    const listening = new AbortController();
    for (const type of ['pointerdown', 'keydown', 'focusin']) document.addEventListener(type, moved, { capture: true, signal: listening.signal });
    const popover = this.popover ?? (await this.load());
    listening.abort();
    if (!popover || away || call !== this.latest || !this.host.isConnected) return;
    await popover.controller.open(content, anchor, returnFocus, keepPlace);
  }

  close(restoreFocus = true) {
    this.latest++;
    this.popover?.controller.close(restoreFocus);
  }

  /** The popover, a dialog with a close button around `body`; nothing while closed. */
  render(closeLabel: string, body: (content: T, details: PopoverDetails) => unknown) {
    return this.popover ? this.popover.render(closeLabel, body) : nothing;
  }

  private load() {
    this.loading ??= this.loadModule().then(
      (module) => (this.popover = module.eventPopover<T>(this.host, this.element, this.stylesBefore)),
      (error) => {
        // Offline, or a deploy removed the chunk: the next click tries again.
        this.loading = undefined;
        console.warn(`${this.host.localName}: the event popover could not be loaded`, error);
        return undefined;
      },
    );
    return this.loading;
  }
}
