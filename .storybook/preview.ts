import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { useEffect } from 'storybook/preview-api';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import * as widgets from '@iisg/widgets'; // registers every element

// The custom elements manifest, made by `npm run build` (or `npm run analyze`). A glob, so that Storybook
// still starts without it: the docs pages then lack the attribute, part and slot tables.
const manifests = import.meta.glob('../packages/widgets/custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0] as Manifest | undefined;
if (manifest) setCustomElementsManifest(forStorybook(manifest));
else console.warn('packages/widgets/custom-elements.json is missing: run `npm run build` for the docs tables.');

interface Declaration {
  name: string;
  customElement?: boolean;
  tagName?: string;
  members?: { kind: string; privacy?: string; static?: boolean }[];
  cssParts?: { name: string }[];
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

/**
 * The analyzer cannot see tag names registered through `defineElement(tag, Class)`, and Storybook finds
 * a component by `tagName`: take each class's tag from the registry. Private members are left out. Parts
 * are named as a page's CSS writes them, `::part(filters)`: Storybook keys its table rows by name, and a
 * part named as an attribute (the calendar's `filters`, the timeline's `gap`) took the attribute's row and
 * its control.
 */
function forStorybook(source: Manifest): Manifest {
  const copy = structuredClone(source);
  const exported = widgets as unknown as Record<string, unknown>;
  for (const module of copy.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement) continue;
      const cls = exported[declaration.name];
      declaration.tagName ??= (typeof cls === 'function' && customElements.getName?.(cls as CustomElementConstructor)) || kebab(declaration.name);
      declaration.members = declaration.members?.filter((m) => !m.privacy || m.privacy === 'public');
      for (const part of declaration.cssParts ?? []) part.name = `::part(${part.name})`;
    }
  }
  return copy;
}

function kebab(name: string) {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

const LANGUAGES: [string, string][] = [
  ['en', 'English'],
  ['sq', 'Shqip'],
  ['sr-Latn', 'Srpski (latinica)'],
  ['sr-Cyrl', 'Српски (ћирилица)'],
  ['bs', 'Bosanski'],
  ['hr', 'Hrvatski'],
  ['mk', 'Македонски'],
  ['sl', 'Slovenščina'],
  ['de', 'Deutsch'],
  ['fr', 'Français'],
];

/**
 * Language: the story sits in `<div lang=...>`, as on a partner's page; a card's own `lang` still wins.
 * The elements only watch `<html lang>` and their own `lang`, so a new language re-creates the story.
 */
const withLanguage: Decorator = (story, { globals }) => {
  const lang = (globals.lang as string) || 'en';
  return html`${keyed(lang, html`<div lang=${lang}>${story()}</div>`)}`;
};

/**
 * Theme: when chosen in the toolbar it is set as the `theme` attribute of every `iisg-*` element of the
 * story, over the story's own; "story's own" puts the story's values back.
 */
const withTheme: Decorator = (story, { globals, canvasElement }) => {
  const theme = (globals.theme as string) || '';
  useEffect(() => {
    const root: ParentNode = canvasElement ?? document;
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      if (!el.localName.startsWith('iisg-')) continue;
      if (!el.hasAttribute('data-story-theme')) el.setAttribute('data-story-theme', el.getAttribute('theme') ?? '');
      const own = el.getAttribute('data-story-theme')!;
      const wanted = theme || own;
      if (wanted) el.setAttribute('theme', wanted);
      else el.removeAttribute('theme');
    }
  });
  return story();
};

/**
 * Controls for what the manifest lists beyond attributes: the --iisg-* tokens get colour or text
 * controls (stories apply them as inline custom properties); parts and events are documented only.
 */
const tidyArgTypes: NonNullable<Preview['argTypesEnhancers']>[number] = ({ argTypes }) => {
  const result = { ...argTypes };
  for (const [name, argType] of Object.entries(result)) {
    const category = argType.table?.category;
    // Enhancers see controls already normalised to objects: { type, disable }.
    if (category === 'css custom properties') result[name] = { ...argType, control: { type: name.includes('-color-') ? 'color' : 'text' } };
    else if (category === 'css shadow parts' || category === 'events') result[name] = { ...argType, control: { type: 'object', disable: true } };
  }
  return result;
};

const preview: Preview = {
  decorators: [withTheme, withLanguage],
  argTypesEnhancers: [tidyArgTypes],
  globalTypes: {
    lang: {
      description: 'Language of the page around the widget',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LANGUAGES.map(([value, title]) => ({ value, title: `${value}: ${title}`, right: value })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'theme attribute of every widget in the story',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: '', title: "Story's own" },
          { value: 'light', title: 'light' },
          { value: 'dark', title: 'dark' },
          { value: 'auto', title: 'auto (system setting)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', theme: '' },
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
  },
  tags: ['autodocs'],
};

export default preview;
