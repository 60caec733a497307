import { css } from 'lit';

/** The calendar's list view; adopted when the list is first shown, after the calendar's own styles. */
export const listStyles = css`
  .list {
    display: grid;
    gap: var(--calendar-gap);
  }

  .list-month ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }

  .list-heading {
    position: sticky;
    top: 0;
    z-index: 1;
    margin: 0;
    padding: 0.375rem 0.5rem;
    font-size: 1em;
    background: var(--calendar-outside);
    border-radius: calc(var(--calendar-radius) * 0.5);
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
    font-size: 0.75em;
    font-weight: 700;
    text-transform: uppercase;
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
`;
