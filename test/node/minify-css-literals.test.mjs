// The drop-in's CSS minifier (scripts/minify-css-literals.mjs) shortens Lit's css`` templates but leaves
// quoted strings as they are: `content: attr(data-label) ': '` lost its space (the map's narrow members table
// read "Role:National").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import minifyCssLiterals from '../../scripts/minify-css-literals.mjs';

const minify = (css) => minifyCssLiterals().transform(`export const s = css\`${css}\`;`, 'x.styles.ts').code;

test('whitespace next to CSS punctuation goes, comments too; 0.5rem is .5rem', () => {
  assert.equal(minify(`\n  /* The map's table */\n  .a > .b {\n    margin: 0.5rem 0;\n    color: red;\n  }\n`), 'export const s = css`.a>.b{margin:.5rem 0;color:red}`;');
});

test('quoted strings keep their spaces and punctuation', () => {
  assert.equal(
    minify(`td::before {\n  content: attr(data-label) ': ' / '';\n}\n.x::after { content: " ; { } , > " }`),
    `export const s = css\`td::before{content:attr(data-label) ': ' / ''}.x::after{content:" ; { } , > "}\`;`,
  );
  // An escaped quote does not end the string.
  assert.equal(minify(`a { content: 'it\\'s:  ok' }`), `export const s = css\`a{content:'it\\'s:  ok'}\`;`);
});

test('inside calc(), min() and max(), `/` and `*` lose their spaces and leading zeros; a descendant `*` keeps its space', () => {
  assert.equal(
    minify(`.a { height: calc(1.5em / 0.875); margin: calc(100% - 0.5em / 0.8125); border-radius: calc(var(--r) * 0.5 / var(--s)); }\n:host(:dir(rtl)) * { font: 1em / 1.5 serif; }`),
    'export const s = css`.a{height:calc(1.5em/.875);margin:calc(100% - .5em/.8125);border-radius:calc(var(--r)*.5/var(--s))}:host(:dir(rtl)) *{font:1em / 1.5 serif}`;',
  );
  // A function whose closing bracket is after a quoted string: what follows it is left alone.
  assert.equal(minify(`a { x: calc(1em / 2 + attr(y, ')')) } :host * { b: 1 }`), "export const s = css`a{x:calc(1em / 2 + attr(y,')'))}:host *{b:1}`;");
  // `+` and `-` keep theirs: `calc(1em+2px)` is not valid CSS.
  assert.equal(minify('a { width: max(16px, 1em / 0.875 + 2px) }'), 'export const s = css`a{width:max(16px,1em/.875 + 2px)}`;');
});
