import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '@iisg/widgets';
import type { IisgEventTimeline } from '@iisg/widgets';
import { accessibleName, accessibleNames, calendar, cell, consoleSaid, heard, langsOf } from './helpers.js';

const FEED = '/demo/feed.json';

async function timeline(template: ReturnType<typeof html>) {
  const el = await fixture<IisgEventTimeline>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('.rows, [part~="empty"], [part~="error"]'), 'timeline rendered', { timeout: 5000 });
  // Drawn again a frame later, once the track's width and the dates are measured (series rows fit the track): a
  // click aimed before that missed its block on a loaded machine.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
  return el;
}
const $ = (el: Element, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
/** Drawn for the eye: not unseen, nor clipped to nothing as visually hidden text is. */
const visible = (node: Element) => {
  const style = getComputedStyle(node);
  return node.getClientRects().length > 0 && style.visibility !== 'hidden' && style.clip !== 'rect(0px, 0px, 0px, 0px)';
};

/** Zoomed all the way out. */
async function zoomOut(el: IisgEventTimeline) {
  const button = $(el, '[part~="zoom-out"]')!;
  while (button.getAttribute('aria-disabled') !== 'true') {
    button.click();
    await el.updateComplete;
  }
}

describe('<iisg-event-timeline>', () => {
  it('shows the Tirana April 2019 cluster, framed with its city and span', async () => {
    const el = await timeline(html`<iisg-event-timeline src=${FEED} lang="en" style="width: 900px"></iisg-event-timeline>`);
    const heading = $$(el, '[part~="row-heading"]').map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
    expect(heading).to.include('Tirana, 23–25 April 2019 · 3 meetings in 3 days');
    // Heard with its spaces (Chromium dropped the space-only text between spans: "3 meetingsin 3 days").
    const said = await accessibleName($(el, '[part~="row-heading"]')!);
    expect(said.replace(/\s+/g, ' ')).to.equal('Tirana, 23–25 April 2019 · 3 meetings in 3 days');
    const tirana = $$(el, '[part~="row"]').find((r) => r.textContent!.includes('Tirana, 23–25 April 2019'))!;
    const labels = await accessibleNames([...tirana.querySelectorAll<HTMLElement>('[part~="event"]')]);
    expect(labels[0]).to.match(/^Tuesday, 23 April 2019: 7th · NFP Group, 7th Meeting of the RCC Group .*, day 1 of 3, Tirana, Albania$/);
    expect(labels[1]).to.contain('day 2 of 3');
    expect(labels[2]).to.contain('day 3 of 3');
    await expect(el).to.be.accessible();
  });

  it("puts its zoom buttons in the region of the timeline's name, so two timelines' buttons are told apart, the name said once", async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <iisg-event-timeline src=${FEED} lang="en" label="Meetings in Tirana" style="width: 900px"></iisg-event-timeline>
      <iisg-event-timeline src=${FEED} lang="en" mode="series" series="rnnc-meetings" style="width: 900px"></iisg-event-timeline>
    </div>`);
    const timelines = [...page.querySelectorAll<IisgEventTimeline>('iisg-event-timeline')];
    await waitUntil(() => timelines.every((el) => $(el, '.rows')), 'timelines drawn', { timeout: 5000 });
    const regionOf = (el: Element) => $(el, '[part~="zoom-in"]')!.closest('[role="region"]')?.getAttribute('aria-label');
    expect(timelines.map(regionOf)).to.deep.equal(['Meetings in Tirana', 'Meeting series']);
    for (const el of timelines) expect($$(el, '[aria-label]').filter((named) => named.getAttribute('aria-label') === regionOf(el)).length, 'the name on one element').to.equal(1);
    for (const el of timelines) await expect(el).to.be.accessible();
  });

  it('glides to the focused meeting only when the visitor has not asked for reduced motion', async () => {
    const el = await timeline(html`<iisg-event-timeline src=${FEED} lang="en" style="width: 900px"></iisg-event-timeline>`);
    const track = () => getComputedStyle($(el, '.track')!).scrollBehavior;
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(track()).to.equal('auto');
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(track()).to.equal('smooth');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('shows a block\'s date short and says it in full, as the month grid does, in every language', async () => {
    const place = { city: 'Tirana', country: 'AL' };
    const feed = { version: 1, events: [{ id: 'a', title: 'Meeting', start: '2019-04-23', location: place }, { id: 'b', title: 'Other', start: '2019-04-24', location: place }] };
    for (const lang of ['en', 'sq', 'sr-Latn', 'sr-Cyrl', 'bs', 'hr', 'mk', 'sl', 'de', 'fr']) {
      const grid = await calendar(html`<iisg-event-calendar .feed=${feed} date="2019-04" lang=${lang} style="width: 900px"></iisg-event-calendar>`);
      const label = cell(grid, '2019-04-23').getAttribute('aria-label')!;
      // The date and what follows it ("Tuesday, 23 April 2019:"); a no-break space ("2019 г.") read as a space.
      const fullDate = label.slice(0, label.lastIndexOf(' Meeting')).replace(/\s+/g, ' ');
      const el = await timeline(html`<iisg-event-timeline .feed=${feed} lang=${lang} style="width: 900px"></iisg-event-timeline>`);
      const block = $(el, 'button[data-id="a"]')!;
      const name = (await accessibleName(block)).replace(/\s+/g, ' ');
      expect(name.startsWith(`${fullDate} Meeting, `), `${lang}: "${name}" starts with "${fullDate}"`).to.equal(true);
      const short: Record<string, string> = {
        en: '23 Apr 2019', sq: '23 pri 2019', 'sr-Latn': '23. apr 2019.', 'sr-Cyrl': '23. апр 2019.', bs: '23. apr 2019.',
        hr: '23. tra 2019.', mk: '23 апр. 2019\u00a0г.', sl: '23. apr. 2019', de: '23. Apr. 2019', fr: '23 avr. 2019',
      };
      expect(block.querySelector('.block-date')!.textContent, `${lang}: shown short`).to.equal(short[lang]);
      grid.remove();
      el.remove();
    }
  });

  it('says each meeting once, as a screen reader gets it (the accessibility tree)', async () => {
    const el = await timeline(html`<iisg-event-timeline src=${FEED} mode="series" series="rnnc-meetings" lang="en" style="width: 900px"></iisg-event-timeline>`);
    type Node = { role: string; name: string; children?: Node[] };
    const names: string[] = [];
    const walk = (n: Node) => (n.role === 'button' && n.name.includes('Meeting') && names.push(n.name.replace(/\s+/g, ' ')), n.children?.forEach(walk));
    walk((await a11ySnapshot({})) as unknown as Node);
    // The visible ordinal is where the label starts: "1st Meeting ...", not "1st, 1st Meeting ...".
    expect(names[0]).to.match(/^Thursday, 7–8 June 2018: 1st Meeting of the Regional Network .*, Prague, Czechia$/);
    expect(names.every((n) => !/(1st|2nd|3rd) ?, ?\1/.test(n)), names.join('\n')).to.equal(true);
    el.remove();
  });

  it('stays one tab stop when zoomed in: a row that scrolls is not a nameless stop of its own', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <iisg-event-timeline src=${FEED} mode="series" lang="en" style="width: 700px"></iisg-event-timeline>
      <button id="after-timeline">after</button>
    </div>`);
    const el = page.querySelector<IisgEventTimeline>('iisg-event-timeline')!;
    await waitUntil(() => $(el, '.rows'), 'timeline rendered', { timeout: 5000 });
    for (let i = 0; i < 4; i++) {
      $(el, '[part~="zoom-in"]')!.click();
      await el.updateComplete;
    }
    const tracks = $$(el, '.track');
    expect(tracks.filter((t) => t.scrollWidth > t.clientWidth).length, 'rows that scroll').to.be.greaterThan(1);
    $$(el, '[part~="event"]').find((b) => b.tabIndex === 0)!.focus();
    // Chrome makes a scroller with no tabbable content a tab stop: every other row was one, without a name.
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id, focused(el)?.outerHTML.slice(0, 60)).to.equal('after-timeline');
    await expect(el).to.be.accessible();
  });

  it('brings the meeting that Tab returns to into sight when zoomed in: its row had scrolled it off to the right', async function () {
    // Room for the glide's 5 s below on a loaded machine, after the keys that lead to it.
    this.timeout(20_000);
    const el = await timeline(html`<iisg-event-timeline src=${FEED} mode="series" lang="de" style="width: 1200px"></iisg-event-timeline>`);
    // The donors' meeting in Brussels, 4 December 2017: the last of its row.
    $$(el, '[part~="event"]').find((b) => b.tabIndex === 0)!.focus();
    const donorsRow = $$(el, '[part~="row"]').findIndex((r) => r.textContent!.includes('Geber'));
    expect(donorsRow, 'the donors’ row').to.be.at.least(0);
    for (let i = 0; i < donorsRow; i++) await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    const id = focused(el)!.dataset.id!;
    const brussels = () => $(el, `[data-id="${id}"]`)!;
    expect(heard(brussels())).to.contain('Brüssel');
    // Zoomed in from the zoom buttons (Shift+Tab, Enter): the rows grow, their scroll stays at the start.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el)?.getAttribute('part')).to.contain('zoom-in');
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const track = () => brussels().closest('.track')!;
    expect(track().scrollWidth, 'the row scrolls').to.be.greaterThan(track().clientWidth);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(brussels());
    // Whole within its row (the row glides there, unless the visitor asked for reduced motion).
    const inside = () => {
      const row = track().getBoundingClientRect();
      const block = brussels().getBoundingClientRect();
      return block.left >= row.left - 0.5 && block.right <= row.right + 0.5;
    };
    // The glide can take over 2 s on a loaded machine (its frames come late): up to 5 s for it to bring the block in.
    await waitUntil(inside, 'the block scrolled into its row', { timeout: 5000 }).catch(() => undefined);
    const row = track().getBoundingClientRect();
    const block = brussels().getBoundingClientRect();
    expect(`${Math.round(block.left)}–${Math.round(block.right)}`, `the block within its row, ${Math.round(row.left)}–${Math.round(row.right)}`).to.satisfy(() => inside());
  });

  it('leaves the page and the row where they are when focus comes back without the keyboard (preventScroll, a click)', async () => {
    const el = await timeline(html`<iisg-event-timeline src=${FEED} mode="series" lang="de" style="width: 1200px"></iisg-event-timeline>`);
    for (let i = 0; i < 4; i++) {
      $(el, '[part~="zoom-in"]')!.click();
      await el.updateComplete;
    }
    const blocks = $$(el, '[part~="event"]');
    const last = blocks[blocks.length - 1];
    const track = last.closest('.track')!;
    await waitUntil(() => track.scrollWidth > track.clientWidth, 'the row scrolls when zoomed in', { timeout: 2000 });
    // A meeting chosen with the pointer (its popover opens), then focus given back by script without scrolling,
    // as when a click elsewhere on the page closes a popover.
    // In the window: an earlier test may leave the page scrolled, and a click outside it lands anywhere. At once, not
    // gliding (the track scrolls smoothly): the click goes where the block is now.
    blocks[0].scrollIntoView({ block: 'center', behavior: 'instant' });
    const first = blocks[0].getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(first.left + 8), Math.round(first.top + first.height / 2)] });
    // Open before the click elsewhere: a popover still loading opened after it, its heading taking focus (WebKit scrolled to it).
    await waitUntil(() => $(el, '[part~="popover"]'), 'the popover opens', { timeout: 5000 });
    await sendMouse({ type: 'click', position: [5, 5] });
    await waitUntil(() => !$(el, '[part~="popover"]'), `closed by the click elsewhere (y ${scrollY}, popover ${JSON.stringify($(el, '[part~="popover"]')?.getBoundingClientRect())}, at 5,5: ${document.elementFromPoint(5, 5)?.localName})`, { timeout: 5000 });
    await el.updateComplete;
    const before = [track.scrollLeft, window.scrollY];
    last.focus({ preventScroll: true });
    await el.updateComplete;
    await aTimeout(100);
    expect([track.scrollLeft, window.scrollY]).to.deep.equal(before);
  });

  it('tells the page’s developer, once, that the feed has no event with its event-id (a typo), with the ids nearest it', async () => {
    const warnings = await consoleSaid('warn', async () => {
      const el = await timeline(html`<iisg-event-timeline id="around" src=${FEED} mode="cluster" event-id="NFP-07" lang="en" style="width: 900px"></iisg-event-timeline>`);
      expect($(el, '[part~="empty"]'), 'nothing to show').to.not.equal(null);
      // Drawn again (another language): not said again.
      el.lang = 'de';
      await el.updateComplete;
    }, 200);
    expect(warnings.filter((w) => w.includes('event-id') || w.includes('no event'))).to.deep.equal([
      `iisg-event-timeline#around: no event has the id 'NFP-07' in ${FEED}; did you mean 'nfp-7'?`,
    ]);
  });

  it('says of a meeting held alone that it was not held back-to-back, not that the feed has no such meetings', async () => {
    for (const [lang, said] of [
      ['en', 'This meeting was not held back-to-back with others.'],
      ['mk', 'Овој состанок не е одржан последователно со други состаноци.'],
    ]) {
      const el = await timeline(html`<iisg-event-timeline src=${FEED} mode="cluster" event-id="rnnc-1" lang=${lang} style="width: 900px"></iisg-event-timeline>`);
      expect($(el, '[part~="empty"]')!.textContent!.trim(), lang).to.equal(said);
    }
    // An id the feed does not have: nothing around it, as before.
    const typo = await timeline(html`<iisg-event-timeline src=${FEED} mode="cluster" event-id="NFP-07" lang="en" style="width: 900px"></iisg-event-timeline>`);
    expect($(typo, '[part~="empty"]')!.textContent!.trim()).to.equal('No back-to-back meetings in this feed.');
  });

  it('tells the page’s developer that a cluster timeline has no event-id', async () => {
    const warnings = await consoleSaid('warn', () => timeline(html`<iisg-event-timeline id="around" src=${FEED} mode="cluster" lang="en" style="width: 900px"></iisg-event-timeline>`), 200);
    expect(warnings.filter((w) => w.includes('event-id'))).to.have.length(1);
    expect(warnings.find((w) => w.includes('event-id'))).to.match(/^iisg-event-timeline#around: event-id is missing: set it to the id of the event to show/);
  });

  it('is one tab stop; arrows move in time order; Enter opens the shared popover; Esc returns', async () => {
    const el = await timeline(html`<iisg-event-timeline src=${FEED} mode="cluster" event-id="rnnc-3" lang="en" style="width: 900px"></iisg-event-timeline>`);
    const buttons = $$(el, '[part~="event"]');
    expect(buttons.filter((b) => b.tabIndex === 0)).to.have.length(1);
    buttons[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)!.dataset.id).to.equal('rnnc-3');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focused(el)!.dataset.id).to.equal('iisg-pcve-coordination-albania-1');
    expect($$(el, '[part~="event"]').filter((b) => b.tabIndex === 0).map((b) => b.dataset.id)).to.deep.equal(['iisg-pcve-coordination-albania-1']);
    const selected = oneEvent(el, 'iisg-event-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.event.id).to.equal('iisg-pcve-coordination-albania-1');
    await waitUntil(() => focused(el)?.tagName === 'H2', 'focus in the popover');
    expect($(el, '[part~="popover"]')!.textContent).to.contain('Held back-to-back with');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await aTimeout(0);
    expect($(el, '[part~="popover"]')).to.equal(null);
    expect(focused(el)!.dataset.id).to.equal('iisg-pcve-coordination-albania-1');
  });

  it('lets the page handle a choice instead of the popover', async () => {
    const el = await timeline(html`<iisg-event-timeline src=${FEED} mode="cluster" event-id="nfp-7" lang="en" style="width: 900px"></iisg-event-timeline>`);
    el.addEventListener('iisg-event-select', (e) => e.preventDefault());
    $(el, '[part~="event"]')!.click();
    await el.updateComplete;
    await aTimeout(50);
    expect($(el, '[part~="popover"]')).to.equal(null);
  });

  it('shows the RNNC and NFP series, with the missing numbers', async () => {
    const el = await timeline(html`<iisg-event-timeline src=${FEED} mode="series" lang="en" style="width: 900px"></iisg-event-timeline>`);
    const rows = $$(el, '[part~="row"]');
    const rnnc = rows.find((r) => r.textContent!.includes('Regional Network of National P/CVE Coordinators'))!;
    expect([...rnnc.querySelectorAll('[part~="event"] .block-title')].map((t) => t.textContent)).to.deep.equal(['1st', '2nd', '3rd']);
    const nfp = rows.find((r) => r.textContent!.includes('National Focal Points'))!;
    expect(nfp.querySelector('[part~="gap"]')!.textContent).to.equal('1st–6th not in this feed');
    const donors = rows.find((r) => r.textContent!.includes('Donor'))!;
    expect(donors.querySelector('[part~="gap"]')!.textContent).to.equal('2nd not in this feed');
    // Gaps are read in order, between the meetings around them.
    expect([...donors.querySelectorAll('li')].map((li) => li.classList.contains('gap'))).to.deep.equal([false, true, false]);
    await expect(el).to.be.accessible();
  });

  it('writes no colon after an ordinal that ends in a full stop: "1.–6. nema podataka", not "6.:"', async () => {
    const el = await timeline(html`<iisg-event-timeline src=${FEED} mode="series" lang="sr-Latn" style="width: 900px"></iisg-event-timeline>`);
    const gaps = () => $$(el, '[part~="gap"]').map((g) => g.textContent!);
    await waitUntil(() => gaps().some((g) => g.includes('nema podataka')), `Serbian strings: ${gaps()}`, { timeout: 5000 });
    expect(gaps()).to.include('1.–6. nema podataka');
    expect(gaps().join(' ')).not.to.contain('.:');
  });

  it('picks one series', async () => {
    const el = await timeline(html`<iisg-event-timeline src=${FEED} mode="series" series="rnnc-meetings" lang="en" style="width: 900px"></iisg-event-timeline>`);
    expect($$(el, '[part~="row"]')).to.have.length(1);
  });

  it('zooms between days and years', async () => {
    const el = await timeline(html`<iisg-event-timeline src=${FEED} mode="cluster" event-id="nfp-7" lang="en" style="width: 900px"></iisg-event-timeline>`);
    const width = () => $(el, '.block-item')!.getBoundingClientRect().width;
    const before = width();
    $(el, '[part~="zoom-in"]')!.click();
    await el.updateComplete;
    expect(width()).to.be.greaterThan(before);
  });

  it('turns vertical in a narrow container', async () => {
    const el = await timeline(html`<iisg-event-timeline src=${FEED} mode="cluster" event-id="nfp-7" lang="en" style="width: 320px"></iisg-event-timeline>`);
    const [a, b] = $$(el, '.block-item').map((i) => i.getBoundingClientRect());
    expect(b.top).to.be.greaterThan(a.bottom - 1);
    expect(Math.abs(a.left - b.left)).to.be.lessThan(1);
    expect($(el, '.track')!.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('offers no zoom in a narrow container, where the meetings are a list that zoom does not change', async () => {
    const el = await timeline(html`<iisg-event-timeline src=${FEED} mode="series" lang="en" style="width: 320px"></iisg-event-timeline>`);
    const rects = () => $$(el, '.block-item').map((i) => JSON.stringify(i.getBoundingClientRect()));
    const before = rects();
    $(el, '[part~="zoom-in"]')!.click();
    await el.updateComplete;
    expect(rects(), 'zoom changes nothing here').to.deep.equal(before);
    // Two buttons that did nothing: tab stops, and "Zoom in" read to a screen reader for no effect.
    expect(['zoom-in', 'zoom-out'].map((part) => $(el, `[part~="${part}"]`)!.getClientRects().length), 'not drawn').to.deep.equal([0, 0]);
  });

  it('says so when there is nothing to show', async () => {
    const el = await timeline(html`<iisg-event-timeline .feed=${{ version: 1, events: [{ id: 'a', title: 'A', start: '2019-01-01' }] }} lang="en"></iisg-event-timeline>`);
    expect($(el, '[part~="empty"]')!.textContent).to.equal('No back-to-back meetings in this feed.');
    expect($(el, '[part~="zoom-in"]'), 'no zoom buttons: nothing to zoom').to.equal(null);
  });

  it('counts days in the right form: two meetings on one day are "in 1 day"', async () => {
    const place = { venue: 'Hotel', city: 'Tirana', country: 'AL' };
    const feed = {
      version: 1,
      events: [
        { id: 'a', title: 'Morning meeting', start: '2019-04-23', location: place },
        { id: 'b', title: 'Afternoon meeting', start: '2019-04-23', location: place },
      ],
    };
    // Every language: each has its own form of the day count after its preposition.
    const summaries = [
      ['en', '2 meetings in 1 day'],
      ['sq', '2 takime në 1 ditë'],
      ['sr-Latn', '2 sastanka tokom 1 dana'],
      ['sr-Cyrl', '2 састанка током 1 дана'],
      ['bs', '2 sastanka tokom 1 dana'],
      ['hr', '2 sastanka tijekom 1 dana'],
      ['mk', '2 состаноци во текот на 1 ден'],
      ['sl', '2 sestanka v 1 dnevu'],
      ['de', '2 Treffen an 1 Tag'],
      ['fr', '2 réunions sur 1 jour'],
    ];
    for (const [lang, summary] of summaries) {
      const el = await timeline(html`<iisg-event-timeline .feed=${feed} lang=${lang} style="width: 900px"></iisg-event-timeline>`);
      // The language's strings load on demand: wait for them, then the whole summary, exactly.
      // Its count kept with its words by no-break spaces: read as spaces here.
      const shown = () => $(el, '[part~="row-heading"] .muted')?.textContent!.replace(/\s+/g, ' ').trim() ?? '';
      await waitUntil(() => shown().startsWith(`· ${summary.split(' ').slice(0, 2).join(' ')}`), `${lang}: ${shown()}`);
      expect(shown()).to.equal(`· ${summary}`);
    }
  });

  it('says a block\'s title once; the whole title as a tooltip on the label, not on the button', async () => {
    const place = { city: 'Skopje', country: 'MK' };
    const feed = {
      version: 1,
      events: [
        { id: 'a', title: 'Workshop on prisons', start: '2019-05-06', location: place },
        { id: 'b', title: 'Workshop on schools', start: '2019-05-07', location: place },
      ],
    };
    const el = await timeline(html`<iisg-event-timeline .feed=${feed} lang="en" style="width: 900px"></iisg-event-timeline>`);
    await waitUntil(() => $$(el, '[part~="event"]').length === 2, 'two blocks');
    const block = $$(el, '[part~="event"]')[0];
    expect(block.textContent!.split('Workshop on prisons')).to.have.length(2, 'the title once');
    // A title on the button would be its description: said again after the name.
    expect(block.hasAttribute('title')).to.equal(false);
    expect(block.querySelector('.block-title')!.getAttribute('title')).to.equal('Workshop on prisons', 'a cut-off title, whole');
    const demo = await timeline(html`<iisg-event-timeline src=${FEED} lang="en" style="width: 900px"></iisg-event-timeline>`);
    const nfp = $$(demo, '[part~="event"]').find((b) => b.querySelector('.block-title')!.textContent!.includes('NFP Group'))!;
    expect(nfp.hasAttribute('title')).to.equal(false);
    expect(nfp.textContent!.match(/7th Meeting of the RCC Group of National Focal Points/g)).to.have.length(1, 'the whole title once, in the name');
    expect(nfp.querySelector('.block-title')!.getAttribute('title')).to.match(/^7th Meeting of the RCC Group of National Focal Points/);
  });

  it('names Home and End in its keys’ hint in every language (they go to the first and last meeting)', async () => {
    // The key labels each language's keyboards print (the Cyrillic ones keep the Latin labels).
    const names: Record<string, string[]> = { de: ['Pos1', 'Ende'], fr: ['Début', 'Fin'] };
    for (const lang of ['en', 'sq', 'sr-Latn', 'sr-Cyrl', 'bs', 'hr', 'mk', 'sl', 'de', 'fr']) {
      const el = await timeline(html`<iisg-event-timeline src=${FEED} lang=${lang} style="width: 900px"></iisg-event-timeline>`);
      const hint = $(el, '[part~="keyboard-hint"]')!.textContent!;
      for (const key of names[lang] ?? ['Home', 'End']) expect(hint, `${lang}: ${key}`).to.contain(key);
    }
  });

  it('shows the keys while a meeting has keyboard focus, and describes the meeting that takes Tab with them until the arrows are used', async () => {
    const el = await timeline(html`<iisg-event-timeline src=${FEED} lang="en" style="width: 900px"></iisg-event-timeline>`);
    const hint = $(el, '[part~="keyboard-hint"]')!;
    expect(visible(hint)).to.equal(false);
    // On the meeting, not the region: the zoom buttons, now first in it, were described with the arrows' keys.
    const described = () => $$(el, '[aria-describedby]').map((d) => `${d.getAttribute('part')} ${d.getAttribute('aria-describedby')}`);
    expect(described()).to.deep.equal([`event scheduled ${hint.id}`]);
    expect($(el, `[aria-describedby="${hint.id}"]`)!.tabIndex).to.equal(0);
    $(el, '[part~="zoom-in"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)!.matches('[part~="event"]')).to.equal(true);
    expect(visible(hint)).to.equal(true);
    expect(hint.textContent).to.equal('Arrow keys, Home and End move between meetings; Enter opens one, Escape closes it.');
    // Under the rows: the meetings do not move when it appears.
    expect(hint.getBoundingClientRect().top).to.be.at.least($(el, '.rows')!.getBoundingClientRect().bottom);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(visible(hint), 'on the next meeting').to.equal(true);
    expect(described(), 'not said again at each meeting').to.deep.equal([]);
    $(el, '[part~="zoom-in"]')!.focus();
    expect(visible(hint), 'focus on a zoom button (in the rows, not a meeting)').to.equal(false);
    $(el, '[part~="event"]')!.focus();
    expect(visible(hint), 'back on a meeting').to.equal(true);
    const height = el.getBoundingClientRect().height;
    focused(el)!.blur();
    expect(visible(hint), 'focus out of the rows').to.equal(false);
    expect(el.getBoundingClientRect().height, 'its line kept: what follows does not move up').to.equal(height);
    await el.updateComplete;
    expect(described().length, 'said again to a visitor coming back (focus left the rows)').to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('in a narrow container, where time runs down the page, Down goes to the next meeting, into the next row', async () => {
    const at = (city: string, country: string) => ({ city, country });
    const feed = {
      version: 1,
      events: [
        { id: 't1', title: 'Tirana one', start: '2019-04-23', location: at('Tirana', 'AL') },
        { id: 't2', title: 'Tirana two', start: '2019-04-24', location: at('Tirana', 'AL') },
        { id: 't3', title: 'Tirana three', start: '2019-04-25', location: at('Tirana', 'AL') },
        { id: 's1', title: 'Skopje one', start: '2019-03-06', location: at('Skopje', 'MK') },
        { id: 's2', title: 'Skopje two', start: '2019-03-07', location: at('Skopje', 'MK') },
      ],
    };
    const el = await timeline(html`<iisg-event-timeline .feed=${feed} lang="en" style="width: 320px"></iisg-event-timeline>`);
    const rowsOf = () => $$(el, '[part~="row"]').map((row) => [...row.querySelectorAll<HTMLElement>('[part~="event"]')].map((b) => b.dataset.id));
    const [first, second] = rowsOf();
    $$(el, '[part~="event"]')[0].focus();
    for (const id of [...first.slice(1), second[0]]) {
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focused(el)!.dataset.id).to.equal(id);
    }
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(focused(el)!.dataset.id).to.equal(first[first.length - 1]);
  });

  it('starts a series row heading with a capital, though the name is written to follow an ordinal', async () => {
    const el = await timeline(html`<iisg-event-timeline src=${FEED} mode="series" series="rnnc-meetings" lang="sr-Latn" style="width: 900px"></iisg-event-timeline>`);
    await waitUntil(() => /^S/.test($(el, '[part~="row-heading"]')?.textContent!.trim() ?? ''), `a capital: ${$(el, '[part~="row-heading"]')?.textContent}`, { timeout: 5000 });
    expect($(el, '[part~="row-heading"]')!.textContent!.trim()).to.match(/^Sastanak Regionalne mreže/);
  });

  describe('status', () => {
    const statuses = ['scheduled', 'postponed', 'rescheduled', 'moved-online', 'cancelled', 'tentative'] as const;
    const feed = {
      version: 1,
      events: statuses.map((status, i) => ({ id: status, title: `Meeting ${i + 1}`, start: `2019-04-${String(10 + i).padStart(2, '0')}`, status, location: { city: 'Skopje', country: 'MK' } })),
    };
    // emulateMedia({ forcedColors }) does nothing under puppeteer: the runner's own command (web-test-runner.config.mjs).
    afterEach(() => executeServerCommand('forced-colors', 'none'));

    for (const forced of [false, true]) {
      it(`shows a block's status in words, not in colour alone${forced ? ', in forced colours too' : ''}`, async () => {
        if (forced) await executeServerCommand('forced-colors', 'active');
        expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(forced);
        const el = await timeline(html`<iisg-event-timeline .feed=${feed} lang="en" style="width: 1100px"></iisg-event-timeline>`);
        const blocks = $$(el, '[part~="event"]');
        expect(blocks.map((b) => b.dataset.id)).to.deep.equal([...statuses]);
        const shown = blocks.map((b) => {
          const label = b.querySelector<HTMLElement>('[part~="status"]');
          if (!label) return '';
          const [box, inside, style] = [label.getBoundingClientRect(), b.getBoundingClientRect(), getComputedStyle(label)];
          // On the block, drawn, and set apart from it by a border of the text's own colour.
          expect(box.width > 0 && box.left >= inside.left && box.right <= inside.right + 0.5 && box.bottom <= inside.bottom + 0.5, `${b.dataset.id} fully visible`).to.equal(true);
          expect(style.borderTopColor).to.equal(style.color);
          expect(style.textDecorationLine, 'not struck through').to.equal('none');
          return label.textContent;
        });
        expect(shown).to.deep.equal(['', 'Postponed', 'Rescheduled', 'Moved online', 'Cancelled', 'To be confirmed']);
        // Said once, between the date and the title (the name starts with what is visible).
        expect(await accessibleName(blocks[1])).to.equal('Thursday, 11 April 2019: Postponed, Meeting 2, day 2 of 6, Skopje, North Macedonia');
        await expect(el).to.be.accessible();
      });
    }

    it('shows it zoomed out, where a block shows its day alone: in its border, and in words in its tooltip', async () => {
      const el = await timeline(html`<iisg-event-timeline .feed=${feed} lang="en" style="width: 1100px"></iisg-event-timeline>`);
      const said = await accessibleNames($$(el, '[part~="event"]'));
      await zoomOut(el);
      const blocks = $$(el, '[part~="event"]');
      expect(blocks.map((b) => visible(b.querySelector('.block-day')!))).to.deep.equal(statuses.map(() => true), 'the day alone');
      // A changed meeting looked scheduled once its status word was hidden.
      expect(blocks.map((b) => getComputedStyle(b).borderTopStyle)).to.deep.equal(['none', 'double', 'double', 'double', 'dashed', 'dashed']);
      expect(blocks.map((b) => b.querySelector('.block-day')!.getAttribute('title'))).to.deep.equal([
        '10 Apr 2019 · Meeting 1',
        '11 Apr 2019 · Postponed · Meeting 2',
        '12 Apr 2019 · Rescheduled · Meeting 3',
        '13 Apr 2019 · Moved online · Meeting 4',
        '14 Apr 2019 · Cancelled · Meeting 5',
        '15 Apr 2019 · To be confirmed · Meeting 6',
      ]);
      expect(await accessibleNames(blocks), 'said as before').to.deep.equal(said);
      await expect(el).to.be.accessible();
    });

    it('says it in the visitor\'s language', async () => {
      const el = await timeline(html`<iisg-event-timeline .feed=${feed} lang="fr" style="width: 1100px"></iisg-event-timeline>`);
      await waitUntil(() => $(el, '[part~="status"]')?.textContent === 'Reporté', 'French', { timeout: 5000 });
      expect($$(el, '[part~="status"]').map((s) => s.textContent)).to.deep.equal(['Reporté', 'Reprogrammé', 'Désormais en ligne', 'Annulé', 'À confirmer']);
    });
  });

  it('zoomed out, shows a block too narrow for its words by its day, and still says it whole, reaches it and opens it', async () => {
    const el = await timeline(html`<iisg-event-timeline src=${FEED} lang="en" style="width: 1300px"></iisg-event-timeline>`);
    const said = await accessibleNames($$(el, '[part~="event"]'));
    await zoomOut(el);
    const blocks = $$(el, '[part~="event"]');
    const shownText = (b: HTMLElement) => [...b.querySelectorAll<HTMLElement>('span')].filter((s) => visible(s) && !s.closest('.visually-hidden')).map((s) => s.textContent!.trim()).join(' ');
    expect(blocks.map(shownText)).to.deep.equal(['23', '24', '25']);
    expect(await accessibleNames(blocks), 'said in full, as at zoom 1').to.deep.equal(said);
    expect(said[0]).to.match(/^Tuesday, 23 April 2019: 7th · NFP Group, 7th Meeting of the RCC Group .*, day 1 of 3, Tirana, Albania$/);
    expect(blocks[0].querySelector('.block-day')!.getAttribute('title')).to.match(/^23 Apr 2019 · 7th Meeting of the RCC Group of National Focal Points/);
    // One row of lanes, a lane no taller than at zoom 1: the words no longer wrap letter by letter.
    expect(new Set(blocks.map((b) => Math.round(b.getBoundingClientRect().top))).size).to.equal(1);
    expect(blocks[0].getBoundingClientRect().height).to.be.at.most(parseFloat(getComputedStyle(blocks[0].parentElement!).minHeight) + 1);
    blocks[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)?.dataset.id).to.equal(blocks[1].dataset.id);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.popover h2'), 'popover', { timeout: 5000 });
    expect($(el, '.popover h2')!.textContent).to.equal('3rd Meeting of the Regional Network of the National P-CVE Coordinators (RNNC) of the Western Balkans');
    await expect(el).to.be.accessible();
  });

  it('takes a label, so two timelines on one page are landmarks of their own names', async () => {
    const page = await fixture<HTMLDivElement>(html`<main>
      <iisg-event-timeline src=${FEED} label="Tirana meetings" lang="en" style="width: 900px"></iisg-event-timeline>
      <iisg-event-timeline src=${FEED} label=" " lang="en" style="width: 900px"></iisg-event-timeline>
      <iisg-event-timeline src=${FEED} mode="series" label="Every series" lang="en" style="width: 900px"></iisg-event-timeline>
      <iisg-event-timeline src=${FEED} mode="series" lang="en" style="width: 900px"></iisg-event-timeline>
    </main>`);
    const [a, b, c, d] = [...page.querySelectorAll<IisgEventTimeline>('iisg-event-timeline')];
    await waitUntil(() => [a, b, c, d].every((t) => $(t, '.rows')), 'timelines rendered', { timeout: 5000 });
    expect([a, b, c, d].map((t) => $(t, '.rows')!.getAttribute('aria-label'))).to.deep.equal(['Tirana meetings', 'Back-to-back meetings', 'Every series', 'Meeting series']);
    await expect(page).to.be.accessible();
  });

  it('puts its row headings at the level the page asks for (heading-level): 3 by default, kept within 1-6', async () => {
    const el = await timeline(html`<iisg-event-timeline src=${FEED} mode="series" lang="en" style="width: 900px"></iisg-event-timeline>`);
    type Node = { role: string; name: string; level?: number; children?: Node[] };
    /** The level of each of the timeline's headings, as a screen reader gets them. */
    const levels = async () => {
      await el.updateComplete;
      const found: number[] = [];
      const walk = (n: Node) => (n.role === 'heading' && /\sevents/.test(n.name) && found.push(n.level!), n.children?.forEach(walk));
      walk((await a11ySnapshot({})) as unknown as Node);
      return [...new Set(found)];
    };
    const rows = $$(el, '[part~="row-heading"]').length;
    expect(rows, 'series rows').to.be.greaterThan(3);
    expect(await levels(), 'as before the attribute').to.deep.equal([3]);
    // Under a page's own h3.
    el.setAttribute('heading-level', '4');
    expect(await levels()).to.deep.equal([4]);
    expect($$(el, '[role="heading"][aria-level="4"]').length, 'every row').to.equal(rows);
    el.headingLevel = 1;
    expect(await levels()).to.deep.equal([1]);
    for (const [given, level] of [['9', 6], ['-1', 1], ['0', 3], ['h2', 3], ['', 3]] as const) {
      el.setAttribute('heading-level', given);
      expect(await levels(), `heading-level="${given}"`).to.deep.equal([level]);
    }
    el.removeAttribute('heading-level');
    expect(await levels(), 'removed').to.deep.equal([3]);
    expect(el.hasAttribute('heading-level'), 'not reflected').to.equal(false);
    el.headingLevel = 5;
    await el.updateComplete;
    expect(el.hasAttribute('heading-level'), 'not reflected').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows and says a city, series name or title the feed has only in English, on a Slovenian page, in English (WCAG 3.1.2)', async () => {
    const place = { city: { en: 'Washington, D.C.' }, country: 'US' };
    const feed = {
      version: 1,
      language: 'en',
      series: [{ id: 'donors', name: { en: 'Donor meeting' }, shortName: { en: 'Donors' } }],
      events: [
        { id: 'a', title: { en: 'Donor briefing' }, start: '2019-04-23', location: place },
        { id: 'b', title: { en: 'Second donor meeting', sl: 'Drugo srečanje donatorjev' }, start: '2019-04-24', location: place },
        { id: 'c', title: { en: '3rd Donor meeting' }, start: '2019-04-25', location: place, series: { id: 'donors', ordinal: 3 } },
      ],
    };
    const el = await timeline(html`<iisg-event-timeline .feed=${feed} lang="sl" style="width: 900px"></iisg-event-timeline>`);
    await waitUntil(() => $(el, '[part~="row-heading"]')?.textContent!.includes('april'), 'Slovenian', { timeout: 5000 });
    const heading = $(el, '[part~="row-heading"]')!;
    expect(langsOf(heading, 'Washington, D.C.'), 'the city in the heading').to.deep.equal(['en']);
    expect(langsOf(heading, 'april'), 'the dates in the heading').to.deep.equal([null]);
    const block = (id: string) => $(el, `button[data-id="${id}"]`)!;
    expect(langsOf(block('a'), 'Donor briefing'), 'a title shown whole').to.deep.equal(['en']);
    expect(langsOf(block('b'), 'Drugo srečanje donatorjev'), 'a Slovenian title').to.deep.equal([null]);
    // Shown as "3. Donors", said with its whole title.
    expect(langsOf(block('c'), '3rd Donor meeting'), 'the title said after its badge').to.deep.equal(['en']);
    await expect(el).to.be.accessible();
    el.mode = 'series';
    await waitUntil(() => $(el, '.row.series'), 'series', { timeout: 5000 });
    expect(langsOf($(el, '[part~="row-heading"]')!, 'Donor meeting'), 'the series name').to.deep.equal(['en']);
    const english = await timeline(html`<iisg-event-timeline .feed=${feed} lang="en" style="width: 900px"></iisg-event-timeline>`);
    expect($$(english, '[lang]'), 'nothing marked on an English page').to.deep.equal([]);
  });

  it('shows a series badge’s short name the feed has only in English in English; one written the same in every language unmarked (WCAG 3.1.2)', async () => {
    const place = { city: { en: 'Tirana', sl: 'Tirana' }, country: 'AL' };
    const feed = {
      version: 1,
      language: 'en',
      series: [
        { id: 'donors', name: { en: 'Donor meeting' }, shortName: { en: 'Donors' } },
        { id: 'rnnc', name: { en: 'RNNC meeting', sl: 'sestanek RNNC' }, shortName: { en: 'RNNC', sl: 'RNNC', de: 'RNNC' } },
      ],
      events: [
        { id: 'a', title: { en: '3rd Donor meeting', sl: '3. srečanje donatorjev' }, start: '2019-04-23', location: place, series: { id: 'donors', ordinal: 3 } },
        { id: 'b', title: { en: '2nd RNNC meeting', sl: '2. sestanek RNNC' }, start: '2019-04-24', location: place, series: { id: 'rnnc', ordinal: 2 } },
      ],
    };
    const el = await timeline(html`<iisg-event-timeline .feed=${feed} lang="sl" style="width: 900px"></iisg-event-timeline>`);
    await waitUntil(() => $(el, '[part~="row-heading"]')?.textContent!.includes('april'), 'Slovenian', { timeout: 5000 });
    const title = (id: string) => $(el, `button[data-id="${id}"] .block-title`)!;
    // An ordinal with a full stop is not followed by the badge's "·" as well ("3. · Donors").
    expect(title('a').textContent).to.equal('3. Donors');
    expect(langsOf(title('a'), 'Donors'), 'an English short name').to.deep.equal(['en']);
    expect(langsOf(title('a'), '3.'), 'the ordinal, in Slovenian').to.deep.equal([null]);
    expect(title('b').textContent).to.equal('2. RNNC');
    expect(langsOf(title('b'), 'RNNC'), 'a short name the same in every language').to.deep.equal([null]);
    await expect(el).to.be.accessible();
    // A series block says its label: the series name the feed has only in English, in English.
    el.mode = 'series';
    el.series = 'donors';
    await waitUntil(() => $(el, '.row.series'), 'series', { timeout: 5000 });
    const said = $(el, 'button[data-id="a"] .visually-hidden:last-child')!;
    expect(said.textContent).to.contain('3. Donor meeting');
    expect(langsOf(said, 'Donor meeting')).to.deep.equal(['en']);
    expect(langsOf(said, '3.')).to.deep.equal([null]);
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark theme', async () => {
    const el = await timeline(html`<iisg-event-timeline src=${FEED} theme="dark" lang="en" style="width: 900px"></iisg-event-timeline>`);
    await expect(el).to.be.accessible();
  });
});

describe('<iisg-event-timeline> an open popover and a new feed', () => {
  it('shows the event as the new feed has it (the live feed that replaced a saved copy cancelled it)', async () => {
    const place = { city: 'Tirana', country: 'AL' };
    const first = { version: 1, events: [{ id: 'a', title: 'Meeting A', start: '2019-04-23', location: place }, { id: 'b', title: 'Meeting B', start: '2019-04-24', location: place }] };
    const el = await timeline(html`<iisg-event-timeline .feed=${first} lang="en" style="width: 900px"></iisg-event-timeline>`);
    $(el, 'button[data-id="a"]')!.click();
    await waitUntil(() => $(el, '[part~="popover"]'), 'popover open', { timeout: 5000 });
    expect($(el, '[part~="popover"]')!.textContent).to.not.contain('Cancelled');
    el.feed = { ...first, events: [{ ...first.events[0], status: 'cancelled' }, first.events[1]] };
    await waitUntil(() => $(el, '[part~="popover"]')?.textContent!.includes('Cancelled'), 'the popover says it is cancelled', { timeout: 5000 });
  });
});

describe('<iisg-event-timeline> and a long archive', () => {
  // Thirteen back-to-back clusters: two meetings on consecutive days in Tirana, a month apart each.
  const archive = {
    version: 1,
    timeZone: 'Europe/Tirane',
    events: Array.from({ length: 13 }, (_, i) => {
      const month = String((i % 12) + 1).padStart(2, '0');
      const year = 2018 + Math.floor(i / 12);
      return [
        { id: `a${i}`, title: `Meeting ${i} A`, start: `${year}-${month}-10`, location: { city: 'Tirana', country: 'AL' } },
        { id: `b${i}`, title: `Meeting ${i} B`, start: `${year}-${month}-11`, location: { city: 'Tirana', country: 'AL' } },
      ];
    }).flat(),
  };
  const rows = (el: Element) => $$(el, '[part~="row"]').length;

  it('draws ten rows, then ten more at each press of "+N more", moving focus to the first new meeting', async () => {
    const el = await timeline(html`<iisg-event-timeline .feed=${archive} lang="en"></iisg-event-timeline>`);
    expect(rows(el)).to.equal(10);
    const more = $(el, '[part~="show-more"]')!;
    expect(more.textContent!.trim()).to.equal('+3 more');
    more.click();
    await waitUntil(() => rows(el) === 13, 'all thirteen rows', { timeout: 5000 });
    expect($(el, '[part~="show-more"]'), 'nothing left to show').to.equal(null);
    // Newest first: the eleventh row is the third cluster of 2018 (March), and focus is on its first meeting.
    await waitUntil(() => focused(el)?.dataset.id === 'a2', `focus on the first new meeting (${focused(el)?.dataset.id})`, { timeout: 5000 });
    await expect(el).to.be.accessible();
  });

  it('goes back to `limit` rows when it is given another feed', async () => {
    const el = await timeline(html`<iisg-event-timeline .feed=${archive} lang="en"></iisg-event-timeline>`);
    $(el, '[part~="show-more"]')!.click();
    await waitUntil(() => rows(el) === 13, 'all thirteen rows', { timeout: 5000 });
    el.feed = structuredClone(archive);
    await waitUntil(() => rows(el) === 10 && $(el, '[part~="show-more"]'), 'ten rows again', { timeout: 5000 });
  });

  it('draws the series that met last first, so that `limit` keeps the active ones in sight', async () => {
    // Twelve series of one meeting each, a month apart in 2018, and "old", which began first (2010) and met last.
    const place = { city: 'Tirana', country: 'AL' };
    const feed = {
      version: 1,
      timeZone: 'Europe/Tirane',
      series: [...Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, name: { en: `Series ${i}` } })), { id: 'old', name: { en: 'Old series' } }],
      events: [
        ...Array.from({ length: 12 }, (_, i) => ({ id: `m${i}`, title: `Meeting of series ${i}`, start: `2018-${String(i + 1).padStart(2, '0')}-10`, location: place, series: { id: `s${i}`, ordinal: 1 } })),
        { id: 'old1', title: '1st old meeting', start: '2010-05-05', location: place, series: { id: 'old', ordinal: 1 } },
        { id: 'old2', title: '2nd old meeting', start: '2019-05-05', location: place, series: { id: 'old', ordinal: 2 } },
      ],
    };
    const el = await timeline(html`<iisg-event-timeline .feed=${feed} mode="series" lang="en"></iisg-event-timeline>`);
    const headings = () => $$(el, '[part~="row-heading"]').map((h) => h.textContent!.split(/\s·\s/)[0].trim());
    expect(headings()).to.deep.equal(['Old series', ...Array.from({ length: 9 }, (_, i) => `Series ${11 - i}`)]);
    expect($(el, '[part~="show-more"]')!.textContent!.trim()).to.equal('+3 more');
  });

  it('draws as many rows as `limit` says, and every row with limit="0"', async () => {
    const five = await timeline(html`<iisg-event-timeline .feed=${archive} limit="5" lang="en"></iisg-event-timeline>`);
    expect(rows(five)).to.equal(5);
    expect($(five, '[part~="show-more"]')!.textContent!.trim()).to.equal('+5 more');
    const all = await timeline(html`<iisg-event-timeline .feed=${archive} limit="0" lang="en"></iisg-event-timeline>`);
    expect(rows(all)).to.equal(13);
    expect($(all, '[part~="show-more"]')).to.equal(null);
  });
});
