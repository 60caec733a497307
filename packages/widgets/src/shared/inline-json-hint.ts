/**
 * Why inline JSON (an element's `<script type="application/json">` child) is not JSON, when a CMS's editor did
 * it: entities for its quotes (`&quot;`), HTML tags around or in it (`<p>`, `<br>`), typographic quotes. An
 * on-demand chunk, loaded only when inline JSON is not a feed: the parser's "unexpected '&'" names no cause.
 */
import type { Problem } from '@iisg/feed';

export function reportInlineJson(text: string, [first]: Problem[], who: string) {
  // Text that is JSON (an event with a wrong field): its problems say where; a title may hold "&quot;" or “ ”.
  if (first?.code !== 'not-json') return;
  const causes: string[] = [];
  if (/&(quot|#0*34|#x0*22|amp|lt|gt|nbsp|#0*39|apos);/i.test(text)) causes.push("&quot; where quotes belong: the page's editor escaped it");
  const tag = /<\/?([a-z][a-z0-9]*)[^>]*>/i.exec(text)?.[1];
  if (tag) causes.push(`HTML tags (<${tag.toLowerCase()}>) in it: the page's editor added them`);
  // Only where JSON's own quotes go (around a name, before a text): a title may hold typographic quotes of its own.
  if (/[{[,:]\s*[“”„‘’]|[“”‘’]\s*[:,}\]]/.test(text)) causes.push(`typographic quotes (“ ”) where straight ones (") belong: a word processor or the page's editor changed them`);
  if (causes.length) console.error(`${who}: inline JSON: the feed's JSON has ${causes.join('; and ')}; paste the feed again in the editor's source or HTML view`);
}
