// demo/themes.html passes axe: the overview has a main landmark and no content outside landmarks, and a theme's
// frame (a page of its own, which the overview shows in iframes and links to) has a heading as well.
import { expect, waitUntil } from '@open-wc/testing';

type Axe = { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };

describe('demo/themes.html', function () {
  this.timeout(30_000);

  /** axe's violations on the page at `url`, once `ready` holds; frames inside it are left out. */
  async function violations(url: string, ready: (doc: Document) => unknown) {
    const frame = document.createElement('iframe');
    Object.assign(frame.style, { width: '1200px', height: '800px' });
    frame.src = url;
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument && ready(frame.contentDocument), `${url} built`, { timeout: 15_000 });
      const doc = frame.contentDocument!;
      const script = Object.assign(doc.createElement('script'), { src: '/node_modules/axe-core/axe.min.js' });
      const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
      doc.head.append(script);
      await loaded;
      const axe = (frame.contentWindow as unknown as { axe: Axe }).axe;
      const { violations: found } = await axe.run(doc, { iframes: false });
      return found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    } finally {
      frame.remove();
    }
  }

  it('the overview passes axe (landmark-one-main, region and the rest)', async () => {
    expect(await violations('/demo/themes.html', (doc) => doc.querySelectorAll('#themes iframe').length)).to.deep.equal([]);
  });

  it('a theme’s frame passes axe', async () => {
    const ready = (doc: Document) => doc.querySelector('iisg-network-map')?.shadowRoot?.querySelector('[part~="marker"]');
    expect(await violations('/demo/themes.html?frame&theme=high-contrast&mode=dark', ready)).to.deep.equal([]);
  });
});
