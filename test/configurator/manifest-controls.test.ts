import { expect } from '@open-wc/testing';
import { controlsFromManifest, type Manifest } from '../../demo/manifest-controls.js';

// The configurator's options as the manifest gives them (npm run build writes it): a choice offers each real
// value once, and nothing a description only mentions (another attribute, an event's name).
describe('controlsFromManifest', () => {
  let elements: ReturnType<typeof controlsFromManifest>;
  before(async () => {
    elements = controlsFromManifest((await (await fetch('/packages/widgets/custom-elements.json')).json()) as Manifest);
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

  it('never offers a value twice, nor an event’s name', () => {
    for (const element of elements) {
      for (const c of element.controls) {
        expect(new Set(c.values).size, `${element.tag} ${c.name}: ${c.values}`).to.equal(c.values.length);
        for (const v of c.values) expect(v.startsWith('iisg-'), `${element.tag} ${c.name}: ${v}`).to.equal(false);
      }
    }
  });
});
