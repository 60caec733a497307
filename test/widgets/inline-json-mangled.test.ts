// Inline JSON (the elements' <script type="application/json"> child) that a CMS's editor mangled: entity-escaped,
// wrapped in <p> tags, or given typographic quotes. The console said only that it is not valid JSON ("Unexpected
// token '&'"), or, for <p>, that "the address gives a web page", which an inline feed has none of.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import { consoleSaid } from './helpers.js';

const FEED = '{"version": 1, "events": [{"id": "ok", "title": "Fine", "start": "2019-04-23"}]}';

/** A card whose inline JSON is `json` (as the page's HTML has it), and what the console said as errors. */
async function mangled(json: string) {
  let el!: HTMLElement;
  const said = await consoleSaid('error', async () => {
    el = await fixture(`<iisg-event-card id="talk" event-id="ok" lang="en"><script type="application/json">${json}</script></iisg-event-card>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="error"]'), 'the error message', { timeout: 5000 });
  }, 300);
  return { el, said: said.join('\n') };
}

describe('inline JSON mangled by a CMS', () => {
  it('entity-escaped (&quot;): says the editor escaped it, and to paste it in the source view', async () => {
    const { el, said } = await mangled(FEED.replaceAll('"', '&quot;'));
    expect(said).to.contain("iisg-event-card#talk: inline JSON: the feed's JSON has &quot; where quotes belong: the page's editor escaped it; paste the feed again in the editor's source or HTML view");
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('the feed has an error');
  });

  it('wrapped in <p>: says the editor added tags, not that an address gives a web page', async () => {
    const { said } = await mangled(`<p>${FEED}</p>`);
    expect(said).to.contain("iisg-event-card#talk: inline JSON: the feed's JSON has HTML tags (<p>) in it: the page's editor added them; paste the feed again in the editor's source or HTML view");
    expect(said).to.not.contain('web page');
  });

  it('with typographic quotes: says straight quotes belong there', async () => {
    const { said } = await mangled(FEED.replace(/"([^"]*)"/g, '“$1”'));
    expect(said).to.contain("iisg-event-card#talk: inline JSON: the feed's JSON has typographic quotes (“ ”) where straight ones (\") belong: a word processor or the page's editor changed them; paste the feed again in the editor's source or HTML view");
  });

  it('all three at once: names each', async () => {
    const { said } = await mangled(`<p>${FEED.replace(/"(version|events)"/g, '&quot;$1&quot;').replace('"title"', '“title”')}</p>`);
    expect(said).to.match(/has &quot; where quotes belong.*; and HTML tags \(<p>\).*; and typographic quotes/);
  });

  it('a mistake of its own (a comma too many): no CMS named', async () => {
    const { said } = await mangled(FEED.replace('}]}', '},]}'));
    expect(said).to.contain('not valid JSON');
    expect(said).to.not.contain("the page's editor");
  });
});
