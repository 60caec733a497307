/** The `language` option of the CSV and iCalendar readers: a tag, and for a language written by name, its tag. */
import { isLanguageTag } from './read-values.js';

/** A RangeError when `language` is given and is not a language tag, naming the tag for one of the widgets' languages. */
export function checkLanguageOption(language: string | undefined) {
  if (language === undefined || isLanguageTag(language)) return;
  const tag = tagOfLanguage(language);
  throw new RangeError(`language: '${language}' is not a language tag such as 'en', 'sq' or 'sr-Latn'${tag ? ` (for ${language}, write '${tag}')` : ''}`);
}

/** The languages of the widgets, for a language written by name: `Albanian` or `shqip` → `sq`. */
const WIDGET_LANGUAGES = ['en', 'sq', 'sr', 'sr-Latn', 'sr-Cyrl', 'bs', 'hr', 'mk', 'sl', 'de', 'fr'];

/** The tag of a language named in English or in itself (`Serbian`, `srpski`), if it is one of the widgets'. */
function tagOfLanguage(name: string): string | undefined {
  const wanted = name.trim().toLowerCase();
  for (const tag of WIDGET_LANGUAGES) {
    for (const inLanguage of ['en', tag]) {
      try {
        const display = new Intl.DisplayNames([inLanguage], { type: 'language' }).of(tag)?.toLowerCase();
        if (display === wanted || display?.replace(/ \(.*\)$/, '') === wanted) return tag;
      } catch {
        return undefined; // a runtime without language names: no suggestion
      }
    }
  }
  return undefined;
}
