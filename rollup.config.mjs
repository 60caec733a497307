// Builds the two npm packages (ESM, one file per module, every bare import external) and the drop-in
// bundle `dist/iisg-widgets.min.js` (self-contained, minified; each UI language an on-demand chunk).
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyCssLiterals from './scripts/minify-css-literals.mjs';
import minifyHtmlLiterals from './scripts/minify-html-literals.mjs';
import dateFnsNamesOnly from './scripts/date-fns-names-only.mjs';
import compileHints from './scripts/compile-hints.mjs';
import { esbuildTarget } from './scripts/browsers.mjs';

// The supported browsers (scripts/browsers.mjs), and Node 20 for the feed tools: syntax newer than them is lowered.
const ts = (options = {}) => esbuild({ target: [...esbuildTarget, 'node20'], tsconfig: 'tsconfig.json', ...options });
const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

/** `entries`: modules besides index.ts that a package exports on their own path (`@iisg/feed/to-ics`). */
const packageBuild = (name, entries = []) => ({
  input: ['index', ...entries].map((entry) => `packages/${name}/src/${entry}.ts`),
  external: isBare,
  plugins: [ts()],
  output: {
    dir: `packages/${name}/dist`,
    format: 'esm',
    preserveModules: true,
    preserveModulesRoot: `packages/${name}/src`,
    sourcemap: true,
  },
});

/** A self-contained, minified module for <script type="module" src>; languages as on-demand chunks. */
const dropIn = (name, input) => ({
  input: { [name]: input },
  // Let the locale chunks import the date-fns helpers they share from the entry, so the entry stays one file.
  preserveEntrySignatures: 'allow-extension',
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['iisg-source'], extensions: ['.ts', '.js', '.mjs'] }),
    minifyCssLiterals(),
    minifyHtmlLiterals(),
    dateFnsNamesOnly({ relativeTime: name === 'iisg-widgets.min' || name === 'iisg-event-card.min' }),
    ts({ minify: false, minifySyntax: true, define: { 'process.env.NODE_ENV': '"production"' } }),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    compileHints(),
  ],
  output: {
    dir: 'dist',
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: `chunks/${name.replace('.min', '')}-[name]-[hash].js`,
    sourcemap: true,
  },
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
});

export default [
  // Loaded on demand (to-ics, from-ics) or only by the iisg-feed command line tool (packages/feed/cli/).
  packageBuild('feed', ['to-ics', 'from-ics', 'from-csv', 'split-feed', 'format-feed', 'validate-feed']),
  packageBuild('widgets'),
  // Every element, as most pages will load it.
  dropIn('iisg-widgets.min', 'packages/widgets/src/index.ts'),
  // One element each, for pages that show only that one (and to hold each to its size budget).
  dropIn('iisg-event-calendar.min', 'packages/widgets/src/event-calendar/define.ts'),
  dropIn('iisg-event-card.min', 'packages/widgets/src/event-card/define.ts'),
  dropIn('iisg-event-timeline.min', 'packages/widgets/src/event-timeline/define.ts'),
  dropIn('iisg-network-map.min', 'packages/widgets/src/network-map/define.ts'),
];
