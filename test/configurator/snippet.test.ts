import { expect, waitUntil } from '@open-wc/testing';
import { buildSnippet, CDN_SCRIPT, scriptAddressProblem, snippetAttributes, type SnippetConfig, type WidgetTag } from '../../demo/snippet.js';

/**
 * The configurator's promise: the code it shows, pasted into a blank page, renders what its preview shows.
 * The preview runs the elements from source; the pasted page loads the built `dist/iisg-widgets.min.js`.
 */

const BUNDLE = '/dist/iisg-widgets.min.js';
const WIDGETS = 'iisg-event-calendar, iisg-event-card, iisg-event-timeline, iisg-network-map';

function mount(frame: HTMLIFrameElement, width: number, height = 700) {
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.style.border = '0';
  document.body.append(frame);
  return frame;
}

/** A blank page holding the snippet, as a CMS page would: nothing but the pasted HTML. */
function blankPage(snippet: string, width: number, { csp = '' } = {}) {
  const frame = document.createElement('iframe');
  const policy = csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : '';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${policy}</head><body style="margin:0">\n${snippet}\n</body></html>`;
  return mount(frame, width);
}

/** What a person reads in the widget: its shadow root's text, styles left out. */
function renderedText(el: Element | null | undefined) {
  const root = el?.shadowRoot;
  if (!root) return '';
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('style')) continue;
    text += ` ${node.textContent}`;
  }
  return text.replace(/\s+/g, ' ').trim();
}

const attributesOf = (el: Element) => el.getAttributeNames().sort().map((name) => [name, el.getAttribute(name)]);
const tokenOf = (el: Element, name: string) => el.ownerDocument.defaultView!.getComputedStyle(el).getPropertyValue(name).trim();
const loaded = (el: Element | null | undefined) => {
  const text = renderedText(el);
  return text.length > 20 && !/loading/i.test(text);
};

async function openConfigurator(tag: WidgetTag) {
  const frame = mount(document.createElement('iframe'), 1280, 900);
  frame.src = `/demo/configurator.html?element=${tag}`;
  await waitUntil(() => frame.contentDocument?.body?.hasAttribute('data-ready'), 'the configurator read the manifest', { timeout: 20_000 });
  const doc = frame.contentDocument!;
  const preview = () => doc.querySelector(`#stage > :is(${WIDGETS})`);
  await waitUntil(() => loaded(preview()), 'the preview rendered', { timeout: 15_000 });
  return {
    frame,
    doc,
    preview,
    /** Set a control as a person would: a value, then the `input` event the page listens to. */
    set(selector: string, value: string) {
      const control = doc.querySelector<HTMLInputElement | HTMLSelectElement>(selector);
      expect(control, selector).to.exist;
      control!.value = value;
      control!.dispatchEvent(new Event('input', { bubbles: true }));
    },
    click(selector: string) {
      const control = doc.querySelector<HTMLElement>(selector);
      expect(control, selector).to.exist;
      control!.click();
    },
    snippet: () => doc.querySelector<HTMLTextAreaElement>('#snippet')!.value,
  };
}

type Configurator = Awaited<ReturnType<typeof openConfigurator>>;

interface Scenario {
  tag: WidgetTag;
  choose: (c: Configurator) => void;
  /** An attribute of the preview that shows the choices reached it. */
  expect: [string, string];
  tokens: string[];
}

const scenarios: Scenario[] = [
  {
    tag: 'iisg-event-calendar',
    choose: (c) => {
      c.set('#opt-view', 'year');
      c.set('#lang', 'sq');
      c.set('#accent', '#7a1f5c');
      c.click('input[name="placement"][value="style-attribute"]');
    },
    expect: ['lang', 'sq'],
    tokens: ['--iisg-color-accent'],
  },
  {
    tag: 'iisg-event-card',
    choose: (c) => {
      c.click('input[name="theme"][value="dark"]');
      c.set('#dark-accent', '#ffd479');
      c.set('#opt-layout', 'compact');
      c.set('#time-zone-mode', 'local');
    },
    expect: ['layout', 'compact'],
    tokens: ['--iisg-dark-color-accent'],
  },
  {
    tag: 'iisg-event-timeline',
    choose: (c) => {
      c.set('#opt-mode', 'series');
      c.set('#font', "Georgia, 'Times New Roman', serif");
      c.set('#radius', '2');
    },
    expect: ['mode', 'series'],
    tokens: ['--iisg-font-family', '--iisg-radius'],
  },
  {
    tag: 'iisg-network-map',
    choose: (c) => {
      c.set('#opt-view', 'list');
      c.set('#lang', 'de');
      c.click('input[name="theme"][value="auto"]');
    },
    expect: ['view', 'list'],
    tokens: [],
  },
];

describe('configurator snippets, pasted into a blank page', function () {
  // The configurator and the built bundle load in frames on a 2-core machine.
  this.timeout(60_000);
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  for (const scenario of scenarios) {
    it(`render the same <${scenario.tag}> as the preview`, async () => {
      const configurator = await openConfigurator(scenario.tag);
      frames.push(configurator.frame);
      configurator.click('#script-local');
      scenario.choose(configurator);
      const [name, value] = scenario.expect;
      await waitUntil(() => configurator.preview()?.getAttribute(name) === value && loaded(configurator.preview()), 'the preview took the choices', { timeout: 15_000 });
      const preview = configurator.preview()!;

      const snippet = configurator.snippet();
      expect(snippet).to.contain(`<script type="module" src="${BUNDLE}"></script>`);
      expect(snippet).to.contain(`<${scenario.tag}`);

      const page = blankPage(snippet, Math.round(preview.getBoundingClientRect().width));
      frames.push(page);
      await waitUntil(() => page.contentWindow?.customElements.get(scenario.tag), 'the bundle defined the element', { timeout: 25_000 });
      const pasted = () => page.contentDocument!.querySelector(scenario.tag)!;
      await waitUntil(() => loaded(pasted()) && renderedText(pasted()) === renderedText(preview), 'the pasted widget shows what the preview shows', { timeout: 20_000 }).catch(() => {});

      expect(pasted().localName).to.equal(preview.localName);
      expect(attributesOf(pasted())).to.deep.equal(attributesOf(preview));
      expect(renderedText(pasted())).to.equal(renderedText(preview));
      for (const token of scenario.tokens) {
        expect(tokenOf(preview, token), `${token} in the preview`).to.not.equal('');
        expect(tokenOf(pasted(), token), token).to.equal(tokenOf(preview, token));
      }
    });
  }
});

describe('the script address in the configurator', function () {
  this.timeout(60_000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('says beside Copy that the placeholder must be filled in, until the address is a real one', async () => {
    const configurator = await openConfigurator('iisg-event-card');
    frame = configurator.frame;
    const warning = configurator.doc.querySelector<HTMLElement>('#script-warning')!;
    const copy = configurator.doc.querySelector('#copy')!;
    expect(configurator.snippet()).to.contain(`src="${CDN_SCRIPT}"`);
    expect(warning.hidden).to.equal(false);
    expect(warning.textContent).to.contain('YOUR-SITE');
    expect(copy.getAttribute('aria-describedby')).to.equal(warning.id);

    configurator.click('#script-local');
    expect(warning.hidden).to.equal(true);
    expect(warning.textContent).to.equal('');

    configurator.set('#script-src', 'iisg/iisg-widgets.min.js');
    expect(warning.hidden, 'an address relative to each page it is pasted into').to.equal(false);

    // The dev server has no address of its own to give: an emptied field stands for the placeholder, said as such.
    configurator.set('#script-src', '');
    expect(configurator.snippet()).to.contain(`src="${CDN_SCRIPT}"`);
    expect(warning.hidden).to.equal(false);

    expect(configurator.doc.querySelector<HTMLElement>('#script-placeholder')!.hidden).to.equal(false);
    configurator.click('#script-cdn');
    expect(configurator.doc.querySelector<HTMLInputElement>('#script-src')!.value).to.equal(CDN_SCRIPT);
  });
});

describe('scriptAddressProblem', () => {
  it('finds the placeholder and addresses that depend on the page they are pasted into', () => {
    expect(scriptAddressProblem(CDN_SCRIPT)).to.contain('placeholder');
    expect(scriptAddressProblem('https://your-site/iisg/iisg-widgets.min.js')).to.contain('placeholder');
    for (const partial of ['', 'iisg-widgets.min.js', 'iisg/iisg-widgets.min.js', 'www.rcc.int/iisg/iisg-widgets.min.js', 'https://']) {
      expect(scriptAddressProblem(partial), partial).to.contain('not whole');
    }
  });

  it('accepts whole addresses and paths from the site’s root', () => {
    for (const whole of ['https://www.rcc.int/iisg/iisg-widgets.min.js', 'http://localhost:8000/dist/iisg-widgets.min.js', '/dist/iisg-widgets.min.js', '//cdn.example.org/iisg/iisg-widgets.min.js']) {
      expect(scriptAddressProblem(whole), whole).to.equal('');
    }
  });
});

describe('buildSnippet', () => {
  const base: SnippetConfig = { tag: 'iisg-event-card', attributes: { src: '/demo/feed.json', 'event-id': 'rnnc-3' }, scriptSrc: BUNDLE };

  it('writes the script, then the element with its attributes', () => {
    expect(buildSnippet(base)).to.equal(
      `<script type="module" src="${BUNDLE}"></script>\n<iisg-event-card src="/demo/feed.json" event-id="rnnc-3"></iisg-event-card>`,
    );
  });

  it('writes boolean attributes bare and leaves out empty and false ones', () => {
    const snippet = buildSnippet({ ...base, attributes: { ...base.attributes, 'no-add-to-calendar': true, 'no-structured-data': false, layout: '' } });
    expect(snippet).to.contain('event-id="rnnc-3" no-add-to-calendar></iisg-event-card>');
    expect(snippet).to.not.contain('no-structured-data');
    expect(snippet).to.not.contain('layout');
  });

  it('escapes attribute values so that the element parses back to the same attributes', () => {
    const config: SnippetConfig = { ...base, attributes: { src: '/feed.json?a=1&b="2"<x>', 'event-id': "it's" } };
    const el = new DOMParser().parseFromString(buildSnippet(config), 'text/html').querySelector('iisg-event-card')!;
    expect(attributesOf(el)).to.deep.equal(
      snippetAttributes(config)
        .map(([n, v]) => [n, v])
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  });

  it('keeps a token value from closing the rule or the style element', () => {
    const snippet = buildSnippet({ ...base, tokens: { '--iisg-color-accent': 'red; } </style><script>alert(1)</script>', 'color': 'blue' } });
    const doc = new DOMParser().parseFromString(snippet, 'text/html');
    expect(doc.querySelectorAll('script')).to.have.length(1);
    expect(doc.querySelectorAll('style')).to.have.length(1);
    expect(snippet).to.not.contain('color: blue');
  });

  it("keeps the element whole through Drupal's \"Convert line breaks into HTML\", which writes <br /> at every line break, in tags too", () => {
    // Drupal's FilterAutoP: `<br />` at each line break outside <pre>, <script>, <style>, <object> and <iframe>.
    const autoP = (html: string) =>
      html
        .split(/(<(script|style|pre|object|iframe)\b[\s\S]*?<\/\2>)/i)
        .map((chunk, i) => (i % 3 === 0 ? chunk.replace(/(?<!<br \/>)\s*\n/g, '<br />\n') : i % 3 === 1 ? chunk : ''))
        .join('');
    const config: SnippetConfig = {
      tag: 'iisg-event-calendar',
      attributes: { src: 'https://www.rcc.int/iisg/events.json', date: '2019-04', filters: 'network country', 'time-zone': 'Europe/Belgrade', 'week-numbers': true, label: 'RCC events' },
      tokens: { '--iisg-color-accent': '#7a1f5c', '--iisg-radius': '2px' },
      scriptSrc: 'https://www.rcc.int/iisg/iisg-widgets.min.js',
    };
    for (const tokenPlacement of ['style-block', 'style-attribute'] as const) {
      const doc = new DOMParser().parseFromString(autoP(buildSnippet({ ...config, tokenPlacement })), 'text/html');
      const el = doc.querySelector('iisg-event-calendar');
      expect(el, tokenPlacement).to.exist;
      expect(attributesOf(el!), tokenPlacement).to.deep.equal(snippetAttributes({ ...config, tokenPlacement }).sort(([a], [b]) => a.localeCompare(b)));
    }
  });

  it('puts the tokens in a <style> block by default, or in a style attribute', () => {
    const tokens = { '--iisg-color-accent': '#7a1f5c', '--iisg-radius': '2px' };
    expect(buildSnippet({ ...base, tokens })).to.contain('<style>\n  iisg-event-card {\n    --iisg-color-accent: #7a1f5c;\n    --iisg-radius: 2px;\n  }\n</style>');
    expect(buildSnippet({ ...base, tokens, tokenPlacement: 'style-attribute' })).to.match(/ style="--iisg-color-accent: #7a1f5c; --iisg-radius: 2px"><\/iisg-event-card>$/);
  });

  it('links a theme file from the themes folder beside the bundle, before the tokens that override it', () => {
    const snippet = buildSnippet({ ...base, scriptSrc: 'https://www.rcc.int/iisg/iisg-widgets.min.js', themeFile: 'regional-blue', tokens: { '--iisg-radius': '2px' } });
    expect(snippet.split('\n').slice(0, 3)).to.deep.equal([
      '<script type="module" src="https://www.rcc.int/iisg/iisg-widgets.min.js"></script>',
      '<link rel="stylesheet" href="https://www.rcc.int/iisg/themes/regional-blue.css">',
      '<style>',
    ]);
    expect(buildSnippet({ ...base, singleElement: true, themeFile: 'high-contrast' })).to.contain('<link rel="stylesheet" href="/dist/themes/high-contrast.css">');
    expect(buildSnippet({ ...base, themeFile: '../x' }), 'only a theme file name').to.not.contain('<link');
    expect(buildSnippet(base)).to.not.contain('<link');
  });

  it("names the element's own bundle when asked", () => {
    expect(buildSnippet({ ...base, singleElement: true })).to.contain('src="/dist/iisg-event-card.min.js"');
    expect(buildSnippet({ ...base, scriptSrc: undefined })).to.contain('src="https://YOUR-SITE/iisg/iisg-widgets.min.js"');
  });
});

describe('tokens on a page with a Content-Security-Policy', function () {
  this.timeout(40_000);
  // What the docs say: a nonce admits a <style> block but never a style attribute.
  const csp = "default-src 'self'; script-src 'self'; style-src 'self' 'nonce-cms123'";
  const config = (tokenPlacement: SnippetConfig['tokenPlacement']): SnippetConfig => ({
    tag: 'iisg-event-card',
    attributes: { src: '/demo/feed.json', 'event-id': 'rnnc-3' },
    tokens: { '--iisg-color-accent': '#7a1f5c' },
    tokenPlacement,
    scriptSrc: BUNDLE,
  });
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  async function accentOn(snippet: string) {
    frame = blankPage(snippet, 600, { csp });
    await waitUntil(() => loaded(frame!.contentDocument?.querySelector('iisg-event-card')), 'the card rendered under the policy', { timeout: 25_000 });
    return tokenOf(frame.contentDocument!.querySelector('iisg-event-card')!, '--iisg-color-accent');
  }

  it('drops the style attribute, and the widget still renders with its default colours', async () => {
    expect(await accentOn(buildSnippet(config('style-attribute')))).to.equal('');
  });

  it('keeps a <style> block that carries the page nonce', async () => {
    const snippet = buildSnippet(config('style-block')).replace('<style>', '<style nonce="cms123">');
    expect(await accentOn(snippet)).to.equal('#7a1f5c');
  });
});
