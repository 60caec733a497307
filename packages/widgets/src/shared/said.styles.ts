import { css } from 'lit';

/**
 * Punctuation a screen reader needs where the eye sees a new line: `.then` ends its text with a comma
 * ("Title," before the place's line), `.said` is a span of such punctuation at the end of a line. Both are
 * inline and take no width, and a `::after` stays out of the element's `textContent`: in an accessible
 * name, Chrome puts a space before a positioned `.visually-hidden` ("Title , Tirana").
 */
export const saidStyles = css`
  .said,
  .then::after {
    font-size: 1px;
    /* No width at all: a label cut to its box ("To be confirmed") still fits it. */
    letter-spacing: -1px;
    color: transparent;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .then::after {
    content: ',';
  }
`;
