// The configurator's output: the HTML a web editor pastes into a page. Pure functions, no DOM, so the
// snippet test can build the same text the configurator shows.

export const WIDGET_TAGS = ['iisg-event-calendar', 'iisg-event-card', 'iisg-event-timeline', 'iisg-network-map'] as const;
export type WidgetTag = (typeof WIDGET_TAGS)[number];

/** Where the bundle lives until the site fills in its own server: the placeholder of the README and docs/cms-editors.md. */
export const CDN_SCRIPT = 'https://YOUR-SITE/iisg/iisg-widgets.min.js';

/**
 * `style-block`: a `<style>` element with the tokens (works under a CSP that allows inline styles by
 * nonce or hash, and is easy to move into the site's own stylesheet). `style-attribute`: the tokens on the
 * element itself (one paste, but a CSP without `'unsafe-inline'` for styles drops it).
 */
export type TokenPlacement = 'style-block' | 'style-attribute';

export interface SnippetConfig {
  tag: WidgetTag;
  /** Attribute name to value, in the order to write them: `true` writes a boolean attribute; `false`, `''` and `undefined` leave it out. */
  attributes: Record<string, string | number | boolean | undefined>;
  /** `--iisg-*` tokens to value. */
  tokens?: Record<string, string | undefined>;
  tokenPlacement?: TokenPlacement;
  /** URL of the drop-in bundle; {@link CDN_SCRIPT} by default. */
  scriptSrc?: string;
  /** Load only this element's bundle (`iisg-event-card.min.js`) instead of every element's. */
  singleElement?: boolean;
  /** A theme file of the folder (`regional-blue`): a `<link>` to `themes/regional-blue.css` beside the bundle. */
  themeFile?: string;
}

const TOKEN_NAME = /^--iisg-[a-z0-9-]+$/;

/** A token value that cannot close the declaration, the rule or the `<style>` element it is written into. */
export function cleanTokenValue(value: string): string {
  return value.replace(/[;{}<>\\\n\r]/g, '').trim();
}

/** The tokens worth writing: valid names, non-empty values, in a stable order. */
export function tokenEntries(tokens: SnippetConfig['tokens'] = {}): [string, string][] {
  return Object.entries(tokens)
    .filter(([name, value]) => TOKEN_NAME.test(name) && value !== undefined && cleanTokenValue(value) !== '')
    .map(([name, value]): [string, string] => [name, cleanTokenValue(value!)]);
}

/** The element's attributes as written: boolean ones with an empty value, empty ones left out, `style` last when tokens go there. */
export function snippetAttributes(config: SnippetConfig): [string, string][] {
  const out: [string, string][] = [];
  for (const [name, value] of Object.entries(config.attributes)) {
    if (value === undefined || value === false || value === '' || !/^[a-z][a-z0-9-]*$/.test(name)) continue;
    out.push([name, value === true ? '' : String(value)]);
  }
  const tokens = tokenEntries(config.tokens);
  if (config.tokenPlacement === 'style-attribute' && tokens.length > 0) {
    out.push(['style', tokens.map(([name, value]) => `${name}: ${value}`).join('; ')]);
  }
  return out;
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * What keeps the script address from working once pasted, if anything: the placeholder still in it, or an
 * address that is not whole (`iisg/iisg-widgets.min.js` would be looked for beside each page it is pasted into).
 * A path from the site's root (`/iisg/...`) is whole on that site.
 */
export function scriptAddressProblem(src: string): string {
  const address = src.trim();
  if (/YOUR-SITE/i.test(address)) return 'The script’s address is a placeholder: before pasting, put your site’s address in place of YOUR-SITE in the first line (or in step 6), or the widget shows nothing.';
  if (!/^(https?:)?\/\/[^/]+\/|^\/(?!\/)/i.test(address)) return 'The script’s address is not whole: type it in step 6 starting with https://, or the widget shows nothing.';
  return '';
}

/** The bundle's URL: the chosen one, with the file name swapped for the element's own bundle if asked. */
export function scriptUrl(config: SnippetConfig): string {
  const src = config.scriptSrc?.trim() || CDN_SCRIPT;
  return config.singleElement ? src.replace(/iisg-widgets\.min\.js(?=$|[?#])/, `${config.tag}.min.js`) : src;
}

/** The theme file's URL, in the `themes/` folder beside the bundle; undefined without one. */
export function themeUrl(config: SnippetConfig): string | undefined {
  if (!config.themeFile || !/^[a-z0-9-]+$/.test(config.themeFile)) return undefined;
  return (config.scriptSrc?.trim() || CDN_SCRIPT).replace(/[^/]*$/, `themes/${config.themeFile}.css`);
}

/** The `<style>` block for `style-block` placement, or `''`. */
export function styleBlock(config: SnippetConfig): string {
  const tokens = tokenEntries(config.tokens);
  if ((config.tokenPlacement ?? 'style-block') !== 'style-block' || tokens.length === 0) return '';
  return `<style>\n  ${config.tag} {\n${tokens.map(([name, value]) => `    ${name}: ${value};`).join('\n')}\n  }\n</style>`;
}

/**
 * The element's tag, on one line however long: Drupal's "Convert line breaks into HTML" filter (on in its
 * Restricted HTML format) puts `<br />` at every line break, inside a tag too, and `<iisg-event-calendar<br />`
 * is no element. (WordPress's wpautop keeps a tag's line breaks, and skips `<style>` and `<script>`, as Drupal does.)
 */
export function elementTag(config: SnippetConfig): string {
  const attributes = snippetAttributes(config).map(([name, value]) => (value === '' ? name : `${name}="${escapeAttribute(value)}"`));
  return `<${config.tag}${attributes.map((a) => ` ${a}`).join('')}></${config.tag}>`;
}

/** The whole snippet: the script tag, the theme file (if any), the tokens (if any), the element. */
export function buildSnippet(config: SnippetConfig): string {
  const theme = themeUrl(config);
  return [
    `<script type="module" src="${escapeAttribute(scriptUrl(config))}"></script>`,
    theme ? `<link rel="stylesheet" href="${escapeAttribute(theme)}">` : '',
    styleBlock(config),
    elementTag(config),
  ]
    .filter(Boolean)
    .join('\n');
}
