#!/usr/bin/env node
// `npm run screenshots`: the pictures in docs/screenshots/, taken the way a visitor sees the elements:
// each theme in light and dark (demo/themes.html frames) and the network map at 1200 and 320 px.
// Starts its own dev server on a free port and the same Chromium as the tests.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findChromium } from './chromium.mjs';

const PORT = 8123;
const OUT = 'docs/screenshots';
mkdirSync(OUT, { recursive: true });
const server = spawn('npx', ['wds', '--config', 'web-dev-server.config.mjs', '--port', String(PORT)], {
  env: { ...process.env, CI: 'true' },
  stdio: 'ignore',
});
const base = `http://localhost:${PORT}`;
try {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`${base}/demo/feed.json`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const { executablePath, args } = await findChromium();
  const browser = await puppeteer.launch({ executablePath, args, headless: true });
  const page = await browser.newPage();
  const shoot = async (url, file, width, height, wait = 1500) => {
    await page.setViewport({ width, height });
    await page.goto(`${base}${url}`, { waitUntil: 'networkidle0' });
    await new Promise((r) => setTimeout(r, wait));
    await page.screenshot({ path: `${OUT}/${file}` });
    console.log(`${OUT}/${file}`);
  };
  for (const theme of ['default', 'high-contrast', 'regional-blue', 'neutral-grey']) {
    for (const mode of ['light', 'dark']) await shoot(`/demo/themes.html?frame&theme=${theme}&mode=${mode}`, `theme-${theme}-${mode}.png`, 1000, 760);
  }
  await shoot('/test/fixtures/map-screenshot.html?width=1200', 'network-map-1200.png', 1240, 900);
  await shoot('/test/fixtures/map-screenshot.html?width=320', 'network-map-320.png', 360, 900);
  await browser.close();
} finally {
  server.kill();
}
