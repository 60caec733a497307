// A page that themes the elements through documented means only (tokens and parts, as a front-end developer
// reads them in the README) gets what each token's description says, and nothing else changes with it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';

const FEED = '/demo/feed.json';

/** The computed colour of `value`, as the browser writes it (rgb(...)). */
function colour(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  document.body.append(probe);
  const out = getComputedStyle(probe).color;
  probe.remove();
  return out;
}

const channels = (c: string) => c.match(/[\d.]+/g)!.slice(0, 3).map(Number);
const luminance = (c: string) => {
  const [r, g, b] = channels(c).map((v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('theming through documented tokens', () => {
  it('--iisg-map-marker colours the markers only, not the pressed view button (which follows the accent)', async () => {
    // A light marker colour, as a site with yellow pins sets it; the accent stays the default dark blue.
    const wrap = await fixture<HTMLElement>(html`<div style="--iisg-map-marker: #ffd400">
      <iisg-network-map lang="en" src=${FEED}></iisg-network-map>
    </div>`);
    const map = wrap.firstElementChild as HTMLElement;
    await waitUntil(() => map.shadowRoot!.querySelector('[part~="view-active"]') && map.shadowRoot!.querySelector('[part~="marker"]'), 'map drawn', { timeout: 5000 });
    const marker = map.shadowRoot!.querySelector<SVGElement>('[part~="marker"] circle, [part~="marker"]')!;
    const pressed = getComputedStyle(map.shadowRoot!.querySelector('[part~="view-active"]')!);
    const accent = colour(getComputedStyle(map).getPropertyValue('--_accent'));

    expect(getComputedStyle(map).getPropertyValue('--_map-marker').trim(), 'the token reaches the markers').to.equal('#ffd400');
    expect(marker, 'a marker').to.exist;
    expect(pressed.backgroundColor, 'pressed view button: the accent').to.equal(accent);
    expect(contrast(pressed.color, pressed.backgroundColor), 'its label').to.be.at.least(4.5);
  });
});
