#!/usr/bin/env node
// Screenshots of pages as a person sees them: `node scripts/screenshot.mjs URL OUT.png [WIDTHxHEIGHT] [--dark]`.
// Uses the same Chromium as the tests (scripts/chromium.mjs) through puppeteer-core.
import puppeteer from 'puppeteer-core';
import { findChromium } from './chromium.mjs';

const [url, out = '/tmp/screenshot.png', size = '1280x900'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const dark = process.argv.includes('--dark');
const [width, height] = size.split('x').map(Number);
const { executablePath, args } = await findChromium();
const browser = await puppeteer.launch({ executablePath, args, headless: true });
try {
  const page = await browser.newPage();
  page.on('console', (m) => console.log(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  await page.setViewport({ width, height });
  if (dark) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  if (process.argv.includes('--forced')) await page.emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
  await page.goto(url, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, Number(process.env.SHOT_WAIT ?? 300)));
  await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
  console.log(out);
} finally {
  await browser.close();
}
