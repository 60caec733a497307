import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import type { FeedLoadDetail, IisgEventCalendar } from '@iisg/widgets';
import { dayKey, isoDate, parseFeed, pickText, type Feed, type Problem } from '@iisg/feed';
import { hostileFeed } from '../fixtures/hostile/payloads.js';
import { $$, measure, quietConsole, settled } from './helpers.js';

/**
 * Issue 9, nothing lost: for every feed of the test corpus (demo/feed.json, test/fixtures/**\/*.json)
 * and for generated broken ones, every input event is either shown in the calendar's list view (past
 * and upcoming, every "Show more" page) or reported, with its path, as left out. Shown + reported = input,
 * and no event is both.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  return () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** Events of every kind a person typing a feed by hand gets wrong, and some that are odd but right. */
function brokenFeed(seed: number, count: number): Record<string, unknown> {
  const next = random(seed);
  const pick = <T,>(list: T[]) => list[Math.floor(next() * list.length)];
  const today = new Date().toISOString().slice(0, 10);
  const day = () => isoDate(dayKey(2015, 1, 1) + Math.floor(next() * 6000));
  const valid = () => ({ id: `e${Math.floor(next() * count * 2)}`, title: `Event ${Math.floor(next() * 1e6)}`, start: day() });
  const kinds: (() => unknown)[] = [
    valid,
    valid,
    valid,
    () => ({ ...valid(), end: day() }), // sometimes before start: reported, still shown
    () => ({ ...valid(), start: `${day()}T${pick(['09:30', '23:59', '00:00', '24:00'])}`, timeZone: pick(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Tirane', 'America/New_York', 'Nowhere/City']) }),
    () => ({ ...valid(), start: `${day()}T10:00${pick(['Z', '+14:00', '-11:00', '+05:45'])}`, end: `${day()}T12:00` }),
    () => ({ ...valid(), start: today, end: isoDate(dayKey(2030, 1, 1)) }), // running now
    () => ({ ...valid(), start: today }),
    () => ({ ...valid(), start: pick(['1965-05-01', '1969-12-31', '1900-02-28', '2000-02-29', '2024-02-29', '0001-01-01', '9999-12-31']) }),
    () => ({ ...valid(), start: '2019-12-31', end: '2020-01-01' }),
    () => ({ ...valid(), id: undefined }),
    () => ({ ...valid(), id: 42 }),
    () => ({ ...valid(), id: 'e1' }), // duplicates
    () => ({ ...valid(), title: { sq: 'Vetëm shqip' } }),
    () => ({ ...valid(), title: { de: 'Nur Deutsch', 'not a tag': 'x' } }),
    () => ({ ...valid(), status: pick(['cancelled', 'Canceled', 'maybe', 7]) }),
    // Left out, each with a problem at its path:
    () => ({ ...valid(), title: undefined }),
    () => ({ ...valid(), title: '   ' }),
    () => ({ ...valid(), title: { en: '' } }),
    () => ({ ...valid(), title: 17 }),
    () => ({ ...valid(), start: undefined }),
    () => ({ ...valid(), start: pick(['2019-02-30', '25/04/2019', '2019-13-01', '2019-04-23T25:00', '', 'tomorrow', '2019-4-1']) }),
    () => ({ ...valid(), start: pick([20190423, null, true, ['2019-04-23'], { date: '2019-04-23' }]) }),
    () => pick(['Meeting in Tirana', 42, null, true, [], [{ id: 'x', title: 'X', start: '2019-04-23' }]]),
  ];
  return { version: 1, timeZone: 'Europe/Belgrade', events: Array.from({ length: count }, () => pick(kinds)()) };
}

/** The corpus: every feed file the tests use, then generated ones. */
const files: string[] = await (await fetch('/__test/corpus')).json();
const generated: [string, unknown][] = [
  ['hostile feed (test/fixtures/hostile/payloads.ts)', hostileFeed()],
  ['generated, 40 events, seed 1', brokenFeed(1, 40)],
  ['generated, 250 events (three "Show more" pages), seed 7', brokenFeed(7, 250)],
  ['generated, 1,000 events, seed 2026', brokenFeed(2026, 1000)],
  ['not JSON', '{"version": 1, "events": [{"id": "a", "title": "A", "start": "2019-04-23"},'],
  ['a list, not a feed', [{ id: 'a', title: 'A', start: '2019-04-23' }]],
  ['version 2', { version: 2, events: [{ id: 'a', title: 'A', start: '2019-04-23' }] }],
  ['events is not a list', { version: 1, events: { a: { id: 'a', title: 'A', start: '2019-04-23' } } }],
  ['no events at all', { version: 1 }],
];

interface Shown {
  title: string;
  datetime: string;
  heading: string;
  /** The list it was found in. */
  range: 'past' | 'upcoming';
}

/** Every item of the list view, past then upcoming, pressing "Show more" until there is no more. */
async function everyListItem(el: IisgEventCalendar): Promise<Shown[]> {
  const shown: Shown[] = [];
  for (const range of ['past', 'upcoming'] as const) {
    el.listRange = range;
    await el.updateComplete;
    for (let more = $$(el, '[part~="show-more"]')[0]; more; more = $$(el, '[part~="show-more"]')[0]) {
      more.click();
      await el.updateComplete;
    }
    for (const month of $$(el, '.list-month')) {
      const heading = month.querySelector('[part~="list-heading"]')!.textContent!.trim();
      for (const item of month.querySelectorAll('[part~="list-item"]')) {
        shown.push({ title: item.querySelector('.list-title')!.textContent!, datetime: item.querySelector('time')!.getAttribute('datetime')!, heading, range });
      }
    }
  }
  return shown;
}

/** The events of `raw`, and which of them a whole-file problem or a problem at `events[i]` reports as left out. */
function inputEvents(raw: unknown): unknown[] {
  const value = typeof raw === 'string' ? (() => { try { return JSON.parse(raw.replace(/^\uFEFF/, '')); } catch { return undefined; } })() : raw;
  if (value && typeof value === 'object' && Array.isArray((value as { events?: unknown }).events)) return (value as { events: unknown[] }).events;
  if (value && typeof value === 'object' && !Array.isArray(value)) return [];
  return Array.isArray(value) ? value : [undefined]; // a list or unreadable text: its events, as far as a person can count them
}

const fileLevel = (p: Problem) => p.severity === 'error' && (p.path === '' || p.path === 'version' || (p.path === 'events' && p.code === 'invalid-type'));

async function check(name: string, raw: unknown, extraFiles: unknown[] = []) {
  const loads: FeedLoadDetail[] = [];
  const { result: shown, said } = await quietConsole(async () => {
    const el = await fixture<IisgEventCalendar>(
      html`<iisg-event-calendar lang="en" view="list" .feed=${raw} @iisg-feed-load=${(e: CustomEvent<FeedLoadDetail>) => loads.push(e.detail)} style="width: 900px"></iisg-event-calendar>`,
    );
    await settled(el);
    return loads.at(-1)?.state === 'ready' ? everyListItem(el) : [];
  });
  expect(loads.length, `${name}: iisg-feed-load fired`).to.be.greaterThan(0);
  const { problems } = loads.at(-1)!;
  const input = inputEvents(raw);
  const parsed = parseFeed(raw).feed as Feed | null;
  const kept = new Set(parsed?.events.map((e) => e.index) ?? []);
  const whole = problems.some(fileLevel);

  const lost: string[] = [];
  const twice: string[] = [];
  input.forEach((_, i) => {
    const reported = whole || problems.some((p) => p.dropped && p.path === `events[${i}]`) || problems.some((p) => p.dropped && p.path.startsWith(`events[${i}].`));
    if (!kept.has(i) && !reported) lost.push(`events[${i}]`);
    if (kept.has(i) && reported) twice.push(`events[${i}]`);
  });
  expect(lost, `${name}: neither shown nor reported`).to.deep.equal([]);
  expect(twice, `${name}: shown and reported as left out`).to.deep.equal([]);

  // What the list shows is exactly the kept events, by title, however many pages.
  const expected = [...(parsed?.events ?? []), ...extraFiles.flatMap((f) => parseFeed(f).feed?.events ?? [])]
    .map((e) => pickText(e.title, 'en', parsed?.language))
    .sort();
  expect(shown.map((s) => s.title).sort(), `${name}: the list shows every kept event once`).to.deep.equal(expected);
  const dropped = problems.filter((p) => p.dropped).length;
  expect(shown.length + (whole ? input.length : dropped), `${name}: shown + reported = input`).to.equal(input.length + extraFiles.reduce<number>((n, f) => n + inputEvents(f).length, 0));

  // The console names every event left out by its path, as the README promises: the errors first, 200 problems
  // at most, then a count of the rest (which the iisg-feed-load event above has whole).
  const room = [200, 200 - problems.filter((p) => p.severity === 'error').length];
  const listed = new Set(problems.filter((p) => room[+(p.severity !== 'error')]-- > 0));
  const text = said.join('\n');
  for (const p of problems.filter((q) => q.dropped)) {
    if (listed.has(p)) expect(text, `${name}: ${p.path} in the console`).to.contain(`${p.path}: `);
    else expect(text, `${name}: ${p.path} counted in the console`).to.contain(`${problems.length - listed.size} more problem(s) not listed here`);
  }
  return shown;
}

describe('nothing lost: shown in the list, or reported with its path', function () {
  this.timeout(20_000);

  it('finds the corpus', () => {
    expect(files).to.include('demo/feed.json');
    expect(files.length).to.be.greaterThan(3);
  });

  for (const file of files) {
    it(file, async () => {
      const text = await (await fetch(`/${file}`)).text();
      const raw = (() => {
        try {
          return JSON.parse(text.replace(/^\uFEFF/, ''));
        } catch {
          return undefined; // a broken file on purpose: the calendar must report it whole
        }
      })();
      // An index file: its period files are the rest of its events (one that cannot be fetched has none to show;
      // the calendar reports it).
      const periods: unknown[] = Array.isArray(raw?.periods)
        ? await Promise.all(
            raw.periods.map(async (p: { url: string }) => {
              const response = await fetch(new URL(p.url, new URL(`/${file}`, location.href)));
              return response.ok ? response.json() : { version: 1, events: [] };
            }),
          )
        : [];
      if (periods.length) {
        await checkIndex(file, periods);
      } else {
        await check(file, text);
      }
    });
  }

  for (const [name, raw] of generated) {
    it(name, async () => {
      const started = performance.now();
      const shown = await check(name, raw);
      if (name.includes('1,000')) measure(`1,000-event broken feed (${shown.length} shown): every list page rendered and checked`, performance.now() - started);
    });
  }

  /** An index feed loaded by URL: the calendar fetches the period files the list needs and shows all their events. */
  async function checkIndex(file: string, periods: unknown[]) {
    const { result: shown } = await quietConsole(async () => {
      const el = await fixture<IisgEventCalendar>(html`<iisg-event-calendar lang="en" view="list" src=${`/${file}`} style="width: 900px"></iisg-event-calendar>`);
      await settled(el);
      const expected = periods.reduce<number>((n, f) => n + (parseFeed(f).feed?.events.length ?? 0), 0);
      el.listRange = 'past';
      await waitUntil(async () => (await everyListItem(el)).length >= expected, `${file}: every period file's events listed`);
      return everyListItem(el);
    });
    const expected = periods.flatMap((f) => parseFeed(f).feed?.events ?? []).map((e) => pickText(e.title, 'en')).sort();
    expect(shown.map((s) => s.title).sort()).to.deep.equal(expected);
  }
});

describe('nothing lost: each event under its own month', () => {
  /** "May 1965" for an all-day item's `datetime` of 1965-05-01. */
  const monthOf = (iso: string) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

  it('lists all-day events from 1970 on under the heading of the month they start in (still running: this month, in the upcoming list)', async () => {
    const raw = brokenFeed(7, 250);
    const shown = await check('seed 7', raw);
    const localDay = (daysAgo: number) => {
      const d = new Date();
      d.setDate(d.getDate() - daysAgo);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    const today = localDay(0);
    // The upcoming list starts on the earliest today of the events it shows, each in its own zone (time-zone="event"):
    // on the 1st of a month before 11:00 UTC, a meeting in Pago Pago is still on the last day of the month before,
    // and the running events are listed with it, under that month. That day is at most two days before the visitor's.
    const upcomingFrom = shown.find((s) => s.range === 'upcoming')?.heading;
    expect([0, 1, 2].map((n) => monthOf(localDay(n))), 'the upcoming list’s first month').to.include(upcomingFrom);
    const headingFor = (s: Shown) => (s.range === 'upcoming' && s.datetime < today ? upcomingFrom : monthOf(s.datetime));
    const misplaced = shown.filter((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.datetime) && s.datetime >= '1970' && s.heading !== headingFor(s));
    expect(misplaced).to.deep.equal([]);
  });

  it('lists an event of May 1965 under "May 1965", not "January 1970"', async () => {
    const raw = { version: 1, events: [{ id: 'old', title: 'An old meeting', start: '1965-05-01' }, { id: 'older', title: 'Older', start: '0001-01-01' }] };
    const shown = await check('before 1970', raw);
    expect(shown[0].heading).to.equal('May 1965');
    expect(shown[1].heading).to.match(/^January 0*1$/);
  });
});
