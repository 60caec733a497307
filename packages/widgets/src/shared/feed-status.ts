import { html, nothing, type TemplateResult } from 'lit';
import type { FeedController } from './feed-controller.js';
import { fill, type FeedWords } from '../locales/messages.js';
import type { LoadedLocale } from '../locales/load-locale.js';
import { formatDay } from './format-dates.js';

/** The message each element shows, and whether it is the one that announces it. */
const shown = new WeakMap<FeedController, { text: string; live: boolean }>();
/** The elements whose message is announced, for the others to check (pruned at each look). */
const announcing = new Set<FeedController>();

/**
 * The live role for an element's message: `role`, unless another element in the page is announcing the
 * same words (ten widgets on one failing feed say it once; each still shows it). Decided once per message
 * and element, so a re-render neither repeats nor drops it.
 */
function liveRole(controller: FeedController, text: string, role: string): string | typeof nothing {
  let entry = shown.get(controller);
  if (entry?.text !== text) {
    for (const other of announcing) if (!other.host.isConnected || shown.get(other)?.live !== true) announcing.delete(other);
    const taken = [...announcing].some((other) => other !== controller && shown.get(other)!.text === text);
    entry = { text, live: !taken };
    shown.set(controller, entry);
    if (entry.live) announcing.add(controller);
    else announcing.delete(controller);
  }
  return entry.live ? role : nothing;
}

/**
 * "Try again" gives way to "Loading…", then to the feed or to the message again: focus, on the button, would
 * fall to the page. It waits on the loading message, then goes to the new button, or to the element's first
 * control once the feed is shown (unless the visitor has moved it meanwhile).
 */
function retryKeepingFocus(controller: FeedController, button: HTMLElement) {
  const root = button.getRootNode() as ShadowRoot;
  const held = root.activeElement === button;
  controller.retry();
  if (!held) return;
  // Lost: on the page's body (where a removed element's focus goes, from any shadow root), or still on the message.
  const refocus = (...selectors: string[]) => () =>
    (document.activeElement === document.body || root.activeElement?.matches('.message')) &&
    selectors.map((s) => root.querySelector<HTMLElement>(s)).find(Boolean)?.focus();
  controller.host.updateComplete.then(refocus('.message'));
  controller.host.addEventListener('iisg-feed-load', refocus('.retry', 'button, input, select, [href], [tabindex="0"]'), { once: true });
}

/**
 * The loading, error and saved-copy messages every element shows, announced to screen readers (once per page).
 * `messages` says what is loading: the events, unless an element gives its own words (the map's members).
 */
export function feedStatus(controller: FeedController, locale: LoadedLocale, messages: FeedWords = locale.messages): TemplateResult | typeof nothing {
  switch (controller.state) {
    case 'loading':
      return html`<p part="message loading" class="message" tabindex="-1" role=${liveRole(controller, messages.loading, 'status')}>${messages.loading}</p>`;
    case 'error': {
      const error = controller.error;
      const text =
        error?.reason === 'timeout' ? messages.errorTimeout
        : error?.reason === 'http' ? fill(messages.errorHttp, { status: error.status ?? '' })
        : error?.reason === 'invalid' ? messages.errorInvalid
        // Another site's feed, the browser online: most likely that server's doing, not the visitor's connection.
        : error?.reason === 'cross-origin' ? messages.errorUnavailable
        : messages.errorNetwork;
      // A network or server failure may pass: the visitor can ask again (a broken file will not mend).
      const retry = error?.reason !== 'invalid' && html`<button type="button" class="retry" part="button retry" @click=${(e: Event) => retryKeepingFocus(controller, e.currentTarget as HTMLElement)}>${locale.messages.retry}</button>`;
      // The space before the button in the message's text: a space alone beside Lit's marker was left out of what is said.
      return html`<p part="message error" class="message error" role=${liveRole(controller, text, 'alert')}>${retry ? `${text} ` : text}${retry || nothing}</p>`;
    }
    case 'ready':
      if (!controller.savedAt) shown.delete(controller);
      return controller.savedAt
        ? html`<p part="message saved-copy" class="message saved" role=${liveRole(controller, controller.savedAt, 'status')}>${fill(messages.savedCopy, { date: formatDay(Date.parse(controller.savedAt), locale) })}</p>`
        : nothing;
    default:
      // No src, feed or inline JSON after the wait: what is missing, where an editor previewing the page looks.
      if (controller.missing) return html`<p part="message error" class="message error" role=${liveRole(controller, locale.messages.noFeed, 'status')}>${locale.messages.noFeed}</p>`;
      shown.delete(controller);
      return nothing;
  }
}
