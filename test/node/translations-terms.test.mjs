// One word for "event" and one for "meeting" in each language: every translation of an English string that
// says "event(s)" or "meeting(s)" uses the language's word for it (a stem, so that its cases match), so that a
// visitor does not wonder whether a "Sitzung" and a "Treffen" are different things. Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en } from '../../packages/widgets/dist/locales/messages.js';
import { enMap } from '../../packages/widgets/dist/locales/en-map.js';
import { enTimeline } from '../../packages/widgets/dist/locales/en-timeline.js';

/** Every string leaf of a messages object, by path. */
function leaves(value, path = '', out = new Map()) {
  if (typeof value === 'string') out.set(path, value);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, `${path}.${k}`, out);
  return out;
}

/** The stems of each language's words for an event and a meeting. */
const TERMS = {
  sq: { event: 'ngjarje', meeting: 'takim' },
  'sr-Latn': { event: 'događaj', meeting: 'sastan' },
  'sr-Cyrl': { event: 'догађај', meeting: 'састан' },
  bs: { event: 'događaj', meeting: 'sastan' },
  hr: { event: 'događaj', meeting: 'sastan' },
  mk: { event: 'настан', meeting: 'состан' },
  sl: { event: 'dogod', meeting: 'sestan' },
  de: { event: 'veranstaltung', meeting: 'treffen' },
  fr: { event: 'événement', meeting: 'réunion' },
};

const english = leaves({ ...en, map: enMap, timeline: enTimeline });

for (const [lang, terms] of Object.entries(TERMS)) {
  test(`${lang}: the same word for "event" and for "meeting" in every string`, async () => {
    const translated = leaves((await import(`../../packages/widgets/dist/locales/${lang}.js`)).messages);
    let checked = 0;
    for (const [path, text] of english) {
      const own = translated.get(path);
      if (own === undefined || /^\.(lang|dates)\b/.test(path)) continue;
      for (const [term, stem] of Object.entries(terms))
        if (new RegExp(`\\b${term}s?\\b`, 'i').test(text)) {
          checked++;
          assert.ok(own.toLowerCase().includes(stem), `${lang} ${path}: "${own}" (for "${text}") does not say "${stem}…"`);
        }
    }
    assert.ok(checked > 20, `only ${checked} strings checked`);
  });
}
