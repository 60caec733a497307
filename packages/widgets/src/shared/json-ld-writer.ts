/**
 * Writes schema.org JSON-LD where crawlers read it: a `<script type="application/ld+json">` in the page's
 * `<head>`, one for each element that has an event no other element on the page writes, taken out when the
 * element leaves. Not in the element's light DOM: that is
 * the page's, and a framework that renders it (React hydrating server HTML) finds a child it did not write.
 * Under `require-trusted-types-for 'script'` a script's text needs a Trusted Types policy; ours only ever
 * passes JSON made by `jsonLdScriptText`, which cannot break out.
 */
import type { Feed, FeedEvent } from '@iisg/feed';

type ScriptPolicy = { createScript: (text: string) => unknown };
let policy: ScriptPolicy | null | undefined;

function scriptPolicy(): ScriptPolicy | null {
  if (policy === undefined) {
    const tt = (window as unknown as { trustedTypes?: { createPolicy: (name: string, rules: { createScript: (s: string) => string }) => ScriptPolicy } }).trustedTypes;
    try {
      policy = tt ? tt.createPolicy('iisg-json-ld', { createScript: (text) => text }) : null;
    } catch {
      policy = null; // The page's CSP names its allowed policies and not ours: skip the markup, never break the element.
    }
  }
  return policy;
}

const MARK = 'data-iisg-structured-data';

/** Each element's latest call: a write still loading the builder is overtaken by any call after it. */
const calls = new WeakMap<HTMLElement, number>();
/**
 * Each element's script in the head, and what each element has to write, as script texts, in the order the
 * elements first asked. An event already written by an element before it (a card beside a calendar that lists
 * the same event) is left out of a later one's script: a crawler would count it twice. When the first leaves,
 * the next writes it. One record for the page, so that two elements' own modules (the calendar's and the card's
 * drop-in files, each with its copy of this module) see each other's; named for this shape of record.
 */
const { scripts, wanted } = ((globalThis as Record<symbol, unknown>)[Symbol.for('iisg-json-ld-1')] ??= {
  scripts: new WeakMap(),
  wanted: new Map(),
}) as { scripts: WeakMap<HTMLElement, HTMLScriptElement>; wanted: Map<HTMLElement, string[]> };

/**
 * Replace the element's structured data with the events' JSON-LD (one object, or a list for several; an event
 * without a location has none, and one another element on the page writes is left to it),
 * or remove it (no events). The JSON-LD builder loads on first use, so pages pay for it only when
 * they have something to mark up.
 */
export async function writeEventsJsonLd(host: HTMLElement, feed: Feed | null, events: FeedEvent[], lang: string) {
  const call = (calls.get(host) ?? 0) + 1;
  calls.set(host, call);
  if (!feed || !events.length) return forget(host);
  const { eventJsonLd, jsonLdScriptText } = await import('@iisg/feed/json-ld');
  // Gone, or asked again meanwhile (structured data switched off, another month): not written over that.
  if (!host.isConnected || calls.get(host) !== call) return;
  // An event with no location has none: Google would report it as an invalid item.
  wanted.set(host, events.flatMap((e) => eventJsonLd(feed, e, lang) ?? []).map((data) => jsonLdScriptText(data)));
  writeAll();
}

/** The element's structured data goes, and an event only it wrote is written by the next element that has it. */
function forget(host: HTMLElement) {
  scripts.get(host)?.remove();
  scripts.delete(host);
  if (wanted.delete(host)) writeAll();
}

/** Every element's script, each event in the first element's only. */
function writeAll() {
  const written = new Set<string>();
  for (const [host, texts] of wanted) {
    // Taken out of the page, its disconnectedCallback not run yet: it writes nothing, and leaves its events to the rest.
    const own = host.isConnected ? texts.filter((text) => !written.has(text)) : [];
    for (const text of own) written.add(text);
    write(host, own);
  }
}

function write(host: HTMLElement, own: string[]) {
  let script = scripts.get(host);
  if (!own.length) return script?.remove();
  // One object, or a list: each text is already safe inside the script (jsonLdScriptText).
  const text = own.length === 1 ? own[0] : `[${own.join(',')}]`;
  const tt = scriptPolicy();
  if ('trustedTypes' in window && !tt) return;
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(MARK, '');
    scripts.set(host, script);
  }
  // (Again after a move, or when the page's own code took it out.)
  if (!script.isConnected) host.ownerDocument.head.append(script);
  if (script.text !== text) (script as unknown as { text: unknown }).text = tt ? tt.createScript(text) : text;
}
