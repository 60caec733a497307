import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleProps } from '@iisg/widgets/shared/style-props.js';

describe('styleProps', () => {
  it('sets, changes and removes inline properties, and leaves unchanged ones alone', () => {
    const host = document.createElement('div');
    const draw = (styles: Record<string, string>) => render(html`<p ${styleProps(styles)}></p>`, host);
    draw({ 'grid-column': '2', '--lanes': '3' });
    const p = host.querySelector('p')!;
    expect(p.style.getPropertyValue('grid-column-start')).to.equal('2');
    expect(p.style.getPropertyValue('--lanes')).to.equal('3');

    const set: string[] = [];
    const original = p.style.setProperty.bind(p.style);
    p.style.setProperty = (name: string, value: string | null) => {
      set.push(name);
      original(name, value);
    };
    draw({ 'grid-column': '4', '--lanes': '3' });
    expect(p.style.getPropertyValue('grid-column-start')).to.equal('4');
    expect(set, 'only what changed is set').to.deep.equal(['grid-column']);

    draw({ '--lanes': '5' });
    expect(p.style.getPropertyValue('grid-column-start')).to.equal('');
    expect(p.style.getPropertyValue('--lanes')).to.equal('5');
    expect(p.getAttribute('style'), 'through CSSOM; the attribute reflects it').to.not.contain('grid-column');
  });
});
