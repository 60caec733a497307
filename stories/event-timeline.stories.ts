import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import '@iisg/widgets';
import { FEED, FOREVER, LANGUAGES, MISSING, MOVED, NEVER, holdNeverOpen, note, seedSavedCopy } from './feed-states.js';


/** A feed that parses but holds nothing. */
const EMPTY_FEED = { version: 1, timeZone: 'Europe/Belgrade', language: 'en', events: [] };

const text = (en: string, more: Record<string, string> = {}) => ({ en, ...more });

/**
 * Every status an event can have: a numbered series (one meeting of it moved online, one cancelled, one
 * rescheduled, one postponed) whose cancelled meeting is the middle day of a cluster in Tirana, between a
 * workshop to be confirmed and a round table put off.
 */
const STATUS_FEED = {
  version: 1,
  timeZone: 'Europe/Belgrade',
  language: 'en',
  countries: {
    AL: { name: text('Albania', { sq: 'Shqipëria', 'sr-Cyrl': 'Албанија', mk: 'Албанија', de: 'Albanien' }) },
    BA: { name: text('Bosnia and Herzegovina', { bs: 'Bosna i Hercegovina', 'sr-Cyrl': 'Босна и Херцеговина', de: 'Bosnien und Herzegowina' }) },
    ME: { name: text('Montenegro', { sq: 'Mali i Zi', 'sr-Latn': 'Crna Gora', 'sr-Cyrl': 'Црна Гора', mk: 'Црна Гора', de: 'Montenegro' }) },
    MK: { name: text('North Macedonia', { sq: 'Maqedonia e Veriut', mk: 'Северна Македонија', 'sr-Cyrl': 'Северна Македонија', de: 'Nordmazedonien' }) },
  },
  organisations: [
    { id: 'rcc', name: text('Regional Cooperation Council', { de: 'Regionaler Kooperationsrat' }), shortName: 'RCC', website: 'https://www.rcc.int' },
  ],
  series: [{ id: 'sample-meetings', name: text('Sample Coordination Meeting', { de: 'Beispiel-Koordinierungstreffen' }), shortName: 'Sample' }],
  events: [
    { id: 'sample-1', title: 'Sample: 1st Coordination Meeting', start: '2024-05-14', location: { city: 'Sarajevo', country: 'BA' }, series: { id: 'sample-meetings', ordinal: 1 }, organisers: ['rcc'] },
    {
      id: 'sample-2',
      title: 'Sample: 2nd Coordination Meeting (held online)',
      start: '2024-11-19',
      end: '2024-11-20',
      status: 'moved-online',
      location: { city: 'Skopje', country: 'MK' },
      online: 'https://example.org/meeting',
      series: { id: 'sample-meetings', ordinal: 2 },
      organisers: ['rcc'],
    },
    { id: 'sample-workshop', title: 'Sample: workshop on prison radicalisation', start: '2025-05-12', status: 'tentative', location: { city: 'Tirana', country: 'AL' } },
    {
      id: 'sample-3',
      title: text('Sample: 3rd Coordination Meeting (cancelled)', { de: 'Beispiel: 3. Koordinierungstreffen (abgesagt)' }),
      start: '2025-05-13',
      status: 'cancelled',
      location: { city: text('Tirana', { sq: 'Tiranë', 'sr-Cyrl': 'Тирана', mk: 'Тирана' }), country: 'AL' },
      series: { id: 'sample-meetings', ordinal: 3 },
      organisers: ['rcc'],
    },
    { id: 'sample-round-table', title: 'Sample: round table on youth resilience', start: '2025-05-14', status: 'postponed', location: { city: 'Tirana', country: 'AL' } },
    { id: 'sample-4', title: 'Sample: 4th Coordination Meeting, moved to these dates', start: '2025-09-23', end: '2025-09-24', status: 'rescheduled', location: { city: 'Podgorica', country: 'ME' }, series: { id: 'sample-meetings', ordinal: 4 } },
    { id: 'sample-5', title: 'Sample: 5th Coordination Meeting, put off', start: '2025-11-18', status: 'postponed', location: { city: 'Sarajevo', country: 'BA' }, series: { id: 'sample-meetings', ordinal: 5 } },
  ],
};

/** One timeline from the story's args, which are named like the attributes. Empty values are left out. */
function timeline(args: Args) {
  const value = (v: unknown) => (v === '' || v === null || v === undefined ? undefined : String(v));
  // The --iisg-* token controls, as a page would set them.
  const tokens = Object.fromEntries(Object.entries(args).filter(([k, v]) => k.startsWith('--') && value(v)));
  return html`<iisg-event-timeline
    style=${styleMap(tokens)}
    src=${ifDefined(value(args.src))}
    mode=${ifDefined(value(args.mode))}
    series=${ifDefined(value(args.series))}
    event-id=${ifDefined(value(args['event-id']))}
    gap=${ifDefined(value(args.gap))}
    lang=${ifDefined(value(args.lang))}
    theme=${ifDefined(value(args.theme))}
    time-zone=${ifDefined(value(args['time-zone']))}
    timeout=${ifDefined(value(args.timeout))}
    heading-level=${ifDefined(value(args['heading-level']))}
    ?links-only=${Boolean(args['links-only'])}
    .feed=${args.feed}
    @iisg-feed-load=${args.onIisgFeedLoad}
    @iisg-event-select=${args.onIisgEventSelect}
  ></iisg-event-timeline>`;
}

const meta = {
  title: 'Widgets/Event timeline',
  component: 'iisg-event-timeline',
  render: (args) => timeline(args),
  args: {
    src: FEED,
    mode: 'clusters',
    series: '',
    'event-id': '',
    gap: 1,
    'links-only': false,
    lang: '',
    theme: 'light',
    'time-zone': 'event',
    'heading-level': 3,
  },
  argTypes: {
    src: { control: 'text', description: 'URL of the feed (JSON).' },
    mode: { control: 'inline-radio', options: ['clusters', 'series', 'cluster'] },
    series: {
      control: 'select',
      options: ['', 'rnnc-meetings', 'nfp-meetings', 'regional-ct-pcve-conferences', 'ct-cve-donor-meetings', 'wbcti-partners-meetings', 'iisg-pcve-coordination-albania'],
      description: 'With `mode="series"`: show only this series.',
    },
    'event-id': {
      control: 'select',
      options: ['', 'rnnc-3', 'nfp-7', 'iisg-pcve-coordination-albania-1', 'rnnc-2', 'mayors-see-capitals-2017', 'no-such-event'],
      description: 'With `mode="cluster"`: the event whose cluster to show.',
    },
    gap: { control: { type: 'number', min: 1, max: 30, step: 1 } },
    'links-only': { control: 'boolean' },
    lang: {
      control: 'select',
      options: ['', ...LANGUAGES],
      description: "The timeline's own language; empty takes the page's (the Language toolbar).",
      table: { category: 'attributes', type: { summary: 'string' } },
    },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    'time-zone': {
      control: 'select',
      options: ['event', 'local', 'Europe/Belgrade', 'Europe/London', 'America/New_York', 'Asia/Tokyo'],
    },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    timeout: { control: { type: 'number', min: 0, step: 1000 } },
    feed: { control: 'object', description: 'A feed as a value (raw feed JSON or a parsed Feed); takes precedence over src.' },
    // The same settings as properties: listed in the docs, set through the attribute controls above.
    eventId: { control: false },
    linksOnly: { control: false },
    timeZone: { control: false },
    headingLevel: { control: false },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Clusters: Story = {
  render: (args) => html`${note('Every cluster of meetings held back-to-back in one place, newest first; the sample feed has one: Tirana, April 2019.')}${timeline(args)}`,
};

export const Series: Story = {
  args: { mode: 'series' },
  render: (args) => html`${note('One row per numbered series; numbers missing from the feed are drawn as gaps.')}${timeline(args)}`,
};

export const OneSeries: Story = {
  name: 'One series',
  args: { mode: 'series', series: 'rnnc-meetings' },
};

export const ClusterAroundAnEvent: Story = {
  name: 'Cluster around an event',
  args: { mode: 'cluster', 'event-id': 'rnnc-3' },
};

export const Narrow: Story = {
  args: { mode: 'cluster', 'event-id': 'rnnc-3' },
  render: (args) =>
    html`${note('In a 320px container the time axis turns vertical: one event under the other.')}<div style="width: 320px; outline: 1px dashed #c9d0d9">
      ${timeline(args)}
    </div>`,
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) => html`<div style="background: #0d1014; padding: 1.5rem">${timeline(args)}</div>`,
  parameters: { layout: 'fullscreen' },
};

export const EveryLanguage: Story = {
  name: 'Every language',
  args: { mode: 'cluster', 'event-id': 'rnnc-3' },
  // A few languages, two columns wide enough for the horizontal axis; the Language toolbar has all ten.
  render: (args) => html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(min(32rem, 100%), 1fr)); gap: 1.5rem 1rem; align-items: start">
    ${['en', 'sq', 'sr-Cyrl', 'mk', 'de', 'fr'].map(
      (lang) => html`<section>
        <p style="font: 600 0.8rem system-ui, sans-serif; margin: 0 0 0.25rem; color: #4f5966">lang="${lang}"</p>
        ${timeline({ ...args, lang })}
      </section>`,
    )}
  </div>`,
  parameters: { layout: 'padded' },
};

export const Statuses: Story = {
  args: { src: '', feed: STATUS_FEED },
  render: (args) =>
    html`${note(
      'An inline feed with every status: in the Tirana cluster a workshop to be confirmed, a cancelled meeting (struck through) and a postponed round table; in the series below, meetings moved online, cancelled, rescheduled and postponed. Each says its status in words, not in colour alone.',
    )}${timeline(args)}
      <div style="margin-top: 1rem">${timeline({ ...args, mode: 'series' })}</div>`,
};

export const Empty: Story = {
  args: { src: '', feed: EMPTY_FEED },
};

export const Loading: Story = {
  args: { src: NEVER, timeout: FOREVER },
  render: (args) => html`${note(html`The request to <code>${args.src}</code> is held open, so the timeline stays in its loading state: the message, in the room a row will take.`)}${timeline(args)}`,
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
  render: (args) => html`${note(html`<code>${args.src}</code> answers 404; the copy kept in localStorage by an earlier visit is shown, with its date.`)}${timeline(args)}`,
  loaders: [seedSavedCopy],
};
