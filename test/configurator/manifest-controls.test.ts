import { expect } from '@open-wc/testing';
import { controlsFromManifest, type Manifest } from '../../demo/manifest-controls.js';

// The configurator's options as the manifest gives them (npm run build writes it): a choice offers each real
// value once, and nothing a description only mentions (another attribute, an event's name).
describe('controlsFromManifest', () => {
  let manifest: Manifest;
  let elements: ReturnType<typeof controlsFromManifest>;
  before(async () => {
    manifest = (await (await fetch('/packages/widgets/custom-elements.json')).json()) as Manifest;
    elements = controlsFromManifest(manifest);
  });
  const control = (tag: string, name: string) => elements.find((e) => e.tag === tag)!.controls.find((c) => c.name === name)!;

  it('offers the calendar’s views once each, for `view` and `narrow-view` alike', () => {
    expect(control('iisg-event-calendar', 'view')).to.include({ kind: 'choice' });
    expect(control('iisg-event-calendar', 'view').values).to.deep.equal(['month', 'list', 'year']);
    expect(control('iisg-event-calendar', 'narrow-view').values).to.deep.equal(['month', 'list', 'year']);
  });

  it('reads the other choices and lists from their types and descriptions', () => {
    expect(control('iisg-event-timeline', 'mode').values).to.deep.equal(['clusters', 'series', 'cluster']);
    expect(control('iisg-network-map', 'view').values).to.deep.equal(['map', 'list']);
    expect(control('iisg-event-card', 'layout').values).to.deep.equal(['full', 'compact', 'teaser']);
    expect(control('iisg-event-calendar', 'filters')).to.include({ kind: 'list' });
    expect(control('iisg-event-calendar', 'filters').values).to.deep.equal(['network', 'organiser', 'country', 'tag']);
  });

  it('shows a web editor an option’s first paragraph, not the notes for developers after it', () => {
    const declared = (tag: string, name: string) => manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag)!.attributes!.find((a) => a.name === name)!.description!;
    expect(declared('iisg-event-calendar', 'view'), 'the README keeps the notes').to.contain('iisg-range-change');
    expect(control('iisg-event-calendar', 'view').description).to.not.contain('iisg-range-change');
    expect(control('iisg-event-calendar', 'view').description).to.match(/^`month`, `list` or `year`: the view the calendar opens in\./);

    const [made] = controlsFromManifest({
      modules: [{ declarations: [{ tagName: 'iisg-event-card', customElement: true, attributes: [{ name: 'layout', type: { text: 'Layout' }, description: 'How the card looks:\nsee below.\n\n`a` or `b`: for `developers`.' }] }] }],
    })[0].controls;
    expect(made).to.deep.include({ description: 'How the card looks: see below.', kind: 'text', values: [] });
  });

  // What a web editor reads under each option: what it does on the page, in their words. Words for developers
  // (the README's) go in a paragraph after a blank line.
  it('words no hint in terms only a developer knows', () => {
    const jargon = /JSON-LD|schema\.org|landmark|accessible name|switcher|console|\bproperty\b|IANA|outline|iisg-|\b1-6\b/i;
    for (const element of elements) {
      for (const c of element.controls) expect(c.description, `${element.tag} ${c.name}`).to.not.match(jargon);
    }
  });

  it('offers a calendar’s `id` beside `sync-url`, whose hint asks for one on a page with two calendars', () => {
    const names = elements.find((e) => e.tag === 'iisg-event-calendar')!.controls.map((c) => c.name);
    expect(names[names.indexOf('sync-url') + 1]).to.equal('id');
    expect(control('iisg-event-calendar', 'sync-url').description).to.contain('`id`');
    expect(control('iisg-event-calendar', 'id')).to.include({ kind: 'text', defaultValue: '' });
    for (const element of elements.filter((e) => e.tag !== 'iisg-event-calendar')) expect(element.controls.map((c) => c.name), element.tag).to.not.include('id');
  });

  it('never offers a value twice, nor an event’s name', () => {
    for (const element of elements) {
      for (const c of element.controls) {
        expect(new Set(c.values).size, `${element.tag} ${c.name}: ${c.values}`).to.equal(c.values.length);
        for (const v of c.values) expect(v.startsWith('iisg-'), `${element.tag} ${c.name}: ${v}`).to.equal(false);
      }
    }
  });
});
