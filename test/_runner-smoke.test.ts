import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { customElement, property } from 'lit/decorators.js';

@customElement('smoke-greeting')
class SmokeGreeting extends LitElement {
  static override styles = css`:host { display: block; width: 120px; }`;
  @property() name = 'world';
  override render() {
    return html`<p part="text">Hello, ${this.name}!</p>`;
  }
}

describe('test runner smoke', () => {
  it('renders a Lit element with a decorated property into shadow DOM', async () => {
    const el = await fixture<SmokeGreeting>(html`<smoke-greeting name="Sarajevo"></smoke-greeting>`);
    const p = el.shadowRoot!.querySelector('p')!;
    expect(p.textContent).to.equal('Hello, Sarajevo!');
    expect(el.getBoundingClientRect().width).to.equal(120);
    el.name = 'Skopje';
    await el.updateComplete;
    expect(p.textContent).to.equal('Hello, Skopje!');
    await expect(el).to.be.accessible();
  });

  it('serves files from the repo root', async () => {
    const res = await fetch('/package.json');
    expect(res.ok).to.be.true;
    expect((await res.json()).name).to.equal('iisg-event-widgets');
  });
});
