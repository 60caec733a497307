import { css } from 'lit';

/** The event popover and its sheet form, shared by the calendar and the timeline. */
export const popoverStyles = css`
  .popover {
    position: fixed;
    z-index: 1000;
    inset: auto;
    margin: 0;
    width: min(26em, calc(100vw - 16px));
    overflow: auto;
    /* Scrolled to its end, a swipe stops there: it does not go on to scroll the page behind the sheet. */
    overscroll-behavior: contain;
    /* What takes focus in it scrolls clear of the band that holds the close button (below; WCAG 2.4.11). */
    scroll-padding-block-start: calc(var(--_space) + 3em);
    padding: var(--_space);
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 8px 28px rgb(0 0 0 / 0.22);
    visibility: hidden;
    /* A word longer than the line (a title in a 320 px sidebar at a large text size) breaks rather than
       running out of the popover. */
    overflow-wrap: anywhere;
  }

  /* Under its own calendar or timeline, as wide as it (a sidebar's sheet is not the window's width):
     the controller sets --sheet-left and --sheet-width from the element's box, and --sheet-height from
     the room under what it was opened from. */
  .popover.sheet {
    left: var(--sheet-left, 0) !important;
    right: auto;
    bottom: 0;
    top: auto !important;
    width: var(--sheet-width, 100%);
    max-height: var(--sheet-height, 80vh);
    border-radius: var(--_radius) var(--_radius) 0 0;
    visibility: visible;
    animation: slide-up 0.18s ease-out;
  }

  @keyframes slide-up {
    from {
      transform: translateY(100%);
    }
  }

  /* Logical margins: in a right-to-left page the gap is still between the button and the title.
     float: right first for Chrome and Edge before 118 and Samsung Internet before 25, which drop
     inline-end: without a float the button took a line of its own above the title. */
  .popover-close {
    float: right;
    float: inline-end;
    /* In sight while a long popover or sheet scrolls: closing it must not mean scrolling back up first. */
    position: sticky;
    top: 0;
    z-index: 1;
    /* No negative block-start margin: sticky holds the button at the content's top anyway (Chromium), and a
       day's list, which clears it, started 0.25em under its lower edge. */
    margin-block: 0 0.25em;
    margin-inline: 0.5em -0.25em;
  }

  /* Scrolled (PopoverController sets data-scrolled), the text passes under an opaque band across the top that
     holds the close button, not under the button alone. Of no height in the flow: nothing moves when it shows. */
  .popover[data-scrolled]::before {
    content: '';
    display: block;
    position: sticky;
    top: calc(-1 * var(--_space));
    z-index: 1;
    height: calc(var(--_space) + 3em);
    margin: calc(-1 * var(--_space)) calc(-1 * var(--_space)) -3em;
    background: var(--_surface);
    border-block-end: 1px solid var(--_border);
  }

  /* Brought into sight whole when it opens (event-popover.ts), clear of the popover's bottom edge. */
  .popover [role='menu'] {
    scroll-margin-block-end: var(--_space);
  }

  /* Block flow, not a grid: only the lines beside the close button make room for it (a grid would keep
     its whole height clear of the float, leaving a dead gutter down the popover). */
  .details > * {
    margin-block: 0;
  }

  .details > * + * {
    margin-block-start: 0.4em;
  }

  .details p,
  .details dl,
  .details ul {
    margin-inline: 0;
  }

  .details-title {
    font-size: 1.125em;
    line-height: 1.3;
    margin: 0;
  }

  /* Beside the button as a whole in a right-to-left page: WebKit starts a left-to-right line (an English
     title, unicode-bidi: plaintext) at the box's left edge, under the button floated there. */
  :host(:dir(rtl)) .details-title {
    display: flow-root;
  }

  /* The heading takes focus when the popover opens so that a screen reader starts there; it is not a
     control, and a ring round it reads as one. (Chromium counts focus moved by script after a click as
     :focus-visible, so the ring cannot be kept for keyboard users alone; the popover itself shows where
     focus went.) */
  .details-title:focus {
    outline: none;
  }

  /* A day's events start below the close button, not beside it. */
  .popover .day-list {
    clear: both;
    margin-block-start: 0.5em;
  }

  .details.cancelled .details-title {
    text-decoration: line-through;
  }

  .details-when {
    font-weight: 600;
  }

  .details dt {
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .details dd {
    margin: 0 0 0.25em;
  }

  .details .status {
    font-weight: 700;
    color: var(--_warning);
    /* Small capitals at about 70%: uppercase reached screen readers in capitals. */
    font-variant-caps: all-small-caps;
    font-size: calc(1.16em * var(--_caps, 1));
    line-height: 1.05;
    letter-spacing: 0.04em;
  }

  .details.cancelled .status {
    color: var(--_danger);
  }

  .muted {
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .neighbours {
    padding-inline-start: 1.25em;
  }

  /* WebKit draws a bullet on its item's text's side, over an English neighbour's first word on a
     right-to-left page: there it is drawn, at the item's start as elsewhere (and still a list to Safari). */
  :host(:dir(rtl)) .neighbours li {
    list-style: none;
    position: relative;
  }

  :host(:dir(rtl)) .neighbours li::before {
    content: '•';
    content: '•' / '';
    position: absolute;
    inset-inline-start: -0.9em;
  }

  /* A block, so that each neighbour's bullet sits on its first line (an inline button is an inline
     block, whose bullet drops to its last line). */
  .link-button {
    all: unset;
    display: block;
    text-align: start;
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
  }

  .link-button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Back to the day's list, above an event chosen in it: on the close button's line, as tall as it, when it fits
     there whole; else under it (a box of its own, flow-root, goes below a float it does not fit beside), not
     squeezed into a column of broken words (a phone's sheet at 200% text, in German). */
  .popover-back {
    display: flow-root;
    width: max-content;
    max-width: 100%;
    overflow-wrap: normal;
    padding-block: 0.5em;
    /* No negative top margin (the close button's): under the button it would pull Back up into it. */
    margin-block-end: 0.25em;
  }

  /* An event popover left open is not printed over the view (the card and the map's table print the details). */
  @media print {
    .popover {
      display: none;
    }
  }
`;
