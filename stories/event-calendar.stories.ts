import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import '@iisg/widgets';
import { FEED, FOREVER, LANGUAGES, MISSING, MOVED, NEVER, holdNeverOpen, note, seedSavedCopy } from './feed-states.js';



const text = (en: string, more: Record<string, string> = {}) => ({ en, ...more });

const COUNTRIES = {
  AL: { name: text('Albania', { sq: 'Shqipëria', 'sr-Cyrl': 'Албанија', mk: 'Албанија', de: 'Albanien' }) },
  BA: { name: text('Bosnia and Herzegovina', { bs: 'Bosna i Hercegovina', 'sr-Cyrl': 'Босна и Херцеговина', de: 'Bosnien und Herzegowina' }) },
  ME: { name: text('Montenegro', { sq: 'Mali i Zi', 'sr-Latn': 'Crna Gora', 'sr-Cyrl': 'Црна Гора', mk: 'Црна Гора', de: 'Montenegro' }) },
  MK: { name: text('North Macedonia', { sq: 'Maqedonia e Veriut', mk: 'Северна Македонија', 'sr-Cyrl': 'Северна Македонија', de: 'Nordmazedonien' }) },
  RS: { name: text('Serbia', { sq: 'Serbia', 'sr-Latn': 'Srbija', 'sr-Cyrl': 'Србија', mk: 'Србија', de: 'Serbien' }) },
  SI: { name: text('Slovenia', { sl: 'Slovenija', 'sr-Cyrl': 'Словенија', de: 'Slowenien' }) },
};

/** A small inline feed in the documented format (version 1) around the given events. */
const inlineFeed = (events: unknown[]) => ({
  version: 1,
  timeZone: 'Europe/Belgrade',
  language: 'en',
  countries: COUNTRIES,
  organisations: [
    { id: 'rcc', name: text('Regional Cooperation Council', { de: 'Regionaler Kooperationsrat' }), shortName: 'RCC', website: 'https://www.rcc.int' },
  ],
  events,
});

/** A feed that parses but holds nothing. */
const EMPTY_FEED = inlineFeed([]);

/** An all-day date `days` from today (local), as the calendar's "upcoming" counts from today. */
function fromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

// Every event of the sample feed lies in the past, so "upcoming" gets its own, dated from today.
const UPCOMING_FEED = inlineFeed([
  { id: 'up-1', title: 'Sample: national P/CVE coordination meeting', start: fromToday(3), location: { city: 'Tirana', country: 'AL' }, organisers: ['rcc'] },
  { id: 'up-2', title: 'Sample: regional workshop on prison radicalisation', start: fromToday(10), end: fromToday(12), location: { city: 'Podgorica', country: 'ME' } },
  { id: 'up-3', title: 'Sample: online round table on youth resilience', start: `${fromToday(25)}T10:00`, end: `${fromToday(25)}T12:00`, online: 'https://example.org/round-table' },
  { id: 'up-4', title: 'Sample: study visit of local community officers', start: fromToday(40), end: fromToday(41), location: { city: 'Ljubljana', country: 'SI' } },
  { id: 'up-5', title: 'Sample: annual CT and P/CVE coordination conference', start: fromToday(70), end: fromToday(71), location: { city: 'Skopje', country: 'MK' }, organisers: ['rcc'] },
]);

/** A cancelled event, a timed one held in New York, and a multi-day one running from March into April. */
const CANCELLED_AND_TIMED_FEED = inlineFeed([
  {
    id: 'sample-cancelled',
    title: text('Sample: regional P/CVE workshop (cancelled)', { de: 'Beispiel: regionaler P/CVE-Workshop (abgesagt)' }),
    summary: 'A sample event from an inline feed, to show how a cancelled event looks.',
    start: '2026-03-17',
    end: '2026-03-18',
    status: 'cancelled',
    location: { city: text('Podgorica', { 'sr-Cyrl': 'Подгорица', mk: 'Подгорица' }), country: 'ME' },
    organisers: ['rcc'],
  },
  {
    id: 'sample-timed',
    title: 'Sample: online coordination call, set in New York time',
    summary: 'A timed event whose own zone is America/New_York. Set time-zone to "local" or a zone to see it moved.',
    start: '2026-03-12T09:30',
    end: '2026-03-12T11:00',
    timeZone: 'America/New_York',
    online: 'https://example.org/call',
    organisers: ['rcc'],
  },
  {
    id: 'sample-month-boundary',
    title: 'Sample: four-day training running from March into April',
    summary: 'One bar per week row in March, continued in April: press "next" to see the rest.',
    start: '2026-03-30',
    end: '2026-04-02',
    location: { city: text('Skopje', { mk: 'Скопје', 'sr-Cyrl': 'Скопље' }), country: 'MK' },
  },
]);

/** mulberry32: a small seeded generator, so the 1,000 events are the same on every load. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const THOUSAND_YEAR = 2026;
const KINDS = ['Meeting', 'Workshop', 'Conference', 'Training', 'Round table', 'Study visit'];
const TOPICS = ['P/CVE coordination', 'CT cooperation', 'local communities', 'prison radicalisation', 'online radicalisation', 'youth resilience', 'returning foreign fighters'];
const CITIES: [string, keyof typeof COUNTRIES][] = [
  ['Tirana', 'AL'],
  ['Durrës', 'AL'],
  ['Sarajevo', 'BA'],
  ['Banja Luka', 'BA'],
  ['Podgorica', 'ME'],
  ['Budva', 'ME'],
  ['Skopje', 'MK'],
  ['Ohrid', 'MK'],
  ['Belgrade', 'RS'],
  ['Novi Sad', 'RS'],
  ['Ljubljana', 'SI'],
  ['Brdo pri Kranju', 'SI'],
];

/** 1,000 all-day events over one year, every fifth one lasting two to five days. */
function thousandEventFeed() {
  const random = seeded(20_190_423);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const first = Date.UTC(THOUSAND_YEAR, 0, 1);
  const daysInYear = (Date.UTC(THOUSAND_YEAR + 1, 0, 1) - first) / 86_400_000;
  const iso = (day: number) => new Date(first + day * 86_400_000).toISOString().slice(0, 10);
  const events = Array.from({ length: 1000 }, (_, i) => {
    const start = Math.floor(random() * daysInYear);
    const end = i % 5 === 0 ? start + 1 + Math.floor(random() * 4) : start;
    const [city, country] = pick(CITIES);
    const kind = pick(KINDS);
    return {
      id: `generated-${i + 1}`,
      title: `${kind} on ${pick(TOPICS)}, ${city}`,
      start: iso(start),
      end: iso(end),
      location: { city, country },
      tags: [kind.toLowerCase().replace(/\s+/g, '-')],
    };
  });
  return inlineFeed(events);
}
let thousand: ReturnType<typeof thousandEventFeed> | undefined;

/** One calendar from the story's args, which are named like the attributes. Empty values are left out. */
function calendar(args: Args) {
  const value = (v: unknown) => (v === '' || v === null || v === undefined ? undefined : String(v));
  // The --iisg-* token controls, as a page would set them.
  const tokens = Object.fromEntries(Object.entries(args).filter(([k, v]) => k.startsWith('--') && value(v)));
  // `views` and `filters` are split as strings: always set, never removed (a removed attribute is null).
  // The filters check control gives an array; the attribute is space-separated.
  return html`<iisg-event-calendar
    style=${styleMap(tokens)}
    src=${ifDefined(value(args.src))}
    view=${ifDefined(value(args.view))}
    views=${String(args.views ?? 'month list year')}
    date=${ifDefined(value(args.date))}
    filters=${Array.isArray(args.filters) ? args.filters.join(' ') : String(args.filters ?? '')}
    network=${ifDefined(value(args.network))}
    organiser=${ifDefined(value(args.organiser))}
    country=${ifDefined(value(args.country))}
    tag=${ifDefined(value(args.tag))}
    lang=${ifDefined(value(args.lang))}
    theme=${ifDefined(value(args.theme))}
    time-zone=${ifDefined(value(args['time-zone']))}
    list-range=${ifDefined(value(args['list-range']))}
    narrow-view=${ifDefined(value(args['narrow-view']))}
    first-day=${ifDefined(value(args['first-day']))}
    max-events=${ifDefined(value(args['max-events']))}
    heading-level=${ifDefined(value(args['heading-level']))}
    label=${ifDefined(value(args.label))}
    timeout=${ifDefined(value(args.timeout))}
    ?week-numbers=${Boolean(args['week-numbers'])}
    ?sync-url=${Boolean(args['sync-url'])}
    .feed=${args.feed}
    @iisg-feed-load=${args.onIisgFeedLoad}
    @iisg-event-select=${args.onIisgEventSelect}
    @iisg-range-change=${args.onIisgRangeChange}
  ></iisg-event-calendar>`;
}

const meta = {
  title: 'Widgets/Event calendar',
  component: 'iisg-event-calendar',
  render: (args) => calendar(args),
  args: {
    src: FEED,
    view: 'month',
    views: 'month list year',
    date: '2019-04',
    filters: [],
    network: '',
    organiser: '',
    country: '',
    tag: '',
    lang: '',
    theme: 'light',
    'time-zone': 'event',
    'list-range': 'upcoming',
    'narrow-view': 'list',
    'week-numbers': false,
    'max-events': 3,
    'heading-level': 2,
    'sync-url': false,
  },
  argTypes: {
    src: { control: 'text', description: 'URL of the feed (JSON).' },
    view: { control: 'inline-radio', options: ['month', 'list', 'year'] },
    views: { control: 'text', description: 'The views the switcher offers, space-separated.' },
    date: { control: 'text', description: 'Initial month (`2019-04`) or day (`2019-04-23`); today when empty.' },
    filters: {
      control: 'check',
      options: ['network', 'organiser', 'country', 'tag'],
      description: 'Filters to show: `network organiser country tag`. Search is always there.',
    },
    network: { control: 'select', options: ['', 'rnnc', 'nfp-group', 'wbcti', 'iisg', 'pcc-see-ct', 'cti'] },
    organiser: { control: 'select', options: ['', 'rcc', 'eud-bih', 'iisg-sg', 'ran'] },
    country: { control: 'select', options: ['', 'AL', 'BA', 'ME', 'MK', 'RS', 'SI', 'XK', 'BE', 'US'] },
    tag: { control: 'select', options: ['', 'meeting', 'conference', 'workshop', 'ct', 'p-cve', 'network', 'donors', 'local-communities', 'education'] },
    lang: {
      control: 'select',
      options: ['', ...LANGUAGES],
      description: "The calendar's own language; empty takes the page's (the Language toolbar).",
      table: { category: 'attributes', type: { summary: 'string' } },
    },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    'time-zone': {
      control: 'select',
      options: ['event', 'local', 'Europe/Belgrade', 'Europe/London', 'America/New_York', 'Asia/Tokyo'],
    },
    'list-range': { control: 'inline-radio', options: ['upcoming', 'past'] },
    'narrow-view': { control: 'inline-radio', options: ['list', 'month', 'year'] },
    'first-day': { control: { type: 'number', min: 0, max: 6, step: 1 }, description: '0 (Sunday) to 6; from the language when empty.' },
    'week-numbers': { control: 'boolean' },
    'max-events': { control: { type: 'number', min: 1, max: 10, step: 1 } },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 }, description: "The calendar's heading level, 1-6, to fit the page's outline; the list's months and the year's month names are one below." },
    'sync-url': { control: 'boolean' },
    timeout: { control: { type: 'number', min: 0, step: 1000 } },
    feed: { control: 'object', description: 'A feed as a value (raw feed JSON or a parsed Feed); takes precedence over src.' },
    // The same settings as properties: listed in the docs, set through the attribute controls above.
    timeZone: { control: false },
    listRange: { control: false },
    narrowView: { control: false },
    firstDay: { control: false },
    weekNumbers: { control: false },
    maxEvents: { control: false },
    headingLevel: { control: false },
    syncUrl: { control: false },
    activeFilters: { control: false },
    goTo: { control: false, table: { disable: true } },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Month: Story = {
  render: (args) => html`${note('April 2019: the Tirana cluster, three meetings on 23, 24 and 25 April.')}${calendar(args)}`,
};

export const ListUpcoming: Story = {
  name: 'List upcoming',
  // No `date`: the meta's April 2019 would show that month, not what is upcoming.
  args: { src: '', feed: UPCOMING_FEED, view: 'list', 'list-range': 'upcoming', date: '' },
  render: (args) =>
    html`${note("Every event of the sample feed is past, so this story's inline feed has events dated from today.")}${calendar(args)}`,
};

export const ListPast: Story = {
  name: 'List past',
  // No `date`: with one, the list shows that month (and says so in the console), not the past.
  args: { view: 'list', 'list-range': 'past', date: '' },
};

export const Year: Story = {
  // `date` takes a month or a day, not a bare year.
  args: { view: 'year', date: '2017-01' },
};

export const Filters: Story = {
  args: { filters: ['network', 'organiser', 'country', 'tag'] },
};

export const PresetNetwork: Story = {
  name: 'Preset network',
  args: { network: 'rnnc', view: 'list', 'list-range': 'past', date: '' },
  render: (args) => html`${note(html`<code>network="rnnc"</code>: only the meetings of the RNNC, newest first.`)}${calendar(args)}`,
};

export const WeekNumbers: Story = {
  name: 'Week numbers',
  // The month grid in a narrow frame too, where the list would have no week numbers to show.
  args: { 'week-numbers': true, 'narrow-view': 'month' },
};

export const EveryLanguage: Story = {
  name: 'Every language',
  // Small calendars would give way to the list: keep the month grid.
  args: { views: 'month', 'narrow-view': 'month' },
  render: (args) => html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(min(24rem, 100%), 1fr)); gap: 1.5rem 1rem; align-items: start">
    ${LANGUAGES.map(
      (lang) => html`<section>
        <p style="font: 600 0.8rem system-ui, sans-serif; margin: 0 0 0.25rem; color: #4f5966">lang="${lang}"</p>
        ${calendar({ ...args, lang, label: `Calendar, lang=${lang}` })}
      </section>`,
    )}
  </div>`,
  parameters: { layout: 'padded' },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) => html`<div style="background: #0d1014; padding: 1.5rem">${calendar(args)}</div>`,
  parameters: { layout: 'fullscreen' },
};

export const Narrow: Story = {
  args: { filters: 'network organiser country tag' },
  render: (args) =>
    html`${note('In a 320px container the month grid gives way to the list (narrow-view) of the same month, and the filter menus fold behind a "Filters" button.')}<div style="width: 320px; outline: 1px dashed #c9d0d9">
      ${calendar(args)}
    </div>`,
};

export const Empty: Story = {
  args: { src: '', feed: EMPTY_FEED },
  render: (args) =>
    html`${note('A feed with no events: the month is drawn with no events in it, and the list says there is nothing to show.')}${calendar(args)}
      <div style="margin-top: 1rem">${calendar({ ...args, view: 'list' })}</div>`,
};

export const Loading: Story = {
  args: { src: NEVER, timeout: FOREVER },
  render: (args) => html`${note(html`The request to <code>${args.src}</code> is held open, so the calendar stays in its loading state: the message, and the month drawn empty and busy.`)}${calendar(args)}`,
  beforeEach: holdNeverOpen,
};

// Not `Error`: that would hide the global Error in this module.
export const FeedError: Story = {
  name: 'Error',
  args: { src: MISSING },
};

export const SavedCopy: Story = {
  name: 'Saved copy',
  args: { src: MOVED },
  render: (args) => html`${note(html`<code>${args.src}</code> answers 404; the copy kept in localStorage by an earlier visit is shown, with its date.`)}${calendar(args)}`,
  loaders: [seedSavedCopy],
};

export const ThousandEvents: Story = {
  name: '1,000 events',
  args: { src: '', date: `${THOUSAND_YEAR}-05`, filters: ['country', 'tag'] },
  // Made here, not kept in args: the feed control would otherwise show 1,000 events.
  argTypes: { feed: { control: false } },
  render: (args) =>
    html`${note(`1,000 generated events over ${THOUSAND_YEAR} (seeded, the same on every load), a fifth of them two to five days long.`)}${calendar({
      ...args,
      feed: (thousand ??= thousandEventFeed()),
    })}`,
};

export const CancelledAndTimedEvents: Story = {
  name: 'Cancelled and timed events',
  args: { src: '', feed: CANCELLED_AND_TIMED_FEED, date: '2026-03' },
  render: (args) =>
    html`${note(
      'March 2026: a cancelled workshop (17–18), a call held at 09:30 in New York (12), and a training from 30 March to 2 April that continues into the next month.',
    )}${calendar(args)}`,
};
