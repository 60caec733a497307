import { css } from 'lit';

export const calendarStyles = css`
  :host {
    --_calendar-surface: var(--_surface);
    --_calendar-outside: var(--_surface-alt);
    --_calendar-border: var(--_border);
    --_calendar-event: var(--_accent);
    --_calendar-on-event: var(--_on-accent);
    --_calendar-radius: var(--_radius);
    --_calendar-gap: calc(var(--_space) * 0.5);
    display: block;
    container: calendar / inline-size;
    background: var(--_calendar-surface);
  }

  /* While the feed first loads, "Loading events…" over the empty body, not above the frame: the frame does not
     jump up when it goes, and a list or year that has nothing to draw yet keeps room for its events. */
  .body-area {
    position: relative;
  }

  .body-area > [part~='loading'] {
    position: absolute;
    inset: 0;
    width: fit-content;
    height: fit-content;
    margin: auto;
  }

  .body[aria-busy] {
    min-height: 20em;
  }

  .calendar {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_calendar-gap);
    overflow-wrap: anywhere;
    /* Long German or Slavic words break at a syllable, with a hyphen, where the browser knows the language. */
    hyphens: auto;
  }

  button,
  select,
  input {
    font: inherit;
    color: inherit;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_calendar-gap);
  }

  .toolbar button,
  .filters button,
  .show-more,
  .show-range,
  .popover-close {
    min-height: 2.5em;
    min-width: 2.5em;
    padding: 0.25em 0.75em;
    background: var(--_surface);
    border: 1px solid var(--_calendar-border);
    border-radius: var(--_calendar-radius);
    cursor: pointer;
  }

  .toolbar button[aria-pressed='true'] {
    background: var(--_calendar-event);
    border-color: var(--_calendar-event);
    color: var(--_calendar-on-event);
  }

  /* Wrapped, not squeezed: in a sidebar at a large text size a button keeps its word whole ("Ме/сец") and the
     year menu stays inside the calendar. */
  .nav,
  .views,
  .pickers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }

  /* The headings are role="heading" (heading-level sets their level): bold as an hN is. */
  [role='heading'] {
    font-weight: 700;
  }

  /* Its width is its text's: when "September 2017" and the menus do not fit on one line, the menus move to
     the next, not the year under the month. Wrapped only where it alone is wider than the calendar. */
  .heading {
    flex: 1 0 auto;
    max-width: 100%;
    margin: 0;
    font-size: 1.25em;
    line-height: 1.2;
  }

  /* The search box is the calendar's only input. */
  select,
  input {
    min-height: 2.5em;
    padding: 0.25em 0.5em;
    background: var(--_surface);
    border: 1px solid var(--_calendar-border);
    border-radius: var(--_calendar-radius);
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_calendar-gap);
  }

  .filter-menus {
    display: contents;
  }

  .filter-menus[hidden] {
    display: none;
  }

  /* Open: a bar in the accent along its foot, not a tint alone (WCAG 1.4.11); a border, so forced colours keep it. */
  .filters-toggle[aria-expanded='true'] {
    background: var(--_surface-alt);
    border-block-end: 3px solid var(--_calendar-event);
    padding-block-end: calc(0.25em - 2px); /* the label stays where it was */
  }

  /* The count and what to do about it, on a row of their own: the search box keeps its width as the count changes. */
  .results {
    flex: 1 1 100%;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_calendar-gap);
  }

  .no-results {
    display: contents;
  }

  .filter {
    display: grid;
    gap: calc(0.125em / 0.875);
    font-size: 0.875em;
    color: var(--_text-muted);
  }

  /* The calendar's size (the label is 0.875em of it), never under 16 px (a phone zooms into a smaller field). */
  .filter select,
  .filter input {
    color: var(--_text);
    font-size: max(16px, 1em / 0.875);
  }

  /* As wide as its label, which may be narrower than the box's own width (a 320 px sidebar, large text). */
  input {
    width: 100%;
  }

  .filter select {
    max-width: 14em;
  }

  .search {
    flex: 1 1 calc(12em / 0.875);
  }

  .matching {
    margin: 0;
    font-size: 0.875em;
  }

  /* Month grid */
  .month {
    display: grid;
    border: 1px solid var(--_calendar-border);
    border-radius: var(--_calendar-radius);
    overflow: hidden;
  }

  .weekdays,
  .week {
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
  }

  /* Room for the column's heading ("Week", "Java") in the weekdays' text. */
  :host([week-numbers]) .week {
    grid-template-columns: 3em repeat(7, minmax(0, 1fr));
  }

  /* The same 3em of the calendar's text, in the weekdays' smaller text. */
  :host([week-numbers]) .weekdays {
    grid-template-columns: calc(3em / 0.8125) repeat(7, minmax(0, 1fr));
  }

  .weekdays {
    background: var(--_calendar-outside);
    border-bottom: 1px solid var(--_calendar-border);
    font-size: 0.8125em;
    font-weight: 600;
    text-align: center;
  }

  .weekdays > * {
    padding: calc(0.25em / 0.8125);
  }

  /* Lanes a little taller than the 24 px bars in them (WCAG 2.5.8), so that stacked bars stay apart. */
  .week {
    grid-template-rows: 1.75em repeat(var(--lanes, 3), 1.625em) minmax(1.625em, auto);
    border-bottom: 1px solid var(--_calendar-border);
    min-height: 7em;
  }

  .week:last-child {
    border-bottom: 0;
  }

  .week-number {
    grid-row: 1 / -1;
    display: grid;
    place-items: start center;
    padding-top: calc(0.25em / 0.75);
    font-size: 0.75em;
    color: var(--_text-muted);
    background: var(--_calendar-outside);
  }

  /* The column's heading: on the weekdays' line, in their size. */
  .weekdays > .week-number {
    display: block;
    padding: calc(0.25em / 0.8125) 0;
    font-size: 1em;
  }

  .day {
    grid-row: 1 / -1;
    display: flex;
    flex-direction: column;
    align-items: stretch;
    min-width: 0;
    padding: 0.25em 0.25em 0.125em;
    border-inline-start: 1px solid var(--_calendar-border);
    cursor: default;
    position: relative;
  }

  .day:first-child,
  .week-number + .day {
    border-inline-start: 0;
  }

  .day.outside {
    background: var(--_calendar-outside);
    color: var(--_text-muted);
  }

  /* The focus ring over the day's bars, drawn by a layer that takes no clicks (.day is its containing block):
     a raised cell took the clicks meant for its bars and "+N more". */
  .day:focus-visible {
    outline: 0;
  }

  /* Two tones, inside the day: the focus colour between two 1 px bands of the surface's, so it keeps 3:1 where it
     crosses a bar or today's mark, whose accent is close to it (WCAG 1.4.11). 4 px in all, the day's own inset:
     what the day holds starts 4 px in (bars, "+N more", the date's circle), and the ring covers none of it. */
  .day:focus-visible::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 2;
    outline: 2px solid var(--_focus);
    outline-offset: -3px;
    box-shadow: inset 0 0 0 4px var(--_calendar-surface);
    pointer-events: none;
  }

  /* A block with its line as tall as the circle, not a grid that centres it: 42 grids were ~0.5 ms of each month's layout. */
  .day-number {
    align-self: flex-end;
    min-width: calc(1.5em / 0.875);
    height: calc(1.5em / 0.875);
    line-height: calc(1.5em / 0.875);
    text-align: center;
    font-size: 0.875em;
    border-radius: 999px;
  }

  .today .day-number {
    background: var(--_calendar-event);
    color: var(--_calendar-on-event);
    font-weight: 700;
  }

  .more {
    unicode-bidi: plaintext;
    grid-row: -2 / -1;
    z-index: 1;
    align-self: end;
    justify-self: start;
    /* One line in its column: a wrapped "+1 weitere" made its week taller. */
    max-width: calc(100% - 0.625em / 0.8125);
    /* A pointer target of at least 24 × 24 px (WCAG 2.5.8), "+2" in a narrow column too. */
    min-width: calc(1.5em / 0.8125);
    min-height: calc(1.5em / 0.8125);
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    margin: 0 calc(0.125em / 0.8125) calc(0.125em / 0.8125) calc(0.25em / 0.8125);
    padding: 0 calc(0.125em / 0.8125);
    border: 0;
    background: none;
    color: var(--_accent);
    font-size: 0.8125em;
    font-weight: 600;
    text-decoration: underline;
    cursor: pointer;
  }

  .bar {
    /* A title's own direction, not the page's: an English title in a right-to-left page reads and
       truncates left to right, "+3 more" stays "+3 more". */
    unicode-bidi: plaintext;
    z-index: 1;
    align-self: center;
    /* The bar's text size as a share of the calendar's; its lengths are divided by it to stay in the calendar's em. */
    --_bar-scale: 0.8125;
    margin: 0 calc(0.25em / var(--_bar-scale));
    padding: 0 calc(0.375em / var(--_bar-scale));
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-size: calc(var(--_bar-scale) * 1em);
    /* 24 px at the default text size: the least pointer target WCAG 2.5.8 allows. */
    line-height: calc(1.5em / var(--_bar-scale));
    cursor: pointer;
    border-radius: calc(var(--_calendar-radius) * 0.5 / var(--_bar-scale));
  }

  .bar.multi {
    background: var(--_calendar-event);
    color: var(--_calendar-on-event);
  }

  .bar.single {
    color: var(--_text);
    border-inline-start: 3px solid var(--_calendar-event);
    background: color-mix(in srgb, var(--_calendar-event) 10%, transparent);
  }

  .bar.before {
    margin-inline-start: 0;
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }

  .bar.after {
    margin-inline-end: 0;
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }

  /* Continuation marks at the bar's ends, pointing the way the weeks run (a title may read either way). */
  .bar.before,
  .bar.after {
    position: relative;
  }

  .bar.before {
    padding-inline-start: 1.1em;
  }

  .bar.after {
    padding-inline-end: 1.1em;
  }

  .bar.before::before,
  .bar.after::after {
    position: absolute;
  }

  .bar.before::before {
    content: '◂';
    inset-inline-start: 0.4em;
  }

  .bar.after::after {
    content: '▸';
    inset-inline-end: 0.4em;
  }

  /* In a right-to-left page the previous week is to the right. */
  .bar.before:dir(rtl)::before {
    content: '▸';
  }

  .bar.after:dir(rtl)::after {
    content: '◂';
  }

  /* A status other than scheduled: its word before the title and a border of its own style, seen without
     colour or a pointer, in forced colours too. Borders inside the 24 px line, as a scheduled bar's height. */
  .bar-status {
    /* An inline block: a cancelled bar strikes through its title, not "Cancelled". At the line's top: on
       the baseline, its smaller letters made the line a pixel taller. */
    display: inline-block;
    vertical-align: top;
    font-size: calc(1.2em * var(--_caps, 1));
    font-weight: 700;
    font-style: normal;
    /* Small capitals, not uppercase: Chrome gives text-transform's capitals to screen readers and braille
       ("TO BE CONFIRMED"). 1.2em drawn at about 70%, as 0.85em capitals were. */
    font-variant-caps: all-small-caps;
    /* Its baseline on the title's: the larger font centred in the same line sat a pixel lower. */
    position: relative;
    top: -0.06em;
    letter-spacing: 0.04em;
    /* At most 60% of the bar: "To be confirmed" leaves room for the title's first words. */
    max-width: 60%;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .bar.cancelled {
    text-decoration: line-through;
    background: transparent;
    color: var(--_danger);
    border: 1px dashed var(--_danger);
    line-height: calc(1.5em / var(--_bar-scale) - 2px);
  }

  /* Date or place not confirmed: slanted and dotted, and said in the day's label and the popover. */
  .bar.tentative {
    font-style: italic;
    border: 1px dotted currentColor;
    line-height: calc(1.5em / var(--_bar-scale) - 2px);
  }

  /* Postponed, rescheduled, moved online: on, but changed. */
  .bar.postponed,
  .bar.rescheduled,
  .bar.moved-online {
    border: 3px double currentColor;
    line-height: calc(1.5em / var(--_bar-scale) - 6px);
  }

  .bar:hover {
    filter: brightness(1.1);
  }

  .footnote {
    margin: 0;
    font-size: 0.8125em;
    color: var(--_text-muted);
  }

  @container calendar (width < 35em) {
    .heading {
      order: -1;
      flex-basis: 100%;
    }

    .week {
      min-height: 5em;
    }

    /* Open filter menus, one under the other at the calendar's width (not some beside the button). */
    .filter-menus:not([hidden]) {
      display: grid;
      flex-basis: 100%;
      gap: var(--_calendar-gap);
    }

    .filter select {
      max-width: none;
      width: 100%;
    }

    /* The search box on a row of its own: its hint is long in Albanian, Macedonian and Serbian Cyrillic. */
    .search {
      flex-basis: 100%;
    }

    .bar {
      --_bar-scale: 0.75;
    }

    /* In a column a few letters wide, the status's first letters and the title's, not the status alone. */
    .bar-status {
      font-size: 0.85em;
      font-variant-caps: normal;
      letter-spacing: normal;
    }

    /* narrow-view="month" in a sidebar: short names and counts stay on one line, inside their column. */
    .weekdays > *,
    .more {
      overflow-wrap: normal;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: clip;
    }

    .more {
      max-width: calc(100% - 0.25em / 0.8125);
      margin-inline: calc(0.125em / 0.8125);
      padding: 0;
    }

  }

  /* narrow-view="month" in a sidebar at a large text size (a 32 px root in 320 px): the columns keep room for the
     short day names and the dates, which were cut off, and the grid scrolls sideways inside its frame, as WCAG
     1.4.10 allows a grid. Positioned: the days' hidden names scroll with it, not the page. */
  @container calendar (width < 18em) {
    .month {
      overflow-x: auto;
      position: relative;
    }

    .month > * {
      min-width: 18em;
    }
  }

  @media (forced-colors: active) {
    .bar,
    .today .day-number {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }

    /* A bar's line inside its border: 24 px high, as a bar with a status's border. */
    .bar {
      line-height: calc(1.5em / var(--_bar-scale) - 2px);
    }

    /* Its line fits inside the border, so the number stays centred in the circle. */
    .today .day-number {
      background: Highlight;
      color: HighlightText;
      line-height: calc(1.5em / 0.875 - 2px);
    }

    /* The focus ring's surface bands are a box shadow, which forced colours drop; its colours are system ones. */
    .day:focus-visible::after {
      forced-color-adjust: none;
    }

    /* The pressed view button: system colours, or its label vanishes behind the forced backplate. */
    .toolbar button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
  }

  /* What the search and filters are, on paper only: a filtered printout says it is one. */
  .print-filters {
    display: none;
  }

  @media print {
    /* "+N more" stays, as text: a printed month must not drop events without a trace. */
    .toolbar .nav,
    .pickers,
    .views,
    .filters {
      display: none;
    }

    .print-filters {
      display: block;
      margin: 0;
      font-style: italic;
    }

    .more {
      text-decoration: none;
      color: inherit;
    }

    /* Paper cannot be hovered or clicked: every bar prints its whole title, its lane as tall as it needs. */
    .week {
      grid-template-rows: 1.75em repeat(var(--lanes, 3), auto) minmax(1.625em, auto);
    }

    .bar {
      break-inside: avoid;
      align-self: start;
      margin-block: 1px;
      padding-block: calc(0.125em / var(--_bar-scale));
      white-space: normal;
      overflow-wrap: anywhere;
      line-height: 1.25;
    }
  }
`;
