/**
 * What an element's ResizeObserver watches for its size: the empty `.width-probe` its shadow root ends with
 * (theme.styles.ts says why not the host), or the host before its first render.
 */
export const widthBox = (host: HTMLElement): Element => host.shadowRoot?.querySelector('.width-probe') ?? host;
