import { css } from 'lit';

export const cardStyles = css`
  :host {
    --_card-surface: var(--_surface);
    --_card-border: var(--_border);
    --_card-accent: var(--_accent);
    --_card-radius: var(--_radius);
    --_card-padding: var(--_space);
    display: block;
    container: card / inline-size;
  }

  article {
    position: relative;
    display: grid;
    gap: calc(var(--_card-padding) * 0.5);
    padding: var(--_card-padding);
    padding-inline-start: calc(var(--_card-padding) + 4px);
    background: var(--_card-surface);
    border: 1px solid var(--_card-border);
    border-radius: var(--_card-radius);
    overflow-wrap: anywhere;
  }

  article::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    width: 4px;
    background: var(--_card-accent);
    border-start-start-radius: inherit;
    border-end-start-radius: inherit;
  }

  article.cancelled::before {
    background: var(--_danger);
  }

  p,
  dl,
  dd,
  ul {
    margin: 0;
  }

  .title {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }

  .cancelled .title {
    text-decoration: line-through;
  }

  .status {
    /* Round its word: justify-self does not shrink a block in Firefox or WebKit. */
    width: fit-content;
    /* Less above than below: small capitals stand on the baseline of a larger font's line. */
    padding: 0.03em 0.35em 0.11em;
    border: 1px solid currentColor;
    border-radius: 999px;
    /* Small capitals at about 70%: uppercase reached screen readers in capitals. */
    font-size: calc(1.16em * var(--_caps, 1));
    line-height: 1;
    font-weight: 700;
    font-variant-caps: all-small-caps;
    letter-spacing: 0.04em;
    color: var(--_warning);
  }

  .cancelled .status {
    color: var(--_danger);
  }

  .series,
  .original-date,
  .relative,
  .footnote,
  .label,
  dt {
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .when {
    font-weight: 600;
  }

  /* Its space is in its text (said with it); with this, about half an em from the date. */
  .relative {
    font-weight: 400;
    margin-inline-start: 0.25em;
  }

  .description {
    display: grid;
    gap: 0.5em;
  }

  .description ul,
  .related ul {
    padding-inline-start: 1.25em;
  }

  /* WebKit draws a bullet on its item's text's side (left of an English item, on a page's edge or over a
     link's first word): on a right-to-left page the bullet is drawn, at the item's start as elsewhere. */
  :host(:dir(rtl)) :is(.description, .related) li {
    list-style: none;
    position: relative;
  }

  :host(:dir(rtl)) :is(.description, .related) li::before {
    content: '•';
    content: '•' / '';
    position: absolute;
    inset-inline-start: -0.9em;
  }

  .people {
    display: grid;
    gap: 0.25em;
  }

  .footnote {
    border-top: 1px solid var(--_card-border);
    padding-top: 0.5em;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .tag {
    padding: 0 0.5em;
    font-size: 0.8125em;
    background: var(--_surface-alt);
    border: 1px solid var(--_card-border);
    border-radius: 999px;
  }

  /* Compact: one line for lists and sidebars (wraps only when it must). */
  article.compact {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.75em;
    row-gap: 0.125em;
    padding-block: calc(var(--_card-padding) * 0.5);
  }

  article.compact header {
    display: contents;
  }

  article.compact .title {
    order: 2;
    font-size: 1em;
    flex: 1 1 12em;
    min-width: 0;
  }

  /* On the title's line while it fits, else a line of its own, wrapped where narrower (kept on one line, a
     150 px sidebar cut it: "12–13 January 203"). */
  article.compact .when {
    order: 1;
    font-size: 0.875em;
    min-width: 0;
    /* Lines of even length: "28 September 2030 –" over "3 November 2031", not "2031" alone. */
    text-wrap: balance;
  }

  article.compact .status {
    order: 0;
  }

  article.compact .where {
    order: 3;
    font-size: 0.875em;
    color: var(--_text-muted);
  }

  /* The designation footnote (Kosovo*) explains the line: under it, on its own. */
  article.compact .footnote {
    order: 4;
    flex-basis: 100%;
  }

  article.teaser .title {
    font-size: 1.125em;
  }

  @container card (min-width: 36em) {
    .people > div {
      display: grid;
      grid-template-columns: 10em 1fr;
      gap: 1em;
    }
  }
`;
