import { expect, waitUntil } from '@open-wc/testing';

/** The built `dist/iisg-widgets.min.js` on a plain HTML page under a strict CSP, as a CMS would have it. */
describe('the drop-in bundle', () => {
  let frame: HTMLIFrameElement;

  before(async function () {
    // The first request for the freshly built bundle can be slow on a busy 2-core machine.
    this.timeout(30_000);
    frame = document.createElement('iframe');
    frame.style.width = '600px';
    frame.style.height = '600px';
    frame.src = '/test/fixtures/drop-in.html';
    document.body.append(frame);
    await waitUntil(
      () => frame.contentDocument?.querySelector('iisg-event-card')?.shadowRoot?.querySelector('article'),
      'the card rendered from the bundle',
      { timeout: 25_000 },
    );
  });

  after(() => frame.remove());

  it('renders the card from a script tag and an element, nothing else', () => {
    const card = frame.contentDocument!.querySelector('iisg-event-card')!;
    const title = card.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim();
    expect(title).to.match(/^3rd Meeting of the Regional Network/);
    expect(frame.contentWindow!.customElements.get('iisg-event-card')).to.not.equal(undefined);
  });

  it('works under a strict Content-Security-Policy with no violation', () => {
    expect((frame.contentWindow as unknown as { cspViolations: string[] }).cspViolations).to.deep.equal([]);
  });
});
