// @web/test-runner: unit tests in a real headless Chromium.
// Browser: $CHROME_PATH, else /usr/bin/chromium, else the one inside @sparticuz/chromium
// (see scripts/chromium.mjs). TypeScript is transpiled by esbuild only; type-checking is
// `tsc --noEmit -p tsconfig.test.json` (npm run typecheck).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { findChromium } from './scripts/chromium.mjs';
import { frameworkDeps } from './test/frameworks/wtr-plugins.mjs';
import { hardeningMiddleware } from './test/fixtures/network/server.mjs';

const CI = Boolean(process.env.CI) && process.env.CI !== 'false';
const { executablePath, args } = await findChromium();

/** Browser console noise that says nothing about the code under test. */
const NOISE = [
  /Lit is in dev mode/i,
  /lit\.dev\/msg\/dev-mode/i,
];

/**
 * `executeServerCommand('forced-colors', 'active' | 'none')`: `emulateMedia({ forcedColors })` of
 * @web/test-runner-commands does nothing under puppeteer (it passes on only the colour scheme and reduced
 * motion). Like emulateMedia, it replaces the emulated media features: it resets a colour scheme set before.
 */
const forcedColors = {
  name: 'forced-colors-command',
  async executeCommand({ command, payload, session }) {
    if (command !== 'forced-colors') return undefined;
    await session.browser.getPage(session.id).emulateMediaFeatures([{ name: 'forced-colors', value: payload === 'active' ? 'active' : 'none' }]);
    return true;
  },
};

/**
 * `executeServerCommand('time-zone', 'Pacific/Kiritimati')`: the browser's own zone (its `Date` and `Intl`), as a
 * visitor's there; `''` gives back the machine's.
 */
const timeZone = {
  name: 'time-zone-command',
  async executeCommand({ command, payload, session }) {
    if (command !== 'time-zone') return undefined;
    await session.browser.getPage(session.id).emulateTimezone(payload || undefined);
    return true;
  },
};

/**
 * `executeServerCommand('accessible-name')`: the name Chrome's accessibility tree gives `window.__nameProbe`
 * (an element the test put there, shadow roots or not), with CSS content, `aria-label` and the spaces Chrome
 * puts between boxes, which a `textContent` reading cannot see.
 */
const accessibleName = {
  name: 'accessible-name-command',
  async executeCommand({ command, session }) {
    if (command !== 'accessible-name') return undefined;
    const cdp = await session.browser.getPage(session.id).createCDPSession();
    try {
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.__nameProbe' });
      const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { backendNodeId: node.backendNodeId, fetchRelatives: false });
      return nodes[0]?.name?.value ?? '';
    } finally {
      await cdp.detach();
    }
  },
};

/**
 * `executeServerCommand('screenshot', { x, y, width, height })`: the page's pixels in that rectangle (CSS pixels from
 * the document's top left), as a base64 PNG: what no style reads back, such as an underline a link around an element
 * draws over its text.
 */
const screenshot = {
  name: 'screenshot-command',
  async executeCommand({ command, payload, session }) {
    if (command !== 'screenshot') return undefined;
    return session.browser.getPage(session.id).screenshot({ clip: payload, encoding: 'base64' });
  },
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: dirname(fileURLToPath(import.meta.url)), // so tests can fetch /demo/... and /dist/...
  files: ['test/**/*.test.ts'],
  // /__test/*: a slow, failing or changing server and the list of test feeds, for test/hardening.
  middleware: [hardeningMiddleware({ rootDir: dirname(fileURLToPath(import.meta.url)) })],
  nodeResolve: { exportConditions: ['iisg-source', 'browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), frameworkDeps, forcedColors, timeZone, accessibleName, screenshot, a11ySnapshotPlugin()],
  browsers: [
    chromeLauncher({
      // window.gc for the heap test (host-pages): a full collection, not allocation pressure, which Debian's Chromium 150 did not always answer.
      launchOptions: { executablePath, args: [...args, '--js-flags=--expose-gc'], headless: true },
    }),
  ],
  concurrency: CI ? 1 : 2, // 2-core machine
  concurrentBrowsers: 1,
  browserStartTimeout: CI ? 120_000 : 60_000,
  testsFinishTimeout: CI ? 300_000 : 120_000,
  staticLogging: CI,
  filterBrowserLogs: ({ args: logArgs }) => {
    const text = logArgs.map((a) => (typeof a === 'string' ? a : JSON.stringify(a) ?? String(a))).join(' ');
    return !NOISE.some((re) => re.test(text));
  },
  testFramework: {
    config: { timeout: 10_000 },
  },
  // Failed assertions on elements reported as text, not serialised (test/setup/readable-failures.ts).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script type="module" src="/test/setup/readable-failures.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
};
