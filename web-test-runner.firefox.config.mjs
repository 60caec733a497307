// `npm run test:firefox`: the browser tests in Firefox (ESR 140 was tried), through puppeteer-core's WebDriver
// BiDi. Not part of `npm test`: CI's machine has Chromium only. Needs Firefox installed (Debian:
// `apt install firefox-esr`) at $FIREFOX_PATH, /usr/bin/firefox-esr or /usr/bin/firefox. Run `npm run build`
// first (a few tests load dist/).
//
// What Firefox cannot run here is skipped by name (CHROMIUM_ONLY in test/setup/chromium-only.mjs, and
// FIREFOX_SKIPS below), each group with why; everything else must pass. Its first run found a parser that threw, a 7-second year picker and a list item left under its
// sticky heading (all fixed; README, Browsers).
import { existsSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
// puppeteer-core 25 sets a screen orientation with every viewport, a WebDriver BiDi command Firefox 140 does
// not have ("unknown command"): the viewport itself is set by the command before it.
import { BrowsingContext } from 'puppeteer-core/lib/puppeteer/bidi/core/BrowsingContext.js';
import { BidiPage } from 'puppeteer-core/lib/puppeteer/bidi/Page.js';
import { CHROMIUM_ONLY, chromiumCommands, isDefaultMedia, needsChromium, skippingRunnerHtml } from './test/setup/chromium-only.mjs';
import base from './web-test-runner.config.mjs';

BrowsingContext.prototype.setScreenOrientationOverride = async function () {};

// Media emulation goes through the DevTools protocol, which Firefox does not speak. The tests that need it are
// skipped (CHROMIUM_ONLY); the resets to the default that hooks do after them (a light scheme, the screen) pass.
BidiPage.prototype.emulateMediaFeatures = async function (features = []) {
  if (!isDefaultMedia(...features.map(({ value }) => value))) throw needsChromium('media emulation', 'this file');
};
BidiPage.prototype.emulateMediaType = async function (type) {
  if (!isDefaultMedia(type)) throw needsChromium('media emulation', 'this file');
};

const executablePath = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => path && existsSync(path));
if (!executablePath) throw new Error('npm run test:firefox needs Firefox: set FIREFOX_PATH, or install it (Debian: apt install firefox-esr)');

/** Tests Firefox cannot run, besides those that need the DevTools protocol (CHROMIUM_ONLY), by the start of their title. */
const FIREFOX_SKIPS = [
  // The browser's own data: Intl display names (Firefox: "Shqipëri", and a country name in the page's
  // language where Chromium has only English), and a region's first day of the week (README, Browsers).
  "countryName > prefers the feed's name in the visitor's language",
  '<iisg-event-calendar> list items in another language ',
  'a place in another language than the page’s (WCAG 3.1.2) ',
  '<iisg-network-map> texts in another language (WCAG 3.1.2) ',
  '<iisg-event-calendar> month grid details > starts the week on Sunday for en-US',
  // The test's own measure: Firefox gives an inline element a scrollWidth (Chromium 0), and serialises
  // `content` with its alternative text as written.
  'WCAG 1.4.12 text spacing: no text of the timeline’s blocks is cut off ',
  '<iisg-network-map> members table > stacks each member’s values under its name',
  // The harness: WebDriver BiDi refuses a click outside the window; keys after a Control+key in the same
  // file come with Control still held; Firefox itself retries a reset connection (30 requests for 3);
  // 'self' in a srcdoc frame's policy.
  '<iisg-event-calendar> focus after pointer use, resizing and paging > a click on the page outside',
  '<iisg-event-timeline> > leaves the page and the row where they are when focus comes back',
  '<iisg-event-calendar> year view by keyboard > opens the month view on',
  'broken networks > reset:',
  'tokens on a page with a Content-Security-Policy ',
];

export default {
  ...base,
  plugins: [chromiumCommands, ...base.plugins],
  browsers: [chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath, headless: true } })],
  // One test file at a time: under load, Firefox's timings made waits run out.
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testRunnerHtml: skippingRunnerHtml([...CHROMIUM_ONLY, ...FIREFOX_SKIPS]),
};
