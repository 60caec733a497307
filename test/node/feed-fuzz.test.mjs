// Seeded fuzzing of the data layer: demo/feed.json (and a small CSV and a small .ics) mutated in many
// ways, and the properties the project promises checked on every mutant. Deterministic: a failure names
// its seed and case, and `FUZZ_SEED=<seed> FUZZ_CASES=<n> node --test test/node/feed-fuzz.test.mjs`
// replays it. A failure found here is fixed in packages/feed/src and kept as a plain named test
// (test/node/fuzz-regressions.test.mjs), not only as a seed of this file.
//
// Properties, for every mutant:
// 1. parseFeed, validateFeed (and locateProblems), formatFeed, splitFeed/mergeFeeds, toIcs, the JSON-LD
//    builder, the calendar links, the back-to-back and series helpers, filters and indexes never throw;
// 2. every problem has a severity, a code, a non-empty short message and a path at, above or below a
//    mutated place (problems about references may sit on the event that holds the reference);
// 3. every event whose own object was not mutated (and whose id the mutation did not take) is still
//    there with the same title and days, and every event left out is reported, with its path, as dropped;
// 4. no URL that comes out (event url/online, websites, JSON-LD, .ics, calendar links) is anything but
//    http:, https: or mailto:;
// 5. no prototype is polluted;
// 6. each mutant is handled quickly (no pathological regular expression or recursion).
// Besides: the parser does not write into what it is given (objects are frozen), formatFeed changes no
// value, splitFeed puts each kept event in one period file and mergeFeeds gives them all back, and what
// toIcs writes fromIcs reads back at the same times. fromCsv and feedFromIcs get the same checks on
// mutants of a small sheet and calendar (every row or VEVENT not changed is kept as it was, and their
// feed is one parseFeed reads whole). FUZZ_VERBOSE=1 prints each failure in full.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  parseFeed,
  mergeFeeds,
  findClusters,
  clusterOf,
  seriesRuns,
  filterChoices,
  matchesFilter,
  countryName,
  googleCalendarUrl,
  outlookCalendarUrl,
  calendarEntryText,
  eventJsonLd,
  jsonLdScriptText,
  indexIn,
  daySpanIn,
  textBlocks,
  pickText,
  closeBidi,
} from '../../packages/feed/dist/index.js';
import { validateFeed, locateProblems } from '../../packages/feed/dist/validate-feed.js';
import { formatFeed } from '../../packages/feed/dist/format-feed.js';
import { splitFeed } from '../../packages/feed/dist/split-feed.js';
import { toIcs } from '../../packages/feed/dist/to-ics.js';
import { feedFromCsv } from '../../packages/feed/dist/from-csv.js';
import { feedFromIcs } from '../../packages/feed/dist/from-ics.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20260611);
const FEED_CASES = Number(process.env.FUZZ_CASES ?? 240);
const CSV_CASES = Math.ceil(FEED_CASES / 3);
const ICS_CASES = Math.ceil(FEED_CASES / 4);
/**
 * Most milliseconds of CPU one mutant may take through everything. A pathological regular expression or
 * a quadratic step took from 6 seconds to minutes each on the inputs that found them; an ordinary mutant takes
 * a few milliseconds. CPU time, not the clock: a machine busy with other work (CI, a browser test run
 * beside this) made the clock's 1,000 ms fail cases that were not slow.
 */
const SLOW_CPU_MS = 3000;

const DEMO_TEXT = readFileSync(new URL('../../demo/feed.json', import.meta.url), 'utf8');
const OPTIONS = { viewerTimeZone: 'Europe/Belgrade' };
const BASELINE = parseFeed(DEMO_TEXT, OPTIONS);
const NOW = new Date('2019-06-01T00:00:00Z');

// ---- A small seeded PRNG (mulberry32) ----

function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  return { next, int, pick, chance: (p) => next() < p };
}

// ---- Hostile values ----

const HUGE = 'Ж'.repeat(100_000);
const HUGE_ASCII = 'a '.repeat(50_000);
const nest = (depth, make) => {
  let v = make(null);
  for (let i = 0; i < depth; i++) v = make(v);
  return v;
};
/** An object with an own (enumerable, data) property named `key`, which plain assignment cannot make for `__proto__`. */
const own = (obj, key, value) => Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
const pollution = () => [
  own({}, '__proto__', { polluted: 'yes' }),
  own({ en: 'x' }, '__proto__', { polluted: 'yes' }),
  { constructor: { prototype: { polluted: 'yes' } } },
  own({}, '__proto__', own({}, '__proto__', { polluted: 'yes' })),
  { prototype: { polluted: 'yes' } },
];

const STRINGS = [
  '', ' ', '\t\n ', 'x', HUGE, HUGE_ASCII, `<b>${'<p '.repeat(20_000)}`, `x${' '.repeat(50_000)}y, z\nw`,
  '\u202Eevil\u202D', '\u2066isolated', '\u202Bembedded', 'a\u200Bb', '\u0000\u0001\u0007\u001b[31mred', '\uD800', '\uDC00x', '😀👨‍👩‍👧', 'ﷺ', 'Тирана',
  '\r\nBEGIN:VEVENT\r\nSUMMARY:injected\r\nEND:VEVENT', 'line\nbreak', 'semi;colon,comma\\back',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '</script><!--', '{{constructor.constructor("alert(1)")()}}', '${alert(1)}',
  'javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', '\u0001javascript:alert(1)', 'javascript&colon;alert(1)',
  'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'blob:https://example.org/x', 'about:blank', 'ftp://example.org/',
  '//evil.example/x', '/relative/path', '../up', '?q=1', '#frag', 'https://example.org/ok', 'HTTPS://EXAMPLE.ORG/UP', 'http://[::1]:80/', 'https://exa mple.org',
  'https://user:pass@example.org/', 'mailto:someone@example.org', 'MAILTO:x@example.org?subject=<b>', 'mailto:javascript:alert(1)', 'https://аррӏе.com', 'https:evil', 'http:/x',
  '2019-02-30', '2019-02-29', '2020-02-29', '2019-13-01', '2019-00-10', '2019-04-00', '2019-04-31', '2019-4-1', ' 2019-04-23 ',
  '2019-04-23T24:00', '2019-04-23T24:01', '2019-04-23T23:60', '2016-12-31T23:59:60Z', '2016-12-31T23:59:60', '2019-04-23T09:30+14:00', '2019-04-23T09:30-12:00',
  '2019-04-23T09:30+99:99', '2019-04-23T09:30+1800', '2019-04-23T09:30:00.123456789Z', '2019-04-23T09:30:00.1234567890Z', '2019-04-23 09:30', '2019-04-23t09:30', '2019-04-23T9:30',
  '2019-03-31T02:30', '2019-10-27T02:30', '0000-01-01', '0001-01-01', '9999-12-31', '9999-12-31T23:59-12:00', '0000-01-01T00:00+14:00', '1969-12-31T23:59:59Z', '1900-01-01T12:00',
  '+275760-09-13', '-000001-01-01', '10000-01-01', '2019-W17-2', '2019-113', '20190423', '23.04.2019', '04/23/2019', `2019-04-23${'T'.repeat(20_000)}x`,
  'NaN', 'Infinity', '-Infinity', '1e309', '-0', '0x10', 'null', 'undefined', 'true', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf',
  'Europe/Tirane', 'Europe/Tirana', 'UTC', 'Etc/GMT+14', 'EST5EDT', 'America/Argentina/ComodRivadavia', 'Local', 'en', 'xx-Latn', 'sr_Latn', 'i-klingon',
  'cancelled', 'Moved Online', 'TBC', 'back-to-back', 'XK', 'xk', 'ZZ', 'Kosovo', 'rcc', 'rnnc', 'nfp-7', 'rnnc-3', 'rnnc-meetings', 'ghost',
];
const NUMBERS = [0, 1, -1, 1.5, 42, 91, -181, 1e308, -1e308, 5e-324, 2 ** 53, 20190423, 1556000000000];

/** A hostile value; `jsonOnly` keeps to what JSON text can carry. */
function hostile(r, jsonOnly) {
  const kind = r.int(jsonOnly ? 10 : 11);
  if (kind <= 3) return r.pick(STRINGS);
  if (kind === 4) return r.pick(NUMBERS);
  if (kind === 5) return r.pick([null, true, false]);
  if (kind === 6) return r.pick(pollution());
  if (kind === 7) {
    return r.pick([
      () => [], () => [null], () => [[[]]], () => ['a', 'b'], () => [{ id: 'x' }], () => Array.from({ length: 10_000 }, (_, i) => `id-${i}`),
      () => Array.from({ length: 2_000 }, () => ({ kind: 'back-to-back', event: 'nfp-7' })), () => [r.pick(STRINGS)],
    ])();
  }
  if (kind === 8) {
    return r.pick([
      () => ({}), () => ({ '': '' }), () => ({ en: 5 }), () => ({ en: null }), () => ({ en: ['x'] }), () => ({ en: { en: 'x' } }), () => ({ 'not a tag': 'x' }),
      () => ({ EN: 'upper', 'sr-latn': 'lower', sr_Latn: 'underscore' }), () => ({ en: r.pick(STRINGS) }), () => own({ en: 'x', constructor: 'c', toString: 't' }, '__proto__', 'p'),
      () => Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, 'v'])), () => ({ id: 'x', title: 'X', start: '2019-04-23' }),
    ])();
  }
  if (kind === 9) return r.pick([() => nest(10_000, (v) => (v === null ? {} : { a: v })), () => nest(10_000, (v) => (v === null ? [] : [v])), () => nest(200, (v) => ({ en: v ?? 'deep' }))])();
  // Values JSON cannot carry, for a page that gives the element a JavaScript object.
  return r.pick([
    () => NaN, () => Infinity, () => -Infinity, () => undefined, () => 10n, () => Symbol('s'), () => () => 'fn', () => new Date(0), () => new Map([['en', 'x']]),
    () => Object.assign(Object.create(null), { en: 'null prototype' }), () => [, 'sparse'], () => new String('boxed'), () => Object.create({ polluted: 'inherited' }),
  ])();
}

// ---- Paths into a JSON value, as the parser writes them (`events[4].title.en`, `countries.XK.name`) ----

/**
 * A key as problems name it: whole up to 60 characters, else its first 40 (39 where the 40th UTF-16 unit
 * would start a surrogate pair) and its length (README, Problems). Written out here, not imported: the oracle.
 */
const keyName = (key) => (key.length > 60 ? `${key.slice(0, /[\uD800-\uDBFF]/.test(key[39]) ? 39 : 40)}…(${key.length} characters)` : key);
const join = (path, key) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${keyName(key)}` : keyName(key));

/** Every place in `value`: [path, keys from the root]. */
function places(value, path = '', keys = [], out = []) {
  out.push([path, keys]);
  if (Array.isArray(value)) value.forEach((v, i) => places(v, join(path, i), [...keys, i], out));
  else if (value && typeof value === 'object') for (const k of Object.keys(value)) places(value[k], join(path, k), [...keys, k], out);
  return out;
}
const PLACES = places(JSON.parse(DEMO_TEXT));

function resolve(root, keys) {
  let v = root;
  for (const k of keys) {
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, k)) return { found: false };
    v = v[k];
  }
  return { found: true, value: v };
}

/** Whether a path is a problem path that exists in `root` (or whose parent does: a missing field's object). */
function pathExists(root, path) {
  const keys = [];
  const re = /([^.[\]]+)|\[(\d+)\]/g;
  for (let m; (m = re.exec(path)); ) keys.push(m[2] !== undefined ? Number(m[2]) : m[1]);
  return resolve(root, keys).found || resolve(root, keys.slice(0, -1)).found;
}

const related = (a, b) => a === b || b.startsWith(`${a}.`) || b.startsWith(`${a}[`) || a.startsWith(`${b}.`) || a.startsWith(`${b}[`) || a === '' || b === '';

// ---- Mutations of the demo feed ----

const UNKNOWN_KEYS = ['__proto__', 'constructor', 'prototype', 'titel', 'Title', 'x-extension', '', 'toString', 'hasOwnProperty', '\u202E', 'a'.repeat(50_000), 'évent', '$schema'];

/** Mutate `feed` in place; returns what was done (paths changed, ids taken) for the properties. */
function mutate(feed, r, jsonOnly) {
  const changed = [];
  const takenIds = new Set();
  const notes = [];
  const events = () => (Array.isArray(feed.events) ? feed.events : []);
  const eventAt = (i) => events()[i];
  const someEvent = () => r.int(Math.max(1, events().length));
  const rounds = 1 + r.int(r.chance(0.2) ? 6 : 2);
  for (let round = 0; round < rounds; round++) {
    const kind = r.int(14);
    if (kind === 13) {
      // A link: hostile schemes, relative and protocol-relative URLs, spaces and controls.
      const url = r.pick(STRINGS.filter((t) => /:|^\/|^\.|^\?|^#|^ /.test(t) && t.length < 1000));
      const target = r.int(4);
      const list = target < 2 ? events() : target === 2 ? feed.organisations : feed.networks;
      if (!Array.isArray(list) || !list.length) continue;
      const k = r.int(list.length);
      const key = target === 0 ? 'url' : target === 1 ? 'online' : 'website';
      if (!list[k] || typeof list[k] !== 'object') continue;
      list[k][key] = url;
      const path = `${target < 2 ? 'events' : target === 2 ? 'organisations' : 'networks'}[${k}].${key}`;
      changed.push(path);
      notes.push(`${path} = ${describe(url)}`);
      continue;
    }
    if (kind === 12) {
      // Timed events in one zone, centuries apart (each on its own is a valid date).
      const zone = r.pick(['Europe/Tirane', 'America/New_York', 'Australia/Lord_Howe']);
      for (const [k, start] of [[someEvent(), r.pick(['0001-01-01T10:00', '1000-06-01T10:00', '1900-01-01T10:00'])], [someEvent(), r.pick(['9999-12-31T10:00', '5000-06-01T10:00', '2500-01-01T10:00'])]]) {
        const e = eventAt(k);
        if (!e || typeof e !== 'object') continue;
        Object.assign(e, { start, timeZone: zone });
        delete e.end;
        changed.push(`events[${k}]`);
        notes.push(`events[${k}].start = ${start} in ${zone}`);
      }
      continue;
    }
    if (kind <= 4) {
      // Replace a value somewhere (events more often than the rest, and their id, title and dates most).
      const core = r.chance(0.3) && events().length ? [`events[${someEvent()}]`, r.pick(['id', 'title', 'start', 'end', 'timeZone'])] : undefined;
      const [path, keys] = core
        ? [`${core[0]}.${core[1]}`, ['events', Number(core[0].slice(7, -1)), core[1]]]
        : r.chance(0.65)
          ? r.pick(PLACES.filter(([p]) => p.startsWith('events')))
          : r.pick(PLACES);
      const value = hostile(r, jsonOnly);
      if (!keys.length) return { feed: value, changed: [''], takenIds, notes: ['root replaced'] };
      const parent = resolve(feed, keys.slice(0, -1));
      if (!parent.found || parent.value === null || typeof parent.value !== 'object') continue;
      own(parent.value, keys.at(-1), value);
      changed.push(path);
      notes.push(`${path} = ${describe(value)}`);
    } else if (kind === 5) {
      // Delete a member of an object.
      const [path, keys] = r.pick(PLACES.filter(([, k]) => k.length && typeof k.at(-1) === 'string'));
      const parent = resolve(feed, keys.slice(0, -1));
      if (!parent.found || parent.value === null || typeof parent.value !== 'object') continue;
      delete parent.value[keys.at(-1)];
      changed.push(path);
      notes.push(`delete ${path}`);
    } else if (kind === 6) {
      // An extra key in some object: unknown, misspelt, prototype-polluting.
      const objects = PLACES.filter(([, k]) => {
        const v = resolve(feed, k);
        return v.found && v.value && typeof v.value === 'object' && !Array.isArray(v.value);
      });
      if (!objects.length) continue;
      const [path, keys] = r.pick(objects);
      const key = r.pick(UNKNOWN_KEYS);
      const value = r.chance(0.5) ? r.pick(pollution()) : hostile(r, jsonOnly);
      own(resolve(feed, keys).value, key, value);
      changed.push(join(path, key));
      notes.push(`${join(path, key).slice(0, 80)} added`);
    } else if (kind === 7) {
      // Take another event's id.
      const [i, j] = [someEvent(), someEvent()];
      const [a, b] = [eventAt(i), eventAt(j)];
      if (!a || !b || typeof a !== 'object' || typeof b !== 'object') continue;
      b.id = a.id;
      changed.push(`events[${j}].id`);
      takenIds.add(String(a.id).trim());
      notes.push(`events[${j}].id = events[${i}].id`);
    } else if (kind === 8) {
      // Links: to itself, in a cycle, to nothing.
      const n = events().length;
      if (!n) continue;
      const i = someEvent();
      const shape = r.int(4);
      const ids = [i, (i + 1) % n, (i + 2) % n];
      const idOf = (k) => (eventAt(k) && typeof eventAt(k) === 'object' ? eventAt(k).id : 'ghost');
      for (const [m, k] of ids.entries()) {
        const e = eventAt(k);
        if (!e || typeof e !== 'object') continue;
        if (shape === 0 && m === 0) e.related = [{ kind: 'back-to-back', event: idOf(k) }];
        else if (shape === 1) e.related = [{ kind: 'back-to-back', event: idOf(ids[(m + 1) % 3]) }, { kind: 'follow-up', event: idOf(ids[(m + 2) % 3]) }];
        else if (shape === 2 && m === 0) Object.assign(e, { organisers: ['ghost', 'rcc'], networks: ['ghost'], series: { id: 'ghost', ordinal: 3 }, related: [{ event: 'ghost' }], tags: ['ghost'] });
        else if (shape === 3 && m === 0) e.series = { id: 'rnnc-meetings', ordinal: 1 }; // another meeting's number
        else continue;
        changed.push(`events[${k}]`);
      }
      notes.push(`links ${['to itself', 'in a cycle', 'to nothing', 'duplicate ordinal'][shape]} from events[${i}]`);
    } else if (kind === 9) {
      // Empty lists and maps.
      const key = r.pick(['organisations', 'networks', 'series', 'tags', 'countries', 'events', 'periods']);
      feed[key] = key === 'countries' ? {} : [];
      changed.push(key);
      notes.push(`${key} emptied`);
    } else if (kind === 10) {
      // A copy of an event at the end: the same id twice.
      const i = someEvent();
      const e = eventAt(i);
      if (!e || typeof e !== 'object') continue;
      let copy;
      try {
        copy = JSON.parse(JSON.stringify(e));
      } catch {
        continue; // a BigInt or a value nested too deep: not copied
      }
      if (r.chance(0.5)) copy.title = 'The copy';
      events().push(copy);
      changed.push(`events[${events().length - 1}]`);
      takenIds.add(String(e.id).trim());
      notes.push(`events[${i}] copied to the end`);
    } else {
      // Many huge unknown keys and huge texts across events.
      for (const [k, e] of events().entries()) {
        if (!e || typeof e !== 'object' || !r.chance(0.5)) continue;
        own(e, `${'x'.repeat(r.int(3) * 30_000)}y${k}`, HUGE_ASCII);
        if (r.chance(0.3)) e.description = `<p>${'<p '.repeat(20_000)}`;
        changed.push(`events[${k}]`);
      }
      notes.push('huge keys and texts in events');
    }
  }
  return { feed, changed, takenIds, notes };
}

function describe(value) {
  try {
    const text = typeof value === 'symbol' || typeof value === 'bigint' || typeof value === 'function' ? String(value) : JSON.stringify(value) ?? String(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  } catch {
    return Array.isArray(value) ? '[deep list]' : '{deep object}';
  }
}

function deepFreeze(value, seen = new Set()) {
  if (value === null || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  // Iteratively for the 10,000-deep values.
  const stack = [value];
  while (stack.length) {
    const v = stack.pop();
    Object.freeze(v);
    for (const key of Reflect.ownKeys(v)) {
      const child = Object.getOwnPropertyDescriptor(v, key).value;
      if (child !== null && typeof child === 'object' && !seen.has(child)) {
        seen.add(child);
        stack.push(child);
      }
    }
  }
  return value;
}

// ---- Properties ----

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype, Map.prototype];
const PROTOTYPE_KEYS = PROTOTYPES.map((p) => Reflect.ownKeys(p).length);

function assertNoPollution(where) {
  assert.equal({}.polluted, undefined, `${where}: Object.prototype polluted`);
  assert.equal([].polluted, undefined, `${where}: Array.prototype polluted`);
  PROTOTYPES.forEach((p, i) => assert.equal(Reflect.ownKeys(p).length, PROTOTYPE_KEYS[i], `${where}: a prototype gained a key`));
}

const CODE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** Problems that may sit on the event holding a reference, or on the other of two events, rather than at the change. */
// An end is judged against its event's start: changing the start may put a problem on the end.
const SIBLINGS = new Set(['mixed-dates', 'end-before-start']);
const ELSEWHERE = new Set(['unknown-organisation', 'unknown-network', 'unknown-series', 'unknown-event', 'duplicate-id', 'one-way-back-to-back', 'distant-back-to-back', 'duplicate-ordinal', 'self-link']);

function assertProblemShape(p, where) {
  assert.ok(p.severity === 'error' || p.severity === 'warning', `${where}: severity ${describe(p.severity)}`);
  assert.match(String(p.code), CODE, `${where}: code ${describe(p.code)}`);
  assert.ok(typeof p.message === 'string' && p.message.trim().length > 0, `${where}: empty message (${p.code})`);
  // Values are quoted short: a 100 KB title must not make a 100 KB console line.
  assert.ok(p.message.length <= 600, `${where}: ${p.code} message of ${p.message.length} characters: ${p.message.slice(0, 120)}...`);
  assert.equal(typeof p.path, 'string', `${where}: path`);
}

/** 0000-01-01T00:00Z: an instant before it has no four-digit year for an .ics to write. */
const utcYear0 = Date.UTC(2000, 0, 1) - 730_485 * 86_400_000;
const utcYear10000 = Date.UTC(10000, 0, 1);
/** 0001-01-01T00:00Z: the first instant an .ics writes. */
const utcYear1 = -719_162 * 86_400_000;
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
function assertSafeUrl(url, where) {
  if (url === undefined) return;
  assert.equal(typeof url, 'string', `${where}: not a string`);
  assert.ok(!/[\u0000-\u0020\u007f]/.test(url), `${where}: ${describe(url)} holds a space or control character`);
  assert.ok(SAFE_SCHEMES.has(new URL(url).protocol), `${where}: ${describe(url)} is not http(s) or mailto`);
}

function* localTexts(feed) {
  for (const e of feed.events) yield* [e.title, e.summary, e.description, e.chair, e.location?.venue, e.location?.city];
  for (const o of feed.organisations.values()) yield* [o.name, o.shortName, o.city];
  for (const n of feed.networks.values()) yield* [n.name, n.description, ...n.members.map((m) => m.role)];
  for (const s of feed.series.values()) yield* [s.name, s.shortName];
  for (const c of feed.countries.values()) yield* [c.name, c.footnote];
  yield feed.title;
}

/** Properties 3 and the "reported" half of "loses nothing", for one parse of one mutant. */
function assertNothingLost(result, raw, mutation, where) {
  const { feed, problems } = result;
  const rootChanged = mutation.changed.some((p) => p === '' || p === 'version' || p === 'events');
  if (!feed) {
    // Only a whole-input problem may refuse the feed.
    assert.ok(rootChanged, `${where}: feed refused though neither the root, version nor events changed`);
    assert.ok(problems.some((p) => p.severity === 'error' && (p.path === '' || p.path === 'version')), `${where}: feed refused without a whole-feed error`);
    return;
  }
  const rawEvents = raw && typeof raw === 'object' && Array.isArray(raw.events) ? raw.events : [];
  const kept = new Map(feed.events.map((e) => [e.index, e]));
  // Every raw event is shown or reported as left out, with its path.
  rawEvents.forEach((_, i) => {
    const dropped = problems.some((p) => p.dropped && (p.path === `events[${i}]` || p.path.startsWith(`events[${i}].`)));
    assert.ok(kept.has(i) !== dropped, `${where}: events[${i}] ${kept.has(i) ? 'shown and reported as left out' : 'neither shown nor reported'}`);
  });
  if (rootChanged) return;
  const languageChanged = mutation.changed.some((p) => p === 'language');
  const touched = (i) => mutation.changed.some((p) => p === `events[${i}]` || p.startsWith(`events[${i}].`) || p.startsWith(`events[${i}][`));
  // Ids a changed event now has: an untouched event after it with the same id is renamed, as it should be.
  const taken = new Set(mutation.takenIds);
  rawEvents.forEach((e, i) => {
    if (touched(i) && e && typeof e === 'object' && (typeof e.id === 'string' || typeof e.id === 'number')) taken.add(String(e.id).trim());
  });
  for (const before of BASELINE.feed.events) {
    const i = before.index;
    if (touched(i) || taken.has(before.id)) continue;
    const after = kept.get(i);
    assert.ok(after, `${where}: untouched events[${i}] (${before.id}) is lost`);
    assert.equal(after.id, before.id, `${where}: untouched events[${i}] renamed`);
    if (languageChanged) assert.deepEqual(Object.values(after.title), Object.values(before.title), `${where}: events[${i}] title`);
    else assert.deepEqual(after.title, before.title, `${where}: events[${i}] title`);
    for (const key of ['allDay', 'start', 'end', 'startDay', 'endDay', 'viewerStartDay', 'viewerEndDay']) assert.equal(after[key], before[key], `${where}: events[${i}] ${key}`);
  }
}

function assertProblemPlaces(problems, raw, mutation, where) {
  const baseline = new Set(BASELINE.problems.map((p) => `${p.code} ${p.path}`));
  for (const p of problems) {
    assertProblemShape(p, where);
    if (baseline.has(`${p.code} ${p.path}`)) continue;
    if (mutation.changed.some((m) => related(p.path, m))) continue;
    if (SIBLINGS.has(p.code) && mutation.changed.some((m) => related(p.path.replace(/\.end$/, ''), m))) continue;
    assert.ok(ELSEWHERE.has(p.code), `${where}: ${p.code} at ${describe(p.path)}, away from every change (${mutation.changed.map((c) => c.slice(0, 60)).join(', ')})`);
    assert.ok(pathExists(raw, p.path), `${where}: ${p.code} at ${describe(p.path)}, which is not in the feed`);
  }
}

/** Everything that takes a parsed feed, with its output checked for unsafe links and markup. */
function exerciseFeed(feed, where, roundTrip = false) {
  for (const e of feed.events) {
    assert.ok(Number.isFinite(e.start) && Number.isFinite(e.end) && e.start <= e.end, `${where}: ${e.path} start/end ${e.start}..${e.end}`);
    assert.ok(Number.isInteger(e.startDay) && e.startDay <= e.endDay && e.viewerStartDay <= e.viewerEndDay, `${where}: ${e.path} days`);
    assertSafeUrl(e.url, `${where}: ${e.path}.url`);
    assertSafeUrl(e.online, `${where}: ${e.path}.online`);
  }
  for (const o of feed.organisations.values()) assertSafeUrl(o.website, `${where}: organisation ${o.id} website`);
  for (const n of feed.networks.values()) assertSafeUrl(n.website, `${where}: network ${n.id} website`);
  for (const p of feed.periods) assert.ok(!/^[a-z][a-z0-9+.-]*:/i.test(p.url) || /^https?:/.test(p.url), `${where}: period url ${describe(p.url)}`);
  for (const text of localTexts(feed)) {
    for (const [lang, t] of Object.entries(text ?? {})) {
      assert.equal(typeof t, 'string', `${where}: text in ${lang}`);
      assert.equal(closeBidi(t), t, `${where}: a text leaves a bidi override open`);
    }
  }

  for (const lang of roundTrip ? ['en', 'sr-Cyrl'] : ['en']) {
    for (const e of feed.events) {
      // None for an event without a location (Google requires one).
      const ld = eventJsonLd(feed, e, lang) ?? {};
      const script = jsonLdScriptText(ld);
      assert.ok(!/[<>&\u2028\u2029]/.test(script), `${where}: JSON-LD script text can end its element`);
      assert.deepEqual(JSON.parse(script), JSON.parse(JSON.stringify(ld)), `${where}: JSON-LD script text is other JSON`);
      assertSafeUrl(ld.url, `${where}: JSON-LD url`);
      for (const loc of [ld.location ?? []].flat()) assertSafeUrl(loc.url, `${where}: JSON-LD location url`);
      for (const org of [ld.organizer ?? [], ld.funder ?? [], ld.sponsor ?? []].flat()) assertSafeUrl(org.url, `${where}: JSON-LD organisation url`);
      assert.match(googleCalendarUrl(feed, e, lang), /^https:\/\/calendar\.google\.com\//, `${where}: Google link`);
      assert.match(outlookCalendarUrl(feed, e, lang, { service: 'microsoft365' }), /^https:\/\/outlook\.office\.com\//, `${where}: Outlook link`);
      calendarEntryText(feed, e, lang);
      textBlocks(pickText(e.description, lang, feed.language));
      if (e.location?.country) countryName(feed, e.location.country, lang);
    }
  }

  const leftOut = [];
  const ics = toIcs(feed, feed.events, { lang: 'en', now: NOW, calendarName: pickText(feed.title, 'en') || 'Events', onProblem: (p) => leftOut.push(p) });
  for (const p of leftOut) assertProblemShape(p, where);
  const lines = ics.split('\r\n');
  assert.equal(lines.pop(), '', `${where}: .ics ends with CRLF`);
  const unfolded = [];
  for (const line of lines) {
    assert.ok(!/[\r\n]/.test(line), `${where}: a bare line break in the .ics`);
    assert.ok(new TextEncoder().encode(line).length <= 75, `${where}: an .ics line longer than 75 octets`);
    if (line.startsWith(' ')) unfolded[unfolded.length - 1] += line.slice(1);
    else unfolded.push(line);
  }
  for (const line of unfolded) assert.match(line, /^[A-Z][A-Z0-9-]*[;:]/, `${where}: .ics content line ${describe(line)}`);
  // Dates and times as RFC 5545 writes them, with four-digit years from 0001 (an event that has none is left out, reported).
  for (const line of unfolded.filter((l) => /^(DTSTART|DTEND|DTSTAMP)[;:]/.test(l))) {
    assert.match(line, /:(?!0000)\d{8}(T\d{6}Z?)?$/, `${where}: .ics date ${describe(line)}`);
  }
  assert.equal(unfolded.filter((l) => l === 'BEGIN:VEVENT').length, feed.events.length - leftOut.length, `${where}: one VEVENT per event not left out`);
  for (const p of leftOut) {
    const e = feed.byId.get(p.eventId);
    // Within a day of the years 0001-9999 only when it is written on a clock whose day it is not in (UTC, or its zone).
    assert.ok(e && (e.start < utcYear1 + 86_400_000 || e.start >= utcYear10000 - 86_400_000), `${where}: .ics left out ${p.eventId}, which starts in the years 0001-9999`);
  }
  for (const line of unfolded) {
    if (line.startsWith('URL:')) assertSafeUrl(line.slice(4), `${where}: .ics URL`);
    if (line.startsWith('ORGANIZER')) {
      // ORGANIZER;CN="name, quoted":address
      const m = /^ORGANIZER(?:;CN="[^"]*")?:(.*)$/.exec(line);
      assert.ok(m, `${where}: .ics ${describe(line)}`);
      assertSafeUrl(m[1], `${where}: .ics ORGANIZER`);
    }
  }

  if (roundTrip) {
    // What the .ics says, read back: the same events at the same times (to the minute: ical.js drops the
    // seconds of a local-mean-time offset), or all-day on the same days.
    const back = feedFromIcs(ics, { from: '0000-01-01', to: '9999-12-31', now: NOW });
    assert.ok(back.feed, `${where}: toIcs wrote what fromIcs cannot read: ${back.problems.map((p) => p.message).join('; ')}`);
    const again = parseFeed(back.feed, OPTIONS).feed;
    const when = (e) => (e.allDay ? `${e.startDay}..${e.endDay}` : `${Math.round(e.start / 60_000)}..${Math.round(e.end / 60_000)}`);
    // Ids come back (UID <id>@iisg-events). A timed event outside the years 0000-9999 in UTC or in its zone
    // ('0000-01-01T00:00+14:00', '9999-12-31T23:59-12:00', both valid feed dates) has no four-digit year for an
    // .ics to write, or none for the feed fromIcs writes: only the times of the others are compared.
    // A UID is TEXT, whose control characters toIcs drops: an id with them comes back without them.
    const uid = (id) => id.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
    const written = feed.events.filter((x) => !leftOut.some((p) => p.eventId === x.id));
    for (const e of written.filter((x) => x.allDay || (x.start > utcYear0 + 2 * 86_400_000 && x.end < utcYear10000 - 2 * 86_400_000))) {
      const back = again.byId.get(uid(e.id));
      assert.ok(back, `${where}: ${e.id} not read back from the .ics`);
      assert.equal(when(back), when(e), `${where}: ${e.id}'s times changed by toIcs and fromIcs`);
    }
  }

  const clusters = findClusters(feed);
  findClusters(feed, { proximity: false, gap: 3 });
  for (const c of clusters) assert.ok(c.events.length >= 2 && c.start <= c.end, `${where}: cluster ${c.id}`);
  if (feed.events[0]) clusterOf(feed, feed.events[0].id);
  for (const run of seriesRuns(feed)) assert.ok(run.events.length > 0, `${where}: series run ${run.id}`);
  for (const kind of ['network', 'organiser', 'country', 'tag']) filterChoices(feed, kind);
  for (const e of feed.events) matchesFilter(feed, e, { query: pickText(e.title, 'en').slice(0, 20), tag: e.tags[0] });
  feed.index.between(-1e7, 1e7);
  feed.viewerIndex.bounds();
  indexIn(feed, 'America/New_York').between(-1e7, 1e7);
  for (const e of feed.events) daySpanIn(e, 'Pacific/Kiritimati');
  mergeFeeds(feed, [feed]);
}

/** splitFeed, and the split files merged back: every kept event is in exactly one file, and comes back. */
function assertSplitRoundTrip(text, raw, feed, where) {
  const split = splitFeed(text, { by: 'year' });
  if (!split.index) return;
  const written = split.files.flatMap((f) => f.feed.events.map((e) => JSON.stringify(e)));
  assert.equal(written.length, feed.events.length, `${where}: split files hold ${written.length} events, the feed ${feed.events.length}`);
  const writtenSet = new Set(written);
  for (const e of feed.events) assert.ok(writtenSet.has(JSON.stringify(raw.events[e.index])), `${where}: ${e.path} in no period file`);
  const index = parseFeed(JSON.stringify(split.index), OPTIONS).feed;
  const parts = split.files.map((f) => parseFeed(JSON.stringify(f.feed), OPTIONS).feed);
  assert.ok(index && parts.every(Boolean), `${where}: a split file cannot be read`);
  const merged = mergeFeeds(index, parts);
  // Ids may differ (an event without one is numbered in its own file): compare titles and days.
  const shown = (f) => f.events.map((e) => `${JSON.stringify(e.title)} ${e.startDay}-${e.endDay}`).sort();
  assert.deepEqual(shown(merged), shown(feed), `${where}: events lost by split and merge`);
  assert.equal(new Set(merged.events.map((e) => e.id)).size, merged.events.length, `${where}: merged ids not unique`);
}

/** Runs one case: its failure (an assertion, or anything thrown) is collected, and so is a slow run. */
function runCase(failures, where, run) {
  const started = process.cpuUsage(); // this file runs in its own process: its CPU is this case's
  try {
    run();
  } catch (error) {
    failures.push(error instanceof assert.AssertionError && !process.env.FUZZ_VERBOSE ? error.message.split('\n')[0] : `${where}: ${error?.stack ?? error}`);
    return;
  }
  const used = process.cpuUsage(started);
  const ms = (used.user + used.system) / 1000;
  if (ms >= SLOW_CPU_MS) failures.push(`${where}: took ${Math.round(ms)} ms of CPU`);
}

/** All the failures of a run at once (the first few in full), so that one bug does not hide the next. */
function assertNoFailures(failures) {
  assert.deepEqual(failures.slice(0, 12), [], `${failures.length} failing cases`);
}

// ---- The tests ----

test('the demo feed, unmutated, parses without a problem (the baseline the fuzzer compares with)', () => {
  assert.deepEqual(BASELINE.problems, []);
  assert.ok(BASELINE.feed.events.length >= 12);
});

test(`fuzz: ${FEED_CASES} mutants of demo/feed.json keep every property (seed ${SEED})`, () => {
  const r = prng(SEED);
  const codes = new Map();
  const failures = [];
  for (let n = 0; n < FEED_CASES; n++) {
    const jsonOnly = n % 3 !== 2; // two in three as JSON text, one in three as a JavaScript object
    const mutation = mutate(JSON.parse(DEMO_TEXT), r, jsonOnly);
    const where = `seed ${SEED} case ${n} (${mutation.notes.join('; ')})`;
    runCase(failures, where, () => {
      let text;
      let input;
      if (jsonOnly) {
        try {
          text = JSON.stringify(mutation.feed);
        } catch {
          return; // a value nested deeper than JSON.stringify goes: nothing to feed
        }
        input = text;
      } else {
        input = deepFreeze(mutation.feed); // the parser must not write into what it is given
      }
      const raw = jsonOnly ? (text === undefined ? undefined : JSON.parse(text)) : mutation.feed;
      const options = n % 5 === 0 ? { ...OPTIONS, baseUrl: 'https://example.org/feeds/feed.json' } : OPTIONS;
      const result = parseFeed(input, options);
      assertNoPollution(where);
      for (const p of result.problems) codes.set(p.code, (codes.get(p.code) ?? 0) + 1);
      assertProblemPlaces(result.problems, raw, mutation, where);
      assertNothingLost(result, raw, mutation, where);

      const validated = validateFeed(input, options);
      assertProblemPlaces(validated.problems, raw, mutation, `${where}, validateFeed`);
      for (const p of validated.problems) codes.set(p.code, (codes.get(p.code) ?? 0) + 1);
      if (text !== undefined) {
        for (const p of locateProblems(text, validated.problems)) assert.ok(p.line >= 1 && p.column >= 1, `${where}: located ${p.path}`);
        assert.deepEqual(JSON.parse(formatFeed(text)), raw, `${where}: formatFeed changed a value`);
      }
      if (result.feed) {
        exerciseFeed(result.feed, where, n % 3 === 0);
        if (text !== undefined) assertSplitRoundTrip(text, raw, result.feed, where);
      }
      assertNoPollution(where);
    });
  }
  assertNoFailures(failures);
  // The mutations reach the parser's checks: a fuzzer that only ever hits one code tests little.
  for (const code of ['invalid-date', 'missing-title', 'unsafe-url', 'unknown-field', 'duplicate-id', 'invalid-type', 'unknown-event', 'self-link', 'one-way-back-to-back']) {
    assert.ok(codes.has(code), `no mutant gave ${code}: ${[...codes.keys()].join(', ')}`);
  }
});

// ---- fromCsv: a small valid sheet, mutated ----

const CSV_HEADER = ['id', 'title', 'title.sq', 'start', 'startTime', 'end', 'endTime', 'timeZone', 'status', 'summary', 'description', 'venue', 'city', 'country', 'lat', 'lon', 'online', 'url', 'organisers', 'networks', 'series', 'ordinal', 'backToBack', 'tags', 'chair'];
const CSV_ROWS = [
  ['nfp-7', '7th NFP meeting', 'Takimi i 7-të', '2019-04-23', '', '', '', 'Europe/Tirane', '', 'The NFP Group meets.', 'Two lines\n\n- and a list', 'Hotel Tirana', 'Tirana', 'AL', '41.33', '19.82', '', 'https://example.org/nfp-7', 'rcc', 'nfp-group', 'nfp-meetings', '7', 'rnnc-3', 'meeting, p-cve', ''],
  ['rnnc-3', '3rd RNNC meeting', '', '2019-04-24', '09:30', '2019-04-24', '17:00', 'Europe/Tirane', 'scheduled', 'Coordinators meet; "quoted", too.', '', '', 'Tirana', 'AL', '41,33', '19,82', 'https://meet.example.org/rnnc', '', 'iisg-sg; rcc', 'rnnc', 'rnnc-meetings', '3', 'nfp-7', 'meeting', 'Chair, Person'],
  ['donors', 'Donor coordination', 'Koordinimi', '19.04.2017', '', '20.04.2017', '', 'America/New_York', 'Canceled', '', '', 'Embassy', 'Washington', 'US', '', '', '', 'mailto:info@example.org', '', '', '', '', '', '', ''],
  ['online-1', 'Webinar', '', '2020-05-05 14:00', '', '', '15:30', '', 'Moved online', '', '', '', '', '', '', '', 'https://zoom.example.org/j/1', '', '', '', '', '', '', 'webinar', ''],
  ['', 'No id given', '', '2018-06-07', '', '2018-06-08', '', 'Europe/Prague', 'tentative', '', '', '', 'Prague', 'CZ', '', '', '', '', '', '', '', '', '', '', ''],
];

const csvCell = (value = '') => (/[",;\t\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value);

function mutateCsv(r) {
  const header = [...CSV_HEADER];
  const rows = CSV_ROWS.map((row, orig) => Object.assign([...row], { orig })); // orig: index in CSV_ROWS, -1 for added rows
  const touched = new Set(); // indexes into CSV_ROWS
  const takenIds = new Set();
  const notes = [];
  let all = false; // every row may change (a header changed)
  let broken = false; // the file's structure may have changed (rows after a break are not compared)
  let delimiter = ',';
  let newline = '\r\n';
  let bom = false;
  const raw = new Map(); // "row,col" → text written as is, without quoting
  const rounds = 1 + r.int(3);
  for (let round = 0; round < rounds; round++) {
    const kind = r.int(10);
    const i = r.int(rows.length);
    if (kind <= 2) {
      const c = r.int(header.length);
      const value = r.pick([...STRINGS, '2019-04-23T09:30', '23.04.2019', '04/05/2019', '2019-4-5', '25:00', '9.30', '24:00', '-1,5', '1e3', '0', '-3', 'rcc,,,;;;\n\nnfp', `${'a,'.repeat(5000)}`]);
      rows[i][c] = String(value);
      touched.add(rows[i].orig);
      notes.push(`row ${i + 2} ${header[c]} = ${describe(value)}`);
    } else if (kind === 3) {
      const c = r.int(header.length);
      raw.set(`${i},${c}`, r.pick(['"unterminated', 'a"b', '"a""', 'x,y', 'x;y', 'x\ty', 'line\nbreak', 'line\rbreak', '"\r\n"', '\u0000', '"']));
      touched.add(rows[i].orig);
      broken = true;
      notes.push(`row ${i + 2} ${header[c]} written raw`);
    } else if (kind === 4) {
      const c = r.int(header.length);
      const name = r.pick(['__proto__', 'constructor', 'prototype', 'title.__proto__', 'title.constructor', 'x-ext', 'x-__proto__', 'Start time', 'START_TIME', 'organizers', 'btb', '', ' ', 'titel', 'title.de', 'title.not a tag', 'lat.en', 'start', 'title', HUGE.slice(0, 5000)]);
      if (r.chance(0.5)) header[c] = name;
      else {
        header.push(name);
        for (const row of rows) row.push(r.pick(['', 'x', '__proto__', '2019-04-23', HUGE.slice(0, 2000)]));
      }
      all = true;
      notes.push(`header ${describe(name)}`);
    } else if (kind === 5) {
      const j = r.int(rows.length);
      rows[j][0] = rows[i][0] ?? '';
      if (rows[i][0]) takenIds.add(rows[i][0]);
      touched.add(rows[j].orig);
      notes.push(`row ${j + 2} takes row ${i + 2}'s id`);
    } else if (kind === 6) {
      delimiter = r.pick([',', ';', '\t']);
      newline = r.pick(['\r\n', '\n', '\r']);
      bom = r.chance(0.5);
      notes.push(`delimiter ${JSON.stringify(delimiter)}, newline ${JSON.stringify(newline)}${bom ? ', BOM' : ''}`);
    } else if (kind === 7) {
      // A blank row: rows after it move down, and are compared by id.
      rows.splice(i + 1, 0, Object.assign(header.map(() => (r.chance(0.5) ? '' : ' ')), { orig: -1 }));
      notes.push(`blank row after row ${i + 2}`);
    } else if (kind === 8) {
      rows[i] = Object.assign(rows[i].slice(0, r.int(rows[i].length)), { orig: rows[i].orig });
      if (r.chance(0.5)) rows[i].push('extra', 'cells', 'here');
      touched.add(rows[i].orig);
      notes.push(`row ${i + 2} cut or padded`);
    } else {
      rows[i][3] = `${rows[i][3]}${r.pick(['T', ' T'])}${r.pick(['T', ' ']).repeat(r.int(60_000))}x${'9'.repeat(r.int(5))}`;
      touched.add(rows[i].orig);
      notes.push(`row ${i + 2} start padded`);
    }
  }
  // Ids a changed row now has: an untouched row with the same id is a duplicate, as it should be.
  for (const row of rows) if (touched.has(row.orig) && row[0]) takenIds.add(row[0]);
  const lines = [header, ...rows].map((row, ri) => row.map((cell, c) => raw.get(`${ri - 1},${c}`) ?? csvCell(cell)).join(delimiter));
  let text = (bom ? '\uFEFF' : '') + lines.join(newline) + (r.chance(0.5) ? newline : '');
  if (r.chance(0.05)) {
    text = text.slice(0, r.int(text.length));
    broken = true;
    notes.push('cut short');
  }
  return { text, touched, takenIds, all, broken, notes };
}

test(`fuzz: ${CSV_CASES} mutants of a small CSV sheet (seed ${SEED})`, () => {
  const baseline = feedFromCsv([CSV_HEADER, ...CSV_ROWS].map((row) => row.map((c) => csvCell(c)).join(',')).join('\r\n'));
  assert.deepEqual(baseline.problems.filter((p) => p.severity === 'error'), [], 'the CSV baseline has errors');
  assert.equal(baseline.feed.events.length, CSV_ROWS.length);
  const r = prng(SEED + 1);
  const failures = [];
  for (let n = 0; n < CSV_CASES; n++) {
    const m = mutateCsv(r);
    const where = `seed ${SEED} CSV case ${n} (${m.notes.join('; ')})`;
    runCase(failures, where, () => {
      const { feed, problems } = feedFromCsv(m.text, n % 4 === 0 ? { base: JSON.parse(DEMO_TEXT) } : {});
      assertNoPollution(where);
      const rowCount = m.text.split(/\r\n|\r|\n/).length + 1;
      for (const p of problems) {
        assertProblemShape({ ...p, path: '' }, where);
        assert.ok(Number.isInteger(p.row) && p.row >= 1 && p.row <= rowCount, `${where}: ${p.code} at row ${p.row}`);
        if (p.column !== undefined) assert.equal(typeof p.column, 'string', `${where}: column`);
      }
      if (!feed) {
        assert.ok(problems.some((p) => p.severity === 'error' && p.row === 1), `${where}: no feed and no error at row 1`);
        assert.ok(m.all || m.broken, `${where}: the sheet refused though its header did not change`);
        return;
      }
      const parsed = parseFeed(feed, OPTIONS);
      assertNoPollution(where);
      // The converter's feed is one the parser reads whole: every row it kept is an event.
      assert.equal(parsed.feed.events.length, feed.events.length, `${where}: a kept row is dropped by parseFeed: ${parsed.problems.filter((p) => p.dropped).map((p) => `${p.path} ${p.code}`).join(', ')}`);
      exerciseFeed(parsed.feed, where);
      if (m.all || m.broken) return;
      const byId = new Map(feed.events.map((e) => [e.id, e]));
      baseline.feed.events.forEach((before, i) => {
        if (m.touched.has(i) || m.takenIds.has(before.id) || !CSV_ROWS[i][0]) return;
        const after = byId.get(before.id);
        assert.ok(after, `${where}: untouched row ${before.id} is lost`);
        assert.deepEqual([after.title, after.start, after.end], [before.title, before.start, before.end], `${where}: row ${before.id} changed`);
      });
      // Every row with an event's cells is kept or reported as left out (with an error at its row).
      const errorRows = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.row));
      assert.ok(feed.events.length + errorRows.size >= CSV_ROWS.length - m.touched.size, `${where}: rows lost without an error`);
    });
  }
  assertNoFailures(failures);
});

// ---- feedFromIcs: a small valid calendar, mutated ----

const ICS_EVENTS = [
  ['BEGIN:VEVENT', 'UID:allday-1@example.org', 'DTSTAMP:20190101T000000Z', 'DTSTART;VALUE=DATE:20190423', 'DTEND;VALUE=DATE:20190425', 'SUMMARY:Two-day meeting\\, Tirana', 'LOCATION:Hotel Tirana\\, Tirana\\, Albania', 'GEO:41.33;19.82', 'CATEGORIES:Meeting,P/CVE', 'URL:https://example.org/allday-1', 'END:VEVENT'],
  ['BEGIN:VEVENT', 'UID:timed-1@example.org', 'DTSTAMP:20190101T000000Z', 'DTSTART;TZID=Europe/Belgrade:20190424T093000', 'DTEND;TZID=Europe/Belgrade:20190424T170000', 'SUMMARY:Timed meeting', 'DESCRIPTION:<p>First</p><ul><li>one</li><li>two</li></ul>', 'ORGANIZER;CN=RCC:mailto:info@example.org', 'STATUS:TENTATIVE', 'END:VEVENT'],
  ['BEGIN:VEVENT', 'UID:utc-1@example.org', 'DTSTAMP:20190101T000000Z', 'DTSTART:20190501T120000Z', 'DTEND:20190501T133000Z', 'SUMMARY:Call', 'LOCATION:https://meet.example.org/call', 'X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.example.org/x', 'END:VEVENT'],
  ['BEGIN:VEVENT', 'UID:weekly-1@example.org', 'DTSTAMP:20190101T000000Z', 'DTSTART;TZID=Europe/Tirane:20190506T100000', 'DURATION:PT1H', 'RRULE:FREQ=WEEKLY;COUNT=3', 'EXDATE;TZID=Europe/Tirane:20190513T100000', 'SUMMARY:Weekly', 'END:VEVENT'],
  ['BEGIN:VEVENT', 'UID:cancel-1@example.org', 'DTSTAMP:20190101T000000Z', 'DTSTART;VALUE=DATE:20190601', 'SUMMARY:Cancelled: Old meeting', 'CLASS:PUBLIC', 'END:VEVENT'],
];
// maxOccurrences 200: a recurrence is read for at most 4,000 steps (20 times as many), which keeps each case quick.
const ICS_OPTIONS = { from: '2019-01-01', to: '2019-12-31', now: NOW, maxOccurrences: 200 };

const ICS_VALUES = [
  ...STRINGS.filter((s) => s.length < 1000), HUGE, `<b>${'<p '.repeat(30_000)}`, `<i>${'<x'.repeat(30_000)}`, '20190230', '20191301', '20190423T240000', '20190423T235960Z', '20190423T250000', '00010101', '99991231T235959Z', '00000101T000000',
  '2019-04-23', '20190423T093000+0200', '-PT1H', 'P1000Y', 'PT0S', 'P1W', 'FREQ=SECONDLY', 'FREQ=MINUTELY;INTERVAL=1', 'FREQ=DAILY;COUNT=100000', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30',
  'FREQ=WEEKLY;BYDAY=XX', 'FREQ=DAILY;INTERVAL=0', 'FREQ=DAILY;UNTIL=20180101', 'FREQ=MONTHLY;BYSETPOS=-1000', 'FREQ=HOURLY;COUNT=5000', 'FREQ=DAILY;UNTIL=99991231',
  'Europe/Nowhere', 'Central Europe Standard Time', '/mozilla.org/20050126_1/Europe/Berlin', '"quoted"', 'PRIVATE', 'CONFIDENTIAL', 'CANCELLED',
];
const ICS_PROPERTIES = ['SUMMARY', 'DESCRIPTION', 'LOCATION', 'URL', 'DTSTART', 'DTEND', 'DTSTART;TZID=Europe/Nowhere', 'DTSTART;VALUE=DATE', 'DTEND;TZID=__proto__', 'DURATION', 'RRULE', 'RDATE', 'RDATE;VALUE=PERIOD', 'EXDATE', 'RECURRENCE-ID', 'UID', 'STATUS', 'CLASS', 'GEO', 'CATEGORIES', 'ORGANIZER;CN="a:b"', 'X-IISG-STATUS', 'X-MICROSOFT-CDO-ALLDAYEVENT', 'X-GOOGLE-CONFERENCE', 'X-WR-TIMEZONE', 'BEGIN', 'END'];

function mutateIcs(r) {
  const events = ICS_EVENTS.map((e) => [...e]);
  const head = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//fuzz//EN', 'X-WR-CALNAME:Fuzz'];
  const touched = new Set();
  const takenUids = new Set();
  const notes = [];
  let broken = false;
  let newline = '\r\n';
  let fold = false;
  const rounds = 1 + r.int(3);
  for (let round = 0; round < rounds; round++) {
    const kind = r.int(10);
    const i = r.int(events.length);
    const lines = events[i];
    if (kind === 9) {
      // A frequent recurrence that starts long before the window it is read in.
      const start = r.pick(['19000101T000000Z', '19700101T000000Z', '20100101T000000Z', '20180101T000000Z']);
      const rule = r.pick(['FREQ=DAILY', 'FREQ=HOURLY', 'FREQ=MINUTELY', 'FREQ=SECONDLY', 'FREQ=MINUTELY;INTERVAL=7']);
      events[i] = ['BEGIN:VEVENT', lines[1], 'DTSTAMP:20190101T000000Z', `DTSTART:${start}`, `RRULE:${rule}`, 'SUMMARY:Often', 'END:VEVENT'];
      touched.add(i);
      notes.push(`${lines[1]} ${rule} from ${start}`);
      continue;
    }
    const at = 1 + r.int(lines.length - 2);
    if (kind <= 3) {
      const [name] = lines[at].split(/[;:]/, 1);
      const value = String(r.pick(ICS_VALUES)).replace(/\r?\n/g, r.chance(0.5) ? '\\n' : '\r\n');
      lines[at] = `${lines[at].slice(0, lines[at].indexOf(':', name.length))}:${value}`;
      touched.add(i);
      if (/[\r\n]/.test(value)) broken = true;
      notes.push(`${events[i][1]} ${name} = ${describe(value)}`);
    } else if (kind === 4) {
      lines.splice(at, 0, `${r.pick(ICS_PROPERTIES)}:${String(r.pick(ICS_VALUES)).replace(/[\r\n]/g, ' ')}`);
      touched.add(i);
      broken = lines[at].startsWith('BEGIN') || lines[at].startsWith('END') || broken;
      notes.push(`${events[i][1]} + ${describe(lines[at])}`);
    } else if (kind === 5) {
      notes.push(`${events[i][1]} - ${describe(lines[at])}`);
      lines.splice(at, 1);
      touched.add(i);
    } else if (kind === 6) {
      const j = r.int(events.length);
      events[j][1] = events[i][1];
      takenUids.add(events[i][1]);
      touched.add(j);
      notes.push(`${events[j][1]} twice`);
    } else if (kind === 7) {
      newline = r.pick(['\r\n', '\n', '\r\n']);
      fold = true;
      notes.push(`newline ${JSON.stringify(newline)}, folded`);
    } else {
      const garbage = r.pick(['BEGIN:VEVENT', 'END:VEVENT', 'BEGIN:VALARM', 'END:VCALENDAR', 'BEGIN:VCALENDAR', 'no colon here', ':empty name', ' leading space', '', 'X-;:', `X-HUGE:${HUGE}`]);
      head.push(garbage);
      broken = true;
      notes.push(`calendar + ${describe(garbage)}`);
    }
  }
  let all = [...head, ...events.flat(), 'END:VCALENDAR'];
  // A download that stopped: the file ends at a line, or inside one. The events wholly before the cut stay,
  // when nothing else broke the file (keptWhole: their indices).
  let keptWhole;
  if (r.chance(0.08)) {
    all = all.slice(0, head.length + r.int(all.length - head.length));
    const partial = all.length > 0 && r.chance(0.5);
    if (partial) all[all.length - 1] = all[all.length - 1].slice(0, r.int(all[all.length - 1].length));
    const intact = all.length - (partial ? 1 : 0);
    if (!broken) {
      keptWhole = [];
      let end = head.length;
      events.forEach((lines, i) => {
        end += lines.length;
        if (end <= intact) keptWhole.push(i);
      });
    }
    broken = true;
    notes.push(`cut short after ${all.length} lines${partial ? ', the last one cut' : ''}`);
  }
  const folded = fold ? all.flatMap((line) => (line.length > 20 ? [line.slice(0, 20), ` ${line.slice(20)}`] : [line])) : all;
  return { text: folded.join(newline) + newline, touched, takenUids, broken, keptWhole, notes };
}

test(`fuzz: ${ICS_CASES} mutants of a small .ics calendar (seed ${SEED})`, () => {
  const baseText = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//fuzz//EN', 'X-WR-CALNAME:Fuzz', ...ICS_EVENTS.flat(), 'END:VCALENDAR', ''].join('\r\n');
  const baseline = feedFromIcs(baseText, ICS_OPTIONS);
  assert.deepEqual(baseline.problems, [], 'the .ics baseline has problems');
  const r = prng(SEED + 2);
  const failures = [];
  for (let n = 0; n < ICS_CASES; n++) {
    const m = mutateIcs(r);
    const where = `seed ${SEED} ICS case ${n} (${m.notes.join('; ')})`;
    runCase(failures, where, () => {
      const { feed, problems } = feedFromIcs(m.text, ICS_OPTIONS);
      assertNoPollution(where);
      const lineCount = m.text.split(/\r\n|\r|\n/).length;
      for (const p of problems) {
        assertProblemShape({ ...p, path: '' }, where);
        if (p.line !== undefined) assert.ok(Number.isInteger(p.line) && p.line >= 1 && p.line <= lineCount, `${where}: ${p.code} at line ${p.line}`);
      }
      if (!feed) {
        assert.ok(problems.some((p) => p.code === 'not-ics'), `${where}: no feed and no not-ics`);
        assert.ok(m.broken, `${where}: the calendar refused though its structure did not change`);
        assert.ok(!m.keptWhole, `${where}: a file only cut short is refused, not read up to the cut`);
        return;
      }
      for (const e of feed.events) {
        assertSafeUrl(e.url, `${where}: ${e.id} url`);
        assertSafeUrl(e.online, `${where}: ${e.id} online`);
      }
      for (const o of feed.organisations ?? []) assertSafeUrl(o.website, `${where}: organisation ${o.id}`);
      const parsed = parseFeed(feed, OPTIONS);
      assertNoPollution(where);
      // The converter's feed is one the parser reads whole.
      assert.deepEqual(parsed.problems.filter((p) => p.dropped).map((p) => `${p.path}: ${p.message}`), [], `${where}: parseFeed drops an event fromIcs made`);
      exerciseFeed(parsed.feed, where);
      if (m.broken && !m.keptWhole) return;
      const byId = new Map(feed.events.map((e) => [e.id, e]));
      ICS_EVENTS.forEach((lines, i) => {
        if (m.touched.has(i) || m.takenUids.has(lines[1]) || (m.keptWhole && !m.keptWhole.includes(i))) return;
        for (const before of baseline.feed.events.filter((e) => e.id.startsWith(lines[1].slice(4).replace(/@.*/, '')))) {
          const after = byId.get(before.id);
          assert.ok(after, `${where}: untouched ${before.id} is lost`);
          assert.deepEqual([after.title, after.start, after.end], [before.title, before.start, before.end], `${where}: ${before.id} changed`);
        }
      });
    });
  }
  assertNoFailures(failures);
});
