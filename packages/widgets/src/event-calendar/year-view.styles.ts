import { css } from 'lit';

/** The calendar's year view; adopted when it is first shown, after the calendar's own styles. */
export const yearStyles = css`
  .year {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12.5rem, 1fr));
    gap: var(--_space);
  }

  .mini-month h3 {
    margin: 0 0 0.25rem;
    font-size: 1em;
  }

  .mini-month-name {
    padding: 0.125rem 0.25rem;
    border: 0;
    background: none;
    font-weight: 700;
    text-transform: capitalize;
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
  }

  .mini-grid {
    display: grid;
    grid-template-columns: repeat(7, 1fr);
    gap: 2px;
    font-size: 0.75em;
    text-align: center;
  }

  .mini-weekday {
    color: var(--_text-muted);
  }

  .mini-day {
    display: grid;
    place-items: center;
    min-height: 1.75rem;
    min-width: 1.5rem;
    padding: 0;
    border: 0;
    border-radius: 4px;
    background: none;
    font-size: 1em;
  }

  button.mini-day {
    cursor: pointer;
    font-weight: 700;
  }

  .mini-day.level-1 {
    background: color-mix(in srgb, var(--calendar-event) 22%, var(--_surface));
  }

  .mini-day.level-2 {
    background: color-mix(in srgb, var(--calendar-event) 45%, var(--_surface));
  }

  .mini-day.level-3 {
    background: var(--calendar-event);
    color: var(--calendar-on-event);
  }

  .mini-day.today {
    outline: 2px solid var(--_text);
  }

  @media (forced-colors: active) {
    .mini-day.level-1,
    .mini-day.level-2,
    .mini-day.level-3 {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }

    .mini-day.level-3 {
      background: Highlight;
      color: HighlightText;
    }
  }
`;
