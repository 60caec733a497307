import { expect, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import { consoleSaid, text } from './helpers.js';

/**
 * HTML pasted from a word processor, an e-mail or a CMS's visual editor: its quotes are typographic, which HTML
 * keeps as part of the value (`src` = `“/demo/feed.json”`). The widget reads the value without them.
 */
describe('attribute values in typographic quotes', () => {
  let box: HTMLDivElement;
  afterEach(() => box.remove());

  /** The markup as a CMS page has it: parsed by the browser, not built by a script. */
  async function paste(markup: string) {
    box = document.createElement('div');
    const said = await consoleSaid('warn', async () => {
      box.innerHTML = markup;
      document.body.append(box);
    });
    return { el: box.firstElementChild as HTMLElement, said };
  }

  for (const [open, close] of [['“', '”'], ['”', '”'], ['„', '“'], ['‘', '’']]) {
    it(`shows the card of src=${open}...${close} event-id=${open}rnnc-3${close}, and says what it read`, async function () {
      this.timeout(15_000);
      const { el, said } = await paste(`<iisg-event-card src=${open}/demo/feed.json${close} event-id=${open}rnnc-3${close}></iisg-event-card>`);
      await waitUntil(() => text(el, 'title'), 'the card drew its event', { timeout: 10_000 });
      expect(text(el, 'title')).to.match(/^3rd Meeting of the Regional Network/);
      expect(el.getAttribute('src')).to.equal('/demo/feed.json');
      expect(said.join("\n")).to.contain(`src=${open}/demo/feed.json${close} read as "/demo/feed.json"`).and.contain(`event-id=${open}rnnc-3${close} read as "rnnc-3"`);
    });
  }

  it('opens the calendar at a date in typographic quotes', async function () {
    this.timeout(15_000);
    const { el } = await paste('<iisg-event-calendar src=“/demo/feed.json” date=“2019-04” view=“list”></iisg-event-calendar>');
    await waitUntil(() => /April 2019/.test(el.shadowRoot?.textContent ?? '') && /RNNC|Regional Network/.test(el.shadowRoot?.textContent ?? ''), 'April 2019 listed', { timeout: 10_000 });
  });

  it('leaves a label, and attributes the element does not read, as they are', async () => {
    const { el, said } = await paste('<iisg-event-calendar src="/demo/feed.json" label="“Past” events" data-note=“x”></iisg-event-calendar>');
    expect(el.getAttribute('label')).to.equal('“Past” events');
    expect(el.getAttribute('data-note')).to.equal('“x”');
    expect(said.join('\n')).to.not.contain("read as");
  });
});
