import { html, nothing, type CSSResult, type LitElement } from 'lit';
import { adoptStylesBefore } from './adopt-styles.js';
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

/**
 * The add-to-calendar menu opens in the popover's flow, under its button: focus on its first item scrolls
 * only that item into sight, and the rest stayed below the popover's edge. The whole menu is brought in.
 */
function revealMenu(event: FocusEvent) {
  (event.target as Element).closest('[role="menu"]')?.scrollIntoView({ block: 'nearest' });
}

/**
 * Esc in a popover that shows a way back (the calendar's event chosen in a day's list: `.popover-back`) goes
 * back, to the list with the event's item focused, as a second popover over the first would close alone.
 * Here, before the controller's Esc on the document (bubble phase), which closes the popover.
 */
function escapeBack(event: KeyboardEvent) {
  const back = (event.currentTarget as Element).querySelector<HTMLElement>('.popover-back');
  if (event.key !== 'Escape' || !back) return;
  event.stopPropagation();
  back.click();
}

export function eventPopover<T>(host: LitElement, element: () => HTMLElement | null | undefined, stylesBefore: CSSResult): EventPopover<T> {
  adoptStylesBefore(host, [popoverStyles, addToCalendarStyles], stylesBefore);
  const controller = new PopoverController<T>(host, element);
  const menu = new AddToCalendarMenu(host);
  // The feed's event as it is now, not as it was when the popover opened: the live feed that replaced a saved
  // copy may have cancelled it (the menu is not offered for a cancelled or postponed event: add-to-calendar.ts).
  const details: PopoverDetails = (options) => {
    const event = options.feed.byId.get(options.event.id) ?? options.event;
    return eventDetails({ ...options, event, actions: menu.render(options.feed, event, options.locale, options.lang) });
  };
  return {
    controller,
    render(closeLabel, body) {
      const content = controller.content;
      if (content === undefined) return nothing;
      // The event's status ("Cancelled") sits above its title, where focus goes: it is said with the name.
      return html`
        <div class="popover ${controller.sheet ? 'sheet' : ''}" part="popover" role="dialog" aria-labelledby="popover-title-status popover-title" @focusin=${revealMenu} @keydown=${escapeBack}>
          <button type="button" class="popover-close" part="button close" aria-label=${closeLabel} @click=${controller.closeButtonClick}>
            <span aria-hidden="true">×</span>
          </button>
          ${body(content, details)}
        </div>
      `;
    },
  };
}
