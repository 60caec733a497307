/** Register a custom element once: a page that loads the drop-in bundle twice keeps working. */
export function defineElement(tag: string, element: CustomElementConstructor) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
