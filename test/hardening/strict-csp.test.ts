import { expect, waitUntil } from '@open-wc/testing';

/**
 * Issue 9: the built drop-in bundle with all four elements on a page served under
 * `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'`
 * (test/fixtures/hostile/strict-all.html). Every element renders, every popover opens (floating-ui
 * loads on demand), the card writes its JSON-LD, and the page reports no violation at all.
 */

type Report = { directive: string; blocked: string; element: string; sample: string };
type Frame = { doc: Document; win: Window & { cspViolations: string[]; cspReports: Report[] } };

/** Violations by directive and element: `style-src-attr iisg-event-timeline ×12`. */
const tally = (reports: Report[]) =>
  Object.entries(reports.reduce<Record<string, number>>((n, r) => ({ ...n, [`${r.directive} ${r.element}`]: (n[`${r.directive} ${r.element}`] ?? 0) + 1 }), {})).map(
    ([what, count]) => `${what} ×${count}`,
  );
/** Anything that is about scripts: script-src, Trusted Types, eval. */
const scriptReports = (reports: Report[]) => reports.filter((r) => !r.directive.startsWith('style-src'));
type Lit = HTMLElement & { updateComplete: Promise<unknown> };

/** `page` in test/fixtures/hostile/ with its elements rendered; `elements`: how many of the four it has. */
async function openPage(query = '', page = 'strict-all.html', elements = 4): Promise<Frame & { frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  Object.assign(frame.style, { width: '1000px', height: '800px' });
  frame.src = `/test/fixtures/hostile/${page}${query}`;
  document.body.append(frame);
  const doc = () => frame.contentDocument!;
  const ready = (tag: string, selector: string) => () => doc().querySelector(tag)?.shadowRoot?.querySelector(selector);
  await waitUntil(ready('iisg-event-card', 'article'), 'the card rendered', { timeout: 25_000 });
  await waitUntil(ready('iisg-event-calendar', '[part~="body"]:not([aria-busy])'), 'the calendar rendered', { timeout: 10_000 });
  if (elements === 4) {
    await waitUntil(ready('iisg-event-timeline', '.rows'), 'the timeline rendered', { timeout: 10_000 });
    await waitUntil(ready('iisg-network-map', '[part~="marker"]'), 'the map rendered', { timeout: 10_000 });
  }
  return { frame, doc: doc(), win: frame.contentWindow as Frame['win'] };
}

const shadow = (doc: Document, tag: string) => doc.querySelector(tag)!.shadowRoot!;

/** Click the first of `selector` in an element and wait for its popover to be placed by floating-ui. */
async function openPopover(doc: Document, tag: string, selector: string) {
  const el = doc.querySelector<Lit>(tag)!;
  const target = el.shadowRoot!.querySelector<HTMLElement>(selector);
  expect(target, `${tag}: ${selector}`).to.not.equal(null);
  target!.click();
  await waitUntil(() => {
    const popover = el.shadowRoot!.querySelector<HTMLElement>('[part~="popover"]');
    return popover && popover.style.visibility === 'visible';
  }, `${tag}: popover placed`);
  return el.shadowRoot!.querySelector<HTMLElement>('[part~="popover"]')!;
}

describe('strict CSP: the drop-in bundle with all four elements', function () {
  // The first request for the freshly built bundle can be slow on a busy 2-core machine.
  this.timeout(40_000);
  let page: Awaited<ReturnType<typeof openPage>>;

  before(async () => {
    page = await openPage();
  });
  after(() => page.frame.remove());

  it('renders every element from the sample feed', () => {
    const { doc } = page;
    expect(shadow(doc, 'iisg-event-card').querySelector('[part~="title"]')!.textContent).to.match(/^3rd Meeting of the Regional Network/);
    expect(shadow(doc, 'iisg-event-calendar').querySelector('[part~="heading"]')!.textContent!.trim()).to.equal('April 2019');
    expect(shadow(doc, 'iisg-event-calendar').querySelectorAll('[part~="event"]')).to.have.length(3);
    expect(shadow(doc, 'iisg-event-timeline').querySelectorAll('[part~="row"]').length).to.be.greaterThan(0);
    expect(shadow(doc, 'iisg-network-map').querySelectorAll('[part~="marker"]').length).to.be.greaterThan(0);
  });

  it('lays out what inline styles would place: calendar bars in their day columns, timeline blocks along the axis', () => {
    const { doc } = page;
    const calendar = shadow(doc, 'iisg-event-calendar');
    for (const bar of calendar.querySelectorAll<HTMLElement>('[part~="event"]')) {
      const day = [...calendar.querySelectorAll<HTMLElement>('[role="gridcell"]')].find((c) => c.getAttribute('aria-label')!.includes(bar.textContent!.trim().slice(0, 20)))!;
      expect(Math.round(bar.getBoundingClientRect().left), bar.textContent!).to.be.closeTo(Math.round(day.getBoundingClientRect().left), 4);
    }
    const rows = [...shadow(doc, 'iisg-event-timeline').querySelectorAll('[part~="row"]')].map((row) =>
      [...row.querySelectorAll<HTMLElement>('.block-item')].map((b) => Math.round(b.getBoundingClientRect().left)),
    );
    expect(rows.some((lefts) => lefts.length > 1), `a row of several blocks: ${JSON.stringify(rows)}`).to.equal(true);
    for (const lefts of rows) expect(lefts, 'timeline blocks along the axis, left to right').to.deep.equal([...new Set(lefts)].sort((a, b) => a - b));
  });

  it('opens the calendar, timeline and map popovers, loading floating-ui under the policy', async () => {
    const { doc, win } = page;
    const calendar = await openPopover(doc, 'iisg-event-calendar', '[part~="event"]');
    expect(calendar.textContent).to.contain('Meeting');
    const timeline = await openPopover(doc, 'iisg-event-timeline', '[part~="event"]');
    expect(timeline.textContent!.length).to.be.greaterThan(0);
    const map = await openPopover(doc, 'iisg-network-map', '.markers [part~="marker"]');
    expect(map.textContent!.length).to.be.greaterThan(0);
    const chunks = win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(chunks.some((name) => /floating-ui/.test(name)), 'floating-ui loaded on demand').to.equal(true);
  });

  it('opens the card’s add-to-calendar menu with its links', async () => {
    const card = shadow(page.doc, 'iisg-event-card');
    card.querySelector<HTMLElement>('[part~="menu-button"]')!.click();
    await waitUntil(() => card.querySelectorAll('a[part~="menu-item"]').length === 3, 'Google and Outlook links');
  });

  it('writes the card’s JSON-LD through its Trusted Types policy', async () => {
    // In the page's head, where crawlers read it (the light DOM is the page's). The calendar beside it lists the
    // same meeting: whichever element asked first writes it, once.
    const card = () =>
      [...page.doc.head.querySelectorAll('script[type="application/ld+json"][data-iisg-structured-data]')]
        .flatMap((s) => [JSON.parse(s.textContent!)].flat())
        .filter((d) => /^3rd Meeting of the Regional Network/.test(d.name));
    await waitUntil(() => card().length, 'JSON-LD written');
    expect(card().map((d) => d['@type'])).to.deep.equal(['Event']);
  });

  it('reports no script, eval or Trusted Types violation', () => {
    expect(scriptReports(page.win.cspReports)).to.deep.equal([]);
  });

  it('reports no Content-Security-Policy violation at all', () => {
    expect(tally(page.win.cspReports)).to.deep.equal([]);
    expect(page.win.cspViolations).to.deep.equal([]);
  });
});

describe('strict CSP: the hostile feed in all four elements', function () {
  this.timeout(40_000);
  let page: Awaited<ReturnType<typeof openPage>>;

  before(async () => {
    page = await openPage('?feed=hostile');
  });
  after(() => page.frame.remove());

  it('renders every element, opens the popovers, runs nothing and breaks no script rule', async () => {
    const { doc, win } = page;
    await waitUntil(() => shadow(doc, 'iisg-event-card').querySelector('[part~="title"]')?.textContent === '<script>top.pwned=(top.pwned|0)+1</script>', 'hostile card');
    await openPopover(doc, 'iisg-event-calendar', '[part~="event"]');
    await openPopover(doc, 'iisg-event-timeline', '[part~="event"]');
    await openPopover(doc, 'iisg-network-map', '.markers [part~="marker"]');
    await waitUntil(() => doc.head.querySelector('script[type="application/ld+json"][data-iisg-structured-data]'), 'JSON-LD written');
    await new Promise((r) => setTimeout(r, 100));
    expect((window as unknown as { pwned?: number }).pwned, 'a payload ran').to.equal(undefined);
    expect(scriptReports(win.cspReports)).to.deep.equal([]);
  });

  it('reports no violation at all', () => {
    expect(tally(page.win.cspReports)).to.deep.equal([]);
  });
});

/**
 * A site that names the Trusted Types policies it allows (`trusted-types`, as the README says): Lit's
 * `lit-html` and the card's `iisg-json-ld`. With `trusted-types 'none'` every element stays blank.
 */
describe('strict CSP: Trusted Types policies allowed by name', function () {
  this.timeout(40_000);

  it('trusted-types lit-html iisg-json-ld: all four elements render, popovers open, JSON-LD is written, no violation', async () => {
    const page = await openPage('', 'strict-trusted-types.html');
    try {
      const { doc, win } = page;
      expect(shadow(doc, 'iisg-event-calendar').querySelectorAll('[part~="event"]')).to.have.length(3);
      await openPopover(doc, 'iisg-event-calendar', '[part~="event"]');
      await openPopover(doc, 'iisg-network-map', '.markers [part~="marker"]');
      await waitUntil(() => doc.head.querySelector('script[type="application/ld+json"][data-iisg-structured-data]'), 'JSON-LD written');
      expect(tally(win.cspReports)).to.deep.equal([]);
      expect(win.cspViolations).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  it('two elements’ own modules on one page need \'allow-duplicates\' too: each has its own Lit', async () => {
    const page = await openPage('', 'strict-trusted-types-two.html', 2);
    try {
      await waitUntil(() => page.doc.head.querySelector('script[type="application/ld+json"][data-iisg-structured-data]'), 'JSON-LD written');
      expect(tally(page.win.cspReports)).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });
});
