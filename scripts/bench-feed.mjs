#!/usr/bin/env node
// `node scripts/bench-feed.mjs`: parseFeed and validate on a generated feed of 50,000 events, as the
// feed package's README reports them. Memory is measured on one cold run alone in a fresh Node process:
// its peak RSS (resourceUsage().maxRSS), the peak above the process with the JSON text loaded, and the heap
// its result keeps after a GC. Times are the median of several runs, after a warm-up run, in another process.
//
// The feed is seeded, so every run measures the same 50,000 events: 2000-2029, a quarter with clock
// times in six zones, a third translated into Albanian and Serbian Cyrillic, a fifth with a description,
// numbered series, back-to-back links both ways, 80 organisations and 8 networks.
//
// Options: --events N (default 50000), --runs N (default 5), --json (the figures as JSON, no table).
// Needs packages/feed/dist (npm run build); builds it when it is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'packages/feed/dist');

const TASKS = {
  'JSON.parse': 'JSON.parse alone (for reference)',
  parseFeed: 'parseFeed(text)',
  'parseFeed + index': 'parseFeed(text), then the first range query (builds the index)',
  validateFeed: 'validateFeed(text): parseFeed and the cross-event checks',
  'validate, 1,000 problems': 'validateFeed and locateProblems on a feed with 1,000 bad dates',
  'iisg-feed validate': 'the whole command, as a separate process',
};

// ---------------------------------------------------------------------------------------------
// In a child process: one task, its times and its peak memory, as JSON on stdout.

async function child(task, file, runs) {
  const feed = await import(pathToFileURL(join(DIST, 'index.js')).href);
  const { validateFeed, locateProblems } = await import(pathToFileURL(join(DIST, 'validate-feed.js')).href);
  const text = readFileSync(file, 'utf8');
  const rssBefore = process.memoryUsage().rss;
  const work = {
    'JSON.parse': () => JSON.parse(text),
    parseFeed: () => feed.parseFeed(text, { viewerTimeZone: 'Europe/Belgrade' }),
    'parseFeed + index': () => {
      const { feed: parsed } = feed.parseFeed(text, { viewerTimeZone: 'Europe/Belgrade' });
      parsed.index.between(feed.dayKey(2019, 4, 1), feed.dayKey(2019, 4, 30));
      return parsed;
    },
    validateFeed: () => validateFeed(text, { viewerTimeZone: 'Europe/Belgrade' }),
    'validate, 1,000 problems': () => {
      const result = validateFeed(text, { viewerTimeZone: 'Europe/Belgrade' });
      return [result, locateProblems(text, result.problems)];
    },
  }[task];
  if (runs === 0) {
    // One cold run alone in its process: its peak memory, and what its result keeps on the heap.
    globalThis.gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const result = work();
    globalThis.gc();
    const kept = process.memoryUsage().heapUsed - heapBefore;
    process.stdout.write(JSON.stringify({ rssBefore, maxRss: process.resourceUsage().maxRSS * 1024, kept, alive: !!result }));
    return;
  }
  const times = [];
  for (let i = 0; i <= runs; i++) {
    globalThis.gc();
    const t0 = performance.now();
    work();
    if (i > 0) times.push(performance.now() - t0); // run 0 warms the JIT up
  }
  process.stdout.write(JSON.stringify({ times }));
}

// ---------------------------------------------------------------------------------------------
// The generated feed.

function generateFeed(count, badDates = 0) {
  let seed = 20190424;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const cities = [
    ['Tirana', 'Tiranë', 'Тирана', 'AL', 41.33, 19.82, 'Europe/Tirane'],
    ['Sarajevo', 'Sarajevë', 'Сарајево', 'BA', 43.86, 18.41, 'Europe/Sarajevo'],
    ['Pristina', 'Prishtinë', 'Приштина', 'XK', 42.66, 21.17, 'Europe/Belgrade'],
    ['Skopje', 'Shkup', 'Скопље', 'MK', 42.0, 21.43, 'Europe/Skopje'],
    ['Podgorica', 'Podgoricë', 'Подгорица', 'ME', 42.44, 19.26, 'Europe/Podgorica'],
    ['Belgrade', 'Beograd', 'Београд', 'RS', 44.82, 20.46, 'Europe/Belgrade'],
    ['Brussels', 'Bruksel', 'Брисел', 'BE', 50.85, 4.35, 'Europe/Brussels'],
  ];
  const organisations = Array.from({ length: 80 }, (_, i) => ({ id: `org-${i}`, name: { en: `Organisation ${i}`, sq: `Organizata ${i}` }, shortName: `O${i}`, kind: pick(['ministry', 'ngo', 'embassy', 'eu-institution']), country: pick(cities)[3] }));
  const networks = Array.from({ length: 8 }, (_, i) => ({
    id: `network-${i}`,
    name: `Network ${i}`,
    acronym: `N${i}`,
    members: Array.from({ length: 10 }, (_, m) => ({ organisation: `org-${(i * 10 + m) % 80}`, role: 'Member', since: '2018-06' })),
  }));
  const series = Array.from({ length: 40 }, (_, i) => ({ id: `series-${i}`, name: `Meeting of network ${i % 8}`, network: `network-${i % 8}` }));
  const ordinals = new Map();
  const events = [];
  const start = Date.UTC(2000, 0, 1);
  const span = Date.UTC(2029, 11, 31) - start;
  for (let i = 0; i < count; i++) {
    const [en, sq, cyr, country, lat, lon, zone] = pick(cities);
    const day = new Date(start + Math.floor(random() * span)).toISOString().slice(0, 10);
    const timed = random() < 0.25;
    const event = {
      id: `event-${i}`,
      title: random() < 0.33 ? { en: `Meeting ${i} in ${en}`, sq: `Takimi ${i} në ${sq}`, 'sr-Cyrl': `Састанак ${i} у ${cyr}` } : `Meeting ${i} in ${en}`,
      summary: `A regional meeting of practitioners in ${en}, number ${i}.`,
      start: timed ? `${day}T09:30` : day,
    };
    if (timed) Object.assign(event, { end: `${day}T17:00`, timeZone: zone });
    else if (random() < 0.3) event.end = new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10);
    if (random() < 0.2) event.description = `The meeting is held in ${en}.\n\n- first item of the agenda\n- second item of the agenda\n\nMore at the organiser's site.`;
    if (random() < 0.03) event.status = 'cancelled';
    event.location = { city: { en, sq, 'sr-Cyrl': cyr }, country, lat, lon };
    event.organisers = [pick(organisations).id, pick(organisations).id].filter((id, k, all) => all.indexOf(id) === k);
    event.networks = [pick(networks).id];
    if (random() < 0.5) {
      const s = pick(series).id;
      const ordinal = (ordinals.get(s) ?? 0) + 1;
      ordinals.set(s, ordinal);
      event.series = { id: s, ordinal };
    }
    event.tags = ['meeting', pick(['p-cve', 'ct', 'donors'])];
    event.url = `https://events.example.org/${i}`;
    events.push(event);
  }
  // Back-to-back pairs, linked both ways: every tenth event with the next one.
  for (let i = 0; i + 1 < count; i += 10) {
    events[i + 1].start = events[i].start;
    events[i + 1].end = events[i].end;
    events[i + 1].timeZone = events[i].timeZone;
    if (!events[i].timeZone) delete events[i + 1].timeZone;
    if (!events[i].end) delete events[i + 1].end;
    events[i].related = [{ kind: 'back-to-back', event: events[i + 1].id }];
    events[i + 1].related = [{ kind: 'back-to-back', event: events[i].id }];
  }
  for (let i = 0; i < badDates; i++) events[Math.floor((i * count) / badDates)].start = '2019-02-30';
  return { $schema: 'feed.schema.json', version: 1, title: 'Generated', timeZone: 'Europe/Belgrade', language: 'en', organisations, networks, series, events };
}

// ---------------------------------------------------------------------------------------------

function options(argv) {
  const opts = { events: 50_000, runs: 5, json: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--events') opts.events = Number(argv[++i]);
    else if (argv[i] === '--runs') opts.runs = Number(argv[++i]);
    else if (argv[i] === '--json') opts.json = true;
    else if (argv[i] === '--help') {
      console.log('node scripts/bench-feed.mjs [--events N] [--runs N] [--json]');
      process.exit(0);
    } else throw new Error(`unknown option ${argv[i]}`);
  }
  return opts;
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (t) => `${t < 100 ? t.toFixed(1) : Math.round(t).toLocaleString('en')} ms`;

async function main() {
  const opts = options(process.argv.slice(2));
  if (!existsSync(join(DIST, 'validate-feed.js'))) execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit', cwd: ROOT });
  const dir = mkdtempSync(join(tmpdir(), 'iisg-bench-feed-'));
  const clean = join(dir, 'feed.json');
  const broken = join(dir, 'feed-with-problems.json');
  writeFileSync(clean, JSON.stringify(generateFeed(opts.events), null, 2));
  writeFileSync(broken, JSON.stringify(generateFeed(opts.events, 1000), null, 2));

  const rows = [];
  for (const task of Object.keys(TASKS)) {
    const file = task === 'validate, 1,000 problems' ? broken : clean;
    if (task === 'iisg-feed validate') {
      const times = [];
      let maxRss = 0;
      for (let i = 0; i <= opts.runs; i++) {
        const t0 = performance.now();
        const out = execFileSync(
          process.execPath,
          ['--input-type=module', '-e', `const {main}=await import(${JSON.stringify(pathToFileURL(join(ROOT, 'packages/feed/cli/main.mjs')).href)}); const code=await main(['validate','-q',${JSON.stringify(clean)}]); process.stdout.write(JSON.stringify({code, maxRss: process.resourceUsage().maxRSS*1024}))`],
          { encoding: 'utf8', input: '', stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_OPTIONS: '' } },
        );
        if (i > 0) times.push(performance.now() - t0);
        const result = JSON.parse(out.slice(out.lastIndexOf('{')));
        if (result.code !== 0) throw new Error(`iisg-feed validate on the generated feed: exit ${result.code}`);
        maxRss = Math.max(maxRss, result.maxRss);
      }
      rows.push({ task, median: median(times), min: Math.min(...times), maxRss, extra: undefined });
      continue;
    }
    const measure = (runs) => JSON.parse(execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', task, file, String(runs)], { encoding: 'utf8' }));
    const { rssBefore, maxRss, kept } = measure(0);
    const { times } = measure(opts.runs);
    rows.push({ task, median: median(times), min: Math.min(...times), maxRss, extra: maxRss - rssBefore, kept });
  }

  const size = statSync(clean).size;
  if (opts.json) {
    console.log(JSON.stringify({ events: opts.events, bytes: size, node: process.version, rows }, null, 2));
    return;
  }
  console.log(`\n@iisg/feed on ${opts.events.toLocaleString('en')} events (${mb(size)} of JSON), Node ${process.version}, median of ${opts.runs} runs:\n`);
  const header = ['', 'time (median)', 'fastest', 'peak RSS', 'peak above the text', 'result keeps'];
  const table = rows.map((r) => [r.task, ms(r.median), ms(r.min), mb(r.maxRss), r.extra === undefined ? '' : mb(r.extra), r.kept === undefined ? '' : mb(r.kept)]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const row of table) console.log(line(row));
  console.log('');
  for (const [task, what] of Object.entries(TASKS)) console.log(`  ${task}: ${what}`);
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4], Number(process.argv[5]));
else await main();
