// Rollup plugin for the drop-in bundle: collapses whitespace and comments inside Lit's css`...`
// templates, which a JS minifier leaves alone. Only whitespace next to CSS punctuation is removed,
// so quoted strings (content: ' ▸') keep their spaces.

/**
 * Inside calc(), min() and max() (nested ones too), `/` and `*` need no spaces (`+` and `-` do), and a
 * leading zero goes: `calc(1.5em / 0.875)` -> `calc(1.5em/.875)`. Not elsewhere: `:host(:dir(rtl)) *` needs its space.
 */
function tightenMath(css) {
  let out = '';
  let from = 0;
  for (const match of css.matchAll(/\b(?:calc|min|max)\(/g)) {
    if (match.index < from) continue;
    let depth = 0;
    let end = match.index;
    for (; end < css.length; end++) {
      if (css[end] === '(') depth++;
      else if (css[end] === ')' && --depth === 0) break;
    }
    // No closing bracket in this part (a quoted string inside the function): the rest stays as it is.
    if (end === css.length) break;
    out += css.slice(from, match.index) + css.slice(match.index, end + 1).replace(/\s*([*/])\s*/g, '$1').replace(/([*/])0\.(\d)/g, '$1.$2');
    from = end + 1;
  }
  return out + css.slice(from);
}

export default function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/\.styles\.ts$/.test(id) && !code.includes('css`')) return null;
      const out = code.replace(/\bcss`([^`]*)`/g, (_, body) => {
        // Comments first (they may hold an apostrophe), then only what is outside quoted strings:
        // content: attr(data-label) ': ' keeps its space.
        const parts = body.replace(/\/\*[\s\S]*?\*\//g, '').split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/);
        const minified = parts
          .map((part, i) =>
            i % 2
              ? part
              : part
                  .replace(/\s+/g, ' ')
                  .replace(/\s*([{};,>])\s*/g, '$1')
                  .replace(/:\s+/g, ':')
                  .replace(/;}/g, '}')
                  // 0.25rem -> .25rem (after a space, colon, comma, bracket or minus sign only: not inside a name)
                  .replace(/([ :,(-])0\.(\d)/g, '$1.$2'),
          )
          .map((part, i) => (i % 2 ? part : tightenMath(part)))
          .join('')
          .trim();
        return `css\`${minified}\``;
      });
      return out === code ? null : { code: out, map: null };
    },
  };
}
