import { loadParser } from './feed-source.js';

/**
 * Register a custom element once: a page that loads the drop-in bundle twice keeps working.
 *
 * Every element shows a feed, and no feed shows before the parser chunk has loaded: registering starts
 * that load, so an element created later (or given its feed as a property, with no fetch to wait for)
 * finds the parser ready instead of waiting a round trip with an empty frame on screen.
 */
export function defineElement(tag: string, element: CustomElementConstructor) {
  if (!customElements.get(tag)) customElements.define(tag, element);
  void loadParser();
}
