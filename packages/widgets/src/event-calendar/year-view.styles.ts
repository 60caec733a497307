import { css } from 'lit';

/** The calendar's year view; adopted when it is first shown, after the calendar's own styles. */
export const yearStyles = css`
  /* A month is at least seven 24 px days wide (10.5em at the default text size): a phone 360 px wide shows
     two months side by side, from 21.5em. Never wider than the calendar: in a 320 px sidebar with a large
     text size (a 32 px default font) one month takes the calendar's width, its days narrower than 1.5em.
     Six months a row at most: never seven and five. */
  .year {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(max(10.5em, (100% - 5 * var(--_space)) / 6 - 0.5px), 100%), 1fr));
    gap: var(--_space);
  }

  @container calendar (width < 26em) {
    .year {
      column-gap: 0.5em;
    }
  }

  .mini-month-heading {
    margin-block-end: 0.25em;
  }

  .mini-month-name {
    padding: 0.125em 0.25em;
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
    gap: 2px;
    font-size: 0.75em;
    text-align: center;
  }

  /* Each row lays out its own seven columns: a row stays a row for assistive technology. */
  /* No gap between a week's days: the whole width is theirs to tap. Each day's transparent border keeps
     its fill 2 px apart from the next day's. */
  /* Flex boxes, not grids: the year's 550 small grids (weeks and their days) took 1.7 times as long to lay
     out, for the same boxes. A short last week keeps its days a seventh wide. */
  .mini-weekdays,
  .mini-week,
  .mini-week > * {
    display: flex;
  }

  .mini-weekdays > *,
  .mini-week > * {
    flex: 0 0 calc(100% / 7);
    min-width: 0;
  }

  .mini-weekdays {
    color: var(--_text-muted);
  }

  .mini-day {
    flex: 1;
  }

  /* 24 px wide at least (WCAG 2.5.8), in px: 1.5em in a large text size would push Sunday out of the sidebar.
     28 px high at the default text size (the grid's text is 0.75em of the calendar's). */
  .mini-day {
    min-height: calc(1.75em / 0.75);
    min-width: 24px;
    padding: 0;
    border: 1px solid transparent;
    border-radius: 5px;
    background: none;
    background-clip: padding-box;
    font-size: 1em;
    cursor: pointer;
  }

  .mini-day:hover {
    text-decoration: underline;
  }

  /* The theme's focus ring, drawn above the neighbouring days so that it shows whole. */
  .mini-day:focus-visible {
    position: relative;
    z-index: 1;
  }

  .mini-day.has-events {
    font-weight: 700;
  }

  /* background-color, not the shorthand: that would reset the clip that keeps neighbouring fills apart. */
  .mini-day.level-1 {
    background-color: color-mix(in srgb, var(--_calendar-event) 22%, var(--_surface));
  }

  /* 35%, not more: with the high-contrast theme's yellow on black, 45% left the white day number at 5:1, under
     the 7:1 that theme promises (test/themes/contrast.test.ts). */
  .mini-day.level-2 {
    background-color: color-mix(in srgb, var(--_calendar-event) 35%, var(--_surface));
  }

  .mini-day.level-3 {
    background-color: var(--_calendar-event);
    color: var(--_calendar-on-event);
  }

  /* A bar in the event colour along the foot of a day with events: the light fills alone are too pale
     against the page to be seen (WCAG 1.4.11 asks 3:1 of what tells days apart), and too close to each
     other (1.3:1) to tell one event from two or three. Twice as thick for two or three. */
  .mini-day.level-1 {
    box-shadow: inset 0 -3px 0 var(--_calendar-event);
  }

  .mini-day.level-2 {
    box-shadow: inset 0 -6px 0 var(--_calendar-event);
  }

  /* A ring inside the day: the outline is the focus ring's. */
  .mini-day.today {
    box-shadow: inset 0 0 0 2px var(--_text);
  }

  .mini-day.today.level-1 {
    box-shadow: inset 0 0 0 2px var(--_text), inset 0 -5px 0 var(--_calendar-event);
  }

  .mini-day.today.level-2 {
    box-shadow: inset 0 0 0 2px var(--_text), inset 0 -8px 0 var(--_calendar-event);
  }

  /* System colours set here, not forced, so that today's ring (a box shadow) is kept. */
  @media (forced-colors: active) {
    .mini-day {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
    }

    .mini-day.has-events {
      background: Canvas;
      border: 1px solid CanvasText;
      box-shadow: none;
    }

    /* Two to three events: a bar along the foot, so that the three levels differ without colour. */
    .mini-day.level-2 {
      box-shadow: inset 0 -4px 0 CanvasText;
    }

    .mini-day.level-3 {
      background: Highlight;
      color: HighlightText;
    }

    .mini-day.today,
    .mini-day.today.level-1 {
      box-shadow: inset 0 0 0 3px CanvasText;
    }

    .mini-day.today.level-2 {
      box-shadow: inset 0 0 0 3px CanvasText, inset 0 -6px 0 CanvasText;
    }

    .mini-day:focus-visible {
      outline: 3px solid Highlight;
    }
  }
`;
