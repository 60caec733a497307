/**
 * Attribute values pasted with typographic quotes: `src=“https://…/events.json”`, as a word processor, an e-mail
 * or a CMS's visual editor writes them. HTML does not take them for quotes, so the value keeps them and the
 * feed's address, a date or an event's id is not found. Read without them, and tell the page's editor so.
 * Only the attributes the element reads (its observed ones), and not `label`, whose text may hold quotes; not
 * « », which open and close texts in several of the languages.
 */
const AROUND = /^[“”„‘’‚]+|[“”„‘’‚]+$/g;

export function straightenQuotes(host: HTMLElement, who: string) {
  for (const { name, value } of [...host.attributes]) {
    const straight = value.replace(AROUND, '');
    if (straight !== value && name !== 'label' && (host.constructor as unknown as { observedAttributes: string[] }).observedAttributes.includes(name)) {
      host.setAttribute(name, straight);
      // Short: these bytes are in every element's first load.
      console.warn(`${who}: ${name}=${value} read as "${straight}": write " for “ ” (a value with a space is cut at it)`);
    }
  }
}
