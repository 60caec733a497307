// Rollup plugin for the drop-in modules: a date-fns locale object carries code to parse dates (`match`),
// relative-date phrases (`formatRelative`) and long date formats (`formatLong`) that the widgets never
// call: they print dates with their own small pattern formatter over the locale's `localize` names, and
// the event card's "in 3 days" uses `formatDistance`. Object properties cannot be tree-shaken, so this
// drops the three (and formatDistance where the card is not bundled) from each locale module before
// bundling (about 1 KB gzip on every first load).
// A date-fns release that lays its locale modules out differently fails the build here, not silently.
const UNUSED = ['match', 'formatRelative', 'formatLong'];
const LOCALE_MODULE = /[\\/]date-fns[\\/]locale[\\/][\w-]+\.js$/;

/** The English locale's names are written out in packages/widgets/src/locales/load-locale.ts. */
const OWN_NAMES = /[\\/]date-fns[\\/]locale[\\/]en-GB\.js$/;

/** `relativeTime: false` for a bundle without the event card: its "in 3 days" is the only formatDistance use. */
export default function dateFnsNamesOnly({ relativeTime = true } = {}) {
  const unused = relativeTime ? UNUSED : [...UNUSED, 'formatDistance'];
  return {
    name: 'date-fns-names-only',
    transform(code, id) {
      if (!LOCALE_MODULE.test(id)) return null;
      let out = code;
      for (const field of OWN_NAMES.test(id) ? [...unused, 'localize'] : unused) {
        const importLine = new RegExp(`^import \\{ ${field} \\} from "[^"]+";\\n`, 'm');
        const property = new RegExp(`^\\s*${field}: ${field},\\n`, 'm');
        if (!importLine.test(out) || !property.test(out)) {
          this.error(`${id}: expected an import of ${field} and a "${field}: ${field}," property (has date-fns changed its locale modules?)`);
        }
        out = out.replace(importLine, '').replace(property, '');
      }
      return { code: out, map: null };
    },
  };
}
