import { css } from 'lit';

/** The event popover and its sheet form, shared by the calendar and the timeline. */
export const popoverStyles = css`
  .popover {
    position: fixed;
    z-index: 1000;
    inset: auto;
    margin: 0;
    width: min(26rem, calc(100vw - 16px));
    overflow: auto;
    padding: var(--_space);
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 8px 28px rgb(0 0 0 / 0.22);
    visibility: hidden;
  }

  .popover.sheet {
    left: 0 !important;
    right: 0;
    bottom: 0;
    top: auto !important;
    width: 100%;
    max-height: 80vh;
    border-radius: var(--_radius) var(--_radius) 0 0;
    visibility: visible;
    animation: slide-up 0.18s ease-out;
  }

  @keyframes slide-up {
    from {
      transform: translateY(100%);
    }
  }

  /* Logical margins: in a right-to-left page the gap is still between the button and the title. */
  .popover-close {
    float: inline-end;
    margin-block-start: -0.25rem;
    margin-inline: 0.5rem -0.25rem;
  }

  .details {
    display: grid;
    gap: 0.4rem;
  }

  .details p,
  .details dl,
  .details ul {
    margin: 0;
  }

  .details-title {
    font-size: 1.125em;
    line-height: 1.3;
    margin: 0;
  }

  .details.cancelled .details-title {
    text-decoration: line-through;
  }

  .details-when {
    font-weight: 600;
  }

  .details dt {
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .details dd {
    margin: 0 0 0.25rem;
  }

  .details .status {
    font-weight: 700;
    color: var(--_warning);
    text-transform: uppercase;
    font-size: 0.8125em;
    letter-spacing: 0.04em;
  }

  .details.cancelled .status {
    color: var(--_danger);
  }

  .muted {
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .neighbours {
    padding-inline-start: 1.25em;
  }

  .link-button {
    all: unset;
    display: inline;
    text-align: start;
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
  }

  .link-button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;
