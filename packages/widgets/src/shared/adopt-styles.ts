import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult, type CSSResultOrNative, type LitElement } from 'lit';

/** What each shadow root was given here, beyond its element's static `styles`. */
const added = new WeakMap<ShadowRoot, Set<CSSResult>>();

/**
 * Add styles that load on demand to a rendered element's shadow root: just before `before`, one of its
 * static `styles` (whose rules, and those of every style after it, still win over theirs), or at the end.
 * Constructed stylesheets, as Lit's own, pass `style-src 'self'`; a browser without them gets `<style>`
 * elements, as Lit gives it for every style. A style the element already has, or was given before, is skipped.
 */
export function adoptStylesBefore(host: LitElement, styles: CSSResult[], before?: CSSResultOrNative) {
  const root = host.renderRoot as ShadowRoot;
  const given = added.get(root) ?? new Set();
  added.set(root, given);
  const own = (host.constructor as typeof LitElement).elementStyles;
  const fresh = styles.filter((s) => !given.has(s) && !own.includes(s));
  if (!fresh.length) return;
  for (const s of fresh) given.add(s);
  if (!supportsAdoptingStyleSheets) return adoptStyles(root, fresh);
  const sheets = root.adoptedStyleSheets;
  const at = before ? sheets.indexOf(before instanceof CSSStyleSheet ? before : before.styleSheet!) : -1;
  const sheetsToAdd = fresh.map((s) => s.styleSheet!);
  root.adoptedStyleSheets = at < 0 ? [...sheets, ...sheetsToAdd] : [...sheets.slice(0, at), ...sheetsToAdd, ...sheets.slice(at)];
}
