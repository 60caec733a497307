import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import '@iisg/widgets';
import { FEED, FOREVER, LANGUAGES, MISSING, MOVED, NEVER, holdNeverOpen, note, seedSavedCopy } from './feed-states.js';

const NETWORKS = ['', 'rnnc', 'nfp-group', 'wbcti', 'iisg', 'pcc-see-ct'];

/** A feed that parses but holds nothing: no networks, so no members, and no events. */
const EMPTY_FEED = { version: 1, timeZone: 'Europe/Belgrade', language: 'en', networks: [], events: [] };

/** One map from the story's args, which are named like the attributes. Empty values are left out. */
function networkMap(args: Args) {
  const value = (v: unknown) => (v === '' || v === null || v === undefined ? undefined : String(v));
  const tokens = Object.fromEntries(Object.entries(args).filter(([k, v]) => k.startsWith('--') && value(v)));
  return html`<iisg-network-map
    style=${styleMap(tokens)}
    src=${ifDefined(value(args.src))}
    network=${ifDefined(value(args.network))}
    networks=${ifDefined(value(args.networks))}
    view=${ifDefined(value(args.view))}
    show=${ifDefined(value(args.show))}
    year=${ifDefined(value(args.year))}
    lang=${ifDefined(value(args.lang))}
    theme=${ifDefined(value(args.theme))}
    heading-level=${ifDefined(value(args['heading-level']))}
    label=${ifDefined(value(args.label))}
    timeout=${ifDefined(value(args.timeout))}
    .feed=${args.feed}
    @iisg-member-select=${args.onIisgMemberSelect}
  ></iisg-network-map>`;
}

const meta = {
  title: 'Widgets/Network map',
  component: 'iisg-network-map',
  render: (args) => networkMap(args),
  args: { src: FEED, network: '', view: 'map', show: 'members', theme: 'light', lang: '' },
  argTypes: {
    src: { control: 'text', description: 'URL of the feed (JSON).' },
    network: { control: 'select', options: NETWORKS, description: 'Network shown; without `networks`, setting it hides the switcher.' },
    networks: { control: 'text', description: 'Networks the switcher offers, space-separated.' },
    view: { control: 'inline-radio', options: ['map', 'list'] },
    show: { control: 'select', options: ['members', 'events', 'members events'] },
    year: { control: 'select', options: ['', 2016, 2017, 2018, 2019] },
    lang: {
      control: 'select',
      options: ['', ...LANGUAGES],
      description: "The map's own language; empty takes the page's (the Language toolbar).",
      table: { category: 'attributes', type: { summary: 'string' } },
    },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    timeout: { control: { type: 'number', min: 0, step: 1000 } },
    feed: { control: 'object' },
    onIisgMemberSelect: { action: 'iisg-member-select', table: { disable: true } },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Every network of the feed, with the switcher. */
export const Default: Story = {};

export const OneNetwork: Story = {
  name: 'One network (RNNC)',
  args: { network: 'rnnc' },
};

export const Clusters: Story = {
  name: 'Gathered markers and the elsewhere strip (WBCTi)',
  args: { network: 'wbcti' },
  render: (args) => html`${note('Seven partners in Sarajevo share one marker; London, Belfast, Washington and New York are outside the drawn area.')}${networkMap(args)}`,
};

export const Events: Story = {
  name: 'Events layer',
  args: { network: 'nfp-group', show: 'members events' },
};

export const List: Story = {
  name: 'List view',
  args: { network: 'wbcti', view: 'list' },
};

export const Dark: Story = {
  args: { theme: 'dark', show: 'members events' },
  render: (args) => html`<div style="background: #0d1014; padding: 1.5rem">${networkMap(args)}</div>`,
  parameters: { layout: 'fullscreen' },
};

export const Narrow: Story = {
  name: 'Narrow (320 px)',
  render: (args) => html`<div style="width: 320px; outline: 1px dashed #c9d0d9">${networkMap(args)}</div>`,
};

export const Albanian: Story = {
  args: { lang: 'sq', network: 'rnnc' },
};

export const EveryLanguage: Story = {
  name: 'Every language',
  // One small network, so that ten maps stay readable side by side.
  args: { network: 'rnnc' },
  render: (args) => html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(min(24rem, 100%), 1fr)); gap: 1.5rem 1rem; align-items: start">
    ${LANGUAGES.map(
      (lang) => html`<section>
        <p style="font: 600 0.8rem system-ui, sans-serif; margin: 0 0 0.25rem; color: #4f5966">lang="${lang}"</p>
        ${networkMap({ ...args, lang, label: `Network map, lang=${lang}` })}
      </section>`,
    )}
  </div>`,
  parameters: { layout: 'padded' },
};

export const Empty: Story = {
  args: { src: '', feed: EMPTY_FEED, show: 'members events' },
  render: (args) =>
    html`${note('A feed with no networks and no events: the map is drawn with no markers, and the list says there are no members.')}${networkMap(args)}
      <div style="margin-top: 1rem">${networkMap({ ...args, view: 'list' })}</div>`,
};

export const Loading: Story = {
  args: { src: NEVER, timeout: FOREVER },
  render: (args) => html`${note(html`The request to <code>${args.src}</code> is held open, so the map stays in its loading state: the message, in a box as large as the map it stands for.`)}${networkMap(args)}`,
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
  render: (args) => html`${note(html`<code>${args.src}</code> answers 404; the copy kept in localStorage by an earlier visit is shown, with its date.`)}${networkMap(args)}`,
  loaders: [seedSavedCopy],
};
