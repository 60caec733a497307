import { adoptStyles, html, nothing, supportsAdoptingStyleSheets, type CSSResult, type LitElement } from 'lit';
import { AddToCalendarMenu } from './add-to-calendar.js';
import { addToCalendarStyles } from './add-to-calendar.styles.js';
import { eventDetails, type DetailsOptions } from './event-details.js';
import { PopoverController } from './popover-controller.js';
import { popoverStyles } from './popover.styles.js';

/** Renders an event's details with the host's add-to-calendar menu at the end. */
export type PopoverDetails = (options: Omit<DetailsOptions, 'actions'>) => unknown;

/** What `LazyPopover` loads on the first open: the popover, the menu and their styles, for one host. */
export interface EventPopover<T> {
  controller: PopoverController<T>;
  /** The dialog with its close button around `body`; nothing while closed. */
  render(closeLabel: string, body: (content: T, details: PopoverDetails) => unknown): unknown;
}

export function eventPopover<T>(host: LitElement, element: () => HTMLElement | null | undefined, stylesBefore: CSSResult): EventPopover<T> {
  adoptStylesBefore(host, [popoverStyles, addToCalendarStyles], stylesBefore);
  const controller = new PopoverController<T>(host, element);
  const menu = new AddToCalendarMenu(host);
  const details: PopoverDetails = (options) => eventDetails({ ...options, actions: menu.render(options.feed, options.event, options.locale, options.lang) });
  return {
    controller,
    render(closeLabel, body) {
      const content = controller.content;
      if (content === undefined) return nothing;
      return html`
        <div class="popover ${controller.sheet ? 'sheet' : ''}" part="popover" role="dialog" aria-labelledby="popover-title">
          <button type="button" class="popover-close" part="button close" aria-label=${closeLabel} @click=${() => controller.close()}>
            <span aria-hidden="true">×</span>
          </button>
          ${body(content, details)}
        </div>
      `;
    },
  };
}

/**
 * Add styles to a rendered element's shadow root where its static `styles` would have put them: just
 * before `before`, so the element's own rules still come last. Constructed stylesheets, as Lit's own, pass
 * `style-src 'self'`; a browser without them gets `<style>` elements, as Lit gives it for every style.
 */
function adoptStylesBefore(host: LitElement, styles: CSSResult[], before: CSSResult) {
  const root = host.renderRoot as ShadowRoot;
  if (!supportsAdoptingStyleSheets) return adoptStyles(root, styles);
  const sheets = root.adoptedStyleSheets;
  const added = styles.map((s) => s.styleSheet!).filter((s) => !sheets.includes(s));
  const at = sheets.indexOf(before.styleSheet!);
  root.adoptedStyleSheets = at < 0 ? [...sheets, ...added] : [...sheets.slice(0, at), ...added, ...sheets.slice(at)];
}
