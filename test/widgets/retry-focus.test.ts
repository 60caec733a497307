// "Try again" gives way to "Loading…" and then to the feed or to the message again: a keyboard user's focus,
// on the button, must not fall to the page (WCAG 2.4.3). Every element shows the same message (feed-status.ts).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@iisg/widgets';
import { $ } from './helpers.js';
import { deepActiveElement } from '../../packages/widgets/src/shared/focus-back.js';

/** The feed's address answers 404 (not retried by itself) `failures` times, then serves the demo feed. */
function failing(failures: number) {
  const original = window.fetch;
  const url = `/retry-focus-${Date.now()}-${Math.random().toString(36).slice(2)}.json`;
  let calls = 0;
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    if (!String(input).includes(url)) return original(input, init);
    return ++calls <= failures ? new Response('gone for now', { status: 404 }) : original('/demo/feed.json', init);
  }) as typeof fetch;
  return { url, restore: () => (window.fetch = original) };
}

const ELEMENTS = [
  (src: string) => html`<iisg-event-calendar src=${src} date="2019-04" lang="en" style="width: 900px"></iisg-event-calendar>`,
  (src: string) => html`<iisg-event-card src=${src} event-id="workshop-students-parents-teachers-2019" lang="en"></iisg-event-card>`,
  (src: string) => html`<iisg-event-timeline src=${src} lang="en" style="width: 900px"></iisg-event-timeline>`,
  (src: string) => html`<iisg-network-map src=${src} network="rnnc" lang="en" style="width: 700px"></iisg-network-map>`,
];

describe('“Try again” keeps the keyboard’s focus', () => {
  for (const template of ELEMENTS) {
    const name = template('').strings[0].match(/<([\w-]+)/)![1];
    it(`${name}: on the new button when it fails again, in the element when the feed comes`, async () => {
      const { url, restore } = failing(2);
      try {
        const el = await fixture<HTMLElement>(template(url));
        await waitUntil(() => $(el, '[part~="retry"]'), 'the error and Try again', { timeout: 5000 });
        const first = $(el, '[part~="retry"]')!;
        first.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => $(el, '[part~="retry"]') && $(el, '[part~="retry"]') !== first, 'the second error', { timeout: 5000 });
        await waitUntil(() => deepActiveElement() === $(el, '[part~="retry"]'), 'focus on the new Try again', { timeout: 2000 });

        await sendKeys({ press: 'Enter' });
        await waitUntil(() => !$(el, '[part~="message"]'), 'the feed shown', { timeout: 5000 });
        await waitUntil(() => el.shadowRoot!.activeElement, 'focus in the element, not on the page', { timeout: 2000 });
        expect(deepActiveElement()).to.not.equal(document.body);
      } finally {
        restore();
      }
    });
  }

  it('leaves focus where the visitor moved it while the feed was asked for', async () => {
    const original = window.fetch;
    const url = `/retry-focus-moved-${Date.now()}.json`;
    let calls = 0;
    let answer: (() => void) | undefined;
    // The first request fails; the second waits until the visitor has gone elsewhere.
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (!String(input).includes(url)) return original(input, init);
      if (++calls === 1) return new Response('gone for now', { status: 404 });
      await new Promise<void>((resolve) => (answer = resolve));
      return original('/demo/feed.json', init);
    }) as typeof fetch;
    try {
      const page = await fixture<HTMLElement>(html`<div><button id="elsewhere">Elsewhere</button>${ELEMENTS[0](url)}</div>`);
      const el = page.querySelector('iisg-event-calendar')!;
      await waitUntil(() => $(el, '[part~="retry"]'), 'the error and Try again', { timeout: 5000 });
      $(el, '[part~="retry"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => answer, 'the second request');
      expect(deepActiveElement(), 'meanwhile, on the loading message').to.equal($(el, '[part~="loading"]'));
      page.querySelector<HTMLElement>('#elsewhere')!.focus();
      answer!();
      await waitUntil(() => !$(el, '[part~="message"]'), 'the feed shown', { timeout: 5000 });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(document.activeElement?.id).to.equal('elsewhere');
    } finally {
      window.fetch = original;
    }
  });
});
