import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import type { IisgEventCalendar } from '@iisg/widgets';

const FEED = '/demo/feed.json';
const LANGS = ['en', 'sq', 'sr-Latn', 'sr-Cyrl', 'bs', 'hr', 'mk', 'sl', 'de', 'fr'];

async function yearIn(width: number, lang: string) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${`width: ${width}px`}><iisg-event-calendar src=${FEED} date="2019-04" view="year" lang=${lang}></iisg-event-calendar></div>`,
  );
  const el = wrapper.querySelector<IisgEventCalendar>('iisg-event-calendar')!;
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="year"]'), 'year view rendered', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const columns = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('[part~="year"]')!).gridTemplateColumns.split(' ').length;

describe('<iisg-event-calendar> year view layout', () => {
  it('sets two months side by side in a 344 px phone column (360 less the page’s margins), one in 320 px, six on a wide page', async () => {
    expect(columns(await yearIn(320, 'en'))).to.equal(1);
    expect(columns(await yearIn(344, 'en'))).to.equal(2);
    expect(columns(await yearIn(1300, 'en'))).to.equal(6);
    expect(columns(await yearIn(1600, 'en'))).to.equal(6);
  });

  it('keeps the fills of neighbouring days with events apart (each clipped inside its own transparent border)', async () => {
    const el = await yearIn(344, 'en');
    const filled = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="mini-day"][part~="has-events"]')];
    await waitUntil(() => filled().length > 2, 'the feed’s days', { timeout: 5000 });
    expect(filled().map((day) => day.getAttribute('part'))).to.include('mini-day has-events level-1');
    for (const day of filled()) {
      const style = getComputedStyle(day);
      expect(style.backgroundClip, day.getAttribute('aria-label')!).to.equal('padding-box');
      expect(parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth)).to.equal(2);
    }
  });

  for (const lang of LANGS) {
    it(`keeps days 24 px wide and weekday names on one line, apart, inside their columns at 344 and 359 px (${lang})`, async () => {
      for (const width of [344, 359]) {
        const el = await yearIn(width, lang);
        expect(columns(el), `${width} px`).to.equal(2);
        const days = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="mini-day"]')];
        expect(days.length).to.equal(365);
        for (const day of days) expect(day.getBoundingClientRect().width, day.getAttribute('aria-label')!).to.be.at.least(24);
        // Slovenian "pon. tor. sre." touched ("pet.sob.") and wrapped "ned." at 359 px, each still inside its column.
        for (const name of el.shadowRoot!.querySelectorAll<HTMLElement>('.mini-weekdays > span')) {
          const range = document.createRange();
          range.selectNodeContents(name);
          expect(range.getClientRects().length, `"${name.textContent}" on one line at ${width} px`).to.equal(1);
          expect(range.getBoundingClientRect().width + 4, `"${name.textContent}" apart from the next at ${width} px`).to.be.at.most(name.getBoundingClientRect().width);
        }
        expect(el.scrollWidth).to.be.at.most(width);
      }
    });
  }
});
