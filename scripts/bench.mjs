#!/usr/bin/env node
// `npm run bench`: <iisg-event-calendar>'s month view against FullCalendar 6, FullCalendar 7 and
// vkurko's EventCalendar, in one headless Chromium.
//
// The same seeded events (100, 1,000 and 10,000 all-day events over 2025, a fifth of them 2-5 days
// long) go to every library, each in its own input shape (ours: our feed format, end inclusive; the
// peers: { start, end (exclusive), allDay }), shaped here in Node before the page sees them. Every
// library shows March 2025 in the same 1000 x 900 px box with at most 3 bars a day and "+N more", then
// goes to April. Each (library, size) runs in a fresh browser context (its own renderer process, cold
// caches), libraries alternating in a rotating order. Printed, and written to bench/results.md: medians
// of the time to a laid-out month, the time to the next month, the JS heap after the render (after a
// forced GC), the DOM size (elements, shadow roots included), and each bundle's gzip size, with the
// ratio of each peer to ours.
//
// Options: --runs N (default 9), --runs-large N (default 7, for 10,000 events and more),
// --sizes 100,1000, --only ours,fullcalendar6, --build (npm run build first; by default only when
// dist/ is missing), --no-write (leave bench/results.md alone), --probe (no table: one run per library,
// printing what each shows and saving screenshots and markup to node_modules/.cache/iisg-bench/), --help.
//
// Pages and adapters are in bench/: each adapter exposes window.benchRender(events, cap) and
// window.benchNext(), both resolved once the DOM is final and laid out, with the performance.now() of
// that layout (bench/adapters/common.js laidOut: a forced reflow when the library says it is done, and
// again after any DOM change it makes in the two frames after that, e.g. from a ResizeObserver).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChromium } from './chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = join(ROOT, 'bench');
const CACHE = join(ROOT, 'node_modules', '.cache', 'iisg-bench');
const BUILD = join(CACHE, 'build');
const SIZE = join(CACHE, 'size');
/** A copy of dist/ taken at the start, so a rebuild during the bench changes nothing under it. */
const DIST = join(CACHE, 'dist');
const DIST_ENTRY = 'iisg-widgets.min.js';
const DIST_CALENDAR = 'iisg-event-calendar.min.js';

const CAP = 3;
const YEAR = 2025;
const SEED = 20250301;
const MULTI_DAY_SHARE = 0.2;
const EXPECTED_HEADINGS = ['March 2025', 'April 2025'];

// ---------------------------------------------------------------------------------------------
// Options

function parseArgs(argv) {
  const opts = { runs: 9, runsLarge: 7, sizes: [100, 1000, 10000], only: null, write: true, probe: false, build: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--runs') opts.runs = positive(value(), arg);
    else if (arg === '--runs-large') opts.runsLarge = positive(value(), arg);
    else if (arg === '--sizes') opts.sizes = value().split(',').map((s) => positive(s, arg));
    else if (arg === '--only') opts.only = value().split(',');
    else if (arg === '--no-write') opts.write = false;
    else if (arg === '--probe') opts.probe = true;
    else if (arg === '--build') opts.build = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\nimport ')[0].replace(/^#!.*\n/, '').replace(/^\/\/ ?/gm, ''));
      process.exit(0);
    } else throw new Error(`unknown option ${arg} (see --help)`);
  }
  return opts;
}

function positive(text, name) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name}: '${text}' is not a positive whole number`);
  return n;
}

// ---------------------------------------------------------------------------------------------
// Libraries

/**
 * page: the bench page; adapter: the entry bundled for the page (ours is served as it is);
 * size: what a site would ship (ours: the drop-in's first load; peers: the library and the plugins
 * and CSS the adapter uses, bundled and minified by esbuild); input: the event shape it takes.
 */
const LIBRARIES = [
  {
    id: 'ours',
    label: '`<iisg-event-calendar>` (ours)',
    packages: [],
    runtime: ['lit'],
    page: 'ours.html',
    input: 'feed',
  },
  {
    id: 'fullcalendar6',
    label: 'FullCalendar 6 (daygrid)',
    packages: ['@fullcalendar/core', '@fullcalendar/daygrid'],
    page: 'fullcalendar6.html',
    adapter: 'adapters/fullcalendar6.js',
    sizeEntry: `export { Calendar } from '@fullcalendar/core';
export { default as dayGridPlugin } from '@fullcalendar/daygrid';`,
    input: 'peer',
  },
  {
    id: 'fullcalendar7',
    label: 'FullCalendar 7 (daygrid, classic theme)',
    packages: ['fullcalendar'],
    runtime: ['preact', '@full-ui/headless-calendar', 'temporal-polyfill'],
    page: 'fullcalendar7.html',
    adapter: 'adapters/fullcalendar7.js',
    sizeEntry: `export { Calendar } from 'fullcalendar';
export { default as dayGridPlugin } from 'fullcalendar/daygrid';
export { default as classicThemePlugin } from 'fullcalendar/themes/classic';
import 'fullcalendar/skeleton.css';
import 'fullcalendar/themes/classic/theme.css';
import 'fullcalendar/themes/classic/palette.css';`,
    input: 'peer',
  },
  {
    id: 'event-calendar',
    label: 'EventCalendar (@event-calendar/core, DayGrid)',
    packages: ['@event-calendar/core'],
    runtime: ['svelte'],
    page: 'event-calendar.html',
    adapter: 'adapters/event-calendar.js',
    sizeEntry: `export { createCalendar, destroyCalendar, DayGrid } from '@event-calendar/core';
import '@event-calendar/core/index.css';`,
    input: 'peer',
  },
  {
    // Not a peer: the issue's yardstick, a month of plain lit-html (no spanning bars, no accessibility).
    id: 'lit-grid',
    label: 'Reference: bare lit-html grid (no bars, no ARIA, no keyboard)',
    reference: true,
    packages: ['lit-html'],
    page: 'lit-grid.html',
    adapter: 'adapters/lit-grid.js',
    sizeEntry: `export { html, render } from 'lit-html';`,
    input: 'peer',
  },
];

/** The installed version of `name`, as `from` (a package that depends on it) would resolve it. */
function packageVersion(name, from) {
  const dirs = [from && join(ROOT, 'node_modules', from, 'node_modules', name), join(ROOT, 'node_modules', name)].filter(Boolean);
  for (const dir of dirs) {
    try {
      return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
    } catch {
      // not there: try the next
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Data: one seeded list, shaped per library.

/** mulberry32: small, fast, seeded. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['Regional', 'Working', 'Group', 'Meeting', 'Workshop', 'Conference', 'P/CVE', 'Focal', 'Points',
  'Training', 'Roundtable', 'Expert', 'Network', 'Summit', 'Youth', 'Online', 'Radicalisation', 'Dialogue', 'Forum', 'Review'];
const DAY_MS = 86_400_000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * n all-day events spread over one year: exactly a fifth (every fifth) lasts 2-5 days, the rest one day.
 * @returns {{ id: string, title: string, start: string, days: number }[]}
 */
export function generateEvents(n, seed = SEED) {
  const rand = random(seed + n);
  const yearStart = Date.UTC(YEAR, 0, 1);
  const daysInYear = (Date.UTC(YEAR + 1, 0, 1) - yearStart) / DAY_MS;
  const events = [];
  for (let i = 0; i < n; i++) {
    const multi = i % Math.round(1 / MULTI_DAY_SHARE) === 0;
    const days = multi ? 2 + Math.floor(rand() * 4) : 1;
    const start = yearStart + Math.floor(rand() * daysInYear) * DAY_MS;
    const words = 2 + Math.floor(rand() * 4);
    const title = Array.from({ length: words }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ') + ` ${i + 1}`;
    events.push({ id: `e${i + 1}`, title, start, days });
  }
  return events;
}

/** Ours: feed events, `end` inclusive and only when the event lasts more than a day. */
function toFeedEvents(events) {
  return events.map(({ id, title, start, days }) =>
    days > 1 ? { id, title, start: iso(start), end: iso(start + (days - 1) * DAY_MS) } : { id, title, start: iso(start) },
  );
}

/**
 * FullCalendar and EventCalendar: all-day events with an exclusive `end`, always given (EventCalendar
 * reads a missing `end` as "now").
 */
function toPeerEvents(events) {
  return events.map(({ id, title, start, days }) => ({ id, title, allDay: true, start: iso(start), end: iso(start + days * DAY_MS) }));
}

// ---------------------------------------------------------------------------------------------
// Builds and sizes

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

function snapshotDist(build) {
  if (build || !existsSync(join(ROOT, 'dist', DIST_ENTRY))) {
    if (!build) console.log(`dist/${DIST_ENTRY} is missing: running npm run build ...`);
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  // A build running meanwhile (it empties dist/ first) would leave a torn copy: copy until dist/ held still.
  const stamp = () => {
    const files = [];
    const walk = (dir) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else files.push(`${path}:${statSync(path).size}:${statSync(path).mtimeMs}`);
      }
    };
    walk(join(ROOT, 'dist'));
    return files.sort().join('\n');
  };
  for (let attempt = 1; ; attempt++) {
    const before = stamp();
    rmSync(DIST, { recursive: true, force: true });
    cpSync(join(ROOT, 'dist'), DIST, { recursive: true });
    if (stamp() === before && existsSync(join(DIST, DIST_ENTRY))) return;
    if (attempt === 10) throw new Error('dist/ kept changing (a build running?): try again when it is done');
    execFileSync('sleep', ['3']);
  }
}

/** Gzip size of a drop-in module and the chunks it imports statically (its first load), from the snapshot. */
function dropInSize(file, counted = []) {
  const seen = new Set(counted);
  const visit = (rel) => {
    if (seen.has(rel) || !existsSync(join(DIST, rel))) return;
    seen.add(rel);
    const code = readFileSync(join(DIST, rel), 'utf8');
    // Static imports only (import x from "./chunks/a.js" / import "./chunks/a.js"); import() is on demand.
    for (const m of code.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(join(dirname(rel), m[1]));
    }
  };
  visit(file);
  for (const rel of counted) seen.delete(rel);
  return { js: [...seen].reduce((sum, rel) => sum + gz(readFileSync(join(DIST, rel))), 0), css: 0, files: seen.size };
}

const ESBUILD_COMMON = {
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  platform: 'browser',
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: ROOT,
};

/** The peers' bench bundles: adapter + library, one ESM file (and one CSS file where the library has CSS). */
async function buildAdapters(libraries) {
  rmSync(BUILD, { recursive: true, force: true });
  mkdirSync(BUILD, { recursive: true });
  for (const lib of libraries.filter((l) => l.adapter)) {
    await esbuild.build({ ...ESBUILD_COMMON, entryPoints: { [lib.id]: join(BENCH, lib.adapter) }, outdir: BUILD });
  }
}

/** Gzip sizes: first-load JS (entry plus the chunks it imports statically) and CSS. */
function firstLoadSize(metafile, entryOut) {
  const outputs = metafile.outputs;
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !outputs[file]) return;
    seen.add(file);
    for (const imp of outputs[file].imports ?? []) if (imp.kind === 'import-statement') visit(imp.path);
  };
  visit(entryOut);
  let js = 0;
  let css = 0;
  for (const file of seen) js += gz(readFileSync(join(ROOT, file)));
  const cssFile = outputs[entryOut]?.cssBundle;
  if (cssFile) css = gz(readFileSync(join(ROOT, cssFile)));
  return { js, css, files: seen.size };
}

async function measureSizes(libraries) {
  rmSync(SIZE, { recursive: true, force: true });
  mkdirSync(SIZE, { recursive: true });
  const sizes = {};
  for (const lib of libraries) {
    if (lib.id === 'ours') {
      sizes.ours = dropInSize(DIST_ENTRY);
      if (existsSync(join(DIST, DIST_CALENDAR))) {
        sizes['ours-calendar'] = { ...dropInSize(DIST_CALENDAR), label: `\`<iisg-event-calendar>\` alone: \`dist/${DIST_CALENDAR}\` (first load)` };
        // The parser is a chunk of its own, but no event shows before it has loaded: like for like with the
        // peers (whose sizes hold everything needed to show events) is the calendar with its parser.
        const parser = readdirSync(join(DIST, 'chunks')).find((f) => /^iisg-event-calendar-feed-parser-.*\.js$/.test(f));
        if (parser) {
          // The parser chunk and what it imports statically, less the first load counted already.
          const withParser = dropInSize(join('chunks', parser), [DIST_CALENDAR]);
          sizes['ours-calendar-feed'] = {
            js: sizes['ours-calendar'].js + withParser.js,
            css: 0,
            files: sizes['ours-calendar'].files + withParser.files,
            label: '`<iisg-event-calendar>` alone with the feed parser chunk every feed needs (what a page loads to show events)',
          };
        }
        continue;
      }
      // No per-element drop-in: the calendar alone from source, the locale chunks split off as in the drop-in.
      const outdir = join(SIZE, 'ours-calendar');
      const result = await esbuild.build({
        ...ESBUILD_COMMON,
        conditions: ['iisg-source', 'production'],
        entryPoints: { calendar: join(ROOT, 'packages/widgets/src/event-calendar/define.ts') },
        tsconfig: join(ROOT, 'tsconfig.json'),
        splitting: true,
        outdir,
        metafile: true,
      });
      const entryOut = Object.keys(result.metafile.outputs).find((f) => result.metafile.outputs[f].entryPoint);
      sizes['ours-calendar'] = {
        ...firstLoadSize(result.metafile, entryOut),
        label: '`<iisg-event-calendar>` alone: `event-calendar/define.ts` bundled by esbuild (first load)',
      };
      continue;
    }
    const outdir = join(SIZE, lib.id);
    const result = await esbuild.build({
      ...ESBUILD_COMMON,
      stdin: { contents: lib.sizeEntry, resolveDir: ROOT, sourcefile: `${lib.id}-size.js`, loader: 'js' },
      outdir,
      entryNames: lib.id,
      splitting: true,
      metafile: true,
    });
    const entryOut = Object.keys(result.metafile.outputs).find((f) => f.endsWith('.js') && result.metafile.outputs[f].entryPoint);
    sizes[lib.id] = firstLoadSize(result.metafile, entryOut);
  }
  return sizes;
}

// ---------------------------------------------------------------------------------------------
// Server: bench/ at /bench/, dist/ at /dist/, the bundles at /build/. Loopback only.

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json' };
const MOUNTS = { '/bench/': BENCH, '/dist/': DIST, '/build/': BUILD };

function startServer() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    const mount = Object.keys(MOUNTS).find((m) => path.startsWith(m));
    const base = mount && MOUNTS[mount];
    const file = base && normalize(join(base, path.slice(mount.length)));
    if (!file || !file.startsWith(base + sep) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok({ server, origin: `http://127.0.0.1:${server.address().port}` }));
  });
}

// ---------------------------------------------------------------------------------------------
// One run: a fresh context and page, render March, measure, go to April.

const PAGE_TIMEOUT = 60_000;

async function gcHeap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

async function openPage(browser, origin, lib) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(PAGE_TIMEOUT);
  await page.setViewport({ width: 1100, height: 1000 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') errors.push(`console.${m.type()}: ${m.text()}`);
  });
  await page.goto(`${origin}/bench/${lib.page}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.benchReady === true);
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.enable');
  return { context, page, cdp, errors };
}

/** The adapters resolve with the performance.now() of the last layout (after watching for late changes). */
const timed = (fn) => `(async () => { const t0 = performance.now(); const end = await ${fn}; return end - t0; })()`;
const twoFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

async function runOnce(browser, origin, lib, input) {
  const { context, page, cdp, errors } = await openPage(browser, origin, lib);
  try {
    await page.evaluate((events) => {
      window.__events = events;
    }, input);
    const heapBefore = await gcHeap(cdp);
    const render = await page.evaluate(timed(`window.benchRender(window.__events, ${CAP})`));
    const lateRender = await page.evaluate(() => window.benchLate);
    await page.evaluate(twoFrames);
    const dom = await page.evaluate(() => window.benchDomSize());
    const check = await page.evaluate(() => window.benchCheck());
    const heap = await gcHeap(cdp);
    const next = await page.evaluate(timed('window.benchNext()'));
    const lateNext = await page.evaluate(() => window.benchLate);
    await page.evaluate(twoFrames);
    const checkNext = await page.evaluate(() => window.benchCheck());
    return { render, next, heap, heapDelta: heap - heapBefore, dom, check, checkNext, late: [lateRender, lateNext], errors };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Probe: is the promise really resolved after the last DOM change? (No timings; screenshots.)

async function probe(browser, origin, libraries, size) {
  const base = generateEvents(size);
  for (const lib of libraries) {
    const { context, page, errors } = await openPage(browser, origin, lib);
    try {
      const input = lib.input === 'feed' ? toFeedEvents(base) : toPeerEvents(base);
      await page.evaluate((events) => (window.__events = events), input);
      for (const step of ['render', 'next']) {
        const report = await page.evaluate(async (step, cap) => {
          const records = [];
          const observer = new MutationObserver((list) => records.push([performance.now(), list.length]));
          const watch = (node) => {
            observer.observe(node, { subtree: true, childList: true, attributes: true, characterData: true });
            for (const el of node.querySelectorAll('*')) if (el.shadowRoot) watch(el.shadowRoot);
          };
          const rootEl = document.getElementById('root');
          const t0 = performance.now();
          watch(rootEl);
          if (step === 'render') {
            // Shadow roots appear during the render: watch them as they come.
            const shadowWatcher = new MutationObserver(() => {
              for (const el of rootEl.querySelectorAll('*')) if (el.shadowRoot && !el.__watched) (el.__watched = true), watch(el.shadowRoot);
            });
            shadowWatcher.observe(rootEl, { subtree: true, childList: true });
            await window.benchRender(window.__events, cap);
            shadowWatcher.disconnect();
            for (const el of rootEl.querySelectorAll('*')) if (el.shadowRoot && !el.__watched) (el.__watched = true), watch(el.shadowRoot);
          } else await window.benchNext();
          const resolved = performance.now();
          records.length = 0;
          await new Promise((r) => setTimeout(r, 1000));
          observer.disconnect();
          return {
            resolvedMs: Math.round(resolved - t0),
            lateMutationRecords: records.reduce((s, r) => s + r[1], 0),
            lastLateMs: records.length ? Math.round(records[records.length - 1][0] - resolved) : null,
            check: window.benchCheck(),
          };
        }, step, CAP);
        console.log(`${lib.id} ${step} ${size}:`, JSON.stringify(report));
        const name = join(CACHE, `probe-${lib.id}-${size}-${step}`);
        await page.screenshot({ path: `${name}.png`, clip: { x: 0, y: 0, width: 1000, height: 900 } });
        writeFileSync(`${name}.html`, await page.evaluate(() => document.getElementById('root').innerHTML));
      }
      if (errors.length) console.log(`${lib.id} errors:`, errors.slice(0, 5));
    } finally {
      await context.close();
    }
  }
  console.log(`screenshots and markup: ${CACHE}/probe-*.png, probe-*.html`);
}

// ---------------------------------------------------------------------------------------------
// Statistics and the table

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const fmtMs = (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const fmtMb = (v) => (v / 1048576).toFixed(1);
const fmtKb = (v) => (v / 1024).toFixed(1);
const fmtInt = (v) => Math.round(v).toLocaleString('en-US');
const ratio = (peer, ours) => (ours > 0 ? `${(peer / ours).toFixed(2)}×` : 'n/a');

function resultTables(libraries, sizes, results, bundleSizes) {
  const lines = [];
  lines.push('| events | library | month (ms) | ×ours | next month (ms) | ×ours | heap after render (MB) | ×ours | DOM elements | ×ours |');
  lines.push('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const size of sizes) {
    const ours = results.ours?.[size];
    const oursMed = ours && {
      render: median(ours.map((r) => r.render)),
      next: median(ours.map((r) => r.next)),
      heap: median(ours.map((r) => r.heap)),
      dom: median(ours.map((r) => r.dom)),
    };
    for (const lib of libraries) {
      const runs = results[lib.id]?.[size];
      if (!runs?.length) continue;
      const m = {
        render: median(runs.map((r) => r.render)),
        next: median(runs.map((r) => r.next)),
        heap: median(runs.map((r) => r.heap)),
        heapDelta: median(runs.map((r) => r.heapDelta)),
        dom: median(runs.map((r) => r.dom)),
      };
      const isOurs = lib.id === 'ours';
      const rel = (k) => (isOurs || !oursMed ? '' : ratio(m[k], oursMed[k]));
      lines.push(
        `| ${fmtInt(size)} | ${lib.label} | ${fmtMs(m.render)} | ${rel('render')} | ${fmtMs(m.next)} | ${rel('next')} | ` +
          `${fmtMb(m.heap)} (+${fmtMb(m.heapDelta)}) | ${rel('heap')} | ${fmtInt(m.dom)} | ${rel('dom')} |`,
      );
    }
  }
  const size = [];
  size.push('| bundle | JS gzip (KB) | CSS gzip (KB) | total gzip (KB) | ×ours (drop-in) | ×ours (calendar with parser) |');
  size.push('|---|---:|---:|---:|---:|---:|');
  const total = (id) => (bundleSizes[id] ? bundleSizes[id].js + bundleSizes[id].css : 0);
  const rows = [
    ['ours', `\`<iisg-event-calendar>\` drop-in: \`dist/${DIST_ENTRY}\` (every element, first load)`],
    ['ours-calendar', bundleSizes['ours-calendar']?.label],
    ['ours-calendar-feed', bundleSizes['ours-calendar-feed']?.label],
    ...libraries.filter((l) => l.id !== 'ours').map((l) => [l.id, l.label]),
  ];
  for (const [id, label] of rows) {
    const s = bundleSizes[id];
    if (!s) continue;
    const peer = !id.startsWith('ours');
    const calendar = total('ours-calendar-feed') || total('ours-calendar');
    size.push(
      `| ${label} | ${fmtKb(s.js)} | ${s.css ? fmtKb(s.css) : '–'} | ${fmtKb(total(id))} | ` +
        `${id === 'ours' ? '' : ratio(total(id), total('ours'))} | ${peer && calendar ? ratio(total(id), calendar) : ''} |`,
    );
  }
  return { timing: lines.join('\n'), size: size.join('\n') };
}

function checkTable(libraries, sizes, results) {
  const lines = [
    '| events | library | March: bars | March: "+N more" links | March: hidden (sum of N) | April: heading | April: bars | April: hidden | runs with late DOM changes (month / next) |',
    '|---:|---|---:|---:|---:|---|---:|---:|---:|',
  ];
  for (const size of sizes) {
    for (const lib of libraries) {
      const run = results[lib.id]?.[size]?.[0];
      if (!run) continue;
      const [m, a] = [run.check, run.checkNext];
      const runs = results[lib.id][size];
      const late = [0, 1].map((i) => runs.filter((r) => r.late[i] > 0).length).join(' / ');
      lines.push(
        `| ${fmtInt(size)} | ${lib.label} | ${m.bars} | ${m.moreLinks} | ${fmtInt(m.moreTotal)} | ${a.heading} | ${a.bars} | ${fmtInt(a.moreTotal)} | ${late} of ${runs.length} |`,
      );
    }
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const libraries = LIBRARIES.filter((l) => !opts.only || opts.only.includes(l.id));
  const missing = libraries.filter((l) => l.packages.some((p) => !packageVersion(p)));
  for (const lib of missing) console.warn(`skipping ${lib.id}: ${lib.packages.join(', ')} not installed (npm install)`);
  const active = libraries.filter((l) => !missing.includes(l));
  if (!active.length) throw new Error('no library to bench');

  const started = Date.now();
  snapshotDist(opts.build);
  await buildAdapters(active);
  const bundleSizes = await measureSizes(active);

  const { executablePath, args } = await findChromium();
  const browser = await puppeteer.launch({
    executablePath,
    args: [...args, '--enable-precise-memory-info', '--window-size=1100,1000'],
    headless: true,
    protocolTimeout: 120_000,
  });
  const { server, origin } = await startServer();
  try {
    const version = await browser.version();
    if (opts.probe) {
      for (const size of opts.sizes) await probe(browser, origin, active, size);
      return;
    }

    const inputs = new Map();
    for (const size of opts.sizes) {
      const base = generateEvents(size);
      inputs.set(size, { feed: toFeedEvents(base), peer: toPeerEvents(base) });
    }
    // One warm-up round (discarded): the first launch of each page pays for disk and compile caches.
    for (const lib of active) await runOnce(browser, origin, lib, inputs.get(opts.sizes[0])[lib.input]);

    const results = {};
    const problems = new Set();
    for (const size of opts.sizes) {
      const runs = size >= 10000 ? opts.runsLarge : opts.runs;
      for (let rep = 0; rep < runs; rep++) {
        // Rotate the order each repetition, so no library is always first or last.
        const order = active.map((_, i) => active[(i + rep) % active.length]);
        for (const lib of order) {
          const r = await runOnce(browser, origin, lib, inputs.get(size)[lib.input]);
          ((results[lib.id] ??= {})[size] ??= []).push(r);
          if (r.check.heading !== EXPECTED_HEADINGS[0] || r.checkNext.heading !== EXPECTED_HEADINGS[1]) {
            problems.add(`${lib.id} ${size}: headings '${r.check.heading}' then '${r.checkNext.heading}'`);
          }
          for (const e of r.errors) problems.add(`${lib.id} ${size}: ${e.slice(0, 200)}`);
        }
        process.stderr.write(`  ${fmtInt(size)} events: run ${rep + 1}/${runs} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
      }
    }

    // Every run, for a closer look (spread, outliers): not committed.
    writeFileSync(join(CACHE, 'runs.json'), JSON.stringify({ sizes: opts.sizes, bundleSizes, results }, null, 1));
    const tables = resultTables(active, opts.sizes, results, bundleSizes);
    const checks = checkTable(active, opts.sizes, results);
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    const versions = active
      .flatMap((l) => [
        ...l.packages.map((p) => `${p}@${packageVersion(p)}`),
        ...(l.runtime ?? []).map((p) => `${p}@${packageVersion(p, l.packages[0])} (${l.id === 'ours' ? 'ours' : l.packages[0]})`),
      ])
      .filter((v) => !v.includes('@undefined'));
    const runsText = opts.sizes.map((s) => `${fmtInt(s)}: ${s >= 10000 ? opts.runsLarge : opts.runs}`).join(', ');

    console.log('\n' + tables.timing + '\n\n' + tables.size + '\n');
    if (problems.size) console.log('Problems:\n' + [...problems].map((p) => `- ${p}`).join('\n'));

    if (opts.write) {
      const md = `# Month-view benchmark

Made by \`npm run bench\` (\`scripts/bench.mjs\`, pages and adapters in \`bench/\`); do not edit by hand.

- Date: ${new Date().toISOString().slice(0, 10)}; ${version} (headless), ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}; ${seconds} s in all.
- Versions: ${versions.join(', ')}.
- Data: seeded (${SEED}), ${opts.sizes.map(fmtInt).join(' / ')} all-day events over ${YEAR}, every fifth one 2–5 days long; the same events for
  every library, in its own input shape (ours: our feed format; the others: \`allDay\` with an exclusive \`end\`).
- Each calendar: March ${YEAR} in a 1000 × 900 px box, Sunday first, at most ${CAP} bars a day then "+N more"
  (ours \`max-events="${CAP}"\`, FullCalendar \`dayMaxEvents: ${CAP}\`, EventCalendar \`dayMaxEvents: true\`, which fits as many as the cell holds), then "next" to April.
- Runs (medians of): ${runsText}; each run in a fresh browser context, libraries alternating in a rotating order, after one discarded warm-up round.
- **month**: from the render call (creating the element or calendar with its events) until it is rendered and laid out (a forced reflow;
  ours: after Lit's \`updateComplete\`; EventCalendar: after its \`eventAllUpdated\`); **next month**: the same for "next"
  (ours: a click on \`part="button next"\`; the others: \`calendar.next()\`); **heap**: V8's used heap after the render and a forced GC
  (in brackets: the growth over the page before the render, which already held the library and the events);
  **DOM elements**: elements in the calendar's box, shadow roots included. Ratios are each peer's median over ours: above 1 means more than ours.
- Bundles: gzip -9 of minified ESM; ours as shipped, the peers bundled by esbuild from the library and the plugins and CSS their adapters use.
- FullCalendar 7 finishes each render in a ResizeObserver callback, in the frame after \`render()\` or \`next()\` returns (the last column
  below): its times include waiting for that frame (up to ~17 ms at 60 Hz). The others are done when their call (or callback) returns.
- Wall-clock times on a 2-core machine that may be busy with other work: ratios from the same run are steadier than the milliseconds.
  Every run's numbers: \`node_modules/.cache/iisg-bench/runs.json\`.

## Timing, memory and DOM (medians)

${tables.timing}

## Bundle size

${tables.size}

## Like for like? (first run of each size: what March shows)

${checks}
${problems.size ? `\n## Problems seen\n\n${[...problems].map((p) => `- ${p}`).join('\n')}\n` : ''}`;
      writeFileSync(join(BENCH, 'results.md'), md);
      console.log(`written to bench/results.md (${seconds} s); every run in node_modules/.cache/iisg-bench/runs.json`);
    }
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
