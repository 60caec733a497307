// The popover's code arrives with the first open. On a slow network a visitor may click elsewhere, or press
// Esc, before it has: the popover must not then open late over what they turned to.
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { LitElement, css, html } from 'lit';
import { LazyPopover } from '../../packages/widgets/src/shared/lazy-popover.js';

type PopoverModule = typeof import('../../packages/widgets/src/shared/event-popover.js');

/** A loader the test lets go of when it wants: the real module, held back. */
function heldBack() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const load = async (): Promise<PopoverModule> => {
    await gate;
    return import('../../packages/widgets/src/shared/event-popover.js');
  };
  return { load, release };
}

let loader = heldBack();

class LazyPopoverHost extends LitElement {
  readonly lazy = new LazyPopover<string>(this, () => this.renderRoot.querySelector<HTMLElement>('.popover'), css``, () => loader.load());
  override render() {
    return html`<button id="anchor">Event</button><button id="other">Elsewhere</button>${this.lazy.render('Close', (text) => html`<p>${text}</p>`)}`;
  }
}
customElements.define('lazy-popover-host', LazyPopoverHost);

async function setUp() {
  loader = heldBack();
  const el = await fixture<LazyPopoverHost>(fixtureHtml`<lazy-popover-host></lazy-popover-host>`);
  const anchor = el.shadowRoot!.querySelector<HTMLElement>('#anchor')!;
  const other = el.shadowRoot!.querySelector<HTMLElement>('#other')!;
  return { el, anchor, other };
}

/** The code arrives, and the open call (and any render it asked for) has finished. */
async function arrive(el: LazyPopoverHost, opening: Promise<void>) {
  loader.release();
  await opening;
  await el.updateComplete;
}

const pointerDown = (target: Element) => target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));

describe('LazyPopover while its code loads', () => {
  it('opens once the code arrives, when the visitor waited', async () => {
    const { el, anchor } = await setUp();
    const opening = el.lazy.open('Details', anchor, anchor);
    expect(el.lazy.isOpen).to.equal(false);
    await arrive(el, opening);
    expect(el.lazy.isOpen).to.equal(true);
    expect(el.shadowRoot!.querySelector('.popover')?.textContent).to.contain('Details');
  });

  it('does not open after a press elsewhere on the page', async () => {
    const { el, anchor } = await setUp();
    const opening = el.lazy.open('Details', anchor, anchor);
    pointerDown(document.body);
    await arrive(el, opening);
    expect(el.lazy.isOpen).to.equal(false);
    expect(el.shadowRoot!.querySelector('.popover')).to.equal(null);
  });

  it('does not open after a press on another control in the same widget', async () => {
    const { el, anchor, other } = await setUp();
    const opening = el.lazy.open('Details', anchor, anchor);
    pointerDown(other);
    await arrive(el, opening);
    expect(el.lazy.isOpen).to.equal(false);
  });

  it('does not open after Esc', async () => {
    const { el, anchor } = await setUp();
    const opening = el.lazy.open('Details', anchor, anchor);
    anchor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await arrive(el, opening);
    expect(el.lazy.isOpen).to.equal(false);
  });

  it('does not open after focus left the element (Tab past its last control)', async () => {
    const { el, anchor } = await setUp();
    const outside = document.createElement('button');
    document.body.append(outside);
    try {
      anchor.focus();
      const opening = el.lazy.open('Details', anchor, anchor);
      outside.focus();
      await arrive(el, opening);
      expect(el.lazy.isOpen).to.equal(false);
      expect(document.activeElement).to.equal(outside);
    } finally {
      outside.remove();
    }
  });

  it('still opens after focus moved inside the element', async () => {
    const { el, anchor, other } = await setUp();
    anchor.focus();
    const opening = el.lazy.open('Details', anchor, anchor);
    other.focus();
    await arrive(el, opening);
    expect(el.lazy.isOpen).to.equal(true);
  });

  it('still opens after a second press on the same event, or another key', async () => {
    const { el, anchor } = await setUp();
    const opening = el.lazy.open('Details', anchor, anchor);
    pointerDown(anchor);
    anchor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true }));
    await arrive(el, opening);
    expect(el.lazy.isOpen).to.equal(true);
  });

  it('opens the event chosen after a press elsewhere, not the first', async () => {
    const { el, anchor, other } = await setUp();
    const first = el.lazy.open('First', anchor, anchor);
    pointerDown(other);
    const second = el.lazy.open('Second', other, other);
    await arrive(el, Promise.all([first, second]).then(() => undefined));
    expect(el.lazy.isOpen).to.equal(true);
    expect(el.lazy.content).to.equal('Second');
  });
});

describe('PopoverController while it draws and places the popover', () => {
  async function loaded() {
    const set = await setUp();
    loader.release();
    await set.el.lazy.open('First', set.anchor, set.anchor);
    set.el.lazy.close(false);
    await set.el.updateComplete;
    return set;
  }

  it('closes on a press elsewhere before it is placed (hidden until then), and stays closed', async () => {
    const { el, anchor } = await loaded();
    const opening = el.lazy.open('Details', anchor, anchor);
    await Promise.resolve();
    pointerDown(document.body);
    await opening;
    await el.updateComplete;
    expect(el.lazy.isOpen).to.equal(false);
    expect(el.shadowRoot!.querySelector('.popover')).to.equal(null);
  });

  it('closes on Esc before it is placed', async () => {
    const { el, anchor } = await loaded();
    const opening = el.lazy.open('Details', anchor, anchor);
    await Promise.resolve();
    anchor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await opening;
    await el.updateComplete;
    expect(el.lazy.isOpen).to.equal(false);
  });
});
