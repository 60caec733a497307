// A web-test-runner launcher for WebKit, Safari's engine, as Debian packages it: WebKitGTK's MiniBrowser
// driven by its WebDriver (apt install webkit2gtk-driver; it needs a display: run under xvfb-run).
// Used by web-test-runner.webkit.config.mjs only; nothing in `npm test` needs it.
//
// It speaks plain W3C WebDriver (fetch, no client library) and calls itself a puppeteer launcher, giving the
// commands of @web/test-runner-commands (sendKeys, sendMouse, setViewport, emulateMedia) a page with the few
// puppeteer methods they call. Their webdriver branch knows only "press" and "type"; the tests hold Shift
// and Control down across keys. One browser window; test files run one at a time.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const DRIVER = process.env.WEBKIT_WEBDRIVER ?? '/usr/bin/WebKitWebDriver';
const BROWSERS = [process.env.WEBKIT_BROWSER, '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'];

/** W3C WebDriver's code points for the keys the tests press, by puppeteer's key names. */
const KEYS = {
  Backspace: '\uE003', Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Control: '\uE009', Alt: '\uE00A',
  Escape: '\uE00C', Space: ' ', PageUp: '\uE00E', PageDown: '\uE00F', End: '\uE010', Home: '\uE011',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', Delete: '\uE017', Meta: '\uE03D',
};
const key = (name) => KEYS[name] ?? name;
const BUTTONS = { left: 0, middle: 1, right: 2 };

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

export function webkitLauncher() {
  let driver;
  let base;
  let browserPath;
  let session;
  let active = new Set();
  let queue = Promise.resolve();

  async function call(method, path, body) {
    const res = await fetch(`${base}/session/${session}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const { value } = await res.json();
    if (value?.error) throw new Error(`WebKit WebDriver ${path}: ${value.error}: ${value.message}`);
    return value;
  }

  /** WebKitWebDriver on a free port, answering. */
  async function startDriver() {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    driver = spawn(DRIVER, [`--port=${port}`], { stdio: 'ignore' });
    for (let tries = 0; ; tries++) {
      try {
        await fetch(`${base}/status`);
        break;
      } catch (e) {
        if (tries > 100) throw new Error(`WebKitWebDriver did not start: ${e.message}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  /**
   * A new browser window. Now and then WebKitGTK never answers the request for one, and the file waited out
   * web-test-runner's two minutes and failed: after 30 s the driver is started again and asked once more.
   */
  async function newBrowser() {
    try {
      await askForBrowser(AbortSignal.timeout(30_000));
    } catch (error) {
      if (error?.name !== 'TimeoutError') throw error;
      console.warn('WebKit opened no window in 30 s: its WebDriver is started again.');
      driver?.kill();
      await startDriver();
      await askForBrowser();
    }
  }

  async function askForBrowser(signal) {
    const res = await fetch(`${base}/session`, {
      signal,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        capabilities: { alwaysMatch: { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: browserPath, args: ['--automation'] } } },
      }),
    });
    const { value } = await res.json();
    if (!value?.sessionId) throw new Error(`WebKit did not start: ${JSON.stringify(value)}`);
    session = value.sessionId;
    // A page that never finishes loading fails its file, not the run.
    await call('POST', '/timeouts', { pageLoad: 60_000, script: 60_000 });
  }

  const keyActions = (actions) => call('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  const pointerActions = (actions) =>
    call('POST', '/actions', { actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }] });
  const move = (x, y) => ({ type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport', duration: 0 });

  /** The puppeteer page methods @web/test-runner-commands calls, and this project's forced-colours command. */
  const page = {
    keyboard: {
      down: (name) => keyActions([{ type: 'keyDown', value: key(name) }]),
      up: (name) => keyActions([{ type: 'keyUp', value: key(name) }]),
      press: (name) => keyActions([{ type: 'keyDown', value: key(name) }, { type: 'keyUp', value: key(name) }]),
      type: (text) => keyActions([...text].flatMap((c) => [{ type: 'keyDown', value: c }, { type: 'keyUp', value: c }])),
    },
    mouse: {
      move: (x, y) => pointerActions([move(x, y)]),
      click: (x, y, { button = 'left' } = {}) =>
        pointerActions([move(x, y), { type: 'pointerDown', button: BUTTONS[button] }, { type: 'pointerUp', button: BUTTONS[button] }]),
      down: ({ button = 'left' } = {}) => pointerActions([{ type: 'pointerDown', button: BUTTONS[button] }]),
      up: ({ button = 'left' } = {}) => pointerActions([{ type: 'pointerUp', button: BUTTONS[button] }]),
      reset: async () => {
        await call('DELETE', '/actions');
        await pointerActions([move(0, 0)]);
      },
    },
    /** The window sized so that its viewport is the asked size (the window's frame is measured, then added). */
    async setViewport({ width, height }) {
      await call('POST', '/window/rect', { width, height });
      const [w, h] = await call('POST', '/execute/sync', { script: 'return [innerWidth, innerHeight]', args: [] });
      if (w !== width || h !== height) await call('POST', '/window/rect', { width: width + (width - w), height: height + (height - h) });
    },
    // WebDriver has no media emulation: the tests that need it are skipped (web-test-runner.webkit.config.mjs);
    // the resets to the defaults that hooks do after them pass there.
    emulateMediaFeatures: async () => {},
    emulateMediaType: async () => {},
  };

  return {
    name: 'WebKit',
    type: 'puppeteer',
    concurrency: 1,

    async initialize() {
      const browser = BROWSERS.find((path) => path && existsSync(path));
      if (!existsSync(DRIVER) || !browser) {
        throw new Error('npm run test:webkit needs WebKitGTK and its WebDriver (Debian: apt install webkit2gtk-driver xvfb), or WEBKIT_WEBDRIVER and WEBKIT_BROWSER');
      }
      if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) throw new Error('WebKitGTK needs a display: run it under xvfb-run (npm run test:webkit does)');
      await startDriver();
      browserPath = browser;
    },

    async stop() {
      if (session) await call('DELETE', '').catch(() => {});
      driver?.kill();
    },

    // A fresh browser for each test file, as Chromium gets a fresh page: one window kept for a whole run hung
    // after a score of files. A file starts when the one before it has stopped.
    startSession(id, url) {
      const start = queue.then(async () => {
        active.add(id);
        await newBrowser();
        await page.setViewport({ width: 800, height: 600 }); // puppeteer's default, which the tests assume
        await call('POST', '/url', { url });
      });
      queue = start.catch(() => {});
      return start;
    },
    isActive: (id) => active.has(id),
    getBrowserUrl: () => (session ? call('GET', '/url').catch(() => undefined) : undefined),
    getPage: () => page,
    async stopSession(id) {
      active.delete(id);
      await call('DELETE', '').catch(() => {});
      session = undefined;
      return {};
    },
    startDebugSession() {
      throw new Error('No debug session in WebKit: run the file in Chromium with --manual');
    },
  };
}
