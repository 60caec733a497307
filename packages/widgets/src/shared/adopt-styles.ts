import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult, type LitElement } from 'lit';

/**
 * Add styles that load on demand to a rendered element's shadow root: just before `before` (where its
 * static `styles` would have put them, so its own rules still come after), or at the end. Constructed
 * stylesheets, as Lit's own, pass `style-src 'self'`; a browser without them gets `<style>` elements, as
 * Lit gives it for every style. Adding a sheet twice does nothing.
 */
export function adoptStylesBefore(host: LitElement, styles: CSSResult[], before?: CSSResult) {
  const root = host.renderRoot as ShadowRoot;
  if (!supportsAdoptingStyleSheets) return adoptStyles(root, styles);
  const sheets = root.adoptedStyleSheets;
  const added = styles.map((s) => s.styleSheet!).filter((s) => !sheets.includes(s));
  if (!added.length) return;
  const at = before ? sheets.indexOf(before.styleSheet!) : -1;
  root.adoptedStyleSheets = at < 0 ? [...sheets, ...added] : [...sheets.slice(0, at), ...added, ...sheets.slice(at)];
}
