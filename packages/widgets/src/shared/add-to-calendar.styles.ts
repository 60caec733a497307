import { css } from 'lit';

/** The add-to-calendar menu button and its menu, in the card and in the event popover. */
export const addToCalendarStyles = css`
  .add-to-calendar {
    position: relative;
    justify-self: start;
  }

  .menu-button {
    min-height: 2.5em;
    padding: 0.25em 0.75em;
    font: inherit;
    color: var(--_accent);
    background: var(--_surface);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .menu {
    position: absolute;
    z-index: 10;
    inset-inline-start: 0;
    top: calc(100% + 4px);
    min-width: 14em;
    margin: 0;
    padding: 0.25em;
    list-style: none;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 6px 20px rgb(0 0 0 / 0.18);
  }

  .menu[hidden] {
    display: none;
  }

  .menu [role='menuitem'] {
    display: block;
    width: 100%;
    padding: 0.5em 0.75em;
    font: inherit;
    text-align: start;
    text-decoration: none;
    color: var(--_text);
    background: none;
    border: 0;
    border-radius: calc(var(--_radius) * 0.5);
    cursor: pointer;
  }

  .menu [role='menuitem']:hover,
  .menu [role='menuitem']:focus-visible {
    background: var(--_surface-alt);
  }


  /* Inside a popover (which scrolls) an absolutely placed menu was cut off at its bottom edge: there it
     opens in the flow, below its button. */
  .popover .menu {
    position: static;
    margin-top: 0.25em;
  }

  /* A menu of downloads and links cannot be used on paper. */
  @media print {
    .add-to-calendar {
      display: none;
    }
  }
`;
