import { css } from 'lit';
import { MAX_ASPECT } from './map-view.js';

export const mapStyles = css`
  /* The documented --iisg-map-* properties are read, not set, on :host (as the --iisg-* tokens are), so a page
     can set them on any ancestor; their defaults follow the tokens. */
  :host {
    --_map-surface: var(--_surface);
    --_map-border: var(--_border);
    --_map-radius: var(--_radius);
    --_map-gap: calc(var(--_space) * 0.5);
    --_map-sea: var(--iisg-map-sea, color-mix(in srgb, var(--_accent) 12%, var(--_surface-alt)));
    --_map-land: var(--iisg-map-land, var(--_surface));
    --_map-member: var(--iisg-map-member, color-mix(in srgb, var(--_accent) 38%, var(--_surface)));
    --_map-outline: color-mix(in srgb, var(--_text-muted) 55%, var(--_surface));
    --_map-marker: var(--iisg-map-marker, var(--_accent));
    --_map-on-marker: var(--_on-accent);
    --_map-event: var(--iisg-map-event, var(--_warning));
    display: block;
    container: map / inline-size;
    background: var(--_map-surface);
  }

  /* Before color-mix() (Chrome 111, Firefox 113, Safari 16.2) the mixed colours fail where they are used,
     and a fill that fails is black: a black sea and black members. Plain tokens there instead, as the
     defaults only (a page's --iisg-map-sea still wins), and the marker colour read where it is set (--_map-marker). */
  @supports not (color: color-mix(in srgb, red, red)) {
    :host {
      --_map-sea: var(--iisg-map-sea, var(--_surface-alt));
      --_map-member: var(--iisg-map-member, var(--_border));
      --_map-outline: var(--_text-muted);
    }

    path.member:hover {
      fill: var(--_map-marker);
    }
  }

  .network-map {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_map-gap);
  }

  button,
  select {
    font: inherit;
    color: inherit;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: var(--_map-gap);
  }

  .title {
    flex: 1 1 16em;
    min-width: 0;
  }

  .name {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }

  .short-name,
  .count,
  .muted {
    color: var(--_text-muted);
    font-weight: 400;
  }

  .count {
    font-size: 0.875em;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_map-gap);
  }

  .picker {
    display: grid;
    gap: calc(0.125em / 0.875);
    font-size: 0.875em;
    color: var(--_text-muted);
  }

  select {
    min-height: 2.5em;
    max-width: 14em;
    padding: 0.25em 0.5em;
    /* The map's size (its label is 0.875em of it). */
    font-size: calc(1em / 0.875);
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_map-border);
    border-radius: var(--_map-radius);
  }

  .views {
    display: flex;
    gap: 0.25em;
  }

  .views button,
  .zoom button,
  .pan,
  .popover-close {
    min-height: 2.5em;
    min-width: 2.5em;
    padding: 0.25em 0.75em;
    background: var(--_surface);
    border: 1px solid var(--_map-border);
    border-radius: var(--_map-radius);
    cursor: pointer;
  }

  /* The accent, as the calendar's pressed view button: --iisg-map-marker is documented for markers only, and a
     light marker colour (yellow pins) left the white "Map" label unreadable. */
  .views button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }

  /* While the feed first loads, the message holds the map's room (the stage's shape below): the page under it
     does not jump down when the map comes. Not in the list view, whose height is its tables'. */
  .first-load > [part~='loading'] {
    display: grid;
    place-items: center;
    aspect-ratio: 4 / 3;
    max-height: 85vh;
  }

  :host([view='list']) .first-load > [part~='loading'] {
    aspect-ratio: auto;
  }

  /* The map */
  .roving {
    display: grid;
    /* The stage is at most 85vh tall: where that cuts it short, the map narrows rather than grow wider than
       MAX_ASPECT, past which the drawn area would not fill it; at the start, lined up with the title and legend. */
    width: 100%;
    max-width: calc(85vh * ${MAX_ASPECT});
    justify-self: start;
    /* As wide as the frame, whatever its content's least width: wider, the frame cut the map's edge off. */
    grid-template-columns: minmax(0, 1fr);
    border: 1px solid var(--_map-border);
    border-radius: var(--_map-radius);
    overflow: hidden;
  }

  .stage {
    position: relative;
    aspect-ratio: 4 / 3;
    max-height: 85vh;
    width: 100%;
    /* clip, not hidden: focusing a marker out of view must not scroll the stage. */
    overflow: clip;
    /* Sea past the drawn area's edges, where a fit must show them to keep the members clear of the zoom buttons. */
    background: var(--_map-sea);
    touch-action: pan-y pinch-zoom;
    /* Safari (macOS and iOS) knows only the prefixed name: without it, it ignored this, and a drag or a
       long press on the map could select its labels. */
    -webkit-user-select: none;
    user-select: none;
    cursor: grab;
  }

  /* Zoomed in, a finger pans the map every way: a vertical swipe scrolled the page, so a zoomed map
     panned only sideways. The page stays in reach around the stage, which is at most 85vh tall. */
  .stage.zoomed {
    touch-action: pinch-zoom;
  }

  .stage:active {
    cursor: grabbing;
  }

  svg {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    display: block;
  }

  .sea {
    fill: var(--_map-sea);
  }

  .frame {
    fill: none;
    stroke: var(--_map-border);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }

  path {
    fill: var(--_map-land);
    stroke: var(--_map-outline);
    stroke-width: 0.75px;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }

  path.member {
    fill: var(--_map-member);
    cursor: pointer;
  }

  path.member:hover {
    fill: color-mix(in srgb, var(--_map-member) 80%, var(--_map-marker));
  }

  .markers {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }

  .marker {
    position: absolute;
    z-index: 1;
    display: grid;
    place-items: center;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    padding: 0;
    transform: translate(-50%, -50%);
    background: none;
    border: 0;
    border-radius: 50%;
    pointer-events: auto;
    cursor: pointer;
  }

  .marker::before {
    content: '';
    grid-area: 1 / 1;
    width: 0.875em;
    height: 0.875em;
    border-radius: 50%;
    background: var(--_map-marker);
    border: 2px solid var(--_map-surface);
    box-shadow: 0 0 0 1px var(--_map-marker);
  }

  /* A country member: a ring on its filled country. */
  .marker.country::before {
    background: var(--_map-surface);
    border: 3px solid var(--_map-marker);
    box-shadow: 0 0 0 1px var(--_map-surface);
  }

  .marker.cluster {
    width: 1.75em;
    height: 1.75em;
  }

  .marker.cluster::before {
    width: 1.625em;
    height: 1.625em;
  }

  .marker .count {
    grid-area: 1 / 1;
    /* Above the dot, which a hover transform lifts into its own layer. */
    position: relative;
    font-size: 0.75em;
    font-weight: 700;
    line-height: 1;
    color: var(--_map-on-marker);
  }

  /* The ring is drawn at its size by count; the button around it is never under 24 px (WCAG 2.5.8). */
  .marker.events {
    --size: var(--ring);
    z-index: 0;
    width: max(1.5em, var(--size));
    height: max(1.5em, var(--size));
  }

  .marker.events::before {
    width: var(--size);
    height: var(--size);
    background: color-mix(in srgb, var(--_map-event) 22%, transparent);
    border: 2px solid var(--_map-event);
    box-shadow: none;
  }

  /* Round a member's marker or a cluster's, the ring is drawn wide enough to be seen around it, narrower where
     that would reach a neighbouring marker (--room, from the layout), which is drawn above it. At the least,
     a 4 px band round the dot and part of it outside the marker's target: a target of its own. */
  .marker.events.around-member {
    --size: clamp(1.75em, var(--room, 9em), max(var(--ring), 2em));
  }

  .marker.events.around-cluster {
    --size: clamp(2.25em, var(--room, 9em), max(var(--ring), 2.5em));
  }

  .marker:hover::before {
    transform: scale(1.15);
  }

  /* Above the zoom buttons too: a marker panned under them stays in sight when focused (WCAG 2.4.11).
     A halo of the surface colour inside the ring: whatever the map under it (a member country is a tint
     of the accent, or Highlight in forced colours), the ring has 3:1 against its neighbour (WCAG 1.4.11). */
  .marker:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_map-surface);
    z-index: 4;
  }

  .zoom {
    position: absolute;
    z-index: 3;
    inset-block-start: 0.5em;
    inset-inline-end: 0.5em;
    display: grid;
    gap: 0.25em;
  }

  /* Its size changes with the direction, which the stage's ResizeObserver then reports: the zoom buttons
     change sides, and the first view's room for them (fitInset) with them. */
  .dir-probe {
    position: absolute;
    width: 0;
    height: 0;
  }

  :host(:dir(rtl)) .dir-probe {
    width: 1px;
  }

  /* In the map's em: this text is 1.125em of it. */
  .zoom button,
  .pan {
    min-width: calc(2.5em / 1.125);
    min-height: calc(2.5em / 1.125);
    padding: 0;
    border-radius: calc(var(--_map-radius) / 1.125);
    font-size: 1.125em;
    line-height: 1;
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.2);
  }

  /* The pan buttons, each at the middle of the edge it points to, as far in as the zoom buttons; under a
     focused marker as they are. The side ones no higher than below the zoom buttons' column (--_below): in a
     stage little taller than that column (a short window) its last button would be under one of them. */
  .pan {
    --_in: calc(0.5em / 1.125);
    --_below: calc(10em / 1.125);
    position: absolute;
    z-index: 3;
  }

  .pan.up,
  .pan.down {
    left: 50%;
    transform: translateX(-50%);
  }

  .pan.up {
    top: var(--_in);
  }

  .pan.down {
    bottom: var(--_in);
  }

  .pan.left,
  .pan.right {
    top: max(50%, var(--_below));
    transform: translateY(-50%);
  }

  .pan.left {
    left: var(--_in);
  }

  .pan.right {
    right: var(--_in);
  }

  /* At the drawn area's edge: no further that way. */
  .pan[aria-disabled='true'] {
    opacity: 0.5;
    cursor: default;
  }

  /* The keys, said under the map while one of its markers has keyboard focus: below the stage, so it covers
     no marker and moves none. Hidden, not removed, the rest of the time: the map keeps it as its description. */
  .keyboard-hint {
    display: none;
    margin: 0;
    padding: calc(0.375em / 0.875) calc(0.5em / 0.875);
    border-top: 1px solid var(--_map-border);
    font-size: 0.875em;
    color: var(--_text-muted);
  }

  .roving:has(.markers :focus-visible) .keyboard-hint {
    display: block;
  }

  /* Members outside the drawn area */
  .elsewhere {
    display: flex;
    flex-wrap: wrap;
    /* A place's word longer than the strip (large, spaced-out text on a phone) breaks inside its pill, rather
       than widening the map's frame past the element (WCAG 1.4.10). */
    overflow-wrap: anywhere;
    align-items: center;
    /* In the map's em: this text is 0.875em of it (.place and its dot too). */
    gap: calc(0.25em / 0.875) calc(var(--_map-gap) / 0.875);
    padding: calc(0.375em / 0.875) calc(0.5em / 0.875);
    border-top: 1px solid var(--_map-border);
    background: var(--_surface-alt);
    font-size: 0.875em;
  }

  .elsewhere-label {
    font-weight: 700;
  }

  .elsewhere ul {
    display: contents;
    list-style: none;
  }

  /* A pill on one line; wrapped (a narrow map, large text), a rounded box whose text starts beside the dot. */
  .place {
    display: inline-flex;
    align-items: center;
    gap: calc(0.375em / 0.875);
    min-height: calc(1.75em / 0.875);
    padding: calc(0.125em / 0.875) calc(0.5em / 0.875);
    background: var(--_map-surface);
    border: 1px solid var(--_map-border);
    border-radius: calc(0.875em / 0.875);
    text-align: start;
    cursor: pointer;
  }

  .place .dot {
    flex: none;
    width: calc(0.625em / 0.875);
    aspect-ratio: 1;
    border-radius: 50%;
    background: var(--_map-marker);
  }

  .place.events .dot {
    background: color-mix(in srgb, var(--_map-event) 22%, transparent);
    border: 2px solid var(--_map-event);
  }

  /* Legend */
  .legend {
    display: flex;
    flex-wrap: wrap;
    /* In the map's em: this text is 0.875em of it (its swatches' 0.625em of it). */
    gap: calc(0.25em / 0.875) calc(1em / 0.875);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
    color: var(--_text-muted);
  }

  .legend li {
    display: inline-flex;
    align-items: center;
    gap: calc(0.375em / 0.875);
  }

  .swatch {
    display: inline-grid;
    place-items: center;
    width: 1.6em;
    height: 1.6em;
    border-radius: 50%;
    background: var(--_map-marker);
    border: 2px solid var(--_map-surface);
    box-shadow: 0 0 0 1px var(--_map-marker);
    font-size: calc(0.625em / 0.875);
    font-weight: 700;
    color: var(--_map-on-marker);
  }

  /* A member country: its fill, and on it the ring of its marker. */
  .swatch.member {
    width: 2.4em;
    height: 1.8em;
    border-radius: 2px;
    background: var(--_map-member);
    border: 1px solid var(--_map-outline);
    box-shadow: none;
  }

  .swatch.country {
    width: 1.4em;
    height: 1.4em;
    font-size: 1em;
    background: var(--_map-surface);
    border: 3px solid var(--_map-marker);
    box-shadow: 0 0 0 1px var(--_map-surface);
  }

  .swatch.cluster {
    width: 2em;
    height: 2em;
  }

  .swatch.events {
    background: color-mix(in srgb, var(--_map-event) 22%, transparent);
    border: 2px solid var(--_map-event);
    box-shadow: none;
  }

  /* The table: the list view, and under the map what screen readers read and printers print */
  .table-wrap:not(.visually-hidden) {
    overflow-x: auto;
  }

  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
  }

  /* In the map's em: a table's text is 0.9375em of it. */
  table + table {
    margin-top: calc(var(--_space) / 0.9375);
  }

  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: calc(0.25em / 0.9375);
  }

  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: calc(0.375em / 0.9375) calc(0.5em / 0.9375);
    border-bottom: 1px solid var(--_map-border);
  }

  /* The names get no more than their share: at half the table, the roles wrapped needlessly. */
  table.members thead th:first-child {
    width: 40%;
  }

  /* A name's button is at least 24 px tall (WCAG 2.5.8), a line of table text 22.5 px. */
  tbody th .link-button {
    min-height: max(24px, 1.6em);
  }

  thead th {
    padding: calc(0.375em / 0.9375 / 0.875) calc(0.5em / 0.9375 / 0.875);
    background: var(--_surface-alt);
    font-size: 0.875em;
    color: var(--_text-muted);
  }

  tbody th {
    font-weight: 600;
  }

  td ul,
  .event-list {
    margin: 0;
    padding-inline-start: 1.125em;
  }

  td ul {
    padding-inline-start: calc(1.125em / 0.9375);
  }

  /* An event that is not scheduled says so after its title, coloured as the card's and the calendar's status. */
  .event-status {
    font-weight: 600;
    color: var(--_warning);
  }

  .event-status.cancelled {
    color: var(--_danger);
  }

  /* Tooltip */
  .tooltip {
    position: fixed;
    z-index: 1001;
    display: grid;
    /* In the map's em: this text is 0.875em of it. */
    gap: calc(0.125em / 0.875);
    max-width: min(calc(20em / 0.875), calc(100vw - 16px));
    padding: calc(0.375em / 0.875) calc(0.625em / 0.875);
    background: var(--_text);
    color: var(--_surface);
    border-radius: calc(var(--_map-radius) * 0.75 / 0.875);
    font-size: 0.875em;
    line-height: 1.35;
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.25);
    visibility: hidden;
  }

  /* The 8 px gap to the marker belongs to the tooltip: the pointer on its way onto the tooltip does not
     cross the map, where a member country would show its own tooltip instead (WCAG 1.4.13). */
  .tooltip::before {
    content: '';
    position: absolute;
    inset-inline: 0;
    top: 100%;
    height: 8px;
  }

  .tooltip[data-side='bottom']::before {
    top: auto;
    bottom: 100%;
  }

  .tooltip .muted {
    color: inherit;
    opacity: 0.85;
  }

  .tooltip ul {
    margin: 0;
    padding-inline-start: calc(1em / 0.875);
  }

  /* Popover */
  .member + .member {
    border-top: 1px solid var(--_map-border);
    padding-top: 0.5em;
    margin-top: 0.5em;
  }

  .member-name {
    margin: 0;
    font-size: 1em;
  }

  .popover .details-title {
    margin-bottom: calc(0.5em / 1.125);
  }

  .footnote {
    overflow-wrap: anywhere;
    margin: 0;
    font-size: 0.8125em;
    color: var(--_text-muted);
  }

  /* On a right-to-left page the note starts at the right as the rest does; its text (the span) keeps its own direction. */
  :host(:dir(rtl)) .footnote {
    unicode-bidi: isolate;
  }

  @container map (max-width: 32em) {
    .stage,
    .first-load > [part~='loading'] {
      aspect-ratio: 1;
    }

    .zoom button,
    .pan {
      min-width: calc(2em / 1.125);
      min-height: calc(2em / 1.125);
    }

    .pan {
      --_below: calc(8.25em / 1.125);
    }

    .controls {
      width: 100%;
    }

    .picker {
      flex: 1 1 calc(8em / 0.875);
    }

    select {
      max-width: none;
      width: 100%;
    }
  }

  /* A narrow map with large text (320 px at 200%): the zoom buttons in a row over its top, and the map below
     them as wide as the stage, taller to make room for them (a column took a third of its width). */
  @container map (max-width: 18em) {
    .stage,
    .first-load > [part~='loading'] {
      aspect-ratio: 3 / 4;
    }

    .zoom {
      grid-auto-flow: column;
    }

    /* Below that row. */
    .pan.up {
      top: calc(2.75em / 1.125);
    }
  }

  /* A narrow map's tables: each member, and each place with its events, a block of lines (four columns in
     32em scrolled sideways, and a place's events in a column a few words wide, each line of a German title
     read by scrolling). Each member's value follows its column's name. The tables keep their semantics
     through explicit roles. "table": the "elsewhere" strip's buttons have a class "members" too, and were
     made blocks, their dots squeezed out. */
  @container map (max-width: 32em) {
    table thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    table,
    table caption,
    table tbody,
    table tr,
    table th,
    table td {
      display: block;
    }

    /* A name or web address longer than the line at a large text size ("IISG-Unterstützungsgruppe"). */
    table {
      overflow-wrap: anywhere;
    }

    table tr {
      padding: calc(0.375em / 0.9375) 0;
      border-bottom: 1px solid var(--_map-border);
    }

    table th,
    table td {
      padding: calc(0.0625em / 0.9375) calc(0.5em / 0.9375);
      border: 0;
    }

    table.members td:empty {
      display: none;
    }

    table.members td::before {
      content: attr(data-label) ': ';
      content: attr(data-label) ': ' / '';
      color: var(--_text-muted);
    }
  }

  @container map (min-width: 60em) {
    .stage,
    .first-load > [part~='loading'] {
      /* 16:10 */
      aspect-ratio: ${MAX_ASPECT};
    }
  }

  @media (forced-colors: active) {
    .views button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }

    .stage,
    .sea {
      fill: Canvas;
      background: Canvas;
    }

    path {
      fill: Canvas;
      stroke: CanvasText;
    }

    path.member {
      fill: Highlight;
    }

    .marker::before,
    .swatch,
    .place .dot {
      forced-color-adjust: none;
      background: LinkText;
      border-color: Canvas;
      box-shadow: 0 0 0 1px CanvasText;
    }

    .marker.country::before,
    .swatch.country {
      background: Canvas;
      border-color: LinkText;
    }

    /* Keeps the halo (a box shadow) of the focus ring: Highlight on a Highlight country otherwise. */
    .marker:focus-visible {
      forced-color-adjust: none;
    }

    .marker .count,
    .swatch {
      forced-color-adjust: none;
      color: Canvas;
    }

    .marker.events::before,
    .swatch.events,
    .place.events .dot {
      background: transparent;
      border-color: CanvasText;
    }

    /* A halo: the ring stays visible over a member country (Highlight, dark in a light scheme). */
    .marker.events::before,
    .swatch.events {
      box-shadow: 0 0 0 2px Canvas, inset 0 0 0 2px Canvas;
    }

    .swatch.member {
      background: Highlight;
    }

    .tooltip {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .toolbar .controls,
    .roving,
    .legend {
      display: none;
    }

    .table-wrap.visually-hidden {
      position: static;
      width: auto;
      height: auto;
      margin: 0;
      overflow: visible;
      clip: auto;
      white-space: normal;
    }
  }
`;
