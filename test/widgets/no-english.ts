// Shared by no-english-<lang>.test.ts. A page in Albanian, Serbian, Bosnian, Croatian, Macedonian, Slovenian or German hears and sees none of
// the widgets' English: each element is driven through its states in each language, and every text node
// and accessible string in its shadow root (aria-label, title, placeholder, option texts, captions, live
// regions...) is checked against the English UI strings (messages.ts, en-map.ts, en-timeline.ts), English
// month and weekday names, English ordinals and English time-zone names. A Cyrillic page shows no Latin
// UI text and a Latin one no Cyrillic. Feed content (titles, names, the footnote: legitimately English or
// in one script where the feed has nothing else) and proper names are left out.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@iisg/widgets';
import type { IisgEventCalendar, IisgEventCard, IisgEventTimeline, IisgNetworkMap } from '@iisg/widgets';
import type { Locale } from 'date-fns';
import { en, plural, type Messages } from '@iisg/widgets/locales/messages.js';
import { enMap } from '@iisg/widgets/locales/en-map.js';
import { enTimeline } from '@iisg/widgets/locales/en-timeline.js';
import { english } from '@iisg/widgets/locales/load-locale.js';
import * as sq from '@iisg/widgets/locales/sq.js';
import * as srLatn from '@iisg/widgets/locales/sr-Latn.js';
import * as srCyrl from '@iisg/widgets/locales/sr-Cyrl.js';
import * as bs from '@iisg/widgets/locales/bs.js';
import * as hr from '@iisg/widgets/locales/hr.js';
import * as mk from '@iisg/widgets/locales/mk.js';
import * as sl from '@iisg/widgets/locales/sl.js';
import * as de from '@iisg/widgets/locales/de.js';
import { COUNTRIES } from '@iisg/widgets/network-map/geometry.generated.js';
import { $, $$ } from './helpers.js';

const FEED = '/demo/feed.json';
const rawFeed: unknown = await (await fetch(FEED)).json();

type LocaleModule = { messages: object; dateLocale: Locale };
const LANGUAGES: Record<string, LocaleModule> = {
  'sq': sq,
  'sr-Latn': srLatn,
  'sr-Cyrl': srCyrl,
  'bs': bs,
  'hr': hr,
  'mk': mk,
  'sl': sl,
  de,
};
const CYRILLIC = new Set(['sr-Cyrl', 'mk']);

/** Names that stay as they are in every language: services, keys, the file type, acronyms of the UI. */
const PROPER_NAMES = ['Google Calendar', 'Outlook.com', 'Microsoft 365', '.ics', 'Enter', 'Esc', 'Home', 'End', 'GMT', 'UTC'];
/** What the test types into the search box: the visitor's words, which a printout repeats. */
const QUERIES = ['Tirana', 'Budva', 'zzzzzz'];

// ---------------------------------------------------------------------------------------------------
// What counts as English

/** Every string leaf of a messages object, by path. */
function leaves(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) for (const [p, s] of leaves(v, `${path}.${k}`)) out.set(p, s);
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const word = (s: string, flags = 'iu') => new RegExp(`(?<![\\p{L}\\p{N}])${escape(s)}(?![\\p{L}])`, flags);

/** The English UI strings, cut at their placeholders, that a language does not share (German "Online" is German too). */
function englishFragments(messages: object): { fragment: string; source: string; re: RegExp }[] {
  const english = leaves({ ...en, map: enMap, timeline: enTimeline });
  const translated = leaves(messages);
  const out: { fragment: string; source: string; re: RegExp }[] = [];
  for (const [path, text] of english) {
    if (/^\.(lang|dates|ordinal|seriesOrdinal)\b/.test(path)) continue;
    // A plural form the language lacks ("few" in German) is compared with the language's other forms.
    const parent = /\.(zero|one|two|few|many|other)$/.test(path) ? path.replace(/\.[^.]+$/, '') : path;
    const same = [...translated].some(([p, t]) => (p === path || p.replace(/\.[^.]+$/, '') === parent) && t === text);
    if (same) continue;
    for (const piece of text.split(/\{\w+\}/)) {
      const fragment = piece.replace(/^[\s,.:;()+–\-…]+|[\s,.:;()+–\-…]+$/g, '');
      if (/\p{L}{3}/u.test(fragment)) out.push({ fragment, source: `${path} "${text}"`, re: word(fragment) });
    }
  }
  return out;
}

/** English month and weekday names, but those the language writes the same ("April" in German). */
function englishDateWords(dateLocale: Locale): RegExp[] {
  const names = (locale: Locale) => {
    const out = new Set<string>();
    for (const context of ['formatting', 'standalone'])
      for (const width of ['wide', 'abbreviated', 'short', 'narrow']) {
        for (let m = 0; m < 12; m++) out.add(String(locale.localize!.month(m as never, { width, context } as never)));
        for (let d = 0; d < 7; d++) out.add(String(locale.localize!.day(d as never, { width, context } as never)));
      }
    return out;
  };
  const own = new Set([...names(dateLocale)].map((n) => n.toLowerCase()));
  return [...names(english.dateLocale)].filter((n) => n.length >= 2 && !own.has(n.toLowerCase())).map((n) => word(n, 'u'));
}

/**
 * The runtime's English names of the map's countries (and the United States, where the demo feed has a
 * member), but those the language writes the same ("Malta"; German "Israel"): Intl answers in English where
 * it lacks the language (Albanian, Macedonian) or claims it without the names (Chromium's Bosnian).
 */
function englishCountryNames(lang: string, messages: object): RegExp[] {
  const own = (messages as { map?: { countries?: Record<string, string> } }).map?.countries ?? {};
  const english = new Intl.DisplayNames(['en'], { type: 'region' });
  const runtime = new Intl.DisplayNames([lang], { type: 'region' });
  // A runtime that names Germany "Germany" in the language has no names in it.
  const runtimeKnows = Intl.DisplayNames.supportedLocalesOf(lang).length > 0 && runtime.of('DE') !== english.of('DE');
  const feedNames = (rawFeed as { countries: Record<string, { name: Record<string, string> }> }).countries;
  return [...Object.keys(COUNTRIES), 'US']
    .filter((code) => {
      const name = english.of(code)!;
      const local = feedNames[code]?.name[lang] ?? own[code] ?? (runtimeKnows ? runtime.of(code) : undefined);
      // Where neither the feed nor the language's strings nor the runtime name it, what the language writes is
      // not known here: the names that are the same in nearly every language of the region.
      return local ? local !== name : !['Malta', 'San Marino', 'Kosovo'].includes(name);
    })
    .map((code) => word(english.of(code)!, 'u'));
}

const ENGLISH_PATTERNS: [RegExp, string][] = [
  [/\b\d+(st|nd|rd|th)\b/, 'an English ordinal'],
  [/\b(Standard|Summer|Daylight|Central|Eastern|Western|European) Time\b/i, 'an English time-zone name'],
];

// ---------------------------------------------------------------------------------------------------
// Feed content, left out

/** The feed's texts a page in `lang` may show: each language map's text in `lang` (all of them where it has none), plain strings, hosts of links. */
function feedTexts(feed: unknown, lang: string): string[] {
  const SKIP = new Set(['id', '$schema', 'start', 'end', 'timeZone', 'status', 'language', 'since', 'established', 'updated', 'kind', 'event', 'version']);
  const out = new Set<string>();
  const isMap = (o: object) => {
    const entries = Object.entries(o);
    return entries.length > 0 && entries.every(([k, v]) => /^[a-z]{2,3}(-[A-Z][a-z]{3})?$/.test(k) && typeof v === 'string');
  };
  const walk = (value: unknown, key: string) => {
    if (SKIP.has(key)) return;
    if (typeof value === 'string') {
      if (/^https?:/.test(value)) {
        const host = new URL(value).hostname;
        out.add(host);
        out.add(host.replace(/^www\./, ''));
      } else out.add(value);
    } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') {
      if (isMap(value)) {
        const map = value as Record<string, string>;
        if (map[lang]) out.add(map[lang]);
        else Object.values(map).forEach((v) => out.add(v));
      } else for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  walk(feed, '');
  QUERIES.forEach((q) => out.add(q));
  // A series name starts a heading with a capital ("7. sastanak ..." → "Sastanak ...").
  for (const text of [...out]) out.add(text.charAt(0).toLocaleUpperCase(lang) + text.slice(1));
  // Longest first, so that a title goes before a city named in it.
  return [...out].filter((t) => t.trim().length >= 2).sort((a, b) => b.length - a.length);
}

// ---------------------------------------------------------------------------------------------------
// What a visitor and a screen reader get

const ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'placeholder', 'alt'];

/**
 * Each element's own text (its text nodes joined: Lit writes a sentence's parts as several; with the `.slash`
 * spans that keep "P/CVE" whole), and its accessible strings, in the shadow roots of `host`. Text in an element
 * whose `lang` differs from the page's is the feed's, in another language; slotted content is the page's.
 */
function strings(host: Element, lang: string): string[] {
  // A slash inside a word and the letter after it (shared/slash-words.ts) are the word's, as its text.
  const inWord = (n: Node) => n instanceof Element && n.classList.contains('slash');
  const out: string[] = [];
  const visit = (node: Element | ShadowRoot) => {
    if (node instanceof Element) {
      if (['STYLE', 'SCRIPT', 'TEMPLATE', 'SLOT'].includes(node.tagName)) return;
      const own = node.getAttribute('lang');
      if (own && own !== lang) return;
      for (const name of ATTRIBUTES) {
        const value = node.getAttribute(name);
        if (value?.trim()) out.push(value.trim());
      }
      if (node instanceof HTMLSelectElement) for (const option of node.selectedOptions) out.push(option.text);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    const text = [...node.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE || inWord(n))
      .map((n) => n.textContent)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    if (text) out.push(text);
    for (const child of node.children) if (!inWord(child)) visit(child);
  };
  visit(host.shadowRoot!);
  return out;
}

// ---------------------------------------------------------------------------------------------------
// The check

class Checker {
  readonly problems: string[] = [];
  private readonly fragments;
  private readonly dateWords;
  private readonly feed;

  constructor(
    private readonly lang: string,
    module: LocaleModule,
  ) {
    this.fragments = englishFragments(module.messages);
    this.dateWords = [...englishDateWords(module.dateLocale), ...englishCountryNames(lang, module.messages)];
    this.feed = feedTexts(rawFeed, lang);
  }

  /** Check what `el` shows and says now. */
  check(el: Element, state: string) {
    for (const said of strings(el, this.lang)) {
      let rest = said;
      for (const text of this.feed) if (rest.includes(text)) rest = rest.split(text).join(' ¶ ');
      const report = (why: string) => {
        const line = `${this.lang}: "${said}" (${why})`;
        if (!this.problems.some((p) => p.startsWith(line))) this.problems.push(`${line}, first in: ${state}`);
      };
      for (const { fragment, source, re } of this.fragments) if (re.test(rest)) report(`English "${fragment}", from ${source}`);
      for (const re of this.dateWords) if (re.test(rest)) report(`English date or country name ${re.source.replace(/\(\?<?!.*?\)/g, '')}`);
      for (const [re, why] of ENGLISH_PATTERNS) if (re.test(rest)) report(why);
      let names = rest;
      for (const name of PROPER_NAMES) names = names.split(name).join(' ');
      if (CYRILLIC.has(this.lang) ? /\p{Script=Latin}/u.test(names) : /\p{Script=Cyrillic}/u.test(names))
        report(CYRILLIC.has(this.lang) ? 'Latin script' : 'Cyrillic script');
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Driving the elements

async function settle(el: Element & { updateComplete: Promise<boolean> }) {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  await el.updateComplete;
}

async function choose(el: IisgEventCalendar | IisgNetworkMap, select: HTMLSelectElement, index: number) {
  for (const [i, option] of [...select.options].entries()) option.selected = i === index;
  select.dispatchEvent(new Event('change'));
  await settle(el);
}

async function search(el: IisgEventCalendar, query: string) {
  const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
  input.value = query;
  input.dispatchEvent(new Event('input'));
  await settle(el);
}

/** The live region says the count 600 ms after the visitor stops typing. */
const announced = (el: Element) => waitUntil(() => $(el, '#announce')?.textContent, 'the count announced', { timeout: 3000 });

/** Replace window.fetch while `run` runs. */
async function withFetch(respond: (url: string, init?: RequestInit) => Promise<Response>, run: () => Promise<void>) {
  const original = window.fetch;
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => respond(String(input), init)) as typeof fetch;
  try {
    await run();
  } finally {
    window.fetch = original;
  }
}

async function calendar(template: ReturnType<typeof html>) {
  const el = await fixture<IisgEventCalendar>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="body"]:not([aria-busy]), [part~="message"]:not([part~="loading"])'), 'calendar rendered', { timeout: 5000 });
  await settle(el);
  return el;
}

async function openPopover(el: IisgEventCalendar | IisgEventTimeline, click: () => void) {
  click();
  await waitUntil(() => $(el, '[part~="popover"] #popover-title'), 'the popover', { timeout: 5000 });
  await settle(el);
}

async function openMenu(el: Element & { updateComplete: Promise<boolean> }) {
  $(el, '[part~="menu-button"]')!.click();
  await waitUntil(() => $$(el, '[part~="menu-item"]').length > 2, 'the add-to-calendar menu with its links', { timeout: 5000 });
  await settle(el);
}

/** "Copy link" as if the clipboard took it. */
async function copyLink(el: Element & { updateComplete: Promise<boolean> }) {
  const clipboard = navigator.clipboard;
  const original = clipboard.writeText;
  clipboard.writeText = async () => undefined;
  try {
    $$(el, '[part~="menu-item"]').at(-1)!.click();
    await waitUntil(() => $(el, '[part~="add-to-calendar"] [role="status"]')?.textContent?.trim(), 'link copied', { timeout: 3000 });
  } finally {
    clipboard.writeText = original;
  }
}

/** The tests of one language (one file each, so that each runs within the runner's time limit). */
export function noEnglish(lang: keyof typeof LANGUAGES) {
  const module = LANGUAGES[lang];
  describe(`no English in a page in ${lang}`, function () {
    this.timeout(60_000);
    afterEach(() => localStorage.clear());

    it('<iisg-event-calendar>: month, overflow, filters, search, popover, menu, list, year', async () => {
      const c = new Checker(lang, module);
      const el = await calendar(
        html`<iisg-event-calendar src=${FEED} date="2017-09" max-events="1" week-numbers filters="network organiser country tag" lang=${lang} style="width: 1000px"></iisg-event-calendar>`,
      );
      c.check(el, 'month');

      // "+1 more" on 14 September 2017, and the day's list it opens.
      const more = $(el, '[part~="more"]')!;
      c.check(el, 'month with "+N more"');
      expect(more, 'a "+N more" button').to.exist;
      await openPopover(el, () => more.click());
      c.check(el, 'the day list of "+N more"');
      $(el, '[part~="popover"] [part~="list-item"]')!.click();
      await settle(el);
      await waitUntil(() => $(el, '[part~="popover"] .details'), 'an event from the day list', { timeout: 5000 });
      c.check(el, 'an event opened from the day list');
      $(el, '[part~="close"]')!.click();
      await settle(el);

      // An event popover, its add-to-calendar menu and "Link copied".
      el.goTo('2019-04-23');
      await settle(el);
      await openPopover(el, () => $(el, '[part~="event"]')!.click());
      c.check(el, 'event popover');
      await openMenu(el);
      c.check(el, 'add-to-calendar menu');
      await copyLink(el);
      c.check(el, 'add-to-calendar menu, link copied');
      $(el, '[part~="close"]')!.click();
      await settle(el);

      // A day without events, opened with Enter.
      const empty = el.shadowRoot!.querySelector<HTMLElement>('[role="gridcell"]:not([part~="has-events"])')!;
      empty.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '[part~="popover"] .empty'), 'the empty day', { timeout: 5000 });
      c.check(el, 'a day without events');
      await sendKeys({ press: 'Escape' });
      await settle(el);

      // A filter chosen from each menu in turn.
      for (const [i, select] of $$<HTMLSelectElement>(el, '.filter select').entries()) {
        await choose(el, select, 1);
        await announced(el);
        c.check(el, `filter ${i + 1} chosen`);
        await choose(el, select, 0);
      }
      // A search with matches in the month, with matches elsewhere only, and with none.
      await search(el, 'Tirana');
      await announced(el);
      c.check(el, 'search with matches');
      await search(el, 'Budva');
      await aTimeout(700);
      c.check(el, 'search with matches in another month');
      await search(el, 'zzzzzz');
      await aTimeout(700);
      c.check(el, 'search with no match');
      await search(el, '');

      // The year view, with a search.
      el.view = 'year';
      await settle(el);
      c.check(el, 'year');
      await search(el, 'Budva');
      await aTimeout(700);
      c.check(el, 'year with a search matching another year');
      await search(el, '');

      // The list: a month, upcoming, past, and a search that matches only past events in the upcoming list.
      el.view = 'list';
      await settle(el);
      c.check(el, 'list of a month');
      $(el, '[part~="go-today"]')!.click();
      await settle(el);
      c.check(el, 'list, upcoming');
      await search(el, 'Tirana');
      await aTimeout(700);
      c.check(el, 'upcoming list, search matching past events');
      $(el, '[part~="show-matches"]')!.click();
      await settle(el);
      c.check(el, 'list, past, searched');
      await search(el, '');
      c.check(el, 'list, past');
      await openPopover(el, () => $(el, '[part~="list-item"]')!.click());
      c.check(el, 'event popover from the list');
      expect(c.problems).to.deep.equal([]);
    });

    it('<iisg-event-calendar>: narrow, with the filter toggle and the sheet', async () => {
      const c = new Checker(lang, module);
      const el = await calendar(html`<iisg-event-calendar src=${FEED} date="2019-04" filters="network country" lang=${lang} style="width: 320px"></iisg-event-calendar>`);
      await waitUntil(() => $(el, '[part~="filters-toggle"]') && $(el, '[part~="list-item"]'), 'the narrow list', { timeout: 5000 });
      c.check(el, 'narrow list');
      $(el, '[part~="filters-toggle"]')!.click();
      await settle(el);
      await choose(el, $<HTMLSelectElement>(el, '.filter select')!, 1);
      c.check(el, 'narrow, filters shown, one chosen');
      await choose(el, $<HTMLSelectElement>(el, '.filter select')!, 0);
      await openPopover(el, () => $(el, '[part~="list-item"]')!.click());
      await waitUntil(() => $(el, '.popover.sheet'), 'the sheet', { timeout: 5000 });
      c.check(el, 'narrow sheet');
      await openMenu(el);
      c.check(el, 'narrow sheet, add-to-calendar menu');

      // A narrow month grid: "+N" and the bars.
      const month = await calendar(html`<iisg-event-calendar src=${FEED} date="2017-09" max-events="1" narrow-view="month" lang=${lang} style="width: 320px"></iisg-event-calendar>`);
      await waitUntil(() => $(month, '[part~="more"]'), 'the narrow grid', { timeout: 5000 });
      c.check(month, 'narrow month grid');
      expect(c.problems).to.deep.equal([]);
    });

    it('<iisg-event-calendar>: loading, errors, saved copy, empty feed', async () => {
      const c = new Checker(lang, module);
      const feedText = await (await fetch(FEED)).text();

      await withFetch(
        () => new Promise(() => {}),
        async () => {
          const el = await fixture<IisgEventCalendar>(html`<iisg-event-calendar src="/never.json" lang=${lang} style="width: 900px"></iisg-event-calendar>`);
          await waitUntil(() => $(el, '[part~="loading"]') && el.shadowRoot!.textContent!.trim().length > 5, 'loading', { timeout: 5000 });
          c.check(el, 'loading');
        },
      );
      const errors: [string, (url: string, init?: RequestInit) => Promise<Response>][] = [
        ['HTTP error', async () => new Response('gone', { status: 404 })],
        ['network error', async () => Promise.reject(new TypeError('Failed to fetch'))],
        ['invalid feed', async () => new Response('<html>Not a feed</html>')],
        ['timeout', (_, init) => new Promise((_, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))))],
      ];
      for (const [name, respond] of errors)
        await withFetch(respond, async () => {
          const el = await fixture<IisgEventCalendar>(html`<iisg-event-calendar src=${`/broken-${name.replace(/ /g, '-')}-${lang}.json`} timeout="50" lang=${lang}></iisg-event-calendar>`);
          await waitUntil(() => $(el, '[part~="error"]'), name, { timeout: 8000 });
          await settle(el);
          c.check(el, name);
        });
      // Another site's feed that fails while the browser is online (blocked: no CORS header): its own message.
      await withFetch(
        async () => Promise.reject(new TypeError('Failed to fetch')),
        async () => {
          const el = await fixture<IisgEventCalendar>(html`<iisg-event-calendar src=${`https://feeds.example.org/blocked-${lang}.json`} timeout="50" lang=${lang}></iisg-event-calendar>`);
          await waitUntil(() => $(el, '[part~="error"]'), 'cross-origin error', { timeout: 8000 });
          await settle(el);
          expect($(el, '[part~="error"]')!.textContent).to.contain((module.messages as Messages).errorUnavailable);
          c.check(el, 'cross-origin error');
        },
      );

      const url = new URL(`/offline-${lang}.json`, document.baseURI).href;
      localStorage.setItem(`iisg-feed:${url}`, JSON.stringify({ savedAt: '2026-11-03T10:00:00Z', text: feedText }));
      await withFetch(
        async () => Promise.reject(new TypeError('Failed to fetch')),
        async () => {
          const el = await fixture<IisgEventCalendar>(html`<iisg-event-calendar src=${`/offline-${lang}.json`} date="2019-04" timeout="50" lang=${lang}></iisg-event-calendar>`);
          await waitUntil(() => $(el, '[part~="saved-copy"]'), 'the saved copy', { timeout: 8000 });
          await settle(el);
          c.check(el, 'saved copy');
        },
      );

      for (const view of ['month', 'list', 'year']) {
        const el = await calendar(html`<iisg-event-calendar .feed=${{ version: 1, events: [] }} view=${view} date="2019-04" lang=${lang} style="width: 900px"></iisg-event-calendar>`);
        c.check(el, `empty feed, ${view}`);
      }
      // 101 past events: the list's "+1 more", in the form for one ("+1 tjetër", not "+1 të tjera").
      const many = { version: 1, events: Array.from({ length: 101 }, (_, i) => ({ id: `e${i}`, title: `E${i}`, start: `2018-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}` })) };
      const long = await calendar(html`<iisg-event-calendar .feed=${many} view="list" list-range="past" lang=${lang} style="width: 900px"></iisg-event-calendar>`);
      c.check(long, 'a list with more to show');
      expect($(long, '[part~="show-more"]')!.textContent!.trim()).to.equal(plural((module.messages as Messages).calendar.more, 1, lang));
      const upcoming = await calendar(html`<iisg-event-calendar .feed=${{ version: 1, events: [] }} view="list" lang=${lang} style="width: 900px"></iisg-event-calendar>`);
      c.check(upcoming, 'empty feed, upcoming list');
      const past = await calendar(html`<iisg-event-calendar .feed=${{ version: 1, events: [] }} view="list" list-range="past" lang=${lang} style="width: 900px"></iisg-event-calendar>`);
      c.check(past, 'empty feed, past list');
      expect(c.problems).to.deep.equal([]);
    });

    it('<iisg-event-card>: every event, full and compact; a coming event; loading, error, not found', async () => {
      const c = new Checker(lang, module);
      const card = async (template: ReturnType<typeof html>) => {
        const el = await fixture<IisgEventCard>(template);
        await waitUntil(() => el.shadowRoot!.querySelector('article, [part~="message"]:not([part~="loading"])'), 'card rendered', { timeout: 5000 });
        await settle(el);
        return el;
      };
      const ids = (rawFeed as { events: { id: string }[] }).events.map((e) => e.id);
      for (const id of ids)
        for (const layout of ['full', 'compact', 'teaser']) {
          const el = await card(html`<iisg-event-card src=${FEED} event-id=${id} layout=${layout} lang=${lang}></iisg-event-card>`);
          c.check(el, `card ${id}, ${layout}`);
        }
      const full = await card(html`<iisg-event-card src=${FEED} event-id="rnnc-3" lang=${lang}></iisg-event-card>`);
      await openMenu(full);
      c.check(full, 'card, add-to-calendar menu');

      // Coming events, timed in another zone than the visitor's (relative time, time-zone note), and with a status.
      const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
      const later = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
      for (const [start, status] of [
        [`${soon}T10:00`, 'postponed'],
        [`${later}T10:00`, 'moved-online'],
        [soon, 'rescheduled'],
        [`${soon}T10:00`, 'cancelled'],
      ]) {
        const event = { id: 'x', title: 'X', start, end: start.length > 10 ? start.replace('T10:00', 'T12:00') : undefined, timeZone: 'Asia/Tokyo', status, online: 'https://example.org/live' };
        const el = await card(html`<iisg-event-card .event=${event} lang=${lang}></iisg-event-card>`);
        c.check(el, `card, coming event ${start} ${status}`);
      }

      await withFetch(
        () => new Promise(() => {}),
        async () => {
          const el = await fixture<IisgEventCard>(html`<iisg-event-card src="/never.json" event-id="a" lang=${lang}></iisg-event-card>`);
          await waitUntil(() => $(el, '[part~="loading"]') && el.shadowRoot!.textContent!.trim().length > 5, 'loading', { timeout: 5000 });
          c.check(el, 'card loading');
        },
      );
      await withFetch(
        async () => new Response('gone', { status: 500 }),
        async () => {
          const el = await fixture<IisgEventCard>(html`<iisg-event-card src=${`/card-broken-${lang}.json`} event-id="a" timeout="50" lang=${lang}></iisg-event-card>`);
          await waitUntil(() => $(el, '[part~="error"]'), 'error', { timeout: 8000 });
          c.check(el, 'card error');
        },
      );
      const missing = await card(html`<iisg-event-card src=${FEED} event-id="no-such-event" lang=${lang}></iisg-event-card>`);
      c.check(missing, 'card not found');
      // In the feed, but left out as invalid (no title).
      const invalid = { version: 1, events: [{ id: 'untitled', start: '2019-04-24' }] };
      const notShown = await card(html`<iisg-event-card .feed=${invalid} event-id="untitled" lang=${lang}></iisg-event-card>`);
      expect($(notShown, '[part~="message"]')!.textContent).to.equal((module.messages as Messages).eventNotShown);
      c.check(notShown, 'card not shown');
      expect(c.problems).to.deep.equal([]);
    });

    it('<iisg-network-map>: map and list, a marker, its popover, a network and a year chosen', async () => {
      const c = new Checker(lang, module);
      const el = await fixture<IisgNetworkMap>(html`<iisg-network-map src=${FEED} show="members events" lang=${lang} style="width: 900px"></iisg-network-map>`);
      await waitUntil(() => $(el, '.network-map') && $(el, '[part~="marker"]'), 'map rendered', { timeout: 5000 });
      await settle(el);
      c.check(el, 'map');
      // Each marker: its tooltip (on focus) and its popover.
      const keys = $$(el, '[part~="marker"]').map((m) => m.dataset.key!);
      for (const key of keys) {
        const marker = $(el, `[part~="marker"][data-key="${CSS.escape(key)}"]`);
        if (!marker) continue;
        marker.focus();
        await settle(el);
        c.check(el, `map, marker ${key} focused`);
        marker.click();
        await waitUntil(() => $(el, '[part~="popover"]'), 'the marker popover', { timeout: 5000 });
        await settle(el);
        c.check(el, `map, marker ${key} popover`);
        $(el, '[part~="popover"] [part~="close"]')!.click();
        await settle(el);
      }
      const [networkSelect, yearSelect] = $$<HTMLSelectElement>(el, '.picker select');
      for (let i = 1; i < networkSelect.options.length; i++) {
        await choose(el, networkSelect, i);
        c.check(el, `map, network ${networkSelect.value}`);
      }
      await choose(el, networkSelect, 0);
      await choose(el, $$<HTMLSelectElement>(el, '.picker select')[1] ?? yearSelect, 1);
      c.check(el, 'map, a year');
      $$(el, '[part~="view"]')[1].click();
      await settle(el);
      c.check(el, 'list');
      $(el, 'table .link-button')!.click();
      await waitUntil(() => $(el, '[part~="popover"]'), 'a member popover', { timeout: 5000 });
      await settle(el);
      c.check(el, 'list, member popover');

      await withFetch(
        async () => new Response('gone', { status: 500 }),
        async () => {
          const broken = await fixture<IisgNetworkMap>(html`<iisg-network-map src=${`/map-broken-${lang}.json`} timeout="50" lang=${lang}></iisg-network-map>`);
          await waitUntil(() => $(broken, '[part~="error"]'), 'error', { timeout: 8000 });
          c.check(broken, 'map error');
        },
      );
      expect(c.problems).to.deep.equal([]);
    });

    it('<iisg-event-timeline>: clusters and series, a focused meeting, its popover', async () => {
      const c = new Checker(lang, module);
      for (const mode of ['clusters', 'series']) {
        const el = await fixture<IisgEventTimeline>(html`<iisg-event-timeline src=${FEED} mode=${mode} lang=${lang} style="width: 900px"></iisg-event-timeline>`);
        await waitUntil(() => el.shadowRoot!.querySelector('.rows, [part~="empty"]'), 'timeline rendered', { timeout: 5000 });
        await settle(el);
        c.check(el, mode);
        const block = $(el, '[part~="event"]')!;
        block.focus();
        await settle(el);
        c.check(el, `${mode}, a meeting focused`);
        await openPopover(el, () => block.click());
        c.check(el, `${mode}, popover`);
      }
      const empty = await fixture<IisgEventTimeline>(html`<iisg-event-timeline .feed=${{ version: 1, events: [] }} lang=${lang}></iisg-event-timeline>`);
      await waitUntil(() => $(empty, '[part~="empty"]'), 'empty', { timeout: 5000 });
      c.check(empty, 'no clusters');
      const noSeries = await fixture<IisgEventTimeline>(html`<iisg-event-timeline .feed=${{ version: 1, events: [] }} mode="series" lang=${lang}></iisg-event-timeline>`);
      await waitUntil(() => $(noSeries, '[part~="empty"]'), 'empty', { timeout: 5000 });
      c.check(noSeries, 'no series');
      expect(c.problems).to.deep.equal([]);
    });
  });
}
