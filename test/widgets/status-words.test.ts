// Status words ("Postponed", "To be confirmed") are small capitals made up by the browser from a font that has
// none: Chromium and WebKit draw them at 70% of the font size, Firefox at 80%, so Firefox's were a seventh
// larger and a month bar cut its word short ("POSTPON…"). Found by a visual audit in Firefox and WebKit, as was
// the card's status outline running across the whole card where only Chromium honoured justify-self in a block.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@iisg/widgets';
import type { IisgEventCard } from '@iisg/widgets';
import { $, calendar } from './helpers.js';

const feed = {
  version: 1,
  language: 'en',
  events: [{ id: 'later', title: 'Regional workshop', start: '2019-04-10', end: '2019-04-11', status: 'postponed', location: { city: 'Tirana', country: 'AL' } }],
};

/** Width of an element's text as drawn (a Range: not its padding or border). */
function textWidth(el: Element) {
  const range = document.createRange();
  range.selectNodeContents(el);
  return range.getBoundingClientRect().width;
}

/**
 * The same word in capitals at `size` times its parent's font size, with its weight and spacing: a status word is
 * meant to look like that (1.2em on a bar and 1.16em on a card, drawn at 70%).
 */
function meantWidth(el: HTMLElement, size: number) {
  const style = getComputedStyle(el);
  const probe = document.createElement('span');
  probe.textContent = el.textContent!.trim().toUpperCase();
  Object.assign(probe.style, {
    position: 'absolute',
    whiteSpace: 'nowrap',
    fontFamily: style.fontFamily,
    fontWeight: style.fontWeight,
    fontSize: `${parseFloat(getComputedStyle(el.parentElement!).fontSize) * size}px`,
    letterSpacing: style.letterSpacing,
  });
  document.body.append(probe);
  const width = probe.getBoundingClientRect().width;
  probe.remove();
  return width;
}

describe('status words', () => {
  it('are drawn at the size meant, in every engine: on a card and on a month bar', async () => {
    const card = await fixture<IisgEventCard>(html`<iisg-event-card .feed=${feed} event-id="later" lang="en"></iisg-event-card>`);
    await waitUntil(() => $(card, '.status'), 'the card’s status');
    const onCard = $(card, '.status')!;
    expect(textWidth(onCard) / meantWidth(onCard, 1.16 * 0.7), 'on the card').to.be.within(0.95, 1.05);

    const month = await calendar(html`<iisg-event-calendar .feed=${feed} date="2019-04" lang="en" style="width: 1200px"></iisg-event-calendar>`);
    const onBar = $(month, '.bar-status')!;
    expect(onBar, 'the bar’s status').to.not.equal(null);
    expect(textWidth(onBar) / meantWidth(onBar, 1.2 * 0.7), 'on the bar').to.be.within(0.95, 1.05);
  });

  it('are outlined round the word on a card, not across it', async () => {
    const card = await fixture<IisgEventCard>(html`<iisg-event-card .feed=${feed} event-id="later" lang="en" style="display: block; width: 600px"></iisg-event-card>`);
    await waitUntil(() => $(card, '.status'), 'the card’s status');
    const status = $(card, '.status')!;
    expect(status.getBoundingClientRect().width).to.be.below(textWidth(status) + 30);
  });
});
