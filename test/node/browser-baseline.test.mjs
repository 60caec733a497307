// The supported browsers (scripts/browsers.mjs; README, Browsers) hold for what ships:
// - the built drop-in (dist/, after `npm run build`) has no syntax newer than the baseline, dependencies
//   included (rollup's esbuild target lowers only our own sources);
// - every CSS feature newer than the baseline in the styles has a fallback (the same property just before
//   it, or an @supports around it), or is listed in DEGRADES with what a visitor below it gets instead.
// First versions from @mdn/browser-compat-data 8.1.9; Edge follows Chrome, iOS Safari follows Safari.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { BASELINE, esbuildTarget } from '../../scripts/browsers.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const never = Infinity;

/** CSS features by the first Chrome, Firefox and Safari with them; `in` says where the scan looks. */
const FEATURES = [
  // At or below the baseline: listed so that a lower baseline would show where they are used.
  { name: '@container', in: 'at-rule', test: /^@container\b/, since: { chrome: 105, firefox: 110, safari: 16 } },
  { name: 'container units', in: 'value', test: /\d(cqi|cqw|cqh|cqb|cqmin|cqmax)\b/, since: { chrome: 105, firefox: 110, safari: 16 } },
  { name: 'color-mix()', in: 'value', test: /color-mix\(/, since: { chrome: 111, firefox: 113, safari: 16.2 } },
  { name: 'overflow: clip', in: 'declaration', property: /^overflow(-[xy])?$/, test: /\bclip\b/, since: { chrome: 90, firefox: 81, safari: 16 } },
  { name: 'aspect-ratio', in: 'declaration', property: /^aspect-ratio$/, since: { chrome: 88, firefox: 89, safari: 15 } },
  { name: ':focus-visible', in: 'selector', test: /:focus-visible/, since: { chrome: 86, firefox: 85, safari: 15.4 } },
  { name: '@media range syntax', in: 'at-rule', test: /^@media\b.*[<>]/, since: { chrome: 104, firefox: 102, safari: 16.4 } },
  // Newer than the baseline (or than one of its engines).
  { name: ':has()', in: 'selector', test: /:has\(/, since: { chrome: 105, firefox: 121, safari: 15.4 } },
  { name: ':dir()', in: 'selector', test: /:dir\(/, since: { chrome: 120, firefox: 49, safari: 16.4 } },
  { name: ':popover-open', in: 'selector', test: /:popover-open/, since: { chrome: 114, firefox: 125, safari: 17 } },
  { name: ':user-invalid', in: 'selector', test: /:user-(in)?valid/, since: { chrome: 119, firefox: 88, safari: 16.5 } },
  { name: ':state()', in: 'selector', test: /:state\(/, since: { chrome: 125, firefox: 126, safari: 17.4 } },
  { name: 'nesting (&)', in: 'selector', test: /&/, since: { chrome: 120, firefox: 117, safari: 17.2 } },
  { name: '@starting-style', in: 'at-rule', test: /^@starting-style/, since: { chrome: 117, firefox: 129, safari: 17.5 } },
  { name: '@scope', in: 'at-rule', test: /^@scope/, since: { chrome: 118, firefox: 146, safari: 26.4 } },
  { name: '@container style()', in: 'at-rule', test: /^@container\b.*\bstyle\(/, since: { chrome: 111, firefox: 151, safari: 18 } },
  { name: '@property', in: 'at-rule', test: /^@property/, since: { chrome: 85, firefox: 128, safari: 16.4 } },
  { name: 'float: inline-start/end', in: 'declaration', property: /^float$/, test: /inline-(start|end)/, since: { chrome: 118, firefox: 55, safari: 15 } },
  { name: 'light-dark()', in: 'value', test: /light-dark\(/, since: { chrome: 123, firefox: 120, safari: 17.5 } },
  { name: 'contrast-color()', in: 'value', test: /contrast-color\(/, since: { chrome: 147, firefox: 146, safari: 26 } },
  { name: 'round() mod() rem()', in: 'value', test: /(^|[^\w-])(round|mod|rem)\(/, since: { chrome: 125, firefox: 118, safari: 15.4 } },
  { name: 'lh and rlh units', in: 'value', test: /\dr?lh\b/, since: { chrome: 111, firefox: 120, safari: 16.4 } },
  { name: 'anchor positioning', in: 'declaration', property: /^(anchor-name|position-anchor|position-area|position-try.*|inset-area)$/, since: { chrome: 125, firefox: 147, safari: 26 } },
  { name: 'anchor()', in: 'value', test: /anchor(-size)?\(/, since: { chrome: 125, firefox: 147, safari: 26 } },
  { name: 'text-wrap', in: 'declaration', property: /^text-wrap(-style|-mode)?$/, since: { chrome: 114, firefox: 121, safari: 17.4 } },
  { name: 'text-box', in: 'declaration', property: /^text-box(-trim|-edge)?$/, since: { chrome: 133, firefox: 154, safari: 18.2 } },
  { name: 'field-sizing', in: 'declaration', property: /^field-sizing$/, since: { chrome: 123, firefox: 152, safari: 26.2 } },
  { name: 'content-visibility', in: 'declaration', property: /^content-visibility$/, since: { chrome: 85, firefox: 125, safari: 18 } },
  { name: 'transition-behavior', in: 'declaration', property: /^transition-behavior$/, since: { chrome: 117, firefox: 129, safari: 17.4 } },
  { name: 'interpolate-size, calc-size()', in: 'declaration', property: /^interpolate-size$/, since: { chrome: 129, firefox: never, safari: never } },
  { name: 'calc-size()', in: 'value', test: /calc-size\(/, since: { chrome: 129, firefox: never, safari: never } },
  { name: 'view-transition-name', in: 'declaration', property: /^view-transition-name$/, since: { chrome: 111, firefox: 144, safari: 18 } },
  { name: 'scrollbar-gutter', in: 'declaration', property: /^scrollbar-gutter$/, since: { chrome: 94, firefox: 97, safari: 18.2 } },
  { name: 'scrollbar-color, scrollbar-width', in: 'declaration', property: /^scrollbar-(color|width)$/, since: { chrome: 121, firefox: 64, safari: 26.2 } },
  { name: 'backdrop-filter', in: 'declaration', property: /^backdrop-filter$/, since: { chrome: 76, firefox: 103, safari: 18 } },
  { name: 'mask', in: 'declaration', property: /^mask(-image|-size|-position|-repeat)?$/, since: { chrome: 120, firefox: 53, safari: 15.4 } },
  { name: 'zoom', in: 'declaration', property: /^zoom$/, since: { chrome: 1, firefox: 126, safari: 3.1 } },
  // Unprefixed in Safari only from 17 (hyphens) or not at all (user-select: -webkit- only).
  { name: 'hyphens', in: 'declaration', property: /^hyphens$/, since: { chrome: 55, firefox: 43, safari: 17 } },
  { name: 'user-select', in: 'declaration', property: /^user-select$/, since: { chrome: 54, firefox: 69, safari: never } },
];

/**
 * Uses newer than the baseline that have no fallback, reviewed: what a visitor below the version gets
 * (README, Browsers, says the same). `uses`: how many, so a new use is reviewed too.
 */
const DEGRADES = [
  {
    feature: ':has()',
    file: 'packages/widgets/src/network-map/network-map.styles.ts',
    uses: 1,
    why: 'Firefox before 121: the arrow-key hint under the map is never shown (screen readers still get it as the markers’ description).',
  },
  {
    feature: ':dir()',
    file: 'packages/widgets/src/shared/theme.styles.ts',
    uses: 1,
    why: 'Chrome and Edge before 120, right-to-left pages only: a left-to-right text (a date, a place) may be reordered by the page’s direction.',
  },
  {
    feature: ':dir()',
    file: 'packages/widgets/src/event-calendar/event-calendar.styles.ts',
    uses: 2,
    why: 'Chrome and Edge before 120, right-to-left pages only: a multi-week bar’s continuation marks point the left-to-right way.',
  },
  {
    feature: ':dir()',
    file: 'packages/widgets/src/event-card/event-card.styles.ts',
    uses: 2,
    why: 'Chrome and Edge before 120, right-to-left pages only: nothing is lost; the rules draw list bullets for WebKit, and Chromium draws them at the item’s start itself.',
  },
  {
    feature: ':dir()',
    file: 'packages/widgets/src/shared/popover.styles.ts',
    uses: 3,
    why: 'Chrome and Edge before 120, right-to-left pages only: nothing is lost; the rules keep a title clear of the close button and draw bullets for WebKit, which Chromium does by itself.',
  },
  {
    feature: ':dir()',
    file: 'packages/widgets/src/network-map/network-map.styles.ts',
    uses: 2,
    why: 'Chrome and Edge before 120, right-to-left pages only: the map’s footnote starts at the left, and a direction changed after the map was drawn keeps the zoom buttons’ room on the old side until the map is resized.',
  },
  {
    feature: 'text-wrap',
    file: 'packages/widgets/src/event-timeline/event-timeline.styles.ts',
    uses: 1,
    why: 'Chrome and Edge before 114, Firefox before 121, Safari before 17.4: a wrapped gap note in the timeline ("1st–6th not in this feed") may leave its last word alone on a line.',
  },
  {
    feature: 'text-wrap',
    file: 'packages/widgets/src/event-card/event-card.styles.ts',
    uses: 1,
    why: 'Chrome and Edge before 114, Firefox before 121, Safari before 17.4: a compact card’s date wrapped in a narrow card may leave its year alone on a line ("3 November" over "2031").',
  },
  {
    feature: 'hyphens',
    file: 'packages/widgets/src/event-calendar/event-calendar.styles.ts',
    uses: 1,
    why: 'Safari before 17: long words in the calendar wrap without a hyphen (overflow-wrap still breaks them).',
  },
];

const engineOf = { chrome: 'chrome', edge: 'chrome', firefox: 'firefox', safari: 'safari', ios: 'safari' };
/** The baseline's engines where `feature` is missing, e.g. ['firefox 115 (needs 121)']. */
const missingIn = (feature) =>
  Object.entries(BASELINE)
    .filter(([browser, version]) => feature.since[engineOf[browser]] > version)
    .map(([browser, version]) => {
      const since = feature.since[engineOf[browser]];
      return `${browser} ${version} (${since === never ? 'in none yet' : `needs ${since}`})`;
    });

/** The CSS of a styles module (its css`` templates, interpolations dropped) or of a .css file. */
function cssOf(file, text) {
  if (file.endsWith('.css')) return [text];
  return [...text.matchAll(/\bcss`([^`]*)`/g)].map((m) => m[1].replace(/\$\{[^}]*\}/g, ''));
}

/**
 * Every use of a feature newer than the baseline in `css`, with whether it has a fallback: for a
 * declaration, the same property (prefixed or not) declared just before it without the feature; for
 * anything, an enclosing @supports.
 */
function newerUses(css) {
  const uses = [];
  const stack = [{ header: '', declarations: [] }];
  let buffer = '';
  const check = (kind, text, property, value) => {
    for (const feature of FEATURES) {
      if (!missingIn(feature).length) continue;
      const hit =
        feature.in === kind && kind !== 'declaration'
          ? feature.test.test(text)
          : kind === 'declaration' &&
            ((feature.in === 'value' && feature.test.test(value)) ||
              (feature.in === 'declaration' && feature.property.test(property) && (!feature.test || feature.test.test(value))));
      if (!hit) continue;
      const supports = stack.some((block) => block.header.startsWith('@supports'));
      const previous = kind === 'declaration' ? stack.at(-1).declarations.at(-1) : undefined;
      const fallback =
        supports ||
        (previous !== undefined &&
          previous.property.replace(/^-(webkit|moz)-/, '') === property.replace(/^-(webkit|moz)-/, '') &&
          !(feature.test ?? feature.property).test(feature.in === 'declaration' && !feature.test ? previous.property : previous.value));
      uses.push({ feature: feature.name, text: text.trim(), fallback, missing: missingIn(feature) });
    }
  };
  for (const char of css.replace(/\/\*[\s\S]*?\*\//g, ' ')) {
    if (char === '{') {
      const header = buffer.trim();
      check(header.startsWith('@') ? 'at-rule' : 'selector', header);
      stack.push({ header, declarations: [] });
      buffer = '';
    } else if (char === ';' || char === '}') {
      const colon = buffer.indexOf(':');
      if (colon > 0 && !buffer.trim().startsWith('@')) {
        const property = buffer.slice(0, colon).trim();
        const value = buffer.slice(colon + 1).trim();
        check('declaration', buffer, property, value);
        stack.at(-1).declarations.push({ property, value });
      }
      buffer = '';
      if (char === '}' && stack.length > 1) stack.pop();
    } else buffer += char;
  }
  return uses;
}

const styleFiles = () => {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.styles\.ts$|\.css$/.test(entry.name)) found.push(path);
    }
  };
  walk(join(root, 'packages/widgets/src'));
  walk(join(root, 'packages/widgets/themes'));
  return found.sort();
};

/** The files of dist/ whose syntax the baseline would need lowered: esbuild's output for it differs from esnext's. */
function needsLowering(code) {
  const options = { format: 'esm', minify: true, charset: 'utf8', legalComments: 'none', logLevel: 'silent' };
  return transformSync(code, { ...options, target: 'esnext' }).code !== transformSync(code, { ...options, target: esbuildTarget }).code;
}

test('the scan finds a planted feature newer than the baseline, and takes a fallback before it', () => {
  const [bare] = newerUses('.a { float: inline-end; }');
  assert.equal(bare.feature, 'float: inline-start/end');
  assert.equal(bare.fallback, false);
  assert.equal(newerUses('.a { float: right; float: inline-end; }')[0].fallback, true);
  assert.equal(newerUses('.a { -webkit-user-select: none; user-select: none; }')[0].fallback, true);
  assert.equal(newerUses('.a { user-select: none; }')[0].fallback, false);
  assert.equal(newerUses('@supports (color: light-dark(red, red)) { .a { color: light-dark(red, blue); } }')[0].fallback, true);
  assert.deepEqual(
    newerUses('.a:has(b) { color: red; } .b { text-wrap: balance; }').map((u) => [u.feature, u.fallback]),
    [
      [':has()', false],
      ['text-wrap', false],
    ],
  );
  // At the baseline: nothing to say.
  assert.deepEqual(newerUses('@container a (width < 30rem) { .a { color: color-mix(in srgb, red, blue); } }'), []);
});

test('every CSS feature newer than the baseline has a fallback or is listed in DEGRADES', () => {
  const counts = new Map();
  const unreviewed = [];
  for (const file of styleFiles()) {
    const name = relative(root, file).split('\\').join('/');
    for (const css of cssOf(file, readFileSync(file, 'utf8'))) {
      for (const use of newerUses(css)) {
        if (use.fallback) continue;
        const key = `${use.feature}|${name}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        if (!DEGRADES.some((d) => d.feature === use.feature && d.file === name))
          unreviewed.push(`${name}: ${use.feature} in "${use.text.slice(0, 80)}", missing in ${use.missing.join(', ')}`);
      }
    }
  }
  assert.deepEqual(unreviewed, [], 'give these a fallback, or say in DEGRADES (and README, Browsers) what a visitor below the version gets');
  for (const d of DEGRADES) assert.equal(counts.get(`${d.feature}|${d.file}`) ?? 0, d.uses, `${d.feature} in ${d.file}: DEGRADES says ${d.uses} uses`);
});

test('the esbuild check finds syntax newer than the baseline, and passes syntax at it', () => {
  assert.equal(needsLowering('export const a = /[\\p{L}--[a-z]]/v;'), true); // Chrome 112, Firefox 116, Safari 17
  assert.equal(needsLowering('export class A { static #b = 1; static { A.c = A.#b ?? 2; } }'), false);
});

test('the built drop-in has no syntax newer than the baseline, its dependencies included', () => {
  const dist = join(root, 'dist');
  assert.ok(existsSync(join(dist, 'chunks')), 'dist/ is missing: run `npm run build` first');
  const files = [...readdirSync(dist).map((f) => join(dist, f)), ...readdirSync(join(dist, 'chunks')).map((f) => join(dist, 'chunks', f))];
  const lowered = files.filter((f) => f.endsWith('.js') && needsLowering(readFileSync(f, 'utf8')));
  assert.deepEqual(
    lowered.map((f) => relative(root, f)),
    [],
    `newer than ${esbuildTarget.join(', ')}`,
  );
});
