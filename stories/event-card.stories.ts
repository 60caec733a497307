import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import type { FeedLoadDetail } from '@iisg/widgets';
import '@iisg/widgets';
import { FEED, FOREVER, LANGUAGES, MISSING, MOVED, NEVER, holdNeverOpen, note, seedSavedCopy } from './feed-states.js';



const text = (en: string, more: Record<string, string> = {}) => ({ en, ...more });

/** A small inline feed in the documented format (version 1) around the given events. */
const inlineFeed = (events: unknown[]) => ({
  version: 1,
  timeZone: 'Europe/Belgrade',
  language: 'en',
  countries: {
    ME: { name: text('Montenegro', { sq: 'Mali i Zi', 'sr-Latn': 'Crna Gora', 'sr-Cyrl': 'Црна Гора', mk: 'Црна Гора', de: 'Montenegro' }) },
  },
  organisations: [
    { id: 'rcc', name: text('Regional Cooperation Council', { de: 'Regionaler Kooperationsrat' }), shortName: 'RCC', website: 'https://www.rcc.int' },
  ],
  events,
});

const CANCELLED_FEED = inlineFeed([
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
]);

const TIMED_FEED = inlineFeed([
  {
    id: 'sample-timed',
    title: 'Sample: online coordination call, set in New York time',
    summary: 'A timed event whose own zone is America/New_York. Set time-zone to "local" to see it in yours.',
    start: '2026-06-15T09:30',
    end: '2026-06-15T11:00',
    timeZone: 'America/New_York',
    online: 'https://example.org/call',
    organisers: ['rcc'],
  },
]);

const BROKEN_FEED = inlineFeed([
  // Dropped: 30 February is not a date. The feed still shows every valid event.
  { id: 'broken', title: 'Broken: an impossible date', start: '2019-02-30' },
  { id: 'valid', title: 'Sample: the valid event of a feed with a broken one', start: '2019-04-23', location: { city: 'Podgorica', country: 'ME' }, organisers: ['rcc'] },
]);

/** One card from the story's args, which are named like the attributes. Empty values are left out. */
function card(args: Args) {
  const value = (v: unknown) => (v === '' || v === null || v === undefined ? undefined : String(v));
  // The --iisg-* token controls, as a page would set them.
  const tokens = Object.fromEntries(Object.entries(args).filter(([k, v]) => k.startsWith('--') && value(v)));
  return html`<iisg-event-card
    style=${styleMap(tokens)}
    src=${ifDefined(value(args.src))}
    event-id=${ifDefined(value(args['event-id']))}
    lang=${ifDefined(value(args.lang))}
    theme=${ifDefined(value(args.theme))}
    time-zone=${ifDefined(value(args['time-zone']))}
    heading-level=${ifDefined(value(args['heading-level']))}
    timeout=${ifDefined(value(args.timeout))}
    .feed=${args.feed}
    @iisg-feed-load=${args.onIisgFeedLoad}
  >${args.media ? html`<p slot="media">${args.media}</p>` : nothing}${args.header ? html`<p slot="header">${args.header}</p>` : nothing}${
    args.footer ? html`<p slot="footer">${args.footer}</p>` : nothing
  }</iisg-event-card>`;
}

const meta = {
  title: 'Widgets/Event card',
  component: 'iisg-event-card',
  render: (args) => card(args),
  args: {
    src: FEED,
    'event-id': 'rnnc-3',
    lang: '',
    theme: 'light',
    'time-zone': 'event',
    'heading-level': 3,
  },
  argTypes: {
    src: { control: 'text', description: 'URL of the feed (JSON).' },
    'event-id': {
      control: 'select',
      options: ['rnnc-3', 'nfp-7', 'rnnc-2', 'workshop-students-parents-teachers-2019', 'jha-ministerial-tirana-2018', 'no-such-event'],
      description: 'Id of the event to show.',
    },
    lang: {
      control: 'select',
      options: ['', ...LANGUAGES],
      description: "The card's own language; empty takes the page's (the Language toolbar).",
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
    timeZone: { control: false },
    headingLevel: { control: false },
    event: { control: false },
    header: { control: 'text' },
    media: { control: 'text' },
    footer: { control: 'text' },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Default: Story = {};

export const Cancelled: Story = {
  args: { src: '', 'event-id': 'sample-cancelled', feed: CANCELLED_FEED },
};

export const KosovoFootnote: Story = {
  name: 'Kosovo footnote',
  args: { 'event-id': 'workshop-students-parents-teachers-2019' },
};

export const TimedEventInAnotherZone: Story = {
  name: 'Timed event in another zone',
  args: { src: '', 'event-id': 'sample-timed', feed: TIMED_FEED },
};

export const EveryLanguage: Story = {
  name: 'Every language',
  args: { 'event-id': 'nfp-7' },
  render: (args) => html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; align-items: start">
    ${LANGUAGES.map(
      (lang) => html`<section>
        <p style="font: 600 0.8rem system-ui, sans-serif; margin: 0 0 0.25rem; color: #4f5966">lang="${lang}"</p>
        ${card({ ...args, lang })}
      </section>`,
    )}
  </div>`,
  parameters: { layout: 'padded' },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args) => html`<div style="background: #0d1014; padding: 1.5rem">${card(args)}</div>`,
  parameters: { layout: 'fullscreen' },
};

export const Loading: Story = {
  args: { src: NEVER, timeout: FOREVER },
  render: (args) => html`${note(html`The request to <code>${args.src}</code> is held open, so the card stays in its loading state.`)}${card(args)}`,
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
  render: (args) => html`${note(html`<code>${args.src}</code> answers 404; the copy kept in localStorage by an earlier visit is shown, with its date.`)}${card(args)}`,
  loaders: [seedSavedCopy],
};

export const EventNotFound: Story = {
  name: 'Event not found',
  args: { 'event-id': 'no-such-event' },
};

export const Narrow: Story = {
  render: (args) => html`<div style="width: 320px; outline: 1px dashed #c9d0d9">${card(args)}</div>`,
};

export const BrokenFeed: Story = {
  name: 'Broken feed',
  args: { src: '', 'event-id': 'valid', feed: BROKEN_FEED },
  render: (args) => {
    // The card lists the feed's problems in the console; they are shown here too, from its load event.
    const show = (event: CustomEvent<FeedLoadDetail>) => {
      const list = (event.currentTarget as HTMLElement).querySelector('ul')!;
      list.replaceChildren(
        ...event.detail.problems.map((p) => Object.assign(document.createElement('li'), { textContent: `${p.severity}: ${p.path}: ${p.message}` })),
      );
    };
    return html`<div @iisg-feed-load=${show}>
      ${card(args)}
      <p style="font: 600 0.875rem system-ui, sans-serif; margin: 1rem 0 0.25rem">Problems reported for this feed:</p>
      <ul style="font: 0.8rem ui-monospace, monospace; margin: 0"></ul>
    </div>`;
  },
};
