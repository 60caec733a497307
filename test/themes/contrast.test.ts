// WCAG AA contrast of every token pair the elements draw, in every theme: light, dark, high contrast and the
// example themes (each in light and dark), from the colours a real browser resolves on mounted elements.
// Text needs 4.5:1 (1.4.3; 7:1 in the high-contrast theme, 1.4.6), focus rings and control borders 3:1 (1.4.11).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '@iisg/widgets';
import { IisgEventCalendar } from '@iisg/widgets';
import { listStyles } from '@iisg/widgets/event-calendar/list-view.styles.js';
import { yearStyles } from '@iisg/widgets/event-calendar/year-view.styles.js';
import { THEME_FILES, themeDeclarations, themeUrl } from './theme-files.js';

type Mode = 'light' | 'dark';
interface Theme {
  name: string;
  file?: (typeof THEME_FILES)[number];
  mode: Mode;
  /** Least ratio for text. */
  text: number;
}

const THEMES: Theme[] = [
  { name: 'light', mode: 'light', text: 4.5 },
  { name: 'dark', mode: 'dark', text: 4.5 },
  { name: 'high contrast', file: 'high-contrast.css', mode: 'light', text: 7 },
  { name: 'high contrast, dark', file: 'high-contrast.css', mode: 'dark', text: 7 },
  { name: 'regional blue', file: 'regional-blue.css', mode: 'light', text: 4.5 },
  { name: 'regional blue, dark', file: 'regional-blue.css', mode: 'dark', text: 4.5 },
  { name: 'neutral grey', file: 'neutral-grey.css', mode: 'light', text: 4.5 },
  { name: 'neutral grey, dark', file: 'neutral-grey.css', mode: 'dark', text: 4.5 },
];

const COLOURS = ['surface', 'surface-alt', 'text', 'text-muted', 'border', 'accent', 'on-accent', 'danger', 'warning', 'focus'] as const;
type Colour = (typeof COLOURS)[number];

/** Foreground, background, text or not, and where the elements draw it. */
const PAIRS: [Colour, Colour, 'text' | 'non-text', string][] = [
  ['text', 'surface', 'text', 'body text'],
  ['text', 'surface-alt', 'text', 'messages, list headings, table heads'],
  ['text-muted', 'surface', 'text', 'secondary text, labels'],
  ['text-muted', 'surface-alt', 'text', 'days of other months, axis ticks, table heads'],
  ['accent', 'surface', 'text', 'links, the add-to-calendar button'],
  ['accent', 'surface-alt', 'text', '"+N more" in a day of another month'],
  ['on-accent', 'accent', 'text', 'event bars and blocks, today, pressed buttons, marker counts'],
  ['danger', 'surface', 'text', 'cancelled status and events'],
  ['danger', 'surface-alt', 'text', 'a cancelled event in a day of another month'],
  ['warning', 'surface', 'text', 'postponed and rescheduled status'],
  ['surface', 'danger', 'text', "the timeline's today label"],
  ['focus', 'surface', 'non-text', 'focus ring'],
  ['focus', 'surface-alt', 'non-text', 'focus ring inside a day of another month'],
  ['border', 'surface', 'non-text', 'outline of inputs, selects and buttons'],
];

type RGBA = [number, number, number, number];

const probe = document.createElement('span');
document.body.append(probe);

/** Any CSS colour as sRGB 0-255 with alpha 0-1, as the browser computes it. */
function rgba(value: string): RGBA {
  if (!CSS.supports('color', value)) throw new Error(`not a colour: "${value}"`);
  probe.style.color = value;
  const computed = getComputedStyle(probe).color;
  const rgb = computed.match(/^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
  const srgb = computed.match(/^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
  throw new Error(`cannot read the computed colour "${computed}" of "${value}"`);
}

/** `top` painted over the opaque `bottom`. */
const over = (top: RGBA, bottom: RGBA): RGBA => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1) as RGBA;

const luminance = ([r, g, b]: RGBA) => {
  const linear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
};

/** WCAG 2 contrast ratio. */
function contrast(a: RGBA, b: RGBA) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The colours an element resolves from its private `--_*` properties (theme.styles.ts). */
function tokens(host: Element): Record<Colour, RGBA> {
  const style = getComputedStyle(host);
  const page: RGBA = [255, 255, 255, 1];
  const read = (c: Colour) => rgba(style.getPropertyValue(`--_${c}`).trim() || 'transparent');
  const surface = over(read('surface'), page);
  const out = { surface } as Record<Colour, RGBA>;
  for (const c of COLOURS) if (c !== 'surface') out[c] = over(read(c), surface);
  return out;
}

interface Result {
  pair: string;
  ratio: number;
  least: number;
  where: string;
}

/** Every pair, and the text colour over each tint the calendar mixes under text (bars, busy days of the year). */
function ratios(colours: Record<Colour, RGBA>, textLeast: number): Result[] {
  const results: Result[] = PAIRS.map(([fg, bg, kind, where]) => ({
    pair: `${fg} on ${bg}`,
    ratio: contrast(colours[fg], colours[bg]),
    least: kind === 'text' ? textLeast : 3,
    where,
  }));
  // The views that load on demand (year, list) are adopted later, so they are not in elementStyles: read them too.
  const calendarCss = [...IisgEventCalendar.elementStyles, yearStyles, listStyles].map((s) => ('cssText' in s ? s.cssText : '')).join('\n');
  const tints = new Set([...calendarCss.matchAll(/color-mix\(in srgb, var\(--_calendar-event\) (\d+)%, (?:var\(--_surface\)|transparent)\)/g)].map((m) => Number(m[1])));
  const css = (c: RGBA) => `rgb(${c[0]} ${c[1]} ${c[2]})`;
  for (const percent of tints) {
    const tint = over(rgba(`color-mix(in srgb, ${css(colours.accent)} ${percent}%, ${css(colours.surface)})`), colours.surface);
    results.push({ pair: `text on accent ${percent}% over surface`, ratio: contrast(colours.text, tint), least: textLeast, where: 'calendar bars and busy days of the year' });
  }
  return results;
}

const failures = (results: Result[]) => results.filter((r) => r.ratio < r.least).map((r) => `${r.pair}: ${r.ratio.toFixed(2)} < ${r.least} (${r.where})`);

async function useThemeFile(file?: string) {
  for (const link of document.querySelectorAll('link[data-theme-under-test]')) link.remove();
  if (!file) return;
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: themeUrl(file) });
  link.dataset.themeUnderTest = '';
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error(`cannot load ${file}`));
  });
  document.head.append(link);
  await loaded;
}

/** The four elements under one theme attribute; resolves once the card has drawn its event. */
async function mount(theme: 'light' | 'dark' | 'auto', style = '') {
  const wrap = await fixture<HTMLElement>(html`<div style=${style}>
    <iisg-event-card lang="en" theme=${theme} src="/demo/feed.json" event-id="rnnc-3" no-structured-data></iisg-event-card>
    <iisg-event-calendar lang="en" theme=${theme}></iisg-event-calendar>
    <iisg-event-timeline lang="en" theme=${theme}></iisg-event-timeline>
    <iisg-network-map lang="en" theme=${theme}></iisg-network-map>
  </div>`);
  const hosts = [...wrap.children] as LitElement[];
  await Promise.all(hosts.map((h) => h.updateComplete));
  const card = hosts[0];
  await waitUntil(() => card.shadowRoot!.querySelector('article'), 'card drawn', { timeout: 5000 });
  return { card, hosts };
}

const summary: string[] = [];

describe('contrast of the theme tokens', () => {
  after(async () => {
    await useThemeFile();
    await emulateMedia({ colorScheme: 'light' });
    console.log(`Weakest pairs per theme (ratio / least):\n${summary.join('\n')}`);
  });

  for (const theme of THEMES) {
    it(`passes WCAG ${theme.text === 7 ? 'AAA for text' : 'AA'} in the ${theme.name} theme`, async () => {
      await useThemeFile(theme.file);
      const { card, hosts } = await mount(theme.mode);
      const colours = tokens(card);

      // The same colours in every element, and in what the card draws.
      for (const host of hosts.slice(1)) expect(tokens(host), host.localName).to.deep.equal(colours);
      const article = card.shadowRoot!.querySelector('article')!;
      expect(rgba(getComputedStyle(article).backgroundColor), 'card background').to.deep.equal(colours.surface);
      expect(rgba(getComputedStyle(article).borderTopColor), 'card border').to.deep.equal(colours.border);
      expect(rgba(getComputedStyle(article).color), 'card text').to.deep.equal(colours.text);
      expect(rgba(getComputedStyle(article, '::before').backgroundColor), 'accent bar').to.deep.equal(colours.accent);

      const results = ratios(colours, theme.text);
      const weakest = [...results].sort((a, b) => a.ratio / a.least - b.ratio / b.least).slice(0, 3);
      summary.push(`  ${theme.name.padEnd(20)} ${weakest.map((r) => `${r.pair} ${r.ratio.toFixed(2)}/${r.least}`).join(', ')}`);
      expect(failures(results)).to.deep.equal([]);
    });
  }

  for (const file of [undefined, ...THEME_FILES]) {
    it(`applies every colour ${file ?? 'the defaults'} set${file ? 's' : ''}, and theme="auto" follows the system`, async () => {
      await useThemeFile(file);
      const expected: Record<Mode, Record<Colour, RGBA>> = { light: tokens((await mount('light')).card), dark: tokens((await mount('dark')).card) };
      if (file) {
        const declared = await themeDeclarations(file);
        expect(declared.length, `${file} declares tokens`).to.be.at.least(20);
        for (const [name, value] of declared) {
          const colour = name.match(/^--iisg-(dark-)?color-([\w-]+)$/);
          if (!colour) continue;
          const mode: Mode = colour[1] ? 'dark' : 'light';
          expect(expected[mode][colour[2] as Colour], `${name}: ${value}`).to.deep.equal(over(rgba(value), expected[mode].surface));
        }
      }
      for (const mode of ['light', 'dark'] as const) {
        await emulateMedia({ colorScheme: mode });
        expect(tokens((await mount('auto')).card), `auto with a ${mode} system`).to.deep.equal(expected[mode]);
      }
      await emulateMedia({ colorScheme: 'light' });
    });
  }

  it('fails a theme whose muted text is too light (the check can fail)', async () => {
    await useThemeFile();
    const { card } = await mount('light', '--iisg-color-text-muted: #9aa3ad; --iisg-color-border: #dde1e6');
    expect(failures(ratios(tokens(card), 4.5)).map((f) => f.split(':')[0])).to.have.members([
      'text-muted on surface',
      'text-muted on surface-alt',
      'border on surface',
    ]);
    expect(contrast([0, 0, 0, 1], [255, 255, 255, 1])).to.equal(21);
  });
});
