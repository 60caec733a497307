import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '@iisg/widgets/network-map/define.js';
import type { IisgNetworkMap, MemberSelectDetail } from '@iisg/widgets/network-map/network-map.js';
import { COUNTRIES, EXTENT } from '@iisg/widgets/network-map/geometry.generated.js';
import { MAX_ASPECT, MIN_ZOOM, fitBox, viewBoxOf } from '@iisg/widgets/network-map/map-view.js';
import { drawn, project } from '@iisg/widgets/network-map/projection.js';
import { langsOf } from './helpers.js';

const FEED = '/demo/feed.json';

interface RawFeed {
  networks: { id: string; members: { organisation?: string; country?: string }[] }[];
  organisations: { id: string; lat?: number; lon?: number; country?: string }[];
}
const raw: RawFeed = await (await fetch(FEED)).json();

/** Mount a map, wait for the feed and for the stage's measured size to be drawn. */
async function map(template: ReturnType<typeof html>) {
  const el = await fixture<IisgNetworkMap>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('.network-map, [part~="message"]:not([part~="loading"])'), 'map rendered', { timeout: 5000 });
  await settle(el);
  return el;
}

async function settle(el: IisgNetworkMap) {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  await el.updateComplete;
}

/**
 * Settled, and the stage's size known: the map learns it from a ResizeObserver and applies it in the
 * next frame, so on a busy machine a first viewBox read can be from before (it failed so, under load).
 */
async function settleSize(el: IisgNetworkMap) {
  let before = '';
  for (let i = 0; i < 20; i++) {
    await settle(el);
    const now = $(el, '.stage svg')?.getAttribute('viewBox') ?? '';
    if (now && now === before) return;
    before = now;
  }
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T & HTMLElement>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T & HTMLElement>(selector)];
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
/** Every member marker, on the map and in the "elsewhere" strip. */
const memberMarkers = (el: Element) => $$(el, '[part~="marker"]:not([part~="events"])');
/** What a screen reader calls an element: its aria-label, else its text without what is aria-hidden (a marker's count). */
const label = (e: Element | null) => {
  if (!e) return '';
  if (e.hasAttribute('aria-label')) return e.getAttribute('aria-label')!;
  const copy = e.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
};
/** The middle of an element's box, in viewport pixels. */
const centre = (el: Element) => {
  const box = el.getBoundingClientRect();
  return [box.x + box.width / 2, box.y + box.height / 2];
};
const viewBox = (el: Element) => $(el, '.stage svg')!.getAttribute('viewBox')!.split(' ').map(Number);
/** Where a marker's members are, in map units: an organisation's coordinates, else its country's marker. */
const memberPoints = (marker: HTMLElement): [number, number][] =>
  marker.dataset.key!.split(' ').flatMap((key) => {
    const [kind, id] = key.replace(/#\d+$/, '').split(':');
    const o = kind === 'organisation' ? raw.organisations.find((x) => x.id === id) : undefined;
    const code = kind === 'country' ? id : o?.country;
    const [lon, lat] = o?.lon !== undefined && o.lat !== undefined ? [o.lon, o.lat] : COUNTRIES[code!].slice(1, 3) as number[];
    return [project(lon, lat)];
  });
/** Map units to viewport pixels, for the view drawn now. */
const screenOf = (el: Element) => {
  const [x, y, w, h] = viewBox(el);
  const box = $(el, '.markers')!.getBoundingClientRect();
  return ([px, py]: [number, number]) => [box.x + ((px - x) / w) * box.width, box.y + ((py - y) / h) * box.height];
};

describe('<iisg-network-map> members', () => {
  it('places and names every member of every network of the demo feed', async () => {
    const el = await map(html`<iisg-network-map src=${FEED} lang="en" style="width: 1000px"></iisg-network-map>`);
    const networks = raw.networks.filter((n) => n.members.length);
    expect(networks.length).to.be.greaterThan(4);
    for (const network of networks) {
      el.network = network.id;
      await settle(el);
      const markers = memberMarkers(el);
      const keys = markers.flatMap((m) => m.dataset.key!.split(' '));
      const expected = network.members.map((m) => (m.organisation ? `organisation:${m.organisation}` : `country:${m.country}`));
      expect([...keys].sort(), network.id).to.deep.equal([...expected].sort());
      // Each member is named by the marker that holds it.
      for (const member of el.members) {
        const marker = markers.find((m) => m.dataset.key!.split(' ').includes(member.key))!;
        expect(label(marker), `${network.id}: ${member.key}`).to.contain(marker.dataset.key!.includes(' ') ? member.shortName ?? member.name : member.name);
      }
      expect($(el, '[part~="title"]')!.textContent).to.contain(`${network.members.length} member`);
    }
  });

  it('lists members outside the drawn area in the "elsewhere" strip', async () => {
    const el = await map(html`<iisg-network-map src=${FEED} network="wbcti" lang="en" style="width: 1000px"></iisg-network-map>`);
    const strip = $$(el, '[part~="elsewhere"] [part~="marker"]').map(label);
    expect(strip.some((l) => l.includes('(United States Agency for International Development') && l.includes('Washington, D.C.'))).to.equal(true);
    expect(strip.some((l) => l.includes('London, United Kingdom'))).to.equal(true);
    expect(strip.some((l) => l.includes('Belfast'))).to.equal(true);
    expect(strip.some((l) => l.includes('New York'))).to.equal(true);
    expect(strip).to.have.length(4);
    // Brussels, Geneva and Ljubljana are on the map.
    const onMap = $$(el, '.markers [part~="marker"]').map(label).join(' | ');
    expect(onMap).to.contain('Brussels').and.contain('Geneva').and.contain('Ljubljana');
    await expect(el).to.be.accessible();
  });

  it('gathers several members in one city into one marker with a count, opened into a list', async () => {
    const el = await map(html`<iisg-network-map src=${FEED} network="wbcti" lang="en" style="width: 1000px"></iisg-network-map>`);
    const sarajevo = memberMarkers(el).find((m) => label(m).startsWith('7 members in Sarajevo, Bosnia and Herzegovina'))!;
    expect(sarajevo, 'Sarajevo marker').to.exist;
    expect(sarajevo.getAttribute('part')).to.contain('cluster');
    expect(sarajevo.querySelector('[part~="count"]')!.textContent).to.equal('7');
    expect(label(sarajevo)).to.contain('RCC').and.contain('EUFOR').and.contain('MoS BiH');
    sarajevo.click();
    await waitUntil(() => $(el, '[part~="popover"]'));
    expect($(el, '[part~="popover"] h2')!.textContent).to.equal('7 members in Sarajevo, Bosnia and Herzegovina');
    expect($$(el, '[part~="popover"] .member-name')).to.have.length(7);
  });

  it('draws Kosovo keyed XK, named with its footnote, and places markers inside their countries', async () => {
    const el = await map(html`<iisg-network-map src=${FEED} network="rnnc" lang="en" style="width: 1000px"></iisg-network-map>`);
    const kosovo = $<SVGPathElement>(el, 'path[data-country="XK"]')!;
    expect(kosovo.getAttribute('part')).to.equal('country XK member');
    // The shapes are pictures for the eye: the marker names the member country for a screen reader.
    expect(kosovo.closest('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect($(el, '[part~="footnote"]')!.textContent).to.contain('without prejudice to positions on status');
    expect(label(memberMarkers(el).find((m) => m.dataset.key!.includes('country:XK'))!)).to.contain('Kosovo*');
    // Cities from the feed land in their own country's shape: the run-time projection matches the paths.
    for (const o of raw.organisations) {
      if (o.lat === undefined || o.lon === undefined || !o.country || !COUNTRIES[o.country]) continue;
      const [x, y] = project(o.lon, o.lat);
      if (!drawn([x, y])) continue; // London: its country is drawn in part only
      expect($<SVGPathElement>(el, `path[data-country="${o.country}"]`)!.isPointInFill(new DOMPoint(x, y)), o.id).to.equal(true);
    }
    // So do the countries' own markers.
    for (const [code, [, lon, lat]] of Object.entries(COUNTRIES)) {
      const [x, y] = project(lon, lat);
      expect($<SVGPathElement>(el, `path[data-country="${code}"]`)!.isPointInFill(new DOMPoint(x, y)), code).to.equal(true);
    }
  });
});

describe('<iisg-network-map> keyboard', () => {
  it('is one tab stop; arrows move west to east and north to south; Home and End', async () => {
    const el = await map(html`<iisg-network-map src=${FEED} network="rnnc" lang="en" style="width: 1000px"></iisg-network-map>`);
    expect($$(el, '[part~="marker"][tabindex="0"]')).to.have.length(1);
    $(el, '[part~="marker"][tabindex="0"]')!.focus();
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(label(focused(el))).to.match(/^European Commission, EU partner, Brussels/);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(label(focused(el))).to.match(/^IISG Support Group, Meeting co-organiser, Ljubljana/);
    // The tab stop follows focus.
    expect($$(el, '[part~="marker"][tabindex="0"]')).to.deep.equal([focused(el)]);
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(label(focused(el))).to.match(/^European Commission/);
    // Brussels is the northernmost: down goes to the next member south of it, Ljubljana.
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(label(focused(el))).to.match(/^IISG Support Group/);
    await sendKeys({ press: 'End' });
    await settle(el);
    const easternmost = label(focused(el));
    expect(easternmost).to.match(/^(Serbia|North Macedonia|Kosovo)/);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(label(focused(el))).to.equal(easternmost);
    // Walking east from the west end reaches every marker once.
    await sendKeys({ press: 'Home' });
    await settle(el);
    const seen = new Set([label(focused(el))]);
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      seen.add(label(focused(el)));
    }
    expect(seen.size).to.equal(memberMarkers(el).length);
    await expect(el).to.be.accessible();
  });

  it('keeps focus, and its tooltip, on the same member when + and − zoom around it (markers are laid out anew)', async () => {
    const el = await map(html`<iisg-network-map src=${FEED} network="nfp-group" show="members events" lang="en" style="width: 1000px"></iisg-network-map>`);
    $(el, '[part~="marker"][tabindex="0"]')!.focus();
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(label(focused(el))).to.equal('Türkiye, National Focal Point');
    // Zoomed in around Türkiye, the markers are laid out anew (Podgorica and Budva part): focus stayed on its
    // button, which then stood for Slovenia.
    const count = () => $$(el, '.markers [part~="marker"]').length;
    const counts = new Set([count()]);
    for (const press of ['+', '+', '+', '-', '-', '-']) {
      await sendKeys({ press });
      await settleSize(el);
      expect(label(focused(el)), `focus after ${press}`).to.equal('Türkiye, National Focal Point');
      expect(focused(el)!.tabIndex, 'and the tab stop with it').to.equal(0);
      counts.add(count());
    }
    expect(counts.size, 'markers laid out anew').to.be.above(1);
    await waitUntil(() => $(el, '[part~="tooltip"]')?.style.visibility === 'visible', 'tooltip placed', { timeout: 5000 });
    expect($(el, '[part~="tooltip"]')!.textContent, 'the tooltip').to.contain('Türkiye');
    // Every marker: its first member keeps focus, on its own marker or on the cluster that now holds it.
    for (const key of $$(el, '.markers [part~="marker"]').map((m) => m.dataset.key!)) {
      for (const press of ['-', '+']) {
        $(el, `.markers [data-key="${CSS.escape(key)}"]`)?.focus();
        const before = focused(el);
        if (!before?.closest('.markers')) continue;
        const id = before.dataset.key!.split(' ')[0];
        await sendKeys({ press });
        await settleSize(el);
        const after = focused(el);
        expect(Boolean(after?.closest('.markers') && after.dataset.key!.split(' ').includes(id)), `${id} after ${press}: ${label(after)}`).to.equal(true);
        expect(after!.tabIndex).to.equal(0);
      }
    }
  });

  it('shows a tooltip on focus and hover, opens the popover with Enter, and Esc closes each', async () => {
    const el = await map(html`<iisg-network-map src=${FEED} network="rnnc" lang="en" style="width: 1000px"></iisg-network-map>`);
    const ljubljana = memberMarkers(el).find((m) => label(m).startsWith('IISG Support Group'))!;
    ljubljana.focus();
    await waitUntil(() => $(el, '[part~="tooltip"]')?.style.visibility === 'visible', 'tooltip placed', { timeout: 5000 });
    const tooltip = $(el, '[part~="tooltip"]')!;
    expect(tooltip.getAttribute('role')).to.equal('tooltip');
    expect(tooltip.textContent).to.contain('IISG Support Group').and.contain('Meeting co-organiser').and.contain('Member since June 2018').and.contain('wb-iisg.com');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '[part~="tooltip"]')).to.equal(null);

    const selected = oneEvent(el, 'iisg-member-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await selected) as CustomEvent<MemberSelectDetail>;
    expect(detail.network).to.equal('rnnc');
    expect(detail.members.map((m) => m.id)).to.deep.equal(['iisg-sg']);
    await waitUntil(() => $(el, '[part~="popover"]'), 'popover opens', { timeout: 5000 });
    await waitUntil(() => focused(el)?.tagName === 'H2', 'focus moves into the popover', { timeout: 5000 });
    const popover = $(el, '[part~="popover"]')!;
    expect(popover.getAttribute('role')).to.equal('dialog');
    expect(popover.querySelector('h2')!.textContent).to.equal('IISG Support Group');
    expect(popover.textContent).to.contain('Events organised');
    expect(popover.querySelectorAll('.event-list li')).to.have.length(4);
    expect(popover.querySelector<HTMLAnchorElement>('a[href^="https://"]')!.textContent).to.contain('wb-iisg.com');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await aTimeout(0);
    expect($(el, '[part~="popover"]')).to.equal(null);
    expect(focused(el)).to.equal(memberMarkers(el).find((m) => label(m).startsWith('IISG Support Group')));
  });

  it("keeps the keyboard's tooltip when the map moves another marker under a resting pointer (Firefox's pointerenter)", async () => {
    const el = await map(html`<iisg-network-map src=${FEED} network="rnnc" lang="en" style="width: 1000px"></iisg-network-map>`);
    const tooltipText = () => ($(el, '[part~="tooltip"]')?.style.visibility === 'visible' ? $(el, '[part~="tooltip"]')!.textContent! : '');
    const [first, other] = [memberMarkers(el).find((m) => label(m).startsWith('IISG Support Group'))!, memberMarkers(el).find((m) => !label(m).startsWith('IISG Support Group'))!];
    // The pointer rests over the map; the keyboard takes over.
    const box = other.getBoundingClientRect();
    const at = { clientX: Math.round(box.left + box.width / 2), clientY: Math.round(box.top + box.height / 2) };
    await sendMouse({ type: 'move', position: [at.clientX, at.clientY] });
    first.focus();
    await sendKeys({ press: 'Shift' });
    await waitUntil(() => tooltipText().includes('IISG Support Group'), 'the focused marker’s tooltip', { timeout: 5000 });
    // Firefox, after a zoom by key moved another marker under that pointer: a pointerenter where the pointer was.
    other.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse', isPrimary: true, ...at }));
    await el.updateComplete;
    await aTimeout(100);
    expect(tooltipText(), 'still the focused marker’s').to.contain('IISG Support Group');
    // The pointer moved onto it: its tooltip.
    await sendMouse({ type: 'move', position: [at.clientX + 1, at.clientY] });
    other.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse', isPrimary: true, clientX: at.clientX + 1, clientY: at.clientY }));
    await waitUntil(() => tooltipText() !== '' && !tooltipText().includes('IISG Support Group'), 'the hovered marker’s tooltip', { timeout: 5000 });
    // Away, and not to (0, 0), where other tests' synthetic pointerenter events are.
    await sendMouse({ type: 'move', position: [1, 1] });
  });

  it('shows no tooltip on a tap, nor on the marker focus returns to when a tapped popover closes', async () => {
    const el = await map(html`<iisg-network-map src=${FEED} network="rnnc" lang="en" style="width: 1000px"></iisg-network-map>`);
    const tap = (target: HTMLElement) => {
      for (const type of ['pointerover', 'pointerenter', 'pointerdown', 'pointerup'])
        target.dispatchEvent(new PointerEvent(type, { pointerType: 'touch', isPrimary: true, bubbles: type !== 'pointerenter', composed: true }));
      target.click();
    };
    const tooltipShown = () => $(el, '[part~="tooltip"]')?.style.visibility === 'visible';
    const marker = memberMarkers(el).find((m) => label(m).startsWith('IISG Support Group'))!;
    tap(marker);
    await waitUntil(() => $(el, '[part~="popover"]'), 'popover opens', { timeout: 5000 });
    await aTimeout(100);
    expect(tooltipShown(), 'no tooltip on the tap').to.equal(false);
    tap($(el, '[part~="popover"] [part~="close"]')!);
    await waitUntil(() => !$(el, '[part~="popover"]') && focused(el) === memberMarkers(el).find((m) => label(m).startsWith('IISG Support Group')), 'closed, focus back on the marker', { timeout: 5000 });
    await aTimeout(100);
    expect(tooltipShown(), 'no tooltip on the marker focus went back to').to.equal(false);
    // A key, then focus: the keyboard's tooltip is back.
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(tooltipShown, 'a tooltip for the keyboard', { timeout: 5000 });
  });

  // The focused marker's button goes with that render; its blur hid the tooltip by asking for another
  // render while Lit was still drawing this one (Lit's dev mode warns: change-in-update).
  for (const change of ['another network', 'the list view'] as const) {
    it(`closes a focused marker's tooltip in the render that removes the marker (${change}), without a second render`, async () => {
      const el = await map(html`<iisg-network-map src=${FEED} network="wbcti" lang="en" style="width: 1000px"></iisg-network-map>`);
      const markers = memberMarkers(el);
      markers[markers.length - 1].focus();
      await waitUntil(() => $(el, '[part~="tooltip"]')?.style.visibility === 'visible', 'tooltip placed', { timeout: 5000 });
      const warned: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warned.push(args.join(' '));
      try {
        if (change === 'the list view') el.view = 'list';
        else el.network = 'iisg';
        expect(await el.updateComplete, 'no update scheduled while rendering').to.equal(true);
      } finally {
        console.warn = warn;
      }
      expect(warned.filter((w) => w.includes('change-in-update'))).to.deep.equal([]);
      const tooltip = $(el, '[part~="tooltip"]');
      expect(tooltip && getComputedStyle(tooltip).visibility, 'the tooltip is hidden').to.not.equal('visible');
      el.requestUpdate();
      await el.updateComplete;
      expect($(el, '[part~="tooltip"]'), 'and gone at the next render').to.equal(null);
    });
  }

  it('begins the tab stop on the map, west; the "elsewhere" strip is stops of its own after it, out of the arrows’ way', async () => {
    const el = await map(html`<iisg-network-map src=${FEED} network="wbcti" show="members events" lang="en" style="width: 1000px"></iisg-network-map>`);
    const onMap = $$(el, '.markers [part~="marker"]');
    const strip = $$(el, '[part~="elsewhere"] [part~="marker"]');
    expect(strip.map(label).join(' | ')).to.contain('Washington, D.C.');
    // Washington is the westernmost of all, but below the map: the map's stop is its westernmost marker, Brussels.
    const stop = $$(el, '.markers [part~="marker"][tabindex="0"]');
    expect(stop.map(label)).to.have.length(1);
    expect(label(stop[0])).to.match(/ in Brussels, Belgium/);
    expect(onMap.filter((m) => m.tabIndex === 0)).to.deep.equal(stop);
    expect(strip.every((m) => m.tabIndex === 0), 'each place in the strip a tab stop').to.equal(true);
    // The arrows go round the map only.
    stop[0].focus();
    const seen = new Set<HTMLElement>();
    for (const key of ['Home', 'ArrowLeft', ...onMap.map(() => 'ArrowRight'), 'End', 'ArrowDown', 'ArrowUp', 'ArrowUp']) {
      await sendKeys({ press: key });
      await settle(el);
      expect(focused(el)?.closest('.markers'), `${key}: on the map`).to.not.equal(null);
      seen.add(focused(el)!);
    }
    expect(seen.size).to.equal(onMap.length);
    const last = focused(el)!;
    // Arrows on a place in the strip move nothing: it is a button in a list.
    strip[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focused(el)).to.equal(strip[0]);
    // Focus there leaves the map's stop where it was.
    expect($$(el, '.markers [part~="marker"][tabindex="0"]').map(label)).to.deep.equal([label(last)]);
  });

  it('goes by Tab as on screen: toolbar, zoom buttons, the map, the "elsewhere" strip', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><iisg-network-map src=${FEED} network="wbcti" lang="en" style="width: 1000px"></iisg-network-map><button>After the map</button></div>`);
    const el = page.querySelector<IisgNetworkMap>('iisg-network-map')!;
    await waitUntil(() => $(el, '.markers [part~="marker"]'), 'map rendered', { timeout: 5000 });
    await settle(el);
    $$(el, '[part~="view"]').pop()!.focus();
    const stops: string[] = [];
    // Up to the page's button after the map (Tab past the page's end would leave the page).
    while (stops.length < 12 && document.activeElement === el) {
      await sendKeys({ press: 'Tab' });
      await settle(el);
      const at = focused(el);
      stops.push(at?.closest('.markers') ? 'map' : at?.closest('[part~="elsewhere"]') ? 'elsewhere' : (at?.getAttribute('part') ?? 'after'));
    }
    expect(stops).to.deep.equal(['button zoom-in', 'button zoom-out', 'button fit', 'map', 'elsewhere', 'elsewhere', 'elsewhere', 'elsewhere', 'after']);
  });

  it('Tab past the popover’s last control closes it and goes on past the map, not back to the zoom buttons', async () => {
    const el = await map(html`<iisg-network-map src=${FEED} network="wbcti" lang="en" style="width: 1000px"></iisg-network-map>`);
    const marker = $(el, '.markers [part~="marker"][tabindex="0"]')!;
    const open = async () => {
      marker.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focused(el)?.tagName === 'H2', 'focus in the popover', { timeout: 5000 });
    };
    await open();
    const controls = $$(el, '[part~="popover"] a[href], [part~="popover"] button');
    expect(controls.length, 'links in the popover').to.be.greaterThan(1);
    controls[controls.length - 1].focus();
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect($(el, '[part~="popover"]')).to.equal(null);
    // What follows the marker on screen and in the DOM: the strip under the map.
    expect(focused(el), focused(el)?.outerHTML.slice(0, 80)).to.equal($(el, '[part~="elsewhere"] [part~="marker"]'));
    // Shift+Tab from the popover's first control: back to the marker.
    await open();
    $(el, '[part~="popover"] button')!.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await settle(el);
    expect($(el, '[part~="popover"]')).to.equal(null);
    expect(focused(el)).to.equal(marker);
  });

  it('Tab past a popover of the last thing in the map goes on to the page', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><iisg-network-map src=${FEED} network="rnnc" lang="en" style="width: 1000px"></iisg-network-map><button>After the map</button></div>`);
    const el = page.querySelector<IisgNetworkMap>('iisg-network-map')!;
    await waitUntil(() => $(el, '.markers [part~="marker"]'), 'map rendered', { timeout: 5000 });
    await settle(el);
    $(el, '.markers [part~="marker"][tabindex="0"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.tagName === 'H2', 'focus in the popover', { timeout: 5000 });
    const controls = $$(el, '[part~="popover"] a[href], [part~="popover"] button');
    controls[controls.length - 1].focus();
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect($(el, '[part~="popover"]')).to.equal(null);
    // Compared by name: a failure that printed the map element itself took the browser down.
    expect(document.activeElement?.textContent, `focused: ${label(focused(el))}`).to.equal('After the map');
  });

  for (const width of [320, 1000]) {
    it(`shows the arrow keys’ hint under a ${width} px map while a marker has keyboard focus, covering none`, async () => {
      const el = await map(html`<iisg-network-map src=${FEED} network="wbcti" lang="en" style=${`width: ${width}px`}></iisg-network-map>`);
      await settleSize(el);
      const hint = $(el, '[part~="keyboard-hint"]')!;
      const stage = $(el, '[part~="map"]')!;
      expect(stage.getAttribute('aria-describedby')).to.equal(hint.id);
      expect(hint.textContent).to.contain('arrow keys');
      const shown = () => hint.getBoundingClientRect().height > 0 && getComputedStyle(hint).visibility === 'visible';
      expect(shown(), 'hidden before').to.equal(false);
      // By keyboard, from the fit button to the marker.
      $(el, '[part~="fit"]')!.focus();
      await sendKeys({ press: 'Tab' });
      await settle(el);
      expect(focused(el)?.closest('.markers'), 'a marker focused').to.not.equal(null);
      expect(shown(), 'shown while a marker has keyboard focus').to.equal(true);
      const box = hint.getBoundingClientRect();
      const host = el.getBoundingClientRect();
      expect(box.top, 'under the map').to.be.at.least(stage.getBoundingClientRect().bottom - 0.5);
      expect(box.left).to.be.at.least(host.left - 0.5);
      expect(box.right).to.be.at.most(host.right + 0.5);
      expect(hint.scrollWidth, 'no text past its edge').to.be.at.most(hint.clientWidth);
      for (const marker of $$(el, '[part~="marker"]')) {
        const m = marker.getBoundingClientRect();
        const overlap = m.bottom > box.top && m.top < box.bottom && m.right > box.left && m.left < box.right;
        expect(overlap, `covers ${label(marker)}`).to.equal(false);
      }
      await expect(el).to.be.accessible();
      // Tab on to the strip, where the arrows do nothing: hidden again.
      await sendKeys({ press: 'Tab' });
      await settle(el);
      expect(focused(el)?.closest('[part~="elsewhere"]')).to.not.equal(null);
      expect(shown(), 'hidden in the strip').to.equal(false);
    });
  }

  it('shows the tooltip on hover over a member country', async () => {
    const el = await map(html`<iisg-network-map src=${FEED} network="rnnc" lang="en" style="width: 1000px"></iisg-network-map>`);
    $(el, 'path[data-country="AL"]')!.dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(() => $(el, '[part~="tooltip"]'));
    expect($(el, '[part~="tooltip"]')!.textContent).to.contain('Albania').and.contain('National P/CVE Coordinator');
  });

  it('lets the page cancel iisg-member-select and show its own details', async () => {
    const el = await map(html`<iisg-network-map src=${FEED} network="rnnc" lang="en" style="width: 1000px"></iisg-network-map>`);
    el.addEventListener('iisg-member-select', (e) => e.preventDefault());
    memberMarkers(el)[0].click();
    await el.updateComplete;
    await aTimeout(0);
    expect($(el, '[part~="popover"]')).to.equal(null);
  });
});

describe('<iisg-network-map> list view, layers and zoom', () => {
  it('shows the same members in the list view, toggled from the map', async () => {
    const el = await map(html`<iisg-network-map src=${FEED} network="wbcti" lang="en" style="width: 1000px"></iisg-network-map>`);
    const onMap = memberMarkers(el).flatMap((m) => m.dataset.key!.split(' ')).sort();
    // Under the map the table is there for screen readers (and print), without controls.
    expect($(el, '.table-wrap')!.classList.contains('visually-hidden')).to.equal(true);
    expect($$(el, '.table-wrap button')).to.have.length(0);
    const listButton = $$(el, '[part~="view"]').find((b) => b.textContent!.trim() === 'List')!;
    listButton.click();
    await settle(el);
    expect(el.view).to.equal('list');
    expect(listButton.getAttribute('aria-pressed')).to.equal('true');
    expect($(el, '[part~="map"]')).to.equal(null);
    const rows = $$(el, 'table.members tbody tr');
    expect(rows.map((r) => r.dataset.member!).sort()).to.deep.equal(onMap);
    expect($(el, 'table.members caption')!.textContent).to.contain('19 members');
    const usaid = rows.find((r) => r.dataset.member === 'organisation:usaid')!;
    expect(usaid.textContent).to.contain('Washington, D.C., United States').and.contain('Elsewhere');
    const selected = oneEvent(el, 'iisg-member-select');
    usaid.querySelector('button')!.click();
    expect((await selected).detail.members[0].id).to.equal('usaid');
    await waitUntil(() => $(el, '[part~="popover"]'));
    expect($(el, '[part~="popover"] h2')!.textContent).to.equal('United States Agency for International Development');
  });

  it('passes axe in map and list views, light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const view of ['map', 'list'] as const) {
        const el = await map(html`<iisg-network-map src=${FEED} network="nfp-group" show="members events" view=${view} theme=${theme} lang="en" style="width: 900px"></iisg-network-map>`);
        await expect(el, `${view}, ${theme}`).to.be.accessible();
      }
    }
  });

  it('gives a screen reader the heading, the menus and the markers, not the drawn countries', async () => {
    const el = await map(html`<iisg-network-map src=${FEED} network="rnnc" lang="en" style="width: 1000px"></iisg-network-map>`);
    type Node = { role: string; name: string; children?: Node[] };
    const nodes: Node[] = [];
    const walk = (n: Node) => (nodes.push(n), n.children?.forEach(walk));
    walk((await a11ySnapshot({})) as unknown as Node);
    // The map drew about forty country shapes: each used to be read as an image ("Austria", "Belarus", ...).
    expect(nodes.filter((n) => n.role === 'image').map((n) => n.name)).to.deep.equal([]);
    // The acronym is set apart by a space in what is read, not only by the gap on screen.
    expect(nodes.find((n) => n.role === 'heading')!.name).to.equal('Regional Network of National P/CVE Coordinators of the Western Balkans (RNNC)');
    // Every member is reached by its marker.
    const buttons = nodes.filter((n) => n.role === 'button').map((n) => n.name);
    expect(buttons).to.include.members(['Albania, National P/CVE Coordinator', 'Kosovo*, National P/CVE Coordinator']);
    el.remove();
  });

  it('says each map button once: no tooltip read again as its description', async () => {
    const el = await map(html`<iisg-network-map src=${FEED} network="rnnc" lang="en" style="width: 1000px"></iisg-network-map>`);
    type Node = { role: string; name: string; description?: string; children?: Node[] };
    const repeated: string[] = [];
    const walk = (n: Node) => (n.description && n.description === n.name && repeated.push(`${n.role} "${n.name}"`), n.children?.forEach(walk));
    walk((await a11ySnapshot({})) as unknown as Node);
    // "Fit to members, button, Fit to members": its title, the same words as its label, was its description.
    expect(repeated).to.deep.equal([]);
    expect($(el, '[part~="fit"]')!.title, 'the pointer still gets the tooltip').to.equal('Fit to members');
    el.remove();
  });

  it('takes a label, so two maps on one page are landmarks of their own names', async () => {
    const page = await fixture<HTMLDivElement>(html`<main>
      <iisg-network-map src=${FEED} network="rnnc" label="RNNC members" lang="en" style="width: 600px"></iisg-network-map>
      <iisg-network-map src=${FEED} network="wbcti" lang="en" style="width: 600px"></iisg-network-map>
    </main>`);
    const [a, b] = [...page.querySelectorAll<IisgNetworkMap>('iisg-network-map')];
    await waitUntil(() => $(a, '.network-map') && $(b, '.network-map'), 'maps rendered', { timeout: 5000 });
    await settle(a);
    await settle(b);
    expect([a, b].map((m) => $(m, '.network-map')!.getAttribute('aria-label'))).to.deep.equal(['RNNC members', 'Network members map']);
    await expect(page).to.be.accessible();
  });

  it('takes its --iisg-map-* properties from the page, like the --iisg-* tokens, or from the element itself', async () => {
    // developers.md: "a token set on a parent reaches every widget below it".
    const page = await fixture<HTMLDivElement>(html`<div style="--iisg-map-sea: rgb(1, 2, 3); --iisg-map-land: rgb(4, 5, 6); --iisg-map-member: rgb(7, 8, 9); --iisg-map-marker: rgb(10, 11, 12); --iisg-map-event: rgb(13, 14, 15)">
      <iisg-network-map src=${FEED} network="rnnc" show="members events" lang="en" style="width: 600px"></iisg-network-map>
      <iisg-network-map src=${FEED} network="rnnc" lang="en" style="width: 600px; --iisg-map-sea: rgb(20, 21, 22)"></iisg-network-map>
    </div>`);
    const [inherited, own] = [...page.querySelectorAll<IisgNetworkMap>('iisg-network-map')];
    await waitUntil(() => $(inherited, '.sea') && $(own, '.sea'), 'maps drawn', { timeout: 5000 });
    await settle(inherited);
    const style = (el: Element, selector: string) => getComputedStyle($(el, selector)!);
    expect(style(inherited, '.sea').fill).to.equal('rgb(1, 2, 3)');
    expect(style(inherited, 'path:not(.member):not(.sea):not(.frame)').fill).to.equal('rgb(4, 5, 6)');
    expect(style(inherited, 'path.member').fill).to.equal('rgb(7, 8, 9)');
    expect(getComputedStyle($(inherited, '.marker.country')!, '::before').borderTopColor).to.equal('rgb(10, 11, 12)');
    expect(getComputedStyle($(inherited, '.marker.events')!, '::before').borderTopColor).to.equal('rgb(13, 14, 15)');
    expect(style(own, '.sea').fill).to.equal('rgb(20, 21, 22)');
  });

  it("is not recoloured by a page's own --map-* variables (another map library's)", async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="--map-sea: rgb(1, 2, 3); --map-land: rgb(4, 5, 6); --map-marker: rgb(10, 11, 12)">
      <iisg-network-map src=${FEED} network="rnnc" lang="en" style="width: 600px"></iisg-network-map>
    </div>`);
    const el = page.querySelector<IisgNetworkMap>('iisg-network-map')!;
    await waitUntil(() => $(el, '.sea') && $(el, '.marker.country'), 'map drawn', { timeout: 5000 });
    expect(getComputedStyle($(el, '.sea')!).fill).to.not.equal('rgb(1, 2, 3)');
    expect(getComputedStyle($(el, 'path:not(.member):not(.sea):not(.frame)')!).fill).to.not.equal('rgb(4, 5, 6)');
    expect(getComputedStyle($(el, '.marker.country')!, '::before').borderTopColor).to.not.equal('rgb(10, 11, 12)');
  });

  it('keeps the page’s --iisg-map-* properties and draws no black where color-mix() is missing', async () => {
    // The @supports not (color-mix()) block's rules, applied as a browser without color-mix() applies
    // them (this one has it), with :hover dropped so that the hovered member country can be read.
    const page = await fixture<HTMLDivElement>(html`<div style="--iisg-map-sea: rgb(1, 2, 3)">
      <iisg-network-map src=${FEED} network="rnnc" lang="en" style="width: 600px; --iisg-color-accent: rgb(10, 11, 12)"></iisg-network-map>
    </div>`);
    const el = page.querySelector<IisgNetworkMap>('iisg-network-map')!;
    await waitUntil(() => $(el, '.sea') && $(el, 'path.member'), 'map drawn', { timeout: 5000 });
    const sheets = el.shadowRoot!.adoptedStyleSheets;
    const fallback = sheets.flatMap((sheet) => [...sheet.cssRules]).find((r): r is CSSSupportsRule => r instanceof CSSSupportsRule && r.conditionText.includes('color-mix'))!;
    const plain = new CSSStyleSheet();
    plain.replaceSync([...fallback.cssRules].map((r) => r.cssText.replace(/:hover/g, '')).join('\n'));
    el.shadowRoot!.adoptedStyleSheets = [...sheets, plain];
    await settle(el);
    // A --iisg-map-sea set on the page still reaches the map (the fallback is only for the defaults).
    expect(getComputedStyle($(el, '.sea')!).fill).to.equal('rgb(1, 2, 3)');
    // The hovered member country takes the marker colour, not a fill that fails and is inherited (black).
    expect(getComputedStyle($(el, 'path.member')!).fill).to.equal('rgb(10, 11, 12)');
  });

  it('writes no colon after a date that ends in a full stop (sr: "23. april 2019." not "2019.:")', async () => {
    const el = await map(html`<iisg-network-map src=${FEED} network="rnnc" show="members events" view="list" lang="sr-Latn" style="width: 900px"></iisg-network-map>`);
    const items = () => $$(el, 'table.events li').map((li) => li.textContent!);
    await waitUntil(() => items().some((t) => t.includes('april 2019.')), 'Serbian dates', { timeout: 5000 });
    expect(items().join(' ')).not.to.contain('.:');
    // The popover's list of a place's events too.
    const onMap = await map(html`<iisg-network-map src=${FEED} network="rnnc" show="members events" lang="sr-Latn" style="width: 900px"></iisg-network-map>`);
    await waitUntil(() => $$(onMap, '[part~="marker"][part~="events"]').some((m) => label(m).includes('Tiran')), 'a Tirana marker', { timeout: 5000 });
    $$(onMap, '[part~="marker"][part~="events"]').find((m) => label(m).includes('Tiran'))!.click();
    await waitUntil(() => $(onMap, '[part~="popover"] .event-list li'));
    expect($$(onMap, '[part~="popover"] .event-list li').map((li) => li.textContent).join(' ')).to.contain('april 2019.').and.not.contain('.:');
  });

  it('draws where events were held, sized by count, filtered by year', async () => {
    const el = await map(html`<iisg-network-map src=${FEED} network="rnnc" show="members events" lang="en" style="width: 1000px"></iisg-network-map>`);
    const tirana = () => $$(el, '[part~="marker"][part~="events"]').find((m) => label(m).includes('Tirana'))!;
    expect(label(tirana())).to.equal('5 events in Tirana, Albania');
    const size = (m: HTMLElement) => m.getBoundingClientRect().width;
    const prague = $$(el, '[part~="marker"][part~="events"]').find((m) => label(m).includes('Prague'))!;
    expect(size(tirana())).to.be.greaterThan(size(prague));
    expect($$(el, '[part~="elsewhere"] [part~="events"]').map(label)).to.deep.equal(['1 event in Washington, D.C., United States']);
    const year = $$<HTMLSelectElement>(el, 'select').find((s) => [...s.options].some((o) => o.value === '2019'))!;
    year.value = '2019';
    year.dispatchEvent(new Event('change'));
    await settle(el);
    expect(label(tirana())).to.equal('3 events in Tirana, Albania');
    expect($$(el, '[part~="elsewhere"] [part~="events"]')).to.have.length(0);
    tirana().click();
    await waitUntil(() => $(el, '[part~="popover"]'));
    expect($$(el, '[part~="popover"] .event-list li')).to.have.length(3);
  });

  it('says which events of a place are cancelled or postponed: the ring, its tooltip, its popover (a cancelled one struck through) and the table', async () => {
    const json = await (await fetch(FEED)).json();
    const byId = (id: string) => json.events.find((e: { id: string }) => e.id === id);
    byId('rnnc-3').status = 'cancelled';
    byId('nfp-7').status = 'postponed';
    const el = await map(html`<iisg-network-map .feed=${json} network="rnnc" show="members events" lang="en" style="width: 1000px"></iisg-network-map>`);
    const tirana = $$(el, '[part~="marker"][part~="events"]').find((m) => label(m).includes('Tirana'))!;
    // Every event is counted (the popover lists them all), the ones not held as planned by name.
    expect(label(tirana)).to.equal('5 events in Tirana, Albania (Cancelled: 1, Postponed: 1)');
    tirana.focus();
    await waitUntil(() => $(el, '[part~="tooltip"]')?.style.visibility === 'visible', 'tooltip placed', { timeout: 5000 });
    expect($(el, '[part~="tooltip"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('5 events in Tirana, Albania (Cancelled: 1, Postponed: 1)');
    tirana.click();
    await waitUntil(() => $(el, '[part~="popover"] .event-list li'), 'popover', { timeout: 5000 });
    const item = (root: string, title: string) => $$(el, `${root} li`).find((li) => li.textContent!.includes(title))!;
    const says = (li: HTMLElement) => li.textContent!.replace(/\s+/g, ' ').trim();
    // The popover's heading counts them as the ring's name does.
    expect($(el, '[part~="popover"] [part~="popover-title"], [part~="popover"] h2, [part~="popover"] h3')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('5 events in Tirana, Albania (Cancelled: 1, Postponed: 1)');
    const rnnc = item('[part~="popover"] .event-list', byId('rnnc-3').title.en);
    expect(says(rnnc)).to.equal(`24 April 2019: ${byId('rnnc-3').title.en} (Cancelled)`);
    expect(says(item('[part~="popover"] .event-list', byId('nfp-7').title.en))).to.equal(`23 April 2019: ${byId('nfp-7').title.en} (Postponed)`);
    // Struck through as in the calendar, its status not: "Cancelled" stays legible.
    const struck = [...rnnc.querySelectorAll('*')].filter((e) => getComputedStyle(e).textDecorationLine.includes('line-through'));
    expect(struck.map((e) => e.textContent)).to.deep.equal([byId('rnnc-3').title.en]);
    const scheduled = item('[part~="popover"] .event-list', byId('iisg-pcve-coordination-albania-1').title.en);
    expect(says(scheduled)).to.equal(`25 April 2019: ${byId('iisg-pcve-coordination-albania-1').title.en}`);
    await expect(el).to.be.accessible();
    // The table under the map, for screen readers and print.
    expect(says(item('table.events', byId('rnnc-3').title.en))).to.equal(`24 April 2019: ${byId('rnnc-3').title.en} (Cancelled)`);
    // In the page's language, in the card's and the calendar's words.
    const sl = await map(html`<iisg-network-map .feed=${json} network="rnnc" show="members events" lang="sl" style="width: 1000px"></iisg-network-map>`);
    expect($$(sl, '[part~="marker"][part~="events"]').map(label).find((l) => l.startsWith('Tiran'))).to.match(/: 5 dogodkov \(Odpovedano: 1, Preloženo: 1\)$/);
    expect(says($$(sl, 'table.events li').find((li) => li.textContent!.includes(byId('rnnc-3').title.sl))!)).to.match(/ \(Odpovedano\)$/);
  });

  it('draws an event ring round the member or cluster marker with a member inside it, not beside it', async () => {
    const networks = raw.networks.filter((n) => n.members.length).map((n) => n.id);
    // 1300 px: the Sarajevo cluster is drawn at Bosnia's marker, beside the ring of its other member's city.
    for (const [network, width] of networks.flatMap((n) => [320, 480, 1000, 1300].map((w) => [n, w] as const))) {
      const el = await map(html`<iisg-network-map src=${FEED} network=${network} show="members events" lang="en" style=${`width: ${width}px`}></iisg-network-map>`);
      await settleSize(el);
      const at = `${network} at ${width} px`;
      const onScreen = screenOf(el);
      const rings = $$(el, '.markers [part~="events"]');
      const members = $$(el, '.markers [part~="marker"]:not([part~="events"])');
      let concentric = 0;
      for (const ring of rings) {
        const radius = parseFloat(getComputedStyle(ring, '::before').width) / 2;
        const [x, y] = centre(ring);
        // Its size by count (drawn wider round a marker) and its place (elsewhere when round a marker): its key is "events:x,y" in map units.
        const own = parseFloat(ring.style.getPropertyValue('--ring')) / 2;
        const [px, py] = onScreen(ring.dataset.key!.split(' ')[0].slice('events:'.length).split(',').map(Number) as [number, number]);
        for (const member of members) {
          const d = Math.hypot(centre(member)[0] - x, centre(member)[1] - y);
          const dot = getComputedStyle(member, '::before');
          const dotRadius = (parseFloat(dot.width) + (dot.boxSizing === 'border-box' ? 0 : 2 * parseFloat(dot.borderLeftWidth))) / 2 + 1;
          // Inside by more than a pixel: the key's place is rounded.
          const inside = memberPoints(member).some((p) => Math.hypot(onScreen(p)[0] - px, onScreen(p)[1] - py) < own - 1);
          if (d < 0.5) {
            concentric++;
            // The ring shows round the member's dot.
            expect(radius - dotRadius, `the band of ${label(ring)} round ${label(member)}`).to.be.at.least(4);
          } else {
            // A member of this marker inside the ring (a cluster's as a single member's): the ring is round this
            // marker, or round another one with a member nearer (a ring goes round one marker only).
            if (inside) expect(ring.className, `${at}: ${label(ring)} beside ${label(member)}, one of whose members is inside it`).to.match(/\baround-/);
            expect(d, `${at}: ${label(member)} inside the ring of ${label(ring)}`).to.be.at.least(radius);
          }
        }
      }
      // Brussels (the EU) is one of the RNNC's members' places and an event place at every width.
      if (network === 'rnnc') {
        expect(concentric, `rings round members at ${width} px`).to.be.greaterThan(0);
        // Bosnia and Herzegovina and the EU delegation in Sarajevo, drawn at Bosnia's marker, round which the ring of Sarajevo goes.
        const sarajevo = members.find((m) => label(m).startsWith('2 members in Sarajevo'))!;
        expect(rings.some((r) => Math.hypot(centre(r)[0] - centre(sarajevo)[0], centre(r)[1] - centre(sarajevo)[1]) < 0.5), `a ring round the Sarajevo cluster at ${width} px`).to.equal(true);
      }
    }
  });

  it('lists every event of a ring drawn round a member marker in that marker’s popover, once', async () => {
    const el = await map(html`<iisg-network-map src=${FEED} network="rnnc" show="members events" lang="en" style="width: 1000px"></iisg-network-map>`);
    await settleSize(el);
    const items = (selector: string) => $$(el, `[part~="popover"] ${selector} .event-list li`).map((li) => li.textContent!.trim());
    const open = async (marker: HTMLElement) => {
      $(el, '[part~="popover"] [part~="close"]')?.click();
      await settle(el);
      marker.click();
      await waitUntil(() => $(el, '[part~="popover"]'));
    };
    const rings = $$(el, '.markers [class*="around-"]');
    expect(rings.length, 'rings round members').to.be.greaterThan(1);
    let sections = 0;
    for (const ring of rings) {
      const member = $$(el, '.markers [part~="marker"]:not([part~="events"])').find((m) => Math.hypot(centre(m)[0] - centre(ring)[0], centre(m)[1] - centre(ring)[1]) < 0.5)!;
      await open(ring);
      const ringEvents = items('');
      await open(member);
      expect(items(''), `${label(member)} lists the events of ${label(ring)}`).to.include.members(ringEvents);
      const section = $(el, '[part~="popover"] .ring');
      if (section) {
        sections++;
        expect(section.querySelector('h3')!.textContent).to.equal(label(ring));
        expect(items('.member'), 'the ring adds events the member lists do not').not.to.include.members(ringEvents);
      }
    }
    expect(sections, 'a ring whose events its member does not list').to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('zooms by buttons and Ctrl+wheel, pans by drag, and fits back to the members', async () => {
    const el = await map(html`<iisg-network-map src=${FEED} network="rnnc" lang="en" style="width: 1000px"></iisg-network-map>`);
    await settleSize(el);
    const fitted = viewBox(el);
    // A finger's vertical swipe over the whole map scrolls the page; over a zoomed-in map it pans the map
    // (the page is still there around it: the stage is at most 85vh tall, and the toolbar above it).
    const touchAction = () => getComputedStyle($(el, '[part~="map"]')!).touchAction;
    expect(touchAction(), 'the whole map').to.equal('pan-y pinch-zoom');
    $(el, '[part~="zoom-in"]')!.click();
    await settle(el);
    expect(viewBox(el)[2]).to.be.closeTo(fitted[2] / 1.5, 0.01);
    expect(touchAction(), 'zoomed in').to.equal('pinch-zoom');
    $(el, '[part~="zoom-out"]')!.click();
    await settle(el);
    expect(viewBox(el)[2]).to.be.closeTo(fitted[2], 0.01);
    expect(touchAction(), 'zoomed back out').to.equal('pan-y pinch-zoom');

    const stage = $(el, '[part~="map"]')!;
    const rect = stage.getBoundingClientRect();
    const plain = new WheelEvent('wheel', { deltaY: -100, clientX: rect.x + 200, clientY: rect.y + 200, bubbles: true, cancelable: true });
    stage.dispatchEvent(plain);
    expect(plain.defaultPrevented, 'a plain wheel scrolls the page').to.equal(false);
    const zoom = new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, clientX: rect.x + 200, clientY: rect.y + 200, bubbles: true, cancelable: true });
    stage.dispatchEvent(zoom);
    await settle(el);
    expect(zoom.defaultPrevented).to.equal(true);
    expect(viewBox(el)[2]).to.be.lessThan(fitted[2]);

    const before = viewBox(el);
    const pointer = (type: string, x: number, y: number) =>
      stage.dispatchEvent(new PointerEvent(type, { pointerId: 7, button: 0, clientX: rect.x + x, clientY: rect.y + y, bubbles: true, composed: true }));
    // Dragging the map up and to the left shows what lies south-east.
    pointer('pointerdown', 600, 340);
    pointer('pointermove', 560, 320);
    pointer('pointermove', 500, 300);
    pointer('pointerup', 500, 300);
    await settle(el);
    expect(viewBox(el)[0]).to.be.greaterThan(before[0]);
    expect(viewBox(el)[1]).to.be.greaterThan(before[1]);

    // A drag that starts on a marker pans too, and the click that ends it opens nothing.
    const marker = $(el, '.markers [part~="marker"]')!;
    const m = marker.getBoundingClientRect();
    const onMarker = (type: string, dx: number, dy: number) =>
      marker.dispatchEvent(new PointerEvent(type, { pointerId: 8, button: 0, clientX: m.x + m.width / 2 + dx, clientY: m.y + m.height / 2 + dy, bubbles: true, composed: true }));
    const panned = viewBox(el);
    onMarker('pointerdown', 0, 0);
    onMarker('pointermove', 0, -30);
    onMarker('pointermove', 0, -60);
    onMarker('pointerup', 0, -60);
    marker.click();
    await settle(el);
    expect(viewBox(el)[1], 'panned from a marker').to.be.greaterThan(panned[1]);
    expect($(el, '[part~="popover"]'), 'no popover from the drag’s click').to.equal(null);

    $(el, '[part~="fit"]')!.click();
    await settle(el);
    expect(viewBox(el)).to.deep.equal(fitted);
  });

  it('fits a 320 px sidebar: no overflow, a square map, markers apart', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><iisg-network-map src=${FEED} lang="en"></iisg-network-map></div>`);
    const el = wrapper.querySelector('iisg-network-map')!;
    await waitUntil(() => el.shadowRoot!.querySelector('.network-map'), 'map rendered', { timeout: 5000 });
    await settle(el);
    await settle(el);
    expect(el.scrollWidth).to.be.at.most(320);
    const stage = $(el, '[part~="map"]')!.getBoundingClientRect();
    expect(stage.width).to.be.closeTo(320, 2);
    expect(stage.height).to.be.closeTo(stage.width, 2);
    // Every member still has a marker, and no two markers' dots overlap.
    expect(memberMarkers(el).flatMap((m) => m.dataset.key!.split(' '))).to.have.length(raw.networks[0].members.length);
    const centres = $$(el, '.markers [part~="marker"]').map(centre);
    for (let i = 0; i < centres.length; i++) {
      for (let j = i + 1; j < centres.length; j++) {
        expect(Math.hypot(centres[i][0] - centres[j][0], centres[i][1] - centres[j][1])).to.be.at.least(17);
      }
    }
    // Bosnia and Herzegovina's marker and Sarajevo's are one here, named once.
    expect(memberMarkers(el).map(label)).to.include.members([
      '2 members in Sarajevo, Bosnia and Herzegovina: Bosnia and Herzegovina, EUD/EUSR BiH',
    ]);
    await expect(el).to.be.accessible();
  });

  it('keeps the dot of each place in the "elsewhere" strip of a 320 px map', async () => {
    // The narrow members table's rules (.members: a block) reached the strip's buttons, classed "members" too.
    const el = await map(html`<iisg-network-map src=${FEED} network="wbcti" lang="en" style="width: 320px"></iisg-network-map>`);
    const places = $$(el, '[part~="elsewhere"] [part~="marker"]');
    expect(places).to.have.length(4);
    for (const place of places) {
      expect(getComputedStyle(place).display, label(place)).to.equal('inline-flex');
      const dot = place.querySelector('.dot')!.getBoundingClientRect();
      expect(dot.width, label(place)).to.be.greaterThan(0);
      expect(dot.width, 'round').to.equal(dot.height);
    }
  });
});

describe('<iisg-network-map> members table', () => {
  it('stacks each member’s values under its name in a narrow map, each after its column’s name, and stays a table', async () => {
    for (const width of [320, 900]) {
      const el = await map(html`<iisg-network-map src=${FEED} view="list" lang="en" style=${`width: ${width}px`}></iisg-network-map>`);
      await settleSize(el);
      const table = $(el, 'table.members')!;
      expect(table.getBoundingClientRect().width, `no sideways scroll at ${width} px`).to.be.at.most(width);
      const stacked = getComputedStyle(table).display === 'block';
      expect(stacked, `stacked at ${width} px`).to.equal(width < 500);
      const cells = $$(el, 'table.members tbody td');
      const filled = cells.filter((td) => td.textContent!.trim());
      expect(filled.length, 'members with values').to.be.greaterThan(0);
      for (const td of stacked ? filled : []) {
        expect(getComputedStyle(td, '::before').content, 'a value after its column name').to.match(/^"(Role|Country|Website): "/);
      }
      expect(table.getAttribute('role')).to.equal('table');
      expect(cells.every((td) => td.getAttribute('role') === 'cell')).to.equal(true);
      await expect(el).to.be.accessible();
    }
  });
});

describe('<iisg-network-map> event places table in a narrow map', () => {
  /** Parts of the list view's tables that reach past the map's right edge (read only by scrolling sideways). */
  const beyond = (el: IisgNetworkMap) => {
    const right = el.getBoundingClientRect().right;
    return $$(el, '.table-wrap:not(.visually-hidden) :is(caption, th, td, li, a, button)')
      .filter((node) => node.getBoundingClientRect().right > right + 0.5)
      .map((node) => `${node.localName} "${node.textContent!.trim().slice(0, 30)}" to ${Math.round(node.getBoundingClientRect().right)} (map ${Math.round(right)})`);
  };

  it('lists each place’s events under it in a 320 px sidebar: a German title was cut at every line, read by scrolling sideways', async () => {
    const el = await map(html`<iisg-network-map src=${FEED} view="list" show="members events" lang="de" style="width: 320px"></iisg-network-map>`);
    await settleSize(el);
    const table = $(el, 'table.events')!;
    expect(beyond(el)).to.deep.equal([]);
    expect(getComputedStyle(table).display, 'stacked').to.equal('block');
    // Still a table for a screen reader: the roles that display: block would otherwise take away.
    expect(table.getAttribute('role')).to.equal('table');
    expect($$(el, 'table.events tbody th').every((th) => th.getAttribute('role') === 'rowheader')).to.equal(true);
    expect($$(el, 'table.events tbody td').every((td) => td.getAttribute('role') === 'cell')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('keeps both tables inside a 320 px sidebar with a 32 px default font', async () => {
    document.documentElement.style.fontSize = '32px';
    try {
      const el = await map(html`<iisg-network-map src=${FEED} view="list" show="members events" lang="de" style="width: 320px"></iisg-network-map>`);
      await settleSize(el);
      expect(beyond(el)).to.deep.equal([]);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('keeps two columns in a wide map', async () => {
    const el = await map(html`<iisg-network-map src=${FEED} view="list" show="members events" lang="de" style="width: 900px"></iisg-network-map>`);
    await settleSize(el);
    expect(getComputedStyle($(el, 'table.events')!).display).to.equal('table');
    expect(beyond(el)).to.deep.equal([]);
  });
});

describe('<iisg-network-map> texts in another language (WCAG 3.1.2)', () => {
  /** The `lang` each occurrence of `text` in `root` is read in: its nearest `lang` inside the shadow root, or null (the page's). */
  const inEnglish = (root: Element | ShadowRoot, text: string, where: string) => {
    const langs = langsOf(root, text);
    expect(langs.length, `"${text}" shown in ${where}`).to.be.greaterThan(0);
    expect(langs, `"${text}" in ${where}`).to.deep.equal(langs.map(() => 'en'));
  };
  const inPageLanguage = (root: Element | ShadowRoot, text: string, where: string) => {
    const langs = langsOf(root, text);
    expect(langs.length, `"${text}" shown in ${where}`).to.be.greaterThan(0);
    expect(langs, `"${text}" in ${where}`).to.deep.equal(langs.map(() => null));
  };
  const EUD = 'Delegation of the European Union and EU Special Representative in Bosnia and Herzegovina';

  it('marks the English network name and members of a Slovenian list as English, and nothing Slovenian', async () => {
    const el = await map(html`<iisg-network-map src=${FEED} network="rnnc" view="list" lang="sl" style="width: 1000px"></iisg-network-map>`);
    inEnglish($(el, '[part~="title"]')!, 'Regional Network of National P/CVE Coordinators of the Western Balkans', 'the title');
    const table = $(el, 'table.members')!;
    inEnglish(table, EUD, 'the members table');
    inPageLanguage(table, 'Evropska komisija', 'the members table');
    inPageLanguage(table, 'Soorganizator srečanj', 'the members table');
    // A role the feed has only in English, on another network.
    el.network = 'iisg';
    await settle(el);
    inEnglish($(el, 'table.members')!, 'Host of the IISG Support Group', 'the members table');
    inPageLanguage($(el, 'table.members')!, 'Podporna skupina', 'the members table');
    await expect(el).to.be.accessible();
  });

  it('marks them in markers, their tooltip and popover, and the "elsewhere" strip', async () => {
    const el = await map(html`<iisg-network-map src=${FEED} network="wbcti" lang="sl" style="width: 1000px"></iisg-network-map>`);
    const sarajevo = memberMarkers(el).find((m) => label(m).includes('EUD/EUSR BiH'))!;
    expect(sarajevo, 'the marker with the EU Delegation').to.exist;
    inEnglish(sarajevo, 'EUD/EUSR BiH', 'its marker');
    inPageLanguage(sarajevo, 'Sarajevo, Bosna in Hercegovina', 'its marker');
    sarajevo.focus();
    await waitUntil(() => $(el, '[part~="tooltip"]'), 'tooltip', { timeout: 5000 });
    inEnglish($(el, '[part~="tooltip"]')!, 'EUD/EUSR BiH', 'the tooltip');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part~="popover"]'), 'popover', { timeout: 5000 });
    const popover = $(el, '[part~="popover"]')!;
    inEnglish(popover, EUD, 'the popover');
    inEnglish(popover, 'EU regional CT adviser (coordination)', 'the popover');
    inPageLanguage(popover, 'Sarajevo, Bosna in Hercegovina', 'the popover');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    const strip = $(el, '[part~="elsewhere"]')!;
    inEnglish(strip, 'United States Agency for International Development', 'the "elsewhere" strip');
    inEnglish(strip, 'USAID', 'the "elsewhere" strip');
    inPageLanguage(strip, 'Washington', 'the "elsewhere" strip');
    await expect(el).to.be.accessible();
  });

  it('marks an event title the feed has only in English, in the popover and the event places table', async () => {
    const json = await (await fetch(FEED)).json();
    const iisgEvents = json.events.filter((e: { organisers?: string[] }) => e.organisers?.includes('iisg-sg'));
    expect(iisgEvents.length).to.be.greaterThan(1);
    const [english, slovenian] = iisgEvents;
    delete english.title.sl;
    const el = await map(html`<iisg-network-map .feed=${json} network="rnnc" show="members events" lang="sl" style="width: 1000px"></iisg-network-map>`);
    const events = $(el, 'table.events')!;
    inEnglish(events, english.title.en, 'the event places table');
    inPageLanguage(events, slovenian.title.sl, 'the event places table');
    memberMarkers(el).find((m) => label(m).startsWith('Podporna skupina IISG'))!.click();
    await waitUntil(() => $(el, '[part~="popover"]'), 'popover', { timeout: 5000 });
    inEnglish($(el, '[part~="popover"]')!, english.title.en, 'the popover');
    inPageLanguage($(el, '[part~="popover"]')!, slovenian.title.sl, 'the popover');
  });

  it('marks a country name that is not in the page’s language: the browser’s English, the feed’s German', async () => {
    const json = await (await fetch(FEED)).json();
    // Chromium has no Albanian country names, and the Albanian strings list only the region's: Japan is
    // the browser's English. Iceland the feed names only in German. Kosovo's footnote is only in English.
    json.countries.IS = { name: { de: 'Island' } };
    json.countries.XK.footnote = { en: json.countries.XK.footnote.en };
    json.organisations.push({ id: 'reykjavik-office', name: 'Reykjavik Office', country: 'IS', city: { en: 'Reykjavik', sq: 'Rejkjavik', fr: 'Reykjavik' } });
    json.networks.push({ id: 'far', name: { en: 'Far', sq: 'Larg', fr: 'Loin' }, members: [{ country: 'JP' }, { country: 'AL' }, { organisation: 'reykjavik-office' }] });
    json.events.push({ id: 'tokyo', title: { en: 'Tokyo meeting', sq: 'Takimi i Tokios', fr: 'Réunion de Tokyo' }, start: '2019-06-03', location: { city: { en: 'Tokyo', sq: 'Tokio', fr: 'Tokyo' }, country: 'JP' } });
    const el = await map(html`<iisg-network-map .feed=${json} network="far" show="members events" view="list" lang="sq" style="width: 1000px"></iisg-network-map>`);
    const members = $(el, 'table.members')!;
    inEnglish(members, 'Japan', 'the members table');
    expect(langsOf(members, 'Island'), 'Iceland in the members table').to.deep.equal(['de']);
    inPageLanguage(members, 'Shqipëria', 'the members table');
    inPageLanguage(members, 'Rejkjavik', 'the members table');
    inEnglish($(el, 'table.events')!, 'Japan', 'the event places table');
    inPageLanguage($(el, 'table.events')!, 'Tokio', 'the event places table');
    inEnglish($(el, '[part~="footnote"]')!, 'This designation is without prejudice', 'the footnote');
    $$(el, 'table.members button').find((b) => b.textContent!.includes('Japan'))!.click();
    await waitUntil(() => $(el, '[part~="popover"]'), 'popover', { timeout: 5000 });
    inEnglish($(el, '[part~="popover"]')!, 'Japan', 'the popover');
    await expect(el).to.be.accessible();
    // A language the browser has names in: nothing to mark.
    el.lang = 'fr';
    await waitUntil(() => langsOf($(el, 'table.members')!, 'Japon').length, 'French names', { timeout: 5000 });
    await settle(el);
    inPageLanguage($(el, 'table.members')!, 'Japon', 'the French members table');
    inPageLanguage($(el, 'table.members')!, 'Islande', 'the French members table');
  });

  it('marks nothing on a page in the feed’s language', async () => {
    const el = await map(html`<iisg-network-map src=${FEED} network="wbcti" show="members events" lang="en" style="width: 1000px"></iisg-network-map>`);
    expect($$(el, '[lang]')).to.deep.equal([]);
  });
});

describe('<iisg-network-map> announcements', () => {
  it('says the network and its member count when the visitor picks another network or year', async () => {
    const el = await map(html`<iisg-network-map src=${FEED} networks="rnnc nfp-group" lang="en" style="width: 900px"></iisg-network-map>`);
    const title = $(el, '[part~="title"]')!;
    expect(title.getAttribute('aria-live')).to.equal('polite');
    const before = title.textContent!.replace(/\s+/g, ' ').trim();
    const network = $$<HTMLSelectElement>(el, 'select')[0];
    network.value = 'nfp-group';
    network.dispatchEvent(new Event('change'));
    await settle(el);
    // The same live region, its words changed: a screen reader says them.
    expect($(el, '[part~="title"]')).to.equal(title);
    const after = title.textContent!.replace(/\s+/g, ' ').trim();
    expect(after).not.to.equal(before);
    expect(after).to.match(/NFP Group.*\d+ members/);
  });
});

describe('<iisg-network-map> menus after a visitor has used them', () => {
  // Once a visitor picks an option, the browser no longer lets a `selected` attribute change the choice:
  // a menu must follow the map when the page then sets `network` or `year`.
  const choose = async (el: IisgNetworkMap, select: HTMLSelectElement, value: string) => {
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await settle(el);
  };

  it('shows the network and year the page sets', async () => {
    const el = await map(html`<iisg-network-map src=${FEED} networks="rnnc nfp-group wbcti" year="2017" show="members events" lang="en" style="width: 1000px"></iisg-network-map>`);
    const [network, year] = $$<HTMLSelectElement>(el, 'select');
    expect([network.value, year.value], 'as the page set them at first').to.deep.equal(['rnnc', '2017']);
    await choose(el, network, 'nfp-group');
    el.network = 'wbcti';
    await settle(el);
    expect(network.value).to.equal('wbcti');
    el.network = 'nfp-group';
    await settle(el);
    expect(network.value, 'the network the visitor picked before, set again by the page').to.equal('nfp-group');
    expect($(el, '.name')!.textContent).to.contain('NFP');

    await choose(el, year, '2019');
    el.year = 2018;
    await settle(el);
    expect(year.value).to.equal('2018');
    el.year = 2019;
    await settle(el);
    expect(year.value).to.equal('2019');
  });

  it('shows the network its menu says when the page offers other networks', async () => {
    const el = await map(html`<iisg-network-map src=${FEED} networks="rnnc nfp-group" lang="en" style="width: 900px"></iisg-network-map>`);
    await choose(el, $$<HTMLSelectElement>(el, 'select')[0], 'nfp-group');
    el.networks = 'rnnc wbcti';
    await settle(el);
    const network = $$<HTMLSelectElement>(el, 'select')[0];
    expect([...network.options].map((o) => o.value)).to.deep.equal(['rnnc', 'wbcti']);
    expect([network.value, el.shownNetwork!.id], 'the menu and the map agree').to.deep.equal(['rnnc', 'rnnc']);
  });
});

describe('<iisg-network-map> edges of the drawn area', () => {
  /** Whether a viewBox shows nothing past the drawn area: no stage background, no straight edge of the shapes. */
  const insideDrawn = ([x, y, w, h]: number[]) => x >= EXTENT[0] - 0.5 && y >= EXTENT[1] - 0.5 && x + w <= EXTENT[2] + 0.5 && y + h <= EXTENT[3] + 0.5;
  const networks = raw.networks.filter((n) => n.members.length).map((n) => n.id);

  /** The view at the fit and zoomed out as far as it goes stays inside the drawn area; the members stay in the stage at the fit. */
  async function checkEveryNetwork(el: IisgNetworkMap, where: string) {
    for (const network of networks) {
      el.network = network;
      await settle(el);
      const stage = $(el, '[part~="map"]')!.getBoundingClientRect();
      expect(stage.width / stage.height, `${where}, ${network}: stage aspect`).to.be.at.most(MAX_ASPECT + 0.01);
      expect(insideDrawn(viewBox(el)), `${where}, ${network}: view ${viewBox(el)} at zoom 1 inside ${EXTENT}`).to.equal(true);
      const markers = $$(el, '.markers [part~="marker"]:not([part~="events"])');
      expect(markers.length, `${where}, ${network}: markers`).to.be.greaterThan(0);
      for (const marker of markers) {
        const r = marker.getBoundingClientRect();
        const [cx, cy] = [r.x + r.width / 2, r.y + r.height / 2];
        // The dot (0.875rem) is whole inside the stage.
        expect(cx - 7 >= stage.left && cx + 7 <= stage.right && cy - 7 >= stage.top && cy + 7 <= stage.bottom, `${where}, ${network}: ${label(marker)} in the stage`).to.equal(true);
      }
      let previous = '';
      for (let i = 0; i < 12 && previous !== viewBox(el).join(); i++) {
        previous = viewBox(el).join();
        $(el, '[part~="zoom-out"]')!.click();
        await settle(el);
      }
      expect(insideDrawn(viewBox(el)), `${where}, ${network}: view ${viewBox(el)} zoomed out inside ${EXTENT}`).to.equal(true);
      $(el, '[part~="fit"]')!.click();
      await settle(el);
    }
  }

  for (const [width, viewport] of [
    [1600, { width: 1700, height: 1100 }],
    [1600, { width: 1700, height: 600 }],
    [900, { width: 1000, height: 900 }],
    [320, { width: 400, height: 800 }],
  ] as const) {
    it(`fills a ${width} px container in a ${viewport.width}×${viewport.height} window, every network, at zoom 1 and zoomed out`, async () => {
      await setViewport(viewport);
      try {
        for (const show of ['members', 'members events']) {
          const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}><iisg-network-map src=${FEED} show=${show} lang="en"></iisg-network-map></div>`);
          const el = wrapper.querySelector('iisg-network-map')!;
          await waitUntil(() => el.shadowRoot!.querySelector('.network-map'), 'map rendered', { timeout: 5000 });
          await settle(el);
          await settle(el);
          // Where 85vh cuts the stage short, the map narrows instead of growing wider than 16:10, lined up at the
          // start with the title and the legend.
          const map = $(el, '.roving')!.getBoundingClientRect();
          const host = el.getBoundingClientRect();
          expect(map.left - host.left, 'at the start').to.be.closeTo(0, 1);
          await checkEveryNetwork(el, `${width} px, ${show}`);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('keeps to the drawn area at any aspect: no members, far-apart members, zoomed out', () => {
    const inside = (vb: { x: number; y: number; w: number; h: number }) => insideDrawn([vb.x, vb.y, vb.w, vb.h]);
    const members = fitBox([100, 200, 700, 600])!;
    for (let aspect = 0.8; aspect <= 2.5; aspect += 0.1) {
      expect(inside(viewBoxOf(undefined, {}, 100 * aspect, 100)), `nothing to fit, ${aspect}`).to.equal(true);
      const fitted = viewBoxOf(undefined, { box: members, keep: members }, 100 * aspect, 100);
      expect(fitted.x <= 100 && fitted.x + fitted.w >= 700 && fitted.y <= 200 && fitted.y + fitted.h >= 600, `members whole, ${aspect}`).to.equal(true);
      const out = viewBoxOf({ cx: EXTENT[0], cy: EXTENT[3], zoom: MIN_ZOOM }, { box: members, keep: members }, 100 * aspect, 100);
      expect(inside(out), `zoomed out and panned to a corner, ${aspect}`).to.equal(true);
    }
    // Events spread over the whole drawn area give way to the members: the members stay whole, the view inside.
    const all = fitBox([EXTENT[0], EXTENT[1], EXTENT[2], EXTENT[3]]);
    for (const aspect of [1, 4 / 3, MAX_ASPECT]) {
      const vb = viewBoxOf(undefined, { box: all, keep: members }, 100 * aspect, 100);
      expect(inside(vb), `events everywhere, ${aspect}`).to.equal(true);
      expect(vb.x <= members[0] && vb.x + vb.w >= members[2] && vb.y <= members[1] && vb.y + vb.h >= members[3], `members whole, ${aspect}`).to.equal(true);
    }
    // Members spread over more than the drawn area gives at this aspect are still shown whole.
    const wide = fitBox([EXTENT[0], 300, EXTENT[2], 400])!;
    const square = viewBoxOf(undefined, { box: wide, keep: wide }, 100, 100);
    expect(square.x).to.be.at.most(wide[0]);
    expect(square.x + square.w).to.be.at.least(wide[2]);
  });
});
