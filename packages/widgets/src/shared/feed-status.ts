import { html, nothing, type TemplateResult } from 'lit';
import type { FeedController } from './feed-controller.js';
import { fill } from '../locales/messages.js';
import type { LoadedLocale } from '../locales/load-locale.js';
import { formatDay } from './format-dates.js';

/** The loading, error and saved-copy messages every element shows, announced to screen readers. */
export function feedStatus(controller: FeedController, locale: LoadedLocale): TemplateResult | typeof nothing {
  const { messages } = locale;
  switch (controller.state) {
    case 'loading':
      return html`<p part="message loading" class="message" role="status">${messages.loading}</p>`;
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
      const retry = error?.reason !== 'invalid' ? html` <button type="button" class="retry" part="button retry" @click=${() => controller.retry()}>${messages.retry}</button>` : nothing;
      return html`<p part="message error" class="message error" role="alert">${text}${retry}</p>`;
    }
    case 'ready':
      return controller.savedAt
        ? html`<p part="message saved-copy" class="message saved" role="status">${fill(messages.savedCopy, { date: formatDay(Date.parse(controller.savedAt), locale) })}</p>`
        : nothing;
    default:
      return nothing;
  }
}
