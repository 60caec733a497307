// Text for from-ics: HTML descriptions (Google Calendar's) as plain text, and LOCATION as venue, city and country.
import type { RawEvent } from './format-feed.js';
import { foldText } from './filter-events.js';

/**
 * Named references as CMS editors and Outlook write them: punctuation, and the accented letters of the region's
 * languages that a Latin-1 editor escapes. Names are case-sensitive (`&Eacute;` is É, `&eacute;` é); others stay as written.
 */
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '',
  lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»',
  ndash: '–', mdash: '—', hellip: '…', bull: '•', middot: '·', deg: '°', euro: '€', copy: '©', reg: '®', trade: '™',
  ...letters('Ccaron Č ccaron č Cacute Ć cacute ć Scaron Š scaron š Zcaron Ž zcaron ž Dstrok Đ dstrok đ Euml Ë euml ë Ccedil Ç ccedil ç Eacute É eacute é Egrave È egrave è Auml Ä auml ä Ouml Ö ouml ö Uuml Ü uuml ü szlig ß'),
};

/** A named reference's character: the table's own keys only (`&constructor;` read Object's, as "function Object() {…}"). */
const entity = (name: string): string | undefined => (Object.hasOwn(ENTITIES, name) ? ENTITIES[name] : undefined);

/** `'Ccaron Č ccaron č'` as `{Ccaron: 'Č', ccaron: 'č'}`. */
function letters(pairs: string): Record<string, string> {
  const words = pairs.split(' ');
  return Object.fromEntries(words.filter((_, i) => i % 2 === 0).map((name, i) => [name, words[2 * i + 1]]));
}
/** The address of a link's tag (`<a ...>`, which has no '<' or '>' inside): the first `href=` with a value. */
const HREF = /\bhref\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)'|([^\s"'<>]+))/i;

/** Google Calendar writes DESCRIPTION as HTML; the feed wants plain text with blank-line paragraphs. */
export function htmlToText(html: string): string {
  return withoutCode(html)
    .replace(/\r\n?/g, '\n')
    .replace(/\n/g, ' ')
    // A link keeps its address: marked here (\u0001 address \u0002 text \u0003), written out once the tags are gone.
    // The tag first, then its href: one pattern for both, tried on '<a href=xxx…' with no '>', went back over every
    // split of the address and what follows it (quadratic: 10 seconds for 60,000 characters).
    .replace(/<a\s[^<>]*>/gi, (tag) => {
      const href = HREF.exec(tag);
      return href ? `\u0001${href[1] ?? href[2] ?? href[3]}\u0002` : tag;
    })
    .replace(/<\/a\s*>/gi, '\u0003')
    .replace(/<br\s*\/?>/gi, '\n')
    // A tag ends before the next '<': with [^>], each of 30,000 '<p ' without a '>' scanned to the end (seconds).
    .replace(/<\/?(?:p|div|h[1-6]|ul|ol|table)(?:\s[^<>]*)?>/gi, '\n\n')
    .replace(/<li[^<>]*>/gi, '\n- ')
    .replace(/<[^<>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
      if (name[0] === '#') return character(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
      return entity(name) ?? entity(name.toLowerCase()) ?? all;
    })
    .replace(/\u0001([^\u0001-\u0003]*)\u0002([^\u0001-\u0003]*)\u0003?/g, (_, href: string, text: string) => linkText(href.trim(), text))
    .replace(/[\u0001-\u0003]/g, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The HTML without its `<script>` and `<style>` elements, whose contents are code, not text (they were kept as
 * words). One pass over the tags: a lazy pattern from each opening tag to its end tag went to the end of the text
 * for each of many opening tags without one. An element that is never closed keeps its contents (its tags go later).
 */
function withoutCode(html: string): string {
  let text = '';
  let from = 0;
  let open: RegExpMatchArray | undefined;
  for (const tag of html.matchAll(/<(\/?)(script|style)\b[^<>]*>/gi)) {
    if (!open && !tag[1]) open = tag;
    else if (open && tag[1] && tag[2].toLowerCase() === open[2].toLowerCase()) {
      text += html.slice(from, open.index);
      from = tag.index! + tag[0].length;
      open = undefined;
    }
  }
  return text + html.slice(from);
}

/**
 * The character a numeric reference (`&#8211;`) names. `&#0;`, a surrogate (`&#xD800;`) and a number past U+10FFFF
 * (`&#99999999;`, which String.fromCodePoint throws on: the whole sheet was refused) are U+FFFD, as browsers read them.
 */
function character(code: number): string {
  return code === 0 || (code >= 0xd800 && code <= 0xdfff) || !(code <= 0x10ffff) ? '\uFFFD' : String.fromCodePoint(code);
}

/** A link as text: `Register (https://rcc.int/register)`, or the address alone when the text is the address. */
function linkText(href: string, text: string): string {
  if (!/^(https?:\/\/|mailto:)/i.test(href)) return text;
  const address = href.replace(/^mailto:/i, '');
  const label = text.trim();
  return !label || label === href || label === address ? address : `${text} (${address})`;
}

/** Links that join a call, by service. */
const JOIN_LINKS: [RegExp, string][] = [
  [/\bteams\.(?:microsoft|live)\.com\/(?:l\/meetup-join|meet)\//i, 'a Microsoft Teams link'],
  [/\bzoom\.us\/(?:j|my|w|s)\//i, 'a Zoom link'],
  [/\bmeet\.google\.com\/[a-z]/i, 'a Google Meet link'],
  [/\bwebex\.com\/(?:meet|join|[\w.-]+\/j\.php)/i, 'a Webex link'],
  [/\b(?:gotomeeting\.com\/join|meet\.goto\.com)\//i, 'a GoTo Meeting link'],
];
/** A line giving what opens a call: "Passcode: abc123" (English, German and French, as Teams and Zoom write them). */
const SECRET_LINE = /^[ \t*>-]*(passcode|password|meeting password|pin|meeting id|conference id|kenncode|passwort|besprechungs-id|mot de passe|code secret|id de réunion)\s*:\s*\S/gim;

/** What a description holds that lets anyone join a call: `['a Microsoft Teams link', '"Passcode:"']`, or nothing. */
export function joinDetails(text: string): string[] {
  const found = JOIN_LINKS.filter(([pattern]) => pattern.test(text)).map(([, what]) => what);
  for (const [, label] of text.matchAll(SECRET_LINE)) {
    const quoted = `"${label.trim()}:"`;
    if (!found.includes(quoted)) found.push(quoted);
  }
  return found;
}

let countryCodes: Map<string, string> | undefined;

function countryKey(name: string): string {
  return foldText(name).replace(/\*/g, '').replace(/&/g, ' and ').replace(/\s+/g, ' ').trim();
}

/** Country name (in English or `language`) or code to its ISO code, from the runtime's region names. */
function countryCode(name: string, language: string): string | undefined {
  if (!countryCodes) {
    countryCodes = new Map();
    const A = 65;
    for (const lang of new Set(['en', language])) {
      let names: Intl.DisplayNames;
      try {
        names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
      } catch {
        continue;
      }
      for (let a = 0; a < 26; a++) {
        for (let b = 0; b < 26; b++) {
          const code = String.fromCharCode(A + a, A + b);
          const display = names.of(code);
          if (display && display !== code) {
            countryCodes.set(countryKey(display), code);
            countryCodes.set(code.toLowerCase(), code);
          }
        }
      }
    }
    for (const [alias, code] of [['kosova', 'XK'], ['macedonia', 'MK'], ['republic of north macedonia', 'MK'], ['bosnia', 'BA'], ['serbia', 'RS']]) countryCodes.set(alias, code);
  }
  return countryCodes.get(countryKey(name));
}

/** "Venue, City, Country" (as `toIcs` and most calendars write it) to a location; else all of it as the venue. */
export function readPlace(text: string, language: string): NonNullable<RawEvent['location']> {
  // Split at commas and trim: /\s*,\s*/, tried from each space of a long run, was quadratic.
  const parts = text.split(',').map((part) => part.trim()).filter(Boolean);
  const country = parts.length > 1 ? countryCode(parts[parts.length - 1], language) : undefined;
  if (!country) return { venue: text };
  const rest = parts.slice(0, -1);
  const location: NonNullable<RawEvent['location']> = { city: rest[rest.length - 1] };
  if (rest.length > 1) location.venue = rest.slice(0, -1).join(', ');
  location.country = country;
  return location;
}
