// `npm run test:webkit`: the browser tests in WebKit, Safari's engine, as WebKitGTK (2.50 was tried), through
// its WebDriver (scripts/webkit-launcher.mjs). Not part of `npm test`: CI's machine has Chromium only. Needs
// (Debian) `apt install webkit2gtk-driver xvfb`; the script runs it under xvfb-run. Run `npm run build` first
// (a few tests load dist/).
//
// What WebKit cannot run here is skipped by name (CHROMIUM_ONLY in test/setup/chromium-only.mjs, and
// WEBKIT_SKIPS below), each group with why; everything else must pass.
import { webkitLauncher } from './scripts/webkit-launcher.mjs';
import { CHROMIUM_ONLY, chromiumCommands, skippingRunnerHtml } from './test/setup/chromium-only.mjs';
import base from './web-test-runner.config.mjs';

/** Tests WebKit cannot run, besides those that need the DevTools protocol (CHROMIUM_ONLY), by the start of their title. */
const WEBKIT_SKIPS = [
  // The browser's own data: Intl display names (WebKit has Albanian's "Shqipëri", Bosnian names, and a name in
  // the page's language where Chromium has only English), as in Firefox (README, Browsers).
  "countryName > prefers the feed's name in the visitor's language",
  '<iisg-event-calendar> list items in another language ',
  'a place in another language than the page’s (WCAG 3.1.2) ',
  '<iisg-network-map> texts in another language (WCAG 3.1.2) ',
  // The test's own measure: WebKit, as Firefox, serialises `content` with its alternative text as written.
  '<iisg-network-map> members table > stacks each member’s values under its name',
  // The harness: WebDriver refuses a click outside the window ("move target out of bounds").
  '<iisg-event-calendar> focus after pointer use, resizing and paging > a click on the page outside',
];

export default {
  ...base,
  plugins: [chromiumCommands, ...base.plugins],
  browsers: [webkitLauncher()],
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testRunnerHtml: skippingRunnerHtml([...CHROMIUM_ONLY, ...WEBKIT_SKIPS]),
};
