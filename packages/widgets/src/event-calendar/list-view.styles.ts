import { css } from 'lit';
import { saidStyles } from '../shared/said.styles.js';

/** The calendar's list view and the day popover's list; adopted when first shown, after the calendar's own styles. */
export const listStyles = css`
  ${saidStyles}

  .list {
    display: grid;
    gap: var(--_calendar-gap);
  }

  /* The items, also the day popover's (.day-list) */
  .list-month ul,
  .day-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25em;
  }

  .list-item {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.125em;
    width: 100%;
    min-width: 0;
    overflow-wrap: anywhere;
    padding: 0.5em 0.75em;
    text-align: start;
    background: var(--_surface);
    border: 1px solid var(--_calendar-border);
    border-inline-start: 4px solid var(--_calendar-event);
    border-radius: calc(var(--_calendar-radius) * 0.5);
    cursor: pointer;
    /* Shift+Tab scrolls an item to the top of the window: below its month's sticky heading (a line and
       0.75em of padding), focus ring included, not behind it (WCAG 2.4.11), nor behind the page's own. */
    scroll-margin-block-start: calc(2.75em + var(--_sticky-top));
  }

  .list-item:hover {
    background: var(--_calendar-outside);
  }

  .list-item.cancelled {
    border-inline-start-color: var(--_danger);
  }

  .empty {
    margin: 0;
    padding: var(--_space);
    text-align: center;
    color: var(--_text-muted);
  }

  /* Under an empty list, the other list's button ("Show past events"). */
  .show-range {
    display: block;
    margin: 0 auto;
  }

  .list-heading {
    position: sticky;
    top: var(--_sticky-top);
    z-index: 1;
    margin: 0;
    padding: 0.375em 0.5em;
    font-size: 1em;
    background: var(--_calendar-outside);
    border-radius: calc(var(--_calendar-radius) * 0.5);
  }

  .list-date {
    font-weight: 600;
    font-size: 0.875em;
  }

  .list-title {
    font-weight: 600;
  }

  .list-place,
  .list-organisers {
    font-size: 0.875em;
    color: var(--_text-muted);
  }

  .list-item.cancelled .list-title {
    text-decoration: line-through;
  }

  .list-status {
    justify-self: start;
    /* Small capitals at about 70%: uppercase reached screen readers in capitals (see .bar-status). */
    font-size: calc(1.07em * var(--_caps, 1));
    line-height: 1.05;
    font-weight: 700;
    font-variant-caps: all-small-caps;
    letter-spacing: 0.04em;
    color: var(--_warning);
  }

  .cancelled .list-status {
    color: var(--_danger);
  }

  /* Also in the popover styles, which load with the first popover; the list needs it before. */
  .muted {
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  @media (forced-colors: active) {
    .list-item {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .list-item {
      break-inside: avoid;
    }

    .show-range {
      display: none;
    }
  }
`;
