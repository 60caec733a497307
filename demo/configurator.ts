// The configurator: a web editor picks a widget and its options, sees it live, and copies the snippet.
// Each widget's options come from the custom-elements manifest (made by `npm run build`), so a new
// attribute shows up here without touching this file. Two pages start it: the dev server's
// (configurator-dev.ts) and the built folder's (configurator-static.ts, dist/configurator.html). Both may
// run under a strict CSP with Trusted Types: no HTML strings, no inline styles.
import '@iisg/widgets';
import { loadFeed, SUPPORTED_LANGUAGES } from '@iisg/widgets';
import { isTimeZone, pickText, type Feed } from '@iisg/feed';
import { buildSnippet, scriptAddressProblem, snippetAttributes, styleBlock, type SnippetConfig, type TokenPlacement, type WidgetTag } from './snippet.js';
import { controlsFromManifest, type ElementInfo, type Manifest } from './manifest-controls.js';
import { optionLabel } from './option-labels.js';

export type { Manifest };

/** Where a configurator page finds what it needs, and the addresses its snippets start with. */
export interface ConfiguratorSite {
  /** The custom-elements manifest, or its URL. */
  manifest: Manifest | string;
  /** The sample feed's address, as snippets write it. */
  sampleFeed: string;
  /** The script address a snippet starts with, and the one an emptied address field stands for. */
  script: string;
  /** The address the "use this server's files" button writes. */
  localScript: string;
  /**
   * The docs' placeholder address, for a page with no real address to give (the dev server's): offered by a
   * button, and said to need filling in. Left out where the page knows the address (the kit's own folder).
   */
  placeholderScript?: string;
  /** The folder of the theme files, for the preview (`.../themes/`). */
  themes: string;
}
const DEFAULT_ACCENT = '#0b4f8a';
const DEFAULT_DARK_ACCENT = '#8cc4ff';
const DEFAULT_RADIUS_PX = 8;

/** Starting values that show something with the sample feed (its events are from 2017 to 2019). */
const SAMPLE_PRESETS: Partial<Record<WidgetTag, Record<string, string>>> = {
  'iisg-event-calendar': { date: '2019-04', filters: 'network country' },
  'iisg-event-card': { 'event-id': 'rnnc-3' },
};

// ---- The page ----

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('#form');
const tagSelect = $<HTMLSelectElement>('#tag');
const optionsBox = $<HTMLDivElement>('#element-options');
const stage = $<HTMLDivElement>('#stage');
const snippetBox = $<HTMLTextAreaElement>('#snippet');
const feedStatus = $<HTMLParagraphElement>('#feed-status');
const feedUrl = $<HTMLInputElement>('#feed-url');
const scriptSrc = $<HTMLInputElement>('#script-src');

let site: ConfiguratorSite;
let elements: ElementInfo[] = [];
let feed: Feed | undefined;
/** Values the editor set, per widget, so switching widgets and back keeps them. */
const chosen = new Map<WidgetTag, Record<string, string | boolean>>();

const radio = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)!.value;
const current = () => elements.find((e) => e.tag === tagSelect.value) ?? elements[0];

function feedSource(): string {
  return radio('feed') === 'sample' ? site.sampleFeed : feedUrlProblem() ? '' : feedUrl.value.trim();
}

/**
 * What is wrong with the typed feed address, if anything: the snippet is pasted into other pages of the site,
 * where an address without its `https://` and host (`feed.json`, `www.rcc.int/events.json`) points elsewhere.
 */
function feedUrlProblem(): string {
  const typed = feedUrl.value.trim();
  if (!typed) return 'Type your feed’s address, starting with https://';
  let url: URL | undefined;
  try {
    url = new URL(typed);
  } catch {
    // Not an address on its own (`feed.json`, `www.rcc.int/events.json`).
  }
  const whole = url && /^https?:\/\//i.test(typed) && (url.hostname.includes('.') || url.hostname === 'localhost');
  return whole ? '' : 'Type the whole address, starting with https:// (for example https://www.example.org/events.json): the code goes on other pages of your site.';
}

/** Suggestions from the feed for attributes that take its ids. */
function feedSuggestions(name: string): [string, string][] {
  if (!feed) return [];
  const lang = $<HTMLSelectElement>('#lang').value || 'en';
  const text = (t: Parameters<typeof pickText>[0]) => pickText(t, lang, feed!.language);
  switch (name) {
    case 'event-id':
      return [...feed.events].sort((a, b) => b.start - a.start).map((e) => [e.id, text(e.title)]);
    case 'network':
    case 'networks':
      return [...feed.networks.values()].map((n) => [n.id, text(n.name)]);
    case 'series':
      return [...feed.series.values()].map((s) => [s.id, text(s.name)]);
    case 'organiser':
      return [...feed.organisations.values()].map((o) => [o.id, text(o.name)]);
    case 'country':
      return [...feed.countries.values()].map((c) => [c.code, text(c.name) || c.code]);
    case 'tag':
      return [...new Set(feed.events.flatMap((e) => e.tags))].sort().map((t) => [t, t]);
    default:
      return [];
  }
}

function valueOf(control: AttributeControl): string | boolean {
  const saved = chosen.get(current().tag)?.[control.name];
  if (saved !== undefined) return saved;
  const preset = radio('feed') === 'sample' ? SAMPLE_PRESETS[current().tag]?.[control.name] : undefined;
  if (preset !== undefined) return preset;
  return control.kind === 'boolean' ? control.defaultValue === 'true' : control.defaultValue;
}

function remember(name: string, value: string | boolean) {
  const tag = current().tag;
  chosen.set(tag, { ...chosen.get(tag), [name]: value });
}

/** An element with its properties and children: built, not parsed, as Trusted Types require. */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = Object.assign(document.createElement(tag), properties);
  element.append(...children);
  return element;
}
/** A manifest description's text and its `backticks` as code. */
const withCode = (text: string) => text.split(/`([^`]+)`/).map((part, i) => (i % 2 ? h('code', {}, part) : part));

/** One labelled control per attribute: checkbox, number, select, checkbox group or text with suggestions. */
function renderOptions() {
  const info = current();
  $('#tag-summary').replaceChildren(...withCode(info.summary));
  optionsBox.replaceChildren();
  for (const control of info.controls) {
    const id = `opt-${control.name}`;
    const value = valueOf(control);
    const wrap = h('div', { className: 'field' });
    const help = h('small', { className: 'hint', id: `${id}-hint` }, ...withCode(control.description));
    // The hint is said with its control, not only seen beside it.
    const described = <T extends HTMLElement>(el: T) => (el.setAttribute('aria-describedby', help.id), el);
    // The editor's words for the option, then the attribute the snippet writes: "Month shown first `date`".
    const words = optionLabel(info.tag, control.name);
    const code = () => (words ? h('span', { className: 'words' }, words, ' ', h('code', {}, control.name)) : h('code', {}, control.name));
    if (control.kind === 'boolean') {
      const box = h('input', { type: 'checkbox', id, checked: value === true });
      box.dataset.attr = control.name;
      wrap.append(h('label', { className: 'check' }, described(box), ' ', code()));
    } else if (control.kind === 'list') {
      const suggestions = feedSuggestions(control.name);
      const values = suggestions.length ? suggestions : control.values.map((v): [string, string] => [v, v]);
      const set = new Set(String(value).split(/\s+/).filter(Boolean));
      const group = h('fieldset', { className: 'group' }, h('legend', {}, code()));
      for (const [v, label] of values) {
        const box = h('input', { type: 'checkbox', value: v, checked: set.has(v) });
        box.dataset.list = control.name;
        group.append(h('label', { className: 'check' }, box, ` ${label}`));
      }
      wrap.append(described(group));
    } else if (control.kind === 'choice') {
      const select = h('select', { id });
      select.dataset.attr = control.name;
      const values = control.defaultValue && !control.values.includes(control.defaultValue) ? [control.defaultValue, ...control.values] : control.values;
      for (const v of values) select.add(new Option(v === control.defaultValue ? `${v} (default)` : v, v));
      select.value = String(value);
      wrap.append(h('label', { htmlFor: id }, code()), described(select));
    } else {
      const suggestions = feedSuggestions(control.name);
      const listId = `${id}-values`;
      const input = h('input', { id, spellcheck: false, placeholder: control.defaultValue });
      input.dataset.attr = control.name;
      if (control.kind === 'number') input.type = 'number';
      input.value = String(value === control.defaultValue ? '' : value);
      const datalist = h('datalist', { id: listId });
      for (const [v, label] of suggestions.length ? suggestions : control.values.map((v): [string, string] => [v, v])) datalist.append(new Option(label, v));
      if (datalist.options.length) input.setAttribute('list', listId);
      wrap.append(h('label', { htmlFor: id }, code()), described(input), datalist);
    }
    wrap.append(help);
    optionsBox.append(wrap);
  }
}

/** The configuration the form describes: what the snippet and the preview are both made from. */
export function currentConfig(): SnippetConfig {
  const info = current();
  const attributes: SnippetConfig['attributes'] = { src: feedSource() };
  for (const control of info.controls) {
    const value = valueOf(control);
    // Left out when it is the element's default: the snippet says only what differs.
    if (control.kind === 'boolean') attributes[control.name] = value === true && control.defaultValue !== 'true';
    else attributes[control.name] = String(value) === control.defaultValue ? undefined : String(value).trim();
  }
  const lang = $<HTMLSelectElement>('#lang').value;
  if (lang) attributes.lang = lang;
  const zoneMode = $<HTMLSelectElement>('#time-zone-mode').value;
  if (info.attributes.has('time-zone') && zoneMode !== 'event') {
    attributes['time-zone'] = zoneMode === 'local' ? 'local' : $<HTMLInputElement>('#time-zone').value.trim();
  }
  const theme = radio('theme');
  if (theme !== 'light') attributes.theme = theme;

  const accent = $<HTMLInputElement>('#accent').value;
  const darkAccent = $<HTMLInputElement>('#dark-accent').value;
  const fontChoice = $<HTMLSelectElement>('#font').value;
  const font = fontChoice === 'custom' ? $<HTMLInputElement>('#font-custom').value : fontChoice;
  const radius = Number($<HTMLInputElement>('#radius').value);
  return {
    tag: info.tag,
    attributes,
    tokens: {
      '--iisg-color-accent': accent.toLowerCase() !== DEFAULT_ACCENT && theme !== 'dark' ? accent : undefined,
      '--iisg-dark-color-accent': darkAccent.toLowerCase() !== DEFAULT_DARK_ACCENT && theme !== 'light' ? darkAccent : undefined,
      '--iisg-font-family': font || undefined,
      '--iisg-radius': radius !== DEFAULT_RADIUS_PX ? `${radius}px` : undefined,
    },
    tokenPlacement: radio('placement') as TokenPlacement,
    scriptSrc: scriptSrc.value.trim() || site.script,
    singleElement: $<HTMLInputElement>('#single-element').checked,
    themeFile: $<HTMLSelectElement>('#theme-file').value || undefined,
  };
}

/** The `<style>` block's rule in the preview: a constructed stylesheet, which a strict CSP allows where it blocks a `<style>` element. */
const previewSheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, previewSheet];

/** The theme file in the preview: a stylesheet link, as the snippet writes it (a strict CSP allows the site's own files). */
const previewTheme = Object.assign(document.createElement('link'), { rel: 'stylesheet' });

/** The preview is built from the same attributes and `<style>` block as the snippet, on a plain stage. */
function renderPreview(config: SnippetConfig) {
  if (config.themeFile) {
    const href = new URL(`${config.themeFile}.css`, new URL(site.themes, location.href)).href;
    if (previewTheme.href !== href) previewTheme.href = href;
    if (!previewTheme.isConnected) document.head.append(previewTheme);
  } else previewTheme.remove();
  const element = document.createElement(config.tag);
  for (const [name, value] of snippetAttributes(config)) element.setAttribute(name, value);
  previewSheet.replaceSync(styleBlock(config).replace(/^<style>\n?|\n?<\/style>$/g, ''));
  stage.replaceChildren(element);
  stage.dataset.theme = config.attributes.theme ? String(config.attributes.theme) : 'light';
  stage.style.maxWidth = $<HTMLSelectElement>('#stage-width').value;
}

let previewTimer: number | undefined;
let previewSource: SnippetConfig['attributes'][string];
let lastPreview = '';
function update({ now = false } = {}) {
  $('#feed-url-field').hidden = radio('feed') !== 'url';
  $('#time-zone-field').hidden = $<HTMLSelectElement>('#time-zone-mode').value !== 'fixed' || !current().attributes.has('time-zone');
  $('#time-zone-mode-field').hidden = !current().attributes.has('time-zone');
  const zone = $<HTMLInputElement>('#time-zone').value.trim();
  const zoneStatus = zone && !isTimeZone(zone) ? 'Not a time zone browsers know: pick one from the list (Europe/Belgrade, for example).' : '';
  // Written only when it changes: a status is said again each time it is written.
  if ($('#time-zone-status').textContent !== zoneStatus) $('#time-zone-status').textContent = zoneStatus;
  $('#font-custom-field').hidden = $<HTMLSelectElement>('#font').value !== 'custom';
  $('#dark-accent-field').hidden = radio('theme') === 'light';
  // A dark theme has no light colours: the accent would be left out of the code.
  $('#accent-field').hidden = radio('theme') === 'dark';
  $('#radius-value').textContent = `${$<HTMLInputElement>('#radius').value} px`;
  const config = currentConfig();
  snippetBox.value = buildSnippet(config);
  // Said beside Copy for as long as the snippet could not work once pasted: the preview works either way.
  const scriptProblem = scriptAddressProblem(config.scriptSrc ?? '');
  if ($('#script-warning').textContent !== scriptProblem) $('#script-warning').textContent = scriptProblem;
  $('#script-warning').hidden = !scriptProblem;
  // Typing a URL or a date should not reload the widget on every key.
  const key = JSON.stringify({ ...config, scriptSrc: '', singleElement: false }) + $<HTMLSelectElement>('#stage-width').value;
  if (key === lastPreview) return;
  lastPreview = key;
  clearTimeout(previewTimer);
  // A new feed address waits as long as its suggestions do: no request for an address still being typed.
  const wait = config.attributes.src !== previewSource ? 500 : 250;
  previewSource = config.attributes.src;
  if (now) renderPreview(config);
  else previewTimer = window.setTimeout(() => renderPreview(config), wait);
}

let suggestionsTimer: number | undefined;
/** The address last loaded (or asked about), so that the same one again (a trailing space) changes nothing. */
let shownSource: string | undefined;
/** The feed's ids for the options, once typing has stopped: one request for an address, not one per key. */
function feedChanged() {
  const problem = radio('feed') === 'url' && feedUrlProblem();
  if (feedSource() === shownSource && !problem) return;
  shownSource = feedSource();
  feed = undefined;
  feedStatus.textContent = problem || 'Loading the feed…';
  clearTimeout(suggestionsTimer);
  suggestionsTimer = window.setTimeout(() => void loadFeedSuggestions(), 500);
}

async function loadFeedSuggestions() {
  const src = feedSource();
  feed = undefined;
  if (!src) return renderOptions();
  try {
    // As the preview loads it (one request between them), so the page needs no parser of its own.
    feed = (await loadFeed(src)).feed;
  } catch {
    // The preview says what went wrong; the options only lose their suggestions (often CORS from this page).
  }
  if (src === feedSource()) renderOptions();
}

function fillStatic() {
  for (const info of elements) tagSelect.add(new Option(`<${info.tag}>`, info.tag));
  const langSelect = $<HTMLSelectElement>('#lang');
  langSelect.add(new Option('The page’s language (from <html lang>)', ''));
  for (const lang of SUPPORTED_LANGUAGES) {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
    langSelect.add(new Option(`${name} (${lang})`, lang));
  }
  const zones = $<HTMLDataListElement>('#time-zones');
  for (const zone of Intl.supportedValuesOf('timeZone')) zones.append(new Option(zone));
}

function wire() {
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('input', (e) => {
    const target = e.target as HTMLInputElement | HTMLSelectElement;
    if (target.dataset.attr) remember(target.dataset.attr, target instanceof HTMLInputElement && target.type === 'checkbox' ? target.checked : target.value || (target as HTMLInputElement).placeholder || '');
    if (target instanceof HTMLInputElement && target.dataset.list) {
      const name = target.dataset.list;
      const boxes = [...optionsBox.querySelectorAll<HTMLInputElement>(`input[data-list="${name}"]`)];
      remember(name, boxes.filter((b) => b.checked).map((b) => b.value).join(' '));
    }
    if (target === tagSelect) {
      renderOptions();
      const url = new URL(location.href);
      url.searchParams.set('element', tagSelect.value);
      history.replaceState(null, '', url);
    }
    if (target.name === 'feed' || target === feedUrl) feedChanged();
    if (target.id === 'lang') renderOptions();
    // A copy said before is of another snippet now.
    $('#copy-status').textContent = '';
    update({ now: target === tagSelect });
  });
  for (const button of form.querySelectorAll<HTMLButtonElement>('[data-reset]')) {
    button.addEventListener('click', () => {
      const input = $<HTMLInputElement>(`#${button.dataset.reset}`);
      input.value = button.dataset.reset === 'accent' ? DEFAULT_ACCENT : DEFAULT_DARK_ACCENT;
      update();
    });
  }
  $('#script-local').addEventListener('click', () => {
    scriptSrc.value = site.localScript;
    update();
  });
  $('#script-placeholder').hidden = !site.placeholderScript;
  $('#script-cdn').addEventListener('click', () => {
    scriptSrc.value = site.placeholderScript ?? site.script;
    update();
  });
  $('#stage-width').addEventListener('change', () => update({ now: true }));
  $('#copy').addEventListener('click', async () => {
    const status = $('#copy-status');
    // Emptied first: the same words again are said again.
    status.textContent = '';
    const { tag, attributes, scriptSrc: script = '' } = currentConfig();
    // A card, or a timeline around one event, with no event named shows "This event is not in the feed." once pasted.
    const needsEvent = (tag === 'iisg-event-card' || attributes.mode === 'cluster') && !attributes['event-id'];
    const scriptProblem = scriptAddressProblem(script);
    const incomplete =
      (radio('feed') === 'url' && feedUrlProblem() ? ' The feed’s address is not complete yet (step 2).' : '') +
      (needsEvent ? ' Pick the event to show (“event-id”, step 3): without it the widget shows none.' : '') +
      // Said in full just below, where it stays: here only that it is there.
      (scriptProblem ? ' The script’s address will not work yet: see the warning below.' : '');
    try {
      await navigator.clipboard.writeText(snippetBox.value);
      status.textContent = `Copied.${incomplete}`;
    } catch {
      snippetBox.select();
      status.textContent = `Selected: press Ctrl+C (⌘C on a Mac) to copy.${incomplete}`;
    }
  });
  stage.addEventListener('iisg-feed-load', (e) => {
    const { state, problems } = e.detail;
    // Another address typed since: its own load will say.
    if ((e.target as Element).getAttribute('src') !== feedSource()) return;
    feedStatus.textContent =
      state === 'ready'
        ? problems.length
          ? `Feed loaded, with ${problems.length} problem(s): see the browser console.`
          : 'Feed loaded.'
        : problems.length
          ? `This address does not give an events feed: ${problems[0].message}.`
          : 'The feed could not be loaded: check the address, and that the feed’s server allows other sites to read it (CORS).';
  });
}

async function readManifest(manifest: Manifest | string): Promise<Manifest> {
  if (typeof manifest !== 'string') return manifest;
  const response = await fetch(manifest);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as Manifest;
}

export async function startConfigurator(where: ConfiguratorSite) {
  site = where;
  scriptSrc.value = site.script;
  try {
    elements = controlsFromManifest(await readManifest(site.manifest));
    if (!elements.length) throw new Error('no widgets in the manifest');
  } catch (error) {
    const url = typeof site.manifest === 'string' ? site.manifest : 'custom-elements.json';
    optionsBox.replaceChildren(
      h('p', { className: 'error' }, 'The widgets’ manifest (', h('code', {}, url), ') could not be read: run ', h('code', {}, 'npm run build'), ` first. (${(error as Error).message})`),
    );
    return;
  }
  fillStatic();
  const wanted = new URLSearchParams(location.search).get('element');
  if (wanted && elements.some((e) => e.tag === wanted)) tagSelect.value = wanted;
  wire();
  renderOptions();
  update({ now: true });
  document.body.dataset.ready = '';
  await loadFeedSuggestions();
}

