/**
 * Folding text for search: what a visitor in the region types on whatever keyboard they have, and what
 * the feed says in whichever script, fold to the same lower-case, mostly ASCII Latin string.
 *
 * - Case, and diacritics that Unicode decomposes (NFKD): "Prishtinë" → "prishtine", "Çarshia" →
 *   "carshia", "Šabac" / "Ćuprija" / "Žabljak" → "sabac" / "cuprija" / "zabljak", "München" → "munchen";
 *   compatibility forms too: the one-letter digraphs "ǅ", "ǈ", "ǋ" → "dz", "lj", "nj", "ﬁ" → "fi".
 * - Letters Unicode does not decompose: "đ" → "dj" (as it is typed without the key: "Djakovica"), and
 *   "ð" and "ɖ", which look like it; "ł" → "l", "ø" → "o", "ß" → "ss", "æ" → "ae", "œ" → "oe",
 *   "þ" → "th", "ı" → "i", "ħ" → "h", "ŧ" → "t".
 * - Serbian and Macedonian Cyrillic, letter by letter, to the Latin alphabet of the same language,
 *   then folded like it: "Београд" → "beograd" as "Beograd"; "љ", "њ", "џ" → "lj", "nj", "dz" as "lj",
 *   "nj", "dž"; "ђ" → "dj" as "đ"; "ћ", "ч" → "c" as "ć", "č"; Macedonian "ѓ", "ќ", "ѕ" → "gj", "kj", "dz"
 *   as "ǵ"/"gj", "ḱ"/"kj", "dz". Because the Latin alphabets are exactly the transliteration of the
 *   Cyrillic ones, the Latin and Cyrillic spellings of a word fold to the same string, digraphs included:
 *   "Џеп"/"Džep" → "dzep", "Надживети"/"nadživeti" → "nadziveti", "одјек"/"odjek" → "odjek".
 * - Other Cyrillic letters (Bulgarian, Russian, Ukrainian names), with "j" as in Serbian: "щ" → "sht",
 *   "ъ" → "a", "ь" → "", "ы" → "y", "э" → "e", "ю" → "ju", "я" → "ja", "й" → "j", "є" → "je",
 *   "і"/"ї" → "i", "ґ" → "g": "София" → "sofija" as Serbian "Sofija".
 *
 * Every other character is kept (lower-cased, without its combining marks), so the result of folding is
 * folded again unchanged. Text that is already ASCII is only lower-cased.
 */

const NOT_ASCII = /[^\0-\x7f]/;
const MARK = /^\p{M}$/u;

/** Letters without a decomposition, to their folded form. */
const LETTERS: Record<string, string> = {
  // Latin.
  đ: 'dj', ð: 'dj', ɖ: 'dj', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't',
  // Serbian and Macedonian Cyrillic; "ѓ", "ќ" are "г", "к" and an acute after NFKD (see foldText).
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'dj', е: 'e', ж: 'z', з: 'z', ѕ: 'dz', и: 'i', ј: 'j', к: 'k',
  л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'c', у: 'u',
  ф: 'f', х: 'h', ц: 'c', ч: 'c', џ: 'dz', ш: 's',
  // Other Cyrillic, for names from Bulgarian, Russian and Ukrainian; "й" is "и" and a breve after NFKD.
  щ: 'sht', ъ: 'a', ь: '', ы: 'y', э: 'e', ю: 'ju', я: 'ja', є: 'je', і: 'i', ґ: 'g',
};

/** U+0080 to U+04FF (Latin, combining marks, Greek, Cyrillic), by code - 0x80, folded; built on first use. */
const TABLE_END = 0x500;
let table: string[] | undefined;
/** Characters from U+0500 on, folded as they come (marks dropped, the rest kept): one entry per character seen. */
const others = new Map<string, string>();

function buildTable(): string[] {
  const folded: string[] = [];
  for (let code = 0x80; code < TABLE_END; code++) {
    const ch = String.fromCharCode(code);
    folded.push(LETTERS[ch] ?? (MARK.test(ch) ? '' : ch));
  }
  return folded;
}

const ACUTE = 0x301;
const BREVE = 0x306;
/** g, k, г, к: with an acute, the Macedonian ǵ, ḱ, ѓ, ќ, folded to gj, kj. */
const TAKES_J = new Set([0x67, 0x6b, 0x433, 0x43a]);
const CYRILLIC_I = 0x438;

/**
 * Lower case, without diacritics, in Latin letters: "prishtine" finds "Prishtinë", "djakovica" finds
 * "Đakovica" and "Ђаковица", "beograd" finds "Београд" and "састанак" finds "Sastanak".
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (!NOT_ASCII.test(lower)) return lower;
  const folded = (table ??= buildTable());
  const s = text.normalize('NFKD').toLowerCase();
  // ASCII runs are copied as they are; every other character is looked up.
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) continue;
    if (from < i) out += s.slice(from, i);
    if (code < TABLE_END) {
      if (code === ACUTE && TAKES_J.has(s.charCodeAt(i - 1))) out += 'j';
      else if (code === CYRILLIC_I && s.charCodeAt(i + 1) === BREVE) {
        out += 'j';
        i++;
      } else out += folded[code - 0x80];
    } else {
      const ch = String.fromCodePoint(s.codePointAt(i)!);
      let other = others.get(ch);
      if (other === undefined) others.set(ch, (other = MARK.test(ch) ? '' : ch));
      out += other;
      i += ch.length - 1;
    }
    from = i + 1;
  }
  return from < s.length ? out + s.slice(from) : out;
}
