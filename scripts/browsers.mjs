// The browsers the widgets support (README, Browsers): each engine's releases of about the last three
// years in 2026. Chrome/Edge 111 and Safari 16.4 (March 2023) are where color-mix(), container queries,
// class static blocks and constructed stylesheets are all there; Firefox 115 is the ESR that Windows 7/8
// machines stay on. rollup.config.mjs builds for these (syntax past them is lowered), and
// test/node/browser-baseline.test.mjs holds the built code and the styles to them.
export const BASELINE = { chrome: 111, edge: 111, firefox: 115, safari: 16.4, ios: 16.4 };

/** esbuild's `target` for the baseline: ['chrome111', 'edge111', 'firefox115', 'safari16.4', 'ios16.4']. */
export const esbuildTarget = Object.entries(BASELINE).map(([engine, version]) => `${engine}${version}`);
