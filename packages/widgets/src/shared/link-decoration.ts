/**
 * A link (or `<u>`, `<ins>`, `<s>`, `<del>`) around an element drew its underline or line through every text of the
 * element's shadow tree: a decoration is not inherited but propagated, and no style inside can take it off. It stops
 * only at an inline-block, so there the element is one, as wide as a block. Checked at each connection.
 */
import type { ReactiveElement } from 'lit';

let inlineBlock: CSSStyleSheet | undefined;

/** Adds the controller that does so to `host`: an element class's initializer (`addInitializer`). */
export function stopLinkDecoration(host: ReactiveElement) {
  host.addController({
    hostConnected() {
      const root = host.shadowRoot;
      if (!root?.adoptedStyleSheets) return;
      // Inside one in its own tree, or in that of a component it is in.
      let inside = false;
      for (let at: Element | undefined = host; at && !inside; at = (at.getRootNode() as ShadowRoot).host) inside = !!at.parentElement?.closest('a[href],u,ins,s,del');
      // Last: over the element's display: block. A page's own display or width for the element still wins.
      if (!inlineBlock) (inlineBlock = new CSSStyleSheet()).replaceSync(':host{display:inline-block;width:100%;vertical-align:top}');
      const sheets = root.adoptedStyleSheets.filter((sheet) => sheet !== inlineBlock);
      if (inside || sheets.length < root.adoptedStyleSheets.length) root.adoptedStyleSheets = inside ? [...sheets, inlineBlock] : sheets;
    },
  });
}
