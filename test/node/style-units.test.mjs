// Every length inside the widgets is in the element's own em (docs/developers.md, theme.styles.ts): a `rem`
// stays the page's root size whatever --iisg-font-size says, and drew 15 px bars under 16 px text on a site
// whose root font is 10 px. The one `rem` is in the token's default, the visitor's chosen text size as its least.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../../packages/widgets/src/', import.meta.url));
const files = readdirSync(src, { recursive: true }).filter((file) => /\.styles\.ts$/.test(file));
const themes = fileURLToPath(new URL('../../packages/widgets/themes/', import.meta.url));

/** The lines of `files` (in `folder`) with a length in rem, comments left out, but those `allowed` says may have one. */
function remLengths(folder, files, allowed) {
  return files.flatMap((file) =>
    readFileSync(join(folder, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
      .split('\n')
      .map((line, i) => [`${file}:${i + 1}`, line.trim()])
      .filter(([, line]) => /\d\s*rem\b/.test(line) && !allowed(line)),
  );
}

test('no style of the widgets is in rem, but the default of --iisg-font-size', () => {
  assert.ok(files.length >= 8, `styles found: ${files.join(', ')}`);
  assert.deepEqual(remLengths(src, files, (line) => line === '--_font-size: var(--iisg-font-size, max(1rem, 1em));'), []);
});

test('no length in the theme files is in rem, but a font size', () => {
  // regional-blue.css gave --iisg-radius 0.25rem: 2.5 px corners on a site whose root font is 10 px.
  const css = readdirSync(themes).filter((file) => file.endsWith('.css'));
  assert.ok(css.length >= 3, `themes found: ${css.join(', ')}`);
  assert.deepEqual(remLengths(themes, css, (line) => /^--iisg-font-size:/.test(line)), []);
});
