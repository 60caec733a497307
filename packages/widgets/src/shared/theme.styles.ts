import { css } from 'lit';

/**
 * The global tokens (`--iisg-*`, set once on a page) mapped to the private properties every element
 * styles with (`--_*`). Light by default; `theme="dark"`, or `theme="auto"` with a dark system setting,
 * switches to the dark tokens; forced colours use system colours. The colour pairs the elements draw pass
 * WCAG AA (test/themes/contrast.test.ts lists them); the border outlines inputs and buttons, so it keeps 3:1
 * against the surface (WCAG 1.4.11).
 *
 * Tokens: --iisg-color-surface, --iisg-color-surface-alt, --iisg-color-text, --iisg-color-text-muted,
 * --iisg-color-border, --iisg-color-accent, --iisg-color-on-accent, --iisg-color-danger,
 * --iisg-color-warning, --iisg-color-focus, --iisg-font-family, --iisg-font-size, --iisg-radius,
 * --iisg-space, --iisg-sticky-top.
 * Lengths: every element's styles are in its own em (its text is --iisg-font-size), never in rem, so that the
 * token or a font-size on the element scales the whole widget. Inside a smaller or larger text, a length is
 * written as `calc(0.25em / 0.875)`: a quarter of the element's em, in a text 0.875 of its size.
 * Dark tokens: --iisg-dark-color-surface, --iisg-dark-color-surface-alt, --iisg-dark-color-text,
 * --iisg-dark-color-text-muted, --iisg-dark-color-border, --iisg-dark-color-accent,
 * --iisg-dark-color-on-accent, --iisg-dark-color-danger, --iisg-dark-color-warning, --iisg-dark-color-focus.
 */
const darkTokens = css`
  --_surface: var(--iisg-dark-color-surface, #15191e);
  --_surface-alt: var(--iisg-dark-color-surface-alt, #1f252c);
  --_text: var(--iisg-dark-color-text, #eef1f4);
  --_text-muted: var(--iisg-dark-color-text-muted, #b3bcc6);
  --_border: var(--iisg-dark-color-border, #66707c);
  --_accent: var(--iisg-dark-color-accent, #8cc4ff);
  --_on-accent: var(--iisg-dark-color-on-accent, #0b1b2c);
  --_danger: var(--iisg-dark-color-danger, #ff9c9c);
  --_warning: var(--iisg-dark-color-warning, #ffcf7a);
  --_focus: var(--iisg-dark-color-focus, #9fd0ff);
  color-scheme: dark;
`;

export const themeStyles = css`
  :host {
    --_surface: var(--iisg-color-surface, #ffffff);
    --_surface-alt: var(--iisg-color-surface-alt, #f3f5f8);
    --_text: var(--iisg-color-text, #1a1f26);
    --_text-muted: var(--iisg-color-text-muted, #4f5966);
    --_border: var(--iisg-color-border, #88929e);
    --_accent: var(--iisg-color-accent, #0b4f8a);
    --_on-accent: var(--iisg-color-on-accent, #ffffff);
    --_danger: var(--iisg-color-danger, #a4161a);
    --_warning: var(--iisg-color-warning, #7a4a00);
    --_focus: var(--iisg-color-focus, #0b62c4);
    --_font: var(--iisg-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    /* The page's text around the element (1em here is its parent's), never below the root's (1rem, the visitor's size):
       a site with html { font-size: 62.5% } and body { font-size: 1.6rem } gets 16 px widgets, not 10 px. */
    --_font-size: var(--iisg-font-size, max(1rem, 1em));
    --_radius: var(--iisg-radius, 0.5em);
    --_space: var(--iisg-space, 1em);
    --_sticky-top: var(--iisg-sticky-top, 0px);

    color-scheme: light;
    box-sizing: border-box;
    /* The shorthand, so that a page's italic, bold or small capitals stop at the widget as its font does; with
       the other inherited text properties a page may set on a parent (a sidebar's nowrap drew the calendar's
       template whitespace as extra grid columns). A link around the element: link-decoration.ts. */
    font: var(--_font-size)/1.5 var(--_font);
    color: var(--_text);
    text-align: start;
    letter-spacing: 0;
    text-transform: none;
    white-space: normal;
    word-break: normal;
    text-shadow: none;
    -webkit-text-stroke: 0;
    text-emphasis: none;
    -webkit-text-emphasis: none;
    /* A page's none had the status words' small capitals drawn as full capitals. */
    font-synthesis: initial;
    /* Each element is a size container (its container queries), whose content gives it no width: where a page
       sizes it by its content (a flex row, an auto grid column, inline-block, a float), it was 0 px wide. */
    contain-intrinsic-inline-size: 40em;
    min-width: 0;
  }

  :host([theme='dark']) {
    ${darkTokens}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }

  @media (forced-colors: active) {
    :host {
      --_surface: Canvas;
      --_surface-alt: Canvas;
      --_text: CanvasText;
      --_text-muted: CanvasText;
      --_border: CanvasText;
      --_accent: LinkText;
      --_on-accent: Canvas;
      --_danger: CanvasText;
      --_warning: CanvasText;
      --_focus: Highlight;
    }
  }

  /* Status words are small capitals the font does not have: Chromium and WebKit make them up at 70% of the font
     size, Firefox at 80%. Their sizes are written for 70% (calc(… * var(--_caps, 1))). */
  @supports (-moz-appearance: none) {
    :host {
      --_caps: 0.875;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    :host *,
    :host *::before,
    :host *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }

  /* On the shadow tree's own elements, not inherited from :host: a page's * { box-sizing: content-box;
     line-height: 3 } matches the host and beats :host, but stops at the shadow root. (The font size stays
     inherited: a page's base size, or a rule on the element, scales it as --iisg-font-size does.) */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :host > * {
    line-height: 1.5;
  }

  /* Browsers give form controls letter-spacing: normal and word-spacing: normal, so a visitor's wider text
     spacing (WCAG 1.4.12), which reaches the shadow tree only by inheritance, stopped at every button. */
  :where(button, input, select) {
    letter-spacing: inherit;
    word-spacing: inherit;
  }

  :host([hidden]) {
    display: none;
  }

  /* What an element's ResizeObserver (and an open sheet's) watch: an empty block as wide as the element less
     1em, so its size changes with the element's width and text size and never with what it shows. A render
     that changes a watched box while the browser delivers observations (WebKit runs a promise's callbacks,
     such as the feed arriving, there) leaves one undelivered: "ResizeObserver loop completed ...". */
  .width-probe {
    padding-inline-end: 1em;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  /* A slash inside a word and the letter after it (shared/slash-words.ts): "P/CVE" is not broken after "P/". */
  .slash {
    white-space: nowrap;
  }

  a {
    color: var(--_accent);
  }

  /* The loading, error and saved-copy messages (shared/feed-status.ts): one look in every element. */
  .message {
    margin: 0 0 0.5em;
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  .message.error {
    border-inline-start: 4px solid var(--_danger);
  }

  .message.saved {
    border-inline-start: 4px solid var(--_warning);
  }

  /* "Try again" under a loading error, in every element. */
  .message .retry {
    margin-inline-start: 0.5em;
    padding: 0.125em 0.75em;
    min-height: 2.25em;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  /* In a right-to-left page the layout mirrors (the week runs right to left), but every text keeps its
     own direction: an English date, place or sentence is not reordered ("22 May 2019", not "May 2019 22"). */
  :host(:dir(rtl)) *:not(option) {
    unicode-bidi: plaintext;
  }
`;
