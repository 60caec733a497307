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

describe("two elements' own drop-in modules on one page", () => {
  it('share one request for the feed they both show', async function () {
    this.timeout(30_000);
    const key = `two-modules-${Date.now()}`;
    const frame = document.createElement('iframe');
    frame.src = `/test/fixtures/two-modules.html?src=${encodeURIComponent(`/__test/net/feed?key=${key}&delay=300`)}`;
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('iisg-event-card')?.shadowRoot?.querySelector('[part~="title"]'), 'the card drawn', { timeout: 25_000 });
      const log: unknown[] = await (await fetch(`/__test/net/log?key=${key}`)).json();
      expect(log.length).to.equal(1);
    } finally {
      frame.remove();
    }
  });

  it('write an event both show into the page’s structured data once', async function () {
    this.timeout(30_000);
    const frame = document.createElement('iframe');
    frame.src = `/test/fixtures/two-modules.html?src=${encodeURIComponent('/demo/feed.json')}&event=rnnc-3&structured`;
    document.body.append(frame);
    try {
      const names = () =>
        [...(frame.contentDocument?.head.querySelectorAll('script[data-iisg-structured-data]') ?? [])].flatMap((s) => [JSON.parse(s.textContent!)].flat().map((d: { name: string }) => d.name));
      await waitUntil(() => names().length >= 3, 'the calendar’s April events written', { timeout: 25_000 });
      await waitUntil(() => frame.contentDocument!.querySelector('iisg-event-card')?.shadowRoot?.querySelector('[part~="title"]'), 'the card drawn', { timeout: 25_000 });
      // Time for the card's write, which must not add the meeting again.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(names().filter((n) => n.startsWith('3rd Meeting of the Regional Network')).length, 'the RNNC meeting').to.equal(1);
    } finally {
      frame.remove();
    }
  });
});
