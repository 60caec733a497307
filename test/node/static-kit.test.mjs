// The folder `npm run build` leaves in dist/ is what a web team uploads: served as plain files (no dev server,
// no TypeScript), under a strict Content-Security-Policy and at a path of its own, its configurator must show
// a live preview and write snippets that load the widgets, and the sample feed, from that same folder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../../scripts/chromium.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
/** Where the folder is uploaded, as a web team might: not the server's root. */
const FOLDER = '/sites/iisg/';
/** The hardening tests' strict policy (test/fixtures/drop-in.html): no inline script or style, Trusted Types. */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };

/** A CMS page elsewhere on the same site, holding nothing but a pasted snippet. */
let pastedPage = '';

/** Any static server: files as they are, by extension; nothing else (a .ts file would be a 404). */
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  if (path === '/news/events.html') {
    response.writeHead(200, { 'content-type': 'text/html' });
    return response.end(pastedPage);
  }
  const file = path.startsWith(FOLDER) ? normalize(join(dist, path.slice(FOLDER.length))) : '';
  if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain' });
    return response.end('not found');
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': STRICT_CSP });
  response.end(readFileSync(file));
});

let browser;
let origin;
before(async () => {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  const { executablePath, args } = await findChromium();
  browser = await puppeteer.launch({ executablePath, args, headless: true });
});
after(async () => {
  await browser?.close();
  server.close();
});

/** A page that records every CSP violation and script error, from before its first script runs. */
async function newPage() {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.evaluateOnNewDocument(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.setViewport({ width: 1280, height: 900 });
  return { page, errors };
}

/** The widget's rendered text (its shadow root, styles left out). */
const renderedText = (page, selector) =>
  page.evaluate((selector) => {
    const root = document.querySelector(selector)?.shadowRoot;
    if (!root) return '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement?.closest('style')) text += ` ${node.textContent}`;
    return text.replace(/\s+/g, ' ').trim();
  }, selector);

const calendarEvents = (page, selector) =>
  page.waitForFunction((selector) => document.querySelector(selector)?.shadowRoot?.querySelectorAll('[part~="event"]').length === 3, { timeout: 30_000 }, selector);

test('dist/ holds the folder to upload: the drop-in, its chunks, the themes, a sample feed and the configurator', () => {
  for (const file of ['iisg-widgets.min.js', 'iisg-event-calendar.min.js', 'feed.json', 'configurator.html', 'configurator.js', 'configurator.css', 'cms-editors.md', 'events-template.csv', 'themes/regional-blue.css', 'themes/neutral-grey.css', 'themes/high-contrast.css']) {
    assert.ok(existsSync(join(dist, file)), `dist/${file} is missing (run \`npm run build\`)`);
  }
  assert.deepEqual(JSON.parse(readFileSync(join(dist, 'feed.json'), 'utf8')), JSON.parse(readFileSync(fileURLToPath(new URL('../../demo/feed.json', import.meta.url)), 'utf8')));
});

test('the configurator, served as plain files under a strict CSP, previews a widget and writes a snippet pointing at its folder', { timeout: 120_000 }, async () => {
  const { page, errors } = await newPage();
  try {
    const response = await page.goto(`${origin}${FOLDER}configurator.html?element=iisg-event-calendar`);
    assert.equal(response.status(), 200, 'dist/configurator.html');
    await page.waitForSelector('body[data-ready]', { timeout: 30_000 });
    // The sample feed's April 2019: the three Tirana meetings.
    await calendarEvents(page, '#stage > iisg-event-calendar');
    assert.match(await renderedText(page, '#stage > iisg-event-calendar'), /April 2019/);

    const snippet = () => page.$eval('#snippet', (box) => box.value);
    const here = `${origin}${FOLDER}`;
    assert.ok((await snippet()).startsWith(`<script type="module" src="${here}iisg-widgets.min.js"></script>\n`), await snippet());
    assert.match(await snippet(), new RegExp(`<iisg-event-calendar[^>]* src="${here}feed\\.json"`));

    // A colour lands in the preview (without a <style> element, which the policy would block) and in the snippet.
    await page.$eval('#accent', (input) => {
      input.value = '#7a1f5c';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForFunction(() => getComputedStyle(document.querySelector('#stage > iisg-event-calendar')).getPropertyValue('--iisg-color-accent').trim() === '#7a1f5c', { timeout: 10_000 });
    assert.match(await snippet(), /<style>\n {2}iisg-event-calendar \{\n {4}--iisg-color-accent: #7a1f5c;/);

    await page.click('#single-element');
    assert.ok((await snippet()).startsWith(`<script type="module" src="${here}iisg-event-calendar.min.js"></script>`));
    await page.click('#single-element');

    assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'CSP violations');
    assert.deepEqual(errors, [], 'script errors');

    // Pasted into a page elsewhere on the site, the snippet finds the widgets and the feed in the folder.
    pastedPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>\n${await snippet()}\n</body></html>`;
    const { page: cms, errors: cmsErrors } = await newPage();
    try {
      await cms.goto(`${origin}/news/events.html`);
      await calendarEvents(cms, 'iisg-event-calendar');
      assert.equal(await cms.$eval('iisg-event-calendar', (el) => getComputedStyle(el).getPropertyValue('--iisg-color-accent').trim()), '#7a1f5c');
      assert.match(await renderedText(cms, 'iisg-event-calendar'), /April 2019/);
      assert.deepEqual(cmsErrors, []);
    } finally {
      await cms.close();
    }
  } finally {
    await page.close();
  }
});

test('the folder’s configurator offers no placeholder address: its snippets keep the folder’s, which works', { timeout: 60_000 }, async () => {
  const { page, errors } = await newPage();
  try {
    await page.goto(`${origin}${FOLDER}configurator.html?element=iisg-event-card`);
    await page.waitForSelector('body[data-ready]', { timeout: 30_000 });
    const here = `${origin}${FOLDER}iisg-widgets.min.js`;
    const snippet = () => page.$eval('#snippet', (box) => box.value);
    const warning = () => page.$eval('#script-warning', (p) => (p.hidden ? '' : p.textContent));
    const type = (value) =>
      page.$eval('#script-src', (input, value) => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, value);

    assert.equal(await page.$eval('#script-cdn', (button) => button.checkVisibility()), false, 'a "Use the placeholder" button');
    assert.ok((await snippet()).startsWith(`<script type="module" src="${here}"></script>`), await snippet());
    assert.equal(await warning(), '');

    // An emptied field stands for the folder's address, not for a placeholder.
    await type('');
    assert.ok((await snippet()).startsWith(`<script type="module" src="${here}"></script>`), await snippet());
    assert.doesNotMatch(await snippet(), /YOUR-SITE/);

    // A placeholder typed in (copied from the guide) is said beside Copy, and again on copying.
    await type('https://YOUR-SITE/iisg/iisg-widgets.min.js');
    assert.match(await warning(), /placeholder/);
    await page.click('#copy');
    await page.waitForFunction(() => /will not work yet/.test(document.querySelector('#copy-status').textContent), { timeout: 5_000 });
    await page.click('#script-local');
    assert.equal(await warning(), '');
    assert.ok((await snippet()).startsWith(`<script type="module" src="${here}"></script>`));
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('the themes are in the folder, ready for a <link>', async () => {
  const response = await fetch(`${origin}${FOLDER}themes/regional-blue.css`);
  assert.equal(response.status, 200);
  assert.match(await response.text(), /--iisg-color-accent:/);
});
