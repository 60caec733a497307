// Material Web's token test (testing/tokens.ts), for our two layers: every `--iisg-*` token the docs list is
// used, and every token the styles use is documented. "The docs" are each element's `@cssproperty` JSDoc tags
// (what custom-elements.json is made from) and the token list in theme.styles.ts; "the styles" are what each
// element really adopts (its `elementStyles`, and the views' styles it adopts when it loads them), followed from `var(--_x)` to the `--iisg-*` token behind it.
import { expect } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import type { CSSResultOrNative, LitElement } from 'lit';
import '@iisg/widgets';
import { themeStyles } from '@iisg/widgets/shared/theme.styles.js';
import { listStyles } from '@iisg/widgets/event-calendar/list-view.js';
import { yearStyles } from '@iisg/widgets/event-calendar/year-view.js';
import { THEME_FILES, themeDeclarations } from './theme-files.js';

const SRC = '../../packages/widgets/src'; // readFile paths are relative to this test file

async function source(path: string): Promise<string> {
  const text = await readFile({ path: `${SRC}/${path}` });
  if (text === undefined) throw new Error(`cannot read ${SRC}/${path}`);
  return text;
}

const cssText = (style: CSSResultOrNative) =>
  style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText;

const all = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => m[1]);
const sorted = (names: Iterable<string>) => [...new Set(names)].sort();

/** `--_x: var(--iisg-x, default)` in theme.styles.ts: the private property, its token and the token's default. */
interface Mapping {
  light: string;
  dark?: string;
  lightDefault: string;
  darkDefault?: string;
}

function themeMappings(): Map<string, Mapping> {
  const text = themeStyles.cssText;
  const map = new Map<string, Mapping>();
  for (const [, priv, token, fallback] of text.matchAll(/(--_[\w-]+):\s*var\((--iisg-[\w-]+),\s*([^;]+)\);/g)) {
    const dark = token.startsWith('--iisg-dark-');
    const entry = map.get(priv) ?? { light: '', lightDefault: '' };
    if (dark) Object.assign(entry, { dark: token, darkDefault: fallback.trim() });
    else Object.assign(entry, { light: token, lightDefault: fallback.trim() });
    map.set(priv, entry);
  }
  return map;
}

interface Documented {
  name: string;
  fallback?: string;
}

/** The `@cssproperty` tags of the JSDoc block that names `tag`. */
function cssProperties(classSource: string, tag: string): Documented[] {
  const block = [...classSource.matchAll(/\/\*\*[\s\S]*?\*\//g)].map((m) => m[0]).find((c) => c.includes(`@tagname ${tag}`));
  if (!block) throw new Error(`no JSDoc block with @tagname ${tag}`);
  return [...block.matchAll(/@cssproperty\s+(?:\[(--[\w-]+)(?:=([^\]]*))?\]|(--[\w-]+))/g)].map((m) => ({
    name: m[1] ?? m[3],
    fallback: m[2]?.trim(),
  }));
}

interface Element {
  tag: string;
  folder: string;
  styles: string;
  documented: Documented[];
}

const LATER: Record<string, CSSResultOrNative[]> = { 'iisg-event-calendar': [listStyles, yearStyles] };

/** Every element `@iisg/widgets` registers (index.ts imports each folder's define.js). */
async function elements(): Promise<Element[]> {
  const folders = all(await source('index.ts'), /import '\.\/([\w-]+)\/define\.js'/g);
  return Promise.all(
    folders.map(async (folder) => {
      const [tag] = all(await source(`${folder}/define.ts`), /defineElement\('([\w-]+)'/g);
      const element = customElements.get(tag) as unknown as typeof LitElement;
      // With the styles it adopts later, with the code that draws them (the calendar's list and year views).
      const styles = [...element.elementStyles, ...(LATER[tag] ?? [])].map(cssText).join('\n');
      return { tag, folder, styles, documented: cssProperties(await source(`${folder}/${folder}.ts`), tag) };
    }),
  );
}

/** The `--iisg-*` tokens an element's styles reach: each `var(--_x)` it reads, through theme.styles.ts. */
function usedTokens(styles: string, mappings: Map<string, Mapping>) {
  const privates = sorted(all(styles, /var\((--_[\w-]+)/g));
  // An element's own private property, set in its styles (`--_map-sea: var(--iisg-map-sea, ...)`, `--_card-border:
  // var(--_border)`): the tokens it reads are read there, and counted there.
  const own = (p: string) => new RegExp(`${p}:`).test(styles);
  const unmapped = privates.filter((p) => !mappings.has(p) && !own(p));
  // A colour's dark token is read wherever its light one is: theme="dark" and "auto" swap them on :host.
  const tokens = privates.flatMap((p) => {
    const m = mappings.get(p);
    return m ? [m.light, ...(m.dark ? [m.dark] : [])] : [];
  });
  return { unmapped, tokens: sorted(tokens) };
}

/** Tokens an element's stylesheet reads but the element never draws, each with why: not documented for it. */
// The map's --iisg-color-danger was one (the popover's status colours) until the shared error message drew it.
const NOT_DRAWN: Record<string, Record<string, string>> = {};

describe('theme tokens', () => {
  let list: Element[];
  let mappings: Map<string, Mapping>;
  let themeDocs: string[];

  before(async () => {
    list = await elements();
    mappings = themeMappings();
    const theme = await source('shared/theme.styles.ts');
    themeDocs = sorted(all(theme.match(/\/\*\*[\s\S]*?\*\//)![0], /(--iisg-[\w-]+)/g));
  });

  it('finds what it checks (four elements, the tokens, the docs)', () => {
    expect(list.map((e) => e.tag)).to.include.members(['iisg-event-card', 'iisg-event-calendar', 'iisg-event-timeline', 'iisg-network-map']);
    expect(mappings.size).to.be.at.least(14);
    expect(themeDocs.length).to.be.at.least(24);
    for (const e of list) expect(e.documented.length, e.tag).to.be.at.least(5);
  });

  it('documents in theme.styles.ts exactly the tokens the styles read', () => {
    // An element's own documented properties (`--iisg-map-sea`) are not theme tokens.
    const own = new Set(list.flatMap((e) => e.documented.map((d) => d.name)).filter((n) => n.startsWith('--iisg-map-')));
    const read = sorted(list.flatMap((e) => all(e.styles, /var\((--iisg-[\w-]+)/g)).filter((t) => !own.has(t)));
    expect(read.filter((t) => !themeDocs.includes(t)), 'read in a var() but not in the list').to.deep.equal([]);
    expect(themeDocs.filter((t) => !read.includes(t)), 'in the list but read by no style').to.deep.equal([]);
  });

  it('gives every light token a dark token beside it, and every colour token a dark one', () => {
    for (const [priv, { light, dark }] of mappings) {
      if (light.startsWith('--iisg-color-')) expect(dark, `${priv} (${light})`).to.equal(light.replace('--iisg-', '--iisg-dark-'));
      else expect(dark, `${priv} (${light}) has no dark variant`).to.equal(undefined);
    }
  });

  it("lists in each element's @cssproperty tags exactly the tokens its styles use", () => {
    const problems: string[] = [];
    for (const e of list) {
      const { tokens: read, unmapped } = usedTokens(e.styles, mappings);
      const exempt = Object.keys(NOT_DRAWN[e.tag] ?? {});
      const stale = exempt.filter((t) => !read.includes(t));
      if (stale.length) problems.push(`${e.tag}: NOT_DRAWN lists ${stale.join(', ')}, which its styles no longer read`);
      const tokens = read.filter((t) => !exempt.includes(t));
      const documented = sorted(e.documented.map((d) => d.name).filter((n) => n.startsWith('--iisg-') && !n.startsWith('--iisg-map-')));
      const undocumented = tokens.filter((t) => !documented.includes(t));
      const unused = documented.filter((t) => !tokens.includes(t));
      if (unmapped.length) problems.push(`${e.tag}: reads ${unmapped.join(', ')}, which no token sets`);
      if (undocumented.length) problems.push(`${e.tag}: uses but does not document ${undocumented.join(', ')}`);
      if (unused.length) problems.push(`${e.tag}: documents but does not use ${unused.join(', ')}`);
    }
    expect(problems).to.deep.equal([]);
  });

  it("documents each token's real default", () => {
    const defaults = new Map([...mappings.values()].flatMap((m) => [[m.light, m.lightDefault], ...(m.dark ? [[m.dark, m.darkDefault ?? '']] : [])] as [string, string][]));
    const problems: string[] = [];
    for (const e of list) {
      for (const { name, fallback } of e.documented) {
        if (!name.startsWith('--iisg-') || name.startsWith('--iisg-map-') || fallback === undefined) continue;
        const real = defaults.get(name);
        // A font stack is documented by its first family.
        if (real === undefined || !real.toLowerCase().startsWith(fallback.toLowerCase())) problems.push(`${e.tag}: ${name} documented as ${fallback}, is ${real}`);
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it("declares or reads on :host every element property the element documents (--iisg-map-sea, ...)", () => {
    const problems: string[] = [];
    for (const e of list) {
      for (const { name } of e.documented) {
        // Set on :host, or read there with a default (`--_map-sea: var(--iisg-map-sea, ...)`) so the page may set it higher up.
        const own = !name.startsWith('--iisg-') || name.startsWith('--iisg-map-');
        if (own && !new RegExp(`${name}\\s*:|var\\(${name},`).test(e.styles)) problems.push(`${e.tag}: ${name} is documented but never set`);
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('sets in the theme files (packages/widgets/themes/) only documented tokens', async () => {
    const problems: string[] = [];
    for (const file of THEME_FILES) {
      for (const [name] of await themeDeclarations(file)) if (!themeDocs.includes(name)) problems.push(`${file}: ${name}`);
    }
    expect(problems).to.deep.equal([]);
  });
});
