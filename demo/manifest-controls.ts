// The configurator's options, read from the custom-elements manifest: one control per attribute of each
// widget, its kind, default and values taken from the attribute's type and JSDoc. An attribute's JSDoc says
// first, in a paragraph of its own, what a web editor needs (what it does on the page, what to type); notes for
// developers follow after a blank line, for the README's tables, and are not shown here. No DOM: testable alone
// (test/configurator/manifest-controls.test.ts).
import { WIDGET_TAGS, type WidgetTag } from './snippet.js';

/** Attributes with a section of their own rather than a control among the widget's options. */
const OWN_SECTION = new Set(['src', 'theme', 'time-zone']);

interface ManifestAttribute {
  name: string;
  type?: { text: string };
  default?: string;
  description?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: ManifestAttribute[];
}
export interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

export type ControlKind = 'boolean' | 'number' | 'choice' | 'list' | 'text';
export interface AttributeControl {
  name: string;
  kind: ControlKind;
  /** The element's own default, as it would be written in the attribute. */
  defaultValue: string;
  description: string;
  /** Values of a choice or a list; suggestions of a text. */
  values: string[];
}

export interface ElementInfo {
  tag: WidgetTag;
  summary: string;
  /** Every attribute, those with a section of their own included. */
  attributes: Set<string>;
  controls: AttributeControl[];
}

/** The words for a web editor: a description's first paragraph, on one line. */
export const forEditors = (description = '') => description.split(/\n\s*\n/)[0].replace(/\s+/g, ' ').trim();

const unquote = (text: string) => text.trim().replace(/^'(.*)'$/, '$1').replace(/^(\d[\d_]*)$/, (n) => n.replace(/_/g, ''));
const literalUnion = (type: string) => (/^('[^']*'\s*\|\s*)+'[^']*'$/.test(type.trim()) ? [...type.matchAll(/'([^']*)'/g)].map((m) => m[1]) : undefined);
/** Values named in a text: its `backticked` words outside parentheses, which explain them, each once. */
const namedIn = (text: string) => [
  ...new Set([...text.replace(/\([^)]*\)/g, '').matchAll(/`([^`]+)`/g)].flatMap((m) => m[1].split(/\s+/)).filter((v) => /^[a-z0-9-]+$/.test(v))),
];
/**
 * A choice's values: a description lists them first ("`month`, `list` or `year`: the view ..."), and may name
 * other things after (an attribute, an event), so those of its first clause where it names two or more.
 */
const namedValues = (description: string) => {
  const first = namedIn(description.replace(/\([^)]*\)/g, '').split(/[:.]\s/)[0]);
  return first.length > 1 ? first : namedIn(description);
};

/** A calendar's `id`, offered beside `sync-url`, whose description tells two calendars on one page to have one each. */
const ID_CONTROL: AttributeControl = {
  name: 'id',
  kind: 'text',
  defaultValue: '',
  description: 'The calendar’s own name on the page, one word (`events`, `archive`): its choices are kept in the page’s address under this name. Needed only when two calendars on one page keep theirs there.',
  values: [],
};

export function controlsFromManifest(manifest: Manifest): ElementInfo[] {
  const out: ElementInfo[] = [];
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  // Aliased types (`CalendarView`) take the values another attribute of that type names (`view`).
  const valuesOfType = new Map<string, string[]>();
  for (const d of declarations) {
    for (const a of d.attributes ?? []) {
      const type = a.type?.text ?? '';
      const values = namedValues(forEditors(a.description));
      if (/^[A-Z]\w*$/.test(type) && values.length > 1 && !valuesOfType.has(type)) valuesOfType.set(type, values);
    }
  }
  for (const d of declarations) {
    if (!d.customElement || !WIDGET_TAGS.includes(d.tagName as WidgetTag)) continue;
    const names = new Set((d.attributes ?? []).map((a) => a.name));
    const controls: AttributeControl[] = [];
    for (const a of d.attributes ?? []) {
      if (OWN_SECTION.has(a.name)) continue;
      const type = (a.type?.text ?? 'string').replace(/\s*\|\s*undefined$/, '');
      const description = forEditors(a.description);
      const defaultValue = a.default ? unquote(a.default) : '';
      const named = namedValues(description);
      let kind: ControlKind = 'text';
      let values: string[] = [];
      if (type === 'boolean') kind = 'boolean';
      else if (type === 'number') kind = 'number';
      else if (literalUnion(type)) [kind, values] = ['choice', literalUnion(type)!];
      else if (/^[A-Z]\w*$/.test(type) && (named.length > 1 || valuesOfType.has(type))) [kind, values] = ['choice', named.length > 1 ? named : valuesOfType.get(type)!];
      else if (/space-separated/i.test(description)) {
        kind = 'list';
        values = [...new Set([...named, ...defaultValue.split(/\s+/).filter(Boolean)])];
      } else values = named.filter((v) => !names.has(v)); // "Without `networks`, ..." names an attribute, not a value
      controls.push({ name: a.name, kind, defaultValue, description, values });
      // `sync-url` names its parameters after the element's `id`, which is no attribute of its own in the manifest.
      if (a.name === 'sync-url') controls.push(ID_CONTROL);
    }
    out.push({ tag: d.tagName as WidgetTag, summary: d.summary ?? d.description ?? '', attributes: names, controls });
  }
  return out.sort((a, b) => WIDGET_TAGS.indexOf(a.tag) - WIDGET_TAGS.indexOf(b.tag));
}

