import { expect } from '@open-wc/testing';
import { controlsFromManifest, type Manifest } from '../../demo/manifest-controls.js';
import { optionLabel } from '../../demo/option-labels.js';

// Every option the configurator offers has words a page's editor uses, not only its attribute's name.
describe('optionLabel', () => {
  it('names every attribute of every widget in the manifest, each differently within its widget', async () => {
    const elements = controlsFromManifest((await (await fetch('/packages/widgets/custom-elements.json')).json()) as Manifest);
    expect(elements.length).to.equal(4);
    for (const element of elements) {
      const labels = element.controls.map((c) => [c.name, optionLabel(element.tag, c.name)] as const);
      expect(labels.filter(([, words]) => !words).map(([name]) => name), `${element.tag}: attributes with no words in demo/option-labels.ts`).to.deep.equal([]);
      expect(new Set(labels.map(([, words]) => words)).size, element.tag).to.equal(labels.length);
    }
  });
});
