import { css } from 'lit';

export const timelineStyles = css`
  :host {
    --_timeline-block: var(--_accent);
    --_timeline-on-block: var(--_on-accent);
    --_timeline-axis: var(--_surface-alt);
    --_timeline-border: var(--_border);
    --_timeline-radius: var(--_radius);
    --axis: 2em;
    --lane: 4.75em;
    display: block;
    container: timeline / inline-size;
    background: var(--_surface);
  }

  /* While the feed first loads, the message is about as tall as one row of meetings (its heading's line, which
     holds the zoom buttons, and its track). */
  .first-load > [part~='loading'] {
    display: grid;
    place-items: center;
    min-height: 10em;
  }

  /* A row: its heading, on the first row with the zoom buttons at the end of its line, over its track. */
  .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    row-gap: 0.375em;
  }

  .controls {
    display: flex;
    align-self: start;
    gap: 0.25em;
    margin-inline-start: 0.5em;
  }

  /* The keys, said under the rows while a meeting has keyboard focus: below them, so that no meeting moves
     when it appears (as under the map). In the DOM the rest of the time: the region keeps it as its
     description. Its class shown is set from the rows' focus events: WebKit does not restyle
     :has(:focus-visible) in a shadow root when focus moves. */
  .keyboard-hint {
    display: none;
    margin: calc(0.5em / 0.875) 0 0;
    font-size: 0.875em;
    color: var(--_text-muted);
  }

  .keyboard-hint.seen {
    display: block;
    visibility: hidden;
  }

  .keyboard-hint.shown {
    visibility: visible;
  }

  .controls button,
  .popover-close {
    min-width: calc(2.5em / 1.125);
    min-height: calc(2.5em / 1.125);
    font: inherit;
    font-size: 1.125em;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_timeline-border);
    border-radius: calc(var(--_timeline-radius) / 1.125);
    cursor: pointer;
  }

  /* "+10 more" under the rows drawn (limit). */
  .show-more {
    margin-top: var(--_space);
    min-height: 2.5em;
    padding: 0.25em 0.75em;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_timeline-border);
    border-radius: var(--_timeline-radius);
    cursor: pointer;
  }

  .controls button[aria-disabled='true'] {
    opacity: 0.5;
    cursor: default;
  }

  .rows {
    display: grid;
    /* A cluster wider than the container scrolls inside its track instead of widening the page. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }

  .row-heading {
    margin: 0;
    font-size: 1.0625em;
    font-weight: 700;
    overflow-wrap: anywhere;
  }

  .muted {
    color: var(--_text-muted);
    font-weight: 400;
    font-size: 0.875em;
  }

  .track {
    grid-column: 1 / -1;
    min-width: 0;
    overflow-x: auto;
    border: 1px solid var(--_timeline-border);
    border-radius: var(--_timeline-radius);
  }

  /* Scrolling to the focused meeting glides only for visitors who have not asked for less motion. */
  @media (prefers-reduced-motion: no-preference) {
    .track {
      scroll-behavior: smooth;
    }
  }

  .canvas {
    position: relative;
    min-width: 100%;
    padding-block: var(--axis) 0.5em;
  }

  .axis {
    position: absolute;
    inset: 0 0 auto;
    height: var(--axis);
    background: var(--_timeline-axis);
    border-bottom: 1px solid var(--_timeline-border);
  }

  .tick {
    position: absolute;
    top: 0;
    height: var(--axis);
    display: flex;
    align-items: center;
    /* Placed by a physical left, so drawn from its left edge in any page direction: its label too, not
       against the next day's line in a right-to-left page. */
    justify-content: left;
    padding-left: 0.5em;
    border-left: 1px solid var(--_timeline-border);
    /* Dates read in their own direction ("23 Apr 2019"), not the page's. */
    unicode-bidi: plaintext;
    font-size: 0.75em;
    color: var(--_text-muted);
    white-space: nowrap;
    overflow: hidden;
  }

  /* Lanes are grid rows, each at least --lane tall and as tall as its tallest block: text that wraps or is
     spaced out (WCAG 1.4.12) makes its lane taller, not cut off or drawn over the lane below. A block keeps
     its place in time by a physical left margin (--left), its list order being time order. */
  .blocks {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: repeat(var(--lanes, 1), minmax(var(--lane), auto));
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .block-item,
  .gap {
    grid-column: 1;
    grid-row: var(--row, auto);
    justify-self: left;
    width: var(--width);
  }

  .block-item {
    position: relative;
    min-height: calc(var(--lane) - 0.5em);
    margin: 0.25em 0 0.25em calc(var(--left, 0px) + 3px);
  }

  .block {
    display: grid;
    align-content: start;
    /* The block's text size as a share of the timeline's; its lengths are divided by it to stay in the timeline's em. */
    --_block-scale: 0.8125;
    gap: calc(0.125em / var(--_block-scale));
    width: 100%;
    height: 100%;
    padding: calc(0.25em / var(--_block-scale)) calc(0.5em / var(--_block-scale));
    overflow: hidden;
    text-align: start;
    font: inherit;
    font-size: calc(var(--_block-scale) * 1em);
    color: var(--_timeline-on-block);
    background: var(--_timeline-block);
    border: 0;
    border-radius: calc(var(--_timeline-radius) * 0.75 / var(--_block-scale));
    cursor: pointer;
  }

  .block:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .block-date {
    font-weight: 700;
  }

  /* A series block is drawn as wide as its longest date or status on one line (#fitDates). */
  .row.series .block-date {
    white-space: nowrap;
  }

  /* A date as the blocks draw it (in a block, so in its font), unseen: the timeline measures the blocks again
     when its width changes. Out of the block's grid and clipping (.block-item is its containing block). */
  .fit-probe {
    position: absolute;
    visibility: hidden;
    pointer-events: none;
    font-weight: 700;
    white-space: nowrap;
  }

  .fit-probe::before {
    content: '19–20 Apr 2019';
  }

  /* A cluster block's day ("23"), shown alone where the block is too narrow for its date's words; else
     unseen, and measured as .fit-probe is (#fitDates). */
  .block-day {
    position: absolute;
    visibility: hidden;
    padding-inline: 0.25em;
    font-weight: 700;
    white-space: nowrap;
  }

  .row.cluster .block-item {
    container: block / inline-size;
  }

  /* Zoomed out, a cluster block narrower than about ten letters would wrap its words letter by letter
     ("Gro" / "p") and make the row tall: it shows its date alone, then, narrower still, its day. The status,
     title and place are said still, and shown in the tooltip and the popover; a status is seen in the
     block's border, as on the month grid: cancelled and tentative dashed, a changed meeting double. */
  @container block (width < 5em) {
    .block.postponed,
    .block.rescheduled,
    .block.moved-online {
      border: 3px double currentColor;
    }

    .block-status,
    .block-title,
    .block-place {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  }

  @container block (width < 3.5em) {
    .block {
      padding-inline: 0;
      justify-items: center;
    }

    .block-day {
      position: static;
      visibility: visible;
    }

    .block-date {
      display: none;
    }
  }

  /* Wrapped, not cut off with an ellipsis: a longer language, a larger font or text spacing makes the lane
     taller. */
  .block-title,
  .block-place {
    overflow-wrap: anywhere;
  }

  /* Not scheduled: the status ("Postponed") in words on a line of its own, not in colour alone; the
     lanes of a row that has one are a line taller. */
  .row.with-status {
    --lane: 5.75em;
  }

  /* Room inside its outline, for a slanted (tentative) label's last letter too. At the start of its own words
     (dir="auto"), as the lines around it are in a right-to-left page (theme.styles.ts), not at the block's. */
  .block-status {
    justify-self: self-start;
    max-width: 100%;
    padding: 0.0625em 0.625em;
    font-size: 0.875em;
    font-weight: 700;
    line-height: 1.375;
    overflow-wrap: anywhere;
    border: 1px solid currentColor;
    border-radius: 999px;
  }

  .row.series .block-status {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }

  /* Date or place not confirmed: slanted, with a dashed edge. */
  .block.tentative {
    font-style: italic;
    border: 2px dashed currentColor;
  }

  /* Struck through, but not its status: "Cancelled" stays legible. */
  .block.cancelled {
    background: transparent;
    color: var(--_danger);
    border: 2px dashed var(--_danger);
  }

  .block.cancelled :not(.block-status) {
    text-decoration: line-through;
  }

  .gap {
    /* In the timeline's em: this text is 0.75em of it, and --lane is in em where it is used. */
    min-height: calc(var(--lane) / 0.75 - 1em);
    /* Clear of the track's edge, as the blocks are. */
    margin: calc(0.25em / 0.75) 0 calc(0.5em / 0.75) calc(var(--left, 0px) + 3px);
    display: grid;
    place-items: center;
    padding: calc(0.25em / 0.75) calc(0.5em / 0.75);
    font-size: 0.75em;
    text-align: center;
    /* Wrapped (a longer language, a larger font) into lines of about one length, no word left alone on the last. */
    text-wrap: balance;
    color: var(--_text-muted);
    border: 1px dashed var(--_timeline-border);
    border-radius: var(--_timeline-radius);
  }

  .today {
    position: absolute;
    top: 0;
    bottom: 0;
    width: 0;
    border-inline-start: 2px solid var(--_danger);
    z-index: 1;
  }

  .today span {
    position: absolute;
    top: 0;
    padding: 0 calc(0.25em / 0.6875);
    font-size: 0.6875em;
    color: var(--_surface);
    background: var(--_danger);
  }

  .empty {
    margin: 0;
    padding: var(--_space);
    text-align: center;
    color: var(--_text-muted);
  }

  /* A designation footnote (Kosovo*) under the rows, as under the calendar and the map. */
  .footnote {
    overflow-wrap: anywhere;
    margin: 0.5em 0 0;
    font-size: 0.8125em;
    color: var(--_text-muted);
  }

  /* A narrow container: the time axis turns vertical, each event one row under the other. */
  @container timeline (max-width: 30em) {
    /* Zoom changes nothing in this list: its buttons would be tab stops that do nothing. */
    .controls {
      display: none;
    }

    .track {
      overflow: visible;
      border: 0;
    }

    .canvas {
      width: auto !important;
      padding-block: 0;
      border-inline-start: 3px solid var(--_timeline-border);
      padding-inline-start: 0.75em;
    }

    /* The date probe too: nothing is fitted here, and its one line, wider than a phone in large spaced-out
       text, stuck out of the timeline and scrolled the page sideways (WCAG 1.4.10). */
    .axis,
    .today,
    .fit-probe {
      display: none;
    }

    .blocks {
      grid-template-rows: none;
      gap: 0.375em;
    }

    .block-item,
    .gap {
      grid-row: auto;
      justify-self: stretch;
      width: auto;
      min-height: 0;
      margin: 0;
    }

    .gap {
      margin-top: 0.5em;
      padding: calc(0.25em / 0.75);
    }

    .block {
      --_block-scale: 0.875;
    }

    /* No widths fitted to one line here: the blocks are as wide as the container, and their lines wrap. */
    .row.series .block-date,
    .row.series .block-status {
      overflow: visible;
      white-space: normal;
    }
  }

  @media (forced-colors: active) {
    .block {
      forced-color-adjust: none;
      background: ButtonFace;
      color: ButtonText;
      border: 1px solid ButtonText;
    }
  }

  /* Paper cannot zoom: the zoom buttons and the keyboard hint stay off it. */
  @media print {
    .controls,
    .keyboard-hint.seen {
      display: none;
    }

    /* On paper "+10 more" stays, as text: a printed timeline must not drop rows without a trace. */
    .show-more {
      padding: 0;
      border: 0;
      background: none;
    }
  }
`;
